#!/usr/bin/env bash
# Alerts, notification and the data-dir lock of `hirewire nightly`:
#   - a run that fetches nothing (nothing listens on the seed's port) exits 4 with exactly one
#     ALERT line naming the reason, and the notify command gets the summary JSON on stdin;
#   - a good run exits 0 and notifies with status "ok";
#   - a second run on a data dir whose lock is held exits 3 and says so; the first run is unharmed;
#   - a bad [nightly] section is a usage error naming the key.
# Usage: nightly_alerts.sh /path/to/hirewire
set -euo pipefail
BIN=${1:?usage: nightly_alerts.sh HIREWIRE}
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/lib/loopback.sh"
hw_work alerts
config() {  # config NAME PORT_A PORT_B [extra nightly lines]
  cat >"$WORK/$1.toml" <<EOT
user_agent = "hirewire-alerts-test/0.1 (+https://example.invalid)"
[politeness]
delay = 0.0
[retry]
max_attempts = 1
[[sites]]
sitemaps = ["http://127.0.0.1:$2/sitemap.xml"]
[[sites]]
sitemaps = ["http://127.0.0.1:$3/sitemap.xml"]
[nightly]
data_dir = "$WORK/$1"
${4:-}
EOT
}

# Nothing listens: fetched nothing.
DEAD=$(free_port)
config dead "$DEAD" "$DEAD"
set +e
"$BIN" nightly --config "$WORK/dead.toml" --quiet --notify-cmd "cat > '$WORK/dead-notify.json'" \
  >"$WORK/dead.out" 2>"$WORK/dead.err"
RC=$?
set -e
[ "$RC" = 4 ] || { cat "$WORK/dead.err"; fail "fetched-nothing run exit $RC, expected 4"; }
[ "$(grep -c 'ALERT' "$WORK/dead.err")" = 1 ] || { cat "$WORK/dead.err"; fail "expected exactly one ALERT line"; }
grep 'ALERT' "$WORK/dead.err" | grep -q "fetched nothing" || fail "the ALERT line does not say 'fetched nothing'"
python3 - "$WORK/dead-notify.json" <<'PY' || fail "notify command did not get the alert summary"
import json, sys
s = json.load(open(sys.argv[1]))
assert s["status"] == "alert" and any("fetched nothing" in a for a in s["alerts"]) and s["pages"] == 0, s
PY

# A good run notifies "ok".
serve_nightly_site
config good "$PA" "$PB" "notify_cmd = \"cat > '$WORK/good-notify.json'\""
"$BIN" nightly --config "$WORK/good.toml" --quiet >"$WORK/good.out" 2>"$WORK/good.err" ||
  { cat "$WORK/good.err"; fail "good run failed"; }
python3 - "$WORK/good-notify.json" <<'PY' || fail "notify command did not get the ok summary"
import json, sys
s = json.load(open(sys.argv[1]))
assert s["status"] == "ok" and s["alerts"] == [] and s["articles"] == 3 and s["events_new"] == 3, s
PY
grep -q "^nightly .*: 5 pages, 3 articles, 3 events (3 new, 0 updated), warnings: .*, 0 errors$" "$WORK/good.err" ||
  { cat "$WORK/good.err"; fail "no one-line summary on stderr"; }

# The lock: a slow run holds it, a second run on the same data dir is refused.
python3 "$HERE/nightly_site.py" gen 2 "$WORK/site" "$PA" "$PB"
"$BIN" nightly --config "$WORK/good.toml" --quiet --test-delay-ms 300 >"$WORK/slow.out" 2>"$WORK/slow.err" &
SLOW=$!
for _ in $(seq 500); do [ -n "$(ls "$WORK/good/runs" | sed -n 2p)" ] && break; sleep 0.01; done
set +e
"$BIN" nightly --config "$WORK/good.toml" --quiet >"$WORK/second.out" 2>"$WORK/second.err"
RC=$?
wait "$SLOW"
SLOW_RC=$?
set -e
[ "$RC" = 3 ] || fail "second run on a locked data dir exit $RC, expected 3"
grep -q "another run holds the lock $WORK/good/.lock" "$WORK/second.err" || { cat "$WORK/second.err"; fail "lock message"; }
[ "$SLOW_RC" = 0 ] || { cat "$WORK/slow.err"; fail "the locked run failed ($SLOW_RC)"; }

# Config errors name the key.
printf '[[sites]]\nseeds = ["http://127.0.0.1:1/"]\n[nightly]\ndata_dir = "%s/x"\nmax_error_rate = 2\n' "$WORK" >"$WORK/bad.toml"
set +e
"$BIN" nightly --config "$WORK/bad.toml" 2>"$WORK/bad.err"
RC=$?
set -e
[ "$RC" = 2 ] && grep -q "max_error_rate" "$WORK/bad.err" || { cat "$WORK/bad.err"; fail "bad config: exit $RC"; }
echo "nightly_alerts: 1 passed, 0 failed"
