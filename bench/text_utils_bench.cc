// Throughput of the text utilities over the fundus-dev pages (UTF-8) and the same pages
// re-encoded where possible, with a memcpy of the same bytes as the in-run baseline:
//   BM_CopyBaseline         memcpy of every page (the floor any decoder pays)
//   BM_DecodeUtf8FastPath   DecodeToUtf8 on the UTF-8 pages (validation + copy)
//   BM_DecodeEucKr          DecodeToUtf8 on the Korean sample pages encoded in EUC-KR
//   BM_DetectLanguage       DetectLanguage on the first 64 KiB of every page
// Report bytes/s; compare DecodeUtf8FastPath against CopyBaseline in the same run.
#include <benchmark/benchmark.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bench/bench_common.h"
#include "extract/decode.h"
#include "extract/language.h"

namespace {

using hirewire::bench::FundusDevPages;

const std::vector<std::string>& EucKrPages() {
  static const std::vector<std::string>* pages = [] {
    auto* v = new std::vector<std::string>;
    for (const char* name :
         {"/corpus/samples/ko-hiring-euckr-meta.html", "/corpus/samples/ko-hiring-euckr-nocharset.html",
          "/tests/data/charset/cp949_only_chars.html", "/tests/data/charset/euckr_no_charset.html"}) {
      std::ifstream in(std::string(HIREWIRE_SOURCE_DIR) + name, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      v->push_back(ss.str());
    }
    return v;
  }();
  return *pages;
}

int64_t TotalBytes(const std::vector<std::string>& pages) {
  int64_t n = 0;
  for (const auto& p : pages) n += static_cast<int64_t>(p.size());
  return n;
}

void BM_CopyBaseline(benchmark::State& state) {
  const auto& pages = FundusDevPages();
  std::string out;
  for (auto _ : state) {
    for (const auto& p : pages) {
      out.assign(p);
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes(pages));
}
BENCHMARK(BM_CopyBaseline);

void BM_DecodeUtf8FastPath(benchmark::State& state) {
  const auto& pages = FundusDevPages();
  for (auto _ : state) {
    for (const auto& p : pages) {
      auto r = hirewire::extract::DecodeToUtf8(p, "text/html; charset=utf-8");
      benchmark::DoNotOptimize(r);
    }
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes(pages));
}
BENCHMARK(BM_DecodeUtf8FastPath);

void BM_DecodeEucKr(benchmark::State& state) {
  const auto& pages = EucKrPages();
  for (auto _ : state) {
    for (const auto& p : pages) {
      auto r = hirewire::extract::DecodeToUtf8(p, "");
      benchmark::DoNotOptimize(r);
    }
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes(pages));
}
BENCHMARK(BM_DecodeEucKr);

void BM_DetectLanguage(benchmark::State& state) {
  const auto& pages = FundusDevPages();
  int64_t bytes = 0;
  for (const auto& p : pages) bytes += static_cast<int64_t>(std::min<size_t>(p.size(), 64 << 10));
  for (auto _ : state) {
    for (const auto& p : pages) {
      std::string lang = hirewire::extract::DetectLanguage(std::string_view(p).substr(0, 64 << 10), "");
      benchmark::DoNotOptimize(lang);
    }
  }
  state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_DetectLanguage);

}  // namespace
