"""Verify gold.jsonl against pages.jsonl.

Checks: every page has gold and vice versa; ids/langs agree; entity types are person|organization;
every surface occurs verbatim (case-sensitive) in title + "\n\n" + body; no entity lists a surface twice;
no empty surfaces. Prints problems and exits 1 if any.
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
            problems.append("%s: no page" % pid); continue
        page = pages[pid]
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
                    problems.append("%s: entity %d empty/padded surface %r" % (pid, i, s))
                elif s not in text:
                    problems.append("%s: surface %r not found in page text" % (pid, s))
    for pid in pages:
        if pid not in seen:
            problems.append("%s: page without gold" % pid)
    for p in problems:
        print(p)
    print("%d pages, %d problems" % (len(pages), len(problems)))
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
