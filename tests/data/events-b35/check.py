#!/usr/bin/env python3
"""Validate gold JSON files: schema, and every name value (one alternative at least) occurs verbatim in its article."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]

problems = []
def bad(f, msg):
    problems.append(f"{f}: {msg}")

names = sorted(n[:-4] for n in os.listdir(HERE) if n.endswith(".txt"))
for n in names:
    txt = open(os.path.join(HERE, n + ".txt"), encoding="utf-8").read()
    lines = txt.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
        bad(n, "headline line + blank line expected")
    paras = [p for p in re.split(r"\n\s*\n", "\n".join(lines[2:])) if p.strip()]
    if not 2 <= len(paras) <= 8:
        bad(n, f"{len(paras)} paragraphs (want 2-8)")
    jp = os.path.join(HERE, n + ".json")
    if not os.path.exists(jp):
        bad(n, "missing json"); continue
    try:
        gold = json.load(open(jp, encoding="utf-8"))
    except Exception as e:
        bad(n, f"json parse error {e}"); continue
    evs = gold.get("events")
    if not isinstance(evs, list):
        bad(n, "events not a list"); continue
    for i, ev in enumerate(evs):
        tag = f"event {i}"
        if ev.get("type") not in TYPES: bad(n, f"{tag} bad type {ev.get('type')}")
        if ev.get("outcome") not in OUTCOMES: bad(n, f"{tag} bad outcome {ev.get('outcome')}")
        if ev.get("candidate_kind") not in {"person", "group"}: bad(n, f"{tag} bad candidate_kind")
        if ev.get("candidate_kind") == "group" and "candidate_count" in ev and not isinstance(ev["candidate_count"], int):
            bad(n, f"{tag} candidate_count not int")
        if ev.get("type") == "departure" and ev.get("outcome") != "left": bad(n, f"{tag} departure must be left")
        if ev.get("type") == "acquisition_attempt" and ev.get("outcome") != "failed": bad(n, f"{tag} attempt must be failed")
        for k in ("offers_usd", "offers_krw"):
            for a in ev.get(k, []):
                if not (isinstance(a, str) and a.isdigit()): bad(n, f"{tag} {k} value {a!r} not digit string")
        for k in ("employer", "candidate"):
            if not ev.get(k): bad(n, f"{tag} missing {k}")
        for k in NAME_FIELDS:
            v = ev.get(k)
            if not v: continue
            alts = [a for a in v.split("|") if a]
            if not any(a in txt for a in alts):
                bad(n, f"{tag} {k}={v!r} not found verbatim")

print(f"{len(names)} articles checked")
for p in problems: print("PROBLEM", p)
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
