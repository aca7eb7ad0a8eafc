#!/usr/bin/env python3
"""Typed entity P/R/F1 per page language on every entities gold set in tests/data.

Runs scripts/score_entities.py --by-lang on entities-fundus, -b2, -b3 and -b4 (fundus-dev page
text from SHARED/corpus/fundus-dev/gold-dev.jsonl plus each set's written pages.jsonl) and prints
one row per set and language: typed F1/P/R, person F1, organization F1, gold count. Aggregates
only (no per-page output), so it is safe on a set kept for generalization checks.
Usage: entities_by_lang.py BINARY [SHARED_DIR] [--json OUT.json]
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SETS = ["entities-fundus", "entities-b2", "entities-b3", "entities-b4"]


def pages_file(shared, batch, out):
    with open(out, "w", encoding="utf-8") as w:
        for l in open(os.path.join(shared, "corpus/fundus-dev/gold-dev.jsonl"), encoding="utf-8"):
            w.write(l)
        extra = os.path.join(ROOT, "tests/data", batch, "pages.jsonl")
        if os.path.exists(extra):
            for l in open(extra, encoding="utf-8"):
                d = json.loads(l)
                if isinstance(d["body"], str):
                    d["body"] = [p for p in d["body"].split("\n\n") if p.strip()]
                w.write(json.dumps(d, ensure_ascii=False) + "\n")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    binary = args[0]
    shared = args[1] if len(args) > 1 else os.path.join(ROOT, "..", "shared")
    out_json = sys.argv[sys.argv.index("--json") + 1] if "--json" in sys.argv else None
    if out_json in args:
        args.remove(out_json)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for batch in SETS:
            pages = os.path.join(tmp, batch + ".jsonl")
            pages_file(shared, batch, pages)
            r = subprocess.run([sys.executable, os.path.join(HERE, "score_entities.py"), binary,
                                os.path.join(ROOT, "tests/data", batch, "gold.jsonl"), pages, "--by-lang"],
                               capture_output=True, text=True, check=True)
            results[batch] = json.loads(r.stdout)
    print(f"{'set':16s} {'lang':5s} {'F1':>6s} {'P':>6s} {'R':>6s} {'perF1':>6s} {'orgF1':>6s} {'gold':>5s}")
    for batch, res in results.items():
        rows = [("all", res)] + sorted(res["by_lang"].items())
        for lang, r in rows:
            t = r["typed"]
            gold = r["person"]["gold"] + r["organization"]["gold"]
            print(f"{batch:16s} {lang:5s} {t['f1']:6.3f} {t['precision']:6.3f} {t['recall']:6.3f} "
                  f"{r['person']['f1']:6.3f} {r['organization']['f1']:6.3f} {gold:5d}")
    if out_json:
        with open(out_json, "w", encoding="utf-8") as w:
            json.dump(results, w, indent=1)


if __name__ == "__main__":
    main()
