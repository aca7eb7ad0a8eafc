#!/usr/bin/env python3
"""Checker for batch b48: parses every NAME.json and verifies that every name value
(employer, candidate, previous_employer, role) has at least one '|'-alternative that occurs
verbatim in NAME.txt. Also checks schema basics and article format."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
KINDS = {"person", "group"}
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
            problems.append(f"{n}: needs headline line then blank line")
        paras = [p for p in re.split(r"\n\s*\n", "\n".join(lines[2:]).strip()) if p.strip()]
        if not 2 <= len(paras) <= 8:
            problems.append(f"{n}: {len(paras)} paragraphs (want 2-8)")
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
        for i, e in enumerate(evs):
            tag = f"{n}#{i}"
            if e.get("type") not in TYPES: problems.append(f"{tag}: bad type {e.get('type')}")
            if e.get("outcome") not in OUTCOMES: problems.append(f"{tag}: bad outcome {e.get('outcome')}")
            if e.get("candidate_kind") not in KINDS: problems.append(f"{tag}: bad candidate_kind")
            if e.get("candidate_kind") == "group" and not isinstance(e.get("candidate_count"), int):
                problems.append(f"{tag}: group without integer candidate_count")
            for fld in ("employer", "candidate"):
                if not e.get(fld): problems.append(f"{tag}: empty {fld}")
            for fld in NAME_FIELDS:
                v = e.get(fld)
                if not v: continue
                alts = [a.strip() for a in v.split("|") if a.strip()]
                if not any(a in text for a in alts):
                    problems.append(f"{tag}: {fld}={v!r} not found verbatim in article")
            for fld in ("offers_usd", "offers_krw"):
                vals = e.get(fld, [])
                if not isinstance(vals, list) or not all(isinstance(x, str) and x.isdigit() for x in vals):
                    problems.append(f"{tag}: {fld} must be a list of digit strings")
    for p in problems:
        print(p)
    print(f"{len(names)} articles checked, {len(problems)} problems")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
