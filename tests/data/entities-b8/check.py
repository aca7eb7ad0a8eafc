#!/usr/bin/env python3
"""Check gold.jsonl against pages.jsonl: every surface occurs verbatim (case-sensitive)
in title + "\\n\\n" + body; no entity lists a surface twice; ids/langs/types valid."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
pages = {}
problems = []
for line in open(os.path.join(HERE, 'pages.jsonl'), encoding='utf-8'):
    p = json.loads(line)
    if p['id'] in pages: problems.append(f"duplicate page id {p['id']}")
    pages[p['id']] = p
    n = len(p['body'].split('\n\n'))
    if not 4 <= n <= 8: problems.append(f"{p['id']}: {n} paragraphs")
seen = set()
for line in open(os.path.join(HERE, 'gold.jsonl'), encoding='utf-8'):
    g = json.loads(line)
    pid = g['id']
    if pid not in pages: problems.append(f"gold id {pid} not in pages"); continue
    seen.add(pid)
    p = pages[pid]
    if g['lang'] != p['lang']: problems.append(f"{pid}: lang mismatch")
    text = p['title'] + '\n\n' + p['body']
    for i, e in enumerate(g['entities']):
        if e['type'] not in ('person', 'organization'): problems.append(f"{pid} entity {i}: bad type {e['type']}")
        if not e['surfaces']: problems.append(f"{pid} entity {i}: no surfaces")
        if len(set(e['surfaces'])) != len(e['surfaces']): problems.append(f"{pid} entity {i}: duplicate surface {e['surfaces']}")
        for s in e['surfaces']:
            if s != s.strip() or not s: problems.append(f"{pid} entity {i}: whitespace/empty surface {s!r}")
            if s not in text: problems.append(f"{pid} entity {i}: surface not in text: {s!r}")
for pid in pages:
    if pid not in seen: problems.append(f"page {pid} has no gold line")
for pr in problems: print(pr)
print(f"{len(problems)} problems ({len(pages)} pages)")
sys.exit(1 if problems else 0)
