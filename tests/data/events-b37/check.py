#!/usr/bin/env python3
"""Checker for batch b37: parses every gold .json and verifies that every name value
(at least one '|' alternative) occurs verbatim in the paired article, plus basic schema/format checks."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]

problems = []
expected = [f"ko-{i:02d}" for i in range(1, 21)] + [f"en-{i:02d}" for i in range(1, 21)]
for name in expected:
    tp, jp = os.path.join(HERE, name + ".txt"), os.path.join(HERE, name + ".json")
    if not os.path.exists(tp) or not os.path.exists(jp):
        problems.append(f"{name}: missing .txt or .json"); continue
    text = open(tp, encoding="utf-8").read()
    lines = text.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
        problems.append(f"{name}: expected headline line then blank line")
    paras = [p for p in re.split(r"\n\s*\n", "\n".join(lines[2:]).strip()) if p.strip()]
    if not 2 <= len(paras) <= 8:
        problems.append(f"{name}: {len(paras)} paragraphs (want 2-8)")
    try:
        gold = json.load(open(jp, encoding="utf-8"))
    except Exception as e:
        problems.append(f"{name}: JSON error {e}"); continue
    if not isinstance(gold, dict) or not isinstance(gold.get("events"), list):
        problems.append(f"{name}: top-level must be {{'events': [...]}}"); continue
    for k, ev in enumerate(gold["events"]):
        tag = f"{name}#{k}"
        if ev.get("type") not in TYPES: problems.append(f"{tag}: bad type {ev.get('type')}")
        if ev.get("outcome") not in OUTCOMES: problems.append(f"{tag}: bad outcome {ev.get('outcome')}")
        if ev.get("candidate_kind") not in {"person", "group"}: problems.append(f"{tag}: bad candidate_kind")
        if ev.get("candidate_kind") == "group" and "candidate_count" in ev and not isinstance(ev["candidate_count"], int):
            problems.append(f"{tag}: candidate_count must be int")
        if ev.get("type") == "departure" and ev.get("outcome") != "left": problems.append(f"{tag}: departure must be left")
        if ev.get("type") == "acquisition_attempt" and ev.get("outcome") != "failed": problems.append(f"{tag}: attempt must be failed")
        for f in ("employer", "candidate"):
            if not ev.get(f): problems.append(f"{tag}: empty {f}")
        for f in NAME_FIELDS:
            v = ev.get(f)
            if not v: continue
            alts = [a for a in v.split("|") if a]
            if not any(a in text for a in alts):
                problems.append(f"{tag}: {f}={v!r} not found verbatim in article")
        for f in ("offers_usd", "offers_krw"):
            for amt in ev.get(f, []):
                if not (isinstance(amt, str) and amt.isdigit()):
                    problems.append(f"{tag}: {f} amount {amt!r} not a digit string")

print(f"{len(problems)} problems")
for p in problems: print(" -", p)
sys.exit(1 if problems else 0)
