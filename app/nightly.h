// `hirewire nightly`: one run of the nightly job (docs/nightly.md).
//
// A run crawls (incremental, fetch/crawler.h), extracts the WARC files this run's crawl wrote
// (and any an earlier, killed run left unprocessed), merges articles, entities, amounts and
// events into the store (corpus/store.h), and writes a report. Layout under data_dir:
//
//   warc/                      WARC files + CDXJ (the crawler's)
//   crawl-state.db             crawl frontier and validators
//   hirewire.db                the store (unless [nightly] db names another file)
//   runs/<RUN>/                one folder per run, RUN = UTC start time (20261201T223000Z)
//     crawl.json  plan.json  extract.json  articles.jsonl  before.json  merge.json
//     report.json  report.html  summary.json (written last: the run is complete)
//   index.html                 lists every run (rebuilt atomically by each run)
//   .lock                      flock held while a run is active
//
// Every file is written once, to a temp name then renamed, in phase order; a phase whose file
// exists is done. A killed run is resumed by the next start (same RUN id). Articles are merged
// through the event ledger seeded from the store (app/ledger_store.h), so re-merging after a
// kill counts nothing twice; "new" and "updated" events are measured by the ledger's keys
// against before.json, the store as it was before this run merged anything.
//
// Thread-safety: RunNightly is called once per process.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>

#include "corpus/status.h"
#include "fetch/config.h"

namespace hirewire::app {

struct NightlyConfig {
  fetch::CrawlConfig crawl;  // out/state are replaced by data_dir/warc, data_dir/crawl-state.db
  std::string data_dir;
  std::string db;               // SQLite file; default data_dir/hirewire.db
  double max_error_rate = 0.2;  // alert when crawl errors / (fetched + errors) exceeds this
  int64_t min_pages = 1;        // alert when a run fetched fewer pages
  int64_t min_articles = 1;     // alert when a run extracted fewer articles
  std::string notify_cmd;       // run with /bin/sh -c, the summary JSON on stdin
  int report_days = 90;         // history chart span
  int jobs = 0;                 // extraction threads (0 = all cores)
  // Coordinator of a shared crawl (docs/scale.md): with a frontier, the run seeds the frontier
  // from the config's sites, waits for the crawl workers (`hirewire crawl --frontier`) to
  // finish the run and for the extraction workers (`hirewire extract --queue`) to drain the
  // WARC file queue, then reports from the shared store (`db` must be a postgresql:// URL).
  std::string frontier;         // postgresql://... ("" = a single-machine run)
  std::string worker;           // also run a crawl worker and an extraction worker of this name
  double worker_wait_s = 3600;  // stop waiting when no worker has been alive this long
};

// Whether frontier/worker/db go together (a frontier needs a postgresql:// store).
Status CheckCoordinator(const NightlyConfig& c);

// Reads the crawl config plus its [nightly] section. InvalidArgument naming the file and key.
Result<NightlyConfig> LoadNightlyConfig(const std::string& path);

struct NightlyOptions {
  bool progress = false;  // progress lines on stderr
  std::string run_id;     // tests: force the id of a new run (default: UTC now)
  int test_delay_ms = 0;  // tests: sleep this long per WARC record, per merged article
                          // and before each report file, so a kill can land in a phase
};

// Exit codes: 0 ok; 3 fatal (lock held, unreadable data dir, store error); 4 alert (fetched
// nothing, extracted nothing, or error rate above the threshold: one "ALERT" line on stderr);
// 130 interrupted (the next start resumes).
inline constexpr int kExitAlert = 4;

int RunNightly(const NightlyConfig& config, const NightlyOptions& opts, const std::atomic<bool>* stop);

}  // namespace hirewire::app
