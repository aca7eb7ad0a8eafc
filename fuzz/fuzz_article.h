// The article the text fuzz targets (entities_fuzz, events_fuzz) feed their stage: the fuzz
// bytes split into paragraphs at '\n' (every piece, empty ones included), the first byte
// choosing the language tag ("", "ko", "en" or "ja").
#pragma once

#include <cstdint>
#include <string_view>

#include "corpus/records.h"

namespace hirewire::fuzz {

inline Article FuzzArticle(std::string_view text) {
  Article article;
  if (!text.empty()) {
    static constexpr const char* kLanguages[] = {"", "ko", "en", "ja"};
    article.language = kLanguages[static_cast<uint8_t>(text[0]) % 4];
  }
  size_t start = 0;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    article.paragraphs.emplace_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return article;
}

}  // namespace hirewire::fuzz
