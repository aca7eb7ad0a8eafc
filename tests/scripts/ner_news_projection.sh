#!/usr/bin/env bash
# scripts/project_entity_batches.py (the tagger's news training data, docs/ner.md) against the hand
# markup of entities-b9 and entities-d7 (src/*.txt: every mention marked [[surface|p:key]] by the
# writers; pages.jsonl/gold.jsonl, which the projection reads, hold no positions). Every sentence the
# projection keeps must carry exactly the marked spans, except names the writers left unmarked on
# purpose (a place, a venue) — at most 1% of the kept sentences — and at least 90% of the sentences
# must be kept.
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 - <<'PY'
import re
import sys
sys.path.insert(0, "scripts")
import project_entity_batches as P

MARK = re.compile(r"\[\[([^\[\]|]+)\|([po]):([^\[\]|]+)\]\]")


def strip(text):
    """The text without markup and its BIO tags per code point."""
    out, tags, last = [], [], 0
    for m in MARK.finditer(text):
        out.append(text[last:m.start()])
        tags += ["O"] * (m.start() - last)
        typ = "PER" if m.group(2) == "p" else "ORG"
        out.append(m.group(1))
        tags += ["B-" + typ] + ["I-" + typ] * (len(m.group(1)) - 1)
        last = m.end()
    out.append(text[last:])
    tags += ["O"] * (len(text) - last)
    return "".join(out), tags


kept = dropped = differ = 0
for batch in ("tests/data/entities-b9", "tests/data/entities-d7"):
    gold = {g["id"]: g for g in P.read_jsonl(batch + "/gold.jsonl")}
    for lang in P.LANGS:
        blocks = open(f"{batch}/src/{lang}.txt", encoding="utf-8").read().split("@@ ")[1:]
        for block in blocks:
            lines = block.strip("\n").split("\n")
            surfaces, two_typed = P.page_surfaces(gold["own/" + lines[0].strip()]["entities"])
            paras = [lines[1][2:].strip()] + [p for p in "\n".join(lines[2:]).split("\n\n") if p.strip()]
            for para in paras:
                para = (" " if lang == "en" else "").join(para.strip().split("\n"))
                text, tags = strip(para)
                pos = 0
                for s in P.split_sentences(text, lang):
                    a = text.find(s, pos)
                    assert a >= 0, (batch, s)
                    pos = a + len(s)
                    got = None if any(t in s for t in two_typed) else P.project(s, surfaces, lang)
                    if got is None:
                        dropped += 1
                        continue
                    kept += 1
                    if got != tags[a:a + len(s)]:
                        differ += 1
                        print(f"{batch} {lang}: projection differs from the markup: {s}")
print(f"kept {kept}, left out {dropped}, differing from the markup {differ}")
if kept < 100 or kept < 0.9 * (kept + dropped) or differ > 0.01 * kept:
    sys.exit("FAIL")
PY
