#!/usr/bin/env python3
"""Checker for batch b49: validates gold JSON against articles and prints counts."""
import json, os, re, sys, glob
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]

problems = []
def bad(f, msg): problems.append(f"{f}: {msg}")

by_lang = {"ko": Counter(), "en": Counter()}
arts = Counter()
names = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(HERE, "*.txt")))
for lang in ("ko", "en"):
    want = [f"{lang}-{i:02d}" for i in range(1, 21)]
    for w in want:
        if w not in names: bad(w, "missing article")
for n in names:
    txt = open(os.path.join(HERE, n + ".txt"), encoding="utf-8").read()
    lang = n[:2]
    arts[lang] += 1
    lines = txt.split("\n")
    if not lines[0].strip() or lines[1].strip() != "":
        bad(n, "headline line + blank line expected")
    paras = [p for p in re.split(r"\n\s*\n", "\n".join(lines[2:]).strip()) if p.strip()]
    if not 2 <= len(paras) <= 8:
        bad(n, f"{len(paras)} paragraphs")
    jp = os.path.join(HERE, n + ".json")
    if not os.path.exists(jp):
        bad(n, "missing json"); continue
    try:
        gold = json.load(open(jp, encoding="utf-8"))
    except Exception as ex:
        bad(n, f"json parse error {ex}"); continue
    evs = gold.get("events")
    if not isinstance(evs, list):
        bad(n, "events not a list"); continue
    if not evs: by_lang[lang]["no-event articles"] += 1
    for i, e in enumerate(evs):
        t, o = e.get("type"), e.get("outcome")
        if t not in TYPES: bad(n, f"event {i} bad type {t}")
        if o not in OUTCOMES: bad(n, f"event {i} bad outcome {o}")
        if e.get("candidate_kind") not in ("person", "group"): bad(n, f"event {i} bad candidate_kind")
        if e.get("candidate_kind") == "group" and not isinstance(e.get("candidate_count"), int):
            bad(n, f"event {i} group without integer candidate_count")
        for fld in ("employer", "candidate"):
            if not e.get(fld): bad(n, f"event {i} empty {fld}")
        for fld in NAME_FIELDS:
            v = e.get(fld)
            if not v: continue
            alts = [a for a in v.split("|") if a]
            if not any(a in txt for a in alts):
                bad(n, f"event {i} {fld}={v!r} not found verbatim")
        for fld in ("offers_usd", "offers_krw"):
            for a in e.get(fld, []):
                if not (isinstance(a, str) and a.isdigit()): bad(n, f"event {i} {fld} bad amount {a!r}")
        by_lang[lang][f"{t}/{o}"] += 1
        by_lang[lang]["events"] += 1
        by_lang[lang][f"type:{t}"] += 1
        by_lang[lang][f"outcome:{o}"] += 1

keys = sorted(set(by_lang["ko"]) | set(by_lang["en"]))
print(f"{'':32s}{'ko':>5s}{'en':>5s}{'all':>6s}")
print(f"{'articles':32s}{arts['ko']:5d}{arts['en']:5d}{arts['ko']+arts['en']:6d}")
for k in ["events", "no-event articles"] + [k for k in keys if k.startswith("type:")] + \
         [k for k in keys if k.startswith("outcome:")] + [k for k in keys if "/" in k]:
    a, b = by_lang["ko"][k], by_lang["en"][k]
    print(f"{k:32s}{a:5d}{b:5d}{a+b:6d}")
print(f"\n{len(problems)} problems")
for p in problems: print("  " + p)
sys.exit(1 if problems else 0)
