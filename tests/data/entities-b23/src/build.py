import json, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ko, ja, zh, en, de
out = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
pages, gold = [], []
for mod, lang in [(ko,"ko"),(ja,"ja"),(zh,"zh"),(en,"en"),(de,"de")]:
    for p in mod.PAGES:
        pid = "own/" + p["id"]
        pages.append({"id": pid, "lang": lang, "title": p["title"], "body": "\n\n".join(p["paras"])})
        gold.append({"id": pid, "lang": lang, "entities": [{"type": t, "surfaces": s} for t, s in p["ents"]]})
with open(os.path.join(out,"pages.jsonl"),"w",encoding="utf-8") as f:
    for r in pages: f.write(json.dumps(r, ensure_ascii=False)+"\n")
with open(os.path.join(out,"gold.jsonl"),"w",encoding="utf-8") as f:
    for r in gold: f.write(json.dumps(r, ensure_ascii=False)+"\n")
print(len(pages), "pages")
