#!/usr/bin/env python3
"""Checker for batch b61: parses every gold .json and verifies that each name value
(at least one '|' alternative) occurs verbatim in the matching .txt article."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]
REQUIRED = ["type", "employer", "candidate", "candidate_kind", "outcome"]

def main():
    problems = []
    files = sorted(f for f in os.listdir(HERE) if re.match(r"^(ko|en)-\d\d\.txt$", f))
    if len(files) != 40:
        problems.append(f"expected 40 articles, found {len(files)}")
    for f in files:
        base = f[:-4]
        jp = os.path.join(HERE, base + ".json")
        text = open(os.path.join(HERE, f), encoding="utf-8").read()
        parts = text.split("\n\n")
        if not parts[0].strip() or "\n" in parts[0].strip():
            problems.append(f"{f}: headline line + blank line expected")
        paras = [p for p in parts[1:] if p.strip()]
        if not 2 <= len(paras) <= 8:
            problems.append(f"{f}: {len(paras)} paragraphs (need 2-8)")
        if not os.path.exists(jp):
            problems.append(f"{base}.json missing"); continue
        try:
            gold = json.load(open(jp, encoding="utf-8"))
        except Exception as e:
            problems.append(f"{base}.json: parse error {e}"); continue
        evs = gold.get("events")
        if not isinstance(evs, list):
            problems.append(f"{base}.json: 'events' not a list"); continue
        for i, ev in enumerate(evs):
            tag = f"{base}#{i}"
            for k in REQUIRED:
                if not ev.get(k):
                    problems.append(f"{tag}: missing {k}")
            if ev.get("type") not in TYPES:
                problems.append(f"{tag}: bad type {ev.get('type')}")
            if ev.get("outcome") not in OUTCOMES:
                problems.append(f"{tag}: bad outcome {ev.get('outcome')}")
            if ev.get("candidate_kind") not in ("person", "group"):
                problems.append(f"{tag}: bad candidate_kind")
            if ev.get("candidate_kind") == "group" and not isinstance(ev.get("candidate_count"), int):
                problems.append(f"{tag}: group without integer candidate_count")
            for k in ("offers_usd", "offers_krw"):
                for a in ev.get(k, []) or []:
                    if not (isinstance(a, str) and a.isdigit()):
                        problems.append(f"{tag}: {k} value {a!r} not a digit string")
            for k in NAME_FIELDS:
                v = ev.get(k) or ""
                if not v:
                    continue
                alts = [a for a in v.split("|") if a]
                if not any(a in text for a in alts):
                    problems.append(f"{tag}: {k}={v!r} not found verbatim in {f}")
    for p in problems:
        print(p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
