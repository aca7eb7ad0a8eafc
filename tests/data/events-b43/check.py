#!/usr/bin/env python3
"""Checker for batch b43: parses every NAME.json and verifies that every name value
(at least one '|' alternative) occurs verbatim in NAME.txt, plus basic schema checks."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]

def main():
    problems = []
    names = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".txt"))
    for n in names:
        txt_path = os.path.join(HERE, n + ".txt")
        js_path = os.path.join(HERE, n + ".json")
        with open(txt_path, encoding="utf-8") as f:
            text = f.read()
        lines = text.split("\n")
        if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
            problems.append(f"{n}: headline line + blank line expected")
        paras = [p for p in re.split(r"\n\s*\n", "\n".join(lines[2:])) if p.strip()]
        if not 2 <= len(paras) <= 8:
            problems.append(f"{n}: {len(paras)} paragraphs (need 2-8)")
        if not os.path.exists(js_path):
            problems.append(f"{n}: missing json"); continue
        try:
            with open(js_path, encoding="utf-8") as f:
                gold = json.load(f)
        except Exception as e:
            problems.append(f"{n}: bad json: {e}"); continue
        evs = gold.get("events")
        if not isinstance(evs, list):
            problems.append(f"{n}: 'events' not a list"); continue
        for i, ev in enumerate(evs):
            tag = f"{n}[{i}]"
            if ev.get("type") not in TYPES:
                problems.append(f"{tag}: bad type {ev.get('type')}")
            if ev.get("outcome") not in OUTCOMES:
                problems.append(f"{tag}: bad outcome {ev.get('outcome')}")
            if ev.get("candidate_kind") not in ("person", "group"):
                problems.append(f"{tag}: bad candidate_kind")
            if ev.get("candidate_kind") == "group" and not isinstance(ev.get("candidate_count"), int):
                problems.append(f"{tag}: group without integer candidate_count")
            for fld in ("employer", "candidate"):
                if not ev.get(fld):
                    problems.append(f"{tag}: empty {fld}")
            for fld in NAME_FIELDS:
                val = ev.get(fld)
                if not val:
                    continue
                alts = [a for a in val.split("|") if a]
                if not any(a in text for a in alts):
                    problems.append(f"{tag}: {fld} '{val}' not found verbatim")
            for fld in ("offers_usd", "offers_krw"):
                for amt in ev.get(fld, []) or []:
                    if not (isinstance(amt, str) and amt.isdigit()):
                        problems.append(f"{tag}: {fld} amount {amt!r} not a digit string")
    for p in problems:
        print(p)
    print(f"checked {len(names)} articles: {len(problems)} problems")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
