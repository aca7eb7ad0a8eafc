// A relative clause that describes a noun after the move word ("hired Darnell Hayes on Sunday to
// revive a program that has not had a winning season since 2018"): its negators and years tell of
// that noun, not of the move (docs/events.md, twenty-seventh session, branch evgroup27). So do a
// subordinate clause's negators ("hired X because the company did not find an internal candidate":
// thirty-eighth session, branch evout38).
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/events/internal.h"

namespace hirewire::normalize::events_detail {
namespace {

constexpr int kNounWords = 4;  // words a determiner may stand before the relative pronoun

bool IsWordIn(std::string_view w, const std::vector<std::string>& rows) {
  for (const std::string& r : rows)
    if (w == r) return true;
  return false;
}

// One of the few words right before `at` (none closed by a comma or semicolon, none before `from`)
// is a determiner row ("a program", "the team's defense"): what follows describes that noun.
bool DeterminedNounBefore(std::string_view lo, size_t from, size_t at) {
  static const std::vector<std::string> dets = CueRowsOf("determiner", "");
  size_t end = at;  // the space before the pronoun
  for (int w = 0; w < kNounWords && end > from; ++w) {
    size_t b = lo.rfind(' ', end - 1);
    b = (b == std::string_view::npos || b < from) ? from : b + 1;
    std::string_view word = lo.substr(b, end - b);
    if (word.empty() || word.find_first_of(",;:") != std::string_view::npos) return false;
    if (IsWordIn(word, dets)) return w > 0;  // a noun between the determiner and the pronoun
    if (b == from) return false;
    end = b - 1;
  }
  return false;
}

bool IsMove(Cue c) {
  return c == Cue::kJoin || c == Cue::kHire || c == Cue::kAccept || c == Cue::kLeave || c == Cue::kOffer ||
         c == Cue::kIntent || c == Cue::kDesignate || c == Cue::kDecline;
}

}  // namespace

size_t TrailingRelativeStart(std::string_view lo, size_t from, size_t stop) {
  static const std::vector<std::string> pronouns = CueRowsOf("relative", "");
  stop = std::min(stop, lo.size());
  if (from >= stop) return std::string_view::npos;
  size_t best = std::string_view::npos;
  for (const std::string& r : pronouns) {
    std::vector<size_t> found;
    FindAll(lo.substr(from, stop - from), r, true, &found);
    for (size_t f : found) {
      const size_t at = from + f;
      if (at < best && at > from && lo[at - 1] == ' ' && DeterminedNounBefore(lo, from, at - 1)) best = at;
    }
  }
  return best;
}

namespace {

// The first subordinator row (cues.tsv kind=subordinator: because, after, although …) in lo[from, stop) that
// opens a subordinate clause: a whole word after a space.
size_t TrailingSubordinateStart(std::string_view lo, size_t from, size_t stop) {
  static const std::vector<std::string> conjunctions = CueRowsOf("subordinator", "");
  stop = std::min(stop, lo.size());
  if (from >= stop) return std::string_view::npos;
  size_t best = std::string_view::npos;
  for (const std::string& r : conjunctions) {
    std::vector<size_t> found;
    FindAll(lo.substr(from, stop - from), r, true, &found);
    for (size_t f : found)
      if (from + f < best && from + f > from && lo[from + f - 1] == ' ') best = from + f;
  }
  return best;
}

// The first ", WORD " in lo[from, stop) for a person_relative or thing_relative row WORD (", who has not yet
// responded"): an aside on the name before it, opening at the pronoun.
size_t TrailingAsideStart(std::string_view lo, size_t from, size_t stop) {
  size_t best = std::string_view::npos;
  for (const std::string_view kind : {"person_relative", "thing_relative"})
    for (const std::string& w : CueRowsOf(kind, "")) {
      const std::string marker = ", " + w + " ";
      const size_t f = lo.substr(0, std::min(stop, lo.size())).find(marker, from);
      if (f != std::string_view::npos && f + 2 < best) best = f + 2;
    }
  return best;
}

}  // namespace

bool InClosedAside(std::string_view text, size_t from, size_t at, size_t pos) {
  if (at >= pos || pos > text.size()) return false;
  const size_t open = text.rfind(", ", at);
  if (open == std::string_view::npos || open < from) return false;
  const size_t close = text.find(", ", at);
  if (close == std::string_view::npos || close >= pos) return false;
  const std::string word = AsciiLower(text.substr(open + 2, text.find(' ', open + 2) - open - 2));
  for (const std::string_view kind : {"person_relative", "thing_relative"})
    for (const std::string& w : CueRowsOf(kind, ""))
      if (word == w) return true;
  return false;
}

void DropRelativeTailNegations(const SentenceCtx& s, std::vector<CueHit>* hits) {
  std::string_view lo(s.lower);
  size_t tail = std::string_view::npos;
  for (const CueHit& h : *hits) {
    if (!IsMove(h.cue) || !IsAsciiAlpha(lo[static_cast<size_t>(h.pos)])) continue;
    const size_t after = static_cast<size_t>(h.pos + h.len), stop = static_cast<size_t>(s.end);
    tail = std::min({TrailingRelativeStart(lo, after, stop), TrailingSubordinateStart(lo, after, stop),
                     TrailingAsideStart(lo, after, stop)});
    break;  // the first move word of the clause
  }
  if (tail == std::string_view::npos) return;
  for (const CueHit& h : *hits)
    if (IsMove(h.cue) && static_cast<size_t>(h.pos) >= tail) return;  // the clause's own move: left as read
  std::erase_if(
      *hits, [&](const CueHit& h) { return h.cue == Cue::kNegation && static_cast<size_t>(h.pos) >= tail; });
}

}  // namespace hirewire::normalize::events_detail
