#!/usr/bin/env python3
"""Check gold.jsonl against pages.jsonl.

Problems (must be 0):
  - a surface that does not occur verbatim (case-sensitive) in title + "\n\n" + body
  - an entity listing the same surface twice
  - empty surfaces, bad types, id/lang mismatches, missing or extra pages
Warnings (informational): the same surface used by two entities on one page.
"""
import json, os, sys
from collections import Counter
here = os.path.dirname(os.path.abspath(__file__))
def load(name):
    with open(os.path.join(here, name), encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]
pages = {p['id']: p for p in load('pages.jsonl')}
gold = load('gold.jsonl')
problems, warnings = [], []
seen = set()
for g in gold:
    pid = g['id']
    if pid in seen: problems.append(f'{pid}: duplicate gold line')
    seen.add(pid)
    if pid not in pages:
        problems.append(f'{pid}: no page'); continue
    p = pages[pid]
    if p['lang'] != g['lang']: problems.append(f'{pid}: lang mismatch')
    text = p['title'] + '\n\n' + p['body']
    owner = {}
    for i, e in enumerate(g['entities']):
        if e.get('type') not in ('person', 'organization'):
            problems.append(f'{pid}: entity {i} bad type {e.get("type")!r}')
        surfs = e.get('surfaces') or []
        if not surfs: problems.append(f'{pid}: entity {i} has no surfaces')
        for s, n in Counter(surfs).items():
            if n > 1: problems.append(f'{pid}: entity {i} lists {s!r} {n} times')
        for s in surfs:
            if not s or s != s.strip(): problems.append(f'{pid}: entity {i} bad surface {s!r}')
            elif s not in text: problems.append(f'{pid}: surface {s!r} not found in page text')
            if s in owner and owner[s] != i:
                warnings.append(f'{pid}: surface {s!r} used by entities {owner[s]} and {i}')
            owner.setdefault(s, i)
for pid in pages:
    if pid not in seen: problems.append(f'{pid}: page has no gold line')
for w in warnings: print('WARNING', w)
for pr in problems: print('PROBLEM', pr)
print(f'{len(pages)} pages, {sum(len(g["entities"]) for g in gold)} entities, '
      f'{sum(len(e["surfaces"]) for g in gold for e in g["entities"])} surfaces: '
      f'{len(problems)} problems, {len(warnings)} warnings')
sys.exit(1 if problems else 0)
