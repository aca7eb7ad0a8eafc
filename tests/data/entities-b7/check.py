"""Verify gold.jsonl against pages.jsonl.
Checks: ids match one-to-one; every surface occurs verbatim (case-sensitive) in title + "\n\n" + body;
no entity lists a surface twice; types are person/organization; no surface is empty."""
import json, sys
pages = {}
for line in open("pages.jsonl", encoding="utf-8"):
    p = json.loads(line); pages[p["id"]] = p
problems = []
seen = set()
for line in open("gold.jsonl", encoding="utf-8"):
    g = json.loads(line)
    pid = g["id"]
    if pid in seen: problems.append(f"{pid}: duplicate gold line")
    seen.add(pid)
    if pid not in pages:
        problems.append(f"{pid}: no page"); continue
    page = pages[pid]
    if page["lang"] != g["lang"]: problems.append(f"{pid}: lang mismatch")
    text = page["title"] + "\n\n" + page["body"]
    for i, e in enumerate(g["entities"]):
        if e.get("type") not in ("person", "organization"):
            problems.append(f"{pid} entity {i}: bad type {e.get('type')!r}")
        surfs = e.get("surfaces") or []
        if not surfs: problems.append(f"{pid} entity {i}: no surfaces")
        if len(surfs) != len(set(surfs)):
            problems.append(f"{pid} entity {i}: duplicate surface in {surfs}")
        for s in surfs:
            if not s.strip(): problems.append(f"{pid} entity {i}: empty surface")
            elif s not in text: problems.append(f"{pid} entity {i}: surface not in text: {s!r}")
for pid in pages:
    if pid not in seen: problems.append(f"{pid}: page without gold line")
for p in problems: print(p)
print(f"{len(problems)} problems ({len(pages)} pages, {len(seen)} gold lines)")
sys.exit(1 if problems else 0)
