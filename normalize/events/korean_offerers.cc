// The Korean offering organization of a clause that names no candidate (ClauseReader, clause_amounts.cc's
// OfferingOrgEvent): "두산 베어스는 김태균에게 4년 총액 80억원을 제시했다. LG 트윈스는 이보다 많은 4년 총액
// 90억원을 제안한 것으로 알려졌다" — the second club's amount is its own offer to the person the text
// follows, not a second amount of the first club's offer.
#include <algorithm>

#include "normalize/events/clause_reader.h"

namespace hirewire::normalize::events_detail {

// The organization that is the topic or subject of a Korean clause offering the amount at `pos`: the nearest
// one before the amount (at most 90 bytes), closed by a topic or subject particle (은 는 이 가 도), with no
// person between it and the amount; an offer cue must follow the amount in the clause (the verb closes the
// Korean clause: "… 90억원을 제안한", "… 조건을 내밀며"). Null otherwise.
const OrgRef* ClauseReader::KoreanOfferingOrgBefore(int pos) const {
  const OrgRef* best = nullptr;
  for (const OrgRef& o : orgs)
    if (!o.publication && !o.cited && !o.prev && !o.target && !o.poss && o.end <= pos &&
        (!best || o.end > best->end))
      best = &o;
  if (!best || pos - best->end > 90) return nullptr;
  if (KoreanSubjectParticleAt(p, static_cast<size_t>(best->end), true) == 0) return nullptr;
  if (std::any_of(cands.begin(), cands.end(),
                  [&](const Candidate& c) { return c.end > best->end && c.start < pos; }))
    return nullptr;
  const bool offered = std::any_of(cues.begin(), cues.end(), [&](const CueHit& h) {
    return h.cue == Cue::kOffer && h.pos > pos && h.pos < s.end;
  });
  return offered ? best : nullptr;
}

}  // namespace hirewire::normalize::events_detail
