#!/usr/bin/env bash
# Three simulated nights of `hirewire nightly` against a loopback site whose content changes
# between nights (tests/scripts/nightly_site.py: new stories, an edited one, a removed one, a
# host that starts failing). Two data dirs run side by side: "ref" runs each night once;
# "kill" is SIGKILLed at a random moment of each phase of night 2 (crawl, extract, merge,
# report) and restarted until the run completes. Checks:
#   - each night's report.json lists exactly that night's new and updated events;
#   - the store ends with exactly the expected events, and both stores are identical
#     (nothing lost, nothing counted twice);
#   - no file of an earlier run changes afterwards (sha256 of runs/<night>/* and warc/*);
#   - night 3 (error rate over the threshold) exits 4 with one ALERT line.
# Usage: nightly_nights.sh /path/to/hirewire
set -euo pipefail
BIN=${1:?usage: nightly_nights.sh HIREWIRE}
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/lib/loopback.sh"
hw_work nights
serve_nightly_site

for d in ref kill; do
  cat >"$WORK/$d.toml" <<EOT
user_agent = "hirewire-nightly-test/0.1 (+https://example.invalid)"
[politeness]
delay = 0.5
[retry]
max_attempts = 1
[[sites]]
name = "a"
sitemaps = ["http://127.0.0.1:$PA/sitemap.xml"]
[[sites]]
name = "b"
sitemaps = ["http://127.0.0.1:$PB/sitemap.xml"]
[nightly]
data_dir = "$WORK/$d"
max_error_rate = 0.2
EOT
done
RUN1=20261129T020000Z RUN2=20261130T020000Z RUN3=20261201T020000Z

run() {  # run DIR RUN_ID EXPECTED_RC
  set +e
  "$BIN" nightly --config "$WORK/$1.toml" --run-id "$2" --quiet >"$WORK/$1-$2.out" 2>"$WORK/$1-$2.err"
  local rc=$?
  set -e
  [ "$rc" = "$3" ] || { cat "$WORK/$1-$2.err"; fail "$1 night $2 exit $rc, expected $3"; }
}
checksums() { (cd "$WORK/$1" && find runs/"$2" warc -type f | sort | xargs sha256sum); }
rand() { python3 -c "import random; print(round(random.uniform($1, $2), 3))"; }
wait_for() {  # wait_for FILE: until it exists (10 s at most)
  for _ in $(seq 1000); do [ -e "$1" ] && return 0; sleep 0.01; done
  fail "timed out waiting for $1"
}

# Night 1.
run ref $RUN1 0
run kill $RUN1 0
checksums kill $RUN1 >"$WORK/sums1"

# Night 2: the kill dir is SIGKILLed once in each phase, then finishes.
python3 "$HERE/nightly_site.py" gen 2 "$WORK/site" "$PA" "$PB"
run ref $RUN2 0
R="$WORK/kill/runs/$RUN2"
for phase in crawl extract merge report; do
  case $phase in  # a random moment inside the phase (each phase lasts longer than its range)
    crawl) pause=$(rand 0.05 0.8) ;; extract) pause=$(rand 0 1.0) ;; merge) pause=$(rand 0 0.3) ;; report) pause=$(rand 0 0.5) ;;
  esac
  "$BIN" nightly --config "$WORK/kill.toml" --run-id $RUN2 --quiet --test-delay-ms 250 \
    >"$WORK/kill-$phase.out" 2>"$WORK/kill-$phase.err" &
  PID=$!
  case $phase in
    crawl) wait_for "$R"; done_file=crawl.json ;;
    extract) wait_for "$R/plan.json"; done_file=extract.json ;;
    merge) wait_for "$R/extract.json"; done_file=merge.json ;;
    report) wait_for "$R/merge.json"; done_file=summary.json ;;
  esac
  sleep "$pause"
  kill -9 "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
  [ ! -e "$R/$done_file" ] || fail "the kill meant for phase $phase came after it ended"
  echo "killed night 2 in phase $phase after ${pause}s: $(cd "$R" && ls | tr '\n' ' ')"
done
run kill $RUN2 0
grep -q "resuming run $RUN2" "$WORK/kill-$RUN2.err" || fail "night 2 was not resumed"
verify() { (cd "$WORK/kill" && sha256sum --quiet -c "$1"); }
verify "$WORK/sums1" || fail "night 1 files changed during night 2"
checksums kill $RUN2 >"$WORK/sums2"

# Night 3: host b answers 503 -> error rate above 20% -> exit 4, one ALERT line.
python3 "$HERE/nightly_site.py" gen 3 "$WORK/site" "$PA" "$PB"
run ref $RUN3 4
run kill $RUN3 4
[ "$(grep -c ALERT "$WORK/kill-$RUN3.err")" = 1 ] || fail "night 3: expected one ALERT line"
grep ALERT "$WORK/kill-$RUN3.err" | grep -q "error rate" || fail "night 3: the alert does not name the error rate"
verify "$WORK/sums1" || fail "night 1 files changed during night 3"
verify "$WORK/sums2" || fail "night 1 or 2 files changed during night 3"

python3 - "$WORK" $RUN1 $RUN2 $RUN3 "$PA" "$PB" <<'PY'
import html, json, re, sqlite3, sys
work, runs, work_ports = sys.argv[1], sys.argv[2:5], sys.argv[5:7]
errors = []
expected = {  # night -> {(employer, candidate): (change, outcome)}
    runs[0]: {("Helix Robotics", "Daniel Kim"): ("new", "offered"), ("Nimbus Cloud", "Sara Lee"): ("new", "offered"),
              ("Vertex AI", "Tom Chen"): ("new", "joined")},
    runs[1]: {("Lattice Systems", "Maria Gomez"): ("new", "offered"), ("Helix Robotics", "Daniel Kim"): ("updated", "declined")},
    runs[2]: {("Helix Robotics", "Daniel Kim"): ("updated", "joined")},
}
def tonight(d, run):
    r = json.load(open("%s/%s/runs/%s/report.json" % (work, d, run)))
    return r, {(t["employer"], t["candidate"]): (t["change"], t["outcome"]) for t in r["tonight"]}
for d in ("ref", "kill"):
    for run in runs:
        r, got = tonight(d, run)
        if got != expected[run]:
            errors.append("%s %s: tonight %s, expected %s" % (d, run, got, expected[run]))
        page = open("%s/%s/runs/%s/report.html" % (work, d, run)).read()
        rows = {(html.unescape(e), html.unescape(c)) for e, c in
                re.findall(r'<tr data-employer="([^"]*)" data-candidate="([^"]*)"', page)}
        if rows != set(expected[run]):
            errors.append("%s %s: report.html rows %s, expected %s" % (d, run, rows, set(expected[run])))
        for t in r["tonight"]:
            if not t["evidence"] or not t["source_url"].startswith("http://127.0.0.1:"):
                errors.append("%s %s: %s has no evidence sentence or source URL" % (d, run, t["candidate"]))
    db = sqlite3.connect("%s/%s/hirewire.db" % (work, d))
    events = {(e, c): o for e, c, o in db.execute("SELECT employer, candidate, outcome FROM events")}
    want = {("Helix Robotics", "Daniel Kim"): "joined", ("Nimbus Cloud", "Sara Lee"): "offered",
            ("Vertex AI", "Tom Chen"): "joined", ("Lattice Systems", "Maria Gomez"): "offered"}
    if events != want:
        errors.append("%s: store events %s, expected %s" % (d, events, want))
def dump(d):  # every table by natural keys (row ids and WARC paths differ between data dirs)
    db = sqlite3.connect("%s/%s/hirewire.db" % (work, d))
    q = {
        "articles": "SELECT content_hash, url, title, published, language FROM articles",
        "article_sources": "SELECT a.content_hash, s.source FROM article_sources s JOIN articles a ON a.id=s.article_id",
        "paragraphs": "SELECT a.content_hash, p.idx, p.text FROM paragraphs p JOIN articles a ON a.id=p.article_id",
        "entities": "SELECT a.content_hash, e.type, e.canonical, e.mentions FROM entities e JOIN articles a ON a.id=e.article_id",
        "amounts": "SELECT a.content_hash, m.idx, m.value, m.currency, m.usd, m.krw FROM amounts m JOIN articles a ON a.id=m.article_id",
        "events": "SELECT event_key, type, employer, candidate, previous_employer, role, outcome, timeline, confidence FROM events",
        "event_offers": "SELECT e.event_key, o.currency, o.value, o.derivation, o.usd, o.krw, o.response, o.first_year_usd"
                        " FROM event_offers o JOIN events e ON e.id=o.event_id",
        "event_sources": "SELECT e.event_key, s.source, a.content_hash FROM event_sources s JOIN events e ON e.id=s.event_id"
                         " JOIN articles a ON a.id=s.article_id",
    }
    return {t: sorted(map(repr, db.execute(sql).fetchall())) for t, sql in q.items()}
ref, kill = dump("ref"), dump("kill")
for t in ref:
    if ref[t] != kill[t]:
        errors.append("store table %s differs after the kills: %d rows vs %d; only in ref: %s; only in kill: %s"
                      % (t, len(ref[t]), len(kill[t]), sorted(set(ref[t]) - set(kill[t]))[:5],
                         sorted(set(kill[t]) - set(ref[t]))[:5]))
# Night 3: host b answers 503, so it backs off; the report lists it under crawl health.
r3 = json.load(open("%s/ref/runs/%s/report.json" % (work, runs[2])))
backoff = r3["crawl"].get("backoff_hosts", {})
if not any(h.endswith(":" + work_ports[1]) and v["backoffs"] > 0 for h, v in backoff.items()):
    errors.append("night 3: host b is not listed as backing off: %s" % backoff)
if '<table id="crawl-backoff">' not in open("%s/ref/runs/%s/report.html" % (work, runs[2])).read():
    errors.append("night 3: report.html has no table of hosts backing off")
index = open("%s/kill/index.html" % work).read()
for run in runs:
    if "runs/%s/report.html" % run not in index:
        errors.append("index.html does not list %s" % run)
for e in errors: print("ERROR", e)
print("nights: %d runs x 2 data dirs, %d errors" % (len(runs), len(errors)))
sys.exit(1 if errors else 0)
PY
echo "nightly_nights: 1 passed, 0 failed"
