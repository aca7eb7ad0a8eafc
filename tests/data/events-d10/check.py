#!/usr/bin/env python3
"""Check gold files: parse JSON, validate fields, verify every name value occurs verbatim in the article."""
import json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
problems = 0
def bad(msg):
    global problems
    problems += 1
    print("PROBLEM:", msg)
names = sorted(f[:-4] for f in os.listdir(D) if f.endswith(".txt"))
for n in names:
    text = open(os.path.join(D, n + ".txt"), encoding="utf-8").read()
    lines = text.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
        bad(f"{n}: headline/blank-line format")
    paras = [p for p in text.split("\n\n")[1:] if p.strip()]
    if not 2 <= len(paras) <= 8:
        bad(f"{n}: {len(paras)} paragraphs")
    try:
        gold = json.load(open(os.path.join(D, n + ".json"), encoding="utf-8"))
    except Exception as e:
        bad(f"{n}: json error {e}"); continue
    for i, ev in enumerate(gold.get("events", [])):
        if ev.get("type") not in TYPES: bad(f"{n}#{i}: type {ev.get('type')}")
        if ev.get("outcome") not in OUTCOMES: bad(f"{n}#{i}: outcome {ev.get('outcome')}")
        if ev.get("candidate_kind") not in ("person", "group"): bad(f"{n}#{i}: candidate_kind")
        if ev.get("candidate_kind") == "group" and not isinstance(ev.get("candidate_count"), int):
            bad(f"{n}#{i}: group without count")
        for k in ("employer", "candidate", "previous_employer", "role"):
            v = ev.get(k)
            if k in ("employer", "candidate") and not v: bad(f"{n}#{i}: missing {k}")
            if v and not any(alt and alt in text for alt in v.split("|")):
                bad(f"{n}#{i}: {k}={v!r} not found in article")
        for k in ("offers_usd", "offers_krw"):
            for a in ev.get(k, []):
                if not (isinstance(a, str) and re.fullmatch(r"\d+", a)): bad(f"{n}#{i}: {k} value {a!r}")
        if ev.get("type") == "departure" and ev.get("previous_employer"):
            bad(f"{n}#{i}: departure with previous_employer")
print(f"{len(names)} articles checked, {problems} problems")
sys.exit(1 if problems else 0)
