"""Build pages.jsonl and gold.jsonl from the hand-written src_*.py files."""
import json, importlib
LANGS = ["ko", "ja", "zh", "en", "de"]
pages, gold = [], []
for lg in LANGS:
    m = importlib.import_module("src_" + lg)
    for p in m.PAGES:
        pid = "own/" + p["id"]
        pages.append({"id": pid, "lang": lg, "title": p["title"], "body": "\n\n".join(p["paras"])})
        ents = [{"type": {"p": "person", "o": "organization"}[t], "surfaces": s} for t, s in p["ents"]]
        gold.append({"id": pid, "lang": lg, "entities": ents})
        seen = {}
        for e in ents:
            for s in e["surfaces"]:
                if s in seen:
                    print("WARN shared surface", pid, s)
                seen[s] = 1
with open("pages.jsonl", "w", encoding="utf-8") as f:
    for p in pages:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
with open("gold.jsonl", "w", encoding="utf-8") as f:
    for g in gold:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(len(pages), "pages")
