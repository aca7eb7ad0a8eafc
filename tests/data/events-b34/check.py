#!/usr/bin/env python3
"""Checker for batch b34: parses every gold .json, validates the schema and
verifies that every name value (at least one '|' alternative) occurs verbatim
in the matching .txt article. Also prints the counts table."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"hire", "offer", "acquihire", "acquisition_attempt", "departure"}
OUTCOMES = {"offered", "declined", "accepted", "joined", "left", "failed"}
NAME_FIELDS = ["employer", "candidate", "previous_employer", "role"]

def main():
    problems = []
    counts = {}
    names = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".txt"))
    for name in names:
        txt_path = os.path.join(HERE, name + ".txt")
        json_path = os.path.join(HERE, name + ".json")
        text = open(txt_path, encoding="utf-8").read()
        lines = text.split("\n")
        if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
            problems.append(f"{name}: needs headline, blank line, body")
        paras = [p for p in "\n".join(lines[2:]).split("\n\n") if p.strip()]
        if not 2 <= len(paras) <= 8:
            problems.append(f"{name}: {len(paras)} paragraphs (want 2-8)")
        if not os.path.exists(json_path):
            problems.append(f"{name}: missing json"); continue
        try:
            gold = json.load(open(json_path, encoding="utf-8"))
        except Exception as e:
            problems.append(f"{name}: bad json: {e}"); continue
        evs = gold.get("events")
        if not isinstance(evs, list):
            problems.append(f"{name}: 'events' not a list"); continue
        lang = name.split("-")[0]
        c = counts.setdefault(lang, Counter())
        c["articles"] += 1
        if not evs:
            c["no-event articles"] += 1
        for i, ev in enumerate(evs):
            where = f"{name}#{i}"
            t, o = ev.get("type"), ev.get("outcome")
            if t not in TYPES: problems.append(f"{where}: bad type {t}")
            if o not in OUTCOMES: problems.append(f"{where}: bad outcome {o}")
            if t == "departure" and o != "left": problems.append(f"{where}: departure must be left")
            if t == "acquisition_attempt" and o != "failed": problems.append(f"{where}: attempt must be failed")
            kind = ev.get("candidate_kind")
            if kind not in ("person", "group"): problems.append(f"{where}: bad candidate_kind")
            if kind == "group" and "candidate_count" in ev and not isinstance(ev["candidate_count"], int):
                problems.append(f"{where}: candidate_count not int")
            for k in ("employer", "candidate"):
                if not ev.get(k): problems.append(f"{where}: empty {k}")
            for k in NAME_FIELDS:
                v = ev.get(k)
                if not v: continue
                alts = [a for a in v.split("|") if a]
                if not any(a in text for a in alts):
                    problems.append(f"{where}: {k} {v!r} not found verbatim")
                for a in alts:
                    if a not in text:
                        print(f"  note {where}: alternative {a!r} of {k} not in text")
            for k in ("offers_usd", "offers_krw"):
                for amt in ev.get(k, []):
                    if not (isinstance(amt, str) and re.fullmatch(r"[1-9]\d*", amt)):
                        problems.append(f"{where}: bad amount {amt!r} in {k}")
            c["events"] += 1
            c[f"type:{t}"] += 1
            c[f"outcome:{o}"] += 1
            c[f"{t}/{o}"] += 1
            if ev.get("offers_usd") or ev.get("offers_krw"):
                c["events with pay"] += 1
    keys = sorted(set(k for c in counts.values() for k in c))
    order = ["articles", "no-event articles", "events", "events with pay"]
    keys = order + [k for k in keys if k.startswith("type:")] + \
           [k for k in keys if k.startswith("outcome:")] + \
           [k for k in keys if "/" in k]
    print("| count | en | ko | total |\n|---|---|---|---|")
    for k in keys:
        en, ko = counts.get("en", Counter())[k], counts.get("ko", Counter())[k]
        print(f"| {k} | {en} | {ko} | {en + ko} |")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
