#!/usr/bin/env python3
"""Check gold files: JSON parses, schema sane, every name value (>=1 alternative) occurs verbatim in article."""
import json, glob, os, re, sys
from collections import Counter
D = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire","offer","acquihire","acquisition_attempt","departure"}
OUTS = {"offered","declined","accepted","joined","left","failed"}
problems = []
stats = Counter()
names = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(D, "*.txt")))
for n in names:
    txt = open(os.path.join(D, n + ".txt"), encoding="utf-8").read()
    lines = txt.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
        problems.append(f"{n}: headline/blank line format")
    paras = [p for p in txt.split("\n\n")[1:] if p.strip()]
    if not 2 <= len(paras) <= 8:
        problems.append(f"{n}: {len(paras)} paragraphs")
    jp = os.path.join(D, n + ".json")
    if not os.path.exists(jp):
        problems.append(f"{n}: missing json"); continue
    try:
        g = json.load(open(jp, encoding="utf-8"))
    except Exception as e:
        problems.append(f"{n}: bad json {e}"); continue
    lang = n.split("-")[0]
    stats[(lang, "articles")] += 1
    if not g["events"]: stats[(lang, "empty")] += 1
    for i, e in enumerate(g["events"]):
        t, o = e.get("type"), e.get("outcome")
        if t not in TYPES: problems.append(f"{n}#{i}: type {t}")
        if o not in OUTS: problems.append(f"{n}#{i}: outcome {o}")
        if e.get("candidate_kind") not in ("person", "group"): problems.append(f"{n}#{i}: kind")
        if e.get("candidate_kind") == "group" and not isinstance(e.get("candidate_count"), int):
            problems.append(f"{n}#{i}: group without count")
        for k in ("offers_usd", "offers_krw"):
            for a in e.get(k, []):
                if not re.fullmatch(r"\d+", a): problems.append(f"{n}#{i}: {k} {a}")
        if t == "offer" and o not in ("offered", "declined", "accepted"): problems.append(f"{n}#{i}: offer outcome {o}")
        if t == "departure" and o != "left": problems.append(f"{n}#{i}: departure outcome")
        if t == "acquisition_attempt" and o != "failed": problems.append(f"{n}#{i}: attempt outcome")
        for k in ("employer", "candidate", "previous_employer", "role"):
            v = e.get(k)
            if not v: 
                if k in ("employer", "candidate"): problems.append(f"{n}#{i}: empty {k}")
                continue
            if not any(alt and alt in txt for alt in v.split("|")):
                problems.append(f"{n}#{i}: {k} '{v}' not in article")
        stats[(lang, "ev")] += 1
        stats[(lang, "type", t)] += 1
        stats[(lang, "out", o)] += 1
for p in problems: print("PROBLEM", p)
print(f"{len(names)} articles, {sum(v for k,v in stats.items() if k[1]=='ev')} events, {len(problems)} problems")
if "-v" in sys.argv:
    for k in sorted(stats): print(k, stats[k])
sys.exit(1 if problems else 0)
