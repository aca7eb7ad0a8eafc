"""Check gold.jsonl against pages.jsonl.
- every surface occurs verbatim (case-sensitive) in title + "\n\n" + body of its page
- no entity lists the same surface twice
- ids/langs of both files match; types are person|organization; paragraph count 4-8
"""
import json, sys, os
d = os.path.dirname(os.path.abspath(__file__))
pages = [json.loads(l) for l in open(os.path.join(d, "pages.jsonl"), encoding="utf-8") if l.strip()]
gold = [json.loads(l) for l in open(os.path.join(d, "gold.jsonl"), encoding="utf-8") if l.strip()]
problems = []
pm = {p["id"]: p for p in pages}
if len(pm) != len(pages): problems.append("duplicate page ids")
if [p["id"] for p in pages] != [g["id"] for g in gold]: problems.append("page/gold id order mismatch")
for g in gold:
    p = pm.get(g["id"])
    if p is None:
        problems.append(f"{g['id']}: no page"); continue
    if p["lang"] != g["lang"]: problems.append(f"{g['id']}: lang mismatch")
    n = len(p["body"].split("\n\n"))
    if not 4 <= n <= 8: problems.append(f"{g['id']}: {n} paragraphs")
    text = p["title"] + "\n\n" + p["body"]
    for e in g["entities"]:
        if e["type"] not in ("person", "organization"): problems.append(f"{g['id']}: bad type {e['type']}")
        if len(set(e["surfaces"])) != len(e["surfaces"]): problems.append(f"{g['id']}: duplicate surface in {e['surfaces']}")
        if not e["surfaces"]: problems.append(f"{g['id']}: empty entity")
        for s in e["surfaces"]:
            if s != s.strip() or not s: problems.append(f"{g['id']}: whitespace/empty surface {s!r}")
            if s not in text: problems.append(f"{g['id']}: surface not found {s!r}")
for x in problems: print(x)
print(f"{len(problems)} problems ({len(pages)} pages, {sum(len(g['entities']) for g in gold)} entities)")
sys.exit(1 if problems else 0)
