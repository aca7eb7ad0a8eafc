// Cost of paragraph dedup and event building relative to extraction, on every fundus-dev
// page (../shared/corpus/fundus-dev/*/*.html.gz). Budget: dedup + events add <= 20% to
// ExtractArticle. BM_Overhead reports the ratio measured in the same run (counter
// `dedup_events_over_extract`); BM_Extract* report bytes/s of each variant.
// BM_PipelineVsGumbo: the whole pipeline (extract, dedup, money, entities, events) against the
// gumbo parse floor (gumbo parse + full tree walk), page by page in the same run, in thread CPU
// time; counter `pipeline_speed_over_gumbo` = gumbo time / pipeline time. Budget (issue 10): >= 0.75.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <gumbo.h>

#include "corpus/input.h"
#include "extract/article.h"
#include "extract/entities.h"
#include "extract/money.h"
#include "normalize/currency.h"
#include "normalize/dedup.h"
#include "normalize/events.h"

namespace hirewire {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string>& Pages() {
  static const std::vector<std::string> pages = [] {
    std::vector<std::string> out;
    std::vector<fs::path> files;
    fs::path root = fs::path(HIREWIRE_SHARED_DIR) / "corpus/fundus-dev";
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec))
      if (it->path().string().ends_with(".html.gz")) files.push_back(it->path());
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::string gz((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      auto html = Gunzip(gz, 64u << 20);
      if (html.ok()) out.push_back(std::move(html).value());
    }
    return out;
  }();
  return pages;
}

size_t TotalBytes() {
  size_t n = 0;
  for (const std::string& p : Pages()) n += p.size();
  return n;
}

Article Extract(const std::string& html) {
  extract::PageContext ctx;
  ctx.source = "bench";
  auto a = extract::ExtractArticle(html, ctx);
  return a.ok() ? std::move(a).value() : Article{};
}

void BM_Extract(benchmark::State& state) {
  for (auto _ : state)
    for (const std::string& p : Pages()) benchmark::DoNotOptimize(Extract(p));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
  state.counters["pages"] = static_cast<double>(Pages().size());
}
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond);

void BM_ExtractDedupEvents(benchmark::State& state) {
  for (auto _ : state)
    for (const std::string& p : Pages()) {
      Article a = Extract(p);
      normalize::DedupParagraphs(&a);
      benchmark::DoNotOptimize(normalize::BuildEvents(a));
    }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
}
BENCHMARK(BM_ExtractDedupEvents)->Unit(benchmark::kMillisecond);

// The whole chain: extraction, dedup, money, conversion, entities, events.
void BM_ExtractFullChain(benchmark::State& state) {
  auto money = extract::MoneyScanner::Create();
  auto ner = extract::EntityRecognizer::Create();
  if (!money.ok() || !ner.ok()) {
    state.SkipWithError("scanner creation failed");
    return;
  }
  size_t events = 0;
  for (auto _ : state)
    for (const std::string& p : Pages()) {
      Article a = Extract(p);
      normalize::DedupParagraphs(&a);
      (*money)->ScanArticle(&a);
      normalize::ConvertAmounts(&a, {});
      a.entities = (*ner)->Recognize(a);
      events += normalize::BuildEvents(a).size();
    }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
  state.counters["events_per_pass"] = static_cast<double>(events) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_ExtractFullChain)->Unit(benchmark::kMillisecond);

// Extraction and (dedup + events) timed separately on the same pages, same run. Events are
// built on articles with money and entities filled (as in the pipeline); those two stages
// are not counted on either side.
void BM_Overhead(benchmark::State& state) {
  auto money = extract::MoneyScanner::Create();
  auto ner = extract::EntityRecognizer::Create();
  if (!money.ok() || !ner.ok()) {
    state.SkipWithError("scanner creation failed");
    return;
  }
  using Clock = std::chrono::steady_clock;
  double extract_s = 0, dedup_events_s = 0, dedup_s = 0;
  for (auto _ : state)
    for (const std::string& p : Pages()) {
      auto t0 = Clock::now();
      Article a = Extract(p);
      auto t1 = Clock::now();
      normalize::DedupParagraphs(&a);
      auto t2 = Clock::now();
      state.PauseTiming();
      (*money)->ScanArticle(&a);
      normalize::ConvertAmounts(&a, {});
      a.entities = (*ner)->Recognize(a);
      state.ResumeTiming();
      auto t3 = Clock::now();
      benchmark::DoNotOptimize(normalize::BuildEvents(a));
      auto t4 = Clock::now();
      extract_s += std::chrono::duration<double>(t1 - t0).count();
      dedup_events_s += std::chrono::duration<double>((t2 - t1) + (t4 - t3)).count();
      dedup_s += std::chrono::duration<double>(t2 - t1).count();
    }
  state.counters["dedup_events_over_extract"] = extract_s > 0 ? dedup_events_s / extract_s : 0;
  state.counters["dedup_over_extract"] = extract_s > 0 ? dedup_s / extract_s : 0;
}
BENCHMARK(BM_Overhead)->Unit(benchmark::kMillisecond)->Iterations(3);

// Walks the whole gumbo tree iteratively and sums text bytes (as extract_bench's floor).
size_t WalkText(const GumboNode* root) {
  size_t text = 0;
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) {
      text += std::char_traits<char>::length(n->v.text.text);
    } else if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) {
      const GumboVector& c = n->v.element.children;
      for (unsigned i = 0; i < c.length; ++i) stack.push_back(static_cast<const GumboNode*>(c.data[i]));
    } else if (n->type == GUMBO_NODE_DOCUMENT) {
      const GumboVector& c = n->v.document.children;
      for (unsigned i = 0; i < c.length; ++i) stack.push_back(static_cast<const GumboNode*>(c.data[i]));
    }
  }
  return text;
}

// CPU time of this thread (the machine is shared: wall time would count other processes).
double ThreadCpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

void BM_PipelineVsGumbo(benchmark::State& state) {
  auto money = extract::MoneyScanner::Create();
  auto ner = extract::EntityRecognizer::Create();
  if (!money.ok() || !ner.ok()) {
    state.SkipWithError("scanner creation failed");
    return;
  }
  double gumbo_s = 0, pipeline_s = 0;
  for (auto _ : state)
    for (const std::string& p : Pages()) {
      double t0 = ThreadCpuSeconds();
      GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, p.data(), p.size());
      benchmark::DoNotOptimize(WalkText(out->root));
      gumbo_destroy_output(&kGumboDefaultOptions, out);
      double t1 = ThreadCpuSeconds();
      Article a = Extract(p);
      normalize::DedupParagraphs(&a);
      (*money)->ScanArticle(&a);
      normalize::ConvertAmounts(&a, {});
      a.entities = (*ner)->Recognize(a);
      benchmark::DoNotOptimize(normalize::BuildEvents(a));
      double t2 = ThreadCpuSeconds();
      gumbo_s += t1 - t0;
      pipeline_s += t2 - t1;
    }
  state.counters["pipeline_speed_over_gumbo"] = pipeline_s > 0 ? gumbo_s / pipeline_s : 0;
  state.counters["gumbo_MB_per_s"] = gumbo_s > 0 ? static_cast<double>(state.iterations() * TotalBytes()) / 1e6 / gumbo_s : 0;
  state.counters["pipeline_MB_per_s"] =
      pipeline_s > 0 ? static_cast<double>(state.iterations() * TotalBytes()) / 1e6 / pipeline_s : 0;
}
BENCHMARK(BM_PipelineVsGumbo)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
}  // namespace hirewire
