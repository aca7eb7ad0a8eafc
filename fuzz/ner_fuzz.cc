// Fuzz target for the NER tagger: arbitrary bytes tagged as Korean and as English must give
// sorted, non-overlapping, in-bounds spans; arbitrary bytes given as a model must be rejected or
// load into a tagger that stays in bounds.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "extract/ner_tagger.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto* tagger = hirewire::extract::NerTagger::Embedded();
  if (tagger != nullptr) {
    for (std::string_view lang : {"ko", "en", "ja", "zh"}) {
      int last = 0;
      for (const auto& s : tagger->Tag(text, lang)) {
        if (s.start < last || s.end <= s.start || s.end > static_cast<int>(size)) std::abort();
        if (s.type != "PER" && s.type != "ORG") std::abort();
        last = s.end;
      }
    }
  }
  auto loaded = hirewire::extract::NerTagger::Load(text);
  if (loaded.ok()) {
    for (const auto& s : (*loaded)->Tag("김철수 대표와 Tim Cook", "ko")) {
      if (s.end <= s.start) std::abort();
    }
  }
  return 0;
}
