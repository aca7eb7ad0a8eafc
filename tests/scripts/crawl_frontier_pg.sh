#!/usr/bin/env bash
# Three `hirewire crawl --frontier postgresql://... --worker wN` processes share one frontier on
# a throw-away PostgreSQL (tests/pg/pg_tmp.sh) and crawl a loopback site of 25 virtual hosts x
# 84 pages (2,100 pages + sitemaps; tests/pg/loopback_site.py, names pinned with --resolve).
#   1. clean: every URL requested from the server exactly once, every page stored once.
#   2. kills: kill -9 of a random worker at random moments (6 times); five are restarted at
#      once under the same name (they replay their WARC tails), the last is left dead so its
#      leases must expire (--lease 3) and the others take its hosts over. Same final counts:
#      every page stored in exactly one committed WARC record, the frontier all done.
# Both: no host ever served two requests closer together than --delay (server-side log).
# Two `hirewire extract --queue ... --db ... --follow` processes run beside the crawlers and
# extract the WARC files as the workers close them (files rotate at 100 kB) into the PostgreSQL
# store. In the kill run they are among the victims (kill -9, restarted; --lease 3: the file
# in hand returns to the queue). Both runs: every page is exactly one article with one source,
# the events are those one `hirewire extract` of the clean crawl's WARC files stores (each
# hire once), every WARC file done (tests/pg/check_extract.py).
# Usage: crawl_frontier_pg.sh /path/to/hirewire
set -euo pipefail
BIN=${1:?usage: crawl_frontier_pg.sh HIREWIRE}
HERE=$(cd "$(dirname "$0")/.." && pwd)
source "$HERE/scripts/lib/loopback.sh"
hw_work frontier
HOSTS=25
PAGES=84
DELAY=0.15

start_pg
psql -qAtX "$PG_URL" -c "CREATE DATABASE clean" -c "CREATE DATABASE kills" >/dev/null

start_site() { start_loopback_site "$1" "$HOSTS" "$PAGES"; }  # LOG -> sets PORT, SERVER_PID
stop_site() { kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; }

printf '[warc]\nmax_file_bytes = 100000\n' >"$WORK/crawl.toml"
worker_args() {  # DB OUT NAME
  local url
  url=$(db_url "$1")
  ARGS=(crawl --config "$WORK/crawl.toml" --frontier "$url" --worker "$3" --out "$2" --delay "$DELAY" --commit-every 8 --lease 3 --timeout 5
        --quiet --user-agent "hirewire-frontier-test/0.1 (+https://example.invalid)")
  for i in $(seq 0 $((HOSTS - 1))); do
    h=$(printf "h%02d.test" "$i")
    ARGS+=(--seed "http://$h:$PORT/sitemap.xml" --resolve "$h:$PORT:127.0.0.1")
  done
}
start_worker() {  # DB OUT NAME -> pid in LAST_PID
  worker_args "$1" "$2" "$3"
  "$BIN" "${ARGS[@]}" >>"$WORK/$1-$3.json" 2>>"$WORK/$1-$3.err" &
  LAST_PID=$!
}
check_extractor() {  # PID NAME DB: 0, or 3 with "nothing to extract" (the other one took every file)
  set +e; wait "$1"; local rc=$?; set -e
  if [ "$rc" = 3 ] && tail -1 "$WORK/$3-$2.err" | grep -q "nothing to extract"; then rc=0; fi
  if [ "$rc" != 0 ]; then echo "FAIL: extractor $2 ($3) exit $rc"; tail -5 "$WORK/$3-$2.err"; exit 1; fi
}
start_extractor() {  # DB NAME -> pid in LAST_PID
  local url
  url=$(db_url "$1")
  # 8 ms per page: extraction keeps pace with the crawl and a kill usually lands inside a file.
  "$BIN" extract --queue "$url" --db "$url" --worker "$2" --follow --lease 3 -j 1 --quiet --test-delay-ms 8 \
    >>"$WORK/$1-$2.out" 2>>"$WORK/$1-$2.err" &
  LAST_PID=$!
}
check_exit() {  # PID NAME DB
  set +e; wait "$1"; local rc=$?; set -e
  if [ "$rc" != 0 ]; then echo "FAIL: worker $2 ($3) exit $rc"; tail -5 "$WORK/$3-$2.err"; exit 1; fi
}

# 1. Clean run.
start_site "$WORK/clean.log"
T0=$(date +%s.%N)
declare -A PID_OF
for w in w1 w2 w3; do start_worker clean "$WORK/warc-clean" "$w"; PID_OF[$w]=$LAST_PID; PIDS+=("$LAST_PID"); done
for x in x1 x2; do start_extractor clean "$x"; PID_OF[$x]=$LAST_PID; PIDS+=("$LAST_PID"); done
for w in w1 w2 w3; do check_exit "${PID_OF[$w]}" "$w" clean; done
T1=$(date +%s.%N)
for x in x1 x2; do check_extractor "${PID_OF[$x]}" "$x" clean; done
T2=$(date +%s.%N)
stop_site
echo "clean run: crawl $(python3 -c "print(round($T1 - $T0, 2))") s, extraction done $(python3 -c "print(round($T2 - $T1, 2))") s later"
python3 "$HERE/pg/check_crawl.py" clean "$WORK/warc-clean" "$WORK/clean.log" "$(db_url clean)" \
  "$PORT" "$HOSTS" "$PAGES" "$DELAY" || { echo "FAIL: clean run"; exit 1; }
# The reference: one process extracts the clean crawl's WARC files into SQLite.
"$BIN" extract "$WORK/warc-clean" --db "$WORK/ref.db" -o "$WORK/ref.jsonl" -j 2 --quiet 2>"$WORK/ref.err" || {
  echo "FAIL: reference extract"; tail -3 "$WORK/ref.err"; exit 1; }
python3 "$HERE/pg/check_extract.py" clean "$(db_url clean)" "$PORT" "$HOSTS" "$PAGES" "$WORK/ref.db" || {
  echo "FAIL: clean run extraction"; exit 1; }

# 2. kill -9 at random moments.
start_site "$WORK/kills.log"
PIDS=()
for w in w1 w2 w3; do start_worker kills "$WORK/warc-kills" "$w"; PID_OF[$w]=$LAST_PID; PIDS+=("$LAST_PID"); done
for x in x1 x2; do start_extractor kills "$x"; PID_OF[$x]=$LAST_PID; PIDS+=("$LAST_PID"); done
KILLS=0
EXTRACT_KILLS=0
for round in 1 2 3 4 5 6 7; do
  sleep "$(python3 -c 'import random; print(round(random.uniform(0.3, 1.5), 3))')"
  w=$(python3 -c 'import random; print(random.choice(["w1", "w2", "w3", "x1", "x2"]))')
  case $round in
    2|5) w=$(python3 -c 'import random; print(random.choice(["x1", "x2"]))') ;;  # extractors too, for sure
    7) w=w3 ;;   # the last victim stays dead: its host, URL and WARC file leases must expire
  esac
  if kill -0 "${PID_OF[$w]}" 2>/dev/null; then
    kill -9 "${PID_OF[$w]}"
    wait "${PID_OF[$w]}" 2>/dev/null || true
    KILLS=$((KILLS + 1))
    case $w in x*) EXTRACT_KILLS=$((EXTRACT_KILLS + 1)) ;; esac
  fi
  if [ "$round" != 7 ]; then
    case $w in
      x*) start_extractor kills "$w" ;;
      *) start_worker kills "$WORK/warc-kills" "$w" ;;
    esac
    PID_OF[$w]=$LAST_PID; PIDS+=("$LAST_PID")
  fi
done
for w in w1 w2; do check_exit "${PID_OF[$w]}" "$w" kills; done
for x in x1 x2; do check_extractor "${PID_OF[$x]}" "$x" kills; done
stop_site
echo "kills: $KILLS ($EXTRACT_KILLS of extraction workers)"
if [ "$KILLS" -lt 5 ] || [ "$EXTRACT_KILLS" -lt 1 ]; then
  echo "FAIL: only $KILLS kills landed, $EXTRACT_KILLS of extractors (crawl too fast?)"; exit 1
fi
python3 "$HERE/pg/check_crawl.py" kills "$WORK/warc-kills" "$WORK/kills.log" "$(db_url kills)" \
  "$PORT" "$HOSTS" "$PAGES" "$DELAY" || { echo "FAIL: kill run"; exit 1; }
python3 "$HERE/pg/check_extract.py" kills "$(db_url kills)" "$PORT" "$HOSTS" "$PAGES" "$WORK/ref.db" || {
  echo "FAIL: kill run extraction"; exit 1; }
echo "crawl_frontier_pg: 4 passed, 0 failed"
