"""Check gold.jsonl against pages.jsonl.

- every surface occurs verbatim (case-sensitive) in title + "\n\n" + body of its page
- no entity lists the same surface twice
- plus sanity: ids/langs match, types valid, no empty surfaces, same surface not
  given to two different entities on one page
Prints the problems and their count; exit code 1 if any.
"""
import json, pathlib, sys

HERE = pathlib.Path(__file__).parent
pages = {}
for line in open(HERE / "pages.jsonl", encoding="utf-8"):
    d = json.loads(line)
    pages[d["id"]] = d
problems = []
seen = set()
for line in open(HERE / "gold.jsonl", encoding="utf-8"):
    g = json.loads(line)
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
    owner = {}
    for i, e in enumerate(g["entities"]):
        if e["type"] not in ("person", "organization"):
            problems.append(f"{pid}: bad type {e['type']!r}")
        if not e["surfaces"]:
            problems.append(f"{pid}: entity {i} has no surfaces")
        if len(e["surfaces"]) != len(set(e["surfaces"])):
            problems.append(f"{pid}: entity {e['surfaces'][0]!r} lists a surface twice")
        for s in e["surfaces"]:
            if not s or s != s.strip():
                problems.append(f"{pid}: empty/padded surface {s!r}")
            if s not in text:
                problems.append(f"{pid}: surface not in text: {s!r}")
            if s in owner and owner[s] != i:
                problems.append(f"{pid}: surface {s!r} given to two entities")
            owner[s] = i
for pid in pages:
    if pid not in seen:
        problems.append(f"{pid}: page without gold line")
for pr in problems:
    print(pr)
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
