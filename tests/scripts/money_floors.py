#!/usr/bin/env python3
"""Checks scripts/score_money.py output against per-language floors.
Usage: money_floors.py NAME SCORES_JSON FLOORS_JSON   (floors: {"all": [recall, precision], "en": [...], ...})"""
import json
import sys

name, scores, floors = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3])
bad = []
for k, (r, p) in floors.items():
    got = scores[k]
    print(f"{k:4s} gold={got['gold']:3d} recall={got['recall']:.3f} precision={got['precision']:.3f}")
    if got["recall"] + 1e-9 < r or got["precision"] + 1e-9 < p:
        bad.append(f"{k}: recall {got['recall']} < {r} or precision {got['precision']} < {p}")
if bad:
    print("FAIL: " + "; ".join(bad))
    sys.exit(1)
print(f"{name}: floors met")
