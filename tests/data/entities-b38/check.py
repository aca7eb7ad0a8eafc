#!/usr/bin/env python3
"""Check gold.jsonl against pages.jsonl.

Problems (must be 0):
  - every gold page id exists in pages.jsonl with the same lang, and vice versa
  - every surface occurs verbatim (case-sensitive) in title + "\\n\\n" + body
  - no entity lists the same surface twice; no empty surface lists; type is person|organization
Warnings (informational): the same surface listed under two entities of one page.
"""
import json, os, sys
from collections import Counter
d = os.path.dirname(os.path.abspath(__file__))
pages = {}
for line in open(os.path.join(d, "pages.jsonl"), encoding="utf-8"):
    p = json.loads(line)
    pages[p["id"]] = p
problems, warnings, seen = [], [], set()
for line in open(os.path.join(d, "gold.jsonl"), encoding="utf-8"):
    g = json.loads(line)
    pid = g["id"]
    seen.add(pid)
    if pid not in pages:
        problems.append(f"{pid}: no such page"); continue
    p = pages[pid]
    if p["lang"] != g["lang"]:
        problems.append(f"{pid}: lang mismatch")
    text = p["title"] + "\n\n" + p["body"]
    allsurf = Counter()
    for i, e in enumerate(g["entities"]):
        if e["type"] not in ("person", "organization"):
            problems.append(f"{pid} #{i}: bad type {e['type']!r}")
        if not e["surfaces"]:
            problems.append(f"{pid} #{i}: no surfaces")
        for s, n in Counter(e["surfaces"]).items():
            if n > 1:
                problems.append(f"{pid} #{i}: surface listed twice: {s!r}")
        for s in set(e["surfaces"]):
            allsurf[s] += 1
            if s != s.strip() or not s:
                problems.append(f"{pid} #{i}: empty/padded surface {s!r}")
            if s not in text:
                problems.append(f"{pid} #{i}: surface not in text: {s!r}")
    for s, n in allsurf.items():
        if n > 1:
            warnings.append(f"{pid}: surface {s!r} used by {n} entities")
for pid in pages:
    if pid not in seen:
        problems.append(f"{pid}: page has no gold line")
for w in warnings:
    print("warning:", w)
for pr in problems:
    print("PROBLEM:", pr)
print(f"{len(pages)} pages, {len(problems)} problems, {len(warnings)} warnings")
sys.exit(1 if problems else 0)
