// Cost of paragraph dedup and event building relative to extraction, on every fundus-dev
// page (../shared/corpus/fundus-dev/*/*.html.gz). Budget: dedup + events add <= 20% to
// ExtractArticle. BM_Overhead reports the ratio measured in the same run (counter
// `dedup_events_over_extract`); BM_Extract* report bytes/s of each variant.
// BM_PipelineVsGumbo: the whole pipeline (extract, dedup, money, entities, events) against the
// gumbo parse floor (gumbo parse + full tree walk), page by page in the same run, in thread CPU
// time; counter `pipeline_speed_over_gumbo` = gumbo time / pipeline time. Budget (issue 10): >= 0.75.
#include <benchmark/benchmark.h>
#include <gumbo.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "bench/bench_common.h"
#include "extract/analysis.h"
#include "extract/article.h"
#include "extract/entities.h"
#include "extract/money.h"
#include "normalize/currency.h"
#include "normalize/dedup.h"
#include "normalize/events.h"

namespace hirewire {
namespace {

using bench::FundusDevBytes;
using bench::FundusDevPages;
using bench::GumboWalkText;
using bench::ThreadCpuSeconds;

Article Extract(const std::string& html) {
  extract::PageContext ctx;
  ctx.source = "bench";
  auto a = extract::ExtractArticle(html, ctx);
  return a.ok() ? std::move(a).value() : Article{};
}

// The stages after extraction as app/pipeline.cc runs them: dedup, the shared sentence
// analysis, money, conversion, entities, events.
void Enrich(Article* a, const extract::MoneyScanner& money, const extract::EntityRecognizer& ner) {
  normalize::DedupParagraphs(a);
  extract::SentenceAnalyzer::Default()->AnalyzeArticle(a);
  money.ScanArticle(a);
  normalize::ConvertAmounts(a, {});
  a->entities = ner.Recognize(*a);
  extract::IndexMentions(a);
  a->events = normalize::BuildEvents(*a);
}

void BM_Extract(benchmark::State& state) {
  for (auto _ : state)
    for (const std::string& p : FundusDevPages()) benchmark::DoNotOptimize(Extract(p));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * FundusDevBytes()));
  state.counters["pages"] = static_cast<double>(FundusDevPages().size());
}
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond);

void BM_ExtractDedupEvents(benchmark::State& state) {
  for (auto _ : state)
    for (const std::string& p : FundusDevPages()) {
      Article a = Extract(p);
      normalize::DedupParagraphs(&a);
      benchmark::DoNotOptimize(normalize::BuildEvents(a));
    }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * FundusDevBytes()));
}
BENCHMARK(BM_ExtractDedupEvents)->Unit(benchmark::kMillisecond);

// The whole chain: extraction, dedup, sentence analysis, money, conversion, entities, events.
void BM_ExtractFullChain(benchmark::State& state) {
  auto money = extract::MoneyScanner::Create();
  auto ner = extract::EntityRecognizer::Create();
  if (!money.ok() || !ner.ok()) {
    state.SkipWithError("scanner creation failed");
    return;
  }
  size_t events = 0;
  for (auto _ : state)
    for (const std::string& p : FundusDevPages()) {
      Article a = Extract(p);
      Enrich(&a, **money, **ner);
      events += a.events.size();
    }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * FundusDevBytes()));
  state.counters["events_per_pass"] = static_cast<double>(events) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_ExtractFullChain)->Unit(benchmark::kMillisecond);

// Extraction and (dedup + events) timed separately on the same pages, same run. Events are
// built on articles with the sentence analysis, money and entities filled (as in the pipeline);
// those stages are not counted on either side.
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
    for (const std::string& p : FundusDevPages()) {
      auto t0 = Clock::now();
      Article a = Extract(p);
      auto t1 = Clock::now();
      normalize::DedupParagraphs(&a);
      auto t2 = Clock::now();
      state.PauseTiming();
      extract::SentenceAnalyzer::Default()->AnalyzeArticle(&a);
      (*money)->ScanArticle(&a);
      normalize::ConvertAmounts(&a, {});
      a.entities = (*ner)->Recognize(a);
      extract::IndexMentions(&a);
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

void BM_PipelineVsGumbo(benchmark::State& state) {
  auto money = extract::MoneyScanner::Create();
  auto ner = extract::EntityRecognizer::Create();
  if (!money.ok() || !ner.ok()) {
    state.SkipWithError("scanner creation failed");
    return;
  }
  double gumbo_s = 0, pipeline_s = 0;
  for (auto _ : state)
    for (const std::string& p : FundusDevPages()) {
      double t0 = ThreadCpuSeconds();
      GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, p.data(), p.size());
      benchmark::DoNotOptimize(GumboWalkText(out->root));
      gumbo_destroy_output(&kGumboDefaultOptions, out);
      double t1 = ThreadCpuSeconds();
      Article a = Extract(p);
      Enrich(&a, **money, **ner);
      benchmark::DoNotOptimize(a);
      double t2 = ThreadCpuSeconds();
      gumbo_s += t1 - t0;
      pipeline_s += t2 - t1;
    }
  state.counters["pipeline_speed_over_gumbo"] = pipeline_s > 0 ? gumbo_s / pipeline_s : 0;
  state.counters["gumbo_MB_per_s"] =
      gumbo_s > 0 ? static_cast<double>(state.iterations() * FundusDevBytes()) / 1e6 / gumbo_s : 0;
  state.counters["pipeline_MB_per_s"] =
      pipeline_s > 0 ? static_cast<double>(state.iterations() * FundusDevBytes()) / 1e6 / pipeline_s : 0;
}
BENCHMARK(BM_PipelineVsGumbo)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
}  // namespace hirewire
