#!/usr/bin/env python3
"""Checks gold.jsonl against pages.jsonl.

- every surface occurs verbatim (case-sensitive) in title + "\\n\\n" + body of its page
- no entity lists the same surface twice
- ids/langs match, types are person|organization, no empty surface lists
Extra warnings (not counted as problems): the same surface listed under two entities of a page.
Prints the number of problems; exit code 1 if any.
"""
import json, os, sys
d = os.path.dirname(os.path.abspath(__file__))
pages = {}
for line in open(os.path.join(d, "pages.jsonl"), encoding="utf-8"):
    p = json.loads(line)
    pages[p["id"]] = p
problems, warnings = [], []
seen = set()
for line in open(os.path.join(d, "gold.jsonl"), encoding="utf-8"):
    g = json.loads(line)
    pid = g["id"]
    if pid in seen:
        problems.append(f"{pid}: duplicate gold line")
    seen.add(pid)
    if pid not in pages:
        problems.append(f"{pid}: no such page"); continue
    pg = pages[pid]
    if pg["lang"] != g["lang"]:
        problems.append(f"{pid}: lang mismatch")
    text = pg["title"] + "\n\n" + pg["body"]
    owner = {}
    for i, e in enumerate(g["entities"]):
        if e["type"] not in ("person", "organization"):
            problems.append(f"{pid}: entity {i} bad type {e['type']}")
        if not e["surfaces"]:
            problems.append(f"{pid}: entity {i} has no surfaces")
        if len(set(e["surfaces"])) != len(e["surfaces"]):
            problems.append(f"{pid}: entity {i} lists a surface twice: {e['surfaces']}")
        for s in e["surfaces"]:
            if s != s.strip() or not s:
                problems.append(f"{pid}: surface with stray whitespace {s!r}")
            if s not in text:
                problems.append(f"{pid}: surface not in text: {s!r}")
            if s in owner and owner[s] != i:
                warnings.append(f"{pid}: surface {s!r} under two entities")
            owner[s] = i
missing = set(pages) - seen
for m in sorted(missing):
    problems.append(f"{m}: page has no gold line")
for w in warnings:
    print("WARN", w)
for p in problems:
    print("PROBLEM", p)
print(f"{len(pages)} pages, {len(problems)} problems, {len(warnings)} warnings")
sys.exit(1 if problems else 0)
