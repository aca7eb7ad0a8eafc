#include "normalize/appointers.h"

#include <algorithm>

#include "normalize/events.h"
#include "normalize/frames.h"

namespace hirewire::normalize {

void AppointingBodyHires(std::vector<Event>* events) {
  const FrameReader& f = FrameReader::Default();
  auto appointer = [&](const Event& e) {
    if (f.AppointerName(e.employer)) return true;
    return std::any_of(e.employer_aliases.begin(), e.employer_aliases.end(),
                       [&](const std::string& s) { return f.AppointerName(s); });
  };
  auto person_hire = [](const Event& e) {
    return e.type == EventType::kHire && e.candidate_kind == "person" && !e.employer.empty();
  };
  std::vector<bool> drop(events->size(), false);
  for (size_t i = 0; i < events->size(); ++i) {
    const Event& e = (*events)[i];
    if (!person_hire(e) || !appointer(e)) continue;
    for (size_t j = 0; j < events->size() && !drop[i]; ++j) {
      const Event& o = (*events)[j];
      drop[i] = j != i && person_hire(o) && o.candidate == e.candidate && !SameOrUnit(o.employer, e.employer) &&
                !appointer(o);
    }
  }
  size_t k = 0;
  std::erase_if(*events, [&](const Event&) { return drop[k++]; });
}

}  // namespace hirewire::normalize
