#!/usr/bin/env python3
"""Scores the full entity recognizer (`hirewire entities --json`) on annotated pages.

Gold: JSON Lines {"id", "lang", "entities": [{"type": "person"|"organization",
"surfaces": [...]}]}, one referent per entry, annotated on fundus-dev gold title + body.
Text: the page's gold title and body paragraphs from gold-dev.jsonl, one per line.
A predicted entity matches a gold one when the types agree (company, organization and
publication all count as organization) and any of its name, canonical, aliases or mention
surfaces equals any gold surface (case, spaces and dots ignored). One-to-one, greedy.
Usage: score_entities.py BINARY GOLD.jsonl FUNDUS_GOLD_DEV.jsonl [--verbose] [--by-lang]
--by-lang adds one aggregate per page language ("by_lang": {lang: {person, organization, typed}}).
"""
import json
import subprocess
import sys


def key(s):
    return "".join(c for c in (s or "").lower() if c not in " .·-'’")


def norm_type(t):
    return "person" if t == "person" else "organization"


def pred_surfaces(e):
    out = {e.get("name"), e.get("canonical")}
    out.update(e.get("aliases") or [])
    out.update(m.get("surface") for m in e.get("mentions") or [])
    return {key(s) for s in out if s}


def run(binary, text, lang):
    cmd = [binary, "entities", "--json", "-"]
    if lang:
        cmd += ["--lang", lang]
    r = subprocess.run(cmd, input=text, capture_output=True, text=True)
    if r.returncode != 0 and "--lang" in cmd:  # older CLIs without --lang
        r = subprocess.run(cmd[:4], input=text, capture_output=True, text=True)
    ents = []
    for line in r.stdout.splitlines():
        line = line.strip()
        if line:
            obj = json.loads(line)
            ents += obj if isinstance(obj, list) else obj.get("entities", [obj])
    return ents


def summarize(tot):
    """P/R/F1 per type and typed over {type: [matched, predicted, gold]}."""
    res = {}
    allm = allp = allg = 0
    for t, (m, p, gc) in tot.items():
        prec = m / p if p else 1.0
        rec = m / gc if gc else 1.0
        res[t] = {"matched": m, "predicted": p, "gold": gc, "precision": round(prec, 3),
                  "recall": round(rec, 3), "f1": round(2 * prec * rec / (prec + rec) if prec + rec else 0, 3)}
        allm += m; allp += p; allg += gc
    prec = allm / allp if allp else 1.0
    rec = allm / allg if allg else 1.0
    res["typed"] = {"precision": round(prec, 3), "recall": round(rec, 3),
                    "f1": round(2 * prec * rec / (prec + rec) if prec + rec else 0, 3)}
    return res


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    verbose = "--verbose" in sys.argv
    binary, gold_path, pages_path = args
    pages = {}
    for line in open(pages_path, encoding="utf-8"):
        r = json.loads(line)
        pages[r["id"]] = r
    by_lang = "--by-lang" in sys.argv
    tot = {t: [0, 0, 0] for t in ("person", "organization")}  # matched, pred, gold
    lang_tot = {}
    for line in open(gold_path, encoding="utf-8"):
        g = json.loads(line)
        page = pages[g["id"]]
        text = "\n".join([page.get("title") or ""] + (page.get("body") or []))
        pred = [e for e in run(binary, text, g.get("lang"))
                if e.get("type") in ("person", "company", "organization", "publication")]
        gold = g["entities"]
        used = set()
        lt = lang_tot.setdefault(g.get("lang") or "?", {t: [0, 0, 0] for t in tot})
        for t in tot:
            for acc in (tot, lt):
                acc[t][1] += sum(1 for p in pred if norm_type(p["type"]) == t)
                acc[t][2] += sum(1 for x in gold if x["type"] == t)
        missed = []
        for x in gold:
            gs = {key(s) for s in x["surfaces"]}
            hit = None
            for i, p in enumerate(pred):
                if i not in used and norm_type(p["type"]) == x["type"] and pred_surfaces(p) & gs:
                    hit = i
                    break
            if hit is None:
                missed.append(x)
            else:
                used.add(hit)
                tot[x["type"]][0] += 1
                lt[x["type"]][0] += 1
        if verbose:
            print(f"== {g['id']}")
            for x in missed:
                print(f"   MISS {x['type']} {x['surfaces']}")
            for i, p in enumerate(pred):
                if i not in used:
                    print(f"   FALSE {p['type']} {p.get('name')}")
    res = summarize(tot)
    if by_lang:
        res["by_lang"] = {lang: summarize(t) for lang, t in sorted(lang_tot.items())}
    print(json.dumps(res, indent=1))


if __name__ == "__main__":
    main()
