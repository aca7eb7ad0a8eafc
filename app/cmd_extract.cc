// `hirewire extract PATH... [-o FILE]`: pages -> JSON Lines of articles.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "app/cli.h"
#include "app/commands.h"
#include "app/extract_queue.h"
#include "app/ledger_store.h"
#include "app/ordered_pool.h"
#include "app/pipeline.h"
#include "app/progress.h"
#include "app/rates.h"
#include "corpus/input.h"
#include "corpus/json.h"
#include "corpus/pg.h"
#include "corpus/store.h"
#include "fetch/warc_queue.h"

namespace hirewire::app {
namespace {

struct ExtractArgs {
  std::vector<std::string> paths;
  std::string out;
  bool text = false;
  bool no_money = false;
  bool no_entities = false;
  bool no_events = false;
  bool no_dedup = false;
  RateFlags rates;
  int jobs = 0;
  std::string db;  // --db: also write to this store, SQLite file or postgresql:// URL (corpus/store.h)
  std::string country;
  bool quiet = false;
  std::string queue;    // --queue postgresql://...: lease closed WARC files of a shared crawl
  std::string worker;   // --worker NAME (with --queue)
  double lease = -1;    // --lease SECONDS (with --queue)
  bool follow = false;  // --follow (with --queue)
  int test_delay_ms = 0;
};

// --queue: an extraction worker of a shared crawl (app/extract_queue.h).
int RunQueue(const ExtractArgs& args, const Pipeline& pipeline, LedgerStore& store, OutputFile* out) {
  const char* me = "hirewire extract";
  const std::string where = pg::WithoutPassword(args.queue);
  fetch::WarcQueueOptions qo;
  qo.worker = args.worker.empty() ? DefaultWorkerName("extract") : args.worker;
  if (args.lease > 0) qo.lease_ms = static_cast<int64_t>(args.lease * 1000);
  auto queue = fetch::WarcQueue::Open(args.queue, qo);
  if (!queue.ok()) {
    std::fprintf(stderr, "%s: --queue %s: %s\n", me, where.c_str(), queue.status().ToString().c_str());
    return kExitFatal;
  }
  InstallStopHandler();
  QueueExtractOptions o;
  o.follow = args.follow;
  o.jobs = JobsOrCores(args.jobs);
  o.renew_ms = std::max<int64_t>(250, qo.lease_ms / 4);
  o.poll_ms = std::clamp<int64_t>(qo.lease_ms / 12, 100, 2000);
  o.test_delay_ms = args.test_delay_ms;
  Progress progress("extract", !args.quiet && ::isatty(STDERR_FILENO));
  bool write_failed = false;
  auto r = ExtractFromQueue(
      **queue, pipeline, store, o, StopFlag(),
      [&](const Article& a) {
        if (out) write_failed = write_failed || !out->Write(ArticleToJson(a) + "\n");
        return !write_failed;
      },
      &progress);
  progress.Done();
  if (!r.ok()) {
    std::fprintf(stderr, "%s: --queue %s: %s\n", me, where.c_str(), r.status().ToString().c_str());
    return kExitFatal;
  }
  RunTally tally = r->tally;
  tally.errors = r->failed + r->files_failed;
  std::fprintf(stderr, "%s; %lld WARC file%s from the queue (worker %s)\n",
               SummaryLine("extract", tally, progress.Seconds()).c_str(), static_cast<long long>(r->files),
               r->files == 1 ? "" : "s", qo.worker.c_str());
  if (out) {
    if (Status s = out->Commit(); !s.ok() || write_failed) {
      std::fprintf(stderr, "%s: %s\n", me,
                   s.ok() ? ("cannot write " + out->path()).c_str() : s.message().c_str());
      return kExitFatal;
    }
  }
  if (r->interrupted) {
    std::fprintf(stderr,
                 "%s: interrupted: stopped after %lld WARC file%s; the file in hand returns to the queue\n",
                 me, static_cast<long long>(r->files), r->files == 1 ? "" : "s");
    return kExitInterrupted;
  }
  if (r->files == 0 && r->files_failed == 0) {
    if (r->leases_lost > 0) {  // the files this worker leased were finished by others
      std::fprintf(stderr,
                   "%s: %lld lease%s lost to other extraction workers, which extract those files; nothing "
                   "else to extract in the queue %s\n",
                   me, static_cast<long long>(r->leases_lost), r->leases_lost == 1 ? "" : "s", where.c_str());
      return r->failed > 0 ? kExitPartial : kExitOk;
    }
    if (r->unseen_dirs > 0)
      std::fprintf(
          stderr,
          "%s: nothing to extract: the WARC files waiting in the queue %s are in %lld folder%s not on "
          "this machine\n",
          me, where.c_str(), static_cast<long long>(r->unseen_dirs), r->unseen_dirs == 1 ? "" : "s");
    else
      std::fprintf(stderr, "%s: nothing to extract: no closed WARC file waits in the queue %s\n", me,
                   where.c_str());
    return kExitFatal;
  }
  if (r->files == 0) return kExitFatal;  // every file leased was unreadable (each named above)
  return r->files_failed + r->failed > 0 ? kExitPartial : kExitOk;
}

// The flags that go together (--queue with --db and no paths; --worker/--lease/--follow with --queue):
// the usage error's exit code, or nothing when they agree.
std::optional<int> ExtractArgsError(const ExtractArgs& args) {
  if (!args.queue.empty()) {
    if (!pg::IsPostgresUrl(args.queue))
      return UsageError("extract", "--queue", "needs a postgresql:// URL (the crawl frontier)");
    if (args.db.empty()) return UsageError("extract", "--queue", "needs --db (the store the articles go to)");
    if (!args.paths.empty())
      return UsageError("extract", "--queue", "takes no input paths (the files come from the queue)");
  } else if (!args.worker.empty() || args.lease >= 0 || args.follow) {
    return UsageError("extract",
                      args.follow            ? "--follow"
                      : !args.worker.empty() ? "--worker"
                                             : "--lease",
                      "goes with --queue postgresql://...");
  } else if (args.paths.empty()) {
    return UsageError("extract", "paths",
                      "give files, folders, .warc(.gz) or - (or --queue postgresql://...)");
  }
  return std::nullopt;
}

int RunExtract(const ExtractArgs& args) {
  const char* me = "hirewire extract";
  PipelineOptions po;
  po.money = !args.no_money;
  po.entities = !args.no_entities;
  po.events = !args.no_events;
  po.dedup = !args.no_dedup;
  po.country = args.country;
  auto loaded = LoadRates(args.rates);
  if (!loaded.ok()) return UsageError("extract", "--rates", loaded.status().message());
  po.convert = (*loaded)->options;
  auto pipeline = Pipeline::Create(po);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "%s: %s\n", me, pipeline.status().ToString().c_str());
    return kExitFatal;
  }
  if (auto bad = ExtractArgsError(args)) return *bad;
  std::unique_ptr<LedgerStore> store;
  if (!args.db.empty()) {
    auto s = LedgerStore::Open(args.db);
    if (!s.ok()) {
      std::fprintf(stderr, "%s: --db %s: %s\n", me, args.db.c_str(), s.status().ToString().c_str());
      return kExitFatal;
    }
    store = std::move(s).value();
  }
  // Written beside the target and renamed at the end: an earlier file survives a failed run.
  // With --queue and no -o, no JSON Lines: the articles go to the store.
  OutputFile out;
  const bool json = args.queue.empty() || !args.out.empty();
  if (Status s = json ? out.Open(args.out) : Status::Ok(); !s.ok()) {
    std::fprintf(stderr, "%s: %s\n", me, s.message().c_str());
    return kExitFatal;
  }
  if (!args.queue.empty()) return RunQueue(args, **pipeline, *store, json ? &out : nullptr);
  InstallStopHandler();
  InputOptions io;
  io.force_text = args.text;
  size_t ok = 0, failed = 0;
  bool write_failed = false;
  struct Done {
    std::string source;
    size_t bytes;
    Result<Article> article;
  };
  Progress progress("extract", !args.quiet && ::isatty(STDERR_FILENO));
  const InputTotals totals = CountInputs(args.paths);
  progress.SetTotals(totals.items, totals.bytes);
  RunTally tally;
  int jobs = JobsOrCores(args.jobs);
  OrderedPool<Page, Done> pool(
      jobs <= 1 ? 0 : jobs, static_cast<size_t>(jobs) * 4,
      [&](Page& page) {
        return Done{page.source, page.body.size(), (*pipeline)->Process(page)};
      },
      [&](Done&& d) {
        progress.Add(d.bytes);
        ++tally.pages;
        tally.bytes += d.bytes;
        if (!d.article.ok()) {
          ++failed;
          std::fprintf(stderr, "%s: %s: %s\n", me, d.source.c_str(), d.article.status().ToString().c_str());
          return;
        }
        tally.AddArticle(d.article->warnings, d.article->events.size());
        if (write_failed || !out.Write(ArticleToJson(*d.article) + "\n")) {
          write_failed = true;
          return;
        }
        if (store) {
          Status s = store->Put(*d.article);
          if (!s.ok()) std::fprintf(stderr, "%s: %s: %s\n", me, d.source.c_str(), s.ToString().c_str());
        }
        ++ok;
      });
  InputStats st = ReadInputs(
      args.paths, io,
      [&](Page&& page) {
        pool.Submit(std::move(page));
        return !write_failed && !StopRequested();
      },
      [&](const std::string& source, const Status& s) {
        std::fprintf(stderr, "%s: %s: %s\n", me, source.c_str(), s.ToString().c_str());
      });
  pool.Finish();  // the pages in hand are finished and written
  progress.Done();
  ReportSkipped("extract", st);
  failed += st.errors;
  tally.errors = static_cast<int64_t>(failed);
  std::fprintf(stderr, "%s\n", SummaryLine("extract", tally, progress.Seconds()).c_str());
  const bool stopped = StopRequested();
  if (ok == 0 && !write_failed) {
    // Nothing to write: an earlier output file stays as it was.
    if (stopped) {
      std::fprintf(stderr, "%s: interrupted before any article was written\n", me);
      return kExitInterrupted;
    }
    if (failed == 0)
      std::fprintf(stderr, "%s: nothing to extract: no HTML or text pages in the input\n", me);
    else
      std::fprintf(stderr, "%s: no article extracted (%zu input%s failed)\n", me, failed,
                   failed == 1 ? "" : "s");
    return kExitFatal;
  }
  if (Status s = out.Commit(); !s.ok()) {
    std::fprintf(stderr, "%s: %s\n", me, s.message().c_str());
    return kExitFatal;
  }
  if (stopped) {
    std::fprintf(stderr, "%s: interrupted: stopped after %zu article%s%s%s\n", me, ok, ok == 1 ? "" : "s",
                 args.out.empty() || args.out == "-" ? "" : ", written to ",
                 args.out.empty() || args.out == "-" ? "" : args.out.c_str());
    return kExitInterrupted;
  }
  return failed > 0 ? kExitPartial : kExitOk;
}

}  // namespace

void RegisterExtract(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ExtractArgs>();
  auto* cmd =
      app.add_subcommand("extract", "Extract articles (JSON Lines) from HTML, text, .gz, WARC or stdin");
  cmd->add_option("paths", args->paths, "Files, folders, .gz, .warc(.gz), or - for stdin");
  cmd->add_option("-o,--output", args->out, "Write JSON Lines here instead of stdout");
  cmd->add_flag("--text", args->text, "Treat every input as plain text");
  AddCountryOption(cmd, &args->country);
  cmd->add_flag("--no-money", args->no_money, "Skip money amounts");
  cmd->add_flag("--no-entities", args->no_entities, "Skip people and companies");
  cmd->add_flag("--no-events", args->no_events, "Skip hiring events");
  cmd->add_flag("--no-dedup", args->no_dedup, "Keep repeated paragraphs");
  AddRateOptions(cmd, &args->rates);
  cmd->add_option(
      "--db", args->db,
      "Also write articles, entities, amounts and events to this store: a SQLite file or a postgresql:// URL");
  cmd->add_option(
      "--queue", args->queue,
      "Extraction worker of a shared crawl: lease closed WARC files from this frontier (postgresql://...); needs --db");
  cmd->add_option("--worker", args->worker,
                  "This extraction worker's unique name (with --queue; default HOST-extract-PID)");
  cmd->add_option("--lease", args->lease, "WARC file lease lifetime in seconds (with --queue; default 60)")
      ->check(NonNegativeFlag());
  cmd->add_flag("--follow", args->follow,
                "With --queue: wait for more files while a crawl worker is alive or a file is leased");
  cmd->add_flag("--quiet", args->quiet, "No progress line");
  cmd->add_option("--test-delay-ms", args->test_delay_ms, "Tests: with --queue, sleep this long per page")
      ->group("");
  cmd->add_option("-j,--jobs", args->jobs, "Worker threads (default: all cores); output order is input order")
      ->check(IntRangeFlag(0, 1024));
  cmd->callback([args, exit_code] { *exit_code = RunExtract(*args); });
}

}  // namespace hirewire::app
