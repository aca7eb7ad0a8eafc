#!/usr/bin/env python3
"""Check gold files: JSON parses, fields valid, every name value occurs verbatim in its article."""
import json, os, sys
D = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTC = {"offered", "declined", "accepted", "joined", "left", "failed"}
probs = 0
def bad(f, m):
    global probs; probs += 1; print(f"{f}: {m}")
names = sorted(n[:-4] for n in os.listdir(D) if n.endswith(".txt"))
for n in names:
    txt = open(os.path.join(D, n + ".txt"), encoding="utf-8").read()
    lines = txt.split("\n")
    if len(lines) < 3 or lines[1].strip() != "":
        bad(n, "headline/blank-line format")
    paras = [p for p in "\n".join(lines[2:]).split("\n\n") if p.strip()]
    if not 2 <= len(paras) <= 8: bad(n, f"{len(paras)} paragraphs")
    try:
        g = json.load(open(os.path.join(D, n + ".json"), encoding="utf-8"))
    except Exception as e:
        bad(n, f"json: {e}"); continue
    for i, ev in enumerate(g.get("events", [])):
        if ev.get("type") not in TYPES: bad(n, f"ev{i} type")
        if ev.get("outcome") not in OUTC: bad(n, f"ev{i} outcome")
        if ev.get("candidate_kind") not in ("person", "group"): bad(n, f"ev{i} kind")
        if ev.get("candidate_kind") == "group" and "candidate_count" in ev and not isinstance(ev["candidate_count"], int):
            bad(n, f"ev{i} count")
        for k in ("employer", "candidate", "previous_employer", "role"):
            v = ev.get(k, "")
            if not v:
                if k in ("employer", "candidate"): bad(n, f"ev{i} empty {k}")
                continue
            if not any(a and a in txt for a in v.split("|")):
                bad(n, f"ev{i} {k}={v!r} not in text")
        for k in ("offers_usd", "offers_krw"):
            for a in ev.get(k, []):
                if not (isinstance(a, str) and a.isdigit()): bad(n, f"ev{i} {k} {a!r}")
for n in names:
    if not os.path.exists(os.path.join(D, n + ".json")): bad(n, "missing json")
print(f"{len(names)} articles, {probs} problems")
sys.exit(1 if probs else 0)
