#!/usr/bin/env python3
"""Checker for batch b63 gold files: parses every NAME.json, validates the schema and
verifies that every name value (at least one '|' alternative) occurs verbatim in NAME.txt."""
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
        txt_path = os.path.join(HERE, n + ".txt")
        js_path = os.path.join(HERE, n + ".json")
        text = open(txt_path, encoding="utf-8").read()
        lines = text.split("\n")
        if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
            problems.append(f"{n}: needs headline line then blank line")
        paras = [p for p in re.split(r"\n\s*\n", text.strip())[1:] if p.strip()]
        if not 2 <= len(paras) <= 8:
            problems.append(f"{n}: {len(paras)} paragraphs (want 2-8)")
        if not os.path.exists(js_path):
            problems.append(f"{n}: missing json"); continue
        try:
            gold = json.load(open(js_path, encoding="utf-8"))
        except Exception as e:
            problems.append(f"{n}: bad json: {e}"); continue
        evs = gold.get("events")
        if not isinstance(evs, list):
            problems.append(f"{n}: 'events' not a list"); continue
        for i, ev in enumerate(evs):
            tag = f"{n}[{i}]"
            t, o = ev.get("type"), ev.get("outcome")
            if t not in TYPES: problems.append(f"{tag}: bad type {t}")
            if o not in OUTCOMES: problems.append(f"{tag}: bad outcome {o}")
            if t == "departure" and o != "left": problems.append(f"{tag}: departure must be left")
            if t == "acquisition_attempt" and o != "failed": problems.append(f"{tag}: attempt must be failed")
            kind = ev.get("candidate_kind")
            if kind not in ("person", "group"): problems.append(f"{tag}: bad candidate_kind")
            if kind == "group" and not isinstance(ev.get("candidate_count"), int):
                problems.append(f"{tag}: group without integer candidate_count")
            for f in ("employer", "candidate"):
                if not ev.get(f): problems.append(f"{tag}: empty {f}")
            for f in NAME_FIELDS:
                v = ev.get(f) or ""
                if not v: continue
                alts = [a for a in v.split("|") if a]
                if not any(a in text for a in alts):
                    problems.append(f"{tag}: {f} '{v}' not found verbatim")
            for f in ("offers_usd", "offers_krw"):
                for a in ev.get(f, []):
                    if not (isinstance(a, str) and a.isdigit()):
                        problems.append(f"{tag}: {f} amount {a!r} not a digit string")
            counts[(n[:2], t, o)] += 1
    print(f"{len(names)} articles checked")
    for p in problems: print("PROBLEM:", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
