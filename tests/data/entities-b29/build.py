"""Build pages.jsonl and gold.jsonl from the hand-annotated sources in src/.
Markup: [[surface|p:key]] (person) or [[surface|o:key]] (organization); key is page-local."""
import json, re, glob
MARK = re.compile(r'\[\[([^\[\]|]+)\|([po]):([^\]]+)\]\]')
ORDER = ['ko', 'ja', 'zh', 'en', 'de']
pages, gold = [], []
for lang in ORDER:
    raw = open(f'src/{lang}.txt', encoding='utf-8').read()
    for block in re.split(r'^### ', raw, flags=re.M)[1:]:
        pid, rest = block.split('\n', 1)
        paras = [p.strip() for p in rest.strip().split('\n\n') if p.strip()]
        title, body_paras = paras[0], paras[1:]
        ents = {}
        def sub(m):
            surf, t, key = m.group(1), m.group(2), m.group(3)
            e = ents.setdefault((t, key), {'type': 'person' if t == 'p' else 'organization', 'surfaces': []})
            if surf not in e['surfaces']:
                e['surfaces'].append(surf)
            return surf
        title = MARK.sub(sub, title)
        body = '\n\n'.join(MARK.sub(sub, p) for p in body_paras)
        for txt in (title, body):
            assert '[[' not in txt and ']]' not in txt, (pid, txt)
        pid = 'own/' + pid.strip()
        pages.append({'id': pid, 'lang': lang, 'title': title, 'body': body})
        gold.append({'id': pid, 'lang': lang, 'entities': list(ents.values())})
with open('pages.jsonl', 'w', encoding='utf-8') as f:
    for p in pages: f.write(json.dumps(p, ensure_ascii=False) + '\n')
with open('gold.jsonl', 'w', encoding='utf-8') as f:
    for g in gold: f.write(json.dumps(g, ensure_ascii=False) + '\n')
print(len(pages), 'pages')
