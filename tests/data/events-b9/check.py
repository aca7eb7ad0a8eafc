#!/usr/bin/env python3
"""Checker for batch b9: parses every NAME.json, validates the schema, and verifies that every
name value (at least one '|' alternative) occurs verbatim in NAME.txt. Also checks the article
layout (headline, blank line, 2-8 paragraphs). `python3 check.py --counts` also prints count tables."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ("employer", "candidate", "previous_employer", "role")

def main():
    problems = []
    names = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".txt"))
    expected = [f"ko-{i:02d}" for i in range(1, 21)] + [f"en-{i:02d}" for i in range(1, 21)]
    for e in expected:
        if e not in names:
            problems.append(f"{e}: missing .txt")
    stats = {"ko": Counter(), "en": Counter()}
    for n in names:
        txt = open(os.path.join(HERE, n + ".txt"), encoding="utf-8").read()
        jp = os.path.join(HERE, n + ".json")
        if not os.path.exists(jp):
            problems.append(f"{n}: missing .json"); continue
        lines = txt.split("\n")
        if not lines[0].strip() or len(lines) < 2 or lines[1].strip():
            problems.append(f"{n}: headline/blank line layout")
        paras = [p for p in "\n".join(lines[2:]).strip().split("\n\n") if p.strip()]
        if not 2 <= len(paras) <= 8:
            problems.append(f"{n}: {len(paras)} paragraphs")
        try:
            gold = json.load(open(jp, encoding="utf-8"))
        except Exception as ex:
            problems.append(f"{n}: bad json {ex}"); continue
        evs = gold.get("events")
        if not isinstance(evs, list):
            problems.append(f"{n}: events not a list"); continue
        lang = n[:2]
        stats[lang]["articles"] += 1
        if not evs:
            stats[lang]["no-event articles"] += 1
        for i, ev in enumerate(evs):
            tag = f"{n}#{i}"
            if ev.get("type") not in TYPES: problems.append(f"{tag}: bad type {ev.get('type')}")
            if ev.get("outcome") not in OUTCOMES: problems.append(f"{tag}: bad outcome {ev.get('outcome')}")
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
                if not any(a in txt for a in alts):
                    problems.append(f"{tag}: {f} '{v}' not found verbatim")
            for f in ("offers_usd", "offers_krw"):
                for a in ev.get(f, []) or []:
                    if not (isinstance(a, str) and re.fullmatch(r"[1-9][0-9]*", a)):
                        problems.append(f"{tag}: {f} value {a!r} not a plain integer string")
            if ev.get("type") == "departure" and ev.get("outcome") != "left":
                problems.append(f"{tag}: departure with outcome {ev.get('outcome')}")
            stats[lang]["events"] += 1
            stats[lang]["type:" + ev.get("type", "?")] += 1
            stats[lang]["outcome:" + ev.get("outcome", "?")] += 1
            if ev.get("offers_usd"): stats[lang]["events with USD"] += 1
            if ev.get("offers_krw"): stats[lang]["events with KRW"] += 1
            if kind == "group": stats[lang]["group candidates"] += 1
    if "--counts" in sys.argv:
        keys = sorted(set(stats["ko"]) | set(stats["en"]), key=lambda k: (k.split(":")[0], k))
        print("| count | ko | en | total |\n|---|---|---|---|")
        for k in keys:
            print(f"| {k} | {stats['ko'][k]} | {stats['en'][k]} | {stats['ko'][k] + stats['en'][k]} |")
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
