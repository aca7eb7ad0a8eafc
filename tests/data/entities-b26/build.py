"""Builds pages.jsonl and gold.jsonl from the hand-written data_*.py files."""
import json
import data_ko, data_ja, data_zh, data_en, data_de

pages, gold = [], []
for mod in (data_ko, data_ja, data_zh, data_en, data_de):
    for p in mod.PAGES:
        pid = "own/" + p["id"]
        pages.append({"id": pid, "lang": p["lang"], "title": p["title"],
                      "body": "\n\n".join(p["paras"])})
        gold.append({"id": pid, "lang": p["lang"],
                     "entities": [{"type": t, "surfaces": list(s)} for t, s in p["ents"]]})
with open("pages.jsonl", "w", encoding="utf-8") as f:
    for r in pages:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open("gold.jsonl", "w", encoding="utf-8") as f:
    for r in gold:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(pages), "pages written")
