#!/usr/bin/env python3
"""Checker for batch b31: parses every gold .json, validates the schema and verifies that every
name value (at least one '|' alternative) occurs verbatim in its article. Also checks file layout."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]

problems = []
names = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".txt"))
for n in names:
    txt_path, js_path = os.path.join(HERE, n + ".txt"), os.path.join(HERE, n + ".json")
    text = open(txt_path, encoding="utf-8").read()
    # layout: headline, blank line, 2-8 paragraphs
    blocks = [b for b in re.split(r"\n\s*\n", text.strip())]
    if "\n" in blocks[0]:
        problems.append(f"{n}: headline not followed by a blank line")
    if not 2 <= len(blocks) - 1 <= 8:
        problems.append(f"{n}: {len(blocks)-1} paragraphs (need 2-8)")
    if not os.path.exists(js_path):
        problems.append(f"{n}: missing json"); continue
    try:
        gold = json.load(open(js_path, encoding="utf-8"))
    except Exception as e:
        problems.append(f"{n}: json parse error {e}"); continue
    evs = gold.get("events")
    if not isinstance(evs, list):
        problems.append(f"{n}: 'events' is not a list"); continue
    for i, ev in enumerate(evs):
        tag = f"{n}#{i}"
        if ev.get("type") not in TYPES: problems.append(f"{tag}: bad type {ev.get('type')}")
        if ev.get("outcome") not in OUTCOMES: problems.append(f"{tag}: bad outcome {ev.get('outcome')}")
        if ev.get("candidate_kind") not in ("person", "group"): problems.append(f"{tag}: bad candidate_kind")
        if ev.get("candidate_kind") == "group" and "candidate_count" in ev and not isinstance(ev["candidate_count"], int):
            problems.append(f"{tag}: candidate_count not int")
        if ev.get("type") == "departure" and ev.get("outcome") != "left": problems.append(f"{tag}: departure not left")
        if ev.get("type") == "acquisition_attempt" and ev.get("outcome") != "failed": problems.append(f"{tag}: attempt not failed")
        for k in ("offers_usd", "offers_krw"):
            for a in ev.get(k, []):
                if not (isinstance(a, str) and a.isdigit()): problems.append(f"{tag}: {k} value {a!r} not digit string")
        for f in NAME_FIELDS:
            v = ev.get(f)
            if f in ("employer", "candidate") and not v:
                problems.append(f"{tag}: empty {f}"); continue
            if not v: continue
            alts = [a for a in v.split("|") if a]
            if not any(a in text for a in alts):
                problems.append(f"{tag}: {f} {v!r} not found verbatim in article")
print(f"{len(names)} articles checked, {len(problems)} problems")
for p in problems: print("  " + p)
sys.exit(1 if problems else 0)
