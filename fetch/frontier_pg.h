// A crawl frontier shared by many crawler processes on many machines, in PostgreSQL
// (design, tables and indexes in docs/scale.md). It implements CrawlState, so the crawler
// runs unchanged; what differs from the SQLite state:
//
//   - Hosts are leased: one worker at a time may send requests to a host (robots.txt
//     included). A worker claims a free host and its due URLs with SELECT ... FOR UPDATE
//     SKIP LOCKED in one short transaction, keeps the host while it has due URLs, and
//     releases it when it has none. The crawler's own scheduler keeps the delay while it holds
//     the host; a host that changes hands after its holder died is not asked again before
//     one delay (max of the configured delay and the cached robots.txt Crawl-delay) has
//     passed on the database clock. So politeness holds across all workers.
//   - Leases expire: host and URL leases carry an expiry that every commit renews. When a
//     worker dies, its hosts and URLs go back to the frontier after `lease_ms` (every worker
//     sweeps expired leases at its renewals and before finishing the run); a worker
//     restarted under the same name takes its own leases back at once (after it replayed
//     its WARC tails, so nothing it stored is fetched again).
//   - Runs are shared: the first worker starts a run (re-queueing seeds, feeds and
//     sitemaps), the others join it; it finishes when no URL is leased or due soon.
//   - WARC files and the fetch log are per worker (worker name in the rows). A WARC file is
//     closed when the worker rotates to a new one, when it ends, and (for files of an earlier
//     process of the same worker) after the WARC tails were replayed at start; closed files
//     are the queue of `hirewire extract --queue` (fetch/warc_queue.h).
//
// Times: lease expiry and next-allowed times use the database clock, so machines need not
// agree; next_at (retries) uses the worker's wall clock like the SQLite state.
//
// Thread-safety: one instance per crawler loop (one connection).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus/pg.h"
#include "corpus/status.h"
#include "fetch/state.h"

namespace hirewire::fetch {

struct PostgresFrontierOptions {
  std::string worker;                     // unique name of this worker (lease owner); required
  int64_t lease_ms = 60000;               // host and URL lease lifetime, renewed at every commit
  int64_t delay_ms = 1000;                // politeness gap kept when a host changes hands
  int64_t max_crawl_delay_ms = 30000;     // cap for robots.txt Crawl-delay in that gap
  std::string robots_agent = "hirewire";  // robots.txt product token (for Crawl-delay)
  std::string warc_dir;                   // absolute WARC folder: extraction workers read the files there
};

// Creates the frontier tables (and the WARC file queue's columns) when missing; idempotent,
// safe when many processes start at once.
Status EnsureFrontierSchema(pg::Conn& c);

// The connection of a shared-crawl process (a crawl worker: OpenPostgresFrontier; an extraction
// worker: WarcQueue::Open), shown on the server as `application`: its commits do not wait for
// the server's WAL flush (a lost commit only repeats work, see OpenPostgresFrontier), and the
// schema is current. Unavailable, "<what>: <why>", when the server cannot be reached.
Result<std::unique_ptr<pg::Conn>> OpenFrontierConnection(const std::string& url,
                                                         const std::string& application,
                                                         std::string_view what);

// Where a run of the shared frontier stands (for a coordinator: `hirewire nightly` with a
// frontier). Counts cover URLs last completed in the run and the fetch log of the run.
struct FrontierRunProgress {
  int64_t run = 0;  // 0: no run yet
  bool finished = false;
  int64_t started_ms = 0;                                // database clock
  int64_t queued = 0, leased = 0, done = 0, failed = 0;  // the whole frontier now
  int64_t stored = 0;        // captures stored in WARC files during the run (fetch log)
  int64_t errors = 0;        // URLs of the run that failed or were answered 4xx/5xx
  int64_t bytes = 0;         // payload bytes fetched during the run
  int64_t live_workers = 0;  // crawl workers with a heartbeat within their lease
  std::vector<std::pair<std::string, int64_t>> by_worker;  // stored captures per worker
};
// `run` 0 reads the latest run.
Result<FrontierRunProgress> ReadFrontierRun(pg::Conn& c, int64_t run);

// Connects to URL (postgresql://...) and creates the frontier tables when missing.
Result<std::unique_ptr<CrawlState>> OpenPostgresFrontier(const std::string& url,
                                                         const PostgresFrontierOptions& opts);

}  // namespace hirewire::fetch
