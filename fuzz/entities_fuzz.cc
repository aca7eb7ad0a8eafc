// Fuzz target for the entity recognizer: fuzz bytes split into paragraphs at '\n' (the first byte
// chooses the language tag) must give entities whose mentions are in bounds, non-empty, equal to
// the paragraph bytes they point at, and whose confidence is in [0, 1]. The recognizer is built
// once.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "corpus/records.h"
#include "extract/entities.h"
#include "fuzz/fuzz_article.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::unique_ptr<hirewire::extract::EntityRecognizer> recognizer = [] {
    auto rec = hirewire::extract::EntityRecognizer::Create();
    if (!rec.ok()) std::abort();
    return std::move(*rec);
  }();
  if (size > (1u << 20)) return 0;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  hirewire::Article article = hirewire::fuzz::FuzzArticle(text);
  for (const auto& e : recognizer->Recognize(article)) {
    if (e.mentions.empty() || e.type == hirewire::EntityType::kNone || e.type == hirewire::EntityType::kOther)
      std::abort();
    if (!(e.confidence >= 0.0 && e.confidence <= 1.0)) std::abort();
    for (const auto& m : e.mentions) {
      if (m.paragraph < 0 || m.paragraph >= static_cast<int>(article.paragraphs.size())) std::abort();
      const std::string& p = article.paragraphs[m.paragraph];
      if (m.start < 0 || m.end <= m.start || m.end > static_cast<int>(p.size())) std::abort();
      if (p.compare(m.start, m.end - m.start, m.surface) != 0) std::abort();
    }
  }
  return 0;
}
