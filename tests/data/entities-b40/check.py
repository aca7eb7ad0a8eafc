"""Check gold.jsonl against pages.jsonl: every surface occurs verbatim (case-sensitive)
in title + "\n\n" + body; no entity lists a surface twice; ids/langs match; paragraph counts 4-8."""
import json, os, sys
d = os.path.dirname(os.path.abspath(__file__))
pages = {}
for line in open(os.path.join(d, "pages.jsonl"), encoding="utf-8"):
    r = json.loads(line); pages[r["id"]] = r
problems = []
seen = set()
for line in open(os.path.join(d, "gold.jsonl"), encoding="utf-8"):
    g = json.loads(line)
    pid = g["id"]
    if pid in seen: problems.append(f"{pid}: duplicate gold line")
    seen.add(pid)
    p = pages.get(pid)
    if p is None:
        problems.append(f"{pid}: no page"); continue
    if p["lang"] != g["lang"]: problems.append(f"{pid}: lang mismatch")
    n = len(p["body"].split("\n\n"))
    if not 4 <= n <= 8: problems.append(f"{pid}: {n} paragraphs")
    text = p["title"] + "\n\n" + p["body"]
    for i, e in enumerate(g["entities"]):
        if e["type"] not in ("person", "organization"): problems.append(f"{pid}#{i}: bad type {e['type']}")
        if not e["surfaces"]: problems.append(f"{pid}#{i}: no surfaces")
        if len(set(e["surfaces"])) != len(e["surfaces"]): problems.append(f"{pid}#{i}: duplicate surface {e['surfaces']}")
        for s in e["surfaces"]:
            if s != s.strip() or not s: problems.append(f"{pid}#{i}: whitespace/empty surface {s!r}")
            if s not in text: problems.append(f"{pid}#{i}: surface not in text: {s!r}")
for pid in pages:
    if pid not in seen: problems.append(f"{pid}: no gold line")
for pr in problems: print(pr)
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
