#include <algorithm>

#include "normalize/events/clause_reader.h"

// Departures of a counted group of executives ("기존 부행장 3명은 임기 만료로 물러났다", "임원 3명도 함께
// 사의를 표명했다"): the golds write such a group's leaving as one departure of the group (events-b39 ko-10,
// events-d7 ko-07). Staff leaving in numbers (layoffs, "직원 30명이 회사를 떠났다") is no hiring event: only
// a title group (frames.tsv title rows with a count) or a group noun whose label is a cues.tsv leaving_group
// row.

namespace hirewire::normalize::events_detail {

// The clause tells a leaving and nothing else of a move: a leave cue, no cue of joining, hiring, offering,
// an attempt, an acquisition or a designation.
bool ClauseReader::GroupLeaves() const {
  if (!Has(cues, Cue::kLeave)) return false;
  for (Cue other : {Cue::kJoin, Cue::kHire, Cue::kOffer, Cue::kIntent, Cue::kAcquire, Cue::kAcquihire,
                    Cue::kDesignate, Cue::kStay, Cue::kNegation})
    if (Has(cues, other)) return false;
  return true;
}

// `c` is a counted group of executives that leaves in this clause: a count of two or more (not approximate),
// a title group or a leaving_group label, written before the first leave cue (the subject of the leaving).
bool ClauseReader::LeavingGroup(const Candidate& c) const {
  if (c.kind != CandidateKind::kGroup || c.count < 2 || c.approx || !GroupLeaves()) return false;
  const std::vector<TitleGroup>& titles = TitleGroups();
  const bool title =
      std::any_of(titles.begin(), titles.end(), [&](const TitleGroup& t) { return t.text == c.name; });
  static const std::vector<std::string> labels = CueRowsOf("leaving_group", "");
  const bool label = std::find(labels.begin(), labels.end(), c.name) != labels.end();
  if (!title && !label) return false;
  for (const CueHit& h : cues)
    if (h.cue == Cue::kLeave) return c.end <= h.pos;
  return false;
}

}  // namespace hirewire::normalize::events_detail
