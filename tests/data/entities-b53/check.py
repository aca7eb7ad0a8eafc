"""Verify gold.jsonl against pages.jsonl: every surface occurs verbatim (case-sensitive) in
title + "\n\n" + body, no entity lists a surface twice, types are valid, ids line up."""
import json, sys
pages = {}
for line in open("pages.jsonl", encoding="utf-8"):
    p = json.loads(line); pages[p["id"]] = p
problems = 0
seen = set()
for line in open("gold.jsonl", encoding="utf-8"):
    g = json.loads(line)
    pid = g["id"]
    if pid in seen:
        print("duplicate gold id", pid); problems += 1
    seen.add(pid)
    if pid not in pages:
        print("gold id without page", pid); problems += 1; continue
    p = pages[pid]
    if p["lang"] != g["lang"]:
        print(pid, "lang mismatch"); problems += 1
    text = p["title"] + "\n\n" + p["body"]
    for e in g["entities"]:
        if e["type"] not in ("person", "organization"):
            print(pid, "bad type", e); problems += 1
        if not e["surfaces"]:
            print(pid, "empty surfaces", e); problems += 1
        if len(set(e["surfaces"])) != len(e["surfaces"]):
            print(pid, "duplicate surface in entity", e["surfaces"]); problems += 1
        for s in e["surfaces"]:
            if s not in text:
                print(pid, "surface not found:", repr(s)); problems += 1
for pid in pages:
    if pid not in seen:
        print("page without gold", pid); problems += 1
print(f"{len(pages)} pages, {problems} problems")
sys.exit(1 if problems else 0)
