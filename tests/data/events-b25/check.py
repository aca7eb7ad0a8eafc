#!/usr/bin/env python3
"""Checker for batch b25: parses every NAME.json, validates schema, and verifies that every
name value (at least one '|' alternative) occurs verbatim in NAME.txt. Prints counts."""
import json, os, re, sys
from collections import Counter

D = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]
problems = []
counts = {}
names = sorted(f[:-4] for f in os.listdir(D) if f.endswith(".txt"))
for n in names:
    txt = open(os.path.join(D, n + ".txt"), encoding="utf-8").read()
    paras = [p for p in txt.split("\n\n") if p.strip()]
    if not (3 <= len(paras) <= 9):
        problems.append(f"{n}: {len(paras)-1} body paragraphs")
    jp = os.path.join(D, n + ".json")
    if not os.path.exists(jp):
        problems.append(f"{n}: missing json"); continue
    try:
        g = json.load(open(jp, encoding="utf-8"))
    except Exception as e:
        problems.append(f"{n}: bad json {e}"); continue
    evs = g.get("events")
    if not isinstance(evs, list):
        problems.append(f"{n}: events not a list"); continue
    counts[n] = evs
    for i, e in enumerate(evs):
        tag = f"{n}#{i}"
        if e.get("type") not in TYPES: problems.append(f"{tag}: bad type {e.get('type')}")
        if e.get("outcome") not in OUTCOMES: problems.append(f"{tag}: bad outcome {e.get('outcome')}")
        if e.get("candidate_kind") not in ("person", "group"): problems.append(f"{tag}: bad candidate_kind")
        if e.get("candidate_kind") == "group" and "candidate_count" in e and not isinstance(e["candidate_count"], int):
            problems.append(f"{tag}: candidate_count not int")
        for k in ("employer", "candidate"):
            if not e.get(k): problems.append(f"{tag}: empty {k}")
        for k in ("offers_usd", "offers_krw"):
            for a in e.get(k, []):
                if not (isinstance(a, str) and re.fullmatch(r"\d+", a)):
                    problems.append(f"{tag}: bad amount {a!r} in {k}")
        for k in NAME_FIELDS:
            v = e.get(k)
            if not v: continue
            alts = [a.strip() for a in v.split("|") if a.strip()]
            if not any(a in txt for a in alts):
                problems.append(f"{tag}: {k}={v!r} not found verbatim")
            for a in alts:
                if a not in txt:
                    print(f"  note {tag}: alternative {a!r} of {k} not in text", file=sys.stderr)
for n in names:
    pass
# counts
def table(sel):
    ev = [e for n in sel for e in counts.get(n, [])]
    t = Counter(e["type"] for e in ev); o = Counter(e["outcome"] for e in ev)
    none = sum(1 for n in sel if not counts.get(n))
    return len(sel), len(ev), none, t, o
for lab, sel in (("ko", [n for n in names if n.startswith("ko")]), ("en", [n for n in names if n.startswith("en")]), ("all", names)):
    a, e, none, t, o = table(sel)
    print(f"{lab}: articles={a} events={e} no-event articles={none}")
    print("   types:", dict(sorted(t.items())))
    print("   outcomes:", dict(sorted(o.items())))
print(f"{len(problems)} problems")
for p in problems: print("  ", p)
sys.exit(1 if problems else 0)
