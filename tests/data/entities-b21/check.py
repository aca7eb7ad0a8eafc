#!/usr/bin/env python3
"""Check gold.jsonl against pages.jsonl.

Problems reported:
  - a surface that does not occur verbatim (case-sensitive) in title + "\\n\\n" + body
  - an entity that lists the same surface twice
  - an entity with an invalid type or no surfaces
  - gold/page id mismatches, wrong lang, duplicate ids
Warnings (not counted as problems): the same surface listed under two entities of one page.
"""
import json, os, sys
from collections import Counter

d = os.path.dirname(os.path.abspath(__file__))
pages = [json.loads(l) for l in open(os.path.join(d, "pages.jsonl"), encoding="utf-8") if l.strip()]
gold = [json.loads(l) for l in open(os.path.join(d, "gold.jsonl"), encoding="utf-8") if l.strip()]
problems, warnings = [], []
byid = {}
for p in pages:
    if p["id"] in byid:
        problems.append(f"duplicate page id {p['id']}")
    byid[p["id"]] = p
    if not p["id"].startswith("own/" + p["lang"] + "-"):
        problems.append(f"{p['id']}: lang {p['lang']} does not match id")
    n = len(p["body"].split("\n\n"))
    if not 4 <= n <= 8:
        problems.append(f"{p['id']}: {n} paragraphs (want 4-8)")
gids = Counter(g["id"] for g in gold)
for i, c in gids.items():
    if c > 1:
        problems.append(f"duplicate gold id {i}")
for i in set(byid) ^ set(gids):
    problems.append(f"id {i} only in one of pages/gold")
for g in gold:
    p = byid.get(g["id"])
    if p is None:
        continue
    if g["lang"] != p["lang"]:
        problems.append(f"{g['id']}: lang differs between gold and pages")
    text = p["title"] + "\n\n" + p["body"]
    seen = {}
    for k, e in enumerate(g["entities"]):
        if e.get("type") not in ("person", "organization"):
            problems.append(f"{g['id']} entity {k}: bad type {e.get('type')!r}")
        s = e.get("surfaces") or []
        if not s:
            problems.append(f"{g['id']} entity {k}: no surfaces")
        for x, c in Counter(s).items():
            if c > 1:
                problems.append(f"{g['id']} entity {k}: surface {x!r} listed {c} times")
        for x in set(s):
            if not x or x not in text:
                problems.append(f"{g['id']} entity {k}: surface {x!r} not found in page text")
            if x in seen and seen[x] != k:
                warnings.append(f"{g['id']}: surface {x!r} under entities {seen[x]} and {k}")
            seen[x] = k
for w in warnings:
    print("warning:", w)
for pr in problems:
    print("PROBLEM:", pr)
print(f"{len(pages)} pages, {sum(len(g['entities']) for g in gold)} entities, "
      f"{sum(len(e['surfaces']) for g in gold for e in g['entities'])} surfaces; {len(problems)} problems")
sys.exit(1 if problems else 0)
