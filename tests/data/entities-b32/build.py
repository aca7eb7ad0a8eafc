"""Serialise the hand-written pages in src/*.py into pages.jsonl and gold.jsonl (no analysis of text)."""
import json, importlib.util, os
HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"P": "person", "O": "organization"}
pages, gold = [], []
for lang in ["ko", "ja", "zh", "en", "de"]:
    spec = importlib.util.spec_from_file_location(lang, os.path.join(HERE, "src", lang + ".py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    for p in m.PAGES:
        paras = [x.strip() for x in p["body"].strip().split("\n\n") if x.strip()]
        pid = "own/" + p["id"]
        pages.append({"id": pid, "lang": m.LANG, "title": p["title"], "body": "\n\n".join(paras)})
        ents = []
        for line in p["ents"].strip().splitlines():
            t, rest = line.split(" ", 1)
            ents.append({"type": TYPES[t], "surfaces": rest.split("|")})
        gold.append({"id": pid, "lang": m.LANG, "entities": ents})
with open(os.path.join(HERE, "pages.jsonl"), "w", encoding="utf-8") as f:
    for r in pages: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
    for r in gold: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(pages), "pages written")

# ---- README (tables computed from gold.jsonl; prose written by hand) ----
from collections import defaultdict
rows = []
tot = defaultdict(lambda: [0, 0, 0, 0])  # pages, persons, orgs, surfaces
for p, g in zip(pages, gold):
    np_ = sum(e["type"] == "person" for e in g["entities"])
    no = sum(e["type"] == "organization" for e in g["entities"])
    ns = sum(len(e["surfaces"]) for e in g["entities"])
    rows.append("| %s | %s | %d | %d | %d |" % (g["id"], g["lang"], np_, no, ns))
    for k in (g["lang"], "all"):
        t = tot[k]; t[0] += 1; t[1] += np_; t[2] += no; t[3] += ns
counts = ["| lang | pages | person | organization | entities | surfaces |", "|---|---|---|---|---|---|"]
for k in ["ko", "ja", "zh", "en", "de", "all"]:
    t = tot[k]; counts.append("| %s | %d | %d | %d | %d | %d |" % (k, t[0], t[1], t[2], t[1] + t[2], t[3]))
readme = open(os.path.join(HERE, "src", "README.head.md"), encoding="utf-8").read()
readme = readme.replace("{{COUNTS}}", "\n".join(counts)).replace(
    "{{PAGES}}", "| id | lang | persons | organizations | surfaces |\n|---|---|---|---|---|\n" + "\n".join(rows))
open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write(readme)
print("\n".join(counts))
