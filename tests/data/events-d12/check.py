#!/usr/bin/env python3
"""Checker for batch d12: parses every NAME.json, validates schema, and verifies that every
name value (at least one '|' alternative) occurs verbatim in NAME.txt. --stats prints counts."""
import json, os, sys, glob
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]

def main():
    problems = []
    stats = {}
    txts = sorted(glob.glob(os.path.join(HERE, "*.txt")))
    for t in txts:
        name = os.path.basename(t)[:-4]
        j = t[:-4] + ".json"
        text = open(t, encoding="utf-8").read()
        lines = text.split("\n")
        if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
            problems.append(f"{name}: headline/blank-line format")
        paras = [p for p in text.split("\n\n")[1:] if p.strip()]
        if not 2 <= len(paras) <= 8:
            problems.append(f"{name}: {len(paras)} paragraphs")
        if not os.path.exists(j):
            problems.append(f"{name}: missing json"); continue
        try:
            data = json.load(open(j, encoding="utf-8"))
        except Exception as e:
            problems.append(f"{name}: bad json {e}"); continue
        evs = data.get("events")
        if not isinstance(evs, list):
            problems.append(f"{name}: events not a list"); continue
        stats[name] = evs
        for i, e in enumerate(evs):
            tag = f"{name}#{i}"
            if e.get("type") not in TYPES: problems.append(f"{tag}: bad type {e.get('type')}")
            if e.get("outcome") not in OUTCOMES: problems.append(f"{tag}: bad outcome {e.get('outcome')}")
            if e.get("candidate_kind") not in ("person", "group"): problems.append(f"{tag}: bad candidate_kind")
            if e.get("candidate_kind") == "group" and "candidate_count" in e and not isinstance(e["candidate_count"], int):
                problems.append(f"{tag}: candidate_count not int")
            if e.get("type") == "departure" and e.get("outcome") != "left": problems.append(f"{tag}: departure not left")
            if e.get("type") == "acquisition_attempt" and e.get("outcome") != "failed": problems.append(f"{tag}: attempt not failed")
            for k in ("offers_usd", "offers_krw"):
                v = e.get(k, [])
                if not isinstance(v, list) or not all(isinstance(x, str) and x.isdigit() for x in v):
                    problems.append(f"{tag}: bad {k} {v}")
            for f in NAME_FIELDS:
                v = e.get(f, "")
                if f in ("employer", "candidate") and not v:
                    problems.append(f"{tag}: empty {f}"); continue
                if not v: continue
                alts = [a for a in v.split("|") if a]
                if not any(a in text for a in alts):
                    problems.append(f"{tag}: {f}={v!r} not found in text")
    for j in glob.glob(os.path.join(HERE, "*.json")):
        if not os.path.exists(j[:-5] + ".txt"): problems.append(f"{os.path.basename(j)}: json without txt")
    for p in problems: print("PROBLEM", p)
    print(f"{len(txts)} articles checked, {len(problems)} problems")
    if "--stats" in sys.argv:
        for lang in ("ko", "en", "all"):
            sel = {k: v for k, v in stats.items() if lang == "all" or k.startswith(lang)}
            ev = [e for v in sel.values() for e in v]
            print(f"\n[{lang}] articles={len(sel)} empty={sum(1 for v in sel.values() if not v)} events={len(ev)}")
            print(" by type:", dict(Counter(e["type"] for e in ev)))
            print(" by outcome:", dict(Counter(e["outcome"] for e in ev)))
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
