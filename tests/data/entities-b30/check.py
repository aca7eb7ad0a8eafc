"""Check gold.jsonl against pages.jsonl:
 - every surface occurs verbatim (case-sensitive) in title + "\n\n" + body of its page
 - no entity lists the same surface twice
Prints problems and exits non-zero if any."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
pages = {}
for line in open(os.path.join(HERE, "pages.jsonl"), encoding="utf-8"):
    r = json.loads(line); pages[r["id"]] = r["title"] + "\n\n" + r["body"]
problems = []
n_ent = n_surf = 0
for line in open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8"):
    g = json.loads(line)
    if g["id"] not in pages:
        problems.append(f"{g['id']}: no page"); continue
    text = pages[g["id"]]
    for e in g["entities"]:
        n_ent += 1
        if e["type"] not in ("person", "organization"):
            problems.append(f"{g['id']}: bad type {e['type']}")
        seen = set()
        for s in e["surfaces"]:
            n_surf += 1
            if s in seen:
                problems.append(f"{g['id']}: duplicate surface {s!r}")
            seen.add(s)
            if s not in text:
                problems.append(f"{g['id']}: surface not in text {s!r}")
for p in problems: print(p)
print(f"{len(pages)} pages, {n_ent} entities, {n_surf} surfaces, {len(problems)} problems")
sys.exit(1 if problems else 0)
