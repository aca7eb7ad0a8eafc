// The hiring cue lexicon of the offer reading (normalize/data/cues.tsv, compiled in): cue words
// per language with their kind (offer, hire, join, decline, ...), phrases blanked before
// matching, and Korean purpose endings after a join word. See the table's header for the kinds.
//
// Thread-safety: a CueLexicon is immutable after construction and safe to share.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "corpus/status.h"

namespace hirewire::normalize {

struct CueRow {
  std::string kind;  // cue | blank | purpose | past | earlier | term | particle | retain | amount | group ...
  std::string lang;  // en | ko
  std::string text;
  std::string value;  // the cue kind for kind=cue
};

class CueLexicon {
 public:
  // The embedded table (built once; aborts on a malformed embedded table, which a test guards).
  static const CueLexicon& Default();
  // Errors name the line.
  static Result<CueLexicon> FromTsv(std::string_view tsv);

  const std::vector<CueRow>& rows() const { return rows_; }
  // Indices of the rows whose text occurs in `text` (Korean as a substring, English as whole
  // words of the ASCII-lowercased text).
  std::vector<int> RowsIn(std::string_view text) const;

 private:
  std::vector<CueRow> rows_;
};

std::string_view EmbeddedCuesTsv();

// Where a row's text occurs in `s` (the ASCII-lowercased text for English rows; `english` asks
// for whole words), or npos. A text "A … B" (an ellipsis between two parts) matches A, then B
// after at most kCueGapWords words: "reported … that" holds "reported on Monday that", "denied …
// report" holds "denied a South Korean media report". No sentence end stands in the gap.
inline constexpr int kCueGapWords = 4;
size_t FindCueText(std::string_view s, std::string_view text, bool english, size_t from = 0);

}  // namespace hirewire::normalize
