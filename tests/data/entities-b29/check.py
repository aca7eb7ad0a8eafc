"""Check gold.jsonl against pages.jsonl: every surface occurs verbatim (case-sensitive)
in title + "\n\n" + body, no entity lists a surface twice, ids/langs match, types valid."""
import json, sys
pages = {}
for line in open('pages.jsonl', encoding='utf-8'):
    p = json.loads(line); pages[p['id']] = p
problems = []
seen = set()
for line in open('gold.jsonl', encoding='utf-8'):
    g = json.loads(line)
    pid = g['id']
    if pid in seen: problems.append(f'{pid}: duplicate gold line')
    seen.add(pid)
    if pid not in pages:
        problems.append(f'{pid}: no page'); continue
    p = pages[pid]
    if p['lang'] != g['lang']: problems.append(f'{pid}: lang mismatch')
    text = p['title'] + '\n\n' + p['body']
    for e in g['entities']:
        if e['type'] not in ('person', 'organization'):
            problems.append(f'{pid}: bad type {e["type"]}')
        if not e['surfaces']: problems.append(f'{pid}: entity without surfaces')
        if len(e['surfaces']) != len(set(e['surfaces'])):
            problems.append(f'{pid}: duplicate surface in {e["surfaces"]}')
        for s in e['surfaces']:
            if s != s.strip() or not s: problems.append(f'{pid}: untrimmed surface {s!r}')
            if s not in text: problems.append(f'{pid}: surface not in text: {s!r}')
for pid in pages:
    if pid not in seen: problems.append(f'{pid}: page without gold line')
for pr in problems: print(pr)
print(f'{len(problems)} problems ({len(pages)} pages)')
sys.exit(1 if problems else 0)
