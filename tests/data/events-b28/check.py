#!/usr/bin/env python3
"""Checker for batch b28: schema + verbatim-name checks for every NAME.json against NAME.txt."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
KINDS = {"person", "group"}
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]

def main():
    problems = []
    txts = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    for t in txts:
        base = t[:-4]
        text = open(os.path.join(HERE, t), encoding="utf-8").read()
        # format: headline, blank line, 2-8 paragraphs
        blocks = [b for b in text.strip("\n").split("\n\n")]
        if len(blocks) < 3 or "\n" in blocks[0]:
            problems.append(f"{t}: bad headline/blank-line layout")
        elif not (2 <= len(blocks) - 1 <= 8):
            problems.append(f"{t}: {len(blocks)-1} paragraphs (need 2-8)")
        jp = os.path.join(HERE, base + ".json")
        if not os.path.exists(jp):
            problems.append(f"{base}.json missing"); continue
        try:
            data = json.load(open(jp, encoding="utf-8"))
        except Exception as e:
            problems.append(f"{base}.json: parse error {e}"); continue
        evs = data.get("events")
        if not isinstance(evs, list):
            problems.append(f"{base}.json: 'events' not a list"); continue
        for i, e in enumerate(evs):
            where = f"{base}.json event {i}"
            if e.get("type") not in TYPES: problems.append(f"{where}: bad type {e.get('type')}")
            if e.get("outcome") not in OUTCOMES: problems.append(f"{where}: bad outcome {e.get('outcome')}")
            if e.get("candidate_kind") not in KINDS: problems.append(f"{where}: bad candidate_kind")
            if e.get("candidate_kind") == "group" and not isinstance(e.get("candidate_count"), int):
                problems.append(f"{where}: group without integer candidate_count")
            if e.get("type") == "departure" and e.get("outcome") != "left":
                problems.append(f"{where}: departure outcome should be left")
            if e.get("type") == "acquisition_attempt" and e.get("outcome") != "failed":
                problems.append(f"{where}: acquisition_attempt outcome should be failed")
            for k in ("offers_usd", "offers_krw"):
                v = e.get(k, [])
                if not isinstance(v, list) or not all(isinstance(x, str) and re.fullmatch(r"[1-9]\d*", x) for x in v):
                    problems.append(f"{where}: {k} must be list of integer strings")
            for f in NAME_FIELDS:
                v = e.get(f)
                if v is None or v == "":
                    if f in ("employer", "candidate"):
                        problems.append(f"{where}: {f} empty")
                    continue
                alts = [a for a in v.split("|") if a]
                if not any(a in text for a in alts):
                    problems.append(f"{where}: {f} '{v}' not found verbatim in {t}")
    jsons = {f[:-5] for f in os.listdir(HERE) if f.endswith(".json")}
    for j in sorted(jsons - {t[:-4] for t in txts}):
        problems.append(f"{j}.json has no article")
    for p in problems: print(p)
    print(f"{len(txts)} articles checked, {len(problems)} problems")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
