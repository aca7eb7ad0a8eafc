#!/usr/bin/env bash
# An extraction worker that stalls past its WARC file lease (SIGSTOP: a long pause), while a
# second worker takes the file over and stores it, must write nothing once it resumes (SIGCONT):
# its writes are fenced by the lease token, checked inside each article's store transaction
# (fetch::WarcQueue::StoreFence). One crawl worker fetches a loopback site of 2 hosts x 60 pages
# into one WARC file; e1 extracts it slowly (--test-delay-ms) with --lease 2 and is stopped after
# a few articles (never inside a store transaction: that would hold the file's row and its
# candidates' locks, and e2 would wait for it); once e1's lease has expired, e2 takes the file
# over and extracts all of it; then e1 resumes. Checked: e1 reports the lease lost and exits 0,
# no store transaction of e1 commits after it resumed (a trigger logs every committed article
# write), every page is one article with one source, the events and their sources are those of
# one `hirewire extract` of the same WARC file into SQLite (each hire once), the file is done
# (tests/pg/check_extract.py). Before the fence, e1 committed the article in hand when it
# resumed (its lease was checked only at the next renewal).
# Usage: crawl_frontier_stalled_extractor.sh /path/to/hirewire
set -euo pipefail
BIN=${1:?usage: crawl_frontier_stalled_extractor.sh HIREWIRE}
HERE=$(cd "$(dirname "$0")/.." && pwd)
source "$HERE/scripts/lib/loopback.sh"
hw_work frontier_stall
HOSTS=2
PAGES=60

start_pg
psql -qAtX "$PG_URL" -c "CREATE DATABASE stall" >/dev/null
URL=$(db_url stall)
sql() { psql -qAtX "$URL" -c "$1"; }
start_loopback_site "$WORK/site.log" "$HOSTS" "$PAGES"
args=(crawl --frontier "$URL" --worker c1 --out "$WORK/warc" --delay 0.01 --timeout 5
      --user-agent "hirewire-frontier-test/0.1 (+https://example.invalid)")
for h in $(seq 0 $((HOSTS - 1))); do
  H=$(printf 'h%02d.test' "$h")
  args+=(--seed "http://$H:$PORT/sitemap.xml" --resolve "$H:$PORT:127.0.0.1")
done
"$BIN" "${args[@]}" >"$WORK/c1.json" 2>"$WORK/c1.err" || { tail -3 "$WORK/c1.err"; fail "the crawl failed"; }
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
[ "$(sql "SELECT COUNT(*) FROM frontier_warc_files WHERE state='closed'")" = 1 ] || fail "want one closed WARC file"
"$BIN" extract "$WORK/warc" --db "$WORK/ref.db" -o /dev/null -j 1 --quiet 2>"$WORK/ref.err" || {
  tail -3 "$WORK/ref.err"; fail "reference extract"; }

extractor() {  # NAME EXTRA_ARGS... (exec: `extractor ... &` gives the extractor's own pid to signal)
  local name=$1
  shift
  exec "$BIN" extract --queue "$URL" --db "$URL" --worker "$name" --lease 2 -j 1 --quiet "$@" 2>"$WORK/$name.err"
}
wait_until() {  # SECONDS COMMAND...: until it succeeds
  local n=$(( $1 * 20 ))
  shift
  for _ in $(seq "$n"); do "$@" && return 0; sleep 0.05; done
  fail "timed out waiting for: $*"
}
articles() { sql "SELECT COUNT(*) FROM articles" 2>/dev/null || echo 0; }
some_stored() { [ "$(articles)" -ge 8 ]; }
in_transaction() {  # e1 is the only store writer now
  [ "$(sql "SELECT COUNT(*) FROM pg_stat_activity WHERE application_name='hirewire-store'
            AND state LIKE 'idle in transaction%'")" != 0 ]
}
lease_expired() { [ "$(sql "SELECT COUNT(*) FROM frontier_warc_files WHERE extract_owner='e1' AND
                            extract_expires_ms < hw_now_ms()")" = 1 ]; }

extractor e1 --test-delay-ms 120 &
E1=$!
PIDS+=("$E1")
wait_until 30 some_stored
kill -STOP "$E1"
for _ in $(seq 20); do  # not inside a store transaction
  in_transaction || break
  kill -CONT "$E1"; sleep 0.02; kill -STOP "$E1"
done
in_transaction && fail "e1 kept stopping inside a store transaction"
STORED_BY_E1=$(articles)
sql "CREATE TABLE put_log(at TIMESTAMPTZ NOT NULL);
     CREATE FUNCTION log_put() RETURNS trigger LANGUAGE plpgsql AS
       \$\$BEGIN INSERT INTO put_log VALUES(clock_timestamp()); RETURN NEW; END\$\$;
     CREATE TRIGGER log_put BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION log_put();" >/dev/null
wait_until 10 lease_expired
set +e; (extractor e2); rc=$?; set -e
[ "$rc" = 0 ] || { tail -3 "$WORK/e2.err"; fail "e2 exit $rc"; }
[ "$(sql "SELECT state || ' ' || extract_owner FROM frontier_warc_files")" = "done " ] ||
  fail "e2 did not finish the file: $(sql "SELECT state, extract_owner FROM frontier_warc_files")"
[ "$(sql "SELECT COUNT(*) FROM put_log")" -gt 0 ] || fail "the write log saw none of e2's articles"
sql "DELETE FROM put_log" >/dev/null
kill -CONT "$E1"
set +e; wait "$E1"; rc=$?; set -e
[ "$rc" = 0 ] || { tail -3 "$WORK/e1.err"; fail "e1 exit $rc after it resumed"; }
grep -q "lease lost" "$WORK/e1.err" || { tail -3 "$WORK/e1.err"; fail "e1 did not report its lease lost"; }
LATE=$(sql "SELECT COUNT(*) FROM put_log")
[ "$LATE" = 0 ] || fail "e1 committed $LATE article writes after it resumed without its lease"
python3 "$HERE/pg/check_extract.py" kills "$URL" "$PORT" "$HOSTS" "$PAGES" "$WORK/ref.db" ||
  fail "an article or event was lost or counted twice after the stall"
echo "crawl_frontier_stalled_extractor: e1 stored $STORED_BY_E1 articles before it stalled, 0 after; 1 passed, 0 failed"
