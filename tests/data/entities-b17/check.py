"""Check gold.jsonl against pages.jsonl: every surface occurs verbatim (case-sensitive) in
title + "\n\n" + body; no entity lists a surface twice; ids/langs match; types valid."""
import json, os, sys
D = os.path.dirname(os.path.abspath(__file__))
pages = {}
for l in open(os.path.join(D, "pages.jsonl"), encoding="utf-8"):
    p = json.loads(l); pages[p["id"]] = p
problems = []
n = 0
for l in open(os.path.join(D, "gold.jsonl"), encoding="utf-8"):
    g = json.loads(l); n += 1
    p = pages.get(g["id"])
    if p is None:
        problems.append(f"{g['id']}: no page"); continue
    if p["lang"] != g["lang"]:
        problems.append(f"{g['id']}: lang mismatch")
    text = p["title"] + "\n\n" + p["body"]
    for i, e in enumerate(g["entities"]):
        if e["type"] not in ("person", "organization"):
            problems.append(f"{g['id']} entity {i}: bad type {e['type']}")
        if not e["surfaces"]:
            problems.append(f"{g['id']} entity {i}: no surfaces")
        if len(set(e["surfaces"])) != len(e["surfaces"]):
            problems.append(f"{g['id']} entity {i}: duplicate surface {e['surfaces']}")
        for s in e["surfaces"]:
            if s != s.strip() or not s:
                problems.append(f"{g['id']}: surface with whitespace {s!r}")
            if s not in text:
                problems.append(f"{g['id']}: surface not in text: {s!r}")
if n != len(pages):
    problems.append(f"gold has {n} lines, pages has {len(pages)}")
for pr in problems: print(pr)
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
