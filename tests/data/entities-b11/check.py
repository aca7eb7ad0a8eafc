"""Verify gold.jsonl against pages.jsonl: every surface occurs verbatim (case-sensitive)
in title + "\\n\\n" + body, no entity lists a surface twice, ids/langs match, paragraph counts 4-8."""
import json, sys, os
d = os.path.dirname(os.path.abspath(__file__))
pages = {p["id"]: p for p in map(json.loads, open(os.path.join(d, "pages.jsonl"), encoding="utf-8"))}
gold = [json.loads(l) for l in open(os.path.join(d, "gold.jsonl"), encoding="utf-8")]
problems = []
if set(pages) != {g["id"] for g in gold} or len(gold) != len(pages):
    problems.append("page/gold id sets differ")
for g in gold:
    p = pages.get(g["id"])
    if p is None:
        problems.append(f"{g['id']}: no page"); continue
    if p["lang"] != g["lang"]:
        problems.append(f"{g['id']}: lang mismatch")
    n = len(p["body"].split("\n\n"))
    if not 4 <= n <= 8:
        problems.append(f"{g['id']}: {n} paragraphs")
    text = p["title"] + "\n\n" + p["body"]
    for e in g["entities"]:
        if e["type"] not in ("person", "organization"):
            problems.append(f"{g['id']}: bad type {e['type']}")
        if len(set(e["surfaces"])) != len(e["surfaces"]):
            problems.append(f"{g['id']}: duplicate surface in {e['surfaces']}")
        for s in e["surfaces"]:
            if not s or s not in text:
                problems.append(f"{g['id']}: surface not found: {s!r}")
print(len(problems), "problems")
for x in problems: print(" ", x)
sys.exit(1 if problems else 0)
