"""Check gold.jsonl against pages.jsonl.
- every surface occurs verbatim (case-sensitive) in title + "\n\n" + body of its page
- no entity lists the same surface twice
- no surface is given to two different entities of the same page
- ids/langs match, types are valid, bodies have 4-8 paragraphs
Prints every problem and the total; exit code 1 if any."""
import json, pathlib, sys
ROOT = pathlib.Path(__file__).parent
pages = [json.loads(l) for l in open(ROOT / "pages.jsonl", encoding="utf-8")]
gold = [json.loads(l) for l in open(ROOT / "gold.jsonl", encoding="utf-8")]
problems = []
pmap = {p["id"]: p for p in pages}
if len(pmap) != len(pages): problems.append("duplicate page ids")
if [p["id"] for p in pages] != [g["id"] for g in gold]: problems.append("page/gold id order differs")
for g in gold:
    p = pmap.get(g["id"])
    if p is None:
        problems.append(f"{g['id']}: no page"); continue
    if p["lang"] != g["lang"]: problems.append(f"{g['id']}: lang mismatch")
    text = p["title"] + "\n\n" + p["body"]
    n = len(p["body"].split("\n\n"))
    if not 4 <= n <= 8: problems.append(f"{g['id']}: {n} paragraphs")
    owner = {}
    for i, e in enumerate(g["entities"]):
        if e["type"] not in ("person", "organization"):
            problems.append(f"{g['id']}: bad type {e['type']!r}")
        if not e["surfaces"]: problems.append(f"{g['id']}: entity {i} has no surfaces")
        if len(set(e["surfaces"])) != len(e["surfaces"]):
            problems.append(f"{g['id']}: entity {e['surfaces'][0]!r} lists a surface twice")
        for s in e["surfaces"]:
            if s != s.strip() or not s: problems.append(f"{g['id']}: bad surface {s!r}")
            if s not in text: problems.append(f"{g['id']}: surface not in text: {s!r}")
            if s in owner and owner[s] != i:
                problems.append(f"{g['id']}: surface {s!r} given to two entities")
            owner[s] = i
print(f"{len(problems)} problems")
for x in problems: print("  " + x)
sys.exit(1 if problems else 0)
