#!/usr/bin/env python3
"""Checker for batch b27: parses every gold .json and verifies that each name value
(at least one '|' alternative) occurs verbatim in the paired .txt article."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]

problems = []
names = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".txt"))
for name in names:
    txt_path, js_path = os.path.join(HERE, name + ".txt"), os.path.join(HERE, name + ".json")
    text = open(txt_path, encoding="utf-8").read()
    lines = text.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
        problems.append(f"{name}: expected headline, blank line, body")
    paras = [p for p in re.split(r"\n\s*\n", "\n".join(lines[2:])) if p.strip()]
    if not 2 <= len(paras) <= 8:
        problems.append(f"{name}: {len(paras)} paragraphs (want 2-8)")
    if not os.path.exists(js_path):
        problems.append(f"{name}: missing json"); continue
    try:
        gold = json.load(open(js_path, encoding="utf-8"))
    except Exception as e:
        problems.append(f"{name}: bad json {e}"); continue
    evs = gold.get("events")
    if not isinstance(evs, list):
        problems.append(f"{name}: no events list"); continue
    for i, ev in enumerate(evs):
        tag = f"{name}#{i}"
        if ev.get("type") not in TYPES: problems.append(f"{tag}: bad type {ev.get('type')}")
        if ev.get("outcome") not in OUTCOMES: problems.append(f"{tag}: bad outcome {ev.get('outcome')}")
        if ev.get("type") == "departure" and ev.get("outcome") != "left": problems.append(f"{tag}: departure not left")
        if ev.get("type") == "acquisition_attempt" and ev.get("outcome") != "failed": problems.append(f"{tag}: attempt not failed")
        kind = ev.get("candidate_kind")
        if kind not in ("person", "group"): problems.append(f"{tag}: bad candidate_kind")
        if kind == "group" and not isinstance(ev.get("candidate_count"), int): problems.append(f"{tag}: group without integer count")
        for f in ("employer", "candidate"):
            if not ev.get(f): problems.append(f"{tag}: empty {f}")
        for f in NAME_FIELDS:
            v = ev.get(f)
            if not v: continue
            alts = [a for a in v.split("|") if a]
            if not any(a in text for a in alts):
                problems.append(f"{tag}: {f} {v!r} not found verbatim in article")
        for f in ("offers_usd", "offers_krw"):
            for amt in ev.get(f, []):
                if not (isinstance(amt, str) and amt.isdigit()): problems.append(f"{tag}: bad amount {amt!r} in {f}")
for n in names:
    pass
jsons = {f[:-5] for f in os.listdir(HERE) if f.endswith(".json")}
for extra in sorted(jsons - set(names)): problems.append(f"{extra}: json without txt")
for p in problems: print(p)
print(f"{len(names)} articles checked, {len(problems)} problems")
sys.exit(1 if problems else 0)
