#!/usr/bin/env python3
"""Checker for batch b59: parses every NAME.json and verifies that every name value
(at least one '|' alternative) occurs verbatim in NAME.txt, plus basic schema checks."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]

def main():
    problems = []
    names = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".txt"))
    for n in names:
        jp = os.path.join(HERE, n + ".json")
        text = open(os.path.join(HERE, n + ".txt"), encoding="utf-8").read()
        lines = text.split("\n")
        if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
            problems.append(f"{n}: headline/blank line format")
        paras = [p for p in "\n".join(lines[2:]).split("\n\n") if p.strip()]
        if not 2 <= len(paras) <= 8:
            problems.append(f"{n}: {len(paras)} paragraphs")
        if not os.path.exists(jp):
            problems.append(f"{n}: missing json"); continue
        try:
            gold = json.load(open(jp, encoding="utf-8"))
        except Exception as e:
            problems.append(f"{n}: bad json {e}"); continue
        for i, ev in enumerate(gold.get("events", [])):
            tag = f"{n}#{i}"
            if ev.get("type") not in TYPES: problems.append(f"{tag}: type {ev.get('type')}")
            if ev.get("outcome") not in OUTCOMES: problems.append(f"{tag}: outcome {ev.get('outcome')}")
            if ev.get("candidate_kind") not in ("person", "group"): problems.append(f"{tag}: kind")
            if ev.get("candidate_kind") == "group" and "candidate_count" in ev and not isinstance(ev["candidate_count"], int):
                problems.append(f"{tag}: count not int")
            for k in ("employer", "candidate"):
                if not ev.get(k): problems.append(f"{tag}: empty {k}")
            for k in NAME_FIELDS:
                v = ev.get(k) or ""
                if not v: continue
                alts = [a for a in v.split("|") if a]
                if not any(a in text for a in alts):
                    problems.append(f"{tag}: {k}={v!r} not in text")
            for k in ("offers_usd", "offers_krw"):
                for a in ev.get(k, []):
                    if not (isinstance(a, str) and re.fullmatch(r"\d+", a)):
                        problems.append(f"{tag}: {k} bad amount {a!r}")
    print(f"checked {len(names)} articles; {len(problems)} problems")
    for p in problems: print("  " + p)
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
