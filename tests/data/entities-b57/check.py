"""Check gold.jsonl against pages.jsonl.

For every page: every surface of every entity must occur verbatim (case-sensitive) in
title + "\n\n" + body, and no entity may list the same surface twice. Also checks that
ids/langs line up and that types are "person" or "organization".
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
pages = {}
for line in open(os.path.join(HERE, "pages.jsonl"), encoding="utf-8"):
    p = json.loads(line)
    pages[p["id"]] = p
problems = []
seen_ids = set()
for n, line in enumerate(open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8"), 1):
    g = json.loads(line)
    pid = g["id"]
    if pid in seen_ids:
        problems.append(f"line {n}: duplicate id {pid}")
    seen_ids.add(pid)
    if pid not in pages:
        problems.append(f"line {n}: no page {pid}")
        continue
    page = pages[pid]
    if page["lang"] != g["lang"]:
        problems.append(f"{pid}: lang mismatch")
    text = page["title"] + "\n\n" + page["body"]
    for i, e in enumerate(g["entities"]):
        if e["type"] not in ("person", "organization"):
            problems.append(f"{pid} entity {i}: bad type {e['type']!r}")
        if not e["surfaces"]:
            problems.append(f"{pid} entity {i}: no surfaces")
        if len(set(e["surfaces"])) != len(e["surfaces"]):
            problems.append(f"{pid} entity {i}: duplicate surface in {e['surfaces']}")
        for s in e["surfaces"]:
            if s not in text:
                problems.append(f"{pid} entity {i}: surface not in text: {s!r}")
missing = set(pages) - seen_ids
for m in sorted(missing):
    problems.append(f"page without gold line: {m}")
for p in problems:
    print(p)
print(f"{len(pages)} pages, {len(seen_ids)} gold lines, {len(problems)} problems")
sys.exit(1 if problems else 0)
