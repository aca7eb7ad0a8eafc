"""Assemble pages.jsonl and gold.jsonl from the hand-written page sources in this folder."""
import json, os, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
pages, gold = [], []
for lang in ["ko", "ja", "zh", "en", "de"]:
    spec = importlib.util.spec_from_file_location(lang, os.path.join(HERE, lang + ".py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    for p in m.PAGES:
        pid = "own/" + p["id"]
        pages.append({"id": pid, "lang": m.LANG, "title": p["title"], "body": "\n\n".join(p["paras"])})
        gold.append({"id": pid, "lang": m.LANG, "entities": [
            {"type": {"p": "person", "o": "organization"}[t], "surfaces": s} for t, s in p["ents"]]})
with open(os.path.join(OUT, "pages.jsonl"), "w", encoding="utf-8") as f:
    for r in pages: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "gold.jsonl"), "w", encoding="utf-8") as f:
    for r in gold: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(pages), "pages written")
