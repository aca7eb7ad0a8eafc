"""Verify gold.jsonl: every surface occurs verbatim (case-sensitive) in its page text,
no entity lists a surface twice, types valid. Part A text = title + "\n\n" + "\n\n".join(body)
from gold-dev.jsonl; Part B text = title + "\n\n" + body from pages.jsonl."""
import json, sys
FUNDUS='/work/shared/corpus/fundus-dev/gold-dev.jsonl'
texts={}
for l in open(FUNDUS):
    r=json.loads(l); texts[r['id']]=r['title']+'\n\n'+'\n\n'.join(r['body'])
for l in open('pages.jsonl'):
    r=json.loads(l); texts[r['id']]=r['title']+'\n\n'+r['body']
problems=0; seen=set()
for l in open('gold.jsonl'):
    g=json.loads(l)
    if g['id'] in seen: print('duplicate page',g['id']); problems+=1
    seen.add(g['id'])
    t=texts.get(g['id'])
    if t is None: print('no text for',g['id']); problems+=1; continue
    for e in g['entities']:
        if e['type'] not in ('person','organization'): print('bad type',g['id'],e); problems+=1
        if len(set(e['surfaces']))!=len(e['surfaces']): print('dup surface',g['id'],e['surfaces']); problems+=1
        if not e['surfaces']: print('empty',g['id']); problems+=1
        for s in e['surfaces']:
            if s not in t: print('NOT FOUND',g['id'],repr(s)); problems+=1
print(len(seen),'pages;',problems,'problems')
sys.exit(1 if problems else 0)
