"""Build pages.jsonl and gold.jsonl from the inline-annotated sources in src/.
Markup: {p3|surface} = person referent 3 on this page; {o2|surface} = organization referent 2."""
import json, re, sys
from collections import OrderedDict
M = re.compile(r'\{([po])(\d+)\|([^{}|]+)\}')
pages, gold, lint = [], [], []
for lang in ['ko', 'ja', 'zh', 'en', 'de']:
    src = open(f'src/{lang}.txt', encoding='utf-8').read()
    for block in src.split('### ')[1:]:
        lines = block.strip('\n').split('\n')
        pid = lines[0].strip()
        assert lines[1].startswith('# '), pid
        title_m = lines[1][2:].strip()
        paras = [p.strip() for p in '\n'.join(lines[2:]).split('\n\n') if p.strip()]
        ents = OrderedDict()
        def strip(t):
            for m in M.finditer(t):
                key = (m.group(1), int(m.group(2)))
                ents.setdefault(key, [])
                if m.group(3) not in ents[key]:
                    ents[key].append(m.group(3))
            return M.sub(lambda m: m.group(3), t)
        title = strip(title_m)
        body = '\n\n'.join(strip(p) for p in paras)
        for t in (title, body):
            if re.search(r'[{}]', t):
                lint.append(f'{pid}: leftover brace')
        if not 4 <= len(paras) <= 8:
            lint.append(f'{pid}: {len(paras)} paragraphs')
        pages.append({'id': pid, 'lang': lang, 'title': title, 'body': body})
        entities = [{'type': 'person' if k[0] == 'p' else 'organization', 'surfaces': v} for k, v in ents.items()]
        gold.append({'id': pid, 'lang': lang, 'entities': entities})
        # lint: surfaces appearing unmarked, surfaces shared by two referents
        marked_text = title_m + '\n\n' + '\n\n'.join(paras)
        unmarked = M.sub(lambda m: '\x00' * len(m.group(3)), marked_text)
        owner = {}
        for k, v in ents.items():
            for s in v:
                if s in owner and owner[s] != k:
                    lint.append(f'{pid}: surface {s!r} in two entities')
                owner[s] = k
                if len(s) >= 2 and s in unmarked:
                    lint.append(f'{pid}: unmarked occurrence of {s!r} ({k[0]}{k[1]})')
with open('pages.jsonl', 'w', encoding='utf-8') as f:
    for p in pages: f.write(json.dumps(p, ensure_ascii=False) + '\n')
with open('gold.jsonl', 'w', encoding='utf-8') as f:
    for g in gold: f.write(json.dumps(g, ensure_ascii=False) + '\n')
print(len(pages), 'pages')
print('\n'.join(lint) or 'lint clean')
