#!/usr/bin/env python3
"""Check gold.jsonl against pages.jsonl: every surface occurs verbatim (case-sensitive)
in title + "\n\n" + body; no entity lists a surface twice; schema sanity."""
import json, os, sys
d = os.path.dirname(os.path.abspath(__file__))
pages = {}
for l in open(os.path.join(d, "pages.jsonl"), encoding="utf-8"):
    p = json.loads(l); pages[p["id"]] = p
problems = 0
seen = set()
for n, l in enumerate(open(os.path.join(d, "gold.jsonl"), encoding="utf-8"), 1):
    g = json.loads(l)
    pid = g["id"]
    if pid in seen: print(f"line {n}: duplicate id {pid}"); problems += 1
    seen.add(pid)
    if pid not in pages: print(f"{pid}: no page"); problems += 1; continue
    if g["lang"] != pages[pid]["lang"]: print(f"{pid}: lang mismatch"); problems += 1
    text = pages[pid]["title"] + "\n\n" + pages[pid]["body"]
    for i, e in enumerate(g["entities"]):
        if e["type"] not in ("person", "organization"):
            print(f"{pid} entity {i}: bad type {e['type']}"); problems += 1
        if not e["surfaces"]:
            print(f"{pid} entity {i}: no surfaces"); problems += 1
        if len(set(e["surfaces"])) != len(e["surfaces"]):
            print(f"{pid} entity {i}: duplicate surface in {e['surfaces']}"); problems += 1
        for s in e["surfaces"]:
            if not s or s != s.strip():
                print(f"{pid}: bad surface {s!r}"); problems += 1
            if s not in text:
                print(f"{pid}: surface not in text: {s!r}"); problems += 1
for pid in pages:
    if pid not in seen: print(f"{pid}: page without gold"); problems += 1
print(f"{len(pages)} pages, {problems} problems")
sys.exit(1 if problems else 0)
