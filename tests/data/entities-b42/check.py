#!/usr/bin/env python3
"""Gold-set check for entities-b42.

For every page: each surface of each entity must occur verbatim (case-sensitive) in
title + "\\n\\n" + body, and no entity may list the same surface twice.
Also checks that gold.jsonl and pages.jsonl cover the same ids. Prints problems and a count.
"""
import json, os, sys
D = os.path.dirname(os.path.abspath(__file__))

def load(name):
    with open(os.path.join(D, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

pages = {p["id"]: p for p in load("pages.jsonl")}
gold = load("gold.jsonl")
problems = []
gold_ids = set()
for g in gold:
    gid = g["id"]
    if gid in gold_ids:
        problems.append(f"{gid}: duplicate gold line")
    gold_ids.add(gid)
    if gid not in pages:
        problems.append(f"{gid}: no page in pages.jsonl")
        continue
    p = pages[gid]
    if p["lang"] != g["lang"]:
        problems.append(f"{gid}: lang mismatch {p['lang']} vs {g['lang']}")
    text = p["title"] + "\n\n" + p["body"]
    for i, e in enumerate(g["entities"]):
        if e["type"] not in ("person", "organization"):
            problems.append(f"{gid}: entity {i} has bad type {e['type']!r}")
        seen = set()
        for s in e["surfaces"]:
            if s in seen:
                problems.append(f"{gid}: entity {i} lists surface {s!r} twice")
            seen.add(s)
            if s not in text:
                problems.append(f"{gid}: surface {s!r} ({e['type']}) not found in page text")
for pid in pages:
    if pid not in gold_ids:
        problems.append(f"{pid}: page has no gold line")
for pr in problems:
    print(pr)
print(f"{len(problems)} problems ({len(pages)} pages, {sum(len(g['entities']) for g in gold)} entities)")
sys.exit(1 if problems else 0)
