#!/usr/bin/env python3
"""Scores `hirewire events --json` on a folder of articles with gold events.

Each article is NAME.txt (headline, blank line, paragraphs) with gold NAME.json:
{"events": [{"type", "employer", "candidate", "candidate_kind", "candidate_count",
"previous_employer", "role", "outcome", "offers_usd", "offers_krw"}]}. Gold names list accepted
spellings separated by '|'. Each article is run on its own (no cross-article merging).

Reported (micro-averaged over all articles):
  pair    F1 on candidate + employer (groups: group + employer)
  strict  F1 on candidate + employer + previous employer + outcome
  typed   F1 on type + candidate + employer
  amounts share of matched gold events with stated USD offers whose every amount is found
          (among the offers' `usd`, stated `value`s and `first_year_usd` parts, rounded)
  amounts_krw  the same for `offers_krw` (KRW amounts and KRW glosses of USD amounts) among
          the offers' `krw` values and the stated values of KRW offers
  amounts_all  matched gold events with USD or KRW offers whose every USD and KRW amount is found
Usage: score_events.py BINARY DIR [--json OUT] [--verbose]
"""
import json
import os
import subprocess
import sys


def key(s):
    s = (s or "").lower()
    return "".join(c for c in s if c not in " .-,'’")


def name_ok(gold, pred, empty_ok=True):
    if not gold:
        return empty_ok and not pred
    preds = pred if isinstance(pred, list) else [pred]
    for alt in gold.split("|"):
        for p in preds:
            if p and key(alt) == key(p):
                return True
    return False


def pred_names(e, field):
    """A predicted name and its spellings (canonical, surface) when the output has them."""
    names = []
    for f in (field, field + "_canonical", field + "_name", field + "_surface"):
        v = e.get(f)
        if isinstance(v, str) and v:
            names.append(v)
    al = e.get(field + "_aliases")
    if isinstance(al, list):
        names += [a for a in al if isinstance(a, str)]
    return names


def is_group(e):
    return e.get("candidate_kind") == "group"


def pair_match(g, p):
    if not name_ok(g.get("employer", ""), pred_names(p, "employer")):
        return False
    if is_group(g):
        # A group gold may also list the company it came with (an acqui-hire or a failed bid for
        # a start-up's team): a predicted company candidate of that name matches.
        if p.get("candidate_kind") == "company":
            return name_ok(g.get("candidate", ""), pred_names(p, "candidate"))
        return is_group(p)
    return not is_group(p) and name_ok(g.get("candidate", ""), pred_names(p, "candidate"))


def strict_match(g, p):
    return (pair_match(g, p)
            and name_ok(g.get("previous_employer", ""), pred_names(p, "previous_employer"))
            and g.get("outcome") == p.get("outcome"))


def typed_match(g, p):
    return pair_match(g, p) and g.get("type") == p.get("type")


def greedy(gold, pred, match):
    used = set()
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and match(g, p):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def offer_values(p, fields, currency=None):
    """Rounded values of the event's offers: `fields` of every offer, plus the stated `value`
    of offers in `currency`."""
    vals = set()
    for o in p.get("offers", []) or []:
        fs = list(fields) + (["value"] if currency and o.get("currency") == currency else [])
        for f in fs:
            v = o.get(f)
            if v is None:
                continue
            try:
                vals.add(round(float(v)))
            except (TypeError, ValueError):
                pass
    return vals


def offer_usd(p):
    """The stated USD values, with the first-year part of an offer ("$100 million in the first
    year" of a $300 million package: `first_year_usd`)."""
    return offer_values(p, ("usd", "value", "first_year_usd"))


def offer_krw(p):
    """An offer stated in KRW has value/currency KRW; a USD offer with a KRW gloss carries the
    gloss in `krw` (docs/json.md)."""
    return offer_values(p, ("krw",), "KRW")


def amounts_found(want, have):
    return all(round(float(w)) in have for w in want)


AMOUNT_KINDS = (("amounts", "amt"), ("amounts_krw", "krw"), ("amounts_all", "all"))


def amount_tally(gold, pred, pairs):
    """The amount counts of one article's pair matches (`amt_total`/`amt_ok` USD, `krw_*` KRW,
    `all_*` both) and one line per missed amount (`AMOUNT` USD, `AMOUNT_KRW` KRW)."""
    t = {k + s: 0 for _, k in AMOUNT_KINDS for s in ("_total", "_ok")}
    misses = []
    for gi, pi in pairs:
        want = gold[gi].get("offers_usd") or []
        want_krw = gold[gi].get("offers_krw") or []
        usd_ok = amounts_found(want, offer_usd(pred[pi]))
        krw_ok = amounts_found(want_krw, offer_krw(pred[pi]))
        if want:
            t["amt_total"] += 1
            t["amt_ok"] += usd_ok
            if not usd_ok:
                misses.append(f"   AMOUNT {gold[gi].get('candidate')}: gold {want} have {sorted(offer_usd(pred[pi]))}")
        if want_krw:
            t["krw_total"] += 1
            t["krw_ok"] += krw_ok
            if not krw_ok:
                misses.append(f"   AMOUNT_KRW {gold[gi].get('candidate')}: gold {want_krw} have {sorted(offer_krw(pred[pi]))}")
        if want or want_krw:
            t["all_total"] += 1
            t["all_ok"] += usd_ok and krw_ok
    return t, misses


def amount_summary(totals):
    """checked / correct / share of each amount figure from summed `amount_tally` counts."""
    res = {}
    for name, k in AMOUNT_KINDS:
        t, ok = totals.get(k + "_total", 0), totals.get(k + "_ok", 0)
        res[name] = {"checked": t, "correct": ok, "share": round(ok / t, 3) if t else None}
    return res


def run(binary, txt):
    r = subprocess.run([binary, "events", "--json", txt], capture_output=True, text=True)
    events = []
    for line in r.stdout.splitlines():
        line = line.strip()
        if not line:
            continue
        obj = json.loads(line)
        if isinstance(obj, list):
            events += obj
        elif "events" in obj and isinstance(obj["events"], list):
            events += obj["events"]
        else:
            events.append(obj)
    return events, r.returncode, r.stderr


def f1(m, p, g):
    prec = m / p if p else 1.0
    rec = m / g if g else 1.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    verbose = "--verbose" in sys.argv
    out_json = None
    if "--json" in sys.argv:
        out_json = sys.argv[sys.argv.index("--json") + 1]
        args.remove(out_json)
    binary, folder = args[0], args[1]
    names = sorted(f[:-4] for f in os.listdir(folder) if f.endswith(".txt"))
    totals = {"pred": 0, "gold": 0, "pair": 0, "strict": 0, "typed": 0, "amt_total": 0, "amt_ok": 0,
              "krw_total": 0, "krw_ok": 0, "all_total": 0, "all_ok": 0}
    per_article = []
    for n in names:
        gold = json.load(open(os.path.join(folder, n + ".json"), encoding="utf-8"))["events"]
        pred, rc, err = run(binary, os.path.join(folder, n + ".txt"))
        if rc not in (0, 1):
            print(f"{n}: exit {rc}: {err.strip()[:200]}", file=sys.stderr)
        totals["pred"] += len(pred)
        totals["gold"] += len(gold)
        pp = greedy(gold, pred, pair_match)
        totals["pair"] += len(pp)
        totals["strict"] += len(greedy(gold, pred, strict_match))
        totals["typed"] += len(greedy(gold, pred, typed_match))
        amt, amount_misses = amount_tally(gold, pred, pp)
        for k, v in amt.items():
            totals[k] += v
        per_article.append({"article": n, "gold": len(gold), "pred": len(pred), "pair": len(pp)})
        if verbose:
            print(f"== {n}: gold {len(gold)} pred {len(pred)} matched {len(pp)}")
            mg = {gi for gi, _ in pp}
            mp = {pi for _, pi in pp}
            for gi, g in enumerate(gold):
                if gi not in mg:
                    print(f"   MISS {g.get('type')} {g.get('employer')} <- {g.get('candidate')} ({g.get('outcome')})")
            for pi, p in enumerate(pred):
                if pi not in mp:
                    print(f"   FALSE {p.get('type')} {p.get('employer')} <- {p.get('candidate')} ({p.get('outcome')})")
            for line in amount_misses:
                print(line)
    res = {"articles": len(names), "predicted": totals["pred"], "gold": totals["gold"]}
    for k in ("pair", "strict", "typed"):
        p, r, f = f1(totals[k], totals["pred"], totals["gold"])
        res[k] = {"matched": totals[k], "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}
    res.update(amount_summary(totals))
    print(json.dumps(res, indent=1, ensure_ascii=False))
    if out_json:
        json.dump({"summary": res, "articles": per_article}, open(out_json, "w"), indent=1)


if __name__ == "__main__":
    main()
