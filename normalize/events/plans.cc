// A plan told in the past that did not come about ("루미랩 연구원 20명을 영입해 AI 조직을 꾸릴
// 계획이었다" after a failed acquisition; "had planned to hire"): its move words are no move
// (docs/events.md, twenty-seventh session, branch evgroup27).
#include <string>
#include <string_view>
#include <vector>

#include "normalize/events/internal.h"

namespace hirewire::normalize::events_detail {
namespace {

// bytes between "had planned to" and the move word ("to hire", "to bring in")
constexpr size_t kEnglishPlanGap = 24;

bool IsPlannedMove(Cue c) {
  return c == Cue::kJoin || c == Cue::kHire || c == Cue::kOffer || c == Cue::kIntent || c == Cue::kAccept;
}

}  // namespace

void DropUnrealizedPlans(const SentenceCtx& s, std::vector<CueHit>* hits) {
  static const std::vector<std::string> ko = CueRowsOf("unrealized", "after"),
                                        en = CueRowsOf("unrealized", "before");
  const std::string_view blank(s.blank), lo(s.lower);
  const size_t b = static_cast<size_t>(s.start), e = static_cast<size_t>(s.end);
  // Korean: the plan's ending closes the clause after the move words ("영입해 … 계획이었다").
  size_t ko_plan = std::string_view::npos;
  for (const std::string& r : ko) {
    const size_t f = blank.substr(b, e - b).find(r);
    if (f != std::string_view::npos) ko_plan = std::min(ko_plan, b + f);
  }
  // English: the plan's verb group opens the move word's ("had planned to hire").
  std::vector<size_t> en_plans;
  for (const std::string& r : en) {
    std::vector<size_t> found;
    FindAll(lo.substr(b, e - b), r, true, &found);
    for (size_t f : found) en_plans.push_back(b + f + r.size());
  }
  if (ko_plan == std::string_view::npos && en_plans.empty()) return;
  std::erase_if(*hits, [&](const CueHit& h) {
    if (!IsPlannedMove(h.cue)) return false;
    const size_t at = static_cast<size_t>(h.pos);
    if (ko_plan != std::string_view::npos && at < ko_plan && !IsAsciiAlpha(lo[at])) return true;
    return std::any_of(en_plans.begin(), en_plans.end(),
                       [&](size_t p) { return at >= p && at - p <= kEnglishPlanGap; });
  });
}

}  // namespace hirewire::normalize::events_detail
