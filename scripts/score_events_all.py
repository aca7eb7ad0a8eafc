#!/usr/bin/env python3
"""Pooled hiring-event scores over many gold folders (the in-house development view).

Runs `hirewire events --json` on every article of each folder (the same matching as
scripts/score_events.py, whose functions it reuses) and prints one line per folder and the pooled
micro-averaged pair / strict / typed F1, split by article language (ko-*, en-*, other), then the
pooled amounts figures (amounts USD, amounts_krw, amounts_all: correct / checked and share, per
language too; score_events.py's `amount_tally`). --verbose lists every amount miss (FOLDER/ARTICLE
AMOUNT[_KRW] candidate: gold … have …).

Usage: score_events_all.py BINARY REPO [--dirs DIR...] [--held-out] [--jobs N] [--json OUT] [--verbose]
Without --dirs it scores every tests/data/events-* folder of REPO except the held-out batches
(events-b12, events-b10, events-d6), which only --held-out adds (or names them alone with --dirs).
"""
import json
import os
import sys
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score_events as se  # noqa: E402

HELD_OUT = ("events-b12", "events-b10", "events-d6")


def score_article(binary, folder, name):
    gold = json.load(open(os.path.join(folder, name + ".json"), encoding="utf-8"))["events"]
    pred, rc, err = se.run(binary, os.path.join(folder, name + ".txt"))
    if rc not in (0, 1):  # a failed run is reported, not scored silently as "no events"
        print(f"{folder}/{name}: exit {rc}: {err.strip()[:200]}", file=sys.stderr)
    pairs = se.greedy(gold, pred, se.pair_match)
    amounts, misses = se.amount_tally(gold, pred, pairs)
    r = {"gold": len(gold), "pred": len(pred), "pair": len(pairs),
         "strict": len(se.greedy(gold, pred, se.strict_match)),
         "typed": len(se.greedy(gold, pred, se.typed_match))}
    r.update(amounts)
    return r, misses


def add(acc, r):
    for k, v in r.items():
        acc[k] = acc.get(k, 0) + v


def fmt(t):
    out = []
    for k in ("pair", "strict", "typed"):
        out.append(f"{se.f1(t.get(k, 0), t.get('pred', 0), t.get('gold', 0))[2]:.3f}")
    return " / ".join(out) + f"  (gold {t.get('gold', 0)}, pred {t.get('pred', 0)})"


def fmt_amounts(t):
    """USD, KRW and all amounts as correct/checked (share): scripts/score_events.py's figures."""
    out = []
    for name, v in se.amount_summary(t).items():
        share = f"{v['share']:.3f}" if v["share"] is not None else "-"
        out.append(f"{name} {v['correct']}/{v['checked']} {share}")
    return "  ".join(out)


def main():
    argv = sys.argv[1:]
    jobs = 2
    out_json = None
    if "--jobs" in argv:
        i = argv.index("--jobs")
        jobs = int(argv[i + 1])
        del argv[i:i + 2]
    if "--json" in argv:
        i = argv.index("--json")
        out_json = argv[i + 1]
        del argv[i:i + 2]
    held = "--held-out" in argv
    verbose = "--verbose" in argv
    argv = [a for a in argv if a not in ("--held-out", "--verbose")]
    dirs = None
    if "--dirs" in argv:
        i = argv.index("--dirs")
        dirs = argv[i + 1:]
        argv = argv[:i]
    binary, repo = argv[0], argv[1]
    if dirs is None:
        base = os.path.join(repo, "tests", "data")
        dirs = [os.path.join(base, d) for d in sorted(os.listdir(base))
                if d.startswith("events-") and os.path.isdir(os.path.join(base, d))
                and (held or d not in HELD_OUT)]
    work = []
    for d in dirs:
        for f in sorted(os.listdir(d)):
            if f.endswith(".txt") and os.path.exists(os.path.join(d, f[:-4] + ".json")):
                work.append((d, f[:-4]))
    with ThreadPoolExecutor(max_workers=jobs) as ex:
        results = list(ex.map(lambda w: score_article(binary, w[0], w[1]), work))
    per_dir, per_lang, total = {}, {}, {}
    for (d, n), (r, misses) in zip(work, results):
        if verbose:
            for line in misses:
                print(f"{os.path.basename(d.rstrip('/'))}/{n}{line}")
        add(per_dir.setdefault(os.path.basename(d.rstrip("/")), {}), r)
        lang = n.split("-")[0] if n[:3] in ("ko-", "en-") else "other"
        add(per_lang.setdefault(lang, {}), r)
        add(total, r)
    for d, t in per_dir.items():
        print(f"{d:16s} {fmt(t)}")
    for lang, t in sorted(per_lang.items()):
        print(f"{'lang ' + lang:16s} {fmt(t)}")
    print(f"{'POOLED':16s} {fmt(total)}  folders {len(per_dir)}")
    for lang, t in sorted(per_lang.items()):
        print(f"{'amounts ' + lang:16s} {fmt_amounts(t)}")
    print(f"{'AMOUNTS POOLED':16s} {fmt_amounts(total)}")
    if out_json:
        json.dump({"folders": per_dir, "langs": per_lang, "total": total}, open(out_json, "w"), indent=1)


if __name__ == "__main__":
    main()
