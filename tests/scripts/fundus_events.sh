#!/usr/bin/env bash
# Issue 10: no events from general news that is not about hiring. Extracts all 149 fundus-dev pages
# (../shared/corpus/fundus-dev, 41 countries) and fails on any event that is not one of the real hires
# and appointments listed in tests/data/fundus_events.json (each checked by reading its page).
# Skipped (77) without ../shared.
set -uo pipefail
bin=${1:?usage: $0 path/to/hirewire}
here=$(cd "$(dirname "$0")/../.." && pwd)
dir="${HIREWIRE_SHARED_DIR:-$here/../shared}/corpus/fundus-dev"
[ -d "$dir" ] || { echo "SKIP: $dir not found"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" extract "$dir" -o "$tmp/out.jsonl" 2> "$tmp/err" || { cat "$tmp/err"; echo "FAIL: extract exit $?"; exit 1; }
python3 - "$tmp/out.jsonl" "$here/tests/data/fundus_events.json" <<'PY'
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
allowed = json.load(open(sys.argv[2], encoding="utf-8"))["allowed"]
def ok(alts, v):
    return any(a.lower() == (v or "").lower() for a in alts.split("|"))
if len(recs) < 140:
    sys.exit(f"FAIL: {len(recs)} articles from fundus-dev, want ≥ 140")
bad, seen = [], 0
for r in recs:
    for e in r.get("events", []):
        seen += 1
        if not any(a["url_part"] in (r.get("url") or r["source"]) and a["type"] == e["type"]
                   and ok(a["candidate"], e.get("candidate")) and ok(a["employer"], e.get("employer"))
                   for a in allowed):
            bad.append(f'{r.get("url") or r["source"]}: {e["type"]} {e.get("candidate")!r} at {e.get("employer")!r}')
print(f"{len(recs)} pages, {seen} events, {len(bad)} not a real hiring")
for b in bad:
    print("  not a hiring event:", b)
sys.exit(1 if bad else 0)
PY
