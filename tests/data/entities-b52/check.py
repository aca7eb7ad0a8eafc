"""Checks gold.jsonl against pages.jsonl.

- every surface occurs verbatim (case-sensitive) in the page text (title + "\n\n" + body)
- no entity lists the same surface twice
Also checks basic structure (ids match, types valid). Prints problems and the count.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))

def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

pages = {p["id"]: p for p in load("pages.jsonl")}
gold = load("gold.jsonl")
problems = []
if set(pages) != {g["id"] for g in gold}:
    problems.append("page ids in pages.jsonl and gold.jsonl differ")
for g in gold:
    p = pages.get(g["id"])
    if p is None:
        continue
    if p["lang"] != g["lang"]:
        problems.append(f"{g['id']}: lang mismatch")
    text = p["title"] + "\n\n" + p["body"]
    for i, e in enumerate(g["entities"]):
        if e["type"] not in ("person", "organization"):
            problems.append(f"{g['id']} entity {i}: bad type {e['type']!r}")
        if not e["surfaces"]:
            problems.append(f"{g['id']} entity {i}: no surfaces")
        seen = set()
        for s in e["surfaces"]:
            if s in seen:
                problems.append(f"{g['id']} entity {i}: surface listed twice: {s!r}")
            seen.add(s)
            if s not in text:
                problems.append(f"{g['id']} entity {i}: surface not in text: {s!r}")
for pr in problems:
    print(pr)
print(f"{len(problems)} problems")
