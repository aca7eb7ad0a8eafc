#!/usr/bin/env bash
# A crawl worker killed (-9) while it holds hosts and URLs that no other worker knows: worker w1
# starts with two hosts of a loopback site (h00, h01); w2 starts later with all four, takes the
# two w1 does not know (h02, h03), and is killed in the middle of its URL leases and never
# restarted. w1 must not end with its own hosts: it looks for hosts with work before it stops,
# finds w2's, takes them over once w2's leases ran out (--lease 2; the frontier queues a dead
# holder's URLs again), and the crawl ends complete: every page in exactly one committed WARC
# record, the frontier all done, the run finished, no host asked faster than the delay.
# Before: w1 stopped after its two hosts, w2's hosts stayed leased to a dead worker and the run
# was declared finished without them.
# Usage: crawl_frontier_dead_holder.sh /path/to/hirewire
set -euo pipefail
BIN=${1:?usage: crawl_frontier_dead_holder.sh HIREWIRE}
HERE=$(cd "$(dirname "$0")/.." && pwd)
source "$HERE/scripts/lib/loopback.sh"
hw_work frontier_dead
HOSTS=4
PAGES=40
DELAY=0.1

start_pg
psql -qAtX "$PG_URL" -c "CREATE DATABASE dead" >/dev/null
URL=$(db_url dead)
start_loopback_site "$WORK/site.log" "$HOSTS" "$PAGES"

start_worker() {  # NAME FIRST_HOST LAST_HOST -> pid in LAST_PID
  local args=(crawl --frontier "$URL" --worker "$1" --out "$WORK/warc" --delay "$DELAY" --commit-every 8 --lease 2
              --timeout 5 --quiet --user-agent "hirewire-frontier-test/0.1 (+https://example.invalid)")
  for i in $(seq 0 $((HOSTS - 1))); do
    h=$(printf "h%02d.test" "$i")
    args+=(--resolve "$h:$PORT:127.0.0.1")   # every name resolves; only some are seeds
    if [ "$i" -ge "$2" ] && [ "$i" -le "$3" ]; then args+=(--seed "http://$h:$PORT/sitemap.xml"); fi
  done
  "$BIN" "${args[@]}" >>"$WORK/$1.json" 2>>"$WORK/$1.err" &
  LAST_PID=$!
  PIDS+=("$LAST_PID")
}
wait_for_log() {  # PATTERN COUNT: until the server log has COUNT lines matching PATTERN (at most 20 s)
  for _ in $(seq 400); do
    [ "$(grep -c -E "$1" "$WORK/site.log" 2>/dev/null || true)" -ge "$2" ] && return 0
    sleep 0.05
  done
  fail "the server never saw $2 requests matching $1"
}

start_worker w1 0 1
W1=$LAST_PID
wait_for_log "h0[01]\.test" 1          # w1 has read the hosts with work: h00 and h01 only
start_worker w2 0 3
W2=$LAST_PID
wait_for_log "h0[23]\.test /p[0-9]+\.html" 5   # w2 is fetching its leased pages
kill -9 "$W2"
wait "$W2" 2>/dev/null || true
set +e; timeout 120 tail --pid="$W1" -f /dev/null; wait "$W1"; rc=$?; set -e
[ "$rc" = 0 ] || { tail -5 "$WORK/w1.err"; tail -c 600 "$WORK/w1.json"; fail "w1 exit $rc"; }
stop_site() { kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; }
stop_site
python3 "$HERE/pg/check_crawl.py" kills "$WORK/warc" "$WORK/site.log" "$URL" "$PORT" "$HOSTS" "$PAGES" "$DELAY" ||
  fail "the crawl after a dead holder is not complete"
finished=$(psql -qAtX "$URL" -c "SELECT finished_ms IS NOT NULL FROM frontier_runs ORDER BY id DESC LIMIT 1")
[ "$finished" = t ] || fail "the run is not finished"
taken=$(psql -qAtX "$URL" -c "SELECT COUNT(*) FROM frontier_urls WHERE fetched_by='w1' AND host ~ 'h0[23]'")
[ "$taken" -gt 0 ] || fail "w1 fetched nothing of w2's hosts"
echo "crawl_frontier_dead_holder: w1 took over $taken URLs of the dead worker's hosts; 1 passed, 0 failed"
