// `hirewire extract PATH... [-o FILE]`: pages -> JSON Lines of articles.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <thread>
#include <algorithm>
#include <vector>

#include <CLI/CLI.hpp>

#include "app/commands.h"
#include "app/ordered_pool.h"
#include "app/pipeline.h"
#include "corpus/input.h"
#include "corpus/json.h"
#include "corpus/store.h"

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
  std::string rate;
  std::string rates_file;
  int jobs = 0;
  std::string db;  // --db: also write to this store, SQLite file or postgresql:// URL (corpus/store.h)
};

int RunExtract(const ExtractArgs& args) {
  PipelineOptions po;
  po.money = !args.no_money;
  po.entities = !args.no_entities;
  po.events = !args.no_events;
  po.dedup = !args.no_dedup;
  po.convert.user_rate = args.rate;
  std::unique_ptr<normalize::RateTable> user_table;
  if (!args.rates_file.empty()) {
    std::ifstream in(args.rates_file, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "hirewire extract: cannot read --rates %s\n", args.rates_file.c_str());
      return kExitUsage;
    }
    std::string csv((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto t = normalize::RateTable::FromCsv(csv);
    if (!t.ok()) {
      std::fprintf(stderr, "hirewire extract: --rates %s: %s\n", args.rates_file.c_str(),
                   t.status().ToString().c_str());
      return kExitUsage;
    }
    user_table = std::move(t).value();
    po.convert.table = user_table.get();
  }
  auto pipeline = Pipeline::Create(po);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "hirewire extract: %s\n", pipeline.status().ToString().c_str());
    return kExitFatal;
  }
  std::unique_ptr<Store> store;
  if (!args.db.empty()) {
    auto s = Store::Open(args.db);
    if (!s.ok()) {
      std::fprintf(stderr, "hirewire extract: %s\n", s.status().ToString().c_str());
      return kExitFatal;
    }
    store = std::move(s).value();
  }
  std::ofstream file;
  std::ostream* out = &std::cout;
  if (!args.out.empty() && args.out != "-") {
    file.open(args.out, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::fprintf(stderr, "hirewire extract: cannot write %s\n", args.out.c_str());
      return kExitFatal;
    }
    out = &file;
  }
  InputOptions io;
  io.force_text = args.text;
  size_t ok = 0, failed = 0;
  bool write_failed = false;
  struct Done {
    std::string source;
    Result<Article> article;
  };
  int jobs = args.jobs > 0 ? args.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  OrderedPool<Page, Done> pool(
      jobs <= 1 ? 0 : jobs, static_cast<size_t>(jobs) * 4,
      [&](Page& page) { return Done{page.source, (*pipeline)->Process(page)}; },
      [&](Done&& d) {
        if (!d.article.ok()) {
          ++failed;
          std::fprintf(stderr, "hirewire extract: %s: %s\n", d.source.c_str(),
                       d.article.status().ToString().c_str());
          return;
        }
        *out << ArticleToJson(*d.article) << '\n';
        if (!*out) write_failed = true;
        if (store) {
          Status s = store->PutArticle(*d.article);
          if (!s.ok()) std::fprintf(stderr, "hirewire extract: %s: %s\n", d.source.c_str(), s.ToString().c_str());
        }
        ++ok;
      });
  InputStats st = ReadInputs(
      args.paths, io,
      [&](Page&& page) {
        pool.Submit(std::move(page));
        return !write_failed;
      },
      [&](const std::string& source, const Status& s) {
        std::fprintf(stderr, "hirewire extract: %s: %s\n", source.c_str(), s.ToString().c_str());
      });
  pool.Finish();
  out->flush();
  if (!*out) {
    std::fprintf(stderr, "hirewire extract: write error\n");
    return kExitFatal;
  }
  failed += st.errors;
  if (ok == 0 && failed > 0) return kExitFatal;
  return failed > 0 ? kExitPartial : kExitOk;
}

}  // namespace

void RegisterExtract(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ExtractArgs>();
  auto* cmd = app.add_subcommand("extract", "Extract articles (JSON Lines) from HTML, text, .gz, WARC or stdin");
  cmd->add_option("paths", args->paths, "Files, folders, .gz, .warc(.gz), or - for stdin")->required();
  cmd->add_option("-o,--output", args->out, "Write JSON Lines here instead of stdout");
  cmd->add_flag("--text", args->text, "Treat every input as plain text");
  cmd->add_flag("--no-money", args->no_money, "Skip money amounts");
  cmd->add_flag("--no-entities", args->no_entities, "Skip people and companies");
  cmd->add_flag("--no-events", args->no_events, "Skip hiring events");
  cmd->add_flag("--no-dedup", args->no_dedup, "Keep repeated paragraphs");
  cmd->add_option("--rate", args->rate, "KRW per USD to convert with (overrides all rates)");
  cmd->add_option("--rates", args->rates_file, "CSV date,krw_per_usd to use instead of the built-in table");
  cmd->add_option("--db", args->db, "Also write articles, entities, amounts and events to this store: a SQLite file or a postgresql:// URL");
  cmd->add_option("-j,--jobs", args->jobs, "Worker threads (default: all cores); output order is input order");
  cmd->callback([args, exit_code] { *exit_code = RunExtract(*args); });
}

}  // namespace hirewire::app
