"""Check gold.jsonl against pages.jsonl.

For every entity surface: it must occur verbatim (case-sensitive) in the page
text = title + "\n\n" + body. No entity may list the same surface twice.
Also checks basic structure (ids match, types valid, lang matches id).
Prints each problem and the total; exit code 1 if problems > 0.
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
        if pid not in pages:
            problems.append(f"{pid}: no page")
            continue
        p = pages[pid]
        if g["lang"] != p["lang"] or not pid.startswith(f"own/{p['lang']}-"):
            problems.append(f"{pid}: lang mismatch")
        text = p["title"] + "\n\n" + p["body"]
        for i, e in enumerate(g["entities"]):
            if e.get("type") not in ("person", "organization"):
                problems.append(f"{pid} entity {i}: bad type {e.get('type')!r}")
            surfs = e.get("surfaces") or []
            if not surfs:
                problems.append(f"{pid} entity {i}: no surfaces")
            if len(surfs) != len(set(surfs)):
                problems.append(f"{pid} entity {i}: duplicate surface in {surfs}")
            for s in surfs:
                if s not in text:
                    problems.append(f"{pid} entity {i}: surface not in text: {s!r}")
    for pid in pages:
        if pid not in seen:
            problems.append(f"{pid}: page without gold line")
    for pr in problems:
        print(pr)
    print(f"{len(pages)} pages, {sum(len(g['entities']) for g in gold)} entities, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
