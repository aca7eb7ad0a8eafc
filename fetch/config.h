// Crawl configuration: what `hirewire crawl --config crawl.toml` reads (docs/crawl.example.toml
// documents every key). Plain values; the CLI overlays its flags on top.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "corpus/status.h"

namespace hirewire::fetch {

struct SiteConfig {
  std::string name;                   // for per-site counts; defaults to the first seed's host
  std::vector<std::string> seeds;     // any kind: page, feed or sitemap (detected)
  std::vector<std::string> feeds;     // known RSS/Atom/RDF feeds
  std::vector<std::string> sitemaps;  // known sitemaps or sitemap indexes
  int follow_links = -1;              // -1 = global setting, 0 = no, 1 = yes
  int max_depth = -1;                 // -1 = global setting
  std::vector<std::string> allow;     // RE2 patterns on the full URL; empty = everything
  std::vector<std::string> deny;      // RE2 patterns; a match drops the URL
};

struct CrawlConfig {
  std::vector<SiteConfig> sites;
  std::string user_agent = "hirewire/0.1 (+https://github.com/hirewire/hirewire/blob/main/docs/crawl.md)";
  std::string out_dir = "warc";
  std::string state_path = "crawl-state.db";

  // Politeness.
  double delay_s = 1.0;  // between requests to one host
  int per_host_concurrency = 1;
  bool obey_robots = true;
  bool obey_crawl_delay = true;
  double max_crawl_delay_s = 30.0;  // a larger Crawl-delay is capped to this
  double robots_cache_hours = 24.0;
  int max_in_flight = 64;  // all hosts together

  // Budgets (0 = unlimited).
  int64_t max_pages = 0;  // responses stored
  double max_time_s = 0;
  double max_age_days = 0;      // feed/sitemap entries published before this are skipped
  int max_sitemap_depth = 2;    // sitemap index levels followed below a root sitemap
  int64_t max_sitemaps = 1000;  // child sitemaps queued per site and run

  // Transfers.
  size_t max_body_bytes = 16u << 20;  // decoded; the rest is cut (WARC-Truncated: length)
  double connect_timeout_s = 10;
  double total_timeout_s = 60;
  long low_speed_bytes = 100;
  long low_speed_time_s = 20;
  bool http2 = true;
  std::string ca_file;               // extra CA bundle (PEM) for TLS; empty = the system store
  std::vector<std::string> resolve;  // CURLOPT_RESOLVE "host:port:addr" (tests, pinned DNS)

  // Retries and back-off.
  int max_attempts = 4;         // per URL, for timeouts, 408, 429, 5xx, resets
  double backoff_base_s = 2.0;  // exponential with jitter: base * 2^(n-1) * [0.5, 1)
  double backoff_max_s = 600.0;
  double max_retry_after_s = 3600.0;  // longer Retry-After: the URL waits for the next run
  int pause_after_failures = 8;       // consecutive transient failures that pause a host
  double pause_s = 1800.0;

  // Link following (same site only).
  bool follow_links = false;
  int max_depth = 1;
  std::vector<std::string> allow;  // global RE2 URL patterns (sites add their own)
  std::vector<std::string> deny;
  std::vector<std::string> strip_params;  // extra tracking parameters to drop ("ref", "src_*")

  // WARC output.
  uint64_t warc_max_file_bytes = 1ull << 30;
  std::string warc_prefix = "hirewire";
  int gzip_level = 6;
  std::string operator_contact;

  // Durability: commit to the state DB after this many captures or milliseconds (WARC fsync
  // first). 1 = fsync + commit after every capture.
  int commit_every = 64;
  int commit_interval_ms = 250;
};

// Reads a TOML file. InvalidArgument with the line on a syntax or type error.
Result<CrawlConfig> LoadCrawlConfig(const std::string& path);
// The same, for a file that also holds sections another reader owns (`hirewire nightly`'s
// [nightly]): those are left out of the unknown-section check and not read here.
Result<CrawlConfig> LoadCrawlConfig(const std::string& path, const std::vector<std::string>& other_sections);

// Checks values (ranges, at least one seed, patterns compile). InvalidArgument otherwise.
Status ValidateCrawlConfig(const CrawlConfig& config);

}  // namespace hirewire::fetch
