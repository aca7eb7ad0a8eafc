#!/usr/bin/env python3
"""Verify gold.jsonl against pages.jsonl.
Checks: every surface occurs verbatim (case-sensitive) in title + "\n\n" + body;
no entity lists a surface twice; ids/langs match; types valid; body has 4-8 paragraphs;
no surface is shared by two entities of the same page (reported as a problem)."""
import json, os, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
pages = {}
for line in open(os.path.join(HERE, "pages.jsonl"), encoding="utf-8"):
    p = json.loads(line); pages[p["id"]] = p
problems = []
gold_ids = []
for line in open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8"):
    g = json.loads(line); gid = g["id"]; gold_ids.append(gid)
    if gid not in pages:
        problems.append("%s: no page" % gid); continue
    p = pages[gid]
    if p["lang"] != g["lang"]:
        problems.append("%s: lang mismatch" % gid)
    text = p["title"] + "\n\n" + p["body"]
    n = len(p["body"].split("\n\n"))
    if not 4 <= n <= 8:
        problems.append("%s: %d paragraphs" % (gid, n))
    seen = Counter()
    for e in g["entities"]:
        if e["type"] not in ("person", "organization"):
            problems.append("%s: bad type %r" % (gid, e["type"]))
        if not e["surfaces"]:
            problems.append("%s: entity without surfaces" % gid)
        c = Counter(e["surfaces"])
        for s, k in c.items():
            if k > 1:
                problems.append("%s: surface listed twice: %r" % (gid, s))
            if s != s.strip() or not s:
                problems.append("%s: whitespace/empty surface %r" % (gid, s))
            if s not in text:
                problems.append("%s: surface not in text: %r" % (gid, s))
            seen[s] += 1
    for s, k in seen.items():
        if k > 1:
            problems.append("%s: surface %r used by %d entities" % (gid, s, k))
if sorted(gold_ids) != sorted(pages):
    problems.append("page ids and gold ids differ")
for pr in problems:
    print(pr)
print("%d problems" % len(problems))
sys.exit(1 if problems else 0)
