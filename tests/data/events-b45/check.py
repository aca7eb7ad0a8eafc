#!/usr/bin/env python3
"""Checker for batch b45: parses every gold .json, verifies that every name value
(at least one '|' alternative) occurs verbatim in its article, validates field values,
and prints the counts table used in README.md."""
import json, os, sys, glob
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]

problems = []
counts = {}
for txt in sorted(glob.glob(os.path.join(HERE, "*.txt"))):
    name = os.path.basename(txt)[:-4]
    lang = name.split("-")[0]
    js = txt[:-4] + ".json"
    text = open(txt, encoding="utf-8").read()
    lines = text.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
        problems.append(f"{name}: headline/blank-line layout wrong")
    paras = [p for p in "\n".join(lines[2:]).split("\n\n") if p.strip()]
    if not 2 <= len(paras) <= 8:
        problems.append(f"{name}: {len(paras)} paragraphs")
    if not os.path.exists(js):
        problems.append(f"{name}: missing json"); continue
    try:
        gold = json.load(open(js, encoding="utf-8"))
    except Exception as e:
        problems.append(f"{name}: bad json {e}"); continue
    c = counts.setdefault(lang, Counter())
    c["articles"] += 1
    evs = gold.get("events")
    if not isinstance(evs, list):
        problems.append(f"{name}: events not a list"); continue
    if not evs:
        c["no-event articles"] += 1
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
            v = ev.get(f) or ""
            if not v: continue
            alts = [a for a in v.split("|") if a]
            if not any(a in text for a in alts):
                problems.append(f"{tag}: {f} '{v}' not found verbatim")
        for f in ("offers_usd", "offers_krw"):
            for a in ev.get(f, []):
                if not (isinstance(a, str) and a.isdigit()): problems.append(f"{tag}: bad amount {a!r} in {f}")
        c["events"] += 1
        c[f"type:{ev.get('type')}"] += 1
        c[f"outcome:{ev.get('outcome')}"] += 1
        if ev.get("offers_usd") or ev.get("offers_krw"): c["events with pay"] += 1

for p in problems: print("PROBLEM", p)
print(f"{len(problems)} problems")
keys = ["articles", "no-event articles", "events"] + sorted(k for k in set().union(*counts.values()) if k.startswith("type:")) \
       + sorted(k for k in set().union(*counts.values()) if k.startswith("outcome:")) + ["events with pay"]
print("| count | ko | en | total |\n|---|---|---|---|")
for k in keys:
    ko, en = counts.get("ko", Counter())[k], counts.get("en", Counter())[k]
    print(f"| {k} | {ko} | {en} | {ko+en} |")
sys.exit(1 if problems else 0)
