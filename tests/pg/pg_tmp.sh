#!/usr/bin/env bash
# A throw-away PostgreSQL server for tests: initdb + pg_ctl in a temp folder, listening on a
# unix socket inside that folder only (no TCP), fsync off. Used by the C++ tests
# (tests/pg/pg_harness.h) and by the script tests.
#
#   pg_tmp.sh start [PID]  -> prints "DIR URL" (URL: postgresql://postgres@/postgres?host=DIR);
#                             with PID, a watchdog stops the server when that process is gone
#                             (a test killed by a timeout or a signal leaves nothing running)
#   pg_tmp.sh stop DIR     -> stops the server and removes DIR
#
# HIREWIRE_PG_DURABLE=1 keeps fsync and synchronous_commit on (benchmarks: figures as in
# production); tests run without them.
#
# PostgreSQL refuses to run as root: under root the server runs as the `postgres` user
# (created by Debian's postgresql package, installed by scripts/setup.sh).
set -euo pipefail
BIN=${HIREWIRE_PG_BIN:-}
if [ -z "$BIN" ]; then
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && BIN=$d; done
fi
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  echo "pg_tmp.sh: no PostgreSQL server found (/usr/lib/postgresql/*/bin/initdb); run scripts/setup.sh" >&2
  exit 2
fi
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "${1:-}" in
  start)
    DIR=$(mktemp -d /tmp/hw_pg.XXXXXX)
    chmod 755 "$DIR"
    if [ "$(id -u)" = 0 ]; then chown postgres "$DIR"; fi
    as_owner "$BIN/initdb" -D "$DIR/data" -A trust -U postgres --no-sync -E UTF8 --locale=C.UTF-8 \
      >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; exit 1; }
    DURABILITY="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    if [ "${HIREWIRE_PG_DURABLE:-0}" = 1 ]; then DURABILITY="-c fsync=on -c synchronous_commit=on"; fi
    as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 \
      -o "-k $DIR -c listen_addresses= $DURABILITY -c max_connections=100" \
      start >/dev/null 2>&1 || { cat "$DIR/server.log" >&2; exit 1; }
    if [ -n "${2:-}" ]; then
      OWNER=$2
      SELF=$0
      (
        exec </dev/null >/dev/null 2>&1
        while kill -0 "$OWNER" 2>/dev/null && [ -d "$DIR/data" ]; do sleep 1; done
        [ -d "$DIR" ] && "$SELF" stop "$DIR"
      ) &
      disown
    fi
    echo "$DIR postgresql://postgres@/postgres?host=$DIR"
    ;;
  stop)
    DIR=${2:?usage: pg_tmp.sh stop DIR}
    case "$DIR" in /tmp/hw_pg.*) ;; *) echo "pg_tmp.sh: refusing to remove $DIR" >&2; exit 2 ;; esac
    as_owner "$BIN/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$DIR"
    ;;
  *)
    echo "usage: pg_tmp.sh start | stop DIR" >&2
    exit 2
    ;;
esac
