#!/usr/bin/env python3
"""Verify gold.jsonl against pages.jsonl.

Checks: every page has gold and vice versa; types are person/organization; every surface occurs verbatim
(case-sensitive) in title + "\\n\\n" + body; no entity lists a surface twice; no surface is shared by two
entities of the same page (warning); ids/langs are consistent; paragraph count 4-8.
Prints the problems and exits 1 if there are any."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
pages = {}
problems, warnings = [], []
for line in open(os.path.join(HERE, "pages.jsonl"), encoding="utf-8"):
    p = json.loads(line)
    if p["id"] in pages:
        problems.append("duplicate page id %s" % p["id"])
    pages[p["id"]] = p
gold = {}
for line in open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8"):
    g = json.loads(line)
    if g["id"] in gold:
        problems.append("duplicate gold id %s" % g["id"])
    gold[g["id"]] = g
for pid in sorted(set(pages) | set(gold)):
    if pid not in pages:
        problems.append("%s: gold without page" % pid); continue
    if pid not in gold:
        problems.append("%s: page without gold" % pid); continue
    p, g = pages[pid], gold[pid]
    if p["lang"] != g["lang"] or not pid.startswith("own/%s-" % p["lang"]):
        problems.append("%s: lang mismatch" % pid)
    n = len(p["body"].split("\n\n"))
    if not 4 <= n <= 8:
        problems.append("%s: %d paragraphs" % (pid, n))
    text = p["title"] + "\n\n" + p["body"]
    seen = {}
    for e in g["entities"]:
        if e["type"] not in ("person", "organization"):
            problems.append("%s: bad type %r" % (pid, e["type"]))
        if not e["surfaces"]:
            problems.append("%s: entity without surfaces" % pid)
        if len(set(e["surfaces"])) != len(e["surfaces"]):
            problems.append("%s: surface listed twice in %r" % (pid, e["surfaces"]))
        for s in e["surfaces"]:
            if s != s.strip() or not s:
                problems.append("%s: surface with outer whitespace %r" % (pid, s))
            if s not in text:
                problems.append("%s: surface not in text: %r" % (pid, s))
            if s in seen and seen[s] is not e:
                warnings.append("%s: surface %r used by two entities" % (pid, s))
            seen[s] = e
for w in warnings:
    print("WARNING", w)
for pr in problems:
    print("PROBLEM", pr)
print("%d pages, %d entities, %d problems" % (len(pages), sum(len(g["entities"]) for g in gold.values()), len(problems)))
sys.exit(1 if problems else 0)
