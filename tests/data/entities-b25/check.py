"""Verify gold.jsonl against pages.jsonl:
- every surface occurs verbatim (case-sensitive) in title + "\n\n" + body of its page
- no entity lists the same surface twice
- types are person/organization, ids and langs match, every page has gold
Also reports paragraph counts outside 4-8. Prints the number of problems."""
import json
from pathlib import Path
HERE = Path(__file__).parent
pages = {}
for line in open(HERE / "pages.jsonl", encoding="utf-8"):
    p = json.loads(line); pages[p["id"]] = p
problems = []
gold_ids = set()
for line in open(HERE / "gold.jsonl", encoding="utf-8"):
    g = json.loads(line)
    gid = g["id"]; gold_ids.add(gid)
    if gid not in pages:
        problems.append(f"{gid}: no page"); continue
    p = pages[gid]
    if p["lang"] != g["lang"]:
        problems.append(f"{gid}: lang mismatch")
    text = p["title"] + "\n\n" + p["body"]
    for i, e in enumerate(g["entities"]):
        if e["type"] not in ("person", "organization"):
            problems.append(f"{gid} entity {i}: bad type {e['type']}")
        if not e["surfaces"]:
            problems.append(f"{gid} entity {i}: no surfaces")
        if len(set(e["surfaces"])) != len(e["surfaces"]):
            problems.append(f"{gid} entity {i}: duplicate surface in {e['surfaces']}")
        for s in e["surfaces"]:
            if s != s.strip() or not s:
                problems.append(f"{gid} entity {i}: surface with outer whitespace {s!r}")
            if s not in text:
                problems.append(f"{gid} entity {i}: surface not in text {s!r}")
    n = len(p["body"].split("\n\n"))
    if not 4 <= n <= 8:
        problems.append(f"{gid}: {n} paragraphs (want 4-8)")
for pid in pages:
    if pid not in gold_ids:
        problems.append(f"{pid}: no gold line")
for pr in problems:
    print(pr)
print(f"{len(problems)} problems")
