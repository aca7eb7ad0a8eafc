// Small text helpers shared by every stage: ASCII classes and prefix/suffix tests, helpers for
// protocol text (HTTP and WARC headers) and the binary-data sniff. UTF-8 decoding and encoding: corpus/utf8.h
// (included here).
//
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "corpus/utf8.h"

namespace hirewire {

// Drops leading spaces/tabs and trailing spaces/tabs/CR/LF (header lines and values).
inline std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

// ASCII whitespace as C's isspace() in the "C" locale: space, \t, \n, \v, \f, \r.
inline bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// HTML's (WHATWG) ASCII whitespace: space, \t, \n, \f, \r (no \v). Also used for XML and
// charset labels.
inline bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

// ASCII lower case (other bytes unchanged, whatever the locale).
inline char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

// ASCII character classes of a byte or a code point (any other value is none of them). One owner:
// every stage reads ASCII letters and digits with these.
constexpr bool IsAsciiUpper(char32_t c) { return c >= 'A' && c <= 'Z'; }
constexpr bool IsAsciiLower(char32_t c) { return c >= 'a' && c <= 'z'; }
constexpr bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
constexpr bool IsAsciiAlpha(char32_t c) { return IsAsciiUpper(c) || IsAsciiLower(c); }
constexpr bool IsAsciiAlnum(char32_t c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }

// `p` stands at byte `pos` of `s` / ends at byte `end` of `s` (false when out of range).
inline bool StartsWith(std::string_view s, size_t pos, std::string_view p) {
  return pos <= s.size() && s.substr(pos, p.size()) == p;
}
inline bool EndsWithAt(std::string_view s, size_t end, std::string_view p) {
  return end <= s.size() && end >= p.size() && s.substr(end - p.size(), p.size()) == p;
}
inline bool EndsWith(std::string_view s, std::string_view suffix) { return s.ends_with(suffix); }

// ASCII case-insensitive prefix / suffix (file extensions, markup).
inline bool StartsWithI(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (AsciiLower(s[i]) != AsciiLower(prefix[i])) return false;
  return true;
}
inline bool EndsWithI(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && StartsWithI(s.substr(s.size() - suffix.size()), suffix);
}

// ASCII case-insensitive equality (header names).
inline bool IEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (AsciiLower(a[i]) != AsciiLower(b[i])) return false;
  return true;
}

// Drops leading and trailing ASCII whitespace (IsAsciiSpace).
inline std::string_view TrimSpace(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

// Drops leading and trailing bytes that are in `chars` (e.g. " \t\r" for CSV cells).
inline std::string_view TrimChars(std::string_view s, std::string_view chars) {
  while (!s.empty() && chars.find(s.front()) != std::string_view::npos) s.remove_prefix(1);
  while (!s.empty() && chars.find(s.back()) != std::string_view::npos) s.remove_suffix(1);
  return s;
}

// `s` without a leading UTF-8 byte order mark (EF BB BF).
inline std::string_view SkipUtf8Bom(std::string_view s) {
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  return s;
}

// Collapses runs of whitespace (by default ASCII whitespace, IsAsciiSpace; HTML text passes
// IsHtmlSpace, which leaves \v alone) and U+00A0 NO-BREAK SPACE to one space and trims both ends
// (titles from feeds and sitemaps, text of HTML elements).
inline std::string CollapseSpace(std::string_view s, bool (*is_space_char)(char) = IsAsciiSpace) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    bool is_space = is_space_char(c);
    if (!is_space && static_cast<unsigned char>(c) == 0xC2 && i + 1 < s.size() &&
        static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      is_space = true;
      ++i;
    }
    if (is_space) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// The strings joined by `sep` ("a, b, c").
inline std::string Join(const std::vector<std::string>& v, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) out += sep;
    out += v[i];
  }
  return out;
}

// True when the first 4 KiB look like binary data rather than text: text, in any charset we
// decode, has almost no C0 control bytes besides \t \n \r \f and ESC (ISO-2022); UTF-16 pages
// carry a BOM and are left to the decoder.
inline bool LooksBinary(std::string_view b) {
  std::string_view head = b.substr(0, 4096);
  if (head.size() >= 2 &&
      ((static_cast<unsigned char>(head[0]) == 0xFF && static_cast<unsigned char>(head[1]) == 0xFE) ||
       (static_cast<unsigned char>(head[0]) == 0xFE && static_cast<unsigned char>(head[1]) == 0xFF)))
    return false;
  size_t controls = 0;
  for (char ch : head) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b) ++controls;
  }
  return controls * 50 > head.size();  // over 2%
}

// Data tables compiled into the binary (TSV): the next line of `rest` (without its '\n'),
// consuming it from `rest`.
inline std::string_view NextLine(std::string_view& rest) {
  size_t nl = rest.find('\n');
  std::string_view line = rest.substr(0, nl);
  rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
  return line;
}

// The tab-separated fields of one line (an empty line gives one empty field).
inline std::vector<std::string> SplitTabs(std::string_view line) {
  std::vector<std::string> f;
  for (size_t b = 0;;) {
    size_t t = line.find('\t', b);
    f.emplace_back(line.substr(b, t == std::string_view::npos ? std::string_view::npos : t - b));
    if (t == std::string_view::npos) break;
    b = t + 1;
  }
  return f;
}

}  // namespace hirewire
