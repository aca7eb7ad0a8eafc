#!/usr/bin/env python3
"""Checks a multi-worker crawl of tests/pg/loopback_site.py against a shared frontier.

usage: check_crawl.py MODE WARC_DIR SERVER_LOG PSQL_URL PORT HOSTS PAGES DELAY_S
  MODE clean: every URL was requested from the server exactly once.
  MODE kills: workers were killed (-9) during the crawl: every page at least once.
Both: every page and sitemap is stored in exactly one committed WARC response record (bytes
past a file's committed size are not part of the crawl), the frontier has every URL done and
nothing queued or leased, WARC file names carry the worker name, and the server never saw
two requests to one host closer together than DELAY_S.
"""
import collections
import json
import os
import subprocess
import sys
import zlib

mode, warc_dir, log_path, url, port = sys.argv[1:6]
n_hosts, n_pages, delay = int(sys.argv[6]), int(sys.argv[7]), float(sys.argv[8])
hosts = ["h%02d.test" % i for i in range(n_hosts)]
errors = []


def psql(sql):
    return subprocess.run(["psql", "-qAtX", url, "-c", sql], check=True, capture_output=True, text=True).stdout


committed = {}
for line in psql("SELECT worker, name, committed_bytes FROM frontier_warc_files").splitlines():
    worker, name, n = line.split("|")
    committed[name] = (worker, int(n))

# 1. WARC: committed response records per URL.
responses = collections.Counter()
files = sorted(f for f in os.listdir(warc_dir) if f.endswith(".warc.gz"))
for name in files:
    if name not in committed:
        errors.append("%s: not registered in frontier_warc_files" % name)
        continue
    worker, limit = committed[name]
    if "-%s-" % worker not in name:
        errors.append("%s: name does not carry its worker %s" % (name, worker))
    data = open(os.path.join(warc_dir, name), "rb").read()
    off = 0
    while off < len(data):
        z = zlib.decompressobj(31)
        rec = z.decompress(data[off:])
        if not z.eof:
            if off < limit or mode == "clean":
                errors.append("%s@%d: torn gzip member" % (name, off))
            break
        used = len(data) - off - len(z.unused_data)
        head = rec.partition(b"\r\n\r\n")[0]
        hdr = {}
        for line in head.split(b"\r\n")[1:]:
            k, _, v = line.partition(b":")
            hdr[k.decode()] = v.strip().decode()
        if hdr.get("WARC-Type") == "response":
            if off < limit:
                responses[hdr["WARC-Target-URI"]] += 1
            elif mode == "clean":
                errors.append("%s@%d: a response past the committed size after a clean run" % (name, off))
        off += used

pages = ["http://%s:%s/p%d.html" % (h, port, i) for h in hosts for i in range(n_pages)]
sitemaps = ["http://%s:%s/sitemap.xml" % (h, port) for h in hosts]
lost = [u for u in pages + sitemaps if responses[u] == 0]
twice = [u for u in pages + sitemaps if responses[u] > 1]
extra = [u for u in responses if u not in set(pages + sitemaps)]
if lost: errors.append("%d URLs never stored, e.g. %s" % (len(lost), lost[:3]))
if twice: errors.append("%d URLs stored twice, e.g. %s" % (len(twice), twice[:3]))
if extra: errors.append("%d unexpected URLs stored, e.g. %s" % (len(extra), extra[:3]))

# 2. The frontier: everything done, nothing left.
states = dict(tuple(map(int, l.split("|"))) for l in psql("SELECT state, COUNT(*) FROM frontier_urls GROUP BY state").splitlines())
want_done = n_hosts * (n_pages + 1)
if states.get(1, 0) != want_done or states.get(0, 0) or states.get(2, 0) or states.get(3, 0):
    errors.append("frontier states %s, want %d done and nothing else" % (states, want_done))
by_worker = dict(l.split("|") for l in psql("SELECT fetched_by, COUNT(*) FROM frontier_urls GROUP BY fetched_by").splitlines())

# 3. The server's view: requests per URL and gaps per host.
hits = collections.Counter()
times = collections.defaultdict(list)
for line in open(log_path):
    t, host, path = line.split()
    hits[(host, path)] += 1
    times[host].append(float(t))
requested_twice = [k for k, n in hits.items() if n > 1]
for h in hosts:
    for path in ["/robots.txt", "/sitemap.xml"] + ["/p%d.html" % i for i in range(n_pages)]:
        if hits[(h, path)] == 0:
            errors.append("never requested: %s%s" % (h, path))
if mode == "clean" and requested_twice:
    errors.append("%d URLs requested more than once, e.g. %s" % (len(requested_twice), requested_twice[:3]))
min_gap, min_gap_host = 1e9, ""
for h, ts in times.items():
    ts.sort()
    for a, b in zip(ts, ts[1:]):
        if b - a < min_gap:
            min_gap, min_gap_host = b - a, h
# The crawler's scheduler counts whole milliseconds: 1 ms of rounding is allowed.
if min_gap < delay - 0.001:
    errors.append("host %s served two requests %.4f s apart (delay %.3f s)" % (min_gap_host, min_gap, delay))

summary = {"mode": mode, "warc_files": len(files), "stored": sum(responses.values()), "distinct": len(responses),
           "requests": sum(hits.values()), "requested_twice": len(requested_twice),
           "min_gap_s": round(min_gap, 4), "delay_s": delay, "done": states.get(1, 0), "by_worker": by_worker}
print(json.dumps(summary))
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)
