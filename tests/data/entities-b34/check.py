"""Check gold.jsonl against pages.jsonl: every surface occurs verbatim (case-sensitive)
in title + "\n\n" + body, no entity lists a surface twice, ids/langs/types are consistent."""
import json, pathlib, sys
HERE = pathlib.Path(__file__).parent
pages = {}
for line in open(HERE / "pages.jsonl", encoding="utf-8"):
    p = json.loads(line); pages[p["id"]] = p
problems = []
n_pages = 0
for line in open(HERE / "gold.jsonl", encoding="utf-8"):
    g = json.loads(line); n_pages += 1
    p = pages.get(g["id"])
    if p is None:
        problems.append(f"{g['id']}: no page"); continue
    if p["lang"] != g["lang"]:
        problems.append(f"{g['id']}: lang mismatch")
    text = p["title"] + "\n\n" + p["body"]
    n_par = len(p["body"].split("\n\n"))
    if not 4 <= n_par <= 8:
        problems.append(f"{g['id']}: {n_par} paragraphs")
    for e in g["entities"]:
        if e["type"] not in ("person", "organization"):
            problems.append(f"{g['id']}: bad type {e['type']}")
        if len(set(e["surfaces"])) != len(e["surfaces"]):
            problems.append(f"{g['id']}: duplicate surface in {e['surfaces']}")
        for s in e["surfaces"]:
            if not s or s not in text:
                problems.append(f"{g['id']}: surface not found: {s!r}")
    # every surface must also occur at least once outside the longer surfaces of
    # *other* entities (otherwise it was only seen as part of another name)
    others = [(s, i) for i, e in enumerate(g["entities"]) for s in e["surfaces"]]
    for i, e in enumerate(g["entities"]):
        for s in e["surfaces"]:
            masked = text
            for o, j in sorted(others, key=lambda x: -len(x[0])):
                if j != i and s in o and o != s:
                    masked = masked.replace(o, "\0")
            if s not in masked:
                problems.append(f"{g['id']}: surface only inside another entity's name: {s!r}")
if n_pages != len(pages):
    problems.append(f"gold has {n_pages} pages, pages.jsonl has {len(pages)}")
for pr in problems:
    print(pr)
print(f"{len(problems)} problems ({n_pages} pages checked)")
sys.exit(1 if problems else 0)
