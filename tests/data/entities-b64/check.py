"""Checks gold.jsonl against pages.jsonl.
- every surface occurs verbatim (case-sensitive) in title + "\n\n" + body of its page
- no entity lists the same surface twice
- types are person/organization, ids match between files, paragraph count 4-8
Prints each problem and a final count."""
import json, os, sys
D = os.path.dirname(os.path.abspath(__file__))
def load(n):
    with open(os.path.join(D, n), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]
pages = {p["id"]: p for p in load("pages.jsonl")}
gold = load("gold.jsonl")
problems = []
if set(pages) != {g["id"] for g in gold}:
    problems.append("page ids differ between pages.jsonl and gold.jsonl")
for g in gold:
    p = pages.get(g["id"])
    if p is None:
        continue
    if p["lang"] != g["lang"]:
        problems.append(f"{g['id']}: lang mismatch")
    n_par = len(p["body"].split("\n\n"))
    if not 4 <= n_par <= 8:
        problems.append(f"{g['id']}: {n_par} paragraphs")
    text = p["title"] + "\n\n" + p["body"]
    for i, e in enumerate(g["entities"]):
        if e["type"] not in ("person", "organization"):
            problems.append(f"{g['id']} entity {i}: bad type {e['type']!r}")
        if not e["surfaces"]:
            problems.append(f"{g['id']} entity {i}: no surfaces")
        seen = set()
        for s in e["surfaces"]:
            if s in seen:
                problems.append(f"{g['id']} entity {i}: duplicate surface {s!r}")
            seen.add(s)
            if s not in text:
                problems.append(f"{g['id']} entity {i}: surface not in text {s!r}")
for pr in problems:
    print(pr)
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
