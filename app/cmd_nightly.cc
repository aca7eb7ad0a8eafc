// `hirewire nightly --config FILE`: crawl -> extract -> events -> store -> report, resumable
// (app/nightly.h, docs/nightly.md).
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <string>

#include "app/cli.h"
#include "app/commands.h"
#include "app/nightly.h"
#include "corpus/pg.h"

namespace hirewire::app {
namespace {

struct NightlyFlags {
  std::string config;
  std::string data_dir;
  std::string db;
  std::string notify_cmd;
  std::string run_id;
  std::string frontier;
  std::string worker;
  bool quiet = false;
  bool check = false;
  int test_delay_ms = 0;
};

int RunNightlyCommand(const NightlyFlags& f) {
  auto cfg = LoadNightlyConfig(f.config);
  if (!cfg.ok()) {
    std::fprintf(stderr, "hirewire nightly: %s\n", cfg.status().ToString().c_str());
    return kExitUsage;
  }
  if (!f.notify_cmd.empty()) cfg->notify_cmd = f.notify_cmd;
  if (!f.frontier.empty()) cfg->frontier = f.frontier;
  if (!f.worker.empty()) cfg->worker = f.worker;
  if (Status s = CheckCoordinator(*cfg); !s.ok())
    return UsageError("nightly", f.worker.empty() || !f.frontier.empty() ? "--frontier" : "--worker",
                      s.message());
  if (f.check) {
    size_t seeds = 0;
    for (const auto& s : cfg->crawl.sites) seeds += s.seeds.size() + s.feeds.size() + s.sitemaps.size();
    std::printf(
        "config %s: ok\ndata_dir %s\ndb %s\nsites %zu (%zu seeds, feeds and sitemaps)\n"
        "max_error_rate %.3f\nmin_pages %lld\nmin_articles %lld\nnotify_cmd %s\nreport_days %d\nfrontier %s\nworker %s\n",
        f.config.c_str(), cfg->data_dir.c_str(), cfg->db.c_str(), cfg->crawl.sites.size(), seeds,
        cfg->max_error_rate, static_cast<long long>(cfg->min_pages),
        static_cast<long long>(cfg->min_articles),
        cfg->notify_cmd.empty() ? "(none)" : cfg->notify_cmd.c_str(), cfg->report_days,
        cfg->frontier.empty() ? "(none: a single-machine run)" : pg::WithoutPassword(cfg->frontier).c_str(),
        cfg->worker.empty() ? "(none: coordinator only)" : cfg->worker.c_str());
    return kExitOk;
  }
  InstallStopHandler();
  NightlyOptions opts;
  opts.progress = !f.quiet && ::isatty(STDERR_FILENO);
  opts.run_id = f.run_id;
  opts.test_delay_ms = f.test_delay_ms;
  return RunNightly(*cfg, opts, StopFlag());
}

}  // namespace

void RegisterNightly(CLI::App& app, int* exit_code) {
  auto f = std::make_shared<NightlyFlags>();
  auto* cmd =
      app.add_subcommand("nightly", "One nightly run: crawl, extract, events, store, report (resumable)");
  cmd->add_option("--config", f->config, "Crawl config with a [nightly] section (docs/nightly.md)")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--notify-cmd", f->notify_cmd, "Shell command run with the summary JSON on stdin");
  cmd->add_option("--run-id", f->run_id, "Id of a new run (default: UTC start time; tests)");
  cmd->add_option(
      "--frontier", f->frontier,
      "Coordinate a shared crawl: seed this frontier (postgresql://...), wait for the workers, report");
  cmd->add_option("--worker", f->worker,
                  "With a frontier: also run a crawl and an extraction worker of this name");
  cmd->add_flag("--quiet", f->quiet, "No progress lines");
  cmd->add_flag("--check", f->check, "Validate the config, print the settings and exit");
  cmd->add_option("--test-delay-ms", f->test_delay_ms, "Tests: slow each phase down")->group("");
  cmd->callback([f, exit_code] { *exit_code = RunNightlyCommand(*f); });
}

}  // namespace hirewire::app
