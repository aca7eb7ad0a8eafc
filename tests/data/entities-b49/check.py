#!/usr/bin/env python3
"""Check gold.jsonl against pages.jsonl.

For every page: every surface of every entity must occur verbatim (case-sensitive)
in title + "\\n\\n" + body, and no entity may list the same surface twice.
Also checks basic structure (ids match, types valid, no empty surface lists).
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
    if set(pages) != {g["id"] for g in gold}:
        problems.append("page ids and gold ids differ: %s" % sorted(set(pages) ^ {g["id"] for g in gold}))
    for g in gold:
        p = pages.get(g["id"])
        if p is None:
            continue
        if p["lang"] != g["lang"]:
            problems.append("%s: lang mismatch" % g["id"])
        text = p["title"] + "\n\n" + p["body"]
        for i, e in enumerate(g["entities"]):
            if e["type"] not in ("person", "organization"):
                problems.append("%s entity %d: bad type %r" % (g["id"], i, e["type"]))
            if not e["surfaces"]:
                problems.append("%s entity %d: no surfaces" % (g["id"], i))
            seen = set()
            for s in e["surfaces"]:
                if s in seen:
                    problems.append("%s entity %d: duplicate surface %r" % (g["id"], i, s))
                seen.add(s)
                if s not in text:
                    problems.append("%s entity %d: surface not in text %r" % (g["id"], i, s))
    for pr in problems:
        print(pr)
    print("%d problems" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
