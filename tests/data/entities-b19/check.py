"""Check gold.jsonl against pages.jsonl.

Problems (counted):
  - a surface that does not occur verbatim (case-sensitive) in title + "\n\n" + body
  - an entity listing the same surface twice
  - bad type, empty surfaces, id/lang mismatch, missing page
Warnings (not counted): the same surface listed under two entities of one page;
paragraph count outside 4-8.
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
pages = {}
for line in open(os.path.join(HERE, "pages.jsonl"), encoding="utf-8"):
    p = json.loads(line)
    pages[p["id"]] = p
problems, warnings = [], []
seen = set()
for line in open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8"):
    g = json.loads(line)
    pid = g["id"]
    if pid in seen:
        problems.append(f"{pid}: duplicate gold line")
    seen.add(pid)
    if pid not in pages:
        problems.append(f"{pid}: no page"); continue
    p = pages[pid]
    if p["lang"] != g["lang"]:
        problems.append(f"{pid}: lang mismatch")
    n = len(p["body"].split("\n\n"))
    if not 4 <= n <= 8:
        warnings.append(f"{pid}: {n} paragraphs")
    text = p["title"] + "\n\n" + p["body"]
    owner = {}
    for i, e in enumerate(g["entities"]):
        if e["type"] not in ("person", "organization"):
            problems.append(f"{pid}: bad type {e['type']!r}")
        if not e["surfaces"]:
            problems.append(f"{pid}: entity {i} has no surfaces")
        if len(set(e["surfaces"])) != len(e["surfaces"]):
            problems.append(f"{pid}: entity {e['surfaces'][0]!r} lists a surface twice")
        for s in e["surfaces"]:
            if s not in text:
                problems.append(f"{pid}: surface {s!r} not in text")
            if s in owner and owner[s] != i:
                warnings.append(f"{pid}: surface {s!r} under two entities")
            owner[s] = i
for pid in pages:
    if pid not in seen:
        problems.append(f"{pid}: no gold line")
for w in warnings:
    print("WARNING", w)
for pr in problems:
    print("PROBLEM", pr)
print(f"{len(pages)} pages, {len(problems)} problems, {len(warnings)} warnings")
sys.exit(1 if problems else 0)
