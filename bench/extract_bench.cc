// Extract speed over every fundus-dev page (../shared/corpus/fundus-dev), against the floor of
// a gumbo pipeline measured in the same run: gumbo parse + a full tree walk alone.
// Target (issue 2): BM_ExtractArticle costs at most 1.5x BM_GumboParseWalk (>= 8 MB/s).
// Both report bytes/s (SetBytesProcessed) and pages/s (items).
#include <benchmark/benchmark.h>
#include <gumbo.h>

#include <string>
#include <vector>

#include "bench/bench_common.h"
#include "extract/article.h"

namespace {

using hirewire::bench::FundusDevBytes;
using hirewire::bench::FundusDevPages;
using hirewire::bench::GumboWalkText;

void BM_GumboParseWalk(benchmark::State& state) {
  const auto& pages = FundusDevPages();
  for (auto _ : state) {
    for (const std::string& p : pages) {
      GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, p.data(), p.size());
      benchmark::DoNotOptimize(GumboWalkText(out->root));
      gumbo_destroy_output(&kGumboDefaultOptions, out);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * FundusDevBytes()));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * pages.size()));
}
BENCHMARK(BM_GumboParseWalk)->Unit(benchmark::kMillisecond);

void BM_ExtractArticle(benchmark::State& state) {
  const auto& pages = FundusDevPages();
  hirewire::extract::PageContext ctx;
  for (auto _ : state) {
    for (const std::string& p : pages) {
      auto a = hirewire::extract::ExtractArticle(p, ctx);
      benchmark::DoNotOptimize(a);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * FundusDevBytes()));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * pages.size()));
}
BENCHMARK(BM_ExtractArticle)->Unit(benchmark::kMillisecond);

}  // namespace
