#!/usr/bin/env bash
# `hirewire db migrate FILE|URL`: a SQLite store the previous release wrote at schema version 3
# (tests/data/store/v3.sql) is refused until migrated, then migrated to 4 with its events; a
# PostgreSQL store (a throw-away server) is created, reported current, migrated from 3, and
# refused when it is newer; a missing file and an unreachable server are named.
# Usage: db_migrate.sh /path/to/hirewire
set -euo pipefail
BIN=${1:?usage: db_migrate.sh HIREWIRE}
HERE=$(cd "$(dirname "$0")/.." && pwd)
source "$HERE/scripts/lib/loopback.sh"
hw_work db_migrate

expect() {  # WANT_RC WANT_STDERR_TEXT COMMAND...
  local want_rc=$1 want_text=$2 rc
  shift 2
  set +e; "$@" >"$WORK/out" 2>"$WORK/err"; rc=$?; set -e
  [ "$rc" = "$want_rc" ] || { cat "$WORK/err"; fail "$* exited $rc, want $want_rc"; }
  grep -qF -- "$want_text" "$WORK/err" || { cat "$WORK/err"; fail "$*: stderr lacks \"$want_text\""; }
}

# SQLite: a version-3 file of the previous release.
sqlite3 "$WORK/v3.db" <"$HERE/data/store/v3.sql"
expect 3 "run \`hirewire db migrate $WORK/v3.db\` first" "$BIN" events --db "$WORK/v3.db"
expect 0 "$WORK/v3.db migrated from schema version 3 to 4" "$BIN" db migrate "$WORK/v3.db"
[ "$(sqlite3 "$WORK/v3.db" "SELECT COUNT(*) FROM sqlite_master WHERE type='index' AND name='events_candidate'")" = 1 ] ||
  fail "no events_candidate index after the migration"
expect 0 "" "$BIN" events --db "$WORK/v3.db" --csv
[ "$(tail -n +2 "$WORK/out" | wc -l)" = 7 ] || fail "want the 7 events of the version-3 file, got: $(cat "$WORK/out")"
expect 0 "is at schema version 4; nothing to do" "$BIN" db migrate "$WORK/v3.db"
expect 2 "missing.db" "$BIN" db migrate "$WORK/missing.db"

# PostgreSQL.
start_pg
psql -qAtX "$PG_URL" -c "CREATE DATABASE mig" >/dev/null
URL=$(db_url mig)
expect 0 "had no store; created at schema version 4" "$BIN" db migrate "$URL"
expect 0 "is at schema version 4; nothing to do" "$BIN" db migrate "$URL"
psql -qAtX "$URL" -c "DROP INDEX events_candidate; UPDATE meta SET value='3' WHERE key='schema_version'" >/dev/null
expect 0 "migrated from schema version 3 to 4" "$BIN" db migrate "$URL"
[ "$(psql -qAtX "$URL" -c "SELECT to_regclass('events_candidate') IS NOT NULL")" = t ] || fail "no index after migrate"
psql -qAtX "$URL" -c "UPDATE meta SET value='9' WHERE key='schema_version'" >/dev/null
expect 3 "has schema version 9, newer than this hirewire (4)" "$BIN" db migrate "$URL"
expect 3 "has schema version 9, newer than this hirewire (4)" "$BIN" events --db "$URL"
expect 3 "/nonexistent-socket-dir" "$BIN" db migrate "postgresql://postgres@/mig?host=/nonexistent-socket-dir"
echo "db_migrate: SQLite 3 -> 4 with its 7 events, PostgreSQL created / current / 3 -> 4 / newer refused; 1 passed, 0 failed"
