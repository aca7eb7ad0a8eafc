#!/usr/bin/env python3
"""Check gold.jsonl against pages.jsonl.

For every page: each surface of each entity must occur verbatim (case-sensitive)
in title + "\n\n" + body, and no entity may list the same surface twice.
Also checks that ids/langs match, types are valid and surfaces are non-empty.
Prints every problem and a final count; exit status 1 if any problem.
"""
import json, os, sys

here = os.path.dirname(os.path.abspath(__file__))

def load(name):
    with open(os.path.join(here, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

pages = {p["id"]: p for p in load("pages.jsonl")}
gold = load("gold.jsonl")
problems = []
if set(pages) != {g["id"] for g in gold}:
    problems.append("page ids and gold ids differ")
for g in gold:
    p = pages.get(g["id"])
    if p is None:
        problems.append(f"{g['id']}: no page")
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
            if not s or s != s.strip():
                problems.append(f"{g['id']} entity {i}: empty or padded surface {s!r}")
            if s in seen:
                problems.append(f"{g['id']} entity {i}: duplicate surface {s!r}")
            seen.add(s)
            if s not in text:
                problems.append(f"{g['id']} entity {i}: surface not in text {s!r}")
for pr in problems:
    print(pr)
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
