#!/usr/bin/env python3
"""Checker for batch b39: parses every gold .json and verifies that every name value
(employer, candidate, previous_employer, role) has at least one '|' alternative that
occurs verbatim in the matching .txt article. Also checks basic schema."""
import json, glob, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]

problems = []
n_files = n_events = 0
for jpath in sorted(glob.glob(os.path.join(HERE, "*.json"))):
    name = os.path.basename(jpath)[:-5]
    tpath = os.path.join(HERE, name + ".txt")
    if not os.path.exists(tpath):
        problems.append(f"{name}: missing .txt"); continue
    text = open(tpath, encoding="utf-8").read()
    lines = text.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
        problems.append(f"{name}: expected headline, blank line, body")
    paras = [p for p in "\n".join(lines[2:]).split("\n\n") if p.strip()]
    if not 2 <= len(paras) <= 8:
        problems.append(f"{name}: {len(paras)} paragraphs (want 2-8)")
    try:
        data = json.load(open(jpath, encoding="utf-8"))
    except Exception as e:
        problems.append(f"{name}: bad json {e}"); continue
    n_files += 1
    evs = data.get("events")
    if not isinstance(evs, list):
        problems.append(f"{name}: 'events' not a list"); continue
    for i, ev in enumerate(evs):
        n_events += 1
        tag = f"{name}#{i}"
        if ev.get("type") not in TYPES: problems.append(f"{tag}: bad type {ev.get('type')}")
        if ev.get("outcome") not in OUTCOMES: problems.append(f"{tag}: bad outcome {ev.get('outcome')}")
        if ev.get("candidate_kind") not in ("person", "group"): problems.append(f"{tag}: bad candidate_kind")
        if ev.get("candidate_kind") == "group" and "candidate_count" in ev and not isinstance(ev["candidate_count"], int):
            problems.append(f"{tag}: candidate_count not int")
        for k in ("offers_usd", "offers_krw"):
            for a in ev.get(k, []):
                if not (isinstance(a, str) and a.isdigit()): problems.append(f"{tag}: {k} value {a!r} not digit string")
        for f in NAME_FIELDS:
            val = ev.get(f, "")
            if f in ("employer", "candidate") and not val:
                problems.append(f"{tag}: empty {f}"); continue
            if not val: continue
            alts = [a for a in val.split("|") if a]
            if not any(a in text for a in alts):
                problems.append(f"{tag}: {f}={val!r} not found verbatim in article")
print(f"{n_files} gold files, {n_events} events checked")
print(f"{len(problems)} problems")
for p in problems: print("  " + p)
sys.exit(1 if problems else 0)
