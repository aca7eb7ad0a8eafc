"""Build pages.jsonl and gold.jsonl from src/*.txt (inline markup [[surface|p:key]] / [[surface|o:key]])."""
import json, re, glob, sys
MARK = re.compile(r"\[\[([^\[\]|]+)\|([po]):([^\[\]|]+)\]\]")
ORDER = ["ko", "ja", "zh", "en", "de"]

def strip(text, spans, ents, offset_base):
    out, pos, last = [], offset_base, 0
    for m in MARK.finditer(text):
        out.append(text[last:m.start()]); pos += m.start() - last
        surf, typ, key = m.group(1), m.group(2), m.group(3)
        spans.append((pos, pos + len(surf), surf))
        k = (typ, key)
        if k not in ents: ents[k] = []
        if surf not in ents[k]: ents[k].append(surf)
        out.append(surf); pos += len(surf); last = m.end()
    out.append(text[last:])
    return "".join(out)

pages, gold, warn = [], [], []
for lang in ORDER:
    raw = open(f"src/{lang}.txt", encoding="utf-8").read()
    for block in raw.split("@@ ")[1:]:
        lines = block.strip("\n").split("\n")
        pid = lines[0].strip()
        assert lines[1].startswith("# "), pid
        ents, spans = {}, []
        title = strip(lines[1][2:].strip(), spans, ents, 0)
        paras = [p.strip() for p in "\n".join(lines[2:]).split("\n\n") if p.strip()]
        paras = [" ".join(p.split("\n")) if lang in ("en", "de") else "".join(p.split("\n")) for p in paras]
        base = len(title) + 2
        body_parts = []
        for p in paras:
            s = strip(p, spans, ents, base)
            body_parts.append(s); base += len(s) + 2
        body = "\n\n".join(body_parts)
        full = title + "\n\n" + body
        for a, b, s in spans:
            assert full[a:b] == s, (pid, s)
        if "[[" in full or "]]" in full: warn.append(f"{pid}: leftover markup")
        # unmarked occurrences of surfaces (possible missed mentions)
        for (typ, key), surfs in ents.items():
            for s in surfs:
                if len(s) < 2: continue
                for m in re.finditer(re.escape(s), full):
                    if not any(a <= m.start() and m.end() <= b for a, b, _ in spans):
                        warn.append(f"{pid}: unmarked occurrence of {s!r} ({key}) at {m.start()}: ...{full[max(0,m.start()-10):m.end()+10]!r}")
        if not 4 <= len(paras) <= 8: warn.append(f"{pid}: {len(paras)} paragraphs")
        pages.append({"id": f"own/{pid}", "lang": lang, "title": title, "body": body})
        gold.append({"id": f"own/{pid}", "lang": lang, "entities": [
            {"type": "person" if t == "p" else "organization", "surfaces": s} for (t, k), s in ents.items()]})
with open("pages.jsonl", "w", encoding="utf-8") as f:
    for p in pages: f.write(json.dumps(p, ensure_ascii=False) + "\n")
with open("gold.jsonl", "w", encoding="utf-8") as f:
    for g in gold: f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(len(pages), "pages"); print("\n".join(warn))
