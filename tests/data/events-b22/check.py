#!/usr/bin/env python3
"""Checker for the b22 gold files: schema sanity + every name value (at least one
'|' alternative) must occur verbatim in the article text."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]

def main():
    problems, n_events, n_files = [], 0, 0
    txts = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    for t in txts:
        base = t[:-4]
        jp = os.path.join(HERE, base + ".json")
        text = open(os.path.join(HERE, t), encoding="utf-8").read()
        lines = text.split("\n")
        if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
            problems.append(f"{t}: needs headline line then blank line")
        paras = [p for p in re.split(r"\n\s*\n", "\n".join(lines[2:])) if p.strip()]
        if not 2 <= len(paras) <= 8:
            problems.append(f"{t}: {len(paras)} paragraphs (want 2-8)")
        if not os.path.exists(jp):
            problems.append(f"{base}.json missing"); continue
        n_files += 1
        try:
            gold = json.load(open(jp, encoding="utf-8"))
        except Exception as e:
            problems.append(f"{base}.json: parse error {e}"); continue
        evs = gold.get("events")
        if not isinstance(evs, list):
            problems.append(f"{base}.json: 'events' not a list"); continue
        for i, ev in enumerate(evs):
            n_events += 1
            tag = f"{base}#{i}"
            if ev.get("type") not in TYPES: problems.append(f"{tag}: bad type {ev.get('type')}")
            if ev.get("outcome") not in OUTCOMES: problems.append(f"{tag}: bad outcome {ev.get('outcome')}")
            if ev.get("candidate_kind") not in ("person", "group"): problems.append(f"{tag}: bad candidate_kind")
            if ev.get("candidate_kind") == "group" and not isinstance(ev.get("candidate_count"), int):
                problems.append(f"{tag}: group without integer candidate_count")
            if not ev.get("employer") or not ev.get("candidate"):
                problems.append(f"{tag}: employer/candidate empty")
            for k in ("offers_usd", "offers_krw"):
                for a in ev.get(k, []):
                    if not (isinstance(a, str) and a.isdigit()):
                        problems.append(f"{tag}: {k} value {a!r} not a digit string")
            if ev.get("type") == "departure" and ev.get("outcome") != "left":
                problems.append(f"{tag}: departure outcome should be left")
            if ev.get("type") == "acquisition_attempt" and ev.get("outcome") != "failed":
                problems.append(f"{tag}: acquisition_attempt outcome should be failed")
            for f in NAME_FIELDS:
                v = ev.get(f)
                if not v: continue
                alts = [a for a in v.split("|") if a]
                if not any(a in text for a in alts):
                    problems.append(f"{tag}: {f}={v!r} not found verbatim in {t}")
    print(f"files checked: {n_files}, events: {n_events}, problems: {len(problems)}")
    for p in problems: print("  -", p)
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
