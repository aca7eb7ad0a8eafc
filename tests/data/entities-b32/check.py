"""Checks gold.jsonl against pages.jsonl: every surface occurs verbatim (case-sensitive) in
title + "\\n\\n" + body of its page, no entity lists a surface twice, plus structural checks."""
import json, os, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
def load(n):
    with open(os.path.join(HERE, n), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]
pages, gold = load("pages.jsonl"), load("gold.jsonl")
problems = []
pmap = {p["id"]: p for p in pages}
if len(pmap) != len(pages): problems.append("duplicate page ids")
gids = [g["id"] for g in gold]
if len(set(gids)) != len(gids): problems.append("duplicate gold ids")
if set(gids) != set(pmap): problems.append("page ids and gold ids differ: %s" % sorted(set(gids) ^ set(pmap)))
expected = {"ko": 8, "ja": 7, "zh": 7, "en": 7, "de": 7}
got = Counter(p["lang"] for p in pages)
if dict(got) != expected: problems.append("language counts %s != %s" % (dict(got), expected))
for p in pages:
    if not p["id"].startswith("own/%s-" % p["lang"]): problems.append("%s: id/lang mismatch" % p["id"])
    n = len(p["body"].split("\n\n"))
    if not 4 <= n <= 8: problems.append("%s: %d paragraphs" % (p["id"], n))
warnings = []
for g in gold:
    p = pmap.get(g["id"])
    if p is None: continue
    if g["lang"] != p["lang"]: problems.append("%s: lang mismatch" % g["id"])
    text = p["title"] + "\n\n" + p["body"]
    seen = {}
    for i, e in enumerate(g["entities"]):
        if e.get("type") not in ("person", "organization"): problems.append("%s: bad type %r" % (g["id"], e.get("type")))
        s = e.get("surfaces") or []
        if not s: problems.append("%s: entity %d has no surfaces" % (g["id"], i))
        for x, c in Counter(s).items():
            if c > 1: problems.append("%s: surface %r listed %d times in one entity" % (g["id"], x, c))
        for x in s:
            if not x or x != x.strip(): problems.append("%s: empty/padded surface %r" % (g["id"], x))
            elif x not in text: problems.append("%s: surface %r not found in page text" % (g["id"], x))
            if x in seen and seen[x] != i: warnings.append("%s: surface %r used by two entities" % (g["id"], x))
            seen[x] = i
for w in warnings: print("WARNING", w)
for pr in problems: print("PROBLEM", pr)
print("%d problems" % len(problems))
sys.exit(1 if problems else 0)
