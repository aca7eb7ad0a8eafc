#!/usr/bin/env python3
"""Checker for batch b18: parses every NAME.json, verifies schema and that every
name value (at least one '|' alternative) occurs verbatim in NAME.txt."""
import json, os, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]

def main():
    problems = []
    stats = collections.Counter()
    names = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".txt"))
    expected = [f"ko-{i:02d}" for i in range(1, 21)] + [f"en-{i:02d}" for i in range(1, 21)]
    for e in expected:
        if e not in names:
            problems.append(f"missing article {e}.txt")
    for name in names:
        txt_path = os.path.join(HERE, name + ".txt")
        js_path = os.path.join(HERE, name + ".json")
        with open(txt_path, encoding="utf-8") as f:
            text = f.read()
        lines = text.split("\n")
        if not lines[0].strip() or (len(lines) > 1 and lines[1].strip()):
            problems.append(f"{name}: needs headline line then blank line")
        paras = [p for p in "\n".join(lines[2:]).split("\n\n") if p.strip()]
        if not 2 <= len(paras) <= 8:
            problems.append(f"{name}: {len(paras)} paragraphs (want 2-8)")
        if not os.path.exists(js_path):
            problems.append(f"{name}: missing json"); continue
        try:
            with open(js_path, encoding="utf-8") as f:
                gold = json.load(f)
        except Exception as ex:
            problems.append(f"{name}: bad json: {ex}"); continue
        evs = gold.get("events")
        if not isinstance(evs, list):
            problems.append(f"{name}: 'events' not a list"); continue
        lang = name[:2]
        stats[(lang, "articles")] += 1
        if not evs:
            stats[(lang, "no-event articles")] += 1
        for i, ev in enumerate(evs):
            tag = f"{name}#{i}"
            stats[(lang, "events")] += 1
            stats[(lang, "type:" + str(ev.get("type")))] += 1
            stats[(lang, "outcome:" + str(ev.get("outcome")))] += 1
            if ev.get("type") not in TYPES:
                problems.append(f"{tag}: bad type {ev.get('type')}")
            if ev.get("outcome") not in OUTCOMES:
                problems.append(f"{tag}: bad outcome {ev.get('outcome')}")
            if ev.get("candidate_kind") not in ("person", "group"):
                problems.append(f"{tag}: bad candidate_kind")
            if ev.get("candidate_kind") == "group" and not isinstance(ev.get("candidate_count"), int):
                problems.append(f"{tag}: group without integer candidate_count")
            for req in ("employer", "candidate"):
                if not ev.get(req):
                    problems.append(f"{tag}: empty {req}")
            for fld in NAME_FIELDS:
                val = ev.get(fld) or ""
                if not val:
                    continue
                alts = [a for a in val.split("|") if a]
                if not any(a in text for a in alts):
                    problems.append(f"{tag}: {fld} '{val}' not found verbatim")
            for k in ("offers_usd", "offers_krw"):
                v = ev.get(k, [])
                if not isinstance(v, list) or not all(isinstance(x, str) and x.isdigit() for x in v):
                    problems.append(f"{tag}: {k} must be list of digit strings")
            # type/outcome consistency
            t, o = ev.get("type"), ev.get("outcome")
            if t == "departure" and o != "left":
                problems.append(f"{tag}: departure must be left")
            if t == "acquisition_attempt" and o != "failed":
                problems.append(f"{tag}: acquisition_attempt must be failed")
            if t == "departure" and ev.get("previous_employer"):
                problems.append(f"{tag}: departure with previous_employer")
    for k in sorted(stats):
        print(f"{k[0]}\t{k[1]}\t{stats[k]}")
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
