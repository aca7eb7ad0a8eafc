"""Verify gold.jsonl against pages.jsonl: every surface occurs verbatim (case-sensitive) in
title + "\n\n" + body of its page, no entity lists a surface twice, ids/langs match, types valid."""
import json, sys
pages = {}
for l in open("pages.jsonl", encoding="utf-8"):
    p = json.loads(l); pages[p["id"]] = p
problems = 0
seen = set()
for l in open("gold.jsonl", encoding="utf-8"):
    g = json.loads(l)
    if g["id"] in seen:
        print("duplicate page id", g["id"]); problems += 1
    seen.add(g["id"])
    p = pages.get(g["id"])
    if p is None:
        print("no page for", g["id"]); problems += 1; continue
    if p["lang"] != g["lang"]:
        print("lang mismatch", g["id"]); problems += 1
    text = p["title"] + "\n\n" + p["body"]
    for e in g["entities"]:
        if e["type"] not in ("person", "organization"):
            print("bad type", g["id"], e); problems += 1
        if len(e["surfaces"]) != len(set(e["surfaces"])):
            print("duplicate surface", g["id"], e["surfaces"]); problems += 1
        if not e["surfaces"]:
            print("empty entity", g["id"]); problems += 1
        for s in e["surfaces"]:
            if s not in text:
                print("missing surface", g["id"], repr(s)); problems += 1
for pid in pages:
    if pid not in seen:
        print("page without gold", pid); problems += 1
print(problems, "problems")
sys.exit(1 if problems else 0)
