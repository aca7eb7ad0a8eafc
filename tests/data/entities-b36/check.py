#!/usr/bin/env python3
"""Check gold.jsonl against pages.jsonl: every surface must occur verbatim
(case-sensitive) in title + "\n\n" + body, and no entity may list a surface twice."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
pages = {}
for line in open(os.path.join(HERE, "pages.jsonl"), encoding="utf-8"):
    p = json.loads(line)
    pages[p["id"]] = p["title"] + "\n\n" + p["body"]
problems = 0
for line in open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8"):
    g = json.loads(line)
    text = pages.get(g["id"])
    if text is None:
        print(f"{g['id']}: no such page"); problems += 1; continue
    for e in g["entities"]:
        if e["type"] not in ("person", "organization"):
            print(f"{g['id']}: bad type {e['type']!r}"); problems += 1
        seen = set()
        for s in e["surfaces"]:
            if s in seen:
                print(f"{g['id']}: duplicate surface {s!r}"); problems += 1
            seen.add(s)
            if s not in text:
                print(f"{g['id']}: surface not in text: {s!r}"); problems += 1
print(f"{problems} problems")
sys.exit(1 if problems else 0)
