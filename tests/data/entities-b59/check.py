#!/usr/bin/env python3
"""Checks gold.jsonl against pages.jsonl:
 - every surface occurs verbatim (case-sensitive) in title + "\\n\\n" + body of its page
 - no entity lists the same surface twice
 - ids/langs match, types are person|organization, no empty surfaces.
Prints each problem and the total; exit code 1 if any problem."""
import json, os, sys
D = os.path.dirname(os.path.abspath(__file__))
def load(n):
    with open(os.path.join(D, n), encoding="utf-8") as f:
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
            if not s.strip():
                problems.append(f"{g['id']} entity {i}: empty surface")
            if s in seen:
                problems.append(f"{g['id']} entity {i}: duplicate surface {s!r}")
            seen.add(s)
            if s not in text:
                problems.append(f"{g['id']} entity {i}: surface not in text {s!r}")
for pr in problems:
    print(pr)
print(f"{len(problems)} problems ({len(gold)} pages, "
      f"{sum(len(g['entities']) for g in gold)} entities, "
      f"{sum(len(e['surfaces']) for g in gold for e in g['entities'])} surfaces)")
sys.exit(1 if problems else 0)
