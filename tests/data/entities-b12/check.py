"""Checks gold.jsonl against pages.jsonl.
- every surface occurs verbatim (case-sensitive) in title + "\n\n" + body
- no entity lists a surface twice
- type is person|organization, ids match, surfaces non-empty
Also warns (not counted as problems) when the same surface is listed under two entities of one page."""
import json, sys
pages = {}
for line in open("pages.jsonl", encoding="utf-8"):
    r = json.loads(line); pages[r["id"]] = r
problems = 0; warnings = 0
gold_ids = []
for line in open("gold.jsonl", encoding="utf-8"):
    g = json.loads(line); gold_ids.append(g["id"])
    p = pages.get(g["id"])
    if p is None:
        print("PROBLEM no page for", g["id"]); problems += 1; continue
    if p["lang"] != g["lang"]:
        print("PROBLEM lang mismatch", g["id"]); problems += 1
    text = p["title"] + "\n\n" + p["body"]
    seen = {}
    for i, e in enumerate(g["entities"]):
        if e["type"] not in ("person", "organization"):
            print("PROBLEM bad type", g["id"], e); problems += 1
        if not e["surfaces"]:
            print("PROBLEM empty surfaces", g["id"], e); problems += 1
        if len(set(e["surfaces"])) != len(e["surfaces"]):
            print("PROBLEM duplicate surface", g["id"], e["surfaces"]); problems += 1
        for s in e["surfaces"]:
            if not s or s != s.strip():
                print("PROBLEM empty/untrimmed surface", g["id"], repr(s)); problems += 1
            if s not in text:
                print("PROBLEM surface not in text", g["id"], repr(s)); problems += 1
            if s in seen and seen[s] != i:
                print("warning: surface under two entities", g["id"], repr(s)); warnings += 1
            seen[s] = i
missing = set(pages) - set(gold_ids)
for m in sorted(missing):
    print("PROBLEM page without gold", m); problems += 1
print(f"{problems} problems, {warnings} warnings, {len(gold_ids)} gold pages, {len(pages)} pages")
sys.exit(1 if problems else 0)
