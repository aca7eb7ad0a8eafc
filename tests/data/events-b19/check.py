#!/usr/bin/env python3
"""Checks gold files: JSON parses, schema is valid, every name value occurs verbatim in its article."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
KINDS = {"person", "group"}
problems = []

def bad(name, msg):
    problems.append(f"{name}: {msg}")

txts = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
for t in txts:
    name = t[:-4]
    text = open(os.path.join(HERE, t), encoding="utf-8").read()
    lines = text.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
        bad(name, "needs headline, blank line, body")
    paras = [p for p in re.split(r"\n\s*\n", "\n".join(lines[2:])) if p.strip()]
    if not 2 <= len(paras) <= 8:
        bad(name, f"{len(paras)} paragraphs")
    jp = os.path.join(HERE, name + ".json")
    if not os.path.exists(jp):
        bad(name, "missing json"); continue
    try:
        gold = json.load(open(jp, encoding="utf-8"))
    except Exception as e:
        bad(name, f"json error {e}"); continue
    evs = gold.get("events")
    if not isinstance(evs, list):
        bad(name, "events not a list"); continue
    for i, ev in enumerate(evs):
        tag = f"event {i}"
        if ev.get("type") not in TYPES: bad(name, f"{tag} bad type {ev.get('type')}")
        if ev.get("outcome") not in OUTCOMES: bad(name, f"{tag} bad outcome {ev.get('outcome')}")
        if ev.get("candidate_kind") not in KINDS: bad(name, f"{tag} bad kind")
        if ev.get("candidate_kind") == "group" and not isinstance(ev.get("candidate_count"), int):
            bad(name, f"{tag} group without integer count")
        if ev.get("type") == "departure" and ev.get("outcome") != "left": bad(name, f"{tag} departure not left")
        if ev.get("type") == "acquisition_attempt" and ev.get("outcome") != "failed": bad(name, f"{tag} attempt not failed")
        for key in ("employer", "candidate", "previous_employer", "role"):
            val = ev.get(key, "")
            if key in ("employer", "candidate") and not val:
                bad(name, f"{tag} empty {key}"); continue
            if not val: continue
            alts = [a for a in val.split("|") if a]
            if not any(a in text for a in alts):
                bad(name, f"{tag} {key} '{val}' not found in text")
        for key in ("offers_usd", "offers_krw"):
            for amt in ev.get(key, []):
                if not (isinstance(amt, str) and amt.isdigit()):
                    bad(name, f"{tag} {key} bad amount {amt!r}")

jsons = {f[:-5] for f in os.listdir(HERE) if f.endswith(".json")}
for extra in sorted(jsons - {t[:-4] for t in txts}):
    bad(extra, "json without txt")
print(f"{len(txts)} articles checked")
for p in problems: print(p)
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
