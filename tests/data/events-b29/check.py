#!/usr/bin/env python3
"""Checker for batch b29: parses every gold .json and verifies that every name value
(employer, candidate, previous_employer, role) has at least one '|'-alternative that occurs
verbatim in the paired article. Also checks schema values. Prints counts."""
import json, os, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]

problems = []
by_type = collections.Counter(); by_outcome = collections.Counter()
per_lang = collections.defaultdict(lambda: collections.Counter())
names = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".txt"))
for name in names:
    lang = name.split("-")[0]
    txt_path = os.path.join(HERE, name + ".txt"); js_path = os.path.join(HERE, name + ".json")
    text = open(txt_path, encoding="utf-8").read()
    lines = text.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
        problems.append(f"{name}: bad headline/blank-line layout")
    paras = [p for p in "\n".join(lines[2:]).split("\n\n") if p.strip()]
    if not 2 <= len(paras) <= 8:
        problems.append(f"{name}: {len(paras)} paragraphs")
    if not os.path.exists(js_path):
        problems.append(f"{name}: missing json"); continue
    try:
        gold = json.load(open(js_path, encoding="utf-8"))
    except Exception as e:
        problems.append(f"{name}: json error {e}"); continue
    evs = gold.get("events")
    if not isinstance(evs, list):
        problems.append(f"{name}: events not a list"); continue
    per_lang[lang]["articles"] += 1
    if not evs:
        per_lang[lang]["no_event_articles"] += 1
    for i, ev in enumerate(evs):
        t = ev.get("type"); o = ev.get("outcome")
        if t not in TYPES: problems.append(f"{name}#{i}: bad type {t}")
        if o not in OUTCOMES: problems.append(f"{name}#{i}: bad outcome {o}")
        if ev.get("candidate_kind") not in ("person", "group"):
            problems.append(f"{name}#{i}: bad candidate_kind")
        if ev.get("candidate_kind") == "group" and "candidate_count" in ev and not isinstance(ev["candidate_count"], int):
            problems.append(f"{name}#{i}: candidate_count not int")
        for f in ("employer", "candidate"):
            if not ev.get(f): problems.append(f"{name}#{i}: empty {f}")
        for f in NAME_FIELDS:
            v = ev.get(f) or ""
            if not v: continue
            alts = [a for a in v.split("|") if a]
            if not any(a in text for a in alts):
                problems.append(f"{name}#{i}: {f} '{v}' not found verbatim")
        for f in ("offers_usd", "offers_krw"):
            for a in ev.get(f, []):
                if not (isinstance(a, str) and a.isdigit()):
                    problems.append(f"{name}#{i}: {f} value {a!r} not a digit string")
        by_type[t] += 1; by_outcome[o] += 1
        per_lang[lang]["events"] += 1
        per_lang[lang]["type:" + t] += 1
        per_lang[lang]["outcome:" + o] += 1

for p in problems: print("PROBLEM", p)
print(f"articles: {len(names)}")
for lang in sorted(per_lang): print(lang, dict(sorted(per_lang[lang].items())))
print("by type:", dict(by_type)); print("by outcome:", dict(by_outcome))
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
