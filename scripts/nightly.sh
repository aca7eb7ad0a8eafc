#!/usr/bin/env bash
# Nightly job: crawl (polite, incremental, resumable) and extract the WARC files written tonight.
# Usage: nightly.sh CRAWL.toml DATA_DIR     (cron / systemd timer examples: docs/crawl.md)
# DATA_DIR gets warc/ (from the config's `out`, overridden here), state.db, articles/DATE.jsonl.
set -euo pipefail
CONFIG=${1:?usage: nightly.sh CRAWL.toml DATA_DIR}
DATA=${2:?usage: nightly.sh CRAWL.toml DATA_DIR}
HIREWIRE=${HIREWIRE:-hirewire}
mkdir -p "$DATA/warc" "$DATA/articles" "$DATA/logs"
DAY=$(date -u +%Y%m%d)
set +e
"$HIREWIRE" crawl --config "$CONFIG" --out "$DATA/warc" --state "$DATA/state.db" --quiet \
  >"$DATA/logs/crawl-$DAY.json" 2>"$DATA/logs/crawl-$DAY.err"
RC=$?
set -e
# 0 = done, 1 = done with some failed URLs, 130 = stopped (resumes next time): extract anyway.
if [ "$RC" != 0 ] && [ "$RC" != 1 ] && [ "$RC" != 130 ]; then
  echo "nightly: crawl failed with exit code $RC (see $DATA/logs/crawl-$DAY.err)" >&2
  exit "$RC"
fi
# The WARC files written by this run are listed in the summary.
mapfile -t FILES < <(python3 -c 'import json,sys; [print(f) for f in json.load(open(sys.argv[1])).get("warc_files", [])]' \
  "$DATA/logs/crawl-$DAY.json")
PATHS=()
for f in "${FILES[@]}"; do [ -s "$DATA/warc/$f" ] && PATHS+=("$DATA/warc/$f"); done
if [ ${#PATHS[@]} -gt 0 ]; then
  "$HIREWIRE" extract "${PATHS[@]}" -o "$DATA/articles/$DAY.jsonl"
fi
echo "nightly: crawl exit $RC, ${#PATHS[@]} WARC file(s) extracted to $DATA/articles/$DAY.jsonl"
