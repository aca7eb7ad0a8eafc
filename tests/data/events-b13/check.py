#!/usr/bin/env python3
"""Check gold files: JSON parses, fields valid, every name value (>=1 alternative) occurs verbatim in its article."""
import json, os, sys, glob, re
from collections import Counter
D = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
problems = []
stats = {}
for txt in sorted(glob.glob(os.path.join(D, "*.txt"))):
    name = os.path.basename(txt)[:-4]
    art = open(txt, encoding="utf-8").read()
    paras = [p for p in art.split("\n\n") if p.strip()]
    if len(paras) < 3 or len(paras) > 9:
        problems.append(f"{name}: {len(paras)-1} body paragraphs")
    jp = os.path.join(D, name + ".json")
    if not os.path.exists(jp):
        problems.append(f"{name}: missing json"); continue
    try:
        gold = json.load(open(jp, encoding="utf-8"))
    except Exception as e:
        problems.append(f"{name}: bad json {e}"); continue
    lang = name.split("-")[0]
    for i, ev in enumerate(gold.get("events", [])):
        tag = f"{name}#{i}"
        if ev.get("type") not in TYPES: problems.append(f"{tag}: bad type")
        if ev.get("outcome") not in OUTCOMES: problems.append(f"{tag}: bad outcome")
        if ev.get("candidate_kind") not in ("person", "group"): problems.append(f"{tag}: bad kind")
        if ev.get("candidate_kind") == "group" and not isinstance(ev.get("candidate_count"), int):
            problems.append(f"{tag}: group without count")
        for k in ("offers_usd", "offers_krw"):
            for a in ev.get(k, []):
                if not re.fullmatch(r"\d+", a): problems.append(f"{tag}: bad amount {a}")
        for k in ("employer", "candidate", "previous_employer", "role"):
            v = ev.get(k, "")
            if not v: 
                if k in ("employer", "candidate"): problems.append(f"{tag}: empty {k}")
                continue
            if not any(alt and alt in art for alt in v.split("|")):
                problems.append(f"{tag}: {k} '{v}' not found in article")
        stats.setdefault(lang, Counter())[(ev["type"], ev["outcome"])] += 1
print("problems:", len(problems))
for p in problems: print("  ", p)
for lang, c in sorted(stats.items()):
    print(lang, sum(c.values()), dict(sorted(c.items())))
sys.exit(1 if problems else 0)
