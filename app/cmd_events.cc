// `hirewire events PATH... [--json|--csv] [--db FILE]`: hiring events of many articles,
// merged across articles (syndicated copies and later reports update one event).
//
// Inputs are pages (like `hirewire extract`) or JSON Lines written by `hirewire extract`,
// told apart by content (any file name, or stdin).
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "app/cli.h"
#include "app/commands.h"
#include "app/ledger_store.h"
#include "app/pipeline.h"
#include "app/progress.h"
#include "app/rates.h"
#include "corpus/input.h"
#include "corpus/json.h"
#include "corpus/text.h"
#include "extract/money_format.h"
#include "normalize/event_ledger.h"

namespace hirewire::app {
namespace {

struct EventsArgs {
  std::vector<std::string> paths;
  bool json = false;
  bool csv = false;
  bool text = false;
  std::string db;
  RateFlags rates;
  std::string country;
  std::string since;
  std::string employer;
  bool quiet = false;
  std::string syntax = "off";  // --syntax on|off: EventOptions::syntax
  std::string roles = "on";    // --roles on|off: EventOptions::previous_model and outcome_model
  std::string pairs = "on";    // --pairs on|off: EventOptions::pairs
};

// A JSON Lines input (one file or stdin) is read whole, up to this size.
constexpr size_t kMaxJsonLines = size_t{1} << 30;

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string OffersSummary(const Event& e) {
  std::vector<std::string> parts;
  for (const Offer& o : e.offers) {
    // In the offer's own currency (a KRW offer stays in won), as a reader writes it.
    std::string s = o.value.empty() ? (o.usd.empty() ? "?" : extract::FormatEnglish(o.usd, "USD"))
                                    : extract::FormatEnglish(o.value, o.currency);
    if (!o.terms.empty()) s += " [" + Join(o.terms, "+") + "]";
    if (!o.derivation.empty()) s += " (derived)";
    if (!o.first_year_usd.empty()) s += " first_year " + extract::FormatEnglish(o.first_year_usd, "USD");
    if (!o.response.empty()) s += " " + o.response;
    parts.push_back(s);
  }
  return Join(parts, "; ");
}

// Columns padded by display width and fitted to the terminal (cells cut with "…").
void PrintTable(const std::vector<Event>& events, std::ostream& out) {
  std::vector<std::vector<std::string>> rows = {
      {"type", "employer", "candidate", "previous", "outcome", "offers", "reported_by", "sources"}};
  for (const Event& e : events) {
    std::string cand = e.candidate;
    if (e.candidate_count >= 0) cand += " (" + std::to_string(e.candidate_count) + ")";
    rows.push_back({std::string(EventTypeName(e.type)), e.employer, cand, e.previous_employer,
                    Join(e.timeline, " > "), OffersSummary(e), e.reported_by,
                    std::to_string(e.sources.size())});
  }
  // Cut cells only for a terminal; a file or pipe gets every character.
  const size_t columns = TerminalColumns();
  out << FormatTable(rows, columns > 0 ? 60 : SIZE_MAX, columns);
}

// Writes events as a table, JSON Lines or CSV on stdout (`paras[i]`: the paragraphs event i's
// evidence points into). False on a write error (reported).
bool WriteEvents(const std::vector<Event>& merged, const std::vector<const std::vector<std::string>*>& paras,
                 const EventsArgs& args) {
  std::ostream& out = std::cout;
  if (args.json) {
    for (size_t i = 0; i < merged.size(); ++i) out << EventToJson(merged[i], *paras[i]) << '\n';
  } else if (args.csv) {
    out << "type,employer,candidate,candidate_kind,candidate_count,previous_employer,role,team,outcome,"
           "timeline,offers,reported_by,sources,confidence\n";
    for (const Event& e : merged) {
      char conf[16];
      std::snprintf(conf, sizeof(conf), "%.2f", e.confidence);
      out << CsvField(std::string(EventTypeName(e.type))) << ',' << CsvField(e.employer) << ','
          << CsvField(e.candidate) << ',' << CsvField(std::string(CandidateKindName(e.candidate_kind))) << ','
          << (e.candidate_count >= 0 ? std::to_string(e.candidate_count) : "") << ','
          << CsvField(e.previous_employer) << ',' << CsvField(e.role) << ',' << CsvField(e.team) << ','
          << CsvField(std::string(OutcomeName(e.outcome))) << ',' << CsvField(Join(e.timeline, ";")) << ','
          << CsvField(OffersSummary(e)) << ',' << CsvField(e.reported_by) << ','
          << CsvField(Join(e.sources, ";")) << ',' << conf << '\n';
    }
  } else {
    PrintTable(merged, out);
  }
  out.flush();
  if (!out) {
    std::fprintf(stderr, "hirewire events: cannot write stdout: %s\n",
                 ErrnoText(errno ? errno : EIO).c_str());
    return false;
  }
  return true;
}

// `events --db FILE` without inputs: the store's events, filtered.
int ListStore(const EventsArgs& args) {
  auto store = Store::Open(args.db);
  if (!store.ok()) {
    std::fprintf(stderr, "hirewire events: --db %s: %s\n", args.db.c_str(),
                 store.status().ToString().c_str());
    return kExitFatal;
  }
  EventQuery q;
  q.since = args.since;
  q.employer = args.employer;
  auto events = (*store)->Events(q);
  if (!events.ok()) {
    std::fprintf(stderr, "hirewire events: %s\n", events.status().ToString().c_str());
    return kExitFatal;
  }
  static const std::vector<std::string> kNone;
  std::vector<const std::vector<std::string>*> paras(events->size(), &kNone);
  if (!WriteEvents(*events, paras, args)) return kExitFatal;
  std::fprintf(stderr, "events: %zu from %s\n", events->size(), args.db.c_str());
  return kExitOk;
}

// How one input path was read.
struct PathCounts {
  size_t jsonl_articles = 0, jsonl_bad = 0, html_pages = 0, text_pages = 0;
  std::string first_bad;  // the first line that is not an article
};

// One `events` run over input paths: every article goes into the ledger (and the store with
// --db); the merged events are written at the end.
class EventsRun {
 public:
  EventsRun(const EventsArgs& args, std::unique_ptr<Pipeline> pipeline, std::unique_ptr<LedgerStore> store)
      : args_(args),
        pipeline_(std::move(pipeline)),
        store_(std::move(store)),
        progress_("events", !args.quiet && ::isatty(STDERR_FILENO)) {
    const InputTotals totals = CountInputs(args.paths);
    progress_.SetTotals(totals.items, totals.bytes);
  }

  // Each input is read by what it contains: JSON Lines (from `hirewire extract`, any file name
  // or stdin) or pages, and the run says which way it read each one.
  void ReadPaths() {
    InstallStopHandler();
    InputOptions io;
    io.force_text = args_.text;
    io.json_lines = true;
    io.max_page_bytes = kMaxJsonLines;
    for (const std::string& path : args_.paths) {
      if (StopRequested()) break;
      PathCounts counts;
      InputStats st = ReadInputs(
          {path}, io, [&](Page&& page) { return ReadPage(std::move(page), &counts); },
          [&](const std::string& source, const Status& s) {
            std::fprintf(stderr, "hirewire events: %s: %s\n", source.c_str(), s.ToString().c_str());
          });
      failed_ += st.errors + counts.jsonl_bad;
      ReportSkipped("events", st);
      ReportPath(path, counts);
    }
  }

  // Writes the merged events and the summary; the exit code.
  int Finish() {
    if (ok_ == 0 && !StopRequested()) {
      std::fprintf(stderr, "hirewire events: nothing to do: no article was read%s\n",
                   failed_ > 0 ? " (every input failed)" : "");
      return kExitFatal;
    }
    const std::vector<Event>& merged = ledger_.events();
    progress_.Done();
    std::vector<const std::vector<std::string>*> paras;
    for (size_t i = 0; i < merged.size(); ++i) paras.push_back(&ledger_.paragraphs(i));
    if (!WriteEvents(merged, paras, args_)) return kExitFatal;
    tally_.errors = static_cast<int64_t>(failed_);
    std::fprintf(stderr, "%s; %zu events after merging\n",
                 SummaryLine("events", tally_, progress_.Seconds()).c_str(), merged.size());
    if (StopRequested()) {
      std::fprintf(
          stderr, "hirewire events: interrupted: stopped after %zu article%s (events above are from those)\n",
          ok_, ok_ == 1 ? "" : "s");
      return kExitInterrupted;
    }
    return failed_ > 0 ? kExitPartial : kExitOk;
  }

 private:
  // An article into the ledger, and into the store with --db.
  void Take(Article&& a) {
    tally_.AddArticle(a.warnings, a.events.size());
    ledger_.AddArticle(a);
    if (store_) {
      Status s = store_->Put(a);
      if (!s.ok()) {
        std::fprintf(stderr, "hirewire events: %s: %s\n", (a.url.empty() ? a.source : a.url).c_str(),
                     s.ToString().c_str());
        ++failed_;
      }
    }
    ++ok_;
  }

  // A page of the input (or a whole JSON Lines input); false stops the reading.
  bool ReadPage(Page&& page, PathCounts* counts) {
    if (page.content_type == kJsonLinesContentType) {
      ReadJsonLines(page, counts);
      return !StopRequested();
    }
    ++(page.is_text ? counts->text_pages : counts->html_pages);
    progress_.Add(page.body.size());
    ++tally_.pages;
    tally_.bytes += page.body.size();
    Result<Article> a = pipeline_->Process(page);
    if (!a.ok()) {
      ++failed_;
      std::fprintf(stderr, "hirewire events: %s: %s\n", page.source.c_str(), a.status().ToString().c_str());
    } else {
      Take(std::move(a).value());
    }
    return !StopRequested();
  }

  // Articles written by `hirewire extract`, one a line; those extracted without enrichment get it now.
  void ReadJsonLines(const Page& page, PathCounts* counts) {
    size_t pos = 0;
    int n = 0;
    while (pos < page.body.size() && !StopRequested()) {
      size_t nl = page.body.find('\n', pos);
      std::string_view line(page.body.data() + pos, (nl == std::string::npos ? page.body.size() : nl) - pos);
      pos = nl == std::string::npos ? page.body.size() : nl + 1;
      ++n;
      if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
      progress_.Add(line.size());
      ++tally_.pages;
      tally_.bytes += line.size();
      auto a = ArticleFromJson(line);
      if (!a.ok()) {
        if (counts->jsonl_bad++ == 0)
          counts->first_bad = page.source + ":" + std::to_string(n) + ": " + a.status().message();
        continue;
      }
      if (!args_.country.empty()) a->country = args_.country;
      if (a->money.empty() && a->entities.empty() && a->events.empty()) pipeline_->Enrich(&a.value());
      ++counts->jsonl_articles;
      Take(std::move(a).value());
    }
  }

  // "PATH: read as JSON Lines (3 articles) and HTML (2 pages)", and the lines that were not articles.
  static void ReportPath(const std::string& path, const PathCounts& c) {
    auto count = [](size_t k, const char* what) {
      return std::to_string(k) + " " + what + (k == 1 ? "" : "s");
    };
    std::vector<std::string> ways;
    if (c.jsonl_articles > 0 || c.jsonl_bad > 0)
      ways.push_back("JSON Lines (" + count(c.jsonl_articles, "article") + ")");
    if (c.html_pages > 0) ways.push_back("HTML (" + count(c.html_pages, "page") + ")");
    if (c.text_pages > 0) ways.push_back("text (" + count(c.text_pages, "page") + ")");
    const char* name = path == "-" ? "stdin" : path.c_str();
    if (!ways.empty())
      std::fprintf(stderr, "hirewire events: %s: read as %s\n", name, Join(ways, " and ").c_str());
    if (c.jsonl_bad > 0)
      std::fprintf(stderr,
                   "hirewire events: %s: %zu line%s not an article from `hirewire extract` (first: %s)\n",
                   name, c.jsonl_bad, c.jsonl_bad == 1 ? " is" : "s are", c.first_bad.c_str());
  }

  const EventsArgs& args_;
  std::unique_ptr<Pipeline> pipeline_;
  std::unique_ptr<LedgerStore> store_;
  // The events of these inputs, merged; the store merges the same articles into what it holds.
  normalize::EventLedger ledger_;
  Progress progress_;
  RunTally tally_;
  size_t ok_ = 0, failed_ = 0;
};

// The pipeline with the run's country and rates; nullptr after reporting why not (*exit_code).
std::unique_ptr<Pipeline> OpenPipeline(const EventsArgs& args, int* exit_code) {
  PipelineOptions po;
  po.country = args.country;
  po.event_options.syntax = args.syntax == "on";
  po.event_options.previous_model = po.event_options.outcome_model = args.roles == "on";
  po.event_options.pairs = args.pairs == "on";
  auto loaded = LoadRates(args.rates);
  if (!loaded.ok()) {
    std::fprintf(stderr, "hirewire events: %s\n", loaded.status().ToString().c_str());
    *exit_code = kExitUsage;
    return nullptr;
  }
  po.convert = (*loaded)->options;
  auto pipeline = Pipeline::Create(po);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "hirewire events: %s\n", pipeline.status().ToString().c_str());
    *exit_code = kExitFatal;
    return nullptr;
  }
  return std::move(pipeline).value();
}

int RunEvents(const EventsArgs& args) {
  if (args.paths.empty()) {
    if (args.db.empty())
      return UsageError("events", "paths", "give input paths, or --db FILE alone to list a store");
    return ListStore(args);
  }
  if (!args.since.empty() || !args.employer.empty())
    return UsageError("events", args.since.empty() ? "--employer" : "--since",
                      "filters a store listing (--db FILE without input paths)");
  int exit_code = kExitOk;
  std::unique_ptr<Pipeline> pipeline = OpenPipeline(args, &exit_code);
  if (!pipeline) return exit_code;
  std::unique_ptr<LedgerStore> store;
  if (!args.db.empty()) {
    auto s = LedgerStore::Open(args.db);
    if (!s.ok()) {
      std::fprintf(stderr, "hirewire events: --db %s: %s\n", args.db.c_str(), s.status().ToString().c_str());
      return kExitFatal;
    }
    store = std::move(s).value();
  }
  EventsRun run(args, std::move(pipeline), std::move(store));
  run.ReadPaths();
  return run.Finish();
}

}  // namespace

void RegisterEvents(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<EventsArgs>();
  auto* cmd = app.add_subcommand("events", "Hiring events of many articles, merged (table, --json or --csv)");
  cmd->add_option(
      "paths", args->paths,
      "Pages (files, folders, .gz, WARC, -) or JSON Lines from `extract`; none with --db: list the store");
  auto* j = cmd->add_flag("--json", args->json, "JSON Lines, one merged event per line");
  auto* c = cmd->add_flag("--csv", args->csv, "CSV with a header line");
  j->excludes(c);
  cmd->add_flag("--text", args->text, "Treat every page input as plain text");
  AddCountryOption(cmd, &args->country);
  cmd->add_option(
      "--db", args->db,
      "Also write articles, entities, amounts and events to this store (a SQLite file or a postgresql:// URL); alone: list its events");
  cmd->add_option("--since", args->since, "Store listing: events changed or published on/after YYYY-MM-DD")
      ->check(DateFlag());
  cmd->add_option("--employer", args->employer, "Store listing: only this employer (case-insensitive)");
  cmd->add_flag("--quiet", args->quiet, "No progress line");
  cmd->add_option("--syntax", args->syntax,
                  "English roles from a link-grammar parse (on) or from patterns only (off, the default)")
      ->check(CLI::IsMember({"on", "off"}));
  cmd->add_option(
         "--roles", args->roles,
         "Previous employer and outcome from the learned role models (on, the default) or from the rules alone (off)")
      ->check(CLI::IsMember({"on", "off"}));
  cmd->add_option(
         "--pairs", args->pairs,
         "The learned pair pass after the rules (on, the default) or the rules alone (off); docs/events_model.md")
      ->check(CLI::IsMember({"on", "off"}));
  AddRateOptions(cmd, &args->rates);
  cmd->callback([args, exit_code] { *exit_code = RunEvents(*args); });
}

}  // namespace hirewire::app
