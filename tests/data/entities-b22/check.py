#!/usr/bin/env python3
"""Check gold.jsonl against pages.jsonl: every surface must occur verbatim (case-sensitive)
in title + "\n\n" + body of its page, and no entity may list the same surface twice.
Also checks that ids match, types are valid, and no surface is claimed by two entities of a page."""
import json, os, sys
d = os.path.dirname(os.path.abspath(__file__))
pages = {}
for line in open(os.path.join(d, "pages.jsonl"), encoding="utf-8"):
    r = json.loads(line); pages[r["id"]] = r
problems = []
seen = set()
for line in open(os.path.join(d, "gold.jsonl"), encoding="utf-8"):
    g = json.loads(line); pid = g["id"]; seen.add(pid)
    if pid not in pages:
        problems.append(f"{pid}: no such page"); continue
    p = pages[pid]
    if p["lang"] != g["lang"]:
        problems.append(f"{pid}: lang mismatch")
    text = p["title"] + "\n\n" + p["body"]
    owner = {}
    for i, e in enumerate(g["entities"]):
        if e["type"] not in ("person", "organization"):
            problems.append(f"{pid}: bad type {e['type']}")
        if not e["surfaces"]:
            problems.append(f"{pid}: entity {i} has no surfaces")
        if len(set(e["surfaces"])) != len(e["surfaces"]):
            problems.append(f"{pid}: entity {e['surfaces']} lists a surface twice")
        for s in e["surfaces"]:
            if s not in text:
                problems.append(f"{pid}: surface not found: {s!r}")
            if s != s.strip() or not s:
                problems.append(f"{pid}: surface has outer whitespace or is empty: {s!r}")
            if s in owner and owner[s] != i:
                problems.append(f"{pid}: surface {s!r} in two entities")
            owner[s] = i
for pid in pages:
    if pid not in seen:
        problems.append(f"{pid}: page has no gold line")
for x in problems: print(x)
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
