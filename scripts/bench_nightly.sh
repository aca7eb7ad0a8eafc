#!/usr/bin/env bash
# Nightly overhead on a 2,000-page night: a loopback site (tests/scripts/nightly_site.py big),
# crawled and extracted twice per round on fresh data dirs:
#   A = `hirewire crawl` + `hirewire extract` of its WARC files (the work itself)
#   B = `hirewire nightly` (the same crawl and extraction + plan, store merge, report, index)
# overhead = (B - A) / B, and the nightly's own phase times (plan + merge + report) / total.
# Usage: bench_nightly.sh [BIN] [PAGES] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-build/app/hirewire}
PAGES=${2:-2000}
ROUNDS=${3:-3}
WORK=$(mktemp -d /tmp/hw_bench_nightly.XXXXXX)
SERVER=""
trap '[ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; rm -rf "$WORK"' EXIT
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 tests/scripts/nightly_site.py big "$PAGES" "$WORK/site" "$PORT"
python3 tests/scripts/nightly_site.py serve "$WORK/site/a" "$PORT" & SERVER=$!
for _ in $(seq 50); do
  python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$PORT/sitemap.xml')" 2>/dev/null && break
  sleep 0.1
done
now() { date +%s.%N; }
for r in $(seq "$ROUNDS"); do
  D="$WORK/r$r"; mkdir -p "$D"
  cat >"$D/n.toml" <<EOT
user_agent = "hirewire-bench/0.1 (+https://example.invalid)"
[politeness]
delay = 0.0
concurrency = 4
obey_robots = false
[[sites]]
sitemaps = ["http://127.0.0.1:$PORT/sitemap.xml"]
[nightly]
data_dir = "$D/nightly"
EOT
  T0=$(now)
  "$BIN" crawl --config "$D/n.toml" --out "$D/warc" --state "$D/state.db" --quiet >"$D/crawl.json"
  T1=$(now)
  "$BIN" extract "$D/warc" -o "$D/articles.jsonl" 2>"$D/extract.err"
  T2=$(now)
  "$BIN" nightly --config "$D/n.toml" --quiet >"$D/summary.json" 2>"$D/nightly.err"
  T3=$(now)
  python3 - "$T0" "$T1" "$T2" "$T3" "$D/summary.json" <<'PY'
import json, sys
t0, t1, t2, t3 = map(float, sys.argv[1:5])
s = json.load(open(sys.argv[5]))
a, b = t2 - t0, t3 - t2
ph = s["seconds"]
own = ph["plan"] + ph["merge"] + ph["report"]
print("pages %d articles %d | crawl %.2f s + extract %.2f s = %.2f s | nightly %.2f s (crawl %.2f, extract %.2f, "
      "plan %.3f, merge %.3f, report %.3f) | overhead (B-A)/B %.1f%%, own phases %.1f%% of the run"
      % (s["pages"], s["articles"], t1 - t0, t2 - t1, a, b, ph["crawl"], ph["extract"], ph["plan"], ph["merge"],
         ph["report"], 100 * (b - a) / b, 100 * own / b))
PY
done
