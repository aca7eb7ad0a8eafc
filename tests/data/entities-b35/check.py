#!/usr/bin/env python3
"""Gold-set checks for entities-b35.

- every surface occurs verbatim (case-sensitive) in its page text = title + "\n\n" + body
- no entity lists a surface twice
- ids/langs of gold.jsonl and pages.jsonl match one-to-one; types are person|organization
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
            problems.append(f"{pid}: duplicate gold line")
        seen.add(pid)
        page = pages.get(pid)
        if page is None:
            problems.append(f"{pid}: no page in pages.jsonl"); continue
        if page["lang"] != g["lang"]:
            problems.append(f"{pid}: lang mismatch {page['lang']} vs {g['lang']}")
        text = page["title"] + "\n\n" + page["body"]
        for i, e in enumerate(g["entities"]):
            if e.get("type") not in ("person", "organization"):
                problems.append(f"{pid}: entity {i} bad type {e.get('type')!r}")
            surfs = e.get("surfaces") or []
            if not surfs:
                problems.append(f"{pid}: entity {i} has no surfaces")
            if len(surfs) != len(set(surfs)):
                problems.append(f"{pid}: entity {i} lists a surface twice: {surfs}")
            for s in surfs:
                if not s or s != s.strip():
                    problems.append(f"{pid}: entity {i} empty/padded surface {s!r}")
                elif s not in text:
                    problems.append(f"{pid}: surface not in text: {s!r}")
    for pid in pages:
        if pid not in seen:
            problems.append(f"{pid}: page has no gold line")
    for p in problems:
        print(p)
    print(f"{len(problems)} problems ({len(gold)} pages, "
          f"{sum(len(g['entities']) for g in gold)} entities, "
          f"{sum(len(e['surfaces']) for g in gold for e in g['entities'])} surfaces)")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
