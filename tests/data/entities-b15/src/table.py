"""Print the markdown page table and counts used in README.md."""
import json, os
from collections import defaultdict
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = [json.loads(l) for l in open(os.path.join(OUT, "gold.jsonl"), encoding="utf-8")]
tot = defaultdict(lambda: [0, 0, 0, 0])
print("| id | lang | persons | organizations | surfaces |")
print("|---|---|---|---|---|")
for g in rows:
    p = sum(e["type"] == "person" for e in g["entities"])
    o = sum(e["type"] == "organization" for e in g["entities"])
    s = sum(len(e["surfaces"]) for e in g["entities"])
    print(f"| {g['id']} | {g['lang']} | {p} | {o} | {s} |")
    for k in (g["lang"], "all"):
        t = tot[k]; t[0] += 1; t[1] += p; t[2] += o; t[3] += s
print()
print("| lang | pages | persons | organizations | entities | surfaces |")
print("|---|---|---|---|---|---|")
for k in ["ko", "ja", "zh", "en", "de", "all"]:
    t = tot[k]
    print(f"| {k} | {t[0]} | {t[1]} | {t[2]} | {t[1]+t[2]} | {t[3]} |")
