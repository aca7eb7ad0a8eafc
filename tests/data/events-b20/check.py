#!/usr/bin/env python3
"""Checker for batch b20: parses every NAME.json, validates schema, and verifies that every
name value (at least one '|' alternative) occurs verbatim in NAME.txt. Prints counts."""
import json, os, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]

problems = []
counts = {"ko": collections.Counter(), "en": collections.Counter()}
arts = collections.Counter()
lines = []
for fn in sorted(os.listdir(HERE)):
    if not fn.endswith(".txt"):
        continue
    base = fn[:-4]
    lang = base.split("-")[0]
    txt = open(os.path.join(HERE, fn), encoding="utf-8").read()
    parts = txt.split("\n\n")
    if len(parts) < 3 or "\n" in parts[0].strip():
        problems.append(f"{fn}: expected headline, blank line, paragraphs")
    if not (2 <= len([p for p in parts[1:] if p.strip()]) <= 8):
        problems.append(f"{fn}: paragraph count {len(parts)-1} not in 2..8")
    jp = os.path.join(HERE, base + ".json")
    if not os.path.exists(jp):
        problems.append(f"{base}: missing json"); continue
    try:
        gold = json.load(open(jp, encoding="utf-8"))
    except Exception as e:
        problems.append(f"{base}.json: parse error {e}"); continue
    evs = gold.get("events")
    if not isinstance(evs, list):
        problems.append(f"{base}.json: 'events' not a list"); continue
    arts[lang] += 1
    counts[lang]["events"] += len(evs)
    if not evs:
        counts[lang]["no-event articles"] += 1
    for i, ev in enumerate(evs):
        tag = f"{base}.json#{i}"
        if ev.get("type") not in TYPES: problems.append(f"{tag}: bad type {ev.get('type')}")
        if ev.get("outcome") not in OUTCOMES: problems.append(f"{tag}: bad outcome {ev.get('outcome')}")
        if ev.get("candidate_kind") not in ("person", "group"): problems.append(f"{tag}: bad candidate_kind")
        if ev.get("candidate_kind") == "group" and "candidate_count" in ev and not isinstance(ev["candidate_count"], int):
            problems.append(f"{tag}: candidate_count not int")
        for f in ("employer", "candidate"):
            if not ev.get(f): problems.append(f"{tag}: empty {f}")
        for f in NAME_FIELDS:
            v = ev.get(f) or ""
            if not v: continue
            alts = [a for a in v.split("|") if a]
            if not any(a in txt for a in alts):
                problems.append(f"{tag}: {f}={v!r} not found verbatim in {fn}")
            for a in alts:
                if a not in txt:
                    # informational only: alternatives need not all occur
                    pass
        for f in ("offers_usd", "offers_krw"):
            for a in ev.get(f, []) or []:
                if not (isinstance(a, str) and a.isdigit()):
                    problems.append(f"{tag}: {f} value {a!r} not a digit string")
        counts[lang][f"type:{ev.get('type')}"] += 1
        counts[lang][f"outcome:{ev.get('outcome')}"] += 1
        counts[lang][f"{ev.get('type')}/{ev.get('outcome')}"] += 1

if "--table" in sys.argv:
    keys = sorted(set(counts["ko"]) | set(counts["en"]))
    print("| | ko | en | total |\n|---|---|---|---|")
    print(f"| articles | {arts['ko']} | {arts['en']} | {arts['ko']+arts['en']} |")
    for k in ["events", "no-event articles"] + [k for k in keys if k.startswith("type:")] + \
             [k for k in keys if k.startswith("outcome:")] + [k for k in keys if "/" in k]:
        print(f"| {k} | {counts['ko'][k]} | {counts['en'][k]} | {counts['ko'][k]+counts['en'][k]} |")
for p in problems:
    print("PROBLEM:", p)
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
