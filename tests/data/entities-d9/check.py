#!/usr/bin/env python3
"""Check gold.jsonl against pages.jsonl: every surface occurs verbatim (case-sensitive)
in title + "\n\n" + body of its page; no entity lists a surface twice; ids/langs/types valid."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
pages = {}
for line in open(os.path.join(here, "pages.jsonl"), encoding="utf-8"):
    p = json.loads(line)
    pages[p["id"]] = p
problems = 0
def bad(msg):
    global problems
    problems += 1
    print("PROBLEM:", msg)
seen = set()
for line in open(os.path.join(here, "gold.jsonl"), encoding="utf-8"):
    g = json.loads(line)
    pid = g["id"]
    if pid in seen:
        bad(f"{pid}: duplicate gold line")
    seen.add(pid)
    if pid not in pages:
        bad(f"{pid}: no page"); continue
    page = pages[pid]
    if g["lang"] != page["lang"]:
        bad(f"{pid}: lang mismatch")
    text = page["title"] + "\n\n" + page["body"]
    for e in g["entities"]:
        if e["type"] not in ("person", "organization"):
            bad(f"{pid}: bad type {e['type']}")
        if not e["surfaces"]:
            bad(f"{pid}: entity without surfaces")
        if len(set(e["surfaces"])) != len(e["surfaces"]):
            bad(f"{pid}: surface listed twice in {e['surfaces']}")
        for s in e["surfaces"]:
            if s != s.strip() or not s:
                bad(f"{pid}: surface with stray whitespace {s!r}")
            if s not in text:
                bad(f"{pid}: surface not in text: {s!r}")
for pid in pages:
    if pid not in seen:
        bad(f"{pid}: page without gold line")
print(f"{len(pages)} pages, {problems} problems")
sys.exit(1 if problems else 0)
