#!/usr/bin/env python3
"""Checker for batch b65: parses every NAME.json, verifies structure and that every
name value (at least one '|' alternative) occurs verbatim in NAME.txt."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]

def main():
    problems = []
    counts = Counter()
    names = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".txt"))
    for n in names:
        txt = open(os.path.join(HERE, n + ".txt"), encoding="utf-8").read()
        jp = os.path.join(HERE, n + ".json")
        if not os.path.exists(jp):
            problems.append(f"{n}: missing json"); continue
        try:
            data = json.load(open(jp, encoding="utf-8"))
        except Exception as e:
            problems.append(f"{n}: bad json {e}"); continue
        # format: headline, blank, 2-8 paragraphs
        parts = txt.strip("\n").split("\n\n")
        if len(parts) < 3 or "\n" in parts[0]:
            problems.append(f"{n}: bad layout (headline + blank + paragraphs)")
        elif not (2 <= len(parts) - 1 <= 8):
            problems.append(f"{n}: {len(parts)-1} paragraphs")
        for i, ev in enumerate(data.get("events", [])):
            tag = f"{n}#{i}"
            if ev.get("type") not in TYPES: problems.append(f"{tag}: bad type")
            if ev.get("outcome") not in OUTCOMES: problems.append(f"{tag}: bad outcome")
            if ev.get("candidate_kind") not in ("person", "group"): problems.append(f"{tag}: bad kind")
            if ev.get("candidate_kind") == "group" and "candidate_count" in ev and not isinstance(ev["candidate_count"], int):
                problems.append(f"{tag}: count not int")
            for f in ("employer", "candidate"):
                if not ev.get(f): problems.append(f"{tag}: empty {f}")
            for f in NAME_FIELDS:
                v = ev.get(f) or ""
                if not v: continue
                alts = [a for a in v.split("|") if a]
                if not any(a in txt for a in alts):
                    problems.append(f"{tag}: {f} '{v}' not found verbatim")
            for f in ("offers_usd", "offers_krw"):
                for a in ev.get(f, []):
                    if not (isinstance(a, str) and re.fullmatch(r"[1-9][0-9]*", a)):
                        problems.append(f"{tag}: bad amount {a!r} in {f}")
            counts[(n[:2], ev.get("type"), ev.get("outcome"))] += 1
    for p in problems: print(p)
    print(f"{len(names)} articles checked, {sum(counts.values())} events, {len(problems)} problems")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
