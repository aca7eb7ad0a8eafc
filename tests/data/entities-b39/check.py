#!/usr/bin/env python3
"""Check gold.jsonl against pages.jsonl.

For every entity surface: it must occur verbatim (case-sensitive) in the page
text = title + "\n\n" + body.  No entity may list the same surface twice.
Also checks that ids match one-to-one, types are valid, surfaces are non-empty.
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
        gid = g["id"]
        if gid in seen:
            problems.append(f"{gid}: duplicate gold line")
        seen.add(gid)
        p = pages.get(gid)
        if p is None:
            problems.append(f"{gid}: no page"); continue
        if p.get("lang") != g.get("lang"):
            problems.append(f"{gid}: lang mismatch")
        text = p["title"] + "\n\n" + p["body"]
        for i, e in enumerate(g["entities"]):
            if e.get("type") not in ("person", "organization"):
                problems.append(f"{gid} entity {i}: bad type {e.get('type')!r}")
            surfs = e.get("surfaces") or []
            if not surfs:
                problems.append(f"{gid} entity {i}: no surfaces")
            if len(surfs) != len(set(surfs)):
                problems.append(f"{gid} entity {i}: duplicate surface in {surfs}")
            for s in surfs:
                if not s or s != s.strip():
                    problems.append(f"{gid} entity {i}: empty/padded surface {s!r}")
                elif s not in text:
                    problems.append(f"{gid} entity {i}: surface not in text: {s!r}")
    for pid in pages:
        if pid not in seen:
            problems.append(f"{pid}: page without gold line")
    for pr in problems:
        print(pr)
    print(f"{len(problems)} problems ({len(gold)} gold lines, {len(pages)} pages)")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
