// The sentence analysis of a paragraph (corpus/records.h ParagraphAnalysis), built once per
// paragraph after deduplication and shared by the later stages: ICU sentence and word breaks
// (UTF-8 UText, byte offsets), token classes, Korean particle stems per token, and quoted speech.
// The money scanner adds its amounts and the entity recognizer its mentions; events read it
// instead of segmenting again.
//
// Thread-safety: a SentenceAnalyzer is immutable after Create(); share it across threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/records.h"
#include "corpus/status.h"

namespace hirewire::extract {

// Paragraphs are analysed up to this many bytes.
constexpr size_t kMaxAnalyzedBytes = 1 << 20;

class SentenceAnalyzer {
 public:
  static Result<std::unique_ptr<SentenceAnalyzer>> Create();
  // The process-wide analyzer (built on first use; nullptr when ICU has no break rules).
  static const SentenceAnalyzer* Default();
  ~SentenceAnalyzer();

  // One paragraph (its first kMaxAnalyzedBytes bytes).
  ParagraphAnalysis Analyze(std::string_view paragraph) const;
  // The first `n` paragraphs (all when n exceeds their number).
  std::vector<ParagraphAnalysis> AnalyzeParagraphs(const std::vector<std::string>& paragraphs,
                                                   size_t n = static_cast<size_t>(-1)) const;
  // Fills article->analysis, one per paragraph (replacing what was there).
  void AnalyzeArticle(Article* article) const;

  class Scratch;  // ICU break iterators for one thread

 private:
  SentenceAnalyzer();
  void Analyze(std::string_view paragraph, Scratch& scratch, ParagraphAnalysis* out) const;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The end of a wire dateline opening `paragraph` (past the dash and its space), or 0: a place in
// capitals (one to three words, perhaps a state and a date after commas) and an agency in brackets
// before a dash ("NEW YORK (AP) — ", "SAN JOSE, Calif., March 4 (Reuters) - ", "(Reuters) - "), or the
// place in capitals and a date alone ("TOKYO -- ", "SEOUL, March 3 -- "). The analysis reads the
// dateline as a sentence of its own, so the lede's first name opens its sentence.
int WireDatelineEnd(std::string_view paragraph);

// True when `analysis` was built from `paragraph` as it stands (same size, capped).
bool AnalysisFits(const ParagraphAnalysis& analysis, std::string_view paragraph);
// True when the article carries an analysis for each of its paragraphs.
bool HasAnalysis(const Article& article);

// Quoted speech: spans between double quotes (", “”, 「」, 『』) that hold a space, quote marks
// included. A quoted single word ("사실무근", "false") is a term, not speech, and is left out.
std::vector<TextSpan> QuotedSpeech(std::string_view paragraph);

// Reported-speech cues of a paragraph (extract/data/speech.tsv), outside the `quotes` spans, in
// text order: "said" with its speaker before it, "according to" with its speaker after it.
std::vector<SpeechCue> ReportedSpeechCues(std::string_view paragraph, const std::vector<TextSpan>& quotes);
// True when the mention [start, end) of `paragraph` is the speaker of one of `cues`: a cue right
// after it (past an age or apposition: "Harper, 34, said", "Grant, an analyst at X, said") or
// right before it ("according to Kim", "said Hollis Grant"). A speaker reporting about themself
// ("Gupta said he rejected the offer") is not one here: the clause is theirs.
bool IsSpeaker(std::string_view paragraph, const std::vector<SpeechCue>& cues, int start, int end);
// The embedded table (extract/data/speech.tsv).
std::string_view EmbeddedSpeechTsv();

// Records every person/organization mention of article->entities in its paragraph's analysis
// (in entity order, then mention order), and every amount of article->money.
void IndexMentions(Article* article);
void IndexAmounts(Article* article);
// True when article.analysis indexes exactly the article's current mentions (every one, in range).
bool MentionsIndexed(const Article& article);

}  // namespace hirewire::extract
