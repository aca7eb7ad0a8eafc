#!/usr/bin/env bash
# Runs `hirewire extract` over ../shared/corpus/fundus-dev and scores the output with the
# reference scorer (../shared/eval/score.py), by country for kr,jp,us,de,uk.
# Usage: scripts/fundus_eval.sh [path/to/hirewire] [extra score.py args...]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$here/build/app/hirewire}
shift || true
shared=${HIREWIRE_SHARED_DIR:-$here/../shared}
corpus=$shared/corpus/fundus-dev
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" extract "$corpus" -o "$tmp/out.jsonl"
python3 - "$corpus" "$tmp/out.jsonl" "$tmp/pred.jsonl" <<'PY'
import json, os, sys
corpus, src, dst = sys.argv[1:4]
with open(src, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as out:
    for line in f:
        a = json.loads(line)
        path = a["source"]
        rel = os.path.relpath(path, corpus)
        pid = rel[:-len(".html.gz")] if rel.endswith(".html.gz") else rel
        out.write(json.dumps({"id": pid, "title": a.get("title"), "authors": a.get("authors"),
                              "published": a.get("published"), "body": a.get("paragraphs")},
                             ensure_ascii=False) + "\n")
PY
python3 "$shared/eval/score.py" "$corpus/gold-dev.jsonl" "hirewire=$tmp/pred.jsonl" \
  --by-country --countries kr,jp,us,de,uk "$@"
