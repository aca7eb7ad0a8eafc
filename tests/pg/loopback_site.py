#!/usr/bin/env python3
"""A loopback news site for multi-worker crawl tests and benchmarks: HOSTS virtual hosts
(h00.test, h01.test, ...) x PAGES pages each, a robots.txt and a sitemap per host, served by
one threaded HTTP/1.1 server on 127.0.0.1. Every request is logged as
"<monotonic seconds> <host> <path>" to LOG (one line, flushed), so a test can check that
each page was served once and that no host was hit faster than its delay.

usage: loopback_site.py PORT_FILE LOG HOSTS PAGES
"""
import http.server
import re
import sys
import threading
import time

port_file, log_path, n_hosts, n_pages = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
log = open(log_path, "a", buffering=1)
lock = threading.Lock()
PAGE = re.compile(r"^/p(\d+)\.html$")
FILLER = " ".join(["The board approved the plan after a long review of the budget."] * 6)
# Every 6th story also reports a hire; the same hires recur across stories and hosts, so the
# store must merge them into one event each whichever worker extracts which page. (Each person
# joins one company only: the event ledger may merge one person's moves, and which articles a
# process saw would then decide the merged state.)
COMPANIES = ["Acme Robotics", "Birch Analytics", "Cobalt Systems"]
PEOPLE = {"Acme Robotics": ["Michael Chen", "Sarah Kim"], "Birch Analytics": ["David Park", "Laura Martin"],
          "Cobalt Systems": ["James Lee", "Anna Weber"]}


def hire(host, i):
    if i % 6:
        return ""
    company = COMPANIES[int(re.sub(r"\D", "", host) or 0) % len(COMPANIES)]
    return ("<p>%s, a former Google engineer, joined %s as chief technology officer on Monday, the company said.</p>"
            % (PEOPLE[company][(i // 6) % 2], company))


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        t = time.monotonic()
        host = self.headers.get("Host", "").rsplit(":", 1)[0]
        with lock:
            log.write("%.6f %s %s\n" % (t, host, self.path))
        port = self.server.server_address[1]
        ctype = "text/html; charset=utf-8"
        m = PAGE.match(self.path)
        if self.path == "/robots.txt":
            body, ctype = "User-agent: *\nAllow: /\n", "text/plain"
        elif self.path == "/sitemap.xml":
            urls = "".join("<url><loc>http://%s:%d/p%d.html</loc></url>" % (host, port, i) for i in range(n_pages))
            body = ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>'
                    % urls)
            ctype = "application/xml"
        elif m and int(m.group(1)) < n_pages:
            i = int(m.group(1))
            body = ("<html><head><title>%s story %d</title></head><body><article><h1>%s story %d</h1>%s%s"
                    "</article></body></html>" % (host, i, host, i, hire(host, i),
                                                  "".join("<p>Paragraph %d of story %d on %s. %s</p>" %
                                                          (k, i, host, FILLER) for k in range(8))))
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        data = body.encode()
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256

    def handle_error(self, request, client_address):
        pass  # connections of killed workers reset: expected in the kill test


srv = Server(("127.0.0.1", 0), Handler)
with open(port_file + ".tmp", "w") as f:
    f.write(str(srv.server_address[1]))
import os  # noqa: E402
os.rename(port_file + ".tmp", port_file)
srv.serve_forever()
