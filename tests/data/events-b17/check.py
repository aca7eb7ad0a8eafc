#!/usr/bin/env python3
"""Checks gold files: JSON parses, schema values valid, every name value
(at least one '|' alternative) occurs verbatim in the article text."""
import json, glob, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
problems = []
txts = sorted(glob.glob(os.path.join(HERE, "*.txt")))
for t in txts:
    name = os.path.basename(t)[:-4]
    j = t[:-4] + ".json"
    text = open(t, encoding="utf-8").read()
    paras = text.strip().split("\n\n")
    if len(paras) < 3 or len(paras) > 9:
        problems.append(f"{name}: {len(paras)-1} paragraphs after headline")
    if not os.path.exists(j):
        problems.append(f"{name}: missing json"); continue
    try:
        gold = json.load(open(j, encoding="utf-8"))
    except Exception as e:
        problems.append(f"{name}: bad json {e}"); continue
    for i, ev in enumerate(gold.get("events", [])):
        where = f"{name}#{i}"
        if ev.get("type") not in TYPES: problems.append(f"{where}: bad type {ev.get('type')}")
        if ev.get("outcome") not in OUTCOMES: problems.append(f"{where}: bad outcome {ev.get('outcome')}")
        if ev.get("candidate_kind") not in {"person", "group"}: problems.append(f"{where}: bad kind")
        if ev.get("candidate_kind") == "group" and not isinstance(ev.get("candidate_count"), int):
            problems.append(f"{where}: group without integer count")
        for key in ("employer", "candidate", "previous_employer", "role"):
            val = ev.get(key)
            if key in ("employer", "candidate") and not val:
                problems.append(f"{where}: empty {key}"); continue
            if not val: continue
            alts = [a for a in val.split("|") if a]
            if not any(a in text for a in alts):
                problems.append(f"{where}: {key} '{val}' not found in text")
        for key in ("offers_usd", "offers_krw"):
            for amt in ev.get(key, []):
                if not (isinstance(amt, str) and amt.isdigit()):
                    problems.append(f"{where}: {key} value {amt!r} not a digit string")
for j in glob.glob(os.path.join(HERE, "*.json")):
    if not os.path.exists(j[:-5] + ".txt"):
        problems.append(f"{os.path.basename(j)}: no matching txt")
for p in problems: print(p)
print(f"{len(txts)} articles checked, {len(problems)} problems")
sys.exit(1 if problems else 0)
