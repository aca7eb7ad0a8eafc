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

// True if every code point of `s` is a Han character (CJK unified ideographs and extension A; `s` not empty).
bool IsHanWord(std::string_view s);

// The code points of `s`, one view each (an ill-formed byte is one of its own).
std::vector<std::string_view> CodePointViews(std::string_view s);

// Byte lengths of stems of `word` obtained by removing one trailing particle or copula ending,
// longest suffix first (so the shortest stem comes first). Only suffixes that leave at least
// one syllable are proposed. The word itself (no stripping) is NOT included.
// Example: "팡에겐" -> {3} ("팡"); "커리나" -> {6} ("커리"); "메타의" -> {6}.
std::vector<int> KoreanStemLengths(std::string_view word);

// True if `suffix` (the part after a stem) is a known particle/ending.
bool IsKoreanParticle(std::string_view suffix);

// True if `suffix` is a case particle (을/를, 은/는, 이/가, 의, 에, 에서, 에게, 도, 로/으로, 와/과, 만):
// unlike an ending such as 랑 or 다, never part of the name before it ("스튜디오 담을" is 담, "스튜디오 파랑"
// is 파랑).
bool IsKoreanCaseParticle(std::string_view suffix);

// Byte length of `word` without the whole particle that ends it: the longest stem of
// KoreanStemLengths, unless that stem still ends in a particle that, with the one removed, makes a
// listed longer particle (으로+부터, 에+는, 에서+는: "아크라실리콘으로부터" -> "아크라실리콘",
// "메모리사업부장에는" -> "메모리사업부장"); the word's size when it carries no particle.
int KoreanWholeParticleStem(std::string_view word);

}  // namespace hirewire::extract
