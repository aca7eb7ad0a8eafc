#!/usr/bin/env bash
# Whole-process checks of `hirewire convert` and `hirewire money`: exact values, rates and their
# sources, both display styles, JSON Lines output, and exit codes (docs/cli.md).
set -uo pipefail
bin=${1:?usage: $0 path/to/hirewire}
shared=${HIREWIRE_SHARED_DIR:-$(dirname "$0")/../../../shared}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
expect_line() {  # expect_line FILE REGEX
  grep -Eq -- "$2" "$1" || { echo "--- $1:"; cat "$1"; fail "no line matching /$2/"; }
}

# 1. User rate: 1억2500만 달러 at 1404.8 is exactly 1756억 원.
"$bin" convert "1억2500만 달러" --rate 1404.8 > "$tmp/o1" || fail "convert exit $?"
expect_line "$tmp/o1" '^amount: +125000000 USD \(exact'
expect_line "$tmp/o1" '^converted: 175600000000 KRW$'
expect_line "$tmp/o1" '^rate: +1404.8 KRW/USD \(user\)$'
expect_line "$tmp/o1" '^korean: +1억 2500만 달러 = 1756억 원$'
expect_line "$tmp/o1" '^english: +\$125 million = ₩175.6 billion$'

# 2. Table rate on a Saturday uses Friday's rate; the expected value comes from the CSV itself.
rate=$(grep '^2025-06-20,' "$shared/rates/krw_usd_daily.csv" | cut -d, -f2)
[ -n "$rate" ] || fail "2025-06-20 missing from the rate CSV"
want=$(python3 -c "from decimal import Decimal as D, ROUND_HALF_EVEN as E; print((D('125000000')*D('$rate')).quantize(D(1), rounding=E))")
"$bin" convert '$125 million' --to KRW --date 2025-06-21 > "$tmp/o2" || fail "convert exit $?"
expect_line "$tmp/o2" "^converted: $want KRW\$"
expect_line "$tmp/o2" 'KRW/USD \(table:2025-06-20\)$'

# 3. KRW -> USD, rounded half-even to cents.
"$bin" convert "1조4000억원" --to USD --rate 1400 > "$tmp/o3" || fail "convert exit $?"
expect_line "$tmp/o3" '^converted: 1000000000 USD$'
expect_line "$tmp/o3" '^english: +₩1.4 trillion = \$1 billion$'
"$bin" convert "1원" --rate 8 > "$tmp/o3b" || fail "convert exit $?"
expect_line "$tmp/o3b" '^converted: 0.12 USD$'

# 4. The article's own conversion wins over the table.
"$bin" convert "1억2500만 달러(약 1756억원)" --date 2025-08-01 > "$tmp/o4" 2>/dev/null || fail "convert exit $?"
expect_line "$tmp/o4" '\(article\)$'

# 5. A user rate table.
printf 'date,krw_per_usd\n2020-01-02,1000\n2020-01-06,1200\n' > "$tmp/rates.csv"
"$bin" convert "100만 원" --rates "$tmp/rates.csv" --date 2020-01-05 > "$tmp/o5" || fail "convert exit $?"
expect_line "$tmp/o5" '^converted: 1000 USD$'
expect_line "$tmp/o5" '\(table:2020-01-02\)$'

# 6. Exit codes: no amount / bad flags -> 2; a currency we cannot convert -> 3.
"$bin" convert "hello" > /dev/null 2>&1; [ $? -eq 2 ] || fail "no amount should exit 2"
"$bin" convert "1억 달러" --to XYZ > /dev/null 2>&1; [ $? -eq 2 ] || fail "--to XYZ should exit 2"
"$bin" convert "1억 달러" --date 2025-02-30 > /dev/null 2>&1; [ $? -eq 2 ] || fail "--date 2025-02-30 should exit 2"
"$bin" convert "1억 달러" --rate abc > /dev/null 2>&1; [ $? -eq 2 ] || fail "--rate abc should exit 2"
printf 'date,krw_per_usd\n2020-01-02,zero\n' > "$tmp/bad.csv"
"$bin" convert "1억 달러" --rates "$tmp/bad.csv" > /dev/null 2>&1; [ $? -eq 2 ] || fail "bad --rates should exit 2"
"$bin" convert "新台幣2380萬元" > /dev/null 2>&1; [ $? -eq 3 ] || fail "TWD (not in the ECB table) should exit 3"

# 7. money: the seed article, as a file and on stdin, table and JSON Lines.
seed="$shared/seed/article-ko-meta-hiring.txt"
"$bin" money "$seed" --date 2025-08-01 > "$tmp/m1" || fail "money exit $?"
expect_line "$tmp/m1" $'^4\t[0-9]+\t[0-9]+\tUSD\t125000000\texact\tnone\t125000000\t175600000000\t1404.8\tarticle\t1억2500만 달러'
expect_line "$tmp/m1" $'^7\t[0-9]+\t[0-9]+\tKRW\t1400000000000\tapprox\t'
expect_line "$tmp/m1" $'^4\tmultiplier x2\t두 배'
if grep -q '3만장' "$tmp/m1"; then fail "GPU 3만장 reported as money"; fi
"$bin" money - --json --date 2025-08-01 < "$seed" > "$tmp/m2" || fail "money - exit $?"
python3 - "$tmp/m2" <<'PY' || fail "money --json output"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
lines = {r["paragraph"] + 1 for r in rows}
assert lines <= {4, 6, 7, 11, 13}, lines           # line 7 once, repeats of 4 and 6
assert sum(1 for r in rows if r["paragraph"] + 1 in (4, 6, 7)) == 9, rows
first = rows[0]
assert (first["value"], first["currency"], first["krw"]) == ("125000000", "USD", "175600000000"), first
assert rows[1]["glosses"] == 0 and rows[1]["implied_rate"] == "1404.8", rows[1]
PY
"$bin" money "$tmp/does-not-exist.txt" > /dev/null 2>&1; [ $? -eq 3 ] || fail "missing file should exit 3"
echo "convert_cli: all checks passed"
