#!/usr/bin/env bash
# `hirewire crawl` messages and exit codes against a local server (python3 http.server on
# 127.0.0.1, three host names pinned with --resolve):
#   - a 404 page: exit 1, the URL named in the summary's "failed" and, with -v, on stderr;
#   - a 404 on a feed the home page announces: a warning, exit 0, nothing in "failed";
#   - a site whose robots.txt disallows everything: exit 0 and no WARC file at all;
#   - --seed URLs of two hosts are counted under their own host in "sites".
# Usage: crawl_messages.sh /path/to/hirewire
set -euo pipefail
BIN=${1:?usage: crawl_messages.sh HIREWIRE}
source "$(dirname "$0")/lib/loopback.sh"
hw_work crawl_msg
fail() { echo "FAIL: $*"; for f in "$WORK"/*.json "$WORK"/*.err; do echo "--- $f"; cat "$f"; done; exit 1; }

PORT=$(free_port)
mkdir -p "$WORK/site/closed"
cat >"$WORK/site/index.html" <<'EOF'
<html><head><title>home</title>
<link rel="alternate" type="application/rss+xml" href="/gone.xml"></head>
<body><p>home page</p></body></html>
EOF
echo '<html><body><p>fine</p></body></html>' >"$WORK/site/ok.html"
# http.server serves one folder for every host name: robots.txt is absent (404 = allow all).
(cd "$WORK/site" && exec python3 -m http.server "$PORT" --bind 127.0.0.1 >"$WORK/server.log" 2>&1) &
SERVER_PID=$!
wait_for_url "http://127.0.0.1:$PORT/ok.html"
COMMON=(--delay 0 --quiet --resolve "a.test:$PORT:127.0.0.1" --resolve "b.test:$PORT:127.0.0.1")
A="http://a.test:$PORT"
B="http://b.test:$PORT"

# 1. A missing page: exit 1, named in the summary and on stderr.
set +e
"$BIN" crawl --seed "$A/ok.html" --seed "$B/missing.html" --out "$WORK/w1" --state "$WORK/s1.db" -v "${COMMON[@]}" \
  >"$WORK/run1.json" 2>"$WORK/run1.err"
RC=$?
set -e
[ "$RC" = 1 ] || fail "missing page: exit $RC, want 1"
grep -qF "hirewire crawl: error: $B/missing.html: http_404" "$WORK/run1.err" || fail "missing page not named on stderr"
python3 - "$WORK/run1.json" "$A" "$B" <<'EOF' || fail "summary of run 1"
import json, sys
s = json.load(open(sys.argv[1]))
a, b = sys.argv[2], sys.argv[3]
assert s["failed"] == [{"url": b + "/missing.html", "error": "http_404"}], s["failed"]
assert s["errors"] == {"http_404": 1}, s["errors"]
assert set(s["sites"]) == {"a.test", "b.test"}, s["sites"]
assert s["sites"]["a.test"]["new"] == 1 and s["sites"]["b.test"]["errors"] == 1, s["sites"]
assert len(s["warc_files"]) == 1, s["warc_files"]
EOF

# 2. The home page announces a feed that is not there: a warning, exit 0.
set +e
"$BIN" crawl --seed "$A/" --out "$WORK/w2" --state "$WORK/s2.db" -v "${COMMON[@]}" >"$WORK/run2.json" 2>"$WORK/run2.err"
RC=$?
set -e
[ "$RC" = 0 ] || fail "missing discovered feed: exit $RC, want 0"
grep -qF "hirewire crawl: warning: $A/gone.xml: feed_http_404" "$WORK/run2.err" || fail "feed warning not on stderr"
python3 - "$WORK/run2.json" <<'EOF' || fail "summary of run 2"
import json, sys
s = json.load(open(sys.argv[1]))
assert s["warnings"] == {"feed_http_404": 1}, s["warnings"]
assert s["failed"] == [] and s["error_count"] == 0, s
EOF

# 3. Everything disallowed: nothing stored, no WARC file, exit 0.
printf 'User-agent: *\nDisallow: /\n' >"$WORK/site/robots.txt"
set +e
"$BIN" crawl --seed "$A/ok.html" --out "$WORK/w3" --state "$WORK/s3.db" "${COMMON[@]}" >"$WORK/run3.json" 2>"$WORK/run3.err"
RC=$?
set -e
[ "$RC" = 0 ] || fail "all disallowed: exit $RC, want 0"
[ -d "$WORK/w3" ] || fail "WARC folder not created"
if ls "$WORK/w3" | grep -q .; then fail "files written although nothing was stored: $(ls "$WORK/w3")"; fi
python3 - "$WORK/run3.json" <<'EOF' || fail "summary of run 3"
import json, sys
s = json.load(open(sys.argv[1]))
assert s["disallowed"] == 1 and s["stored"] == 0 and s["warc_files"] == [], s
assert s["robots_fetches"] == 1, s["robots_fetches"]
EOF
echo "crawl_messages: 3 cases passed"
