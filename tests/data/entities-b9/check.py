"""Check gold.jsonl against pages.jsonl: every surface occurs verbatim (case-sensitive) in
title + "\n\n" + body of its page, and no entity lists a surface twice. Prints problems; exit 1 if any."""
import json, sys, os
here = os.path.dirname(os.path.abspath(__file__))
pages = {}
problems = []
for line in open(os.path.join(here, "pages.jsonl"), encoding="utf-8"):
    p = json.loads(line)
    if p["id"] in pages: problems.append(f"duplicate page id {p['id']}")
    pages[p["id"]] = p
seen = set()
for n, line in enumerate(open(os.path.join(here, "gold.jsonl"), encoding="utf-8"), 1):
    g = json.loads(line)
    pid = g["id"]
    if pid in seen: problems.append(f"duplicate gold id {pid}")
    seen.add(pid)
    if pid not in pages:
        problems.append(f"gold line {n}: unknown page {pid}"); continue
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
            if not s or s != s.strip(): problems.append(f"{pid} entity {i}: empty/padded surface {s!r}")
            if s not in text: problems.append(f"{pid} entity {i}: surface {s!r} not in page text")
missing = set(pages) - seen
for m in sorted(missing): problems.append(f"page {m} has no gold line")
for p in problems: print(p)
print(f"{len(pages)} pages, {len(seen)} gold lines, {len(problems)} problems")
sys.exit(1 if problems else 0)
