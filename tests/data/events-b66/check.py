#!/usr/bin/env python3
"""Checker for batch b66: parses every gold .json, verifies that every name value
(at least one '|' alternative) occurs verbatim in its article, validates the schema
and article layout, and prints the counts table."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]

problems = []
counts = {"ko": Counter(), "en": Counter()}
arts = {"ko": 0, "en": 0}
empty = {"ko": 0, "en": 0}

names = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".txt"))
expected = [f"ko-{i:02d}" for i in range(1, 21)] + [f"en-{i:02d}" for i in range(1, 21)]
for e in expected:
    if e not in names:
        problems.append(f"missing article {e}.txt")
for name in names:
    lang = name[:2]
    txt = open(os.path.join(HERE, name + ".txt"), encoding="utf-8").read()
    jp = os.path.join(HERE, name + ".json")
    if not os.path.exists(jp):
        problems.append(f"{name}: missing json"); continue
    try:
        gold = json.load(open(jp, encoding="utf-8"))
    except Exception as ex:
        problems.append(f"{name}: bad json {ex}"); continue
    # layout: headline, blank line, 2-8 paragraphs
    blocks = [b for b in txt.strip("\n").split("\n\n")]
    if "\n" in blocks[0]:
        problems.append(f"{name}: headline not followed by blank line")
    if not 2 <= len(blocks) - 1 <= 8:
        problems.append(f"{name}: {len(blocks)-1} paragraphs")
    arts[lang] += 1
    evs = gold.get("events")
    if not isinstance(evs, list):
        problems.append(f"{name}: events not a list"); continue
    if not evs:
        empty[lang] += 1
    for i, ev in enumerate(evs):
        tag = f"{name}#{i}"
        t, o = ev.get("type"), ev.get("outcome")
        if t not in TYPES: problems.append(f"{tag}: bad type {t}")
        if o not in OUTCOMES: problems.append(f"{tag}: bad outcome {o}")
        if t == "departure" and o != "left": problems.append(f"{tag}: departure must be left")
        if t == "acquisition_attempt" and o != "failed": problems.append(f"{tag}: attempt must be failed")
        if ev.get("candidate_kind") not in ("person", "group"):
            problems.append(f"{tag}: bad candidate_kind")
        if ev.get("candidate_kind") == "group" and not isinstance(ev.get("candidate_count"), int):
            problems.append(f"{tag}: group without integer count")
        for f in ("employer", "candidate"):
            if not ev.get(f): problems.append(f"{tag}: empty {f}")
        for f in NAME_FIELDS:
            v = ev.get(f)
            if not v: continue
            alts = [a for a in v.split("|") if a]
            if not any(a in txt for a in alts):
                problems.append(f"{tag}: {f} '{v}' not found verbatim")
        for f in ("offers_usd", "offers_krw"):
            for a in ev.get(f, []):
                if not (isinstance(a, str) and re.fullmatch(r"[1-9][0-9]*", a)):
                    problems.append(f"{tag}: bad amount {a!r} in {f}")
        counts[lang]["events"] += 1
        counts[lang]["type:" + t] += 1
        counts[lang]["outcome:" + o] += 1
        counts[lang]["type/outcome:" + f"{t}/{o}"] += 1
        if ev.get("offers_usd"): counts[lang]["with USD amounts"] += 1
        if ev.get("offers_krw"): counts[lang]["with KRW amounts"] += 1

print("| | ko | en | total |\n|---|---|---|---|")
print(f"| articles | {arts['ko']} | {arts['en']} | {arts['ko']+arts['en']} |")
print(f"| articles with no events | {empty['ko']} | {empty['en']} | {empty['ko']+empty['en']} |")
keys = sorted(set(counts["ko"]) | set(counts["en"]), key=lambda k: (k != "events", k))
for k in keys:
    a, b = counts["ko"][k], counts["en"][k]
    print(f"| {k} | {a} | {b} | {a+b} |")
print(f"\n{len(problems)} problems")
for p in problems: print(" -", p)
sys.exit(1 if problems else 0)
