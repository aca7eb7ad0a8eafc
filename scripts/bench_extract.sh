#!/usr/bin/env bash
# Whole-process timing of `hirewire extract` over the fundus-dev pages (gunzipped into a temp
# folder first so that only extraction is timed): wall time, MB/s and peak memory (max RSS).
# Usage: scripts/bench_extract.sh [path/to/hirewire] [repeats] [extra extract flags, e.g. --no-entities]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$here/build/app/hirewire}
repeats=${2:-3}
shared=${HIREWIRE_SHARED_DIR:-$here/../shared}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp" "$tmp.rss"' EXIT
n=0
for r in $(seq 1 "$repeats"); do
  for f in "$shared"/corpus/fundus-dev/*/*.html.gz; do
    n=$((n + 1))
    gunzip -c "$f" > "$tmp/$(printf '%06d' $n).html"
  done
done
bytes=$(cat "$tmp"/*.html | wc -c)
start=$(date +%s.%N)
/usr/bin/time -f "%M" -o "$tmp.rss" "$bin" extract "$tmp" -o /dev/null "${@:3}"
end=$(date +%s.%N)
python3 - "$bytes" "$start" "$end" "$(cat "$tmp.rss")" "$n" <<'PY'
import sys
b, s, e, rss, n = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
t = e - s
print(f"pages={n} bytes={b} wall={t:.2f}s  {b / t / 1e6:.1f} MB/s  {n / t:.0f} pages/s  peak_rss={rss / 1024:.1f} MiB")
PY
