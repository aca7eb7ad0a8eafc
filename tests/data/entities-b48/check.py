"""Check gold.jsonl against pages.jsonl.

For every page: each surface must occur verbatim (case-sensitive) in title + "\n\n" + body,
no entity may list the same surface twice, types must be person/organization,
and ids/langs must agree between the two files. Prints problems and their count.
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))

def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

pages = {p["id"]: p for p in load("pages.jsonl")}
gold = load("gold.jsonl")
problems = []
if len(pages) != len(gold):
    problems.append(f"page count {len(pages)} != gold count {len(gold)}")
for g in gold:
    p = pages.get(g["id"])
    if p is None:
        problems.append(f"{g['id']}: no page"); continue
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
            if s != s.strip() or not s:
                problems.append(f"{g['id']} entity {i}: empty/padded surface {s!r}")
            if s in seen:
                problems.append(f"{g['id']} entity {i}: duplicate surface {s!r}")
            seen.add(s)
            if s not in text:
                problems.append(f"{g['id']} entity {i}: surface not in text {s!r}")
for pr in problems:
    print(pr)
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
