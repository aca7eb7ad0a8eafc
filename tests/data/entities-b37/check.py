#!/usr/bin/env python3
"""Check gold.jsonl against pages.jsonl.

- every surface occurs verbatim (case-sensitive) in title + "\n\n" + body of its page
- no entity lists the same surface twice
- no surface is shared by two entities of the same page (warning-level, counted as problem)
- ids/langs match, types valid, paragraph count 4-8, expected page ids present
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
pages = {}
for line in open(os.path.join(HERE, "pages.jsonl"), encoding="utf-8"):
    p = json.loads(line); pages[p["id"]] = p
problems = []
expected = ([f"own/ko-{i:02d}" for i in range(1, 9)] + [f"own/ja-{i:02d}" for i in range(1, 8)]
            + [f"own/zh-{i:02d}" for i in range(1, 8)] + [f"own/en-{i:02d}" for i in range(1, 8)]
            + [f"own/de-{i:02d}" for i in range(1, 8)])
seen = set()
for line in open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8"):
    g = json.loads(line)
    pid = g["id"]; seen.add(pid)
    if pid not in pages:
        problems.append(f"{pid}: no page"); continue
    p = pages[pid]
    if p["lang"] != g["lang"]:
        problems.append(f"{pid}: lang mismatch")
    n = len(p["body"].split("\n\n"))
    if not 4 <= n <= 8:
        problems.append(f"{pid}: {n} paragraphs")
    text = p["title"] + "\n\n" + p["body"]
    owner = {}
    for e in g["entities"]:
        if e["type"] not in ("person", "organization"):
            problems.append(f"{pid}: bad type {e['type']}")
        if len(set(e["surfaces"])) != len(e["surfaces"]):
            problems.append(f"{pid}: duplicate surface in {e['surfaces']}")
        for s in e["surfaces"]:
            if not s or s != s.strip():
                problems.append(f"{pid}: empty/padded surface {s!r}")
            if s not in text:
                problems.append(f"{pid}: surface not in text: {s!r}")
            if s in owner and owner[s] is not e:
                problems.append(f"{pid}: surface {s!r} used by two entities")
            owner[s] = e
for pid in expected:
    if pid not in seen:
        problems.append(f"{pid}: missing from gold")
for pr in problems:
    print(pr)
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
