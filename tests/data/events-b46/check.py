#!/usr/bin/env python3
"""Checker for batch b46: parses every NAME.json and verifies that every name value
(employer, candidate, previous_employer, role; at least one '|' alternative) occurs verbatim
in NAME.txt, plus basic schema and file-format checks."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]

problems = []
def bad(name, msg):
    problems.append(f"{name}: {msg}")

expected = [f"ko-{i:02d}" for i in range(1, 21)] + [f"en-{i:02d}" for i in range(1, 21)]
for name in expected:
    tp, jp = os.path.join(HERE, name + ".txt"), os.path.join(HERE, name + ".json")
    if not os.path.exists(tp) or not os.path.exists(jp):
        bad(name, "missing .txt or .json"); continue
    text = open(tp, encoding="utf-8").read()
    blocks = text.strip("\n").split("\n\n")
    if "\n" in blocks[0]:
        bad(name, "headline is not a single line followed by a blank line")
    if not 2 <= len(blocks) - 1 <= 8:
        bad(name, f"{len(blocks) - 1} paragraphs (want 2-8)")
    try:
        gold = json.load(open(jp, encoding="utf-8"))
    except Exception as ex:
        bad(name, f"json parse error: {ex}"); continue
    evs = gold.get("events")
    if not isinstance(evs, list):
        bad(name, "no events list"); continue
    for i, e in enumerate(evs):
        tag = f"event {i}"
        if e.get("type") not in TYPES: bad(name, f"{tag} bad type {e.get('type')}")
        if e.get("outcome") not in OUTCOMES: bad(name, f"{tag} bad outcome {e.get('outcome')}")
        if e.get("candidate_kind") not in ("person", "group"): bad(name, f"{tag} bad candidate_kind")
        if e.get("candidate_kind") == "group" and not isinstance(e.get("candidate_count"), int):
            bad(name, f"{tag} group without integer candidate_count")
        if e.get("type") == "departure" and e.get("outcome") != "left": bad(name, f"{tag} departure not left")
        if e.get("type") == "acquisition_attempt" and e.get("outcome") != "failed": bad(name, f"{tag} attempt not failed")
        for k in ("offers_usd", "offers_krw"):
            v = e.get(k, [])
            if not isinstance(v, list) or not all(isinstance(x, str) and re.fullmatch(r"\d+", x) for x in v):
                bad(name, f"{tag} {k} must be a list of digit strings")
        for f in NAME_FIELDS:
            val = e.get(f)
            if val in (None, ""):
                if f in ("employer", "candidate"): bad(name, f"{tag} empty {f}")
                continue
            alts = [a for a in val.split("|") if a]
            if not any(a in text for a in alts):
                bad(name, f"{tag} {f} {val!r} not found verbatim in article")

for p in problems:
    print(p)
print(f"{len(expected)} articles checked, {len(problems)} problems")
sys.exit(1 if problems else 0)
