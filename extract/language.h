// Language identification for article text: BCP 47 primary language codes.
//
// Script first (Hangul -> ko, Kana -> ja, Han only -> zh, Cyrillic -> ru/uk/bg/sr/..., Greek ->
// el, Arabic -> ar/fa/ur, Hebrew -> he, Thai -> th, Devanagari -> hi, ...), then for Latin text
// stopword profiles (en, de, fr, es, it, pt, nl, sv, da, no, is, fi, pl, cs, sk, hu, ro, tr, id,
// ms, vi, hr, sl, lt, lv, et, ca, ...). The declared language (html lang, og:locale) is
// normalized ("ko-KR" -> "ko", "en_US" -> "en", "iw" -> "he", "nb"/"nn" -> "no") and trusted
// when it agrees with the script and the text gives no strong contrary evidence.
//
// Thread-safety: pure functions; safe to call from many threads at once.
#pragma once

#include <string>
#include <string_view>

namespace hirewire::extract {

// Best language of `utf8_text` given the page's `declared` tag (may be empty). Returns the
// primary subtag in lowercase ("ko", "en", "de", "ja", "zh", ...), or "" when the text is too
// short/ambiguous and nothing was declared.
std::string DetectLanguage(std::string_view utf8_text, std::string_view declared = {});

// "ko-KR" -> "ko", "EN_us" -> "en", "iw" -> "he", "in" -> "id", "nb" -> "no", "zh-Hant-TW" -> "zh";
// "" for an empty or malformed tag.
std::string NormalizeLanguageTag(std::string_view tag);

}  // namespace hirewire::extract
