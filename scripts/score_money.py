#!/usr/bin/env python3
"""Scores `hirewire money --json` on money mentions in context.

Input: JSON Lines {"id", "lang", "country" (ISO 3166 or null), "text", "gold": [{"surface",
"currency", "kind", "value" | "low" + "high"}]}. Each text is run through the CLI with its
--lang (and --country when given and the CLI has it).
  recall     share of gold mentions with a predicted amount that overlaps it and has the
             same currency and value (for ranges: low and high)
  precision  share of predicted amounts that are such a match
Reported overall, per language, and for lines with / without a country.
Usage: score_money.py BINARY MONEY.jsonl [--verbose] [--no-country]
"""
import json
import subprocess
import sys
from collections import defaultdict
from decimal import Decimal, InvalidOperation


def dec(v):
    try:
        return Decimal(str(v)).normalize() if v is not None else None
    except InvalidOperation:
        return None


def run(binary, text, lang, country, use_country):
    cmd = [binary, "money", "--json", "-"]
    if lang:
        cmd += ["--lang", lang]
    if country and use_country:
        cmd += ["--country", country]
    r = subprocess.run(cmd, input=text, capture_output=True, text=True)
    if r.returncode == 2 and "--country" in cmd:
        r = subprocess.run(cmd[:-2], input=text, capture_output=True, text=True)
    out = []
    for line in r.stdout.splitlines():
        if line.strip():
            out.append(json.loads(line))
    return out


def span(text, surface):
    i = text.find(surface)
    return (i, i + len(surface)) if i >= 0 else (-1, -1)


def same_value(g, p):
    if p.get("currency") != g.get("currency"):
        return False
    if g.get("kind") == "range" or "low" in g:
        return dec(p.get("low")) == dec(g.get("low")) and dec(p.get("high")) == dec(g.get("high"))
    return dec(p.get("value")) == dec(g.get("value"))


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    verbose = "--verbose" in sys.argv
    use_country = "--no-country" not in sys.argv
    binary, path = args
    stats = defaultdict(lambda: [0, 0, 0, 0])  # gold, gold_ok, pred, pred_ok
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        text = r["text"].replace("\n", " ")
        pred = run(binary, text, r.get("lang"), r.get("country"), use_country)
        gold = r["gold"]
        gsp = [span(text, g["surface"]) for g in gold]
        psp = [(p.get("start", -1), p.get("end", -1)) for p in pred]
        g_ok = [any(overlaps(gsp[i], psp[j]) and same_value(g, pred[j]) for j in range(len(pred)))
                for i, g in enumerate(gold)]
        p_ok = [any(overlaps(gsp[i], psp[j]) and same_value(gold[i], p) for i in range(len(gold)))
                for j, p in enumerate(pred)]
        for k in ("all", r.get("lang"), "with_country" if r.get("country") else "no_country"):
            s = stats[k]
            s[0] += len(gold); s[1] += sum(g_ok); s[2] += len(pred); s[3] += sum(p_ok)
        if verbose and (not all(g_ok) or not all(p_ok)):
            print(f"== {r['id']} [{r.get('country')}] {text}")
            for g, ok in zip(gold, g_ok):
                if not ok:
                    print(f"   MISS {g['surface']} {g['currency']} {g.get('value') or (g.get('low'), g.get('high'))}")
            for p, ok in zip(pred, p_ok):
                if not ok:
                    print(f"   FALSE {p.get('surface')} {p.get('currency')} {p.get('value') or (p.get('low'), p.get('high'))}")
    res = {}
    for k, (g, gok, p, pok) in sorted(stats.items()):
        res[k] = {"gold": g, "recall": round(gok / g, 3) if g else None,
                  "predicted": p, "precision": round(pok / p, 3) if p else None}
    print(json.dumps(res, indent=1))


if __name__ == "__main__":
    main()
