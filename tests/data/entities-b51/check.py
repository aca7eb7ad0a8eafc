#!/usr/bin/env python3
"""Checks gold.jsonl against pages.jsonl.
- every surface occurs verbatim (case-sensitive) in title + "\n\n" + body of its page
- no entity lists a surface twice
- types are person/organization, ids/langs match, page counts per language
- (extra) no surface is shared by two entities on the same page
"""
import json, os, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
pages = {}
for line in open(os.path.join(HERE, "pages.jsonl"), encoding="utf-8"):
    p = json.loads(line); pages[p["id"]] = p
problems = []
seen = set()
for line in open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8"):
    g = json.loads(line)
    pid = g["id"]
    if pid not in pages:
        problems.append(f"{pid}: no page"); continue
    seen.add(pid)
    page = pages[pid]
    if page["lang"] != g["lang"]:
        problems.append(f"{pid}: lang mismatch")
    text = page["title"] + "\n\n" + page["body"]
    owner = {}
    for i, e in enumerate(g["entities"]):
        if e["type"] not in ("person", "organization"):
            problems.append(f"{pid}: bad type {e['type']}")
        if not e["surfaces"]:
            problems.append(f"{pid}: entity {i} has no surfaces")
        for s, c in Counter(e["surfaces"]).items():
            if c > 1:
                problems.append(f"{pid}: entity {e['surfaces'][0]!r} lists {s!r} {c} times")
        for s in e["surfaces"]:
            if s != s.strip() or not s:
                problems.append(f"{pid}: surface with stray whitespace {s!r}")
            if s not in text:
                problems.append(f"{pid}: surface {s!r} not found verbatim in page text")
            if s in owner and owner[s] != i:
                problems.append(f"{pid}: surface {s!r} used by two entities")
            owner[s] = i
missing = set(pages) - seen
for m in sorted(missing):
    problems.append(f"{m}: page without gold line")
langs = Counter(p["lang"] for p in pages.values())
expected = {"ko": 8, "ja": 7, "zh": 7, "en": 7, "de": 7}
if dict(langs) != expected:
    problems.append(f"page counts {dict(langs)} != {expected}")
for p in problems:
    print(p)
print(f"{len(problems)} problems ({len(pages)} pages)")
sys.exit(1 if problems else 0)
