#!/usr/bin/env python3
"""Checker for the d7 gold files: parses every NAME.json, validates the schema,
and verifies that every name value (at least one '|' alternative) occurs verbatim
in NAME.txt. Prints problems and a final count."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
KINDS = {"person", "group"}
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]

problems = []
def bad(f, msg): problems.append(f"{f}: {msg}")

names = sorted(n[:-4] for n in os.listdir(HERE) if n.endswith(".txt"))
expected = [f"ko-{i:02d}" for i in range(1, 21)] + [f"en-{i:02d}" for i in range(1, 21)]
for e in expected:
    if e not in names: bad(e, "missing .txt")
for n in names:
    txt = open(os.path.join(HERE, n + ".txt"), encoding="utf-8").read()
    lines = txt.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
        bad(n, "needs headline line then blank line")
    paras = [p for p in re.split(r"\n\s*\n", "\n".join(lines[2:])) if p.strip()]
    if not 2 <= len(paras) <= 8: bad(n, f"{len(paras)} paragraphs (want 2-8)")
    jp = os.path.join(HERE, n + ".json")
    if not os.path.exists(jp): bad(n, "missing .json"); continue
    try:
        gold = json.load(open(jp, encoding="utf-8"))
    except Exception as ex:
        bad(n, f"json error {ex}"); continue
    evs = gold.get("events")
    if not isinstance(evs, list): bad(n, "events not a list"); continue
    for i, ev in enumerate(evs):
        tag = f"event {i}"
        if ev.get("type") not in TYPES: bad(n, f"{tag} bad type {ev.get('type')}")
        if ev.get("outcome") not in OUTCOMES: bad(n, f"{tag} bad outcome {ev.get('outcome')}")
        if ev.get("type") == "departure" and ev.get("outcome") != "left": bad(n, f"{tag} departure not 'left'")
        if ev.get("candidate_kind") not in KINDS: bad(n, f"{tag} bad candidate_kind")
        if ev.get("candidate_kind") == "group" and not isinstance(ev.get("candidate_count"), int):
            bad(n, f"{tag} group without integer candidate_count")
        for k in ("offers_usd", "offers_krw"):
            v = ev.get(k, [])
            if not isinstance(v, list) or not all(isinstance(x, str) and x.isdigit() for x in v):
                bad(n, f"{tag} {k} must be list of digit strings")
        if ev.get("type") == "offer" and not (ev.get("offers_usd") or ev.get("offers_krw")) \
                and ev.get("outcome") not in ("declined", "offered", "accepted"):
            bad(n, f"{tag} offer without amount")
        for fld in NAME_FIELDS:
            val = ev.get(fld, "")
            if fld in ("employer", "candidate") and not val:
                bad(n, f"{tag} empty {fld}"); continue
            if not val: continue
            alts = [a for a in val.split("|") if a]
            if not any(a in txt for a in alts):
                bad(n, f"{tag} {fld} '{val}' not found verbatim")
            for a in alts:
                if a not in txt:
                    print(f"  note {n} {tag} {fld}: alternative '{a}' not in text")

for p in problems: print("PROBLEM", p)
print(f"checked {len(names)} articles; {len(problems)} problems")
sys.exit(1 if problems else 0)
