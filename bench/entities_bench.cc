// Entity extraction throughput over the fundus-dev gold body text (41 countries, many languages),
// with two baselines measured in the same run: a UTF-8 code point count (memory bound) and ICU
// word segmentation alone (the recognizer's first step). Reports bytes/s.
// BM_RecognizerVsIcu: the recognizer against ICU word segmentation, article by article in the same
// run (thread CPU time, so that a loaded machine slows both alike); counter
// `recognizer_speed_over_icu` = ICU time / recognizer time, checked against a floor by
// tests/scripts/entities_speed_ratio.sh.
#include <benchmark/benchmark.h>
#include <time.h>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "extract/entities.h"
#include "extract/korean.h"

namespace {

struct Corpus {
  std::vector<hirewire::Article> articles;
  int64_t bytes = 0;
};

const Corpus& Load() {
  static const Corpus corpus = [] {
    Corpus c;
    std::ifstream in(std::string(HIREWIRE_SHARED_DIR) + "/corpus/fundus-dev/gold-dev.jsonl");
    std::string line;
    while (std::getline(in, line)) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.contains("body") || !j["body"].is_array()) continue;
      hirewire::Article a;
      for (const auto& p : j["body"])
        if (p.is_string()) {
          a.paragraphs.push_back(p.get<std::string>());
          c.bytes += static_cast<int64_t>(a.paragraphs.back().size());
        }
      c.articles.push_back(std::move(a));
    }
    return c;
  }();
  return corpus;
}

void BM_BaselineCountCodePoints(benchmark::State& state) {
  const Corpus& c = Load();
  for (auto _ : state) {
    int64_t n = 0;
    for (const auto& a : c.articles)
      for (const auto& p : a.paragraphs) n += hirewire::extract::CountCodePoints(p);
    benchmark::DoNotOptimize(n);
  }
  state.SetBytesProcessed(state.iterations() * c.bytes);
}
BENCHMARK(BM_BaselineCountCodePoints)->Unit(benchmark::kMillisecond);

void BM_BaselineIcuWordBreak(benchmark::State& state) {
  const Corpus& c = Load();
  UErrorCode st = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> br(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), st));
  for (auto _ : state) {
    int64_t n = 0;
    for (const auto& a : c.articles)
      for (const auto& p : a.paragraphs) {
        UText ut = UTEXT_INITIALIZER;
        utext_openUTF8(&ut, p.data(), static_cast<int64_t>(p.size()), &st);
        br->setText(&ut, st);
        for (int32_t b = br->first(); b != icu::BreakIterator::DONE; b = br->next()) ++n;
        utext_close(&ut);
      }
    benchmark::DoNotOptimize(n);
  }
  state.SetBytesProcessed(state.iterations() * c.bytes);
}
BENCHMARK(BM_BaselineIcuWordBreak)->Unit(benchmark::kMillisecond);

// state.range(0): 1 with the learned keep step (the default), 0 without it, 2 with it but without the
// offered low-score tagger spans (the costs of both parts in the same run).
void BM_EntityRecognizer(benchmark::State& state) {
  const Corpus& c = Load();
  hirewire::extract::EntityOptions options;
  options.keep_model = state.range(0) != 0;
  options.offer_low = state.range(0) != 2;
  auto rec = hirewire::extract::EntityRecognizer::Create(options);
  if (!rec.ok()) {
    state.SkipWithError(rec.status().ToString().c_str());
    return;
  }
  size_t entities = 0;
  for (auto _ : state) {
    entities = 0;
    for (const auto& a : c.articles) entities += (*rec)->Recognize(a).size();
    benchmark::DoNotOptimize(entities);
  }
  state.SetBytesProcessed(state.iterations() * c.bytes);
  state.counters["entities"] = static_cast<double>(entities);
  state.counters["MB"] = static_cast<double>(c.bytes) / 1e6;
}
BENCHMARK(BM_EntityRecognizer)->Arg(1)->Arg(0)->Arg(2)->Unit(benchmark::kMillisecond);

double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

int64_t IcuWordBreaks(icu::BreakIterator& br, const hirewire::Article& a) {
  UErrorCode st = U_ZERO_ERROR;
  int64_t n = 0;
  for (const auto& p : a.paragraphs) {
    UText ut = UTEXT_INITIALIZER;
    utext_openUTF8(&ut, p.data(), static_cast<int64_t>(p.size()), &st);
    br.setText(&ut, st);
    for (int32_t b = br.first(); b != icu::BreakIterator::DONE; b = br.next()) ++n;
    utext_close(&ut);
  }
  return n;
}

void BM_RecognizerVsIcu(benchmark::State& state) {
  const Corpus& c = Load();
  auto rec = hirewire::extract::EntityRecognizer::Create();
  UErrorCode st = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> br(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), st));
  if (!rec.ok() || U_FAILURE(st)) {
    state.SkipWithError("recognizer or ICU break iterator creation failed");
    return;
  }
  double icu_s = 0, rec_s = 0;
  for (auto _ : state)
    for (const auto& a : c.articles) {
      const double t0 = ThreadCpuSeconds();
      benchmark::DoNotOptimize(IcuWordBreaks(*br, a));
      const double t1 = ThreadCpuSeconds();
      benchmark::DoNotOptimize((*rec)->Recognize(a));
      const double t2 = ThreadCpuSeconds();
      icu_s += t1 - t0;
      rec_s += t2 - t1;
    }
  const double mb = static_cast<double>(state.iterations() * c.bytes) / 1e6;
  state.counters["recognizer_speed_over_icu"] = rec_s > 0 ? icu_s / rec_s : 0;
  state.counters["icu_MB_per_s"] = icu_s > 0 ? mb / icu_s : 0;
  state.counters["recognizer_MB_per_s"] = rec_s > 0 ? mb / rec_s : 0;
}
BENCHMARK(BM_RecognizerVsIcu)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_RecognizerCreate(benchmark::State& state) {
  for (auto _ : state) {
    auto rec = hirewire::extract::EntityRecognizer::Create();
    benchmark::DoNotOptimize(rec.ok());
  }
}
BENCHMARK(BM_RecognizerCreate)->Unit(benchmark::kMillisecond);

}  // namespace
