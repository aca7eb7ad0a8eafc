// Crawl state: the frontier, the fetch log, validators (ETag/Last-Modified), payload digests,
// the robots.txt cache and the WARC files written. `CrawlState` is the interface;
// `OpenSqliteState` gives the SQLite one (WAL, synchronous=NORMAL), `OpenPostgresFrontier`
// (fetch/frontier_pg.h) a frontier shared by many crawler processes and machines.
//
// Crash safety contract (with corpus/warc_writer.h): the crawler writes WARC records, fsyncs
// the WARC file, and only then calls Commit(), which marks the captures done, stores the newly
// discovered URLs and the WARC file's committed size in ONE transaction. After a crash,
// WarcFiles() tells which files may hold records past `committed_bytes`; the crawler scans
// those tails and commits them as if they had just been fetched (nothing stored twice).
//
// Runs: BeginRun() resumes an unfinished run (after a crash or a stop) or starts a new one.
// A new run re-queues every `recheck` URL (seeds, feeds, sitemaps) so they are read each night;
// pages are fetched once unless a sitemap lastmod says they changed.
//
// Thread-safety: one CrawlState per thread (the crawler's loop owns it).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/status.h"

namespace hirewire::fetch {

enum class UrlKind : int {
  kUnknown = 0,  // a seed: detect page/feed/sitemap from the response
  kPage = 1,
  kFeed = 2,
  kSitemap = 3,
};

// A URL to add to the frontier (already normalized by the caller).
struct NewUrl {
  std::string url;
  std::string host;  // politeness key (host[:port])
  std::string site;  // config site name, for per-site counts
  UrlKind kind = UrlKind::kPage;
  int depth = 0;          // link-following depth (0 = seed/feed/sitemap entry)
  int redirects = 0;      // redirect hops that led here
  int priority = 0;       // higher first within a host
  bool recheck = false;   // re-read every run (seeds, feeds, sitemaps)
  int64_t lastmod_s = 0;  // sitemap lastmod: re-queue a done page when newer than its fetch
};

// A leased frontier entry, with what is known from earlier captures.
struct FrontierEntry {
  int64_t id = 0;
  std::string url;
  std::string host;
  std::string site;
  UrlKind kind = UrlKind::kPage;
  int depth = 0;
  int redirects = 0;
  int attempts = 0;
  bool recheck = false;
  std::string etag;
  std::string last_modified;
  std::string digest;          // sha1:BASE32 of the last stored payload
  std::string last_warc_date;  // WARC-Date of the last stored response
  std::string last_record_id;  // its WARC-Record-ID
};

// What happened to a leased URL.
struct Completion {
  enum class Action {
    kDone,     // fetched and stored (or permanently refused: robots, 4xx, ...)
    kRetry,    // transient failure: back in the queue at next_at_ms
    kFailed,   // gave up (too many attempts)
    kRelease,  // not attempted (stop requested): back in the queue unchanged
  };
  Action action = Action::kDone;
  int64_t id = 0;  // FrontierEntry::id, or 0 to look up by url (reconciliation)
  std::string url;
  int64_t at_ms = 0;
  int64_t next_at_ms = 0;  // kRetry
  int http_status = 0;
  std::string outcome;            // new | unchanged | redirect | error:<kind> | robots | ...
  UrlKind kind = UrlKind::kPage;  // detected kind (seeds are detected on fetch)
  int64_t bytes = 0;
  // Set when a record was stored:
  std::string etag;
  std::string last_modified;
  std::string digest;
  std::string warc_file;
  uint64_t warc_offset = 0;
  std::string warc_date;
  std::string record_id;
  std::string canonical;  // <link rel=canonical>, when the page had one
};

struct RobotsCacheEntry {
  std::string host;
  int64_t fetched_ms = 0;
  int http_status = 0;
  bool network_error = false;
  std::string body;
};

struct WarcFileState {
  std::string name;
  uint64_t committed_bytes = 0;
};

struct StateCounts {
  int64_t queued = 0;
  int64_t done = 0;
  int64_t failed = 0;
};

class CrawlState {
 public:
  virtual ~CrawlState() = default;

  // Resumes the last run when it did not finish, else starts a new one. Leased URLs of a dead
  // process go back to the queue. Returns the run id.
  virtual Result<int64_t> BeginRun(int64_t now_ms) = 0;
  virtual Status FinishRun(int64_t run, int64_t now_ms) = 0;

  // Adds URLs (dedup by url). Returns how many were queued (new, or re-queued by lastmod).
  virtual Result<int> AddUrls(const std::vector<NewUrl>& urls) = 0;

  // Hosts that have queued URLs (any next_at), at most `max`.
  virtual Result<std::vector<std::string>> HostsWithWork(size_t max) = 0;
  // Takes up to `max` queued URLs of `host` that are due at now_ms (priority, depth, age order)
  // and marks them leased.
  virtual Result<std::vector<FrontierEntry>> Lease(std::string_view host, int64_t now_ms, size_t max) = 0;
  // Earliest next_at_ms of the host's queued URLs, or nullopt when it has none.
  virtual Result<std::optional<int64_t>> NextDue(std::string_view host) = 0;

  // One transaction: completions (with fetch-log rows), new URLs, and the WARC file's
  // committed size (skipped when warc_file is empty).
  virtual Status Commit(const std::vector<Completion>& done, const std::vector<NewUrl>& discovered,
                        const std::string& warc_file, uint64_t warc_committed_bytes) = 0;

  // Whether url is done in `run` (reconciliation uses it to skip what the DB already has).
  virtual Result<bool> IsDoneInRun(std::string_view url, int64_t run) = 0;

  virtual Result<std::optional<RobotsCacheEntry>> GetRobots(std::string_view host) = 0;
  virtual Status PutRobots(const RobotsCacheEntry& entry) = 0;

  virtual Status RegisterWarcFile(const std::string& name) = 0;
  virtual Result<std::vector<WarcFileState>> WarcFiles() = 0;

  virtual Result<StateCounts> Counts() = 0;

  // Shared frontiers (many workers on one PostgreSQL, fetch/frontier_pg.h) give each host to
  // one worker at a time. ClaimHost takes that right before a request that is not a leased
  // URL (robots.txt); Lease() claims implicitly. False: another worker holds the host, or its
  // next allowed time (politeness carried over from the last holder, back-off) lies ahead;
  // NextDue() tells when to ask again. A single-process state always grants it.
  virtual Result<bool> ClaimHost(std::string_view host) { return true; }
  // Whether captures of `host` found past the committed size of this worker's WARC files at
  // start (written before a crash, never committed) may be committed now as fetched. False when
  // another worker may have fetched those URLs since: a shared frontier where this worker no
  // longer holds the host (it was down longer than its lease, and the host was taken over or its
  // URLs queued again). A single-process state always keeps them.
  virtual Result<bool> KeepsRecoveredCaptures(std::string_view host) { return true; }
  // Called on every turn of the crawl loop: a shared frontier renews this worker's leases
  // when a good part of their lifetime has passed (cheap otherwise).
  virtual Status KeepAlive() { return Status::Ok(); }
  // Marks every WARC file of this process's worker as closed: nothing more will be written to
  // it (called after recovery and after the last file was closed). A shared frontier queues
  // closed files for extraction workers (fetch/warc_queue.h); no-op for a single process.
  virtual Status CloseWarcFiles() { return Status::Ok(); }
};

// Opens (creating if needed) the SQLite state database at PATH.
Result<std::unique_ptr<CrawlState>> OpenSqliteState(const std::string& path);

}  // namespace hirewire::fetch
