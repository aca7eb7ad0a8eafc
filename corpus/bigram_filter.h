// The byte pairs of a text, hashed into 4,096 bits: a quick test that a word cannot occur in the
// text, before searching it for each row of a long word list. MayContain(w) is false only when
// some pair of adjacent bytes of w is not in the text, so it is true whenever w occurs (a word of
// fewer than two bytes always may).
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace hirewire {

class BigramFilter {
 public:
  explicit BigramFilter(std::string_view text) {
    for (size_t i = 0; i + 1 < text.size(); ++i) {
      const uint32_t k = Key(text[i], text[i + 1]);
      bits_[k >> 6] |= uint64_t{1} << (k & 63);
    }
  }
  bool MayContain(std::string_view w) const {
    for (size_t i = 0; i + 1 < w.size(); ++i) {
      const uint32_t k = Key(w[i], w[i + 1]);
      if (!(bits_[k >> 6] >> (k & 63) & 1)) return false;
    }
    return true;
  }

 private:
  static uint32_t Key(char a, char b) {
    return (uint32_t{static_cast<unsigned char>(a)} * 251u + static_cast<unsigned char>(b)) & 4095u;
  }
  std::array<uint64_t, 64> bits_{};
};

}  // namespace hirewire
