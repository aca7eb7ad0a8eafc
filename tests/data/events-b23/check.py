#!/usr/bin/env python3
"""Check gold files: JSON parses, fields valid, every name value (one '|' alternative at least) occurs verbatim in the article."""
import json, os, sys, re
from collections import Counter

D = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]

problems = []
counts = {}
names = sorted(f[:-4] for f in os.listdir(D) if f.endswith(".txt"))
for n in names:
    txt = open(os.path.join(D, n + ".txt"), encoding="utf-8").read()
    lines = txt.split("\n")
    if not lines[0].strip() or lines[1].strip() != "":
        problems.append(f"{n}: headline/blank-line format")
    paras = [p for p in txt.split("\n\n")[1:] if p.strip()]
    if not 2 <= len(paras) <= 8:
        problems.append(f"{n}: {len(paras)} paragraphs")
    jp = os.path.join(D, n + ".json")
    if not os.path.exists(jp):
        problems.append(f"{n}: missing json"); continue
    try:
        g = json.load(open(jp, encoding="utf-8"))
    except Exception as e:
        problems.append(f"{n}: json error {e}"); continue
    evs = g.get("events")
    if not isinstance(evs, list):
        problems.append(f"{n}: no events list"); continue
    lang = n[:2]
    for i, e in enumerate(evs):
        t = e.get("type"); o = e.get("outcome")
        if t not in TYPES: problems.append(f"{n}#{i}: bad type {t}")
        if o not in OUTCOMES: problems.append(f"{n}#{i}: bad outcome {o}")
        if e.get("candidate_kind") not in ("person", "group"):
            problems.append(f"{n}#{i}: bad candidate_kind")
        if e.get("candidate_kind") == "group" and not isinstance(e.get("candidate_count"), int):
            problems.append(f"{n}#{i}: group without integer candidate_count")
        for f in NAME_FIELDS:
            v = e.get(f, "")
            if f in ("employer", "candidate") and not v:
                problems.append(f"{n}#{i}: empty {f}")
            if v and not any(alt and alt in txt for alt in v.split("|")):
                problems.append(f"{n}#{i}: {f} '{v}' not found in text")
        for k in ("offers_usd", "offers_krw"):
            for a in e.get(k, []):
                if not (isinstance(a, str) and re.fullmatch(r"\d+", a)):
                    problems.append(f"{n}#{i}: bad amount {a!r} in {k}")
        counts.setdefault(lang, Counter())[(t, o)] += 1
        counts[lang]["TOTAL"] += 1
    counts.setdefault(lang, Counter())["ARTICLES"] += 1
    if not evs: counts[lang]["EMPTY"] += 1

for lang, c in sorted(counts.items()):
    print(lang, "articles", c["ARTICLES"], "events", c["TOTAL"], "empty", c["EMPTY"])
    for k, v in sorted((k, v) for k, v in c.items() if isinstance(k, tuple)):
        print("   ", k, v)
print(f"{len(problems)} problems")
for p in problems: print("  ", p)
sys.exit(1 if problems else 0)
