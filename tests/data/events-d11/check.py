#!/usr/bin/env python3
"""Checker for batch d11: parses every .json, checks schema and that every name value
(at least one '|' alternative) occurs verbatim in the article text."""
import json, os, glob, sys
D = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire","offer","acquihire","acquisition_attempt","departure"}
OUTS = {"offered","declined","accepted","joined","left","failed"}
probs = []; n = 0
txts = sorted(glob.glob(os.path.join(D, "*.txt")))
for t in txts:
    j = t[:-4] + ".json"
    name = os.path.basename(t)
    if not os.path.exists(j): probs.append(f"{name}: missing json"); continue
    text = open(t, encoding="utf-8").read()
    lines = text.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
        probs.append(f"{name}: headline/blank-line format")
    paras = [p for p in "\n".join(lines[2:]).split("\n\n") if p.strip()]
    if not 2 <= len(paras) <= 8: probs.append(f"{name}: {len(paras)} paragraphs")
    try: g = json.load(open(j, encoding="utf-8"))
    except Exception as e: probs.append(f"{name}: bad json {e}"); continue
    for i, ev in enumerate(g.get("events", [])):
        n += 1
        if ev.get("type") not in TYPES: probs.append(f"{name}#{i}: type {ev.get('type')}")
        if ev.get("outcome") not in OUTS: probs.append(f"{name}#{i}: outcome {ev.get('outcome')}")
        if ev.get("candidate_kind") not in ("person","group"): probs.append(f"{name}#{i}: kind")
        if ev.get("candidate_kind") == "group" and not isinstance(ev.get("candidate_count"), int):
            probs.append(f"{name}#{i}: group without count")
        for f in ("employer","candidate","previous_employer","role"):
            v = ev.get(f, "")
            if not v:
                if f in ("employer","candidate"): probs.append(f"{name}#{i}: empty {f}")
                continue
            if not any(a and a in text for a in v.split("|")):
                probs.append(f"{name}#{i}: {f} '{v}' not in text")
        for f in ("offers_usd","offers_krw"):
            for a in ev.get(f, []):
                if not (isinstance(a, str) and a.isdigit()): probs.append(f"{name}#{i}: {f} {a!r}")
print(f"{len(txts)} articles, {n} events, {len(probs)} problems")
for p in probs: print("  " + p)
sys.exit(1 if probs else 0)
