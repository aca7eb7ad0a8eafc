#!/usr/bin/env bash
# A crawl worker restarted after its lease ran out must not store a page twice. w1 fetches pages
# of a loopback host into its WARC file but commits nothing ([warc] commit_interval_ms and
# commit_every far off), and is killed (-9): its captures are written and fsynced by the kernel,
# its frontier leases still say "w1". w2 takes the host over once w1's lease (--lease 2) ran out
# and fetches those pages again. Then w1 is restarted under its name ("slow restart") and replays
# its WARC tail: those captures must not be committed (the host is w2's now): they are cut off.
# The crawl ends with every page in exactly one committed WARC record and the frontier all done
# (tests/pg/check_crawl.py), and w1 reports the cut. Before: w1 committed its whole tail as
# fetched, so the pages w2 had fetched again were stored twice.
# Usage: crawl_frontier_slow_restart.sh /path/to/hirewire
set -euo pipefail
BIN=${1:?usage: crawl_frontier_slow_restart.sh HIREWIRE}
HERE=$(cd "$(dirname "$0")/.." && pwd)
source "$HERE/scripts/lib/loopback.sh"
hw_work frontier_slow
PAGES=30
DELAY=0.1

start_pg
psql -qAtX "$PG_URL" -c "CREATE DATABASE slow" >/dev/null
URL=$(db_url slow)
start_loopback_site "$WORK/site.log" 1 "$PAGES"
H="h00.test:$PORT"
printf '[warc]\ncommit_every = 1000000\ncommit_interval_ms = 600000\n' >"$WORK/no-commits.toml"
printf '[warc]\nmax_file_bytes = 100000\n' >"$WORK/crawl.toml"

start_worker() {  # NAME CONFIG SEEDS... -> pid in LAST_PID
  local name=$1 config=$2
  shift 2
  local args=(crawl --config "$config" --frontier "$URL" --worker "$name" --out "$WORK/warc-$name" --delay "$DELAY"
              --lease 2 --timeout 5 --user-agent "hirewire-frontier-test/0.1 (+https://example.invalid)"
              --resolve "h00.test:$PORT:127.0.0.1")
  for s in "$@"; do args+=(--seed "$s"); done
  "$BIN" "${args[@]}" >>"$WORK/$name.json" 2>>"$WORK/$name.err" &
  LAST_PID=$!
  PIDS+=("$LAST_PID")
}
page_requests() { grep -c -E " /p[0-9]+\.html$" "$WORK/site.log" 2>/dev/null || true; }
twice() { awk '{print $3}' "$WORK/site.log" | grep -E "^/p" | sort | uniq -d | wc -l; }
w1_fetched_enough() { [ "$(page_requests)" -ge 8 ]; }
a_page_twice() { [ "$(twice)" -ge 1 ]; }
wait_until() {  # COMMAND...: until it succeeds (at most 20 s)
  for _ in $(seq 400); do "$@" && return 0; sleep 0.05; done
  fail "timed out waiting for: $*"
}

# w1 is seeded with the pages themselves (a sitemap's URLs would only reach the frontier with a commit).
seeds=()
for i in $(seq 0 $((PAGES - 1))); do seeds+=("http://$H/p$i.html"); done
start_worker w1 "$WORK/no-commits.toml" "${seeds[@]}"
W1=$LAST_PID
wait_until w1_fetched_enough
kill -9 "$W1"
wait "$W1" 2>/dev/null || true
FETCHED_BY_W1=$(page_requests)
start_worker w2 "$WORK/crawl.toml" "http://$H/sitemap.xml"
W2=$LAST_PID
wait_until a_page_twice     # w2 took the host over and fetched one of w1's pages again
start_worker w1 "$WORK/crawl.toml" "${seeds[@]}"   # the slow restart
W1=$LAST_PID
for p in "$W1" "$W2"; do
  set +e; wait "$p"; rc=$?; set -e
  [ "$rc" = 0 ] || { tail -3 "$WORK"/w*.err; fail "a worker exited $rc"; }
done
stop_site() { kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; }
stop_site
mkdir -p "$WORK/warc"
cp "$WORK"/warc-w1/*.warc.gz "$WORK"/warc-w2/*.warc.gz "$WORK/warc/"
python3 "$HERE/pg/check_crawl.py" kills "$WORK/warc" "$WORK/site.log" "$URL" "$PORT" 1 "$PAGES" "$DELAY" ||
  fail "a page was stored twice or lost after the slow restart"
grep -q warc_tail_dropped "$WORK/w1.err" "$WORK/w1.json" || fail "w1 did not report the captures it cut off"
echo "crawl_frontier_slow_restart: w1 had fetched $FETCHED_BY_W1 pages before it was killed; 1 passed, 0 failed"
