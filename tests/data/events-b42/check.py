#!/usr/bin/env python3
"""Checker for batch b42: parses every gold .json and verifies that every name value
(employer, candidate, previous_employer, role) has at least one '|'-alternative that
occurs verbatim in the matching .txt article. Also checks schema basics."""
import json, os, sys, glob
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]

def check_article(base):
    probs = []
    txt = open(base + ".txt", encoding="utf-8").read()
    lines = txt.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip() != "":
        probs.append("format: need headline, blank line, body")
    paras = [p for p in "\n".join(lines[2:]).split("\n\n") if p.strip()]
    if not 2 <= len(paras) <= 8:
        probs.append(f"format: {len(paras)} paragraphs")
    try:
        gold = json.load(open(base + ".json", encoding="utf-8"))
    except Exception as e:
        return [f"json parse error: {e}"], []
    evs = gold.get("events")
    if not isinstance(evs, list):
        return ["'events' missing or not a list"], []
    for i, ev in enumerate(evs):
        tag = f"event {i}"
        if ev.get("type") not in TYPES:
            probs.append(f"{tag}: bad type {ev.get('type')}")
        if ev.get("outcome") not in OUTCOMES:
            probs.append(f"{tag}: bad outcome {ev.get('outcome')}")
        if ev.get("candidate_kind") not in ("person", "group"):
            probs.append(f"{tag}: bad candidate_kind")
        if ev.get("candidate_kind") == "group" and "candidate_count" in ev and not isinstance(ev["candidate_count"], int):
            probs.append(f"{tag}: candidate_count not int")
        for f in ("employer", "candidate"):
            if not ev.get(f):
                probs.append(f"{tag}: empty {f}")
        for f in NAME_FIELDS:
            v = ev.get(f)
            if not v:
                continue
            alts = [a for a in v.split("|") if a]
            if not any(a in txt for a in alts):
                probs.append(f"{tag}: {f} '{v}' not found verbatim")
        for f in ("offers_usd", "offers_krw"):
            for a in ev.get(f, []):
                if not (isinstance(a, str) and a.isdigit()):
                    probs.append(f"{tag}: {f} amount {a!r} not a digit string")
    return probs, evs

def main():
    total = 0
    stats = Counter()
    bases = sorted(p[:-4] for p in glob.glob(os.path.join(HERE, "*.txt")))
    for b in bases:
        if not os.path.exists(b + ".json"):
            print(f"{os.path.basename(b)}: missing .json"); total += 1; continue
        probs, evs = check_article(b)
        for p in probs:
            print(f"{os.path.basename(b)}: {p}")
        total += len(probs)
        lang = os.path.basename(b)[:2]
        stats[(lang, "articles")] += 1
        if not evs:
            stats[(lang, "no-event articles")] += 1
        for ev in evs:
            stats[(lang, "events")] += 1
            stats[(lang, "type:" + str(ev.get("type")))] += 1
            stats[(lang, "outcome:" + str(ev.get("outcome")))] += 1
    keys = sorted({k for _, k in stats})
    print(f"{'':22s}{'ko':>5s}{'en':>5s}{'all':>6s}")
    for k in keys:
        ko, en = stats[("ko", k)], stats[("en", k)]
        print(f"{k:22s}{ko:5d}{en:5d}{ko+en:6d}")
    print(f"{total} problems")
    return 1 if total else 0

if __name__ == "__main__":
    sys.exit(main())
