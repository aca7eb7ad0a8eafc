"""Assemble pages.jsonl and gold.jsonl from the hand-written page modules in src/."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import ko, ja, zh, en, de

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANG = {"ko": ko, "ja": ja, "zh": zh, "en": en, "de": de}

pages, gold = [], []
for lang, mod in LANG.items():
    for p in mod.PAGES:
        pid = "own/" + p["id"]
        assert p["id"].startswith(lang + "-")
        pages.append({"id": pid, "lang": lang, "title": p["title"], "body": "\n\n".join(p["paras"])})
        gold.append({"id": pid, "lang": lang,
                     "entities": [{"type": t, "surfaces": list(s)} for t, s in p["ents"]]})

with open(os.path.join(OUT, "pages.jsonl"), "w", encoding="utf-8") as f:
    for r in pages:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "gold.jsonl"), "w", encoding="utf-8") as f:
    for r in gold:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(pages), "pages written")
