#!/usr/bin/env python3
"""Checker for batch d6: parses every gold .json, verifies schema and that every
name value (at least one '|' alternative) occurs verbatim in the article."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
KINDS = {"person", "group"}
problems = []
names = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".txt"))
expected = [f"ko-{i:02d}" for i in range(1, 21)] + [f"en-{i:02d}" for i in range(1, 21)]
for n in expected:
    if n not in names: problems.append(f"{n}: missing .txt")
for n in names:
    txt = open(os.path.join(HERE, n + ".txt"), encoding="utf-8").read()
    lines = txt.split("\n")
    if not lines[0].strip() or lines[1].strip() != "":
        problems.append(f"{n}: headline/blank-line format")
    paras = [p for p in re.split(r"\n\s*\n", "\n".join(lines[2:])) if p.strip()]
    if not (2 <= len(paras) <= 8):
        problems.append(f"{n}: {len(paras)} paragraphs")
    jp = os.path.join(HERE, n + ".json")
    if not os.path.exists(jp):
        problems.append(f"{n}: missing .json"); continue
    try:
        data = json.load(open(jp, encoding="utf-8"))
    except Exception as e:
        problems.append(f"{n}: bad json {e}"); continue
    evs = data.get("events")
    if not isinstance(evs, list):
        problems.append(f"{n}: events not a list"); continue
    for i, ev in enumerate(evs):
        tag = f"{n}#{i}"
        if ev.get("type") not in TYPES: problems.append(f"{tag}: bad type {ev.get('type')}")
        if ev.get("outcome") not in OUTCOMES: problems.append(f"{tag}: bad outcome {ev.get('outcome')}")
        if ev.get("candidate_kind") not in KINDS: problems.append(f"{tag}: bad kind")
        if ev.get("candidate_kind") == "group" and "candidate_count" in ev and not isinstance(ev["candidate_count"], int):
            problems.append(f"{tag}: count not int")
        if ev.get("type") == "departure" and ev.get("outcome") != "left":
            problems.append(f"{tag}: departure outcome should be left")
        for fld in ("employer", "candidate", "previous_employer", "role"):
            val = ev.get(fld)
            if fld in ("employer", "candidate") and not val:
                problems.append(f"{tag}: empty {fld}"); continue
            if not val: continue
            alts = [a for a in val.split("|") if a]
            if not any(a in txt for a in alts):
                problems.append(f"{tag}: {fld} '{val}' not in article")
        for fld in ("offers_usd", "offers_krw"):
            for a in ev.get(fld, []):
                if not (isinstance(a, str) and a.isdigit()):
                    problems.append(f"{tag}: {fld} value {a!r} not digit string")
print(f"{len(names)} articles checked; {len(problems)} problems")
for p in problems: print("  " + p)
sys.exit(1 if problems else 0)
