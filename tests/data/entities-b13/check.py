#!/usr/bin/env python3
"""Verify gold.jsonl against pages.jsonl: every surface occurs verbatim (case-sensitive) in
title + "\n\n" + body of its page, no entity lists a surface twice, ids/langs line up."""
import json, sys, os
here = os.path.dirname(os.path.abspath(__file__))
pages = {}
for line in open(os.path.join(here, "pages.jsonl"), encoding="utf-8"):
    p = json.loads(line); pages[p["id"]] = p
problems = []
gold_ids = set()
for line in open(os.path.join(here, "gold.jsonl"), encoding="utf-8"):
    g = json.loads(line)
    gid = g["id"]
    if gid in gold_ids: problems.append(f"{gid}: duplicate gold line")
    gold_ids.add(gid)
    if gid not in pages:
        problems.append(f"{gid}: no page"); continue
    p = pages[gid]
    if p["lang"] != g["lang"]: problems.append(f"{gid}: lang mismatch")
    text = p["title"] + "\n\n" + p["body"]
    for i, e in enumerate(g["entities"]):
        if e.get("type") not in ("person", "organization"):
            problems.append(f"{gid}: entity {i} bad type {e.get('type')!r}")
        surf = e.get("surfaces") or []
        if not surf: problems.append(f"{gid}: entity {i} has no surfaces")
        if len(surf) != len(set(surf)): problems.append(f"{gid}: entity {i} lists a surface twice: {surf}")
        for s in surf:
            if not s or s not in text:
                problems.append(f"{gid}: entity {i} surface {s!r} not found verbatim")
for pid in pages:
    if pid not in gold_ids: problems.append(f"{pid}: page without gold line")
for x in problems: print(x)
print(f"{len(problems)} problems ({len(pages)} pages, {len(gold_ids)} gold lines)")
sys.exit(1 if problems else 0)
