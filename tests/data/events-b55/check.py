#!/usr/bin/env python3
"""Checker for batch b55: parses every gold .json, validates the schema and verifies that every
name value (employer, candidate, previous_employer, role; at least one '|' alternative) occurs
verbatim in its article. Also checks the article layout and prints the counts table."""
import json, os, sys, glob
from collections import Counter

D = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
problems = []
tc = {"ko": Counter(), "en": Counter()}
oc = {"ko": Counter(), "en": Counter()}
arts = Counter(); neg = Counter(); evn = Counter()

for txt in sorted(glob.glob(os.path.join(D, "*.txt"))):
    name = os.path.basename(txt)[:-4]
    lang = name[:2]
    text = open(txt, encoding="utf-8").read()
    paras = text.strip("\n").split("\n\n")
    if len(paras) < 3 or "\n" in paras[0]:
        problems.append(f"{name}: headline/blank-line layout")
    if not 2 <= len(paras) - 1 <= 8:
        problems.append(f"{name}: {len(paras)-1} body paragraphs")
    jp = txt[:-4] + ".json"
    if not os.path.exists(jp):
        problems.append(f"{name}: missing json"); continue
    try:
        gold = json.load(open(jp, encoding="utf-8"))
    except Exception as e:
        problems.append(f"{name}: bad json {e}"); continue
    evs = gold.get("events")
    if not isinstance(evs, list):
        problems.append(f"{name}: 'events' not a list"); continue
    arts[lang] += 1
    if not evs: neg[lang] += 1
    evn[lang] += len(evs)
    for i, e in enumerate(evs):
        tag = f"{name}#{i}"
        if e.get("type") not in TYPES: problems.append(f"{tag}: bad type {e.get('type')}")
        if e.get("outcome") not in OUTCOMES: problems.append(f"{tag}: bad outcome {e.get('outcome')}")
        kind = e.get("candidate_kind")
        if kind not in ("person", "group"): problems.append(f"{tag}: bad candidate_kind")
        if kind == "group" and not isinstance(e.get("candidate_count"), int):
            problems.append(f"{tag}: group without integer candidate_count")
        if e.get("type") == "departure" and e.get("outcome") != "left":
            problems.append(f"{tag}: departure outcome should be left")
        if e.get("type") == "acquisition_attempt" and e.get("outcome") != "failed":
            problems.append(f"{tag}: acquisition_attempt outcome should be failed")
        for fld in ("offers_usd", "offers_krw"):
            v = e.get(fld, [])
            if not isinstance(v, list) or not all(isinstance(x, str) and x.isdigit() for x in v):
                problems.append(f"{tag}: {fld} must be a list of digit strings")
        for fld in ("employer", "candidate", "previous_employer", "role"):
            val = e.get(fld)
            if val in (None, ""):
                if fld in ("employer", "candidate"): problems.append(f"{tag}: empty {fld}")
                continue
            alts = [a for a in val.split("|") if a]
            if not any(a in text for a in alts):
                problems.append(f"{tag}: {fld} '{val}' not found verbatim")
        tc[lang][e.get("type")] += 1
        oc[lang][e.get("outcome")] += 1

def row(label, c):
    return f"| {label} | {c['ko']} | {c['en']} | {c['ko'] + c['en']} |"

print("| | ko | en | total |\n|---|---|---|---|")
print(row("articles", arts)); print(row("no-event articles", neg)); print(row("events", evn))
for t in ["hire", "offer", "acquihire", "acquisition_attempt", "departure"]:
    print(row(f"type: {t}", {l: tc[l][t] for l in ("ko", "en")}))
for o in ["joined", "accepted", "offered", "declined", "left", "failed"]:
    print(row(f"outcome: {o}", {l: oc[l][o] for l in ("ko", "en")}))
for p in problems: print("PROBLEM:", p)
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
