#!/usr/bin/env python3
"""Check gold.jsonl against pages.jsonl.

Problems reported:
  - a surface that does not occur verbatim (case-sensitive) in title + "\\n\\n" + body
  - a surface listed twice within one entity
  - bad type, empty surfaces, ids/langs that do not match between the two files
Also prints (as info, not problems) surfaces shared by two entities on one page.
"""
import json, os, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))

def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

pages = {p["id"]: p for p in load("pages.jsonl")}
gold = load("gold.jsonl")
problems = []
if len(pages) != len(gold):
    problems.append(f"page count {len(pages)} != gold count {len(gold)}")
for g in gold:
    pid = g["id"]
    if pid not in pages:
        problems.append(f"{pid}: no page"); continue
    p = pages[pid]
    if p["lang"] != g["lang"]:
        problems.append(f"{pid}: lang mismatch")
    text = p["title"] + "\n\n" + p["body"]
    npara = len(p["body"].split("\n\n"))
    if not 4 <= npara <= 8:
        problems.append(f"{pid}: {npara} paragraphs")
    owner = {}
    for e in g["entities"]:
        if e["type"] not in ("person", "organization"):
            problems.append(f"{pid}: bad type {e['type']}")
        if not e["surfaces"]:
            problems.append(f"{pid}: entity without surfaces")
        for s, c in Counter(e["surfaces"]).items():
            if c > 1:
                problems.append(f"{pid}: surface listed twice: {s!r}")
        for s in e["surfaces"]:
            if s not in text:
                problems.append(f"{pid}: surface not in text: {s!r}")
            if s in owner and owner[s] is not e:
                print(f"info {pid}: surface {s!r} in two entities")
            owner[s] = e
for pr in problems:
    print("PROBLEM", pr)
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
