#!/usr/bin/env python3
"""Verify gold.jsonl against pages.jsonl: every surface occurs verbatim (case-sensitive)
in title + "\n\n" + body; no entity lists a surface twice; ids/langs match; types valid."""
import json, os, sys
d = os.path.dirname(os.path.abspath(__file__))
pages = {}
for l in open(os.path.join(d, "pages.jsonl"), encoding="utf-8"):
    p = json.loads(l); pages[p["id"]] = p
problems = []
seen = set()
for l in open(os.path.join(d, "gold.jsonl"), encoding="utf-8"):
    g = json.loads(l); pid = g["id"]
    if pid in seen: problems.append(f"{pid}: duplicate gold line")
    seen.add(pid)
    if pid not in pages: problems.append(f"{pid}: no page"); continue
    p = pages[pid]
    if p["lang"] != g["lang"]: problems.append(f"{pid}: lang mismatch")
    text = p["title"] + "\n\n" + p["body"]
    paras = p["body"].split("\n\n")
    if not 4 <= len(paras) <= 8: problems.append(f"{pid}: {len(paras)} paragraphs")
    for e in g["entities"]:
        if e["type"] not in ("person", "organization"): problems.append(f"{pid}: bad type {e['type']}")
        s = e["surfaces"]
        if not s: problems.append(f"{pid}: empty surfaces")
        if len(s) != len(set(s)): problems.append(f"{pid}: duplicate surface in {s}")
        for x in s:
            if x != x.strip() or not x: problems.append(f"{pid}: bad whitespace {x!r}")
            if x not in text: problems.append(f"{pid}: surface not in text: {x!r}")
for pid in pages:
    if pid not in seen: problems.append(f"{pid}: no gold line")
for x in problems: print(x)
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
