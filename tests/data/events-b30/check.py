#!/usr/bin/env python3
"""Checker for batch b30: parses every gold .json and verifies that every name value
(employer, candidate, previous_employer, role; at least one '|' alternative) occurs verbatim
in the matching .txt article. Also checks basic schema and file format."""
import json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
problems = []
names = sorted(f[:-4] for f in os.listdir(D) if f.endswith(".txt"))
expected = [f"ko-{i:02d}" for i in range(1, 21)] + [f"en-{i:02d}" for i in range(1, 21)]
if sorted(names) != sorted(expected):
    problems.append(f"file set mismatch: {sorted(set(expected) ^ set(names))}")
for n in names:
    txt = open(os.path.join(D, n + ".txt"), encoding="utf-8").read()
    lines = txt.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
        problems.append(f"{n}: headline/blank-line format")
    paras = [p for p in re.split(r"\n\s*\n", txt.strip())[1:] if p.strip()]
    if not 2 <= len(paras) <= 8:
        problems.append(f"{n}: {len(paras)} paragraphs")
    jp = os.path.join(D, n + ".json")
    if not os.path.exists(jp):
        problems.append(f"{n}: missing json"); continue
    try:
        gold = json.load(open(jp, encoding="utf-8"))
    except Exception as ex:
        problems.append(f"{n}: bad json {ex}"); continue
    for i, e in enumerate(gold.get("events", [])):
        tag = f"{n}#{i}"
        if e.get("type") not in TYPES: problems.append(f"{tag}: bad type {e.get('type')}")
        if e.get("outcome") not in OUTCOMES: problems.append(f"{tag}: bad outcome {e.get('outcome')}")
        if e.get("candidate_kind") not in ("person", "group"): problems.append(f"{tag}: bad kind")
        if e.get("candidate_kind") == "group" and not isinstance(e.get("candidate_count"), int):
            problems.append(f"{tag}: group without integer count")
        for f in ("offers_usd", "offers_krw"):
            for a in e.get(f, []):
                if not (isinstance(a, str) and a.isdigit()): problems.append(f"{tag}: bad amount {a!r}")
        for f in ("employer", "candidate", "previous_employer", "role"):
            v = e.get(f)
            if f in ("employer", "candidate") and not v:
                problems.append(f"{tag}: empty {f}"); continue
            if not v: continue
            if not any(alt and alt in txt for alt in v.split("|")):
                problems.append(f"{tag}: {f} {v!r} not found in article")
for p in problems: print(p)
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
