// `hirewire crawl`: polite, incremental, crash-safe crawl to WARC (docs/crawl.md).
//
// Exit codes: 0 every URL answered (4xx/5xx answers stored count as answered);
// 1 some URLs failed (errors in the summary) but the crawl ran; 2 usage error (bad flag or
// config); 3 fatal (state DB or output folder unusable, or nothing could be fetched);
// 130 interrupted by SIGINT/SIGTERM (stopped gracefully; the next run resumes).
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "app/cli.h"
#include "app/commands.h"
#include "corpus/pg.h"
#include "fetch/config.h"
#include "fetch/crawler.h"
#include "fetch/frontier_pg.h"
#include "fetch/robots.h"
#include "fetch/state.h"
#include "fetch/transport.h"

namespace hirewire::app {
namespace {

struct CrawlFlags {
  std::string config;
  std::vector<std::string> seeds;
  std::string out;
  std::string state;
  double delay = -1;
  int concurrency = 0;
  std::string user_agent;
  std::string ca_file;
  int64_t max_pages = -1;
  double max_time = -1;
  double max_age_days = -1;
  bool follow_links = false;
  int max_depth = -1;
  std::vector<std::string> resolve;
  bool ignore_robots = false;
  bool quiet = false;
  bool verbose = false;
  int max_in_flight = 0;
  int64_t max_body = 0;
  double max_crawl_delay = -1;
  double timeout = -1;
  int commit_every = 0;
  int gzip_level = -1;
  std::string frontier;  // postgresql://... : a frontier shared with other workers
  std::string worker;
  double lease = -1;
};

// The crawl state: the SQLite file, or with --frontier the shared PostgreSQL frontier (WARC
// file names then carry the worker name, so workers never collide).
Result<std::unique_ptr<fetch::CrawlState>> OpenState(const CrawlFlags& f, fetch::CrawlConfig* cfg) {
  if (f.frontier.empty()) return fetch::OpenSqliteState(cfg->state_path);
  fetch::PostgresFrontierOptions o;
  o.worker = f.worker;
  o.delay_ms = static_cast<int64_t>(cfg->delay_s * 1000);
  o.max_crawl_delay_ms = static_cast<int64_t>(cfg->max_crawl_delay_s * 1000);
  o.robots_agent = fetch::RobotsRules::ProductToken(cfg->user_agent);
  // A lease outlives the longest transfer by far, so a live worker never loses its hosts.
  o.lease_ms = f.lease > 0 ? static_cast<int64_t>(f.lease * 1000)
                           : std::max<int64_t>(60000, static_cast<int64_t>(cfg->total_timeout_s * 4000));
  cfg->warc_prefix += "-" + f.worker;
  std::error_code ec;
  o.warc_dir = std::filesystem::absolute(cfg->out_dir, ec).lexically_normal().string();
  return fetch::OpenPostgresFrontier(f.frontier, o);
}

int RunCrawl(const CrawlFlags& f) {
  fetch::CrawlConfig cfg;
  if (!f.config.empty()) {
    // A nightly config (docs/nightly.md) is a crawl config plus [nightly], which crawl ignores.
    auto c = fetch::LoadCrawlConfig(f.config, {"nightly"});
    if (!c.ok()) return UsageError("crawl", "--config", c.status().message());
    cfg = std::move(*c);
  }
  if (!f.seeds.empty()) {
    fetch::SiteConfig s;
    s.seeds = f.seeds;
    cfg.sites.push_back(std::move(s));
  }
  if (!f.out.empty()) cfg.out_dir = f.out;
  if (!f.state.empty()) cfg.state_path = f.state;
  if (f.delay >= 0) cfg.delay_s = f.delay;
  if (f.concurrency > 0) cfg.per_host_concurrency = f.concurrency;
  if (!f.user_agent.empty()) cfg.user_agent = f.user_agent;
  if (!f.ca_file.empty()) cfg.ca_file = f.ca_file;
  if (f.max_pages >= 0) cfg.max_pages = f.max_pages;
  if (f.max_time >= 0) cfg.max_time_s = f.max_time;
  if (f.max_age_days >= 0) cfg.max_age_days = f.max_age_days;
  if (f.follow_links) cfg.follow_links = true;
  if (f.max_depth >= 0) cfg.max_depth = f.max_depth;
  for (const auto& r : f.resolve) cfg.resolve.push_back(r);
  if (f.ignore_robots) cfg.obey_robots = false;
  if (f.max_in_flight > 0) cfg.max_in_flight = f.max_in_flight;
  if (f.max_body > 0) cfg.max_body_bytes = static_cast<size_t>(f.max_body);
  if (f.max_crawl_delay >= 0) cfg.max_crawl_delay_s = f.max_crawl_delay;
  if (f.timeout > 0) cfg.total_timeout_s = f.timeout;
  if (f.commit_every > 0) cfg.commit_every = f.commit_every;
  if (f.gzip_level >= 0) cfg.gzip_level = f.gzip_level;
  if (Status st = fetch::ValidateCrawlConfig(cfg); !st.ok())
    return UsageError("crawl", f.config.empty() ? "--seed" : "--config", st.message());
  if (!f.frontier.empty() && (f.worker.empty() || !pg::IsPostgresUrl(f.frontier) || !f.state.empty()))
    return UsageError("crawl", "--frontier", "needs a postgresql:// URL and --worker NAME (and no --state)");
  if (f.frontier.empty() && !f.worker.empty())
    return UsageError("crawl", "--worker", "goes with --frontier postgresql://...");

  auto state = OpenState(f, &cfg);
  if (!state.ok()) {
    std::fprintf(stderr, "hirewire crawl: %s\n", state.status().ToString().c_str());
    return kExitFatal;
  }
  fetch::Clock* clock = fetch::SystemClock();
  auto transport = fetch::CreateCurlTransport(fetch::TransportOptionsFor(cfg), clock);
  if (!transport.ok()) {
    std::fprintf(stderr, "hirewire crawl: %s\n", transport.status().ToString().c_str());
    return kExitFatal;
  }
  auto crawler = fetch::Crawler::Create(cfg, clock, transport->get(), state->get());
  if (!crawler.ok()) {
    std::fprintf(stderr, "hirewire crawl: %s\n", crawler.status().ToString().c_str());
    return kExitUsage;
  }

  InstallStopHandler();

  const bool tty = !f.quiet && ::isatty(STDERR_FILENO);
  if (f.verbose) {
    // One line per failed URL and per warning, as they happen (the summary lists failures too).
    (*crawler)->SetMessageSink([tty](const fetch::CrawlMessage& m) {
      std::fprintf(stderr, "%shirewire crawl: %s: %s: %s%s%s\n", tty ? "\r\033[K" : "",
                   m.level == fetch::CrawlMessage::Level::kError ? "error" : "warning", m.url.c_str(),
                   m.kind.c_str(), m.detail.empty() ? "" : ": ", m.detail.c_str());
    });
  }
  std::function<void(const fetch::CrawlProgress&)> progress;
  if (tty) {
    progress = [](const fetch::CrawlProgress& p) {
      std::fprintf(stderr, "\r\033[Kcrawl: %lld done, %lld in flight, %lld errors, %.1f pages/s",
                   static_cast<long long>(p.done), static_cast<long long>(p.in_flight),
                   static_cast<long long>(p.errors), p.pages_per_s);
      std::fflush(stderr);
    };
  }
  auto sum = (*crawler)->Run(StopFlag(), progress);
  if (tty) std::fprintf(stderr, "\n");
  if (!sum.ok()) {
    std::fprintf(stderr, "hirewire crawl: %s\n", sum.status().ToString().c_str());
    return kExitFatal;
  }
  std::printf("%s\n", sum->ToJson().c_str());
  std::fflush(stdout);
  if (sum->interrupted) return kExitInterrupted;
  if (sum->ErrorCount() > 0) {
    return sum->fetched + sum->reconciled + sum->disallowed > 0 ? kExitPartial : kExitFatal;
  }
  return kExitOk;
}

}  // namespace

void RegisterCrawl(CLI::App& app, int* exit_code) {
  auto f = std::make_shared<CrawlFlags>();
  auto* cmd = app.add_subcommand("crawl", "Crawl news sites politely and incrementally into WARC files");
  cmd->add_option("--config", f->config, "TOML config (docs/crawl.example.toml)");
  cmd->add_option("--seed", f->seeds, "Seed URL: a page, a feed or a sitemap (repeatable)");
  cmd->add_option("--out", f->out, "WARC output folder");
  cmd->add_option("--state", f->state, "State database (SQLite)");
  cmd->add_option("--delay", f->delay, "Seconds between requests to one host (default 1)")
      ->check(NonNegativeFlag());
  cmd->add_option("--concurrency", f->concurrency, "Requests in flight per host (default 1)")
      ->check(IntRangeFlag(1, 64));
  cmd->add_option("--user-agent", f->user_agent, "User-Agent, with a contact URL");
  cmd->add_option("--max-pages", f->max_pages, "Stop after storing N responses (0 = no limit)")
      ->check(NonNegativeFlag());
  cmd->add_option("--max-time", f->max_time, "Stop after SECONDS (0 = no limit)")->check(NonNegativeFlag());
  cmd->add_option("--max-age-days", f->max_age_days, "Skip feed/sitemap entries older than DAYS")
      ->check(NonNegativeFlag());
  cmd->add_flag("--follow-links", f->follow_links, "Follow same-site links");
  cmd->add_option("--max-depth", f->max_depth, "Link-following depth")->check(IntRangeFlag(0, 1000));
  cmd->add_option("--ca-file", f->ca_file, "Extra CA certificates (PEM) to trust for https")
      ->check(CLI::ExistingFile);
  cmd->add_option("--resolve", f->resolve, "host:port:addr pinned DNS entry (repeatable; tests)");
  cmd->add_flag("--ignore-robots", f->ignore_robots, "Do not fetch or obey robots.txt (own servers only)");
  cmd->add_option("--max-in-flight", f->max_in_flight, "Requests in flight over all hosts (default 64)")
      ->check(IntRangeFlag(1, 4096));
  cmd->add_option("--max-body", f->max_body, "Body size cap in bytes (default 16 MiB)")
      ->check(NonNegativeFlag());
  cmd->add_option("--max-crawl-delay", f->max_crawl_delay, "Cap for robots.txt Crawl-delay (seconds)")
      ->check(NonNegativeFlag());
  cmd->add_option("--timeout", f->timeout, "Total timeout per transfer (seconds)")->check(NonNegativeFlag());
  cmd->add_option("--commit-every", f->commit_every, "Captures per WARC fsync + DB commit (default 64)")
      ->check(IntRangeFlag(1, 1000000));
  cmd->add_option("--gzip-level", f->gzip_level, "WARC gzip level 0..9")->check(IntRangeFlag(0, 9));
  cmd->add_option(
      "--frontier", f->frontier,
      "Shared frontier in PostgreSQL (postgresql://...) instead of --state: many workers, one crawl");
  cmd->add_option("--worker", f->worker, "This worker's unique name (with --frontier)");
  cmd->add_option("--lease", f->lease, "Host/URL lease lifetime in seconds (with --frontier; default 60)")
      ->check(NonNegativeFlag());
  cmd->add_flag("--quiet", f->quiet, "No progress line");
  cmd->add_flag("-v,--verbose", f->verbose,
                "Name every failed URL and every warning on stderr as it happens");
  cmd->callback([f, exit_code] { *exit_code = RunCrawl(*f); });
}

}  // namespace hirewire::app
