#!/usr/bin/env python3
"""Checker for batch b26: parses every gold .json and verifies that every name value
(employer, candidate, previous_employer, role) has at least one '|' alternative that
occurs verbatim in the matching .txt article. Also checks schema basics."""
import json, os, re, sys

D = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
KINDS = {"person", "group"}
NAME_FIELDS = ("employer", "candidate", "previous_employer", "role")

problems = []
def bad(f, msg):
    problems.append(f"{f}: {msg}")

txts = sorted(f for f in os.listdir(D) if f.endswith(".txt"))
jsons = sorted(f for f in os.listdir(D) if f.endswith(".json"))
if len(txts) != 40 or len(jsons) != 40:
    bad("folder", f"expected 40 txt + 40 json, got {len(txts)} + {len(jsons)}")
for t in txts:
    j = t[:-4] + ".json"
    if j not in jsons:
        bad(t, "missing gold json"); continue
    art = open(os.path.join(D, t), encoding="utf-8").read()
    lines = art.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
        bad(t, "needs headline line then blank line")
    paras = [p for p in "\n".join(lines[2:]).split("\n\n") if p.strip()]
    if not 2 <= len(paras) <= 8:
        bad(t, f"{len(paras)} paragraphs (want 2-8)")
    try:
        gold = json.load(open(os.path.join(D, j), encoding="utf-8"))
    except Exception as e:
        bad(j, f"json parse error {e}"); continue
    evs = gold.get("events")
    if not isinstance(evs, list):
        bad(j, "no events list"); continue
    for i, e in enumerate(evs):
        tag = f"{j}[{i}]"
        if e.get("type") not in TYPES: bad(tag, f"bad type {e.get('type')}")
        if e.get("outcome") not in OUTCOMES: bad(tag, f"bad outcome {e.get('outcome')}")
        if e.get("candidate_kind") not in KINDS: bad(tag, "bad candidate_kind")
        if e.get("candidate_kind") == "group" and "candidate_count" in e and not isinstance(e["candidate_count"], int):
            bad(tag, "candidate_count not int")
        if not e.get("employer") or not e.get("candidate"):
            bad(tag, "employer/candidate empty")
        for k in ("offers_usd", "offers_krw"):
            for a in e.get(k, []):
                if not (isinstance(a, str) and re.fullmatch(r"\d+", a)):
                    bad(tag, f"{k} amount {a!r} not a digit string")
        for fld in NAME_FIELDS:
            v = e.get(fld)
            if not v: continue
            alts = [a for a in v.split("|") if a]
            if not any(a in art for a in alts):
                bad(tag, f"{fld} {v!r}: no alternative found verbatim in {t}")

for p in problems: print(p)
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
