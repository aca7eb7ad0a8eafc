#!/usr/bin/env python3
"""Checker for batch b36: parses every gold .json and verifies that every name value
(at least one '|' alternative) occurs verbatim in the matching article, plus basic schema checks."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ("employer", "candidate", "previous_employer", "role")

def main():
    problems = []
    names = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".txt"))
    for n in names:
        jp = os.path.join(HERE, n + ".json")
        text = open(os.path.join(HERE, n + ".txt"), encoding="utf-8").read()
        lines = text.split("\n")
        if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
            problems.append(f"{n}: bad headline/blank-line layout")
        paras = [p for p in text.split("\n\n")[1:] if p.strip()]
        if not 2 <= len(paras) <= 8:
            problems.append(f"{n}: {len(paras)} paragraphs")
        if not os.path.exists(jp):
            problems.append(f"{n}: missing json"); continue
        try:
            gold = json.load(open(jp, encoding="utf-8"))
        except Exception as e:
            problems.append(f"{n}: json parse error {e}"); continue
        for i, ev in enumerate(gold.get("events", [])):
            tag = f"{n}#{i}"
            if ev.get("type") not in TYPES: problems.append(f"{tag}: bad type")
            if ev.get("outcome") not in OUTCOMES: problems.append(f"{tag}: bad outcome")
            if ev.get("candidate_kind") not in ("person", "group"): problems.append(f"{tag}: bad kind")
            if ev.get("candidate_kind") == "group" and not isinstance(ev.get("candidate_count"), int):
                problems.append(f"{tag}: group without integer count")
            for f in ("employer", "candidate"):
                if not ev.get(f): problems.append(f"{tag}: empty {f}")
            for f in NAME_FIELDS:
                v = ev.get(f) or ""
                if not v: continue
                alts = [a for a in v.split("|") if a]
                if not any(a in text for a in alts):
                    problems.append(f"{tag}: {f} {v!r} not found verbatim")
            for f in ("offers_usd", "offers_krw"):
                for a in ev.get(f, []):
                    if not (isinstance(a, str) and re.fullmatch(r"[1-9][0-9]*", a)):
                        problems.append(f"{tag}: bad amount {a!r} in {f}")
            if ev.get("type") == "departure" and ev.get("outcome") != "left":
                problems.append(f"{tag}: departure outcome should be left")
            if ev.get("type") == "acquisition_attempt" and ev.get("outcome") != "failed":
                problems.append(f"{tag}: acquisition_attempt outcome should be failed")
    for p in problems: print(p)
    print(f"{len(names)} articles checked, {len(problems)} problems")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
