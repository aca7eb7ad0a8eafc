"""Checks gold.jsonl against pages.jsonl.
- every surface occurs verbatim (case-sensitive) in title + "\n\n" + body
- no entity lists the same surface twice
- ids match, types valid, paragraph count 4-8
Prints problems and a final count."""
import json, sys
from collections import Counter

pages = {}
for line in open("pages.jsonl", encoding="utf-8"):
    r = json.loads(line); pages[r["id"]] = r
problems = []
seen = set()
for line in open("gold.jsonl", encoding="utf-8"):
    g = json.loads(line)
    pid = g["id"]
    if pid not in pages:
        problems.append(f"{pid}: no such page"); continue
    seen.add(pid)
    p = pages[pid]
    if p["lang"] != g["lang"]:
        problems.append(f"{pid}: lang mismatch")
    text = p["title"] + "\n\n" + p["body"]
    n = len(p["body"].split("\n\n"))
    if not 4 <= n <= 8:
        problems.append(f"{pid}: {n} paragraphs")
    for e in g["entities"]:
        if e["type"] not in ("person", "organization"):
            problems.append(f"{pid}: bad type {e['type']}")
        c = Counter(e["surfaces"])
        for s, k in c.items():
            if k > 1:
                problems.append(f"{pid}: surface listed twice: {s!r}")
        for s in e["surfaces"]:
            if not s or s not in text:
                problems.append(f"{pid}: surface not in text: {s!r}")
for pid in pages:
    if pid not in seen:
        problems.append(f"{pid}: no gold line")
for x in problems:
    print(x)
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
