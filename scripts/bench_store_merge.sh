#!/usr/bin/env bash
# The store merge on a large SQLite store, with and without the candidate index (schema version 4,
# docs/store.md): every article's write reads the stored events of its candidates, a full scan of
# `events` without the index. A store of EVENTS synthetic events (one candidate each) is built
# once; ARTICLES short hiring stories (new people) are then written into a copy of it by
# `hirewire events --text DIR --db COPY`, once with the index and once with it dropped (the same
# binary: only the index differs), ROUNDS times alternating; extraction alone (no --db) is the
# baseline subtracted from both.
# Usage: scripts/bench_store_merge.sh build/app/hirewire [EVENTS=200000] [ARTICLES=300] [ROUNDS=2]
set -euo pipefail
BIN=$(realpath "${1:?usage: bench_store_merge.sh HIREWIRE [EVENTS] [ARTICLES] [ROUNDS]}")
EVENTS=${2:-200000}
ARTICLES=${3:-300}
ROUNDS=${4:-2}
WORK=$(mktemp -d /tmp/hw_bench_merge.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"

mkdir arts
python3 - "$ARTICLES" <<'EOF'
import sys
first = ["Sarah", "Michael", "David", "Laura", "James", "Anna", "Daniel", "Emily", "Robert", "Julia",
         "Thomas", "Olivia", "Peter", "Grace", "Mark", "Nora", "Paul", "Helen", "Simon", "Clara"]
last = ["Kim", "Chen", "Park", "Martin", "Lee", "Weber", "Novak", "Garcia", "Fischer", "Moreau",
        "Rossi", "Tanaka", "Silva", "Berg", "Keller", "Dubois", "Costa", "Meyer", "Larsen", "Walsh"]
companies = ["Acme Robotics", "Birch Analytics", "Cobalt Systems", "Delta Foundry", "Ember Labs"]
for i in range(int(sys.argv[1])):
    name = "%s %s" % (first[i % 20], last[(i // 20) % 20])
    with open("arts/%04d.txt" % i, "w") as f:
        f.write("%s, a former Google engineer, joined %s as chief technology officer on Monday, the company "
                "said.\n\nThe board approved the plan after review %d of the budget.\n" % (name, companies[i % 5], i))
EOF
cp arts/0000.txt seed.txt
"$BIN" events --text seed.txt --db big.db --quiet >/dev/null 2>&1
python3 - "$EVENTS" <<'EOF'
import sqlite3, sys
db = sqlite3.connect("big.db")
n = int(sys.argv[1])
db.executemany(
    "INSERT INTO events(event_key,type,employer,candidate,candidate_kind,candidate_count,previous_employer,role,"
    "team,outcome,timeline,reported_by,confidence) VALUES(?,?,?,?,'person',-1,'','','','joined','[\"joined\"]','',0.8)",
    (("hire\x1fCompany %d\x1fSynthetic Person %d" % (i % 997, i), "hire", "Company %d" % (i % 997),
      "Synthetic Person %d" % i) for i in range(n)))
db.executemany("INSERT INTO event_sources(event_id, source, article_id) SELECT id, 'https://example.test/' || id, 1 "
               "FROM events WHERE id > ?", [(1,)])
db.commit()
print("store: %d events, %.1f MB" % (db.execute("SELECT COUNT(*) FROM events").fetchone()[0],
                                      db.execute("PRAGMA page_count").fetchone()[0] *
                                      db.execute("PRAGMA page_size").fetchone()[0] / 1e6))
EOF
"$BIN" db migrate big.db 2>&1 | sed 's/^/  /'
seconds() {  # COMMAND... -> wall seconds
  local t0 t1
  t0=$(date +%s.%N)
  "$@" >/dev/null 2>&1
  t1=$(date +%s.%N)
  python3 -c "print(round($t1 - $t0, 3))"
}
run_on() {  # INDEX(yes|no) -> seconds of events --db on a fresh copy
  rm -f copy.db copy.db-wal copy.db-shm
  cp big.db copy.db
  if [ "$1" = no ]; then sqlite3 copy.db "DROP INDEX events_candidate"; fi
  seconds "$BIN" events --text arts --db copy.db --quiet
}
echo "round  extract-only  --db with index  --db without index  (seconds; $ARTICLES articles, $EVENTS stored events)"
for r in $(seq "$ROUNDS"); do
  base=$(seconds "$BIN" events --text arts --quiet)
  with=$(run_on yes)
  without=$(run_on no)
  python3 -c "
b, w, o = $base, $with, $without
print('%5d  %12.3f  %15.3f  %18.3f   merge: %.2f ms/article with, %.2f without (x%.1f)' % (
    $r, b, w, o, 1000 * (w - b) / $ARTICLES, 1000 * (o - b) / $ARTICLES, (o - b) / max(w - b, 1e-3)))"
done
