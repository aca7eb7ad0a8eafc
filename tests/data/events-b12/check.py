#!/usr/bin/env python3
"""Check gold files: JSON parses, schema values valid, every name value (one '|' alternative at least)
occurs verbatim in the article. Also prints counts."""
import json, os, sys, glob, collections
D = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTS = {"offered", "declined", "accepted", "joined", "left", "failed"}
problems = []
cnt = collections.Counter()
txts = sorted(glob.glob(os.path.join(D, "*.txt")))
for t in txts:
    name = os.path.basename(t)[:-4]
    lang = name.split("-")[0]
    text = open(t, encoding="utf-8").read()
    lines = text.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
        problems.append(f"{name}: headline/blank-line format")
    paras = [p for p in text.split("\n\n")[1:] if p.strip()]
    if not 2 <= len(paras) <= 8:
        problems.append(f"{name}: {len(paras)} paragraphs")
    j = os.path.join(D, name + ".json")
    if not os.path.exists(j):
        problems.append(f"{name}: missing json"); continue
    try:
        g = json.load(open(j, encoding="utf-8"))
    except Exception as e:
        problems.append(f"{name}: bad json {e}"); continue
    cnt[(lang, "articles")] += 1
    if not g["events"]:
        cnt[(lang, "no-event articles")] += 1
    for i, ev in enumerate(g["events"]):
        if ev.get("type") not in TYPES: problems.append(f"{name}#{i}: type {ev.get('type')}")
        if ev.get("outcome") not in OUTS: problems.append(f"{name}#{i}: outcome {ev.get('outcome')}")
        if ev.get("candidate_kind") not in ("person", "group"): problems.append(f"{name}#{i}: kind")
        if ev.get("candidate_kind") == "group" and not isinstance(ev.get("candidate_count"), int):
            problems.append(f"{name}#{i}: group without count")
        for k in ("offers_usd", "offers_krw"):
            for a in ev.get(k, []):
                if not (isinstance(a, str) and a.isdigit()): problems.append(f"{name}#{i}: {k} {a!r}")
        for k in ("employer", "candidate", "previous_employer", "role"):
            v = ev.get(k, "")
            if k in ("employer", "candidate") and not v:
                problems.append(f"{name}#{i}: empty {k}"); continue
            if not v: continue
            alts = [a for a in v.split("|") if a]
            if not any(a in text for a in alts):
                problems.append(f"{name}#{i}: {k} {v!r} not in article")
        cnt[(lang, "events")] += 1
        cnt[(lang, "type:" + ev["type"])] += 1
        cnt[(lang, "outcome:" + ev["outcome"])] += 1
        if ev.get("offers_usd") or ev.get("offers_krw"):
            cnt[(lang, "events with amounts")] += 1
keys = sorted({k for _, k in cnt}, key=lambda k: (k != "articles", k != "no-event articles", k != "events", k))
print(f"| {'':28} | ko | en | total |")
print("|" + "-"*30 + "|----|----|-------|")
for k in keys:
    print(f"| {k:28} | {cnt[('ko',k)]:>2} | {cnt[('en',k)]:>2} | {cnt[('ko',k)]+cnt[('en',k)]:>5} |")
print(f"\n{len(problems)} problems")
for p in problems: print(" -", p)
sys.exit(1 if problems else 0)
