"""Check gold.jsonl against pages.jsonl: every surface occurs verbatim (case-sensitive) in
title + "\n\n" + body of its page, no entity lists a surface twice, types valid, ids aligned."""
import json, sys
pages = {}
for line in open("pages.jsonl", encoding="utf-8"):
    p = json.loads(line); pages[p["id"]] = p
problems = []
ids = []
for line in open("gold.jsonl", encoding="utf-8"):
    g = json.loads(line); ids.append(g["id"])
    p = pages.get(g["id"])
    if p is None:
        problems.append(f"{g['id']}: no page"); continue
    if p["lang"] != g["lang"]:
        problems.append(f"{g['id']}: lang mismatch")
    text = p["title"] + "\n\n" + p["body"]
    for i, e in enumerate(g["entities"]):
        if e["type"] not in ("person", "organization"):
            problems.append(f"{g['id']} entity {i}: bad type {e['type']}")
        if not e["surfaces"]:
            problems.append(f"{g['id']} entity {i}: no surfaces")
        if len(set(e["surfaces"])) != len(e["surfaces"]):
            problems.append(f"{g['id']} entity {i}: duplicate surface in {e['surfaces']}")
        for s in e["surfaces"]:
            if s not in text:
                problems.append(f"{g['id']} entity {i}: surface not in text: {s!r}")
if sorted(ids) != sorted(pages):
    problems.append("page ids and gold ids differ")
if len(ids) != len(set(ids)):
    problems.append("duplicate gold ids")
for pr in problems: print(pr)
print(f"{len(problems)} problems ({len(pages)} pages, {len(ids)} gold lines)")
sys.exit(1 if problems else 0)
