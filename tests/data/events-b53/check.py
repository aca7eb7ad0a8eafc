#!/usr/bin/env python3
"""Checker for batch b53: parses every NAME.json and verifies that every name value
(employer, candidate, previous_employer, role; at least one '|' alternative) occurs
verbatim in NAME.txt, plus basic schema checks."""
import json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTS = {"offered", "declined", "accepted", "joined", "left", "failed"}
problems = []
n_files = 0
for fn in sorted(os.listdir(D)):
    if not fn.endswith(".txt"):
        continue
    base = fn[:-4]
    n_files += 1
    text = open(os.path.join(D, fn), encoding="utf-8").read()
    lines = text.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
        problems.append(f"{fn}: needs headline, blank line, body")
    paras = [p for p in text.split("\n\n")[1:] if p.strip()]
    if not 2 <= len(paras) <= 8:
        problems.append(f"{fn}: {len(paras)} paragraphs")
    jp = os.path.join(D, base + ".json")
    if not os.path.exists(jp):
        problems.append(f"{base}.json missing"); continue
    try:
        gold = json.load(open(jp, encoding="utf-8"))
    except Exception as e:
        problems.append(f"{base}.json: parse error {e}"); continue
    for i, ev in enumerate(gold.get("events", [])):
        tag = f"{base}#{i}"
        if ev.get("type") not in TYPES: problems.append(f"{tag}: bad type {ev.get('type')}")
        if ev.get("outcome") not in OUTS: problems.append(f"{tag}: bad outcome {ev.get('outcome')}")
        if ev.get("candidate_kind") not in ("person", "group"): problems.append(f"{tag}: bad candidate_kind")
        if ev.get("candidate_kind") == "group" and "candidate_count" in ev and not isinstance(ev["candidate_count"], int):
            problems.append(f"{tag}: candidate_count not int")
        for k in ("offers_usd", "offers_krw"):
            for a in ev.get(k, []):
                if not (isinstance(a, str) and re.fullmatch(r"\d+", a)):
                    problems.append(f"{tag}: bad amount {k}={a!r}")
        for k in ("employer", "candidate", "previous_employer", "role"):
            v = ev.get(k)
            if not v:
                if k in ("employer", "candidate"): problems.append(f"{tag}: empty {k}")
                continue
            alts = [a for a in v.split("|") if a]
            if not any(a in text for a in alts):
                problems.append(f"{tag}: {k} {v!r} not found verbatim")
print(f"{n_files} articles checked, {len(problems)} problems")
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
