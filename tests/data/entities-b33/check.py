#!/usr/bin/env python3
"""Check gold.jsonl against pages.jsonl.

For every page: every surface of every entity must occur verbatim (case-sensitive) in
title + "\n\n" + body; no entity may list the same surface twice; types must be
person/organization; ids/langs must match between the two files; paragraph count 4-8.
Prints the problems and their count (0 = OK).
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))

def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

pages = {p["id"]: p for p in load("pages.jsonl")}
gold = load("gold.jsonl")
problems = []
if len(pages) != len(gold):
    problems.append(f"page count {len(pages)} != gold count {len(gold)}")
seen = set()
for g in gold:
    pid = g["id"]
    if pid in seen:
        problems.append(f"{pid}: duplicate gold line")
    seen.add(pid)
    p = pages.get(pid)
    if p is None:
        problems.append(f"{pid}: no page"); continue
    if p["lang"] != g["lang"]:
        problems.append(f"{pid}: lang mismatch")
    n_par = len(p["body"].split("\n\n"))
    if not 4 <= n_par <= 8:
        problems.append(f"{pid}: {n_par} paragraphs")
    text = p["title"] + "\n\n" + p["body"]
    for i, e in enumerate(g["entities"]):
        if e.get("type") not in ("person", "organization"):
            problems.append(f"{pid}: entity {i} bad type {e.get('type')!r}")
        s = e.get("surfaces") or []
        if not s:
            problems.append(f"{pid}: entity {i} has no surfaces")
        if len(s) != len(set(s)):
            problems.append(f"{pid}: entity {i} lists a surface twice: {s}")
        for x in s:
            if x != x.strip() or not x:
                problems.append(f"{pid}: entity {i} surface {x!r} has outer whitespace/empty")
            if x not in text:
                problems.append(f"{pid}: entity {i} surface {x!r} not found in page text")
for pid in pages:
    if pid not in seen:
        problems.append(f"{pid}: page without gold line")
for pr in problems:
    print(pr)
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
