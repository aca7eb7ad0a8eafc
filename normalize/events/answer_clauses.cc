#include "normalize/events/internal.h"

// Korean: a clause that answers the one before a contrast ending ("원소속 구단은 4년 60억원을 제시하며 잔류를
// 설득했지만 강민우는 이를 거절했다"): the refusal or acceptance is of the offer the first clause makes, so
// the two are read as one clause (docs/events.md, twenty-seventh session, branch evoffer27). The comma form
// ("제시했지만, 강민우는 이를 거절했다") was read so already.

namespace hirewire::normalize::events_detail {

bool KoreanAnswerClause(std::string_view ko, int cut, int end) {
  if (cut < 0 || end <= cut || static_cast<size_t>(end) > ko.size()) return false;
  const std::string_view clause = ko.substr(static_cast<size_t>(cut), static_cast<size_t>(end - cut));
  static const std::vector<std::string> answers = CueRowsOf("answer", "");
  for (const std::string& row : answers)
    for (size_t f = clause.find(row + " "); f != std::string_view::npos; f = clause.find(row + " ", f + 1)) {
      // The answer's verb: a decline or accept cue row opening one of the next two words.
      const size_t from = f + row.size() + 1;
      const std::string_view rest = clause.substr(from, std::min<size_t>(clause.size() - from, 40));
      for (const Lex& l : CueWords()) {
        if (l.english || l.japanese || (l.cue != Cue::kDecline && l.cue != Cue::kAccept)) continue;
        const size_t at = rest.find(l.text);
        if (at != std::string_view::npos && (at == 0 || rest[at - 1] == ' ') &&
            std::count(rest.begin(), rest.begin() + static_cast<long>(at), ' ') <= 1)
          return true;
      }
    }
  return false;
}

}  // namespace hirewire::normalize::events_detail
