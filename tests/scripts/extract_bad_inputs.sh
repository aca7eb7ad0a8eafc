#!/usr/bin/env bash
# Whole-process check of `hirewire extract` on bad input: every broken input is named on stderr,
# every good input still comes out, and the exit code follows docs/cli.md.
set -uo pipefail
bin=${1:?usage: $0 path/to/hirewire}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

mkdir -p "$tmp/in"
printf '<html><head><title>Good page</title></head><body><article><p>%s</p></article></body></html>' \
  "$(printf 'A perfectly ordinary paragraph of article text. %.0s' $(seq 1 20))" > "$tmp/in/01-good.html"
: > "$tmp/in/02-empty.html"
head -c 4096 /dev/urandom > "$tmp/in/03-binary.html"
python3 - "$tmp/in" <<'PY'
import gzip, sys, os
d = sys.argv[1]
data = gzip.compress(b"<html><body>" + b"<p>words words words</p>" * 20000 + b"</body></html>")
open(os.path.join(d, "04-torn.html.gz"), "wb").write(data[: len(data) // 2])
# 100,000-deep nesting.
open(os.path.join(d, "05-deep.html"), "w").write("<div>" * 100000 + "<p>deep text</p>" + "</div>" * 100000)
# A 50 MB page: big but valid.
with open(os.path.join(d, "06-big.html"), "w") as f:
    f.write("<html><head><title>Big</title></head><body><article>")
    para = "<p>" + "Big page text keeps going and going. " * 40 + "</p>\n"
    n = (50 * 1024 * 1024) // len(para)
    for _ in range(n):
        f.write(para)
    f.write("</article></body></html>")
# A WARC whose last record is torn.
def rec(uri, body):
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    head = ("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%s>\r\n"
            "WARC-Target-URI: %s\r\nContent-Type: application/http; msgtype=response\r\n"
            "Content-Length: %d\r\n\r\n" % (uri[-1], uri, len(http))).encode()
    return gzip.compress(head + http + b"\r\n\r\n")
good = rec("https://x.example/1", b"<html><title>In WARC</title><p>warc text</p></html>")
torn = rec("https://x.example/2", b"<p>" + b"z" * 5000 + b"</p>")
open(os.path.join(d, "07-torn.warc.gz"), "wb").write(good + torn[:-30])
PY
out="$tmp/out.jsonl"
"$bin" extract "$tmp/in" -o "$out" 2> "$tmp/err"
rc=$?
cat "$tmp/err"
[ "$rc" = 1 ] || fail "expected exit 1 (partial), got $rc"
grep -q "02-empty.html" "$tmp/err" || fail "empty file not reported"
grep -q "03-binary.html" "$tmp/err" || fail "binary file not reported"
grep -q "04-torn.html.gz" "$tmp/err" || fail "torn gzip not reported"
grep -q "07-torn.warc.gz" "$tmp/err" || fail "torn WARC record not reported"
n=$(wc -l < "$out")
[ "$n" = 4 ] || fail "expected 4 articles (good, deep, big, warc), got $n"
grep -q '"source":"[^"]*01-good.html"' "$out" || fail "good page missing"
grep -q '"url":"https://x.example/1"' "$out" || fail "WARC page missing"

# Nothing readable at all: exit 3.
"$bin" extract "$tmp/in/02-empty.html" > /dev/null 2>&1
rc=$?
[ "$rc" = 3 ] || fail "expected exit 3 when nothing is processed, got $rc"
# Usage error: exit 2.
"$bin" extract > /dev/null 2>&1
rc=$?
[ "$rc" = 2 ] || fail "expected exit 2 on usage error, got $rc"
# stdin.
printf 'line one\n\nline two\n' | "$bin" extract --text - | grep -q '"paragraphs":\["line one","line two"\]' \
  || fail "stdin text not read"
echo "1 passed, 0 failed"
