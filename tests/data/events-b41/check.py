#!/usr/bin/env python3
"""Checker for batch b41: parses every NAME.json, validates schema, and verifies that every
name value (employer, candidate, previous_employer, role) has at least one "|"-alternative that
occurs verbatim in NAME.txt. Also checks the file layout (headline, blank line, 2-8 paragraphs)."""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
problems = []

def p(name, msg):
    problems.append(f"{name}: {msg}")

txts = sorted(glob.glob(os.path.join(HERE, "*.txt")))
jsons = sorted(glob.glob(os.path.join(HERE, "*.json")))
if len(txts) != 40 or len(jsons) != 40:
    p("folder", f"expected 40 txt + 40 json, found {len(txts)} + {len(jsons)}")

for jpath in jsons:
    name = os.path.basename(jpath)[:-5]
    tpath = os.path.join(HERE, name + ".txt")
    if not os.path.exists(tpath):
        p(name, "missing .txt"); continue
    text = open(tpath, encoding="utf-8").read()
    lines = text.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1] != "":
        p(name, "layout: headline line + blank line expected")
    paras = [x for x in re.split(r"\n\s*\n", "\n".join(lines[2:]).strip()) if x.strip()]
    if not 2 <= len(paras) <= 8:
        p(name, f"layout: {len(paras)} paragraphs")
    try:
        data = json.load(open(jpath, encoding="utf-8"))
    except Exception as e:
        p(name, f"json parse error {e}"); continue
    evs = data.get("events")
    if not isinstance(evs, list):
        p(name, "no events list"); continue
    for i, ev in enumerate(evs):
        tag = f"{name}#{i}"
        if ev.get("type") not in TYPES: p(tag, f"bad type {ev.get('type')}")
        if ev.get("outcome") not in OUTCOMES: p(tag, f"bad outcome {ev.get('outcome')}")
        kind = ev.get("candidate_kind")
        if kind not in ("person", "group"): p(tag, "bad candidate_kind")
        if kind == "group" and not isinstance(ev.get("candidate_count"), int):
            p(tag, "group without integer candidate_count")
        if ev.get("type") == "acquisition_attempt" and ev.get("outcome") != "failed":
            p(tag, "acquisition_attempt must be failed")
        if ev.get("type") == "departure" and ev.get("outcome") != "left":
            p(tag, "departure must be left")
        for key in ("offers_usd", "offers_krw"):
            for v in ev.get(key, []):
                if not (isinstance(v, str) and v.isdigit()):
                    p(tag, f"{key} value {v!r} not a digit string")
        for key in ("employer", "candidate", "previous_employer", "role"):
            val = ev.get(key)
            if key in ("employer", "candidate") and not val:
                p(tag, f"empty {key}"); continue
            if not val:
                continue
            alts = [a for a in val.split("|") if a]
            if not any(a in text for a in alts):
                p(tag, f"{key} {val!r}: no alternative found verbatim in article")

for x in problems:
    print(x)
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
