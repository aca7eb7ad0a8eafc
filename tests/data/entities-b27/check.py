#!/usr/bin/env python3
"""Check gold.jsonl against pages.jsonl.

For every page: each surface of each entity must occur verbatim (case-sensitive) in
title + "\n\n" + body; no entity may list the same surface twice; types must be
person/organization; ids/langs must match between the two files. Prints problems and
exits non-zero if there are any.
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))

def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

pages = {p["id"]: p for p in load("pages.jsonl")}
gold = load("gold.jsonl")
problems = []
seen = set()
for g in gold:
    pid = g["id"]
    if pid in seen:
        problems.append(f"{pid}: duplicate gold line")
    seen.add(pid)
    if pid not in pages:
        problems.append(f"{pid}: no page"); continue
    p = pages[pid]
    if p["lang"] != g["lang"]:
        problems.append(f"{pid}: lang mismatch {p['lang']} vs {g['lang']}")
    text = p["title"] + "\n\n" + p["body"]
    for i, e in enumerate(g["entities"]):
        if e["type"] not in ("person", "organization"):
            problems.append(f"{pid}: entity {i} bad type {e['type']!r}")
        if not e["surfaces"]:
            problems.append(f"{pid}: entity {i} has no surfaces")
        dup = {s for s in e["surfaces"] if e["surfaces"].count(s) > 1}
        for s in sorted(dup):
            problems.append(f"{pid}: entity {i} lists surface {s!r} twice")
        for s in e["surfaces"]:
            if s != s.strip() or not s:
                problems.append(f"{pid}: entity {i} surface {s!r} has surrounding whitespace/empty")
            if s not in text:
                problems.append(f"{pid}: entity {i} surface {s!r} not found in page text")
for pid in pages:
    if pid not in seen:
        problems.append(f"{pid}: page without gold line")
for pr in problems:
    print(pr)
print(f"{len(problems)} problems; {len(pages)} pages; "
      f"{sum(len(g['entities']) for g in gold)} entities; "
      f"{sum(len(e['surfaces']) for g in gold for e in g['entities'])} surfaces")
sys.exit(1 if problems else 0)
