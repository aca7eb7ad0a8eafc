#!/usr/bin/env bash
# Browser test of the nightly report: a fixed local crawl (tests/scripts/nightly_site.py, night 1,
# loopback servers) -> `hirewire nightly` -> headless Chromium renders report.html and
# index.html. Asserts: no console messages (the page has no scripts, and its Content-Security-
# Policy turns any network fetch into a console error), the table rows of tonight's events are
# exactly the store's rows (employer, candidate, outcome), both charts are there, the page also
# renders at phone width and prints to PDF. Screenshots (desktop, phone) and the PDF are kept in
# $HIREWIRE_ARTIFACT_DIR (default: <build>/test-artifacts).
# Usage: nightly_report_browser.sh /path/to/hirewire
set -euo pipefail
BIN=${1:?usage: nightly_report_browser.sh HIREWIRE}
HERE=$(cd "$(dirname "$0")" && pwd)
ART=${HIREWIRE_ARTIFACT_DIR:-$(cd "$(dirname "$BIN")/.." && pwd)/test-artifacts}
mkdir -p "$ART"
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
[ -n "$CHROMIUM" ] || { echo "FAIL: chromium not installed (scripts/setup.sh installs it)"; exit 1; }
source "$HERE/lib/loopback.sh"
hw_work browser
serve_nightly_site
cat >"$WORK/n.toml" <<EOT
user_agent = "hirewire-browser-test/0.1 (+https://example.invalid)"
[politeness]
delay = 0.0
[[sites]]
sitemaps = ["http://127.0.0.1:$PA/sitemap.xml"]
[[sites]]
sitemaps = ["http://127.0.0.1:$PB/sitemap.xml"]
[nightly]
data_dir = "$WORK/data"
EOT
"$BIN" nightly --config "$WORK/n.toml" --run-id 20261201T020000Z --quiet >"$WORK/out.json" 2>"$WORK/err.txt" ||
  { cat "$WORK/err.txt"; echo "FAIL: nightly run"; exit 1; }
REPORT="$WORK/data/runs/20261201T020000Z/report.html"

chrome() {  # chrome LOG ARGS... : headless Chromium with console messages in LOG
  timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --user-data-dir="$WORK/profile" --enable-logging=stderr --v=0 "${@:2}" 2>"$1"
}
chrome "$WORK/dom.log" --window-size=1200,1800 --dump-dom "file://$REPORT" >"$WORK/dom.html"
chrome "$WORK/shot.log" --window-size=1200,1800 --screenshot="$ART/nightly-report.png" "file://$REPORT" >/dev/null
chrome "$WORK/phone.log" --window-size=390,1600 --screenshot="$ART/nightly-report-phone.png" "file://$REPORT" >/dev/null
chrome "$WORK/pdf.log" --no-pdf-header-footer --print-to-pdf="$ART/nightly-report.pdf" "file://$REPORT" >/dev/null
chrome "$WORK/index.log" --dump-dom "file://$WORK/data/index.html" >"$WORK/index.html"

python3 - "$WORK" "$ART" <<'PY'
import html.parser, json, os, sqlite3, sys
work, art = sys.argv[1:]
errors = []
for log in ("dom", "shot", "phone", "pdf", "index"):
    for line in open(os.path.join(work, log + ".log"), errors="replace"):
        if ":CONSOLE" in line:
            errors.append("console message (%s): %s" % (log, line.strip()))

class Rows(html.parser.HTMLParser):
    """Rows of <table id=tonight-events>: data-* attributes and cell texts; ids of svg charts."""
    def __init__(self):
        super().__init__()
        self.in_table = False; self.row = None; self.cell = None; self.rows = []; self.svgs = []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table" and a.get("id") == "tonight-events": self.in_table = True
        if tag == "svg": self.svgs.append(a.get("id"))
        if self.in_table and tag == "tr" and "data-employer" in a:
            self.row = {"employer": a["data-employer"], "candidate": a["data-candidate"], "cells": [], "first": []}
        if self.row is not None and tag == "td": self.cell = []
    def handle_endtag(self, tag):
        if tag == "table": self.in_table = False
        if tag == "td" and self.cell is not None:
            self.row["cells"].append(" ".join("".join(self.cell).split()))
            self.row["first"].append(self.cell[0].strip() if self.cell else ""); self.cell = None
        if tag == "tr" and self.row is not None:
            self.rows.append(self.row); self.row = None
    def handle_data(self, data):
        if self.cell is not None: self.cell.append(data)

p = Rows(); p.feed(open(os.path.join(work, "dom.html")).read())
db = sqlite3.connect(os.path.join(work, "data", "hirewire.db"))
store = sorted(db.execute("SELECT employer, candidate, outcome FROM events").fetchall())
page = sorted((r["employer"], r["candidate"], r["first"][5]) for r in p.rows)
if not store:
    errors.append("the store has no events (the fixed crawl should give 3)")
if page != store:
    errors.append("report rows %s != store rows %s" % (page, store))
for r in p.rows:
    if len(r["cells"]) != 7 or r["cells"][1] != r["employer"] or "$" not in r["cells"][4] or "₩" not in r["cells"][4]:
        errors.append("row cells not as expected: %s" % r["cells"])
for chart in ("history-chart", "offers-chart"):
    if chart not in p.svgs:
        errors.append("chart %s missing" % chart)
twin = json.load(open(os.path.join(work, "data", "runs", "20261201T020000Z", "report.json")))
if sorted((t["employer"], t["candidate"], t["outcome"]) for t in twin["tonight"]) != store:
    errors.append("report.json tonight differs from the store")
if "runs/20261201T020000Z/report.html" not in open(os.path.join(work, "index.html")).read():
    errors.append("index.html does not link the run")
for f, min_bytes in (("nightly-report.png", 20000), ("nightly-report-phone.png", 10000), ("nightly-report.pdf", 5000)):
    path = os.path.join(art, f)
    if not os.path.exists(path) or os.path.getsize(path) < min_bytes:
        errors.append("%s missing or too small" % path)
for e in errors: print("ERROR", e)
print("report rows: %d (store %d), charts: %s, artifacts in %s" % (len(p.rows), len(store), p.svgs, art))
sys.exit(1 if errors else 0)
PY
echo "nightly_report_browser: 1 passed, 0 failed"
