#!/usr/bin/env python3
"""Checker for batch b40: parses every gold .json and verifies that every name value
(employer, candidate, previous_employer, role) has at least one '|' alternative that
occurs verbatim in the paired article. Also checks schema basics and article layout."""
import json, os, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ("employer", "candidate", "previous_employer", "role")

def main():
    problems = []
    txts = sorted(glob.glob(os.path.join(HERE, "*.txt")))
    jsons = sorted(glob.glob(os.path.join(HERE, "*.json")))
    if len(txts) != 40 or len(jsons) != 40:
        problems.append(f"expected 40 txt + 40 json, found {len(txts)} + {len(jsons)}")
    nevents = 0
    for jp in jsons:
        name = os.path.basename(jp)[:-5]
        tp = os.path.join(HERE, name + ".txt")
        if not os.path.exists(tp):
            problems.append(f"{name}: missing .txt"); continue
        text = open(tp, encoding="utf-8").read()
        lines = text.split("\n")
        if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
            problems.append(f"{name}: expected headline line then blank line")
        paras = [p for p in "\n".join(lines[2:]).split("\n\n") if p.strip()]
        if not 2 <= len(paras) <= 8:
            problems.append(f"{name}: {len(paras)} paragraphs (want 2-8)")
        try:
            gold = json.load(open(jp, encoding="utf-8"))
        except Exception as e:
            problems.append(f"{name}: JSON parse error {e}"); continue
        evs = gold.get("events")
        if not isinstance(evs, list):
            problems.append(f"{name}: 'events' not a list"); continue
        for i, ev in enumerate(evs):
            nevents += 1
            tag = f"{name}#{i}"
            if ev.get("type") not in TYPES: problems.append(f"{tag}: bad type {ev.get('type')}")
            if ev.get("outcome") not in OUTCOMES: problems.append(f"{tag}: bad outcome {ev.get('outcome')}")
            if ev.get("candidate_kind") not in ("person", "group"): problems.append(f"{tag}: bad candidate_kind")
            if ev.get("candidate_kind") == "group" and "candidate_count" in ev and not isinstance(ev["candidate_count"], int):
                problems.append(f"{tag}: candidate_count not int")
            for k in ("offers_usd", "offers_krw"):
                for a in ev.get(k, []):
                    if not (isinstance(a, str) and a.isdigit()): problems.append(f"{tag}: {k} value {a!r} not digit string")
            for k in ("employer", "candidate"):
                if not ev.get(k): problems.append(f"{tag}: empty {k}")
            for k in NAME_FIELDS:
                v = ev.get(k)
                if not v: continue
                alts = [a for a in v.split("|") if a]
                if not any(a in text for a in alts):
                    problems.append(f"{tag}: {k} {v!r} not found verbatim in article")
    print(f"checked {len(jsons)} gold files, {nevents} events")
    for p in problems: print("PROBLEM:", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
