#!/usr/bin/env python3
"""Check gold.jsonl against pages.jsonl: every surface occurs verbatim (case-sensitive)
in title + "\n\n" + body of its page, no entity lists a surface twice, ids/types are valid."""
import json, os, sys
D = os.path.dirname(os.path.abspath(__file__))
pages = {}
for line in open(os.path.join(D, 'pages.jsonl'), encoding='utf-8'):
    p = json.loads(line)
    pages[p['id']] = p
problems = []
seen = set()
for line in open(os.path.join(D, 'gold.jsonl'), encoding='utf-8'):
    g = json.loads(line)
    pid = g['id']
    if pid in seen:
        problems.append(f'{pid}: duplicate gold line')
    seen.add(pid)
    if pid not in pages:
        problems.append(f'{pid}: no such page'); continue
    page = pages[pid]
    if g['lang'] != page['lang']:
        problems.append(f'{pid}: lang mismatch')
    text = page['title'] + '\n\n' + page['body']
    for i, e in enumerate(g['entities']):
        if e['type'] not in ('person', 'organization'):
            problems.append(f'{pid} entity {i}: bad type {e["type"]!r}')
        if not e['surfaces']:
            problems.append(f'{pid} entity {i}: no surfaces')
        if len(e['surfaces']) != len(set(e['surfaces'])):
            problems.append(f'{pid} entity {i}: surface listed twice {e["surfaces"]}')
        for s in e['surfaces']:
            if s not in text:
                problems.append(f'{pid} entity {i}: surface not found verbatim: {s!r}')
for pid in pages:
    if pid not in seen:
        problems.append(f'{pid}: page has no gold line')
for p in problems:
    print(p)
print(f'{len(problems)} problems ({len(pages)} pages, {len(seen)} gold lines)')
sys.exit(1 if problems else 0)
