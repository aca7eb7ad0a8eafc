#!/usr/bin/env bash
# Whole-process checks that no mistake succeeds silently (issue 13): every bad input is named
# with the reason and the exit code of docs/cli.md (0 ok, 1 partial, 2 usage, 3 nothing done,
# 130 interrupted); usage errors read "hirewire SUBCOMMAND: --flag: why"; an earlier output
# file is byte-identical after every failed run. Usage: bad_inputs_cli.sh /path/to/hirewire
set -uo pipefail
bin=${1:?usage: $0 path/to/hirewire}
cd "$(dirname "$0")/../.." || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
declare -A rows_seen=()

# An earlier output file that no failed run may touch.
guard="$tmp/earlier.jsonl"
printf '{"earlier":"output"}\n' > "$guard"
guard_sum=$(sha256sum < "$guard")

ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL [$1]: $2"; [ -s "$tmp/err" ] && sed 's/^/    stderr: /' "$tmp/err" | head -5; }

# check NAME RC REGEX -- CMD...: runs CMD (stdout to $tmp/out, stderr to $tmp/err), then
# asserts the exit code, that stderr matches REGEX (extended grep; "" = anything), and that the
# guard file is unchanged.
check() {
  local name=$1 want=$2 regex=$3
  shift 4
  "$@" > "$tmp/out" 2> "$tmp/err"
  local rc=$?
  rows_seen[$want]=1
  if [ "$rc" != "$want" ]; then bad "$name" "exit $rc, want $want"; return; fi
  if [ -n "$regex" ] && ! grep -Eq -- "$regex" "$tmp/err"; then bad "$name" "stderr does not match /$regex/"; return; fi
  if [ "$(sha256sum < "$guard")" != "$guard_sum" ]; then bad "$name" "earlier output file changed"; return; fi
  ok
}
# expect NAME CONDITION-COMMAND...: a further assertion on the last run's files.
expect() {
  local name=$1
  shift
  if "$@"; then ok; else bad "$name" "assertion failed: $*"; fi
}

# ---------------------------------------------------------------- fixtures
mkdir -p "$tmp/empty" "$tmp/mixed" "$tmp/pages"
good="$tmp/good.html"
printf '<html><head><title>Good</title></head><body><article><p>%s</p></article></body></html>' \
  "$(printf 'An ordinary paragraph of article text for the test. %.0s' $(seq 1 12))" > "$good"
printf 'plain text, not gzip\n' > "$tmp/fake.gz"
printf '{"id":1,"text":"a line from another tool"}\n{"id":2,"text":"another"}\n' > "$tmp/other.jsonl"
python3 - "$tmp" <<'PY'
import gzip, os, random, sys
d = sys.argv[1]
def rec(kind, uri, block, extra=""):
    head = ("WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Target-URI: %s\r\n"
            "WARC-Date: 2025-08-01T00:00:00Z\r\n%sContent-Type: application/http; msgtype=response\r\n"
            "Content-Length: %d\r\n\r\n" % (kind, uri[-8:], uri, extra, len(block))).encode()
    return gzip.compress(head + block + b"\r\n\r\n")
revisit = b"HTTP/1.1 304 Not Modified\r\n\r\n"
with open(os.path.join(d, "revisits.warc.gz"), "wb") as f:
    for i in range(3):
        f.write(rec("revisit", "https://x.test/page%04d" % i, revisit,
                    "WARC-Profile: http://netpreserve.org/warc/1.1/revisit/identical-payload-digest\r\n"))
m = os.path.join(d, "mixed")
open(os.path.join(m, "a-article.html"), "w").write(
    "<!doctype html><html><head><title>Mixed</title></head><body><article><p>" +
    "A real article paragraph sits in this folder. " * 12 + "</p></article></body></html>")
open(os.path.join(m, "robots.txt"), "w").write("User-agent: *\nDisallow: /private/\nAllow: /\nSitemap: https://x.test/sitemap.xml\n")
open(os.path.join(m, "sitemap.xml"), "w").write('<?xml version="1.0"?>\n<urlset><url><loc>https://x.test/a</loc></url></urlset>\n')
open(os.path.join(m, "main.cc"), "w").write('#include <cstdio>\nint main() {\n  std::puts("hi");\n  return 0;\n}\n')
open(os.path.join(m, "CMakeLists.txt"), "w").write("cmake_minimum_required(VERSION 3.25)\nproject(x CXX)\nadd_executable(x main.cc)\n")
open(os.path.join(m, "logo.svg"), "w").write('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>\n')
open(os.path.join(m, "photo.jpeg"), "wb").write(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(random.Random(1).randbytes(3000)))
open(os.path.join(m, "photo.webp"), "wb").write(b"RIFF\x00\x10\x00\x00WEBPVP8 " + bytes(random.Random(2).randbytes(3000)))
open(os.path.join(m, "NOTES.md"), "w").write("# Crawl notes\n\nThese pages were saved by hand on Monday. " * 5 + "\n")
open(os.path.join(m, "paper.pdf"), "wb").write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(random.Random(3).randbytes(3000)))
open(os.path.join(d, "random.bin"), "wb").write(random.Random(4).randbytes(1 << 20))
# 1,000 identical short paragraphs.
open(os.path.join(d, "same.html"), "w").write(
    "<html><head><title>Same</title></head><body><article>" + "<p>Hello world.</p>" * 1000 + "</article></body></html>")
# Korean text in EUC-KR, for money/entities decoding.
open(os.path.join(d, "ko-euckr.txt"), "wb").write("삼성전자는 김민수 연구원에게 연봉 1억2500만원을 제시했다.\n".encode("euc-kr"))
open(os.path.join(d, "ko-utf8.txt"), "w").write("삼성전자 이재용 회장이 발표했다.\nApple CEO Tim Cook said on Monday.\n")
# Many pages, so that a stop signal arrives mid-run.
p = os.path.join(d, "pages")
body = open("corpus/samples/en-hiring.html", "rb").read()
for i in range(3000):
    open(os.path.join(p, "p%04d.html" % i), "wb").write(body)
PY

# ---------------------------------------------------------------- exit 0 and 1
check "extract: good page" 0 "" -- "$bin" extract "$good" -o "$tmp/new.jsonl"
expect "extract: -o written" test "$(wc -l < "$tmp/new.jsonl")" = 1
expect "extract: no temp file left" test -z "$(ls -A "$tmp" | grep '\.tmp-')"
check "extract: one input missing" 1 "missing\.html: .*no such file" -- "$bin" extract "$good" "$tmp/missing.html"
expect "extract: the good page still comes out" test "$(wc -l < "$tmp/out")" = 1

# ---------------------------------------------------------------- output never clobbered
check "extract -o: missing input keeps the earlier file" 3 "missing\.html" -- \
  "$bin" extract "$tmp/missing.html" -o "$guard"
expect "extract -o: earlier file byte-identical" test "$(cat "$guard")" = '{"earlier":"output"}'
check "extract -o: unwritable target says why" 3 "cannot write $tmp/no/such/dir/x\.jsonl: No such file or directory" -- \
  "$bin" extract "$good" -o "$tmp/no/such/dir/x.jsonl"
check "extract -o: a folder as target says why" 3 "cannot write $tmp/empty: Is a directory" -- \
  "$bin" extract "$good" -o "$tmp/empty"

# ---------------------------------------------------------------- nothing to do: exit 3
check "extract: empty folder" 3 "nothing to extract" -- "$bin" extract "$tmp/empty" -o "$guard"
check "extract: .gz that is not gzip" 3 "fake\.gz: .*not gzip data" -- "$bin" extract "$tmp/fake.gz" -o "$guard"
check "extract: WARC of only revisits" 3 "nothing to extract" -- "$bin" extract "$tmp/revisits.warc.gz" -o "$guard"
check "events: JSON Lines of another tool" 3 "other\.jsonl: 2 lines are not an article from .hirewire extract." -- \
  "$bin" events "$tmp/other.jsonl"
check "events: nothing to do says so" 3 "nothing to do" -- "$bin" events "$tmp/other.jsonl"
expect "events: no table for nothing" test ! -s "$tmp/out"
check "events: empty folder" 3 "nothing to do" -- "$bin" events "$tmp/empty"

# ---------------------------------------------------------------- usage errors: exit 2, one format
check "extract --rate abc" 2 "^hirewire extract: --rate: 'abc' is not a positive number" -- \
  "$bin" extract "$good" --rate abc -o "$guard"
check "extract --rate -5" 2 "^hirewire extract: --rate: '-5' is not a positive number" -- \
  "$bin" extract "$good" --rate -5 -o "$guard"
check "events --rate abc" 2 "^hirewire events: --rate: 'abc'" -- "$bin" events "$good" --rate abc
check "money --date 2025-13-45" 2 "^hirewire money: --date: '2025-13-45' is not a calendar date" -- \
  "$bin" money "$tmp/ko-utf8.txt" --date 2025-13-45
check "money --date 2025-02-30" 2 "^hirewire money: --date: '2025-02-30' is not a calendar date" -- \
  "$bin" money "$tmp/ko-utf8.txt" --date 2025-02-30
check "convert --date 2025-02-30" 2 "^hirewire convert: --date: '2025-02-30'" -- "$bin" convert '$5' --date 2025-02-30
check "convert --date 08/01/2025" 2 "^hirewire convert: --date: .*YYYY-MM-DD" -- "$bin" convert '$5' --date 08/01/2025
check "money --date 2024-02-29 (leap day) is fine" 0 "" -- "$bin" money "$tmp/ko-utf8.txt" --date 2024-02-29
check "crawl --delay -1" 2 "^hirewire crawl: --delay: '-1' is not a number >= 0" -- \
  "$bin" crawl --seed http://127.0.0.1:9/ --delay -1 --out "$tmp/w" --state "$tmp/s.db"
check "crawl --delay fast" 2 "^hirewire crawl: --delay: 'fast'" -- \
  "$bin" crawl --seed http://127.0.0.1:9/ --delay fast --out "$tmp/w" --state "$tmp/s.db"
check "crawl --gzip-level 42" 2 "^hirewire crawl: --gzip-level: '42' is not a whole number from 0 to 9" -- \
  "$bin" crawl --seed http://127.0.0.1:9/ --gzip-level 42 --out "$tmp/w" --state "$tmp/s.db"
check "extract: unknown flag carries the prefix" 2 "^hirewire extract: .*--bogus" -- "$bin" extract --bogus "$good"
check "extract: no input" 2 "^hirewire extract: " -- "$bin" extract
check "extract --rates missing" 2 "^hirewire extract: --rates: cannot read $tmp/none\.csv: No such file or directory" -- \
  "$bin" extract "$good" --rates "$tmp/none.csv" -o "$guard"
check "convert --to XYZ" 2 "^hirewire convert: --to: 'XYZ' is not a currency of the rate table" -- "$bin" convert '$5' --to XYZ

# Crawl config (docs/crawl.md: exit 2, the key or line, and a did-you-mean).
cfg() { printf '%b' "$1" > "$tmp/c.toml"; }
crawl_cfg() { "$bin" crawl --config "$tmp/c.toml" --out "$tmp/w" --state "$tmp/s.db" --quiet; }
cfg '[politness]\ndelay = 1\n[[sites]]\nseeds = ["http://127.0.0.1:9/"]\n'
check "config: misspelled section" 2 "^hirewire crawl: --config: .*c\.toml:1: unknown section \[politness\] \(did you mean \[politeness\]\?\)" -- crawl_cfg
cfg '[politeness]\ndelai = 1\n[[sites]]\nseeds = ["http://127.0.0.1:9/"]\n'
check "config: unknown key" 2 "c\.toml:2: unknown key 'delai' in \[politeness\] \(did you mean 'delay'\?\)" -- crawl_cfg
cfg 'delay = 1\n[[sites]]\nseeds = ["http://127.0.0.1:9/"]\n'
check "config: key in the wrong section" 2 "c\.toml:1: unknown key 'delay' \(it belongs in \[politeness\]\)" -- crawl_cfg
cfg '[politeness]\ndelay = "fast"\n[[sites]]\nseeds = ["http://127.0.0.1:9/"]\n'
check "config: delay = \"fast\"" 2 "c\.toml:2: delay must be a number, not a string" -- crawl_cfg
cfg '[[sites]]\nseeds = ["127.0.0.1:8765"]\n'
check "config: seed without scheme" 2 "seed '127\.0\.0\.1:8765' is not an http\(s\) URL \(did you mean 'http://127\.0\.0\.1:8765'\?\)" -- crawl_cfg
cfg '[[sites]]\nseeds = ["ftp://127.0.0.1/x"]\n'
check "config: ftp seed" 2 "seed 'ftp://127\.0\.0\.1/x' is not an http\(s\) URL" -- crawl_cfg
cfg '[[sites]]\nseeds = ["not a url"]\n'
check "config: not a url" 2 "seed 'not a url' is not an http\(s\) URL" -- crawl_cfg
cfg '[warc]\ngzip_level = 42\n[[sites]]\nseeds = ["http://127.0.0.1:9/"]\n'
check "config: gzip_level 42" 2 "gzip_level must be 0\.\.9" -- crawl_cfg
check "crawl --seed not http" 2 "^hirewire crawl: --seed: seed 'not-a-url'" -- \
  "$bin" crawl --seed not-a-url --out "$tmp/w" --state "$tmp/s.db" --quiet
check "crawl --config missing says why" 2 "^hirewire crawl: --config: cannot read $tmp/none\.toml: No such file or directory" -- \
  "$bin" crawl --config "$tmp/none.toml"
expect "crawl: a usage error creates no state or WARC" test ! -e "$tmp/s.db" -a ! -e "$tmp/w"

# convert: what was not understood, or several amounts.
check "convert 1e6 dollars" 2 "^hirewire convert: AMOUNT: did not understand \"1e\"" -- "$bin" convert "1e6 dollars"
check "convert -5 달러" 2 "did not understand \"-\".*negative" -- "$bin" convert "-5 달러"
check "convert \$5 and \$10" 2 "found 2 amounts \(\"\\\$5\", \"\\\$10\"\)" -- "$bin" convert '$5 and $10'
check "convert: 100 KB input" 2 "100000 bytes is not one amount" -- "$bin" convert "$(head -c 100000 /dev/zero | tr '\0' 7)"
expect "convert: a 100 KB input is not echoed" test "$(wc -c < "$tmp/err")" -lt 1000
check "convert: a gloss pair is one amount" 0 "" -- "$bin" convert "1억2500만 달러(약 1756억원)" --rate 1404.8
expect "convert: gloss pair converted" grep -q '^converted: 175600000000 KRW$' "$tmp/out"

# ---------------------------------------------------------------- inputs read the right way
"$bin" extract corpus/samples -o "$tmp/samples.jsonl" 2>/dev/null
check "extract | events -: JSON Lines on stdin" 0 "stdin: read as JSON Lines \(8 articles\)" -- \
  bash -c "'$bin' events --json - < '$tmp/samples.jsonl'"
expect "events -: no reporter made a hire" bash -c "! grep -q '김민수\|홍길동\|이수진' '$tmp/out'"
cp "$tmp/samples.jsonl" "$tmp/samples.json"
cp "$tmp/samples.jsonl" "$tmp/samples-no-extension"
check "events: .json file of JSON Lines" 0 "samples\.json: read as JSON Lines" -- "$bin" events --json "$tmp/samples.json"
check "events: extension-less JSON Lines" 0 "samples-no-extension: read as JSON Lines" -- \
  "$bin" events --json "$tmp/samples-no-extension"
check "events: pages say they were read as HTML" 0 "good\.html: read as HTML \(1 page\)" -- "$bin" events "$good"
check "extract: folder sniffing skips what is not a page" 0 "skipped 9 files in folders that are not HTML or text" -- \
  "$bin" extract "$tmp/mixed"
expect "extract: only the article came out of the folder" test "$(wc -l < "$tmp/out")" = 1
check "extract: a named JSON Lines file is not a page" 3 "samples\.json: unsupported: JSON Lines, not a page .*hirewire events" -- \
  "$bin" extract "$tmp/samples.json" -o "$guard"
check "extract: JSON Lines on stdin is not a page" 3 "-: unsupported: JSON Lines, not a page" -- \
  bash -c "'$bin' extract - < '$tmp/samples.jsonl'"
check "extract --text reads a JSON Lines file as text when asked" 0 "" -- "$bin" extract --text "$tmp/samples.json"
check "extract: a named binary file is an error" 3 "photo\.jpeg: .*JPEG image, not a page" -- \
  "$bin" extract "$tmp/mixed/photo.jpeg" -o "$guard"
check "money: binary input refused" 3 "random\.bin: binary data, not text" -- "$bin" money "$tmp/random.bin"
expect "money: no amounts from binary" test ! -s "$tmp/out"
check "entities: an executable refused" 3 "executable, not text" -- "$bin" entities /bin/ls
check "entities: missing file says why" 3 "cannot read $tmp/missing\.txt: No such file or directory" -- \
  "$bin" entities "$tmp/missing.txt"
check "money: EUC-KR text decoded" 0 "read as euc-kr" -- "$bin" money "$tmp/ko-euckr.txt" --json
expect "money: EUC-KR amount found" grep -q '"value":"125000000"' "$tmp/out"

# ---------------------------------------------------------------- tables
check "entities: table" 0 "" -- "$bin" entities "$tmp/ko-utf8.txt"
expect "entities: columns aligned by display width" python3 - "$tmp/out" <<'PY'
import re, sys, unicodedata
def width(s): return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
lines = [l.rstrip("\n") for l in open(sys.argv[1], encoding="utf-8")]
def starts(l):  # display column where each cell after the first begins
    return [width(l[: m.end()]) for m in re.finditer(r" {2,}", l)][:3]
korean = any(any(0xAC00 <= ord(c) <= 0xD7A3 for c in l) for l in lines)
sys.exit(0 if korean and len(lines) >= 4 and all(starts(l) == starts(lines[0]) for l in lines[1:]) else 1)
PY
check "events: table fits an 80-column terminal" 0 "" -- \
  bash -c "COLUMNS=80 '$bin' events '$tmp/samples.jsonl'"
expect "events: every line within 80 columns, cut with …" python3 - "$tmp/out" <<'PY'
import sys, unicodedata
def width(s): return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
lines = [l.rstrip("\n") for l in open(sys.argv[1], encoding="utf-8")]
sys.exit(0 if len(lines) > 1 and all(width(l) <= 80 for l in lines) and any("…" in l for l in lines) else 1)
PY
check "events: CSV offers" 0 "" -- "$bin" events --csv "$tmp/samples.jsonl"
expect "events: KRW offers shown in KRW, not USD with cents" bash -c \
  "grep '별빛소프트' '$tmp/out' | grep -q '₩5 billion' && ! grep -Eq '[0-9]\.[0-9]{2} USD' '$tmp/out'"
check "events --json" 0 "" -- "$bin" events --json "$tmp/samples.jsonl"
expect "JSON confidences without float noise" bash -c \
  "grep -q '\"confidence\":' '$tmp/out' && ! grep -Eq '\"confidence\":[0-9]\.[0-9]{4,}' '$tmp/out' && ! grep -Eq '\"confidence\":[0-9]\.[0-9]{4,}' '$tmp/samples.jsonl'"

# ---------------------------------------------------------------- repeated paragraphs
check "extract: 1,000 identical <p> warns" 0 "" -- "$bin" extract "$tmp/same.html"
expect "extract: repeats warning in the article" grep -q '999 of 1000 paragraphs were repeats' "$tmp/out"
check "extract --no-dedup: 1,000 identical <p> kept" 0 "" -- "$bin" extract --no-dedup "$tmp/same.html"
expect "extract --no-dedup: 1000 paragraphs" python3 -c \
  "import json,sys; a=json.loads(open('$tmp/out').readline()); sys.exit(0 if len(a['paragraphs'])==1000 and a['warnings'] else 1)"

# ---------------------------------------------------------------- interrupted: exit 130
stop_run() {  # stop_run SIGNAL CMD...: starts CMD, signals it after 1.5 s, returns its exit code
  local sig=$1
  shift
  "$@" > "$tmp/out" 2> "$tmp/err" &
  local pid=$!
  sleep 1.5
  kill -s "$sig" "$pid"
  wait "$pid"
}
check "extract: SIGTERM stops cleanly" 130 "interrupted: stopped after [0-9]+ articles" -- \
  stop_run TERM "$bin" extract -j 2 "$tmp/pages" -o "$tmp/stopped.jsonl"
expect "extract: stopped output is whole lines of JSON" python3 -c "
import json, sys
data = open('$tmp/stopped.jsonl', encoding='utf-8').read()
lines = data.split('\n')
sys.exit(0 if data.endswith('\n') and 0 < len(lines) - 1 < 3000 and all(json.loads(l) for l in lines[:-1]) else 1)"
check "extract: SIGINT on stdout" 130 "interrupted" -- stop_run INT "$bin" extract -j 1 "$tmp/pages"
expect "extract: stdout ends with a newline" bash -c "[ -s '$tmp/out' ] && [ \"\$(tail -c 1 '$tmp/out' | od -An -c | tr -d ' ')\" = '\\n' ]"
check "events: SIGTERM stops cleanly" 130 "interrupted: stopped after [0-9]+ articles" -- \
  stop_run TERM "$bin" events "$tmp/pages"

# ---------------------------------------------------------------- every exit code of docs/cli.md
for code in 0 1 2 3 130; do
  if [ -z "${rows_seen[$code]:-}" ]; then bad "exit-code table" "no case exits $code"; fi
done

echo "bad_inputs_cli: $passed passed, $failed failed"
[ "$failed" = 0 ]
