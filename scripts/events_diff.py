#!/usr/bin/env python3
"""events_diff.py BIN_A BIN_B FILE... : prints, per article whose event output differs, the lines only
in A (-) and only in B (+) (type employer <- candidate / prev / outcome / role / amounts).
With no FILE it uses every tests/data/events-*/*.txt of the current directory. Last line: N differ."""
import glob, json, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

def lines(binary, f):
    r = subprocess.run([binary, "events", "--json", f], capture_output=True, text=True)
    if r.returncode not in (0, 1):  # a failed run is reported, not diffed silently as "no events"
        print(f"{binary} on {f}: exit {r.returncode}: {r.stderr.strip()[:200]}", file=sys.stderr)
    out = []
    for l in r.stdout.splitlines():
        if not l.strip():
            continue
        o = json.loads(l)
        evs = o if isinstance(o, list) else o.get("events", [o])
        for e in evs:
            amts = [x.get("usd") or x.get("krw") or x.get("value") for x in e.get("offers") or []]
            out.append(f"{e.get('type')} {e.get('employer')} <- {e.get('candidate')} / prev {e.get('previous_employer','')} / {e.get('outcome')} / {e.get('role','')} / {amts}")
    return sorted(out)

a, b = sys.argv[1], sys.argv[2]
files = sys.argv[3:] or sorted(glob.glob("tests/data/events-*/*.txt"))
files = [f for f in files if not f.endswith("README.md")]
with ThreadPoolExecutor(2) as ex:
    ra = list(ex.map(lambda f: lines(a, f), files))
    rb = list(ex.map(lambda f: lines(b, f), files))
n = 0
for f, x, y in zip(files, ra, rb):
    if x != y:
        n += 1
        print(f"== {f}")
        for l in x:
            if l not in y: print("  - " + l)
        for l in y:
            if l not in x: print("  + " + l)
print(f"{len(files)} articles, {n} differ")
