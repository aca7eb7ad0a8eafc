// The queue of WARC files for extraction workers (`hirewire extract --queue postgresql://...`),
// in the shared frontier's database (docs/scale.md). Crawl workers register every WARC file
// they open in `frontier_warc_files` and close it when they rotate to the next file, when they
// end, or (files of an earlier, killed process of the same worker) after replaying its tail.
// An extraction worker leases one file at a time with SELECT ... FOR UPDATE SKIP LOCKED in a
// short transaction, extracts the byte range [extracted_bytes, committed_bytes) (records past
// the committed size are not part of the crawl), and marks it done.
//
// A file may be leased when it has committed bytes not yet extracted and it is
//   - closed, or
//   - still open but its crawl worker is dead (no heartbeat for one crawl lease): the committed
//     part is final unless the worker comes back, replays its tail and closes it again (the
//     file is then queued once more for the new bytes only), or
//   - leased by an extractor whose lease expired (killed): it goes back to the queue.
// A file is given up ('failed') after `max_attempts` leases that never finished, so a file
// that kills every extractor does not stop the night. A page extracted twice (a killed
// extractor's file done again) is still one article: the store deduplicates by content hash.
// Every lease raises the file's `extract_token`; Renew, Done, Release, Fail and the store's
// fence (StoreFence) act only for the lease with the current token, so a worker that stalled
// (SIGSTOP, a long pause) past its lease and resumed after another worker took the file over
// neither writes into the store nor marks the file.
//
// Thread-safety: one WarcQueue per thread (one connection).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "corpus/status.h"
#include "corpus/store.h"

namespace hirewire::fetch {

struct WarcQueueOptions {
  std::string worker;        // this extraction worker's name (lease owner); required
  int64_t lease_ms = 60000;  // file lease lifetime; Renew() extends it
  int max_attempts = 10;     // leases of one file that never finished before it is given up
};

struct WarcLease {
  std::string worker;  // the crawl worker that wrote the file
  std::string name;    // file name
  std::string dir;     // the crawl worker's absolute WARC folder
  std::string path;    // dir + "/" + name
  uint64_t from = 0;   // byte range to extract: [from, to)
  uint64_t to = 0;
  int attempts = 0;   // this lease included
  int64_t token = 0;  // fencing token: raised by every lease of the file, so a worker whose lease
                      // was taken over (it stalled past its expiry) cannot pass for the new holder
};

// Where the queue stands (for --follow and the nightly coordinator).
struct WarcQueueStatus {
  int64_t files = 0;   // registered
  int64_t open = 0;    // still being written
  int64_t ready = 0;   // leasable now
  int64_t leased = 0;  // leased by a live extractor
  int64_t done = 0;
  int64_t failed = 0;
  int64_t live_crawlers = 0;        // crawl workers with a heartbeat within their lease
  bool crawl_running = true;        // no run yet, or the latest frontier run is not finished
  int64_t pages = 0, articles = 0;  // extracted so far (summed over finished leases)
  // Whether more files may still become leasable: the crawl has not finished (or not
  // started), a crawl worker is alive, or a file is leased (its extractor may die and the
  // file come back).
  bool MoreMayCome() const { return crawl_running || live_crawlers > 0 || leased > 0; }
};

class WarcQueue {
 public:
  // Connects to URL (postgresql://...) and creates the frontier tables when missing.
  static Result<std::unique_ptr<WarcQueue>> Open(const std::string& url, const WarcQueueOptions& opts);
  ~WarcQueue();

  // Leases the oldest leasable file, skipping files in `skip_dirs` (folders this machine does
  // not see: another machine's crawl worker wrote them); nullopt when none is leasable now.
  Result<std::optional<WarcLease>> Next(const std::vector<std::string>& skip_dirs = {});
  // Gives the file back untouched (this worker cannot read its folder): the attempt is not
  // counted, another extraction worker may take it at once.
  Status Release(const WarcLease& lease);
  // Extends the lease. False when it was lost (expired and taken by another extractor).
  Result<bool> Renew(const WarcLease& lease);
  // The range is extracted: the file is done up to lease.to. False when the lease was lost.
  Result<bool> Done(const WarcLease& lease, int64_t pages, int64_t articles);
  // The file cannot be read: marked failed with the reason (not leased again).
  Status Fail(const WarcLease& lease, const std::string& error);

  // Whether this worker still holds the lease (no other worker took the file over since).
  Result<bool> Holds(const WarcLease& lease);
  // The lease as a precondition of the store's writes (Store::SetFence): a store in this
  // queue's database checks it inside each article's transaction and locks the file's row
  // (FOR KEY SHARE) until the commit, so no other worker can take the file over between the
  // check and the commit: a worker that stalled past its lease and lost the file writes nothing.
  Store::Fence StoreFence(const WarcLease& lease) const;

  // `skip_dirs`: files there are not counted as ready (this worker would not take them).
  Result<WarcQueueStatus> Summary(const std::vector<std::string>& skip_dirs = {});

 private:
  WarcQueue();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace hirewire::fetch
