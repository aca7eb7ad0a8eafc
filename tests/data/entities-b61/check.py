"""Check gold.jsonl against pages.jsonl.
- every surface occurs verbatim (case-sensitive) in title + "\n\n" + body of its page
- no entity lists the same surface twice
- types are person/organization, ids match, every page has gold
Prints problems and a count; exit code 1 if any problem."""
import json, os, sys
D = os.path.dirname(os.path.abspath(__file__))
def load(name):
    with open(os.path.join(D, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]
pages = {p["id"]: p for p in load("pages.jsonl")}
gold = load("gold.jsonl")
problems = []
seen = set()
for g in gold:
    pid = g["id"]
    if pid in seen:
        problems.append(f"{pid}: duplicate gold line")
    seen.add(pid)
    if pid not in pages:
        problems.append(f"{pid}: no page"); continue
    p = pages[pid]
    if p["lang"] != g["lang"]:
        problems.append(f"{pid}: lang mismatch")
    text = p["title"] + "\n\n" + p["body"]
    for i, e in enumerate(g["entities"]):
        if e["type"] not in ("person", "organization"):
            problems.append(f"{pid} entity {i}: bad type {e['type']!r}")
        if not e["surfaces"]:
            problems.append(f"{pid} entity {i}: no surfaces")
        if len(set(e["surfaces"])) != len(e["surfaces"]):
            problems.append(f"{pid} entity {i}: surface listed twice {e['surfaces']}")
        for s in e["surfaces"]:
            if s != s.strip() or not s:
                problems.append(f"{pid} entity {i}: whitespace/empty surface {s!r}")
            if s not in text:
                problems.append(f"{pid} entity {i}: surface not in text {s!r}")
for pid in pages:
    if pid not in seen:
        problems.append(f"{pid}: page without gold")
for pr in problems:
    print(pr)
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
