#!/usr/bin/env python3
"""Checker for batch b54: parses every gold .json and verifies that every name value
(at least one '|' alternative) occurs verbatim in the paired article. Also checks schema."""
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
        base = os.path.basename(t)[:-4]
        j = t[:-4] + ".json"
        text = open(t, encoding="utf-8").read()
        lines = text.split("\n")
        if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
            problems.append(f"{base}: needs headline line then blank line")
        paras = [p for p in "\n".join(lines[2:]).split("\n\n") if p.strip()]
        if not 2 <= len(paras) <= 8:
            problems.append(f"{base}: {len(paras)} paragraphs (want 2-8)")
        if not os.path.exists(j):
            problems.append(f"{base}: missing json"); continue
        try:
            gold = json.load(open(j, encoding="utf-8"))
        except Exception as e:
            problems.append(f"{base}: bad json {e}"); continue
        evs = gold.get("events")
        if not isinstance(evs, list):
            problems.append(f"{base}: events not a list"); continue
        counts[base] = evs
        for i, ev in enumerate(evs):
            tag = f"{base}#{i}"
            if ev.get("type") not in TYPES: problems.append(f"{tag}: bad type {ev.get('type')}")
            if ev.get("outcome") not in OUTCOMES: problems.append(f"{tag}: bad outcome {ev.get('outcome')}")
            if ev.get("type") == "departure" and ev.get("outcome") != "left": problems.append(f"{tag}: departure not left")
            if ev.get("type") == "acquisition_attempt" and ev.get("outcome") != "failed": problems.append(f"{tag}: attempt not failed")
            kind = ev.get("candidate_kind")
            if kind not in ("person", "group"): problems.append(f"{tag}: bad candidate_kind")
            if kind == "group" and not isinstance(ev.get("candidate_count"), int): problems.append(f"{tag}: group without int count")
            for f in ("employer", "candidate"):
                if not ev.get(f): problems.append(f"{tag}: empty {f}")
            for f in NAME_FIELDS:
                v = ev.get(f) or ""
                if not v: continue
                alts = [a for a in v.split("|") if a]
                if not any(a in text for a in alts):
                    problems.append(f"{tag}: {f} '{v}' not found verbatim")
            for f in ("offers_usd", "offers_krw"):
                for a in ev.get(f, []) or []:
                    if not (isinstance(a, str) and a.isdigit()): problems.append(f"{tag}: {f} value {a!r} not digit string")
    jsons = sorted(glob.glob(os.path.join(HERE, "*.json")))
    if len(txts) != 40 or len(jsons) != 40:
        problems.append(f"expected 40 txt + 40 json, got {len(txts)} + {len(jsons)}")
    for p in problems: print("PROBLEM:", p)
    print(f"{len(txts)} articles, {sum(len(v) for v in counts.values())} events, {len(problems)} problems")
    if "--counts" in sys.argv:
        for lang in ("ko", "en", "all"):
            sel = [e for k, v in counts.items() if lang == "all" or k.startswith(lang) for e in v]
            arts = [k for k in counts if lang == "all" or k.startswith(lang)]
            empty = [k for k in arts if not counts[k]]
            print(f"[{lang}] articles={len(arts)} no-event={len(empty)} events={len(sel)}")
            print("  by type:", dict(Counter(e["type"] for e in sel)))
            print("  by outcome:", dict(Counter(e["outcome"] for e in sel)))
            print("  type x outcome:", dict(Counter(f"{e['type']}/{e['outcome']}" for e in sel)))
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
