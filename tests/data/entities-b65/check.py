#!/usr/bin/env python3
"""Check gold.jsonl against pages.jsonl.

For every page: text = title + "\n\n" + body.
Problems reported:
  - gold id without page / page without gold / duplicate ids / lang mismatch
  - entity type not in {person, organization}
  - empty surface list, empty surface, surface with leading/trailing whitespace
  - surface that does not occur verbatim (case-sensitive) in the page text
  - surface listed twice in the same entity
Info (not a problem): the same surface listed under two entities of one page.
"""
import json, os, sys

D = os.path.dirname(os.path.abspath(__file__))

def load(name):
    with open(os.path.join(D, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

pages, gold = load("pages.jsonl"), load("gold.jsonl")
problems, infos = [], []
pmap = {}
for p in pages:
    if p["id"] in pmap:
        problems.append(f"duplicate page id {p['id']}")
    pmap[p["id"]] = p
seen = set()
for g in gold:
    gid = g["id"]
    if gid in seen:
        problems.append(f"duplicate gold id {gid}")
    seen.add(gid)
    p = pmap.get(gid)
    if p is None:
        problems.append(f"{gid}: no page"); continue
    if p["lang"] != g["lang"]:
        problems.append(f"{gid}: lang mismatch")
    text = p["title"] + "\n\n" + p["body"]
    where = {}
    for i, e in enumerate(g["entities"]):
        if e.get("type") not in ("person", "organization"):
            problems.append(f"{gid}: entity {i} bad type {e.get('type')!r}")
        surfs = e.get("surfaces") or []
        if not surfs:
            problems.append(f"{gid}: entity {i} has no surfaces")
        if len(surfs) != len(set(surfs)):
            problems.append(f"{gid}: entity {i} lists a surface twice: {surfs}")
        for s in surfs:
            if not s or s != s.strip():
                problems.append(f"{gid}: entity {i} bad surface {s!r}")
            elif s not in text:
                problems.append(f"{gid}: surface not in text: {s!r}")
            where.setdefault(s, []).append(i)
    for s, ix in where.items():
        if len(ix) > 1:
            infos.append(f"{gid}: surface {s!r} under entities {ix}")
for pid in pmap:
    if pid not in seen:
        problems.append(f"{pid}: page without gold")

for x in problems:
    print("PROBLEM", x)
for x in infos:
    print("info", x)
print(f"{len(pages)} pages, {sum(len(g['entities']) for g in gold)} entities, {len(problems)} problems")
sys.exit(1 if problems else 0)
