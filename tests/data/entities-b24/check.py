#!/usr/bin/env python3
"""Check gold.jsonl against pages.jsonl.

For every page: each surface of each entity must occur verbatim (case-sensitive)
in title + "\n\n" + body, and no entity may list the same surface twice.
Also checks that ids match one-to-one and types are person/organization.
Prints every problem and the total; exit code 1 if any problem.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))

def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

pages = {p["id"]: p for p in load("pages.jsonl")}
gold = load("gold.jsonl")
problems = []

gold_ids = [g["id"] for g in gold]
if sorted(gold_ids) != sorted(pages):
    problems.append("page ids in gold.jsonl and pages.jsonl differ")
if len(set(gold_ids)) != len(gold_ids):
    problems.append("duplicate ids in gold.jsonl")

for g in gold:
    p = pages.get(g["id"])
    if p is None:
        problems.append(f"{g['id']}: no such page")
        continue
    if g["lang"] != p["lang"]:
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
            if s != s.strip() or not s:
                problems.append(f"{g['id']} entity {i}: empty or padded surface {s!r}")
            if s not in text:
                problems.append(f"{g['id']} entity {i}: surface not in text: {s!r}")

for pr in problems:
    print(pr)
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
