#!/usr/bin/env bash
# The hiring events of corpus/samples/ against the gold a reader wrote down for each page
# (tests/data/samples_events.json; WARC records map to their page by URL). Every gold event must
# be found with its type, candidate, employer, previous employer (when given), an accepted
# outcome, and its stated offers (not those derived from a multiplier) as a set of (currency,
# value) with first_year_usd where given; no
# predicted event may be neither gold nor optional. Every difference is printed.
# Usage: samples_events.sh /path/to/hirewire
set -uo pipefail
bin=${1:?usage: $0 path/to/hirewire}
cd "$(dirname "$0")/../.." || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" extract corpus/samples -o "$tmp/out.jsonl" 2> "$tmp/err" || { cat "$tmp/err"; echo "FAIL: extract exit $?"; exit 1; }
python3 - "$tmp/out.jsonl" tests/data/samples_events.json <<'PY'
import json, sys
from decimal import Decimal

recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
gold = json.load(open(sys.argv[2], encoding="utf-8"))


def key(s):
    return "".join(c for c in (s or "").lower() if c not in " .-,'’")


def names(e, field):
    out = [e.get(field)] + list(e.get(field + "_aliases") or [])
    return [n for n in out if isinstance(n, str) and n]


def name_ok(alts, pred):
    if not alts:
        return not pred
    return any(key(a) == key(p) for a in alts.split("|") for p in pred)


def pair(g, p):
    if not name_ok(g.get("employer", ""), names(p, "employer")):
        return False
    if g.get("candidate_kind") == "group":
        return p.get("candidate_kind") == "group"
    return p.get("candidate_kind") != "group" and name_ok(g.get("candidate", ""), names(p, "candidate"))


def num(v):
    try:
        return Decimal(str(v))
    except Exception:
        return None


def offer_set(offers):
    return {(o.get("currency"), num(o.get("value"))) for o in offers or []}


def differences(g, p):
    out = []
    if g.get("type") != p.get("type"):
        out.append(f"type {p.get('type')}, want {g.get('type')}")
    if g.get("previous_employer") and not name_ok(g["previous_employer"], names(p, "previous_employer")):
        out.append(f"previous_employer {p.get('previous_employer')}, want {g['previous_employer']}")
    if p.get("outcome") not in g.get("outcome", "").split("|"):
        out.append(f"outcome {p.get('outcome')}, want {g.get('outcome')}")
    # The gold lists stated amounts; an amount derived from a multiplier ("두 배로") is not one.
    stated = [o for o in p.get("offers") or [] if not o.get("derivation")]
    want, have = offer_set(g.get("offers")), offer_set(stated)
    if want != have:
        show = lambda s: sorted(f"{c} {v}" for c, v in s)
        out.append(f"offers {show(have)}, want {show(want)}")
    for go in g.get("offers") or []:
        if "first_year_usd" not in go:
            continue
        match = [o for o in p.get("offers") or [] if (o.get("currency"), num(o.get("value"))) == (go["currency"], num(go["value"]))]
        got = [o.get("first_year_usd") for o in match]
        if not any(num(x) == num(go["first_year_usd"]) for x in got if x is not None):
            out.append(f"offer {go['currency']} {go['value']}: first_year_usd {got}, want {go['first_year_usd']}")
    return out


def page_of(r):
    name = r["source"].split("/")[-1].split("#")[0]
    if name in gold["pages"]:
        return name
    return gold["warc_records"].get(r.get("url") or "")


def label(e):
    return f"{e.get('type')} {e.get('employer')} <- {e.get('candidate')} ({e.get('outcome')})"


fails = []
seen = set()
for r in recs:
    page = page_of(r)
    where = r["source"]
    if page is None:
        if r.get("events"):
            fails.append(f"{where}: {len(r['events'])} events on a page without gold")
        continue
    seen.add(page)
    g_events = gold["pages"][page].get("events", [])
    optional = gold["pages"][page].get("optional", [])
    pred = list(r.get("events") or [])
    used = set()
    for g in g_events:
        pi = next((i for i, p in enumerate(pred) if i not in used and pair(g, p)), None)
        if pi is None:
            fails.append(f"{where}: missing {label(g)}")
            continue
        used.add(pi)
        for d in differences(g, pred[pi]):
            fails.append(f"{where}: {label(g)}: {d}")
    for i, p in enumerate(pred):
        if i in used or any(pair(o, p) for o in optional):
            continue
        fails.append(f"{where}: extra {label(p)}")
for page in gold["pages"]:
    if page not in seen:
        fails.append(f"{page}: no article")
for f in fails:
    print("FAIL:", f)
n_gold = sum(len(v.get("events", [])) for v in gold["pages"].values())
print(f"sample events: {len(recs)} articles, {len(gold['pages'])} pages with {n_gold} gold events, {len(fails)} differences")
sys.exit(1 if fails else 0)
PY
