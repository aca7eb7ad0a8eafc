// Throughput of the money scanner on real news text: the body paragraphs of every fundus-dev
// gold record (../shared/corpus/fundus-dev/gold-dev.jsonl, 41 countries, many scripts).
// Baseline in the same run: one UTF-8 validation pass plus a memchr for '\n' over the same bytes,
// the least any scanner must do. BM_MoneyScan reports MB/s (CPU time) and its ratio to the baseline.
#include <benchmark/benchmark.h>
#include <time.h>

#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "bench/bench_common.h"
#include "extract/money.h"

namespace {

using hirewire::bench::ThreadCpuSeconds;

const std::vector<std::string>& Paragraphs() {
  static const std::vector<std::string> paras = [] {
    std::vector<std::string> out;
    std::ifstream in(std::string(HIREWIRE_SHARED_DIR) + "/corpus/fundus-dev/gold-dev.jsonl");
    std::string line;
    while (std::getline(in, line)) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.contains("body") || !j["body"].is_array()) continue;
      for (const auto& p : j["body"])
        if (p.is_string()) out.push_back(p.get<std::string>());
    }
    return out;
  }();
  return paras;
}

size_t TotalBytes() {
  size_t n = 0;
  for (const std::string& p : Paragraphs()) n += p.size();
  return n;
}

// Validates UTF-8 and counts newlines: the baseline pass.
size_t Utf8Pass(const std::string& s) {
  size_t bad = 0;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  const unsigned char* end = p + s.size();
  while (p < end) {
    unsigned char b = *p;
    int len = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0;
    if (len == 0 || p + len > end) {
      ++bad;
      ++p;
      continue;
    }
    for (int k = 1; k < len; ++k)
      if ((p[k] & 0xC0) != 0x80) ++bad;
    p += len;
  }
  const char* q = s.data();
  const char* qe = q + s.size();
  while ((q = static_cast<const char*>(std::memchr(q, '\n', static_cast<size_t>(qe - q))))) ++q, ++bad;
  return bad;
}

double BaselineMBps() {
  static const double mbps = [] {
    size_t bytes = 0;
    double t0 = ThreadCpuSeconds(), secs = 0;
    do {
      for (const std::string& p : Paragraphs()) benchmark::DoNotOptimize(Utf8Pass(p));
      bytes += TotalBytes();
      secs = ThreadCpuSeconds() - t0;
    } while (secs < 0.3);
    return bytes / secs / 1e6;
  }();
  return mbps;
}

void BM_Utf8Baseline(benchmark::State& state) {
  for (auto _ : state)
    for (const std::string& p : Paragraphs()) benchmark::DoNotOptimize(Utf8Pass(p));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
}
BENCHMARK(BM_Utf8Baseline)->Unit(benchmark::kMillisecond);

void BM_MoneyScan(benchmark::State& state) {
  auto scanner = hirewire::extract::MoneyScanner::Create();
  if (!scanner.ok() || Paragraphs().empty()) {
    state.SkipWithError("no scanner or no fundus-dev text");
    return;
  }
  size_t amounts = 0;
  double t0 = ThreadCpuSeconds();
  for (auto _ : state) {
    amounts = 0;
    for (size_t i = 0; i < Paragraphs().size(); ++i)
      amounts += (*scanner)->Scan(Paragraphs()[i], static_cast<int>(i)).amounts.size();
    benchmark::DoNotOptimize(amounts);
  }
  double secs = ThreadCpuSeconds() - t0;
  double mbps = state.iterations() * TotalBytes() / secs / 1e6;
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
  state.counters["MB/s"] = mbps;
  state.counters["baseline_MB/s"] = BaselineMBps();
  state.counters["baseline_ratio"] = BaselineMBps() / mbps;  // how many times slower than the baseline
  state.counters["amounts"] = static_cast<double>(amounts);
  state.counters["text_MB"] = TotalBytes() / 1e6;
}
BENCHMARK(BM_MoneyScan)->Unit(benchmark::kMillisecond);

// Korean news sentences (KoNNE, ../shared/ner/konne): nearly every character is Hangul, so this
// is the scanner's slow path (each syllable is decoded and checked).
void BM_MoneyScanKorean(benchmark::State& state) {
  static const std::vector<std::string> sentences = [] {
    std::vector<std::string> out;
    std::ifstream in(std::string(HIREWIRE_SHARED_DIR) + "/ner/konne/konne-dev-train-split.jsonl");
    std::string line;
    while (std::getline(in, line)) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (!j.is_discarded() && j.contains("text") && j["text"].is_string())
        out.push_back(j["text"].get<std::string>());
    }
    return out;
  }();
  auto scanner = hirewire::extract::MoneyScanner::Create();
  if (!scanner.ok() || sentences.empty()) {
    state.SkipWithError("no scanner or no KoNNE text");
    return;
  }
  size_t bytes = 0;
  for (const std::string& s : sentences) bytes += s.size();
  for (auto _ : state)
    for (const std::string& s : sentences) benchmark::DoNotOptimize((*scanner)->Scan(s, 0, "ko"));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_MoneyScanKorean)->Unit(benchmark::kMillisecond);

}  // namespace
