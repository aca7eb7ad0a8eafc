#!/usr/bin/env python3
"""Check gold.jsonl against pages.jsonl.

- every surface occurs verbatim (case-sensitive) in title + "\n\n" + body of its page
- no entity lists the same surface twice
- ids/langs match, types are valid, no empty entities
Prints each problem and the total; exit code 1 if any problem.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def main():
    pages = {p["id"]: p for p in load("pages.jsonl")}
    gold = load("gold.jsonl")
    problems = []
    seen = set()
    for g in gold:
        pid = g["id"]
        if pid in seen:
            problems.append("%s: duplicate gold line" % pid)
        seen.add(pid)
        if pid not in pages:
            problems.append("%s: no page" % pid)
            continue
        page = pages[pid]
        if page["lang"] != g["lang"]:
            problems.append("%s: lang mismatch" % pid)
        text = page["title"] + "\n\n" + page["body"]
        for i, e in enumerate(g["entities"]):
            if e.get("type") not in ("person", "organization"):
                problems.append("%s: entity %d bad type %r" % (pid, i, e.get("type")))
            surfs = e.get("surfaces") or []
            if not surfs:
                problems.append("%s: entity %d has no surfaces" % (pid, i))
            if len(surfs) != len(set(surfs)):
                problems.append("%s: entity %d lists a surface twice: %r" % (pid, i, surfs))
            for s in surfs:
                if not s or s != s.strip():
                    problems.append("%s: entity %d empty/padded surface %r" % (pid, i, s))
                if s not in text:
                    problems.append("%s: surface not in text: %r" % (pid, s))
    for pid in pages:
        if pid not in seen:
            problems.append("%s: page without gold line" % pid)
    for p in problems:
        print(p)
    print("%d problems" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
