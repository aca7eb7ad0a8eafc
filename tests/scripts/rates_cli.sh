#!/usr/bin/env bash
# Whole-process checks of `hirewire rates update` (ECB XML/CSV into the user rates file, temp +
# rename, never overwriting an unreadable file), the user file overriding the built-in table,
# the stale-table warning, --date validation, and --country on plain text (docs/rates.md, cli.md).
set -uo pipefail
bin=${1:?usage: $0 path/to/hirewire}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
expect_line() {  # expect_line FILE REGEX
  grep -Eq -- "$2" "$1" || { echo "--- $1:"; cat "$1"; fail "no line matching /$2/"; }
}
export HIREWIRE_RATES="$tmp/user/rates.csv"

cat > "$tmp/daily.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
<Cube><Cube time='2026-06-29'><Cube currency='USD' rate='1.1500'/><Cube currency='KRW' rate='1600.00'/><Cube currency='CAD' rate='1.5800'/></Cube></Cube>
</gesmes:Envelope>
XML
# 1. Import: the user file is written (via a temporary name) in the ECB CSV layout.
"$bin" rates update "$tmp/daily.xml" > "$tmp/o1" || fail "rates update exit $?"
expect_line "$tmp/o1" '1 days \(2026-06-29 \.\. 2026-06-29\), 3 currencies'
expect_line "$HIREWIRE_RATES" '^2026-06-29,1.58,1600,1.15,$'
ls "$tmp/user" | grep -q tmp && fail "temporary file left behind"

# 2. A second import adds days and keeps the others.
printf 'Date,USD,KRW,\n2026-06-30,1.16,1610,\n' > "$tmp/more.csv"
"$bin" rates update "$tmp/more.csv" > /dev/null || fail "second update exit $?"
expect_line "$HIREWIRE_RATES" '^2026-06-29,'
expect_line "$HIREWIRE_RATES" '^2026-06-30,'

# 3. The user table overrides the built-in one: 1억 달러 on 2026-06-30 at 1610/1.16 = 1387.931.
printf '1억 달러를 투자했다.\n' > "$tmp/t.txt"
"$bin" money "$tmp/t.txt" --date 2026-06-30 > "$tmp/m1" 2> "$tmp/e1" || fail "money exit $?"
expect_line "$tmp/m1" 'USD	100000000	exact	none	100000000	138793100000	1387.931	table:2026-06-30'
[ -s "$tmp/e1" ] && { cat "$tmp/e1"; fail "no warning expected on a fresh table"; }

# 4. A table more than 7 days older than the article date is a named warning.
"$bin" money "$tmp/t.txt" --date 2026-08-01 > /dev/null 2> "$tmp/e2" || fail "money exit $?"
expect_line "$tmp/e2" 'stale_rates: .* 2026-06-30 is 32 days before the article date 2026-08-01'

# 5. Bad input never replaces the user file; invalid dates and countries exit 2.
cp "$HIREWIRE_RATES" "$tmp/before.csv"
echo garbage > "$tmp/bad.csv"
"$bin" rates update "$tmp/bad.csv" > /dev/null 2>&1; [ $? -eq 3 ] || fail "bad rates file should exit 3"
cmp -s "$HIREWIRE_RATES" "$tmp/before.csv" || fail "user rates file changed by a failed update"
for d in 2025-13-45 2025-02-30 20250101; do
  "$bin" money "$tmp/t.txt" --date "$d" > /dev/null 2>&1; [ $? -eq 2 ] || fail "money --date $d should exit 2"
  "$bin" extract --text "$tmp/t.txt" --date "$d" > /dev/null 2>&1; [ $? -eq 2 ] || fail "extract --date $d should exit 2"
  "$bin" events --text "$tmp/t.txt" --date "$d" > /dev/null 2>&1; [ $? -eq 2 ] || fail "events --date $d should exit 2"
done
"$bin" money "$tmp/t.txt" --country CAN > /dev/null 2>&1; [ $? -eq 2 ] || fail "--country CAN should exit 2"

# 6. --country settles "$" and "R" in plain text.
printf 'The province spends $5 million.\nHe earns R3500 a month.\n' > "$tmp/c.txt"
"$bin" money "$tmp/c.txt" --country ca --date 2026-06-30 > "$tmp/m3" 2>/dev/null || fail "money --country exit $?"
expect_line "$tmp/m3" '	CAD	5000000	'
"$bin" extract --text "$tmp/c.txt" --country ZA --date 2026-06-30 > "$tmp/x1" 2>/dev/null || fail "extract exit $?"
expect_line "$tmp/x1" '"country":"ZA"'
expect_line "$tmp/x1" '"currency":"ZAR","value":"3500"'
echo "rates_cli: all checks passed"
