"""Verify gold.jsonl against pages.jsonl: every surface occurs verbatim (case-sensitive) in
title + "\n\n" + body of its page, and no entity lists a surface twice."""
import json, sys
from collections import Counter
pages = {p["id"]: p for p in map(json.loads, open("pages.jsonl", encoding="utf-8"))}
problems = 0
n = 0
for g in map(json.loads, open("gold.jsonl", encoding="utf-8")):
    n += 1
    p = pages.get(g["id"])
    if p is None:
        print("missing page", g["id"]); problems += 1; continue
    if p["lang"] != g["lang"]:
        print("lang mismatch", g["id"]); problems += 1
    text = p["title"] + "\n\n" + p["body"]
    for e in g["entities"]:
        if e["type"] not in ("person", "organization"):
            print("bad type", g["id"], e); problems += 1
        c = Counter(e["surfaces"])
        for s, k in c.items():
            if k > 1:
                print("duplicate surface", g["id"], s); problems += 1
            if s not in text:
                print("surface not found", g["id"], repr(s)); problems += 1
            if s != s.strip() or not s:
                print("untrimmed/empty surface", g["id"], repr(s)); problems += 1
print(f"{n} gold lines, {len(pages)} pages, {problems} problems")
sys.exit(1 if problems else 0)
