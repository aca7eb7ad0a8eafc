// The crawl engine: frontier (CrawlState) -> politeness (HostScheduler) -> HttpTransport ->
// WARC (corpus/warc_writer.h) -> discovery (robots, feeds, sitemaps, links) -> frontier.
//
// Order for crash safety: WARC records written -> WARC fsync -> state Commit() (captures done,
// discovered URLs, WARC committed size in one transaction). On start, WARC tails past the
// committed size are cut (torn record) or reconciled (complete records the DB missed), so
// nothing fetched is lost and nothing is stored twice.
//
// Thread-safety: Run() on one thread; `stop` may be set from a signal handler.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "corpus/status.h"
#include "fetch/config.h"
#include "fetch/state.h"
#include "fetch/transport.h"

namespace hirewire::fetch {

struct SiteCounts {
  int64_t fetched = 0;
  int64_t new_pages = 0;
  int64_t unchanged = 0;
  int64_t errors = 0;
};

// A URL whose fetch failed for good in this run (or a host whose robots.txt never answered).
struct FailedUrl {
  std::string url;
  std::string error;   // the kind, as in CrawlSummary::errors ("http_404", "timeout", "dns", ...)
  std::string detail;  // libcurl's message, or what happens next; may be empty
};

// Something a person may want to act on, reported while crawling (`hirewire crawl -v`).
struct CrawlMessage {
  enum class Level { kWarning, kError };
  Level level = Level::kError;
  std::string url;
  std::string kind;  // as in CrawlSummary::errors / warnings
  std::string detail;
};

struct CrawlSummary {
  int64_t run = 0;
  int64_t fetched = 0;         // HTTP answers received (any status, 304 included), robots.txt excluded
  int64_t new_pages = 0;       // responses stored with a new payload (2xx)
  int64_t unchanged = 0;       // 304, or the same payload digest as last time (revisit records)
  int64_t redirected = 0;      // 3xx answers followed through the frontier
  int64_t stored = 0;          // WARC captures written
  int64_t retries = 0;         // transient failures rescheduled
  int64_t disallowed = 0;      // skipped by robots.txt
  int64_t discovered = 0;      // URLs newly queued
  int64_t robots_fetches = 0;  // robots.txt HTTP answers received (each redirect hop counts)
  int64_t reconciled = 0;      // captures found in WARC tails after a crash and committed
  int64_t bytes = 0;           // bytes received (on the wire)
  double duration_s = 0;
  std::map<std::string, int64_t> errors;  // kind -> count (timeout, http_404, robots_5xx, ...)
  // Problems that did not lose anything (exit 0): a 404 on a discovered feed, capped sitemap
  // indexes, a torn WARC tail cut, a robots.txt redirect loop (read as allow-all).
  std::map<std::string, int64_t> warnings;
  std::vector<FailedUrl> failed;  // first kMaxFailedListed failures, in order
  int64_t failed_omitted = 0;     // failures beyond that
  std::map<std::string, SiteCounts> sites;
  // Hosts that backed off in this run: transient failures (timeouts, 429, 5xx) that delayed the
  // host, how often it was paused after consecutive failures, and the longest wait imposed.
  struct HostBackoff {
    int64_t backoffs = 0;
    int64_t paused = 0;
    int64_t longest_wait_ms = 0;
  };
  std::map<std::string, HostBackoff> backoff_hosts;
  std::vector<std::string> warc_files;  // written in this invocation
  int64_t queued_left = 0;
  bool interrupted = false;
  bool budget_hit = false;

  static constexpr size_t kMaxFailedListed = 1000;

  int64_t ErrorCount() const;
  // The JSON summary printed by `hirewire crawl` (docs/crawl.md).
  std::string ToJson() const;
};

struct CrawlProgress {
  int64_t done = 0;
  int64_t in_flight = 0;
  int64_t errors = 0;
  double pages_per_s = 0;
  int64_t queued_hosts = 0;
};

class Crawler {
 public:
  // Borrowed: clock, transport, state must outlive the crawler.
  static Result<std::unique_ptr<Crawler>> Create(const CrawlConfig& config, Clock* clock,
                                                 HttpTransport* transport, CrawlState* state);
  ~Crawler();

  // Crawls until the frontier is empty, a budget is hit, or *stop becomes true (then in-flight
  // transfers get a few seconds, the rest goes back to the queue). `progress` (may be empty)
  // is called about once a second.
  Result<CrawlSummary> Run(const std::atomic<bool>* stop,
                           const std::function<void(const CrawlProgress&)>& progress);

  // Starts (or joins) the state's run and queues the config's seeds, feeds and sitemaps without
  // fetching anything: what a coordinator of a shared frontier does before the workers crawl.
  // Returns the run id.
  Result<int64_t> Seed();

  // Called on the Run() thread for every failed URL and every warning as it happens (may be
  // empty: the summary lists failures anyway). Set before Run().
  void SetMessageSink(std::function<void(const CrawlMessage&)> sink);

 private:
  Crawler();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Transport options that follow from a config.
CurlTransportOptions TransportOptionsFor(const CrawlConfig& config);

}  // namespace hirewire::fetch
