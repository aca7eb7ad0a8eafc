"""Verify gold.jsonl against pages.jsonl: every surface occurs verbatim (case-sensitive) in
title + "\n\n" + body of its page; no entity lists a surface twice; ids/langs/types consistent."""
import json, sys
pages = {}
problems = []
for line in open('pages.jsonl', encoding='utf-8'):
    p = json.loads(line)
    if p['id'] in pages: problems.append(f"duplicate page id {p['id']}")
    pages[p['id']] = p
seen = set()
for n, line in enumerate(open('gold.jsonl', encoding='utf-8'), 1):
    g = json.loads(line)
    pid = g['id']
    if pid in seen: problems.append(f'duplicate gold id {pid}')
    seen.add(pid)
    if pid not in pages:
        problems.append(f'{pid}: no such page'); continue
    page = pages[pid]
    if page['lang'] != g['lang']: problems.append(f'{pid}: lang mismatch')
    text = page['title'] + '\n\n' + page['body']
    for i, e in enumerate(g['entities']):
        if e['type'] not in ('person', 'organization'): problems.append(f'{pid} #{i}: bad type {e["type"]}')
        if not e['surfaces']: problems.append(f'{pid} #{i}: no surfaces')
        if len(set(e['surfaces'])) != len(e['surfaces']): problems.append(f'{pid} #{i}: duplicate surface in {e["surfaces"]}')
        for s in e['surfaces']:
            if s != s.strip() or not s: problems.append(f'{pid} #{i}: untrimmed/empty surface {s!r}')
            if s not in text: problems.append(f'{pid} #{i}: surface not in text: {s!r}')
missing = set(pages) - seen
for m in sorted(missing): problems.append(f'{m}: page has no gold line')
for p in problems: print(p)
print(f'{len(problems)} problems ({len(pages)} pages, {len(seen)} gold lines)')
sys.exit(1 if problems else 0)
