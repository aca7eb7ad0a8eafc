// Per-sentence cost of the link-grammar clause-role parser (extract/syntax/english_roles.h) on
// newswire sentences of about 15, 30 and 60 words, against English tokenization of the same
// sentences in the same run (the floor any sentence analysis pays):
//   BM_TokenizeEnglish/N   extract's TokenizeEnglish (ner_features.h)
//   BM_ParseRoles/N        EnglishRoleParser::Parse with one trigger
// Compare the two per N: the ratio, not the absolute time, is the figure (docs/syntax.md).
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "extract/ner_features.h"
#include "extract/syntax/english_roles.h"

namespace {

struct Sample {
  const char* text;
  const char* trigger;
};

// Index by words / 15 - 1: 15, 30, 60 words (sentences from the blind batch, the longest two joined).
const Sample kSamples[] = {
    {"Hollis joined Vantor in 2021 from Micron Technology and oversaw the company's refinancing last year.",
     "joined"},
    {"Nadia Petrov, Stripe's head of AI, has agreed to join Anthropic as chief product officer, the AI company said "
     "on Tuesday, a week after the start-up hired researchers from Google.",
     "join"},
    {"Felix Amato, co-founder of AI startup Parallax Labs, turned down an offer from Meta Platforms worth as much as "
     "$1 billion over six years, according to people familiar with the matter, and Meta also approached at least "
     "five other Parallax researchers with packages ranging from $200 million to $500 million over four years, but "
     "all of them declined the offers.",
     "turned"},
};

const Sample& SampleFor(int words) { return kSamples[words / 30]; }

std::vector<hirewire::syntax::Span> TriggerOf(const Sample& s) {
  std::string text = s.text;
  size_t pos = text.find(s.trigger);
  return {{static_cast<int>(pos), static_cast<int>(pos + std::string(s.trigger).size())}};
}

void BM_TokenizeEnglish(benchmark::State& state) {
  const Sample& s = SampleFor(static_cast<int>(state.range(0)));
  std::vector<hirewire::extract::ner::Unit> tokens;
  for (auto _ : state) {
    hirewire::extract::ner::TokenizeEnglish(s.text, &tokens);
    benchmark::DoNotOptimize(tokens.data());
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(std::string(s.text).size()));
}

void BM_ParseRoles(benchmark::State& state) {
  const Sample& s = SampleFor(static_cast<int>(state.range(0)));
  const auto* parser = hirewire::syntax::DefaultEnglishRoleParser();
  if (parser == nullptr) {
    state.SkipWithError("link-grammar English dictionary not installed");
    return;
  }
  const auto trigger = TriggerOf(s);
  int gave_up = 0;
  for (auto _ : state) {
    auto roles = parser->Parse(s.text, trigger, hirewire::syntax::Deadline{});
    gave_up += !roles;
    benchmark::DoNotOptimize(roles);
  }
  state.counters["gave_up"] = gave_up;
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(std::string(s.text).size()));
}

BENCHMARK(BM_TokenizeEnglish)->Arg(15)->Arg(30)->Arg(60);
BENCHMARK(BM_ParseRoles)->Arg(15)->Arg(30)->Arg(60)->Unit(benchmark::kMillisecond);

}  // namespace
