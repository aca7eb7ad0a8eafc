#!/usr/bin/env python3
"""Checker for batch b38: parses every NAME.json, validates schema, and verifies that every
name value (at least one '|' alternative) occurs verbatim in NAME.txt. Also prints counts."""
import json, os, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ("employer", "candidate", "previous_employer", "role")

def main():
    problems = []
    counts = collections.defaultdict(collections.Counter)
    names = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".txt"))
    for n in names:
        lang = n.split("-")[0]
        txt = open(os.path.join(HERE, n + ".txt"), encoding="utf-8").read()
        lines = txt.split("\n")
        if not lines[0].strip() or (len(lines) > 1 and lines[1].strip()):
            problems.append(f"{n}: headline line + blank line expected")
        paras = [p for p in txt.split("\n\n")[1:] if p.strip()]
        if not 2 <= len(paras) <= 8:
            problems.append(f"{n}: {len(paras)} paragraphs")
        jp = os.path.join(HERE, n + ".json")
        if not os.path.exists(jp):
            problems.append(f"{n}: missing json"); continue
        try:
            data = json.load(open(jp, encoding="utf-8"))
        except Exception as e:
            problems.append(f"{n}: bad json {e}"); continue
        evs = data.get("events")
        if not isinstance(evs, list):
            problems.append(f"{n}: events not a list"); continue
        counts[lang]["articles"] += 1
        if not evs:
            counts[lang]["no-event articles"] += 1
        for i, ev in enumerate(evs):
            t, o = ev.get("type"), ev.get("outcome")
            if t not in TYPES: problems.append(f"{n}#{i}: bad type {t}")
            if o not in OUTCOMES: problems.append(f"{n}#{i}: bad outcome {o}")
            if ev.get("candidate_kind") not in ("person", "group"):
                problems.append(f"{n}#{i}: bad candidate_kind")
            if ev.get("candidate_kind") == "group" and not isinstance(ev.get("candidate_count"), int):
                problems.append(f"{n}#{i}: group without integer candidate_count")
            for k in ("offers_usd", "offers_krw"):
                for a in ev.get(k, []):
                    if not (isinstance(a, str) and a.isdigit()):
                        problems.append(f"{n}#{i}: {k} value {a!r} not digit string")
            for f in NAME_FIELDS:
                v = ev.get(f)
                if f in ("employer", "candidate") and not v:
                    problems.append(f"{n}#{i}: empty {f}"); continue
                if not v: continue
                alts = [a for a in v.split("|") if a]
                if not any(a in txt for a in alts):
                    problems.append(f"{n}#{i}: {f}={v!r} not found verbatim")
            counts[lang]["events"] += 1
            counts[lang][f"type:{t}"] += 1
            counts[lang][f"outcome:{o}"] += 1
    keys = sorted({k for c in counts.values() for k in c})
    langs = sorted(counts)
    print(f"{'':28}" + "".join(f"{l:>6}" for l in langs) + f"{'total':>7}")
    for k in keys:
        vals = [counts[l][k] for l in langs]
        print(f"{k:28}" + "".join(f"{v:>6}" for v in vals) + f"{sum(vals):>7}")
    for p in problems: print("PROBLEM:", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
