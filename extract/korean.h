// Korean text helpers for the entity recognizer: Hangul detection and a particle/ending
// stripper for eojeol (space-separated words) such as "팡에겐", "다이크가", "커리나".
//
// The stripper only proposes splits; callers decide with evidence (dictionary hits, tagger
// spans, cue words) whether a trailing syllable is a particle or part of a name.
//
// Thread-safety: pure functions.
#pragma once

#include <string_view>
#include <vector>

namespace hirewire::extract {

// True if `cp` is a precomposed Hangul syllable (U+AC00..U+D7A3).
bool IsHangulSyllable(char32_t cp);

// Number of code points in `s` (invalid bytes count as one each).
int CountCodePoints(std::string_view s);

// True if every code point of `s` is a Hangul syllable (and `s` is not empty).
bool IsAllHangul(std::string_view s);

// Byte lengths of stems of `word` obtained by removing one trailing particle or copula ending,
// longest suffix first (so the shortest stem comes first). Only suffixes that leave at least
// one syllable are proposed. The word itself (no stripping) is NOT included.
// Example: "팡에겐" -> {3} ("팡"); "커리나" -> {6} ("커리"); "메타의" -> {6}.
std::vector<int> KoreanStemLengths(std::string_view word);

// True if `suffix` (the part after a stem) is a known particle/ending.
bool IsKoreanParticle(std::string_view suffix);

}  // namespace hirewire::extract
