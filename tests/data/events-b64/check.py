#!/usr/bin/env python3
"""Checker for batch b64: parses every gold .json and verifies that every name value
(at least one '|' alternative) occurs verbatim in the matching article, plus schema checks."""
import json, os, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]

problems = []
txts = sorted(glob.glob(os.path.join(HERE, "*.txt")))
for t in txts:
    base = os.path.basename(t)[:-4]
    j = t[:-4] + ".json"
    text = open(t, encoding="utf-8").read()
    lines = text.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip() != "":
        problems.append(f"{base}: headline/blank-line format")
    paras = [p for p in text.split("\n\n")[1:] if p.strip()]
    if not 2 <= len(paras) <= 8:
        problems.append(f"{base}: {len(paras)} paragraphs")
    if not os.path.exists(j):
        problems.append(f"{base}: missing json"); continue
    try:
        gold = json.load(open(j, encoding="utf-8"))
    except Exception as e:
        problems.append(f"{base}: bad json {e}"); continue
    for i, ev in enumerate(gold.get("events", [])):
        tag = f"{base}#{i}"
        if ev.get("type") not in TYPES: problems.append(f"{tag}: bad type {ev.get('type')}")
        if ev.get("outcome") not in OUTCOMES: problems.append(f"{tag}: bad outcome {ev.get('outcome')}")
        if ev.get("candidate_kind") not in ("person", "group"): problems.append(f"{tag}: bad candidate_kind")
        if ev.get("candidate_kind") == "group" and not isinstance(ev.get("candidate_count"), int):
            problems.append(f"{tag}: group without integer candidate_count")
        for k in ("employer", "candidate"):
            if not ev.get(k): problems.append(f"{tag}: empty {k}")
        for k in NAME_FIELDS:
            v = ev.get(k) or ""
            if not v: continue
            alts = [a for a in v.split("|") if a]
            if not any(a in text for a in alts):
                problems.append(f"{tag}: {k}={v!r} not found in article")
        for k in ("offers_usd", "offers_krw"):
            for a in ev.get(k, []):
                if not (isinstance(a, str) and a.isdigit()):
                    problems.append(f"{tag}: {k} value {a!r} not a digit string")
for j in glob.glob(os.path.join(HERE, "*.json")):
    if not os.path.exists(j[:-5] + ".txt"):
        problems.append(f"{os.path.basename(j)}: no article")
print(f"{len(txts)} articles checked, {len(problems)} problems")
for p in problems: print("  " + p)
sys.exit(1 if problems else 0)
