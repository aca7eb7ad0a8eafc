#!/usr/bin/env python3
"""Checker for batch b57: parses every gold .json and verifies that every name value
(at least one '|' alternative) occurs verbatim in its article, plus basic schema checks."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]

def main():
    problems = []
    names = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".txt"))
    counts = Counter()
    for n in names:
        txt = open(os.path.join(HERE, n + ".txt"), encoding="utf-8").read()
        lines = txt.split("\n")
        if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
            problems.append(f"{n}: headline / blank line format")
        paras = [p for p in txt.split("\n\n")[1:] if p.strip()]
        if not (2 <= len(paras) <= 8):
            problems.append(f"{n}: {len(paras)} paragraphs")
        jp = os.path.join(HERE, n + ".json")
        if not os.path.exists(jp):
            problems.append(f"{n}: missing json"); continue
        try:
            gold = json.load(open(jp, encoding="utf-8"))
        except Exception as e:
            problems.append(f"{n}: bad json {e}"); continue
        evs = gold.get("events")
        if not isinstance(evs, list):
            problems.append(f"{n}: events not a list"); continue
        lang = n.split("-")[0]
        counts[(lang, "articles")] += 1
        if not evs:
            counts[(lang, "empty")] += 1
        for i, ev in enumerate(evs):
            t, o = ev.get("type"), ev.get("outcome")
            if t not in TYPES: problems.append(f"{n}#{i}: bad type {t}")
            if o not in OUTCOMES: problems.append(f"{n}#{i}: bad outcome {o}")
            counts[(lang, "type:" + str(t))] += 1
            counts[(lang, "outcome:" + str(o))] += 1
            counts[(lang, "events")] += 1
            kind = ev.get("candidate_kind")
            if kind not in ("person", "group"): problems.append(f"{n}#{i}: bad kind {kind}")
            if kind == "group" and "candidate_count" in ev and not isinstance(ev["candidate_count"], int):
                problems.append(f"{n}#{i}: count not int")
            for f in ("employer", "candidate"):
                if not ev.get(f): problems.append(f"{n}#{i}: empty {f}")
            for f in NAME_FIELDS:
                v = ev.get(f) or ""
                if not v: continue
                alts = [a for a in v.split("|") if a]
                if not any(a in txt for a in alts):
                    problems.append(f"{n}#{i}: {f} '{v}' not found verbatim")
            for f in ("offers_usd", "offers_krw"):
                for a in ev.get(f, []):
                    if not (isinstance(a, str) and re.fullmatch(r"\d+", a)):
                        problems.append(f"{n}#{i}: bad amount {a!r} in {f}")
    for n in sorted(f[:-5] for f in os.listdir(HERE) if f.endswith(".json")):
        if n not in names: problems.append(f"{n}: json without txt")
    for p in problems: print("PROBLEM", p)
    print(f"{len(names)} articles checked, {len(problems)} problems")
    if "-v" in sys.argv:
        for k in sorted(counts): print(k, counts[k])
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
