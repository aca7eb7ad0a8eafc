#!/usr/bin/env python3
"""Pooled person / organization scores over many entity gold folders (the development view).

For each folder (gold.jsonl, and pages.jsonl with written pages; fundus-dev pages come from
../shared/corpus/fundus-dev/gold-dev.jsonl) it runs scripts/score_entities.py --by-lang, prints the
folder's typed / person / organization F1 and typed precision, then the pooled figures and the
pooled typed F1 per page language.

Usage: score_entities_all.py BINARY REPO [--dirs DIR...] [--held-out] [--jobs N]
Without --dirs it scores every tests/data/entities-* folder except the held-out batches
(entities-b9, entities-b11, entities-d10), which only --held-out adds.
"""
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
HELD_OUT = ("entities-b9", "entities-b11", "entities-d10")


def pages_file(repo, folder, tmp):
    shared = os.environ.get("HIREWIRE_SHARED_DIR", os.path.join(repo, "..", "shared"))
    out = os.path.join(tmp, os.path.basename(folder.rstrip("/")) + ".pages.jsonl")
    with open(out, "w", encoding="utf-8") as w:
        fundus = os.path.join(shared, "corpus", "fundus-dev", "gold-dev.jsonl")
        if os.path.exists(fundus):
            w.write(open(fundus, encoding="utf-8").read())
        own = os.path.join(folder, "pages.jsonl")
        if os.path.exists(own):
            for line in open(own, encoding="utf-8"):
                d = json.loads(line)
                if isinstance(d["body"], str):
                    d["body"] = [p for p in d["body"].split("\n\n") if p.strip()]
                w.write(json.dumps(d, ensure_ascii=False) + "\n")
    return out


def score(binary, repo, folder, tmp):
    pages = pages_file(repo, folder, tmp)
    r = subprocess.run([sys.executable, os.path.join(HERE, "score_entities.py"), binary,
                        os.path.join(folder, "gold.jsonl"), pages, "--by-lang"],
                       capture_output=True, text=True)
    if r.returncode != 0:
        print(f"{folder}: scorer exit {r.returncode}: {r.stderr.strip()[:300]}", file=sys.stderr)
        return None
    return json.loads(r.stdout)


def f1(m, p, g):
    prec = m / p if p else 1.0
    rec = m / g if g else 1.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def main():
    argv = sys.argv[1:]
    jobs = 2
    if "--jobs" in argv:
        i = argv.index("--jobs")
        jobs = int(argv[i + 1])
        del argv[i:i + 2]
    held = "--held-out" in argv
    argv = [a for a in argv if a != "--held-out"]
    dirs = None
    if "--dirs" in argv:
        i = argv.index("--dirs")
        dirs = argv[i + 1:]
        argv = argv[:i]
    binary, repo = os.path.abspath(argv[0]), os.path.abspath(argv[1])
    if dirs is None:
        base = os.path.join(repo, "tests", "data")
        dirs = [os.path.join(base, d) for d in sorted(os.listdir(base))
                if d.startswith("entities-") and os.path.exists(os.path.join(base, d, "gold.jsonl"))
                and (held or d not in HELD_OUT)]
    with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(max_workers=jobs) as ex:
        results = list(ex.map(lambda d: score(binary, repo, d, tmp), dirs))
    pooled = {t: [0, 0, 0] for t in ("person", "organization")}
    langs = {}
    for d, res in zip(dirs, results):
        if res is None:
            continue
        print(f"{os.path.basename(d.rstrip('/')):18s} typed {res['typed']['f1']:.3f} (P {res['typed']['precision']:.3f})"
              f"  person {res['person']['f1']:.3f}  org {res['organization']['f1']:.3f}")
        for t in pooled:
            for i, k in enumerate(("matched", "predicted", "gold")):
                pooled[t][i] += res[t][k]
        for lang, lr in res.get("by_lang", {}).items():
            acc = langs.setdefault(lang, [0, 0, 0])
            for t in pooled:
                for i, k in enumerate(("matched", "predicted", "gold")):
                    acc[i] += lr[t][k]
    m = sum(v[0] for v in pooled.values())
    p = sum(v[1] for v in pooled.values())
    g = sum(v[2] for v in pooled.values())
    prec, _, tf = f1(m, p, g)
    print(f"{'POOLED':18s} typed {tf:.3f} (P {prec:.3f})  person {f1(*pooled['person'])[2]:.3f}"
          f"  org {f1(*pooled['organization'])[2]:.3f}  folders {sum(r is not None for r in results)}")
    print("by language (typed F1): " + ", ".join(f"{k} {f1(*v)[2]:.3f}" for k, v in sorted(langs.items())))


if __name__ == "__main__":
    main()
