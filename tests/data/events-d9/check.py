#!/usr/bin/env python3
"""Checker for batch d9: parses every NAME.json, verifies name values occur verbatim in NAME.txt."""
import json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
problems = []
names = sorted(f[:-4] for f in os.listdir(D) if f.endswith(".txt"))
for n in names:
    txt = open(os.path.join(D, n + ".txt"), encoding="utf-8").read()
    blocks = txt.strip("\n").split("\n\n")
    if "\n" in blocks[0] or not (2 <= len(blocks) - 1 <= 8):
        problems.append(f"{n}: layout (headline + 2-8 paragraphs), got {len(blocks)-1} paragraphs")
    jp = os.path.join(D, n + ".json")
    if not os.path.exists(jp):
        problems.append(f"{n}: missing json"); continue
    try:
        evs = json.load(open(jp, encoding="utf-8"))["events"]
    except Exception as e:
        problems.append(f"{n}: bad json {e}"); continue
    for i, e in enumerate(evs):
        tag = f"{n}#{i}"
        if e.get("type") not in TYPES: problems.append(f"{tag}: bad type {e.get('type')}")
        if e.get("outcome") not in OUTCOMES: problems.append(f"{tag}: bad outcome {e.get('outcome')}")
        if e.get("candidate_kind") not in ("person", "group"): problems.append(f"{tag}: bad candidate_kind")
        if e.get("candidate_kind") == "group" and not isinstance(e.get("candidate_count"), int):
            problems.append(f"{tag}: group without integer candidate_count")
        for k in ("employer", "candidate", "previous_employer", "role"):
            v = e.get(k) or ""
            if k in ("employer", "candidate") and not v:
                problems.append(f"{tag}: empty {k}"); continue
            if v and not any(a and a in txt for a in v.split("|")):
                problems.append(f"{tag}: {k} '{v}' not found in text")
        for k in ("offers_usd", "offers_krw"):
            for a in e.get(k, []):
                if not (isinstance(a, str) and re.fullmatch(r"\d+", a)):
                    problems.append(f"{tag}: {k} value {a!r} not a plain integer string")
        if e.get("type") == "departure" and e.get("outcome") != "left":
            problems.append(f"{tag}: departure must be left")
        if e.get("type") == "acquisition_attempt" and e.get("outcome") != "failed":
            problems.append(f"{tag}: acquisition_attempt must be failed")
for n in names:
    pass
print(f"{len(names)} articles checked")
for p in problems: print("PROBLEM:", p)
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
