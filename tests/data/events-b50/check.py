#!/usr/bin/env python3
"""Checker for batch b50: parses every gold .json and verifies that every name value
(at least one '|' alternative) occurs verbatim in the matching article. Also checks
basic schema, and prints a counts table."""
import json, os, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ("employer", "candidate", "previous_employer", "role")

problems = []
counts = collections.Counter()
names = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".txt"))
for name in names:
    txt_path = os.path.join(HERE, name + ".txt")
    json_path = os.path.join(HERE, name + ".json")
    text = open(txt_path, encoding="utf-8").read()
    lines = text.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
        problems.append(f"{name}: headline/blank-line format")
    paras = [p for p in text.split("\n\n")[1:] if p.strip()]
    if not 2 <= len(paras) <= 8:
        problems.append(f"{name}: {len(paras)} paragraphs")
    if not os.path.exists(json_path):
        problems.append(f"{name}: missing json"); continue
    try:
        gold = json.load(open(json_path, encoding="utf-8"))
    except Exception as e:
        problems.append(f"{name}: bad json {e}"); continue
    lang = name[:2]
    counts[(lang, "articles")] += 1
    if not gold["events"]:
        counts[(lang, "no-event articles")] += 1
    for i, ev in enumerate(gold["events"]):
        tag = f"{name}#{i}"
        if ev.get("type") not in TYPES: problems.append(f"{tag}: type {ev.get('type')}")
        if ev.get("outcome") not in OUTCOMES: problems.append(f"{tag}: outcome {ev.get('outcome')}")
        if ev.get("candidate_kind") not in ("person", "group"): problems.append(f"{tag}: kind")
        if ev.get("candidate_kind") == "group" and "candidate_count" in ev and not isinstance(ev["candidate_count"], int):
            problems.append(f"{tag}: count not int")
        for key in ("employer", "candidate"):
            if not ev.get(key): problems.append(f"{tag}: empty {key}")
        for key in NAME_FIELDS:
            val = ev.get(key)
            if not val: continue
            alts = [a for a in val.split("|") if a]
            if not any(a in text for a in alts):
                problems.append(f"{tag}: {key}={val!r} not found in article")
        for key in ("offers_usd", "offers_krw"):
            for amt in ev.get(key, []):
                if not (isinstance(amt, str) and amt.isdigit()):
                    problems.append(f"{tag}: {key} bad amount {amt!r}")
        counts[(lang, "events")] += 1
        counts[(lang, "type:" + ev["type"])] += 1
        counts[(lang, "outcome:" + ev["outcome"])] += 1
        if ev.get("offers_usd") or ev.get("offers_krw"):
            counts[(lang, "events with pay")] += 1

rows = sorted({k for _, k in counts}, key=lambda k: (k != "articles", k != "no-event articles", k != "events", k))
print(f"{'':24}{'ko':>6}{'en':>6}{'total':>7}")
for r in rows:
    ko, en = counts[("ko", r)], counts[("en", r)]
    print(f"{r:24}{ko:>6}{en:>6}{ko+en:>7}")
print()
for p in problems: print("PROBLEM:", p)
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
