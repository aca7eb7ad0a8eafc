#!/usr/bin/env python3
"""Verify gold.jsonl against pages.jsonl: every surface occurs verbatim (case-sensitive)
in title + "\n\n" + body; no entity lists a surface twice; types valid; ids match."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
pages = {}
for line in open(os.path.join(HERE, "pages.jsonl"), encoding="utf-8"):
    p = json.loads(line)
    pages[p["id"]] = p["title"] + "\n\n" + p["body"]
problems = 0
seen = set()
for line in open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8"):
    g = json.loads(line)
    if g["id"] not in pages:
        print(f"{g['id']}: no page"); problems += 1; continue
    seen.add(g["id"])
    text = pages[g["id"]]
    for e in g["entities"]:
        if e["type"] not in ("person", "organization"):
            print(f"{g['id']}: bad type {e['type']}"); problems += 1
        if not e["surfaces"]:
            print(f"{g['id']}: entity without surfaces"); problems += 1
        if len(set(e["surfaces"])) != len(e["surfaces"]):
            print(f"{g['id']}: duplicate surface in {e['surfaces']}"); problems += 1
        for s in e["surfaces"]:
            if s != s.strip() or s not in text:
                print(f"{g['id']}: surface not found verbatim: {s!r}"); problems += 1
for pid in pages:
    if pid not in seen:
        print(f"{pid}: no gold line"); problems += 1
print(f"{problems} problems")
sys.exit(1 if problems else 0)
