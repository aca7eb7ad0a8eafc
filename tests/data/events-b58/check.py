#!/usr/bin/env python3
"""Check gold files: JSON parses, schema is sane, every name value occurs verbatim in its article."""
import json, os, sys, glob, re

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]

problems = []
def bad(f, msg):
    problems.append(f"{f}: {msg}")

txts = sorted(glob.glob(os.path.join(HERE, "*.txt")))
for t in txts:
    base = os.path.basename(t)[:-4]
    j = os.path.join(HERE, base + ".json")
    text = open(t, encoding="utf-8").read()
    lines = text.split("\n")
    if not lines[0].strip() or (len(lines) > 1 and lines[1].strip()):
        bad(base, "needs headline line followed by blank line")
    paras = [p for p in re.split(r"\n\s*\n", "\n".join(lines[2:])) if p.strip()]
    if not 2 <= len(paras) <= 8:
        bad(base, f"{len(paras)} paragraphs (want 2-8)")
    if not os.path.exists(j):
        bad(base, "missing json"); continue
    try:
        d = json.load(open(j, encoding="utf-8"))
    except Exception as e:
        bad(base, f"json error {e}"); continue
    evs = d.get("events")
    if not isinstance(evs, list):
        bad(base, "no events list"); continue
    for i, e in enumerate(evs):
        tag = f"event {i}"
        if e.get("type") not in TYPES: bad(base, f"{tag} bad type {e.get('type')}")
        if e.get("outcome") not in OUTCOMES: bad(base, f"{tag} bad outcome {e.get('outcome')}")
        if e.get("candidate_kind") not in ("person", "group"): bad(base, f"{tag} bad candidate_kind")
        if e.get("candidate_kind") == "group" and "candidate_count" in e and not isinstance(e["candidate_count"], int):
            bad(base, f"{tag} candidate_count not int")
        for k in ("offers_usd", "offers_krw"):
            v = e.get(k, [])
            if not isinstance(v, list) or not all(isinstance(x, str) and x.isdigit() for x in v):
                bad(base, f"{tag} {k} must be list of digit strings")
        for k in ("employer", "candidate"):
            if not e.get(k): bad(base, f"{tag} missing {k}")
        for k in NAME_FIELDS:
            v = e.get(k)
            if not v: continue
            alts = [a for a in v.split("|") if a]
            if not any(a in text for a in alts):
                bad(base, f"{tag} {k}={v!r} not found verbatim")
jsons = {os.path.basename(p)[:-5] for p in glob.glob(os.path.join(HERE, "*.json"))}
for b in jsons - {os.path.basename(t)[:-4] for t in txts}:
    bad(b, "json without txt")

print(f"{len(txts)} articles checked")
for p in problems: print("PROBLEM", p)
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
