#!/usr/bin/env python3
"""Check gold.jsonl against pages.jsonl: every surface occurs verbatim (case-sensitive) in
title + "\n\n" + body of its page; no entity lists a surface twice; ids/langs/types are consistent."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
pages = [json.loads(l) for l in open(os.path.join(HERE, 'pages.jsonl'), encoding='utf-8') if l.strip()]
gold = [json.loads(l) for l in open(os.path.join(HERE, 'gold.jsonl'), encoding='utf-8') if l.strip()]
problems = []
by_id = {}
for p in pages:
    if p['id'] in by_id: problems.append(f"duplicate page id {p['id']}")
    by_id[p['id']] = p
    if set(p) != {'id', 'lang', 'title', 'body'}: problems.append(f"{p['id']}: page keys {sorted(p)}")
seen = set()
for g in gold:
    pid = g['id']
    if pid in seen: problems.append(f'duplicate gold id {pid}')
    seen.add(pid)
    p = by_id.get(pid)
    if p is None:
        problems.append(f'{pid}: no page'); continue
    if g['lang'] != p['lang']: problems.append(f'{pid}: lang mismatch')
    text = p['title'] + '\n\n' + p['body']
    for i, e in enumerate(g['entities']):
        if e['type'] not in ('person', 'organization'): problems.append(f"{pid} #{i}: bad type {e['type']}")
        if not e['surfaces']: problems.append(f'{pid} #{i}: no surfaces')
        if len(set(e['surfaces'])) != len(e['surfaces']): problems.append(f"{pid} #{i}: duplicate surface in {e['surfaces']}")
        for s in e['surfaces']:
            if s != s.strip() or not s: problems.append(f'{pid} #{i}: whitespace/empty surface {s!r}')
            if s not in text: problems.append(f'{pid} #{i}: surface not found: {s!r}')
missing = set(by_id) - seen
for m in sorted(missing): problems.append(f'{m}: page has no gold line')
for pr in problems: print(pr)
print(f'{len(pages)} pages, {len(gold)} gold lines, {sum(len(g["entities"]) for g in gold)} entities, {len(problems)} problems')
sys.exit(1 if problems else 0)
