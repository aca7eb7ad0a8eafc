"""Checks gold.jsonl against pages.jsonl: every surface occurs verbatim (case-sensitive) in
title + "\n\n" + body of its page; no entity lists a surface twice; ids/langs/types are valid."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
pages = {}
for line in open(os.path.join(HERE, "pages.jsonl"), encoding="utf-8"):
    p = json.loads(line)
    pages[p["id"]] = p
problems = []
seen = set()
for line in open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8"):
    g = json.loads(line)
    gid = g["id"]
    if gid in seen:
        problems.append(f"{gid}: duplicate gold line")
    seen.add(gid)
    if gid not in pages:
        problems.append(f"{gid}: no page")
        continue
    page = pages[gid]
    if page["lang"] != g["lang"]:
        problems.append(f"{gid}: lang mismatch")
    n_par = len(page["body"].split("\n\n"))
    if not 4 <= n_par <= 8:
        problems.append(f"{gid}: {n_par} paragraphs")
    text = page["title"] + "\n\n" + page["body"]
    owner = {}
    for i, e in enumerate(g["entities"]):
        for s in set(e["surfaces"]):
            if s in owner:
                problems.append(f"{gid}: surface {s!r} listed by entities {owner[s]} and {i}")
            owner[s] = i
        if e["type"] not in ("person", "organization"):
            problems.append(f"{gid}: entity {i} bad type {e['type']!r}")
        if not e["surfaces"]:
            problems.append(f"{gid}: entity {i} has no surfaces")
        if len(set(e["surfaces"])) != len(e["surfaces"]):
            problems.append(f"{gid}: entity {i} lists a surface twice: {e['surfaces']}")
        for s in e["surfaces"]:
            if not s or s != s.strip():
                problems.append(f"{gid}: entity {i} empty/padded surface {s!r}")
            if s not in text:
                problems.append(f"{gid}: surface not found verbatim: {s!r}")
missing = set(pages) - seen
for m in sorted(missing):
    problems.append(f"{m}: page without gold line")
for p in problems:
    print(p)
print(f"{len(problems)} problems ({len(pages)} pages, {len(seen)} gold lines)")
sys.exit(1 if problems else 0)
