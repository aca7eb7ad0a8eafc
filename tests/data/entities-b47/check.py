#!/usr/bin/env python3
"""Checks gold.jsonl against pages.jsonl:
 - every surface occurs verbatim (case-sensitive) in title + "\n\n" + body of its page
 - no entity lists the same surface twice
Also reports (as info, not a problem) surfaces shared by two entities of the same page."""
import json, os, sys
D = os.path.dirname(os.path.abspath(__file__))
pages = {}
for line in open(os.path.join(D, "pages.jsonl"), encoding="utf-8"):
    p = json.loads(line); pages[p["id"]] = p
problems, info = [], []
gold_ids = set()
for line in open(os.path.join(D, "gold.jsonl"), encoding="utf-8"):
    g = json.loads(line); gid = g["id"]; gold_ids.add(gid)
    if gid not in pages:
        problems.append(f"{gid}: no page"); continue
    p = pages[gid]
    if p["lang"] != g["lang"]:
        problems.append(f"{gid}: lang mismatch")
    text = p["title"] + "\n\n" + p["body"]
    seen = {}
    for i, e in enumerate(g["entities"]):
        if e["type"] not in ("person", "organization"):
            problems.append(f"{gid}: entity {i} bad type {e['type']!r}")
        if not e["surfaces"]:
            problems.append(f"{gid}: entity {i} has no surfaces")
        if len(set(e["surfaces"])) != len(e["surfaces"]):
            problems.append(f"{gid}: entity {i} lists a surface twice: {e['surfaces']}")
        for s in e["surfaces"]:
            if s not in text:
                problems.append(f"{gid}: surface not found verbatim: {s!r}")
            if s in seen and seen[s] != i:
                info.append(f"{gid}: surface {s!r} in entities {seen[s]} and {i}")
            seen.setdefault(s, i)
for pid in pages:
    if pid not in gold_ids:
        problems.append(f"{pid}: no gold line")
for x in info: print("info:", x)
for x in problems: print("PROBLEM:", x)
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
