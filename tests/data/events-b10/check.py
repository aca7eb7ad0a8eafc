#!/usr/bin/env python3
"""Checker for batch b10: parses every gold .json, validates the schema and verifies that every
name value (employer, candidate, previous_employer, role; at least one '|' alternative) occurs
verbatim in the paired article. Also checks the article layout (headline, blank line, 2-8 paragraphs)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
KINDS = {"person", "group"}
NAME_FIELDS = ("employer", "candidate", "previous_employer", "role")

def main():
    problems = []
    names = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".txt"))
    for name in names:
        txt_path = os.path.join(HERE, name + ".txt")
        js_path = os.path.join(HERE, name + ".json")
        with open(txt_path, encoding="utf-8") as fh:
            text = fh.read()
        lines = text.split("\n")
        if not lines[0].strip() or lines[1].strip():
            problems.append(f"{name}: headline line + blank line expected")
        body = "\n".join(lines[2:]).strip()
        paras = [p for p in re.split(r"\n\s*\n", body) if p.strip()]
        if not 2 <= len(paras) <= 8:
            problems.append(f"{name}: {len(paras)} paragraphs (need 2-8)")
        if not os.path.exists(js_path):
            problems.append(f"{name}: missing json"); continue
        try:
            with open(js_path, encoding="utf-8") as fh:
                gold = json.load(fh)
        except Exception as e:
            problems.append(f"{name}: bad json: {e}"); continue
        evs = gold.get("events")
        if not isinstance(evs, list):
            problems.append(f"{name}: 'events' must be a list"); continue
        for i, ev in enumerate(evs):
            tag = f"{name}#{i}"
            if ev.get("type") not in TYPES: problems.append(f"{tag}: bad type {ev.get('type')}")
            if ev.get("outcome") not in OUTCOMES: problems.append(f"{tag}: bad outcome {ev.get('outcome')}")
            if ev.get("candidate_kind") not in KINDS: problems.append(f"{tag}: bad candidate_kind")
            if ev.get("candidate_kind") == "group" and "candidate_count" in ev and not isinstance(ev["candidate_count"], int):
                problems.append(f"{tag}: candidate_count must be int")
            if ev.get("type") == "departure" and ev.get("outcome") != "left":
                problems.append(f"{tag}: departure should have outcome left")
            for req in ("employer", "candidate"):
                if not ev.get(req): problems.append(f"{tag}: missing {req}")
            for f in NAME_FIELDS:
                v = ev.get(f) or ""
                if not v: continue
                alts = [a for a in v.split("|") if a]
                if not any(a in text for a in alts):
                    problems.append(f"{tag}: {f} '{v}' not found verbatim in article")
            for f in ("offers_usd", "offers_krw"):
                for amt in ev.get(f, []) or []:
                    if not (isinstance(amt, str) and amt.isdigit()):
                        problems.append(f"{tag}: {f} amount '{amt}' must be a digit string")
    print(f"checked {len(names)} articles; {len(problems)} problems")
    for p in problems: print("  " + p)
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
