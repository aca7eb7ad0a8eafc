#!/usr/bin/env python3
"""Checker for batch b21: parses every gold .json and verifies that every name value
(at least one '|' alternative) occurs verbatim in the matching .txt article.
Also checks file structure and field vocabularies. Prints problems and a summary table."""
import json, os, sys, glob, collections

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]

problems = []
by_lang = collections.defaultdict(collections.Counter)

txts = sorted(glob.glob(os.path.join(HERE, "*.txt")))
for txt in txts:
    base = os.path.basename(txt)[:-4]
    lang = base.split("-")[0]
    text = open(txt, encoding="utf-8").read()
    # structure: headline, blank line, 2-8 paragraphs
    lines = text.rstrip("\n").split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
        problems.append(f"{base}: needs headline line then blank line")
    paras = [p for p in "\n".join(lines[2:]).split("\n\n") if p.strip()]
    if not 2 <= len(paras) <= 8:
        problems.append(f"{base}: {len(paras)} paragraphs (want 2-8)")
    jpath = os.path.join(HERE, base + ".json")
    if not os.path.exists(jpath):
        problems.append(f"{base}: missing json"); continue
    try:
        gold = json.load(open(jpath, encoding="utf-8"))
    except Exception as e:
        problems.append(f"{base}: bad json: {e}"); continue
    events = gold.get("events")
    if not isinstance(events, list):
        problems.append(f"{base}: 'events' must be a list"); continue
    by_lang[lang]["articles"] += 1
    if not events:
        by_lang[lang]["no-event articles"] += 1
    for i, ev in enumerate(events):
        tag = f"{base}#{i}"
        t, o = ev.get("type"), ev.get("outcome")
        if t not in TYPES: problems.append(f"{tag}: bad type {t}")
        if o not in OUTCOMES: problems.append(f"{tag}: bad outcome {o}")
        if t == "departure" and o != "left": problems.append(f"{tag}: departure must be left")
        if t == "acquisition_attempt" and o != "failed": problems.append(f"{tag}: attempt must be failed")
        if t == "departure" and ev.get("previous_employer"): problems.append(f"{tag}: departure with previous_employer")
        kind = ev.get("candidate_kind")
        if kind not in ("person", "group"): problems.append(f"{tag}: bad candidate_kind {kind}")
        if kind == "group" and "candidate_count" in ev and not isinstance(ev["candidate_count"], int):
            problems.append(f"{tag}: candidate_count must be int")
        for f in ("employer", "candidate"):
            if not ev.get(f): problems.append(f"{tag}: missing {f}")
        for f in NAME_FIELDS:
            v = ev.get(f)
            if not v: continue
            alts = [a for a in v.split("|") if a]
            if not any(a in text for a in alts):
                problems.append(f"{tag}: {f} {v!r} not found verbatim in article")
        for f in ("offers_usd", "offers_krw"):
            for a in ev.get(f, []) or []:
                if not (isinstance(a, str) and a.isdigit()):
                    problems.append(f"{tag}: {f} value {a!r} must be digit string")
        by_lang[lang]["events"] += 1
        by_lang[lang][f"type:{t}"] += 1
        by_lang[lang][f"outcome:{o}"] += 1

for j in glob.glob(os.path.join(HERE, "*.json")):
    if not os.path.exists(j[:-5] + ".txt"):
        problems.append(f"{os.path.basename(j)}: json without txt")

for p in problems: print("PROBLEM:", p)
keys = sorted({k for c in by_lang.values() for k in c})
langs = sorted(by_lang)
print(f"{'':28}" + "".join(f"{l:>6}" for l in langs) + f"{'total':>7}")
for k in keys:
    vals = [by_lang[l][k] for l in langs]
    print(f"{k:28}" + "".join(f"{v:>6}" for v in vals) + f"{sum(vals):>7}")
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
