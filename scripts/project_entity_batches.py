#!/usr/bin/env python3
"""Projects the gold surfaces of entity batches onto sentence spans: training data for the tagger.

Each batch folder holds pages.jsonl ({"id", "lang", "title", "body"}) and gold.jsonl (per page the
person and organization referents with every surface written for them). The gold names no
positions, so every occurrence of a page's surface in the page's sentences is taken as a mention
of that type, longest surface first (a shorter one inside a longer claimed one is no mention of its
own). An occurrence is no mention where the text cannot hold one (inside a word of English, not at
a Korean word start, a Korean surface followed by more than a particle); a sentence is left out when
a mention cannot be decided from the string alone (a one-character surface standing as a word
outside the name-plus-title pattern, a Korean surface followed by something other than a listed
particle, occurrences of two surfaces that overlap without nesting). docs/ner.md, "News-domain
training from the entity batches".

Writes OUT/{ko,en,ja,zh}.bio: one code point and its BIO tag per line (a space as U+2581), a blank
line after each sentence — the format of the ja/zh files of ../shared/ner (English is cut into the
tagger's tokens by hirewire-train-ner). German has no tagger model and is skipped.

  project_entity_batches.py OUT BATCH_DIR...
"""
import json
import os
import sys

LANGS = ("ko", "en", "ja", "zh")
# Korean particles and endings a name may carry (the tagger's stem list and a few continuations).
KO_ENDINGS = sorted({
    "은", "는", "이", "가", "을", "를", "의", "에", "에서", "에게", "에겐", "한테", "와", "과", "로", "으로",
    "도", "만", "까지", "부터", "께서", "라는", "이라는", "이라고", "라고", "에도", "에는", "와의", "과의",
    "에서는", "에서도", "으로부터", "로부터", "처럼", "보다", "이다", "였다", "이었다", "씨", "측", "님",
    "이나", "나", "랑", "이랑", "하고", "께", "에게서", "이며", "며", "이고", "고", "과는", "와는", "에게는",
    "이란", "란", "이라며", "라며", "이자", "인", "이었던", "였던", "로서", "으로서", "로선", "으로선",
    "에선", "에서의", "서", "으로의", "로의", "조차", "마저", "뿐", "이라", "라", "과도", "와도", "에겐"},
    key=len, reverse=True)
KO_PARTICLE_TAIL = {"은", "는", "이", "가", "을", "를", "의", "도", "만", "과", "와", "로", "께"}
# A one-character Korean surface (a family name) is a mention before one of these words.
KO_TITLES = {
    "장관", "대표", "감독", "의원", "회장", "씨", "교수", "사장", "위원장", "총리", "대통령", "변호사", "원장",
    "선수", "이사장", "부장", "실장", "판사", "검사", "기자", "청장", "총재", "부회장", "전무", "상무",
    "이사", "본부장", "센터장", "팀장", "소장", "국장", "과장", "차관", "시장", "지사", "구청장", "후보",
    "전 대표", "대변인", "연구원", "박사", "코치", "단장", "의장", "부총리", "원내대표", "최고위원", "피고인",
    "총장", "처장", "관장", "위원", "행장", "주임", "경감", "경위", "경정", "군", "양", "씨는", "씨가", "씨의",
    "씨를", "씨와", "씨에게", "씨도"}


def is_hangul(ch):
    return "\uac00" <= ch <= "\ud7a3"


def is_word_char(ch):
    return ch.isalnum() or ch in "_"


def split_sentences(text, lang):
    """Sentences of one paragraph: after . ? ! (CJK: 。！？) and any closing quotes."""
    out, start, i, n = [], 0, 0, len(text)
    closers = "\"'”’」』）)]"
    while i < n:
        ch = text[i]
        end = None
        if lang in ("ja", "zh") and ch in "。！？!?":
            j = i + 1
            while j < n and text[j] in closers:
                j += 1
            end = j
        elif lang in ("ko", "en") and ch in ".?!":
            j = i + 1
            while j < n and text[j] in closers:
                j += 1
            if j < n and text[j] == " " and (lang == "ko" or english_break(text, i, j)):
                end = j
        if end is not None:
            if text[start:end].strip():
                out.append(text[start:end].strip())
            start = end
            i = end
            continue
        i += 1
    if text[start:].strip():
        out.append(text[start:].strip())
    return out


EN_ABBREV = {"Mr", "Mrs", "Ms", "Dr", "St", "No", "Jr", "Sr", "Inc", "Co", "Ltd", "Gov", "Sen", "Rep",
             "Prof", "Gen", "Lt", "Col", "Capt", "Sgt", "Mt", "vs", "Corp", "Bros", "Rev", "Hon", "Mx"}


def english_break(text, dot, after):
    """A sentence ends at text[dot] (., ? or !) when the next word starts upper-case, a digit or a
    quote and the word before the dot is no abbreviation or initial."""
    k = after
    while k < len(text) and text[k] == " ":
        k += 1
    if k >= len(text) or not (text[k].isupper() or text[k].isdigit() or text[k] in "\"'“‘"):
        return False
    if text[dot] != ".":
        return True
    w = dot
    while w > 0 and text[w - 1].isalpha():
        w -= 1
    word = text[w:dot]
    return word not in EN_ABBREV and not (len(word) == 1 and word.isupper())


def ko_occurrence(s, a, b, surface):
    """'mention', 'none' or 'ambiguous' for the Korean occurrence s[a:b]."""
    if a > 0 and (is_hangul(s[a - 1]) or is_word_char(s[a - 1])):
        return "none"  # not at a word start
    e = b
    while e < len(s) and is_hangul(s[e]):
        e += 1
    rest = s[b:e]
    if len(surface) == 1 and is_hangul(surface):
        if rest and rest not in KO_PARTICLE_TAIL and not rest.startswith("씨"):
            return "none"  # 한편, 이번: a longer word
        nxt = s[b:].lstrip(" ")
        word = ""
        for ch in nxt:
            if not is_hangul(ch):
                break
            word += ch
        if not rest and s[b:b + 1] == " " and any(word.startswith(t) for t in KO_TITLES):
            return "mention"
        if rest.startswith("씨"):
            return "mention"
        return "ambiguous"
    if not rest:
        return "mention"
    for end in KO_ENDINGS:
        if rest.startswith(end):
            return "mention"
    return "none"  # a longer word: 부산시장 (a title), 울산문수축구경기장 (a venue)


def occurrence(s, a, b, surface, lang):
    if lang == "ko":
        return ko_occurrence(s, a, b, surface)
    if lang == "en":
        if (a > 0 and is_word_char(s[a - 1])) or (b < len(s) and is_word_char(s[b])):
            return "none"
        return "mention"
    if len(surface) == 1:
        return "ambiguous"  # ja/zh: 李, 黄 as family names or words
    return "mention"


def project(sentence, surfaces, lang):
    """BIO tags per code point of `sentence`, or None when a mention is ambiguous."""
    claimed = []  # (a, b, type)
    for surface, typ in surfaces:
        start = 0
        while True:
            a = sentence.find(surface, start)
            if a < 0:
                break
            b = a + len(surface)
            start = a + 1
            inside = any(ca <= a and b <= cb for ca, cb, _ in claimed)
            if inside:
                continue
            verdict = occurrence(sentence, a, b, surface, lang)
            if verdict == "none":
                continue
            if verdict == "ambiguous":
                return None
            if any(a < cb and ca < b for ca, cb, _ in claimed):
                return None  # overlaps a longer claimed mention without nesting
            claimed.append((a, b, typ))
    tags = ["O"] * len(sentence)
    for a, b, typ in claimed:
        tags[a] = "B-" + typ
        for k in range(a + 1, b):
            tags[k] = "I-" + typ
    return tags


def page_surfaces(entities):
    out = {}
    for e in entities:
        typ = "PER" if e["type"] == "person" else "ORG"
        for s in e["surfaces"]:
            if out.get(s, typ) != typ:
                out[s] = None  # one string, two types: never projected
            else:
                out[s] = typ
    pairs = [(s, t) for s, t in out.items() if t]
    ambiguous = [s for s, t in out.items() if t is None]
    pairs.sort(key=lambda p: (-len(p[0]), p[0]))
    return pairs, ambiguous


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main(argv):
    if len(argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    out_dir, batches = argv[1], argv[2:]
    lines = {lang: [] for lang in LANGS}
    stats = {lang: [0, 0, 0] for lang in LANGS}  # kept, left out, mentions
    for batch in batches:
        gold = {g["id"]: g for g in read_jsonl(os.path.join(batch, "gold.jsonl"))}
        for page in read_jsonl(os.path.join(batch, "pages.jsonl")):
            lang = page["lang"]
            if lang not in LANGS:
                continue
            if page["id"] not in gold:
                sys.stderr.write(f"{batch}: page {page['id']} has no gold line\n")
                return 1
            surfaces, two_typed = page_surfaces(gold[page["id"]]["entities"])
            body = page["body"] if isinstance(page["body"], list) else page["body"].split("\n\n")
            for para in [page["title"]] + body:
                for sentence in split_sentences(" ".join(para.split()) if lang in ("ko", "en") else para.strip(), lang):
                    tags = None if any(s in sentence for s in two_typed) else project(sentence, surfaces, lang)
                    if tags is None:
                        stats[lang][1] += 1
                        continue
                    stats[lang][0] += 1
                    stats[lang][2] += sum(t.startswith("B-") for t in tags)
                    for ch, t in zip(sentence, tags):
                        lines[lang].append(("\u2581" if ch == " " else ch) + "\t" + t)
                    lines[lang].append("")
    os.makedirs(out_dir, exist_ok=True)
    for lang in LANGS:
        path = os.path.join(out_dir, lang + ".bio")
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            f.write("\n".join(lines[lang]) + ("\n" if lines[lang] else ""))
        os.replace(path + ".tmp", path)
        kept, dropped, mentions = stats[lang]
        sys.stderr.write(f"project_entity_batches: {lang}: {kept} sentences ({mentions} mentions), "
                         f"{dropped} left out\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
