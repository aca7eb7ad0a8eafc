// Extraction workers of a shared crawl: lease closed WARC files from the queue in PostgreSQL
// (fetch/warc_queue.h), extract their committed records, write the articles into the store,
// mark the files done. Used by `hirewire extract --queue` and by `hirewire nightly` as a
// coordinator that runs its own extraction worker.
//
// Thread-safety: one call at a time per WarcQueue and LedgerStore.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>

#include "app/ledger_store.h"
#include "app/pipeline.h"
#include "app/progress.h"
#include "corpus/records.h"
#include "fetch/warc_queue.h"

namespace hirewire::app {

struct QueueExtractOptions {
  bool follow = false;       // wait for more files while a crawl worker lives or a file is leased
  int jobs = 1;              // extraction threads
  int64_t renew_ms = 15000;  // lease renewal interval (a quarter of the lease)
  int64_t poll_ms = 250;     // --follow: how often to look for files
  const char* label = "hirewire extract";  // prefix of messages on stderr
  int test_delay_ms = 0;  // tests: sleep this long per page read, so a kill lands inside a file
};

struct QueueExtractResult {
  int64_t files = 0;         // leases finished (files or parts of files)
  int64_t files_failed = 0;  // files that could not be read (marked failed in the queue)
  int64_t leases_lost = 0;   // leases that expired while extracting (another worker redoes them)
  int64_t failed = 0;        // pages whose extraction or store write failed
  int64_t unseen_dirs = 0;   // WARC folders not on this machine (left to other workers)
  RunTally tally;
  bool interrupted = false;
};

// Leases files until none is leasable (with `follow`: until none may still come), or `stop`
// is set, or `on_article` returns false (an output write failed). Every article is written to
// `store` before its file is marked done. Errors name the file (and record) on stderr; a
// database or store error ends the loop and is returned (the leased file comes back later).
Result<QueueExtractResult> ExtractFromQueue(fetch::WarcQueue& queue, const Pipeline& pipeline,
                                            LedgerStore& store, const QueueExtractOptions& opts,
                                            const std::atomic<bool>* stop,
                                            const std::function<bool(const Article&)>& on_article,
                                            Progress* progress);

// "HOST-PID": a default worker name unique on this machine and across machines.
std::string DefaultWorkerName(const char* kind);

}  // namespace hirewire::app
