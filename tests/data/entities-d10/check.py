"""Verify gold.jsonl against pages.jsonl: every surface occurs verbatim (case-sensitive) in
title + "\n\n" + body, no entity lists a surface twice, types are valid, ids match."""
import json, sys
pages = {}
for line in open("pages.jsonl", encoding="utf-8"):
    p = json.loads(line); pages[p["id"]] = p["title"] + "\n\n" + p["body"]
problems = 0
seen = set()
for line in open("gold.jsonl", encoding="utf-8"):
    g = json.loads(line)
    if g["id"] not in pages:
        print("no page for", g["id"]); problems += 1; continue
    seen.add(g["id"]); text = pages[g["id"]]
    for e in g["entities"]:
        if e["type"] not in ("person", "organization"):
            print(g["id"], "bad type", e); problems += 1
        if len(set(e["surfaces"])) != len(e["surfaces"]):
            print(g["id"], "duplicate surface", e["surfaces"]); problems += 1
        for s in e["surfaces"]:
            if not s or s not in text:
                print(g["id"], "surface not in text:", repr(s)); problems += 1
for pid in pages:
    if pid not in seen:
        print("page without gold", pid); problems += 1
print(problems, "problems")
sys.exit(1 if problems else 0)
