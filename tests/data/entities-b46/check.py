"""Check gold set b46: every surface occurs verbatim (case-sensitive) in its page's
title + "\n\n" + body, and no entity lists the same surface twice. Prints problems; exit 1 if any."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
pages = {}
for line in open(os.path.join(HERE, "pages.jsonl"), encoding="utf-8"):
    p = json.loads(line)
    pages[p["id"]] = p
problems = []
n_ent = n_sur = 0
gold_ids = []
for line in open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8"):
    g = json.loads(line)
    gold_ids.append(g["id"])
    if g["id"] not in pages:
        problems.append(f"{g['id']}: no such page"); continue
    page = pages[g["id"]]
    if g["lang"] != page["lang"]:
        problems.append(f"{g['id']}: lang mismatch")
    text = page["title"] + "\n\n" + page["body"]
    for i, e in enumerate(g["entities"]):
        n_ent += 1
        if e["type"] not in ("person", "organization"):
            problems.append(f"{g['id']} entity {i}: bad type {e['type']!r}")
        if not e["surfaces"]:
            problems.append(f"{g['id']} entity {i}: no surfaces")
        seen = set()
        for s in e["surfaces"]:
            n_sur += 1
            if s in seen:
                problems.append(f"{g['id']} entity {i}: duplicate surface {s!r}")
            seen.add(s)
            if s not in text:
                problems.append(f"{g['id']} entity {i}: surface not in text {s!r}")
missing = set(pages) - set(gold_ids)
for m in sorted(missing):
    problems.append(f"{m}: page has no gold line")
if len(gold_ids) != len(set(gold_ids)):
    problems.append("duplicate gold ids")
for p in problems:
    print(p)
print(f"{len(pages)} pages, {n_ent} entities, {n_sur} surfaces, {len(problems)} problems")
sys.exit(1 if problems else 0)
