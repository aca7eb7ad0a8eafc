#!/usr/bin/env python3
"""Checker for batch b62: parses every gold .json and verifies that every name value
(employer, candidate, previous_employer, role) has at least one '|' alternative that
occurs verbatim in the paired article. Also checks schema basics."""
import json, glob, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
problems = []
jsons = sorted(glob.glob(os.path.join(HERE, "*.json")))
for jp in jsons:
    name = os.path.basename(jp)[:-5]
    tp = os.path.join(HERE, name + ".txt")
    if not os.path.exists(tp):
        problems.append(f"{name}: missing .txt"); continue
    text = open(tp, encoding="utf-8").read()
    lines = text.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
        problems.append(f"{name}: headline/blank-line format")
    paras = [p for p in text.split("\n\n")[1:] if p.strip()]
    if not 2 <= len(paras) <= 8:
        problems.append(f"{name}: {len(paras)} paragraphs")
    try:
        gold = json.load(open(jp, encoding="utf-8"))
    except Exception as e:
        problems.append(f"{name}: bad json {e}"); continue
    for i, ev in enumerate(gold.get("events", [])):
        tag = f"{name}#{i}"
        if ev.get("type") not in TYPES: problems.append(f"{tag}: bad type")
        if ev.get("outcome") not in OUTCOMES: problems.append(f"{tag}: bad outcome")
        if ev.get("candidate_kind") not in ("person", "group"): problems.append(f"{tag}: bad kind")
        if ev.get("candidate_kind") == "group" and not isinstance(ev.get("candidate_count"), int):
            problems.append(f"{tag}: group without int count")
        for key in ("offers_usd", "offers_krw"):
            for a in ev.get(key, []):
                if not (isinstance(a, str) and a.isdigit()): problems.append(f"{tag}: bad amount {a!r}")
        for key in ("employer", "candidate", "previous_employer", "role"):
            val = ev.get(key)
            if val is None or val == "":
                if key in ("employer", "candidate"): problems.append(f"{tag}: empty {key}")
                continue
            alts = [a for a in val.split("|") if a]
            if not any(a in text for a in alts):
                problems.append(f"{tag}: {key} {val!r} not found verbatim")
txts = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(HERE, "*.txt"))}
for t in sorted(txts - {os.path.basename(j)[:-5] for j in jsons}):
    problems.append(f"{t}: missing .json")
for p in problems: print(p)
print(f"{len(jsons)} json files checked, {len(problems)} problems")
sys.exit(1 if problems else 0)
