// Internal to extract: minimal stand-ins for the byline and language utilities (bylines.h,
// language.h) until their implementations land; the HTML extractor calls these names only.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace hirewire::extract::compat {

inline std::string Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == ',')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == ',')) s.remove_suffix(1);
  return std::string(s);
}

inline std::vector<std::string> CleanAuthors(const std::vector<std::string>& raw, std::string_view site) {
  std::vector<std::string> out;
  for (const std::string& r : raw) {
    std::string_view v = r;
    if (v.substr(0, 3) == "By " || v.substr(0, 3) == "by ") v.remove_prefix(3);
    if (v.find('@') != std::string_view::npos || v.find("://") != std::string_view::npos) continue;
    std::string t = Trim(v);
    if (t.empty() || t == site || t.size() > 80) continue;
    bool dup = false;
    for (const std::string& o : out) dup = dup || o == t;
    if (!dup) out.push_back(t);
  }
  return out;
}

inline std::vector<std::string> FindBylineInText(std::string_view) { return {}; }
inline bool IsBylineParagraph(std::string_view) { return false; }

inline std::string NormalizeLanguageTag(std::string_view tag) {
  std::string out;
  for (char c : tag) {
    if (c == '-' || c == '_') break;
    out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
  }
  return out.size() >= 2 && out.size() <= 3 ? out : std::string();
}

inline std::string DetectLanguage(std::string_view text, std::string_view declared) {
  size_t hangul = 0, kana = 0, han = 0, latin = 0;
  for (size_t i = 0; i < text.size() && i < 8000; ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ++latin;
      continue;
    }
    if (c >= 0xE0 && c < 0xF0 && i + 2 < text.size()) {
      unsigned cp = ((c & 0x0F) << 12) | ((text[i + 1] & 0x3F) << 6) | (text[i + 2] & 0x3F);
      if (cp >= 0xAC00 && cp <= 0xD7AF) ++hangul;
      else if (cp >= 0x3040 && cp <= 0x30FF) ++kana;
      else if (cp >= 0x4E00 && cp <= 0x9FFF) ++han;
      i += 2;
    }
  }
  if (hangul > 20 && hangul * 2 > latin / 4) return "ko";
  if (kana > 10) return "ja";
  if (han > 20 && han > latin / 4) return "zh";
  if (!declared.empty()) return std::string(declared);
  return latin > 0 ? "en" : "";
}

}  // namespace hirewire::extract::compat
