"""Build pages.jsonl and gold.jsonl (and the README table) from the hand-written page modules."""
import json, os, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import p_ko, p_ja, p_zh, p_en, p_de

pages, gold = [], []
for mod, lang in [(p_ko, "ko"), (p_ja, "ja"), (p_zh, "zh"), (p_en, "en"), (p_de, "de")]:
    for pg in mod.PAGES:
        pid = "own/" + pg["id"]
        pages.append({"id": pid, "lang": lang, "title": pg["title"], "body": "\n\n".join(pg["paras"])})
        gold.append({"id": pid, "lang": lang,
                     "entities": [{"type": t, "surfaces": list(s)} for t, s in pg["ents"]]})

with open(os.path.join(OUT, "pages.jsonl"), "w", encoding="utf-8") as f:
    for p in pages:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "gold.jsonl"), "w", encoding="utf-8") as f:
    for g in gold:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")

# table for README
rows = ["| id | lang | paragraphs | persons | organizations | surfaces |", "|---|---|---|---|---|---|"]
bylang = Counter(); tot = Counter()
for p, g in zip(pages, gold):
    np_ = sum(e["type"] == "person" for e in g["entities"])
    no = sum(e["type"] == "organization" for e in g["entities"])
    ns = sum(len(e["surfaces"]) for e in g["entities"])
    npara = len(p["body"].split("\n\n"))
    rows.append(f"| {p['id']} | {p['lang']} | {npara} | {np_} | {no} | {ns} |")
    for k, v in (("pages", 1), ("person", np_), ("organization", no), ("surfaces", ns)):
        bylang[(p["lang"], k)] += v; tot[k] += v
rows2 = ["| lang | pages | persons | organizations | entities | surfaces |", "|---|---|---|---|---|---|"]
for lang in ["ko", "ja", "zh", "en", "de"]:
    rows2.append(f"| {lang} | {bylang[(lang,'pages')]} | {bylang[(lang,'person')]} | {bylang[(lang,'organization')]} | "
                 f"{bylang[(lang,'person')]+bylang[(lang,'organization')]} | {bylang[(lang,'surfaces')]} |")
rows2.append(f"| **all** | {tot['pages']} | {tot['person']} | {tot['organization']} | {tot['person']+tot['organization']} | {tot['surfaces']} |")
with open(os.path.join(HERE, "table.md"), "w", encoding="utf-8") as f:
    f.write("\n".join(rows) + "\n\n" + "\n".join(rows2) + "\n")
print("\n".join(rows2))
