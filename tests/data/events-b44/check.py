#!/usr/bin/env python3
"""Checker for batch b44: parses every NAME.json and verifies gold values against NAME.txt."""
import json, os, sys, glob
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]

def main():
    problems = []
    counts = {}
    txts = sorted(glob.glob(os.path.join(HERE, "*.txt")))
    for t in txts:
        name = os.path.basename(t)[:-4]
        j = t[:-4] + ".json"
        text = open(t, encoding="utf-8").read()
        lines = text.split("\n")
        if len(lines) < 3 or not lines[0].strip() or lines[1].strip() != "":
            problems.append(f"{name}: needs headline, blank line, body")
        paras = [p for p in "\n".join(lines[2:]).split("\n\n") if p.strip()]
        if not 2 <= len(paras) <= 8:
            problems.append(f"{name}: {len(paras)} paragraphs (want 2-8)")
        if not os.path.exists(j):
            problems.append(f"{name}: missing json"); continue
        try:
            gold = json.load(open(j, encoding="utf-8"))
        except Exception as e:
            problems.append(f"{name}: bad json {e}"); continue
        evs = gold.get("events")
        if not isinstance(evs, list):
            problems.append(f"{name}: events not a list"); continue
        lang = name.split("-")[0]
        c = counts.setdefault(lang, Counter())
        c["articles"] += 1
        if not evs:
            c["empty_articles"] += 1
        for i, e in enumerate(evs):
            tag = f"{name}#{i}"
            if e.get("type") not in TYPES: problems.append(f"{tag}: bad type {e.get('type')}")
            if e.get("outcome") not in OUTCOMES: problems.append(f"{tag}: bad outcome {e.get('outcome')}")
            if e.get("candidate_kind") not in ("person", "group"): problems.append(f"{tag}: bad candidate_kind")
            if e.get("candidate_kind") == "group" and "candidate_count" in e and not isinstance(e["candidate_count"], int):
                problems.append(f"{tag}: candidate_count not int")
            for k in ("offers_usd", "offers_krw"):
                v = e.get(k, [])
                if not isinstance(v, list) or not all(isinstance(x, str) and x.isdigit() for x in v):
                    problems.append(f"{tag}: {k} must be list of digit strings")
            for f in NAME_FIELDS:
                v = e.get(f, "")
                if f in ("employer", "candidate") and not v:
                    problems.append(f"{tag}: {f} empty"); continue
                if not v: continue
                alts = [a for a in v.split("|") if a]
                if not any(a in text for a in alts):
                    problems.append(f"{tag}: {f} '{v}' not found verbatim")
            c["events"] += 1
            c[f"type:{e.get('type')}"] += 1
            c[f"outcome:{e.get('outcome')}"] += 1
    if len(txts) != 40: problems.append(f"expected 40 articles, found {len(txts)}")
    for p in problems: print("PROBLEM", p)
    print(f"{len(problems)} problems")
    if "--counts" in sys.argv:
        keys = sorted(set(counts.get("ko", Counter())) | set(counts.get("en", Counter())))
        print("| metric | ko | en | total |\n|---|---|---|---|")
        for k in keys:
            a, b = counts.get("ko", Counter())[k], counts.get("en", Counter())[k]
            print(f"| {k} | {a} | {b} | {a+b} |")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
