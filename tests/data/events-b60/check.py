#!/usr/bin/env python3
"""Check gold files: JSON parses, schema sane, every name value (one alternative) occurs verbatim in the article."""
import json, os, sys, glob
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]

problems = []
counts = Counter()
for txt in sorted(glob.glob(os.path.join(HERE, "*.txt"))):
    name = os.path.basename(txt)[:-4]
    lang = name.split("-")[0]
    text = open(txt, encoding="utf-8").read()
    lines = text.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
        problems.append(f"{name}: headline/blank-line format")
    paras = [p for p in text.split("\n\n")[1:] if p.strip()]
    if not 2 <= len(paras) <= 8:
        problems.append(f"{name}: {len(paras)} paragraphs")
    jp = txt[:-4] + ".json"
    if not os.path.exists(jp):
        problems.append(f"{name}: missing json"); continue
    try:
        gold = json.load(open(jp, encoding="utf-8"))
    except Exception as e:
        problems.append(f"{name}: bad json {e}"); continue
    counts[(lang, "articles")] += 1
    if not gold["events"]:
        counts[(lang, "empty")] += 1
    for i, ev in enumerate(gold["events"]):
        t, o = ev.get("type"), ev.get("outcome")
        if t not in TYPES: problems.append(f"{name}#{i}: type {t}")
        if o not in OUTCOMES: problems.append(f"{name}#{i}: outcome {o}")
        if ev.get("candidate_kind") not in ("person", "group"):
            problems.append(f"{name}#{i}: candidate_kind")
        if ev.get("candidate_kind") == "group" and "candidate_count" in ev and not isinstance(ev["candidate_count"], int):
            problems.append(f"{name}#{i}: candidate_count not int")
        for f in ("offers_usd", "offers_krw"):
            for a in ev.get(f, []):
                if not (isinstance(a, str) and a.isdigit()):
                    problems.append(f"{name}#{i}: {f} value {a!r}")
        for f in NAME_FIELDS:
            v = ev.get(f, "")
            if f in ("employer", "candidate") and not v:
                problems.append(f"{name}#{i}: empty {f}")
            if v and not any(alt and alt in text for alt in v.split("|")):
                problems.append(f"{name}#{i}: {f} {v!r} not in article")
        counts[(lang, "events")] += 1
        counts[(lang, t)] += 1
        counts[(lang, "outcome:" + str(o))] += 1

keys = ["articles", "empty", "events"] + sorted(TYPES) + ["outcome:" + o for o in sorted(OUTCOMES)]
print(f"{'':28}{'ko':>5}{'en':>5}{'all':>6}")
for k in keys:
    print(f"{k:28}{counts[('ko',k)]:>5}{counts[('en',k)]:>5}{counts[('ko',k)]+counts[('en',k)]:>6}")
for p in problems:
    print("PROBLEM:", p)
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
