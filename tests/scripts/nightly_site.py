#!/usr/bin/env python3
"""A small news site for the nightly tests, served on loopback.

  nightly_site.py gen NIGHT ROOT       write night NIGHT's content under ROOT/a and ROOT/b
  nightly_site.py serve ROOT/HOST PORT serve one host (HTTP/1.1, Last-Modified, 304s); a file
                                       FAIL in the folder makes every answer a 503
  nightly_site.py big N ROOT           N filler articles (3 hiring stories among them) on host a

Night 1: host a has two hiring stories, host b one. Night 2: a new story on a, the first
story edited (the offer was declined), the second story removed from the sitemap. Night 3:
host b fails (503), a new story on a reports that the candidate joined after all.
"""
import datetime
import time
import http.server
import os
import sys

STORIES = {
    "helix-offer": ("2026-11-28", "Helix Robotics offers engineer Daniel Kim $12 million",
                    ["Helix Robotics, the Seattle robotics startup, offered engineer Daniel Kim $12 million over "
                     "three years to lead its perception team, according to people familiar with the talks.",
                     "Kim currently works at Boston Dynamics. He has not yet responded to the offer, the people said.",
                     "The company declined to comment on the terms of the package."]),
    "helix-offer-v2": ("2026-11-28", "Helix Robotics offers engineer Daniel Kim $12 million",
                       ["Helix Robotics, the Seattle robotics startup, offered engineer Daniel Kim $12 million over "
                        "three years to lead its perception team, according to people familiar with the talks.",
                        "Kim, who works at Boston Dynamics, declined the offer on Tuesday, the people said.",
                        "The company declined to comment on the terms of the package."]),
    "nimbus-offer": ("2026-11-29", "Nimbus Cloud offers researcher Sara Lee $4 million",
                     ["Nimbus Cloud offered researcher Sara Lee $4 million a year to run its model training group, "
                      "two people briefed on the offer said.",
                      "Lee is a senior scientist at Meta. Nimbus Cloud and Lee did not answer requests for comment."]),
    "vertex-hire": ("2026-11-29", "Vertex AI hires Google's Tom Chen",
                    ["Vertex AI hired Tom Chen from Google as its chief scientist, offering him $3 million a year, "
                     "the company said on Friday.",
                     "Chen joined Vertex AI this week and will report to the chief executive."]),
    "lattice-offer": ("2026-11-30", "Lattice Systems offers Maria Gomez $8 million",
                      ["Lattice Systems, the Austin chip startup, offered engineer Maria Gomez $8 million over two "
                       "years to build its compiler team, according to a person familiar with the matter.",
                       "Gomez works at Intel and is weighing the offer."]),
    "helix-joins": ("2026-12-01", "Daniel Kim joins Helix Robotics after all",
                    ["Daniel Kim, the perception engineer who left Boston Dynamics, joined Helix Robotics this week "
                     "after the company raised its offer, Helix Robotics said on Monday.",
                     "Helix Robotics said Kim would lead its perception team."]),
}

# night -> host -> [(path, story)]; a story missing on a later night is removed from the sitemap.
NIGHTS = {
    1: {"a": [("helix-offer", "helix-offer"), ("nimbus-offer", "nimbus-offer")], "b": [("vertex-hire", "vertex-hire")]},
    2: {"a": [("helix-offer", "helix-offer-v2"), ("lattice-offer", "lattice-offer")],
        "b": [("vertex-hire", "vertex-hire")]},
    3: {"a": [("helix-offer", "helix-offer-v2"), ("lattice-offer", "lattice-offer"), ("helix-joins", "helix-joins")],
        "b": [("vertex-hire", "vertex-hire")]},
}
FAILING = {3: {"b"}}
BASE = 1795000000  # file time of the big site


def page(title, date, paragraphs):
    body = "".join("<p>%s</p>\n" % p for p in paragraphs)
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title>\n"
            "<meta property=\"article:published_time\" content=\"%sT09:00:00Z\"></head>\n"
            "<body><nav><a href=\"/\">Home</a></nav><article><h1>%s</h1>\n%s</article>"
            "<footer>(c) Test News</footer></body></html>\n" % (title, date, title, body))


def write(path, text, mtime):
    old = open(path).read() if os.path.exists(path) else None
    if old != text:
        with open(path, "w") as f:
            f.write(text)
        os.utime(path, (mtime, mtime))


def gen(night, root, port_of):
    # Changed files get the next whole second as their time (sitemap lastmod, Last-Modified):
    # later than any fetch of an earlier night, which is what makes the crawler fetch them again.
    mtime = int(time.time()) + 1
    time.sleep(max(0.0, mtime - time.time()))
    for host in ("a", "b"):
        d = os.path.join(root, host)
        os.makedirs(d, exist_ok=True)
        fail = os.path.join(d, "FAIL")
        if host in FAILING.get(night, set()):
            open(fail, "w").close()
        elif os.path.exists(fail):
            os.remove(fail)
        urls = []
        for path, story in NIGHTS[night][host]:
            date, title, paras = STORIES[story]
            f = os.path.join(d, path + ".html")
            write(f, page(title, date, paras), mtime)
            iso = datetime.datetime.fromtimestamp(os.path.getmtime(f), datetime.timezone.utc).strftime(
                "%Y-%m-%dT%H:%M:%SZ")
            urls.append("<url><loc>http://127.0.0.1:%s/%s.html</loc><lastmod>%s</lastmod></url>" % (port_of[host], path, iso))
        sm = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
              + "\n".join(urls) + "\n</urlset>\n")
        write(os.path.join(d, "sitemap.xml"), sm, mtime)


def big(n, root, port):
    d = os.path.join(root, "a")
    os.makedirs(d, exist_ok=True)
    urls = []
    hiring = ["helix-offer", "nimbus-offer", "lattice-offer"]
    for i in range(n):
        if i % (n // 3 or 1) == 0 and hiring:
            date, title, paras = STORIES[hiring.pop(0)]
        else:
            date, title = "2026-11-30", "Markets report %d" % i
            paras = ["Shares of listed chip makers moved %d points on Monday as traders weighed new export data." % i,
                     "Analysts said volumes were thin ahead of the holiday and expected a quiet week for story %d." % i,
                     "The central bank will publish its next rate decision on Thursday, officials said."] * 3
        write(os.path.join(d, "p%d.html" % i), page(title, date, paras), BASE)
        urls.append("<url><loc>http://127.0.0.1:%s/p%d.html</loc></url>" % (port, i))
    sm = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
          + "\n".join(urls) + "\n</urlset>\n")
    write(os.path.join(d, "sitemap.xml"), sm, BASE)


class Handler(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send_head(self):
        if os.path.exists(os.path.join(self.directory, "FAIL")):
            self.send_error(503, "host is failing")
            return None
        return super().send_head()


def serve(root, port):
    handler = lambda *a, **k: Handler(*a, directory=root, **k)
    http.server.ThreadingHTTPServer(("127.0.0.1", int(port)), handler).serve_forever()


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "gen":
        gen(int(sys.argv[2]), sys.argv[3], {"a": sys.argv[4], "b": sys.argv[5]})
    elif cmd == "serve":
        serve(sys.argv[2], sys.argv[3])
    elif cmd == "big":
        big(int(sys.argv[2]), sys.argv[3], sys.argv[4])
