"""Check gold.jsonl against pages.jsonl: every surface occurs verbatim (case-sensitive)
in title + "\n\n" + body, no entity lists a surface twice, ids/langs match, types valid."""
import json, sys, os
here = os.path.dirname(os.path.abspath(__file__))
pages = {}
for line in open(os.path.join(here, "pages.jsonl"), encoding="utf-8"):
    p = json.loads(line); pages[p["id"]] = p
problems = []
seen = set()
for line in open(os.path.join(here, "gold.jsonl"), encoding="utf-8"):
    g = json.loads(line)
    pid = g["id"]
    if pid in seen: problems.append(f"{pid}: duplicate gold line")
    seen.add(pid)
    if pid not in pages:
        problems.append(f"{pid}: no page"); continue
    p = pages[pid]
    if p["lang"] != g["lang"]: problems.append(f"{pid}: lang mismatch")
    text = p["title"] + "\n\n" + p["body"]
    paras = p["body"].split("\n\n")
    if not 4 <= len(paras) <= 8: problems.append(f"{pid}: {len(paras)} paragraphs")
    for e in g["entities"]:
        if e["type"] not in ("person", "organization"):
            problems.append(f"{pid}: bad type {e['type']}")
        if not e["surfaces"]: problems.append(f"{pid}: entity without surfaces")
        if len(set(e["surfaces"])) != len(e["surfaces"]):
            problems.append(f"{pid}: duplicate surface in {e['surfaces']}")
        for s in e["surfaces"]:
            if s != s.strip() or not s: problems.append(f"{pid}: untrimmed/empty surface {s!r}")
            if s not in text: problems.append(f"{pid}: surface not found: {s!r}")
missing = set(pages) - seen
for m in sorted(missing): problems.append(f"{m}: page without gold")
for pr in problems: print(pr)
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
