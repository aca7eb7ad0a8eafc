#!/usr/bin/env python3
"""Checker for batch b24: parses every NAME.json, checks schema basics and that every
name value (at least one '|' alternative) occurs verbatim in NAME.txt."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]

problems = []
counts = Counter()
for fn in sorted(os.listdir(HERE)):
    if not fn.endswith(".txt"):
        continue
    base = fn[:-4]
    txt = open(os.path.join(HERE, fn), encoding="utf-8").read()
    lines = txt.split("\n")
    if not lines[0].strip() or (len(lines) > 1 and lines[1].strip()):
        problems.append(f"{base}: needs headline, then blank line")
    paras = [p for p in txt.split("\n\n")[1:] if p.strip()]
    if not 2 <= len(paras) <= 8:
        problems.append(f"{base}: {len(paras)} paragraphs")
    jp = os.path.join(HERE, base + ".json")
    if not os.path.exists(jp):
        problems.append(f"{base}: missing json"); continue
    try:
        data = json.load(open(jp, encoding="utf-8"))
    except Exception as e:
        problems.append(f"{base}: bad json {e}"); continue
    evs = data.get("events")
    if not isinstance(evs, list):
        problems.append(f"{base}: events not a list"); continue
    counts[base[:2] + ":articles"] += 1
    for i, ev in enumerate(evs):
        t, o = ev.get("type"), ev.get("outcome")
        if t not in TYPES: problems.append(f"{base}#{i}: bad type {t}")
        if o not in OUTCOMES: problems.append(f"{base}#{i}: bad outcome {o}")
        if ev.get("candidate_kind") not in ("person", "group"):
            problems.append(f"{base}#{i}: bad candidate_kind")
        if ev.get("candidate_kind") == "group" and "candidate_count" in ev and not isinstance(ev["candidate_count"], int):
            problems.append(f"{base}#{i}: candidate_count not int")
        for f in NAME_FIELDS:
            v = ev.get(f, "")
            if f in ("employer", "candidate") and not v:
                problems.append(f"{base}#{i}: empty {f}")
            if v and not any(a and a in txt for a in v.split("|")):
                problems.append(f"{base}#{i}: {f} '{v}' not in text")
        for f in ("offers_usd", "offers_krw"):
            for a in ev.get(f, []):
                if not (isinstance(a, str) and re.fullmatch(r"\d+", a)):
                    problems.append(f"{base}#{i}: bad amount {a!r} in {f}")
        counts[f"{base[:2]}:{t}"] += 1
        counts[f"{base[:2]}:{t}/{o}"] += 1
        counts[base[:2] + ":events"] += 1

for p in problems:
    print("PROBLEM", p)
if "-v" in sys.argv:
    for k in sorted(counts):
        print(k, counts[k])
print(f"{len(problems)} problems")
