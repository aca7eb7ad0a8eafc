"""Check gold.jsonl against pages.jsonl.

For every page: every surface of every entity must occur verbatim (case-sensitive)
in title + "\n\n" + body, and no entity may list the same surface twice.
Also checks ids/langs match, entity types are valid and surfaces are non-empty.
Prints each problem and the total; exit code 1 if any problem.
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))

def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

pages = {p["id"]: p for p in load("pages.jsonl")}
gold = load("gold.jsonl")
problems = []
if len(gold) != len(pages):
    problems.append("gold has %d lines, pages has %d" % (len(gold), len(pages)))
seen = set()
for g in gold:
    pid = g["id"]
    if pid in seen:
        problems.append("%s: duplicate gold line" % pid)
    seen.add(pid)
    page = pages.get(pid)
    if page is None:
        problems.append("%s: no such page" % pid); continue
    if page["lang"] != g["lang"]:
        problems.append("%s: lang mismatch" % pid)
    text = page["title"] + "\n\n" + page["body"]
    for i, e in enumerate(g["entities"]):
        if e["type"] not in ("person", "organization"):
            problems.append("%s: entity %d bad type %r" % (pid, i, e["type"]))
        if not e["surfaces"]:
            problems.append("%s: entity %d has no surfaces" % (pid, i))
        if len(set(e["surfaces"])) != len(e["surfaces"]):
            problems.append("%s: entity %d %r lists a surface twice" % (pid, i, e["surfaces"]))
        for s in e["surfaces"]:
            if not s or s != s.strip():
                problems.append("%s: empty/padded surface %r" % (pid, s))
            if s not in text:
                problems.append("%s: surface %r not found in page text" % (pid, s))
for pid in pages:
    if pid not in seen:
        problems.append("%s: page without gold line" % pid)
for p in problems:
    print(p)
print("%d problems" % len(problems))
sys.exit(1 if problems else 0)
