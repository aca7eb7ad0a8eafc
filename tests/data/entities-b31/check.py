#!/usr/bin/env python3
"""Check gold set b31: every surface occurs verbatim (case-sensitive) in its page's
text (title + "\n\n" + body) and no entity lists a surface twice."""
import json, sys, os

here = os.path.dirname(os.path.abspath(__file__))
pages = {}
with open(os.path.join(here, "pages.jsonl"), encoding="utf-8") as f:
    for line in f:
        if line.strip():
            p = json.loads(line)
            pages[p["id"]] = p["title"] + "\n\n" + p["body"]

problems = 0
with open(os.path.join(here, "gold.jsonl"), encoding="utf-8") as f:
    for line in f:
        if not line.strip():
            continue
        g = json.loads(line)
        if g["id"] not in pages:
            print(f"{g['id']}: no such page"); problems += 1; continue
        text = pages[g["id"]]
        for i, e in enumerate(g["entities"]):
            if e["type"] not in ("person", "organization"):
                print(f"{g['id']} entity {i}: bad type {e['type']!r}"); problems += 1
            seen = set()
            for s in e["surfaces"]:
                if s in seen:
                    print(f"{g['id']} entity {i}: duplicate surface {s!r}"); problems += 1
                seen.add(s)
                if s not in text:
                    print(f"{g['id']} entity {i}: surface not in text {s!r}"); problems += 1
            if not e["surfaces"]:
                print(f"{g['id']} entity {i}: no surfaces"); problems += 1
print(f"{problems} problems")
sys.exit(1 if problems else 0)
