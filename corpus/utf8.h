// UTF-8: the one decoder (well-formed per RFC 3629 / Unicode Table 3-7: no overlongs, no
// surrogates, nothing above U+10FFFF) and the one encoder. Ill-formed bytes decode as U+FFFD one
// byte at a time, so a scan always advances and never reads past the end.
//
// Thread-safety: pure functions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace hirewire {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// Length (1..4) of the well-formed UTF-8 sequence starting at s[i], or 0 when the bytes there
// are not one (a stray continuation byte, a lead byte C0, C1 or F5..FF, a truncated sequence, a
// bad continuation, an overlong form, a surrogate or a value above U+10FFFF).
// REQUIRES: i < s.size().
inline size_t Utf8SequenceLength(std::string_view s, size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return 1;
  const size_t n = s.size() - i;
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  auto cont = [&](size_t k) { return k < n && (byte(k) & 0xC0) == 0x80; };
  if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1) ? 2 : 0;
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    if (b0 == 0xE0 && byte(1) < 0xA0) return 0;   // overlong
    if (b0 == 0xED && byte(1) >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if (b0 == 0xF0 && byte(1) < 0x90) return 0;   // overlong
    if (b0 == 0xF4 && byte(1) >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

// Decodes the code point at s[*i] and advances *i past it; an ill-formed sequence gives
// U+FFFD and advances one byte. REQUIRES: *i < s.size().
inline char32_t DecodeUtf8(std::string_view s, size_t* i) {
  const auto b0 = static_cast<unsigned char>(s[*i]);
  if (b0 < 0x80) {
    ++*i;
    return b0;
  }
  const size_t len = Utf8SequenceLength(s, *i);
  if (len == 0) {
    ++*i;
    return kReplacementChar;
  }
  char32_t cp = b0 & (0x7F >> len);
  for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[*i + k]) & 0x3F);
  *i += len;
  return cp;
}

// Decodes the code point at s[i] without advancing; *len gets the bytes it spans (1 for U+FFFD
// from ill-formed bytes). REQUIRES: i < s.size().
inline char32_t DecodeUtf8At(std::string_view s, size_t i, size_t* len) {
  size_t j = i;
  char32_t cp = DecodeUtf8(s, &j);
  *len = j - i;
  return cp;
}

// True when every byte of `s` belongs to a well-formed sequence.
inline bool IsValidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    size_t len = Utf8SequenceLength(s, i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

// Appends the UTF-8 encoding of `cp`; NUL, surrogates and values above U+10FFFF become U+FFFD.
inline void AppendUtf8(std::string* out, char32_t cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacementChar;
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace hirewire
