# Sourced by the whole-process test scripts that run local servers (tests/scripts/crawl_*.sh and
# nightly_*.sh); not a test itself (ctest runs tests/scripts/*.sh, not this folder).
#
#   hw_work NAME         WORK = a new /tmp/hw_NAME.XXXXXX; on exit every pid in PIDS is killed
#                        (-9), SERVER_PID stopped, the throw-away PostgreSQL of start_pg stopped
#                        and WORK removed (kept and named when HIREWIRE_KEEP_TMP or KEEP_WORK is set)
#   fail MESSAGE         prints "FAIL: MESSAGE" and exits 1 (a script may define its own after)
#   free_port            a free TCP port on 127.0.0.1
#   wait_for_url URL     waits until URL answers (at most about 5 s)
#   start_pg             a throw-away PostgreSQL (tests/pg/pg_tmp.sh): sets PG_DIR and PG_URL
#   db_url NAME          the URL of the database NAME on it
#   start_loopback_site LOG HOSTS PAGES
#                        tests/pg/loopback_site.py (HOSTS virtual hosts x PAGES pages, requests
#                        logged to LOG): sets PORT and SERVER_PID
#   serve_nightly_site   night 1 of tests/scripts/nightly_site.py in WORK/site, hosts a and b
#                        on two free ports: sets PA and PB (the servers are in PIDS)
HW_TESTS=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PIDS=()
SERVER_PID=""
PG_DIR=""

hw_cleanup() {
  local p
  for p in "${PIDS[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; fi
  if [ -n "$PG_DIR" ]; then "$HW_TESTS/pg/pg_tmp.sh" stop "$PG_DIR"; fi
  if [ -n "${HIREWIRE_KEEP_TMP:-}${KEEP_WORK:-}" ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}

hw_work() {
  WORK=$(mktemp -d "/tmp/hw_$1.XXXXXX")
  trap hw_cleanup EXIT
}

fail() { echo "FAIL: $*"; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

wait_for_url() {
  for _ in $(seq 50); do
    if python3 -c "import urllib.request; urllib.request.urlopen('$1')" 2>/dev/null; then break; fi
    sleep 0.1
  done
}

start_pg() { read -r PG_DIR PG_URL < <("$HW_TESTS/pg/pg_tmp.sh" start $$); }

db_url() { echo "${PG_URL/\/postgres\?/\/$1?}"; }

start_loopback_site() {
  rm -f "$WORK/port"
  python3 "$HW_TESTS/pg/loopback_site.py" "$WORK/port" "$1" "$2" "$3" &
  SERVER_PID=$!
  for _ in $(seq 100); do [ -s "$WORK/port" ] && break; sleep 0.05; done
  PORT=$(cat "$WORK/port")
}

serve_nightly_site() {
  PA=$(free_port)
  PB=$(free_port)
  mkdir -p "$WORK/site"
  python3 "$HW_TESTS/scripts/nightly_site.py" gen 1 "$WORK/site" "$PA" "$PB"
  python3 "$HW_TESTS/scripts/nightly_site.py" serve "$WORK/site/a" "$PA" & PIDS+=($!)
  python3 "$HW_TESTS/scripts/nightly_site.py" serve "$WORK/site/b" "$PB" & PIDS+=($!)
  wait_for_url "http://127.0.0.1:$PB/sitemap.xml"
}
