#!/usr/bin/env python3
"""Checker for batch b51: parses every gold .json and verifies that each name value
(employer, candidate, previous_employer, role; at least one "|" alternative) occurs
verbatim in the paired article, plus basic schema checks."""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]

problems = []
n_files = n_events = 0
for jp in sorted(glob.glob(os.path.join(HERE, "*.json"))):
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
    n_files += 1
    for i, ev in enumerate(gold.get("events", [])):
        n_events += 1
        tag = f"{name}#{i}"
        if ev.get("type") not in TYPES: problems.append(f"{tag}: bad type")
        if ev.get("outcome") not in OUTCOMES: problems.append(f"{tag}: bad outcome")
        if ev.get("candidate_kind") not in ("person", "group"): problems.append(f"{tag}: bad kind")
        if ev.get("candidate_kind") == "group" and not isinstance(ev.get("candidate_count"), int):
            problems.append(f"{tag}: group without count")
        if not ev.get("employer") or not ev.get("candidate"):
            problems.append(f"{tag}: empty employer/candidate")
        for f in NAME_FIELDS:
            v = ev.get(f) or ""
            if not v: continue
            alts = [a for a in v.split("|") if a]
            if not any(a in text for a in alts):
                problems.append(f"{tag}: {f} {v!r} not found in article")
        for f in ("offers_usd", "offers_krw"):
            for a in ev.get(f, []):
                if not (isinstance(a, str) and re.fullmatch(r"[0-9]+", a)):
                    problems.append(f"{tag}: {f} value {a!r} not a plain integer string")
        if ev.get("type") == "departure" and ev.get("outcome") != "left":
            problems.append(f"{tag}: departure outcome should be left")
        if ev.get("type") == "acquisition_attempt" and ev.get("outcome") != "failed":
            problems.append(f"{tag}: acquisition_attempt outcome should be failed")
txts = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(HERE, "*.txt"))}
jsons = {os.path.basename(p)[:-5] for p in glob.glob(os.path.join(HERE, "*.json"))}
for m in sorted(txts ^ jsons): problems.append(f"{m}: unpaired file")
for p in problems: print(p)
print(f"{n_files} gold files, {n_events} events, {len(problems)} problems")
sys.exit(1 if problems else 0)
