#!/usr/bin/env python3
"""Checker for batch b32 gold: parses every NAME.json, verifies schema, that every
name value (at least one '|' alternative) occurs verbatim in NAME.txt, and article format.
Prints problems and a counts table."""
import json, os, sys, glob, collections

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]

problems = []
counts = collections.Counter()
arts = collections.Counter()
neg = collections.Counter()

txts = sorted(glob.glob(os.path.join(HERE, "*.txt")))
for t in txts:
    name = os.path.basename(t)[:-4]
    lang = name.split("-")[0]
    text = open(t, encoding="utf-8").read()
    # format: headline, blank line, 2-8 paragraphs
    blocks = text.strip("\n").split("\n\n")
    if "\n" in blocks[0]:
        problems.append(f"{name}: headline is not a single line")
    paras = [b for b in blocks[1:] if b.strip()]
    if not 2 <= len(paras) <= 8:
        problems.append(f"{name}: {len(paras)} paragraphs")
    j = os.path.join(HERE, name + ".json")
    if not os.path.exists(j):
        problems.append(f"{name}: missing json"); continue
    try:
        gold = json.load(open(j, encoding="utf-8"))
    except Exception as e:
        problems.append(f"{name}: bad json {e}"); continue
    evs = gold.get("events")
    if not isinstance(evs, list):
        problems.append(f"{name}: events not a list"); continue
    arts[lang] += 1
    if not evs:
        neg[lang] += 1
    for i, ev in enumerate(evs):
        where = f"{name}#{i}"
        if ev.get("type") not in TYPES:
            problems.append(f"{where}: bad type {ev.get('type')}")
        if ev.get("outcome") not in OUTCOMES:
            problems.append(f"{where}: bad outcome {ev.get('outcome')}")
        kind = ev.get("candidate_kind")
        if kind not in ("person", "group"):
            problems.append(f"{where}: bad candidate_kind")
        if kind == "group" and not isinstance(ev.get("candidate_count"), int):
            problems.append(f"{where}: group without integer candidate_count")
        for f in ("employer", "candidate"):
            if not ev.get(f):
                problems.append(f"{where}: empty {f}")
        for f in NAME_FIELDS:
            v = ev.get(f)
            if not v:
                continue
            alts = [a for a in v.split("|") if a]
            if not any(a in text for a in alts):
                problems.append(f"{where}: {f}={v!r} not found in article")
        for f in ("offers_usd", "offers_krw"):
            for a in ev.get(f, []) or []:
                if not (isinstance(a, str) and a.isdigit()):
                    problems.append(f"{where}: {f} amount {a!r} not a digit string")
        counts[(lang, ev.get("type"), ev.get("outcome"))] += 1

for j in glob.glob(os.path.join(HERE, "*.json")):
    if not os.path.exists(j[:-5] + ".txt"):
        problems.append(f"{os.path.basename(j)}: json without txt")

for p in problems:
    print("PROBLEM:", p)
print(f"{len(problems)} problems")

print("\n| | ko | en | total |\n|---|---|---|---|")
print(f"| articles | {arts['ko']} | {arts['en']} | {arts['ko']+arts['en']} |")
print(f"| articles with no events | {neg['ko']} | {neg['en']} | {neg['ko']+neg['en']} |")
keys = sorted({(t, o) for (_, t, o) in counts})
tot = collections.Counter()
for t, o in keys:
    k, e = counts[("ko", t, o)], counts[("en", t, o)]
    tot["ko"] += k; tot["en"] += e
    print(f"| {t} / {o} | {k} | {e} | {k+e} |")
for t in sorted(TYPES):
    k = sum(v for (l, tt, _), v in counts.items() if l == "ko" and tt == t)
    e = sum(v for (l, tt, _), v in counts.items() if l == "en" and tt == t)
    print(f"| {t} (all) | {k} | {e} | {k+e} |")
print(f"| events total | {tot['ko']} | {tot['en']} | {tot['ko']+tot['en']} |")
sys.exit(1 if problems else 0)
