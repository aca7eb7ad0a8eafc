import json, re, glob, importlib.util, os
HERE = os.path.dirname(os.path.abspath(__file__))
PAT = re.compile(r'\[([^\[\]|]+)\|([po]\d+)\]')
pages = []
for f in sorted(glob.glob(os.path.join(HERE, 'src', '*.py'))):
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    pages.extend(m.PAGES)
order = {'ko':0,'ja':1,'zh':2,'en':3,'de':4}
pages.sort(key=lambda p: (order[p['lang']], p['id']))
P, G = [], []
for p in pages:
    ents = {}
    def strip(s):
        def rep(mo):
            surf, key = mo.group(1), mo.group(2)
            e = ents.setdefault(key, [])
            if surf not in e: e.append(surf)
            return surf
        out = PAT.sub(rep, s)
        assert '[' not in out and ']' not in out and '|' not in out, (p['id'], out)
        return out
    title = strip(p['title'])
    body = '\n\n'.join(strip(x) for x in p['paras'])
    pid = 'own/' + p['id']
    P.append({'id': pid, 'lang': p['lang'], 'title': title, 'body': body})
    G.append({'id': pid, 'lang': p['lang'], 'entities': [
        {'type': 'person' if k[0]=='p' else 'organization', 'surfaces': v} for k, v in ents.items()]})
with open(os.path.join(HERE,'pages.jsonl'),'w') as f:
    for x in P: f.write(json.dumps(x, ensure_ascii=False)+'\n')
with open(os.path.join(HERE,'gold.jsonl'),'w') as f:
    for x in G: f.write(json.dumps(x, ensure_ascii=False)+'\n')
print(len(P), 'pages')
