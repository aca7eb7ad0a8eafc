#!/usr/bin/env python3
"""Checks what extraction workers (`hirewire extract --queue`) stored from a multi-worker crawl
of tests/pg/loopback_site.py, against a reference extracted by one process.

usage: check_extract.py MODE PSQL_URL PORT HOSTS PAGES REF_SQLITE
  MODE clean: no worker was killed: every WARC file was extracted exactly once (the pages the
              queue rows count add up to the site), besides the store checks.
  MODE kills: workers were killed (-9): files may have been extracted again; the store
              checks must hold all the same.
Store checks: every page of the site is exactly one article with exactly one source, no other
article; the events (employer, candidate, outcome) are those a single `hirewire extract` of the
clean crawl's WARC files stored in REF_SQLITE, each once. Queue: every WARC file done, its
committed bytes all extracted, none failed.
"""
import collections
import json
import sqlite3
import subprocess
import sys

mode, url, port = sys.argv[1:4]
n_hosts, n_pages, ref_path = int(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
errors = []


def psql(sql):
    out = subprocess.run(["psql", "-qAtX", url, "-c", sql], check=True, capture_output=True, text=True).stdout
    return [l.split("|") for l in out.splitlines()]


pages = {"http://h%02d.test:%s/p%d.html" % (h, port, i) for h in range(n_hosts) for i in range(n_pages)}
urls = collections.Counter(r[0] for r in psql("SELECT url FROM articles"))
missing = pages - set(urls)
twice = [u for u, n in urls.items() if n > 1]
extra = [u for u in urls if u not in pages]
if missing: errors.append("%d pages never stored as articles, e.g. %s" % (len(missing), sorted(missing)[:3]))
if twice: errors.append("%d pages stored as two articles, e.g. %s" % (len(twice), twice[:3]))
if extra: errors.append("%d articles that are not pages of the site, e.g. %s" % (len(extra), extra[:3]))
sources = int(psql("SELECT COUNT(*) FROM article_sources")[0][0])
if sources != len(pages):
    errors.append("%d article sources, want %d (one per page)" % (sources, len(pages)))

events = collections.Counter(tuple(r) for r in psql("SELECT employer, candidate, outcome FROM events"))
ref = sqlite3.connect(ref_path)
want = collections.Counter(ref.execute("SELECT employer, candidate, outcome FROM events").fetchall())
if not want:
    errors.append("the reference store has no events (the site's hires were not extracted)")
if events != want:
    errors.append("events differ from one process: only here %s, only there %s"
                  % (sorted((events - want).items()), sorted((want - events).items())))
ev_sources = int(psql("SELECT COUNT(*) FROM event_sources")[0][0])
want_sources = ref.execute("SELECT COUNT(*) FROM event_sources").fetchone()[0]
if ev_sources != want_sources:
    errors.append("%d event sources, want %d" % (ev_sources, want_sources))

files = psql("SELECT name, state, committed_bytes, extracted_bytes, pages, articles, extract_error FROM frontier_warc_files")
by_state = collections.Counter(f[1] for f in files)
for name, state, committed, extracted, _, _, err in files:
    if state != "done" or committed != extracted:
        errors.append("%s: %s, %s of %s bytes extracted %s" % (name, state, extracted, committed, err))
queued_pages = sum(int(f[4]) for f in files)
queued_articles = sum(int(f[5]) for f in files)
if mode == "clean" and (queued_pages != len(pages) or queued_articles != len(pages)):
    errors.append("the queue counts %d pages, %d articles extracted; want %d each (every file once)"
                  % (queued_pages, queued_articles, len(pages)))
if mode == "kills" and queued_articles < len(pages):
    errors.append("the queue counts %d articles extracted, fewer than the %d pages" % (queued_articles, len(pages)))

print(json.dumps({"mode": mode, "articles": sum(urls.values()), "article_sources": sources,
                  "events": sum(events.values()), "event_sources": ev_sources, "warc_files": dict(by_state),
                  "extracted_pages": queued_pages, "extracted_articles": queued_articles}))
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)
