#!/usr/bin/env python3
"""Build pages.jsonl and gold.jsonl from the marked-up sources in src/*.txt.
Markup: [surface]{p1} = person #1 of the page, [surface]{o3} = organization #3 of the page."""
import json, re, os, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r'\[([^\[\]{}]+)\]\{([po])(\d+)\}')
LANG_ORDER = ['ko', 'ja', 'zh', 'en', 'de']
pages, gold, problems = [], [], []
for lang in LANG_ORDER:
    fn = os.path.join(HERE, 'src', lang + '.txt')
    if not os.path.exists(fn):
        problems.append((lang, 'missing source')); continue
    txt = open(fn, encoding='utf-8').read()
    for chunk in re.split(r'^=== ', txt, flags=re.M)[1:]:
        head, rest = chunk.split('\n', 1)
        pid = head.strip()
        lines = rest.strip('\n').split('\n')
        assert lines[0].startswith('# '), pid
        title_m = lines[0][2:].strip()
        body_m = '\n'.join(lines[1:]).strip()
        paras = [p.strip() for p in re.split(r'\n\s*\n', body_m) if p.strip()]
        ents = {}
        order = []
        def strip(s):
            def rep(m):
                surf, t, n = m.group(1), m.group(2), m.group(3)
                key = t + n
                if key not in ents:
                    ents[key] = []
                    order.append(key)
                if surf not in ents[key]:
                    ents[key].append(surf)
                return surf
            return MARK.sub(rep, s)
        title = strip(title_m)
        paras = [strip(p) for p in paras]
        for s in [title] + paras:
            if re.search(r'\]\{|\{[po]\d|\[[^\]]*\]\{', s) or '{o' in s or '{p' in s:
                problems.append((pid, 'leftover markup', s[:80]))
        if not (4 <= len(paras) <= 8):
            problems.append((pid, 'paragraph count', len(paras)))
        pages.append({'id': 'own/' + pid, 'lang': lang, 'title': title, 'body': '\n\n'.join(paras)})
        gold.append({'id': 'own/' + pid, 'lang': lang, 'entities': [
            {'type': 'person' if k[0] == 'p' else 'organization', 'surfaces': ents[k]} for k in order]})
with open(os.path.join(HERE, 'pages.jsonl'), 'w', encoding='utf-8') as f:
    for p in pages: f.write(json.dumps(p, ensure_ascii=False) + '\n')
with open(os.path.join(HERE, 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for g in gold: f.write(json.dumps(g, ensure_ascii=False) + '\n')
for p in problems: print('PROBLEM', *p)
print(len(pages), 'pages;', sum(len(g['entities']) for g in gold), 'entities;', len(problems), 'problems')
