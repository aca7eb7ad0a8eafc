#!/usr/bin/env python3
"""Checker for batch b16: parses every gold .json and verifies that every name value
(at least one '|' alternative) occurs verbatim in the matching .txt article."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]

def main():
    problems = []
    names = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".txt"))
    for n in names:
        txt = open(os.path.join(HERE, n + ".txt"), encoding="utf-8").read()
        lines = txt.split("\n")
        if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
            problems.append(f"{n}: headline line + blank line expected")
        paras = [p for p in txt.split("\n\n")[1:] if p.strip()]
        if not 2 <= len(paras) <= 8:
            problems.append(f"{n}: {len(paras)} paragraphs")
        jp = os.path.join(HERE, n + ".json")
        if not os.path.exists(jp):
            problems.append(f"{n}: missing json"); continue
        try:
            gold = json.load(open(jp, encoding="utf-8"))
        except Exception as e:
            problems.append(f"{n}: bad json {e}"); continue
        for i, ev in enumerate(gold.get("events", [])):
            tag = f"{n}#{i}"
            if ev.get("type") not in TYPES: problems.append(f"{tag}: bad type {ev.get('type')}")
            if ev.get("outcome") not in OUTCOMES: problems.append(f"{tag}: bad outcome {ev.get('outcome')}")
            if ev.get("candidate_kind") not in ("person", "group"): problems.append(f"{tag}: bad kind")
            if ev.get("candidate_kind") == "group" and "candidate_count" in ev and not isinstance(ev["candidate_count"], int):
                problems.append(f"{tag}: count not int")
            if ev.get("type") == "departure" and ev.get("outcome") != "left": problems.append(f"{tag}: departure outcome")
            if ev.get("type") == "acquisition_attempt" and ev.get("outcome") != "failed": problems.append(f"{tag}: attempt outcome")
            for k in ("offers_usd", "offers_krw"):
                for a in ev.get(k, []):
                    if not (isinstance(a, str) and re.fullmatch(r"[0-9]+", a)):
                        problems.append(f"{tag}: bad amount {k}={a!r}")
            for f in NAME_FIELDS:
                v = ev.get(f, "")
                if f in ("employer", "candidate") and not v:
                    problems.append(f"{tag}: empty {f}"); continue
                if not v: continue
                alts = [a for a in v.split("|") if a]
                if not any(a in txt for a in alts):
                    problems.append(f"{tag}: {f}={v!r} not found in text")
    print(f"{len(names)} articles checked, {len(problems)} problems")
    for p in problems: print("  " + p)
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
