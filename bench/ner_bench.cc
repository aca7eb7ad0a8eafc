// Throughput of the statistical NER tagger over the fundus-dev gold body text (Korean pages and
// English-language pages), against a plain UTF-8 decoding pass over the same bytes measured in the
// same run (the ratio is what to compare across machines). Also the cost of loading the embedded
// model.
#include <benchmark/benchmark.h>

#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "bench/bench_common.h"
#include "extract/ner_data.h"
#include "extract/ner_features.h"
#include "extract/ner_tagger.h"

namespace {

struct Corpus {
  std::vector<std::string> ko, en;
  size_t ko_bytes = 0, en_bytes = 0;
};

const Corpus& GetCorpus() {
  static const Corpus c = [] {
    Corpus c;
    std::ifstream in(std::string(HIREWIRE_SHARED_DIR) + "/corpus/fundus-dev/gold-dev.jsonl");
    std::string line;
    while (std::getline(in, line)) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded()) continue;
      std::string country = j.value("country", "");
      bool ko = country == "kr";
      bool en = country == "us" || country == "uk" || country == "ca" || country == "au" || country == "za" ||
                country == "ind" || country == "na" || country == "ls";
      if (!ko && !en) continue;
      for (const auto& p : j["body"]) {
        if (!p.is_string()) continue;
        std::string s = p.get<std::string>();
        (ko ? c.ko_bytes : c.en_bytes) += s.size();
        (ko ? c.ko : c.en).push_back(std::move(s));
      }
    }
    return c;
  }();
  return c;
}

// Baseline: decode every code point (what any text stage must at least do).
void BM_Utf8DecodeBaseline(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  for (auto _ : state) {
    uint64_t sum = 0;
    for (const auto* set : {&c.ko, &c.en}) {
      for (const std::string& p : *set) {
        for (size_t i = 0; i < p.size();) {
          unsigned char b = p[i];
          int len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
          uint32_t cp = len == 1 ? b : b & (0x3F >> (len - 1));
          for (int k = 1; k < len && i + k < p.size(); ++k) cp = (cp << 6) | (p[i + k] & 0x3F);
          sum += cp;
          i += len;
        }
      }
    }
    benchmark::DoNotOptimize(sum);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * (c.ko_bytes + c.en_bytes));
}
BENCHMARK(BM_Utf8DecodeBaseline);

void TagAll(benchmark::State& state, const std::vector<std::string>& paras, size_t bytes, const char* lang) {
  const auto* tagger = hirewire::extract::NerTagger::Embedded();
  if (tagger == nullptr || paras.empty()) {
    state.SkipWithError("no model or no text");
    return;
  }
  size_t spans = 0;
  for (auto _ : state) {
    for (const std::string& p : paras) spans += tagger->Tag(p, lang).size();
  }
  benchmark::DoNotOptimize(spans);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * bytes);
  state.counters["spans_per_iter"] = static_cast<double>(spans) / state.iterations();
}

// The same text tagged once per iteration on a new thread: the tagger's per-thread row cache starts
// empty (what one pass over 0.3 MB of new pages costs), where TagAll reuses the rows of the
// previous iterations.
void TagAllFreshThread(benchmark::State& state, const std::vector<std::string>& paras, size_t bytes,
                       const char* lang) {
  const auto* tagger = hirewire::extract::NerTagger::Embedded();
  if (tagger == nullptr || paras.empty()) {
    state.SkipWithError("no model or no text");
    return;
  }
  size_t spans = 0;
  double cpu = 0;
  for (auto _ : state) {
    std::thread worker([&] {
      const double t0 = hirewire::bench::ThreadCpuSeconds();
      for (const std::string& p : paras) spans += tagger->Tag(p, lang).size();
      cpu += hirewire::bench::ThreadCpuSeconds() - t0;
    });
    worker.join();
  }
  benchmark::DoNotOptimize(spans);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * bytes);
  // The work runs on the worker thread: report its CPU time (the main thread only waits).
  state.counters["worker_MB_per_cpu_s"] =
      static_cast<double>(state.iterations()) * static_cast<double>(bytes) / 1e6 / cpu;
}

void BM_NerTagKorean(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  TagAll(state, c.ko, c.ko_bytes, "ko");
}
BENCHMARK(BM_NerTagKorean);

void BM_NerTagEnglish(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  TagAll(state, c.en, c.en_bytes, "en");
}
BENCHMARK(BM_NerTagEnglish);

void BM_NerTagKoreanFreshThread(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  TagAllFreshThread(state, c.ko, c.ko_bytes, "ko");
}
BENCHMARK(BM_NerTagKoreanFreshThread)->UseRealTime();

void BM_NerTagEnglishFreshThread(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  TagAllFreshThread(state, c.en, c.en_bytes, "en");
}
BENCHMARK(BM_NerTagEnglishFreshThread)->UseRealTime();

// Chinese: the 1,000 sentences of ../shared/ner/zh/zh-pud-test.bio (news, Traditional script,
// ≈ 0.1 MB; fundus-dev has no Chinese pages), tagged with the Chinese model, and the same text tagged with
// the Japanese model, whose features are the same but for the Chinese word lists: the ratio of the two is the
// cost of those lists.
const std::vector<std::string>& ChineseText(size_t* bytes) {
  static size_t total = 0;
  static const std::vector<std::string> paras = [] {
    std::ifstream in(std::string(HIREWIRE_SHARED_DIR) + "/ner/zh/zh-pud-test.bio", std::ios::binary);
    std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<std::string> out;
    for (auto& s : hirewire::extract::ner::ParseCharBio(content)) {
      total += s.text.size();
      out.push_back(std::move(s.text));
    }
    return out;
  }();
  *bytes = total;
  return paras;
}

void BM_NerTagChinese(benchmark::State& state) {
  size_t bytes = 0;
  const auto& paras = ChineseText(&bytes);
  TagAll(state, paras, bytes, "zh");
}
BENCHMARK(BM_NerTagChinese);

void BM_NerTagChineseTextWithJapaneseModel(benchmark::State& state) {
  size_t bytes = 0;
  const auto& paras = ChineseText(&bytes);
  TagAll(state, paras, bytes, "ja");
}
BENCHMARK(BM_NerTagChineseTextWithJapaneseModel);

// Korean pages tagged with the Korean model plus English pages with the English model: the mix the
// pipeline sees.
void BM_NerTagMixed(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  const auto* tagger = hirewire::extract::NerTagger::Embedded();
  if (tagger == nullptr) {
    state.SkipWithError("no model");
    return;
  }
  for (auto _ : state) {
    size_t n = 0;
    for (const auto& p : c.ko) n += tagger->Tag(p, "ko").size();
    for (const auto& p : c.en) n += tagger->Tag(p, "en").size();
    benchmark::DoNotOptimize(n);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * (c.ko_bytes + c.en_bytes));
}
BENCHMARK(BM_NerTagMixed);

// Loading the model from the embedded bytes (what the CLI pays at start-up: validation and
// pointer set-up, no parsing), and with a copy of the bytes.
void BM_NerLoadEmbedded(benchmark::State& state) {
  std::string_view bytes = hirewire::extract::ner::EmbeddedModelBytes();
  if (bytes.empty()) {
    state.SkipWithError("no model");
    return;
  }
  for (auto _ : state) {
    auto t = hirewire::extract::NerTagger::Load(bytes, /*copy=*/false);
    benchmark::DoNotOptimize(t.ok());
  }
  state.counters["model_bytes"] = static_cast<double>(bytes.size());
}
BENCHMARK(BM_NerLoadEmbedded);

void BM_NerLoadCopy(benchmark::State& state) {
  std::string_view bytes = hirewire::extract::ner::EmbeddedModelBytes();
  if (bytes.empty()) {
    state.SkipWithError("no model");
    return;
  }
  for (auto _ : state) {
    auto t = hirewire::extract::NerTagger::Load(bytes, /*copy=*/true);
    benchmark::DoNotOptimize(t.ok());
  }
}
BENCHMARK(BM_NerLoadCopy);

}  // namespace
