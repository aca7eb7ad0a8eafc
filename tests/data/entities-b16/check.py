"""Verify gold.jsonl against pages.jsonl: every surface occurs verbatim (case-sensitive)
in title + "\n\n" + body of its page, no entity lists a surface twice, ids/langs match."""
import json, sys
pages = {}
for line in open("pages.jsonl", encoding="utf-8"):
    p = json.loads(line)
    pages[p["id"]] = p
problems = 0
ids = set()
for line in open("gold.jsonl", encoding="utf-8"):
    g = json.loads(line)
    pid = g["id"]
    if pid in ids:
        print("duplicate gold id", pid); problems += 1
    ids.add(pid)
    if pid not in pages:
        print("no page for", pid); problems += 1; continue
    page = pages[pid]
    if page["lang"] != g["lang"]:
        print("lang mismatch", pid); problems += 1
    text = page["title"] + "\n\n" + page["body"]
    for e in g["entities"]:
        if e["type"] not in ("person", "organization"):
            print(pid, "bad type", e["type"]); problems += 1
        if not e["surfaces"]:
            print(pid, "entity without surfaces"); problems += 1
        if len(set(e["surfaces"])) != len(e["surfaces"]):
            print(pid, "surface listed twice", e["surfaces"]); problems += 1
        for s in e["surfaces"]:
            if s != s.strip() or not s:
                print(pid, "blank/padded surface", repr(s)); problems += 1
            if s not in text:
                print(pid, "surface not found:", repr(s)); problems += 1
for pid in pages:
    if pid not in ids:
        print("page without gold", pid); problems += 1
print(problems, "problems")
sys.exit(1 if problems else 0)
