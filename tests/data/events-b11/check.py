#!/usr/bin/env python3
"""Checks gold files: JSON parses, schema sane, every name value (>=1 '|' alternative) occurs verbatim in the article."""
import json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire","offer","acquihire","acquisition_attempt","departure"}
OUTS = {"offered","declined","accepted","joined","left","failed"}
problems = []
names = sorted(f[:-4] for f in os.listdir(D) if re.fullmatch(r"(ko|en)-\d\d\.txt", f))
for n in names:
    txt = open(os.path.join(D, n + ".txt"), encoding="utf-8").read()
    lines = txt.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
        problems.append(f"{n}: headline/blank-line format")
    paras = [p for p in txt.split("\n\n")[1:] if p.strip()]
    if not 2 <= len(paras) <= 8:
        problems.append(f"{n}: {len(paras)} paragraphs")
    try:
        g = json.load(open(os.path.join(D, n + ".json"), encoding="utf-8"))
    except Exception as e:
        problems.append(f"{n}: json error {e}"); continue
    for i, ev in enumerate(g.get("events", [])):
        tag = f"{n}#{i}"
        if ev.get("type") not in TYPES: problems.append(f"{tag}: bad type")
        if ev.get("outcome") not in OUTS: problems.append(f"{tag}: bad outcome")
        if ev.get("candidate_kind") not in ("person", "group"): problems.append(f"{tag}: bad kind")
        if ev.get("candidate_kind") == "group" and "candidate_count" in ev and not isinstance(ev["candidate_count"], int):
            problems.append(f"{tag}: count not int")
        if ev.get("type") == "departure" and ev.get("outcome") != "left": problems.append(f"{tag}: departure not left")
        if ev.get("type") == "acquisition_attempt" and ev.get("outcome") != "failed": problems.append(f"{tag}: attempt not failed")
        for k in ("offers_usd", "offers_krw"):
            for a in ev.get(k, []):
                if not (isinstance(a, str) and a.isdigit()): problems.append(f"{tag}: bad amount {a!r}")
        for k in ("employer", "candidate", "previous_employer", "role"):
            v = ev.get(k, "")
            if k in ("employer", "candidate") and not v:
                problems.append(f"{tag}: missing {k}"); continue
            if v and not any(alt and alt in txt for alt in v.split("|")):
                problems.append(f"{tag}: {k} {v!r} not found verbatim")
print(f"{len(names)} articles checked, {len(problems)} problems")
for p in problems: print("  " + p)
sys.exit(1 if problems else 0)
