#include "normalize/appointers.h"

#include <algorithm>

#include "normalize/events.h"
#include "normalize/frames.h"

namespace hirewire::normalize {

void AppointingBodyHires(std::vector<Event>* events) {
  const FrameReader& f = FrameReader::Default();
  // (A company's or institution's deciding body, frames.tsv kind=body: "임원추천위원회가 추천한 후보 가운데 …
  // 임명했다", decides the same way and employs no one; thirty-fourth session.)
  auto names = [&](const std::string& s) { return f.AppointerName(s) || f.KoreanBody(s); };
  auto appointer = [&](const Event& e) {
    return names(e.employer) || std::any_of(e.employer_aliases.begin(), e.employer_aliases.end(), names);
  };
  auto person_hire = [](const Event& e) {
    return e.type == EventType::kHire && e.candidate_kind == CandidateKind::kPerson && !e.employer.empty();
  };
  std::vector<bool> drop(events->size(), false);
  for (size_t i = 0; i < events->size(); ++i) {
    const Event& e = (*events)[i];
    if (!person_hire(e) || !appointer(e)) continue;
    for (size_t j = 0; j < events->size() && !drop[i]; ++j) {
      const Event& o = (*events)[j];
      drop[i] = j != i && person_hire(o) && o.candidate == e.candidate &&
                !SameOrUnit(o.employer, e.employer) && !appointer(o);
    }
  }
  size_t k = 0;
  std::erase_if(*events, [&](const Event&) { return drop[k++]; });
}

}  // namespace hirewire::normalize
