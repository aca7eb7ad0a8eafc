#!/usr/bin/env python3
"""Checker for batch events-d8: parses every gold .json and verifies that every
name value (at least one "|" alternative) occurs verbatim in the article."""
import json, os, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
KINDS = {"person", "group"}

problems = []
def bad(f, msg):
    problems.append(f"{f}: {msg}")

txts = sorted(glob.glob(os.path.join(HERE, "*.txt")))
jsons = sorted(glob.glob(os.path.join(HERE, "*.json")))
if len(txts) != 40: bad("folder", f"expected 40 .txt, found {len(txts)}")
if len(jsons) != 40: bad("folder", f"expected 40 .json, found {len(jsons)}")

for t in txts:
    name = os.path.basename(t)[:-4]
    j = t[:-4] + ".json"
    text = open(t, encoding="utf-8").read()
    lines = text.split("\n")
    if not lines[0].strip() or lines[1].strip() != "":
        bad(name, "needs headline line then blank line")
    paras = [p for p in "\n".join(lines[2:]).split("\n\n") if p.strip()]
    if not 2 <= len(paras) <= 8:
        bad(name, f"{len(paras)} paragraphs (want 2-8)")
    if not os.path.exists(j):
        bad(name, "missing json"); continue
    try:
        gold = json.load(open(j, encoding="utf-8"))
    except Exception as e:
        bad(name, f"json parse error {e}"); continue
    evs = gold.get("events")
    if not isinstance(evs, list):
        bad(name, "no events list"); continue
    for i, ev in enumerate(evs):
        tag = f"{name}#{i}"
        if ev.get("type") not in TYPES: bad(tag, f"bad type {ev.get('type')}")
        if ev.get("outcome") not in OUTCOMES: bad(tag, f"bad outcome {ev.get('outcome')}")
        if ev.get("candidate_kind") not in KINDS: bad(tag, "bad candidate_kind")
        if ev.get("candidate_kind") == "group" and ev.get("type") != "acquisition_attempt" \
                and not isinstance(ev.get("candidate_count"), int):
            bad(tag, "group without integer candidate_count")
        if ev.get("type") == "departure" and ev.get("outcome") != "left": bad(tag, "departure must be left")
        if ev.get("outcome") == "left" and ev.get("type") != "departure": bad(tag, "left only for departure")
        if ev.get("outcome") == "failed" and ev.get("type") != "acquisition_attempt": bad(tag, "failed only for acquisition_attempt")
        for k in ("offers_usd", "offers_krw"):
            for a in ev.get(k, []):
                if not (isinstance(a, str) and a.isdigit()): bad(tag, f"{k} amount {a!r} not digit string")
        for fld in NAME_FIELDS:
            v = ev.get(fld)
            if fld in ("employer", "candidate") and not v:
                bad(tag, f"missing {fld}"); continue
            if not v: continue
            alts = [a for a in v.split("|") if a]
            if not any(a in text for a in alts):
                bad(tag, f"{fld} {v!r}: no alternative found verbatim")

for p in problems: print(p)
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
