#!/usr/bin/env bash
# kill -9 test for `hirewire crawl`: a local server (python3 http.server on 127.0.0.1) with
# 4 virtual host names x 150 pages behind one sitemap; the crawl is SIGKILLed at random moments
# several times, restarted, and finally run to the end. Then every WARC file is checked
# (gzip members, lengths, sha1 block/payload digests, CDXJ offsets) and every page must be
# stored exactly once: nothing lost, nothing stored twice. Also checks SIGTERM -> exit 130.
# Usage: crawl_kill9.sh /path/to/hirewire
set -euo pipefail
BIN=${1:?usage: crawl_kill9.sh HIREWIRE}
source "$(dirname "$0")/lib/loopback.sh"
hw_work kill9

PORT=$(free_port)
HOSTS="k0.test k1.test k2.test k3.test"
PAGES=150
mkdir -p "$WORK/site"
python3 - "$WORK/site" "$PORT" "$PAGES" $HOSTS <<'EOF'
import sys, os
root, port, pages, hosts = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
urls = []
for i in range(pages):
    body = "<html><head><title>page %d</title></head><body>%s</body></html>" % (i, ("<p>paragraph %d</p>" % i) * 40)
    open(os.path.join(root, "p%d.html" % i), "w").write(body)
    for h in hosts:
        urls.append("http://%s:%s/p%d.html" % (h, port, i))
with open(os.path.join(root, "sitemap.xml"), "w") as f:
    f.write('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    for u in urls:
        f.write("<url><loc>%s</loc></url>" % u)
    f.write("</urlset>")
EOF
(cd "$WORK/site" && exec python3 -m http.server "$PORT" --bind 127.0.0.1 >"$WORK/server.log" 2>&1) &
SERVER_PID=$!
wait_for_url "http://127.0.0.1:$PORT/sitemap.xml"

ARGS=(crawl --seed "http://k0.test:$PORT/sitemap.xml" --out "$WORK/warc" --state "$WORK/state.db"
      --delay 0.05 --commit-every 8 --quiet --user-agent "hirewire-kill9/0.1 (+https://example.invalid)")
for h in $HOSTS; do ARGS+=(--resolve "$h:$PORT:127.0.0.1"); done

# Several crashes at random moments.
for i in 1 2 3 4 5 6; do
  "$BIN" "${ARGS[@]}" >"$WORK/run$i.json" 2>"$WORK/run$i.err" &
  PID=$!
  sleep "$(python3 -c 'import random; print(round(random.uniform(0.2, 1.2), 3))')"
  kill -9 "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
done

# A graceful stop: SIGTERM -> exit 130 within seconds.
"$BIN" "${ARGS[@]}" >"$WORK/term.json" 2>"$WORK/term.err" &
PID=$!
sleep 0.5
kill -TERM "$PID" 2>/dev/null || true
START=$(date +%s)
set +e
wait "$PID"
RC=$?
set -e
END=$(date +%s)
if [ "$RC" != 130 ]; then echo "FAIL: SIGTERM exit code $RC"; cat "$WORK/term.err"; exit 1; fi
if [ $((END - START)) -gt 5 ]; then echo "FAIL: SIGTERM took $((END - START)) s"; exit 1; fi

# Finish the crawl.
"$BIN" "${ARGS[@]}" >"$WORK/final.json" 2>"$WORK/final.err" || { echo "FAIL: final run"; cat "$WORK/final.err"; exit 1; }

python3 - "$WORK/warc" "$PAGES" "$PORT" $HOSTS <<'EOF'
import sys, os, zlib, hashlib, base64, json, collections
d, pages, port, hosts = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:]
def b32(b): return "sha1:" + base64.b32encode(hashlib.sha1(b).digest()).decode()
errors = []
responses = collections.Counter()
files = sorted(f for f in os.listdir(d) if f.endswith(".warc.gz"))
for name in files:
    data = open(os.path.join(d, name), "rb").read()
    off, members = 0, {}
    while off < len(data):
        z = zlib.decompressobj(31)
        try:
            rec = z.decompress(data[off:])
        except zlib.error as e:
            errors.append("%s@%d: damaged gzip member (%s)" % (name, off, e)); break
        if not z.eof:
            errors.append("%s@%d: torn gzip member" % (name, off)); break
        used = len(data) - off - len(z.unused_data)
        head, _, rest = rec.partition(b"\r\n\r\n")
        hdr = {}
        for line in head.split(b"\r\n")[1:]:
            k, _, v = line.partition(b":")
            hdr[k.decode()] = v.strip().decode()
        n = int(hdr["Content-Length"])
        block = rest[:n]
        if len(rest) != n + 4 or rest[n:] != b"\r\n\r\n":
            errors.append("%s@%d: block length mismatch" % (name, off))
        t = hdr.get("WARC-Type")
        if t != "warcinfo" and hdr.get("WARC-Block-Digest") != b32(block):
            errors.append("%s@%d: block digest" % (name, off))
        if t == "response":
            payload = block.partition(b"\r\n\r\n")[2]
            if hdr.get("WARC-Payload-Digest") != b32(payload):
                errors.append("%s@%d: payload digest" % (name, off))
            responses[hdr["WARC-Target-URI"]] += 1
        members[off] = (used, hdr.get("WARC-Target-URI"), t)
        off += used
    cdxj = os.path.join(d, name[:-len(".warc.gz")] + ".cdxj")
    lines = [l for l in open(cdxj).read().splitlines() if l] if os.path.exists(cdxj) else None
    if lines is None:
        errors.append("%s: no CDXJ" % name); continue
    caps = sum(1 for m in members.values() if m[2] in ("response", "revisit"))
    if len(lines) != caps:
        errors.append("%s: CDXJ has %d lines for %d captures" % (name, len(lines), caps))
    for l in lines:
        j = json.loads(l[l.index("{"):])
        m = members.get(int(j["offset"]))
        if not m or m[0] != int(j["length"]) or m[1] != j["url"]:
            errors.append("%s: CDXJ line does not match a member: %s" % (name, l))
expected = ["http://%s:%s/p%d.html" % (h, port, i) for h in hosts for i in range(pages)]
lost = [u for u in expected if responses[u] == 0]
twice = [u for u, c in responses.items() if c > 1]
print("warc files: %d, responses: %d, distinct: %d, lost: %d, stored twice: %d, errors: %d" %
      (len(files), sum(responses.values()), len(responses), len(lost), len(twice), len(errors)))
for e in errors[:10]: print("ERROR", e)
if lost: print("LOST", lost[:5])
if twice: print("TWICE", twice[:5])
sys.exit(1 if errors or lost or twice else 0)
EOF
echo "sigterm run: $(cat "$WORK/term.json")"
echo "final run: $(cat "$WORK/final.json")"
echo "crawl_kill9: 1 passed, 0 failed"
