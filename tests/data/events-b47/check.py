#!/usr/bin/env python3
"""Checker for batch b47: parses every NAME.json, validates schema, and verifies
that every name value (at least one '|' alternative) occurs verbatim in NAME.txt."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]

def main():
    problems = []
    counts = Counter()
    names = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".txt"))
    for name in names:
        txt_path = os.path.join(HERE, name + ".txt")
        js_path = os.path.join(HERE, name + ".json")
        with open(txt_path, encoding="utf-8") as fh:
            text = fh.read()
        lines = text.split("\n")
        if len(lines) < 3 or not lines[0].strip() or lines[1].strip() != "":
            problems.append(f"{name}: headline line + blank line expected")
        paras = [p for p in re.split(r"\n\s*\n", "\n".join(lines[2:])) if p.strip()]
        if not 2 <= len(paras) <= 8:
            problems.append(f"{name}: {len(paras)} paragraphs (want 2-8)")
        if not os.path.exists(js_path):
            problems.append(f"{name}: missing json"); continue
        try:
            with open(js_path, encoding="utf-8") as fh:
                gold = json.load(fh)
        except Exception as e:
            problems.append(f"{name}: json error {e}"); continue
        evs = gold.get("events")
        if not isinstance(evs, list):
            problems.append(f"{name}: events not a list"); continue
        for i, ev in enumerate(evs):
            tag = f"{name}#{i}"
            if ev.get("type") not in TYPES: problems.append(f"{tag}: bad type {ev.get('type')}")
            if ev.get("outcome") not in OUTCOMES: problems.append(f"{tag}: bad outcome {ev.get('outcome')}")
            if ev.get("candidate_kind") not in ("person", "group"): problems.append(f"{tag}: bad candidate_kind")
            if ev.get("candidate_kind") == "group" and "candidate_count" in ev and not isinstance(ev["candidate_count"], int):
                problems.append(f"{tag}: candidate_count not int")
            if ev.get("type") == "departure" and ev.get("outcome") != "left": problems.append(f"{tag}: departure must be left")
            if ev.get("type") == "acquisition_attempt" and ev.get("outcome") != "failed": problems.append(f"{tag}: attempt must be failed")
            for k in ("offers_usd", "offers_krw"):
                for a in ev.get(k, []):
                    if not (isinstance(a, str) and a.isdigit()): problems.append(f"{tag}: {k} value {a!r} not digit string")
            for f in NAME_FIELDS:
                v = ev.get(f, "")
                if f in ("employer", "candidate") and not v:
                    problems.append(f"{tag}: empty {f}"); continue
                if not v: continue
                alts = [a.strip() for a in v.split("|") if a.strip()]
                if not any(a in text for a in alts):
                    problems.append(f"{tag}: {f} {v!r} not found verbatim")
                for a in alts:
                    if a not in text:
                        print(f"  note {tag}: alternative {a!r} of {f} not in text")
            lang = name.split("-")[0]
            counts[(lang, ev.get("type"), ev.get("outcome"))] += 1
    for p in problems: print("PROBLEM", p)
    print(f"{len(names)} articles checked, {len(problems)} problems")
    return counts, problems

if __name__ == "__main__":
    c, p = main()
    sys.exit(1 if p else 0)
