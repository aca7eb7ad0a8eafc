#!/usr/bin/env python3
"""Checker for batch b56: parses every gold .json and verifies that every name value
(employer, candidate, previous_employer, role; at least one '|' alternative) occurs verbatim
in the paired article, plus basic schema sanity. Prints problems and a final count."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
KINDS = {"person", "group"}
problems = []

def p(name, msg):
    problems.append(f"{name}: {msg}")

names = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".txt"))
expected = [f"ko-{i:02d}" for i in range(1, 21)] + [f"en-{i:02d}" for i in range(1, 21)]
for n in expected:
    if n not in names:
        p(n, "missing .txt")

for n in names:
    txt_path = os.path.join(HERE, n + ".txt")
    js_path = os.path.join(HERE, n + ".json")
    with open(txt_path, encoding="utf-8") as f:
        text = f.read()
    # format: headline, blank line, 2-8 paragraphs
    blocks = text.strip("\n").split("\n\n")
    if len(blocks[0].splitlines()) != 1:
        p(n, "headline is not a single line")
    if not 2 <= len(blocks) - 1 <= 8:
        p(n, f"{len(blocks)-1} paragraphs (want 2-8)")
    if not os.path.exists(js_path):
        p(n, "missing .json"); continue
    try:
        with open(js_path, encoding="utf-8") as f:
            gold = json.load(f)
    except Exception as e:
        p(n, f"bad json: {e}"); continue
    evs = gold.get("events")
    if not isinstance(evs, list):
        p(n, "'events' is not a list"); continue
    for i, e in enumerate(evs):
        tag = f"{n}#{i}"
        if e.get("type") not in TYPES: p(tag, f"bad type {e.get('type')}")
        if e.get("outcome") not in OUTCOMES: p(tag, f"bad outcome {e.get('outcome')}")
        if e.get("candidate_kind") not in KINDS: p(tag, f"bad candidate_kind {e.get('candidate_kind')}")
        if e.get("candidate_kind") == "group" and "candidate_count" in e and not isinstance(e["candidate_count"], int):
            p(tag, "candidate_count not int")
        for fld in ("offers_usd", "offers_krw"):
            for a in e.get(fld, []):
                if not (isinstance(a, str) and re.fullmatch(r"[0-9]+", a)):
                    p(tag, f"{fld} value {a!r} is not a digit string")
        for fld in ("employer", "candidate", "previous_employer", "role"):
            val = e.get(fld)
            if fld in ("employer", "candidate") and not val:
                p(tag, f"empty {fld}"); continue
            if not val:
                continue
            alts = [a for a in val.split("|") if a]
            if not any(a in text for a in alts):
                p(tag, f"{fld} {val!r}: no alternative found verbatim in article")

for x in problems:
    print(x)
print(f"{len(names)} articles checked, {len(problems)} problems")
sys.exit(1 if problems else 0)
