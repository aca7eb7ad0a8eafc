#include "extract/entity_bounds.h"

#include <unicode/unistr.h>

#include <string>

#include "corpus/utf8.h"
#include "extract/entity_words.h"
#include "extract/korean.h"

namespace hirewire::extract {
namespace {

bool IsHiraganaCp(char32_t c) { return c >= 0x3041 && c <= 0x309F; }

}  // namespace

bool AllHiragana(std::string_view w) {
  if (w.empty()) return false;
  for (size_t i = 0; i < w.size();)
    if (!IsHiraganaCp(DecodeUtf8(w, &i))) return false;
  return true;
}

namespace {

std::string FoldedWord(std::string_view w) {
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(w.data(), static_cast<int32_t>(w.size())))
      .foldCase()
      .toUTF8String(out);
  return out;
}

bool CapitalizedLatinWord(std::span<const TextToken> toks, int t) {
  return t >= 0 && t < static_cast<int>(toks.size()) && toks[t].kind == TokenKind::kWord && toks[t].latin &&
         toks[t].cap;
}

}  // namespace

int JapaneseHiraganaFrontStart(std::string_view text, std::span<const TextToken> toks, int first,
                               std::span<const int> owner) {
  const EntityWords& words = EntityWords::Default();
  const int span_start = toks[first].start;
  if (toks[first].latin) return span_start;  // ("いたJAXA宇宙科学研究所")
  int front = span_start;
  for (int t = first - 1; t >= 0; --t) {
    const TextToken& k = toks[t];
    if (k.end != front || k.kind != TokenKind::kWord || owner[t] >= 0) break;
    const std::string_view w = text.substr(k.start, k.end - k.start);
    if (!AllHiragana(w) || words.Has(WordList::kJaHiraganaStop, w)) break;
    // A verb form ("つくる", "していた", "として", "しぼんだ") ends the clause before the name.
    bool verb = false;
    for (const std::string& e : words.List(WordList::kJaVerbFinal)) verb = verb || w.ends_with(e);
    if (verb) break;
    // A one-character particle after a word ("東京都が", "大手の") ends the word before it;
    // after punctuation or the paragraph's start it opens the name ("「はやぶさ").
    const bool after_word = t > 0 && toks[t - 1].end == k.start && toks[t - 1].kind == TokenKind::kWord;
    if (words.Has(WordList::kJaParticle, w) && after_word) break;
    front = k.start;
  }
  const int cps = CountCodePoints(text.substr(front, span_start - front));
  return cps >= 2 && cps <= 8 ? front : span_start;
}

bool GermanFirmKindBeforeAmpersandName(std::string_view text, std::span<const TextToken> toks, int t) {
  const int n = static_cast<int>(toks.size());
  if (!CapitalizedLatinWord(toks, t) || toks[t].all_caps || t + 3 >= n) return false;
  const int s = toks[t].sentence;
  if (!CapitalizedLatinWord(toks, t + 1) || !toks[t + 1].space_before ||
      toks[t + 2].kind != TokenKind::kPunct ||
      text.substr(toks[t + 2].start, toks[t + 2].end - toks[t + 2].start) != "&" ||
      !CapitalizedLatinWord(toks, t + 3) || toks[t + 3].sentence != s || toks[t + 1].sentence != s)
    return false;
  const std::string kind = FoldedWord(text.substr(toks[t].start, toks[t].end - toks[t].start));
  const EntityWords& words = EntityWords::Default();
  for (const std::string& k : words.List(WordList::kDeFirmKind))
    if (kind.ends_with(k)) return true;
  for (const std::string& k : words.List(WordList::kDeShopHead))  // (a compound: "Traditionsbäckerei")
    if (kind.size() >= k.size() + 3 && kind.ends_with(k)) return true;
  return false;
}

int KoreanOpenSyllableNameEnd(std::string_view word, int cut) {
  if (cut < 3 || cut >= static_cast<int>(word.size()) || !word.substr(cut).starts_with("이")) return cut;
  size_t k = static_cast<size_t>(cut) - 3;
  const char32_t last = DecodeUtf8(word, &k);
  if (k != static_cast<size_t>(cut) || !IsHangulSyllable(last) || (last - 0xAC00) % 28 != 0) return cut;
  const int stem = KoreanWholeParticleStem(word);
  return stem > cut ? stem : cut;
}

}  // namespace hirewire::extract
