// Readers for the NER training/evaluation corpora (KLUE-NER, Universal NER CoNLL) and the
// entity-level scorer shared by the training tool (extract/tools/train_ner.cc) and the golden test
// (tests/extract/ner_golden_test.cc). Parsers take file contents; the callers do the I/O.
//
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/ner_tagger.h"

namespace hirewire::extract::ner {

// One Korean sentence: its text and one tag id (ner::TagId) per code point.
struct KoSentence {
  std::string text;
  std::vector<int> tags;
};
// KLUE-NER "## id<TAB>annotated sentence" blocks with one "char<TAB>BIO" line per character.
// PS -> PER, OG -> ORG, LC -> LOC, DT/TI/QT -> OTHER.
std::vector<KoSentence> ParseKlue(std::string_view content);

// The deterministic split documented in docs/ner.md: sentence index i (0-based, file order) is held
// out for evaluation when i % 5 == 4.
inline bool IsKoreanHeldOut(size_t index) { return index % 5 == 4; }

// One English sentence: tokens and one tag id per token.
struct EnSentence {
  std::vector<std::string> tokens;
  std::vector<int> tags;
  int doc = 0;  // document index in its file ("# newdoc" lines of CoNLL files; 0 elsewhere)
};
// CoNLL-style "index<TAB>token<TAB>BIO..." lines, blank line between sentences, '#' comments.
// PER -> PER, ORG -> ORG, LOC -> LOC, others -> O. A "# newdoc" line starts the next document index.
std::vector<EnSentence> ParseConllIob2(std::string_view content);

// "token<TAB>tag" lines with a blank line after each sentence, no comment lines (the en-extra,
// ja and zh files under ../shared/ner/). PER/ORG/LOC map to their types, MISC to OTHER.
std::vector<EnSentence> ParseTokenBio(std::string_view content);
// The same format with one code point per line (ja/zh): the sentence text with one tag per code
// point; the files' space mark U+2581 becomes a space.
std::vector<KoSentence> ParseCharBio(std::string_view content);

// Entity spans as (start, end, type) in some unit (bytes for tagger output).
struct GoldSpan {
  int start = 0;
  int end = 0;
  std::string type;
  bool operator<(const GoldSpan& o) const {
    if (start != o.start) return start < o.start;
    if (end != o.end) return end < o.end;
    return type < o.type;
  }
  bool operator==(const GoldSpan&) const = default;
};

// PER and ORG spans of a BIO tag sequence (other types are skipped); units[i] are byte ranges
// {begin, end}.
std::vector<GoldSpan> SpansFromTags(const std::vector<int>& tags,
                                    const std::vector<std::pair<int, int>>& units);

// Exact-match counts per type.
struct PrfCounts {
  int tp = 0, fp = 0, fn = 0;
  double Precision() const { return tp + fp == 0 ? 0 : 100.0 * tp / (tp + fp); }
  double Recall() const { return tp + fn == 0 ? 0 : 100.0 * tp / (tp + fn); }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
};
struct NerScores {
  PrfCounts per, org;
};
void AddToScores(const std::vector<GoldSpan>& gold, const std::vector<TaggedSpan>& predicted,
                 NerScores* scores);

// Tags the held-out Korean sentences / the English sentences (tokens joined by single spaces)
// with `tagger` and scores them.
NerScores EvaluateKorean(const NerTagger& tagger, const std::vector<KoSentence>& sentences);
// The same for per-character sentences of any language ("ko", "ja", "zh").
NerScores EvaluateChars(const NerTagger& tagger, const std::vector<KoSentence>& sentences,
                        std::string_view lang);
NerScores EvaluateEnglish(const NerTagger& tagger, const std::vector<EnSentence>& sentences);

// The tokens joined by single spaces into *text, with each token's byte span in *units.
void JoinTokens(const std::vector<std::string>& tokens, std::string* text,
                std::vector<std::pair<int, int>>* units);

}  // namespace hirewire::extract::ner
