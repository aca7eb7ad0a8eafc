#include "normalize/appointers.h"

#include <algorithm>

#include "normalize/events.h"
#include "normalize/frames.h"
#include "normalize/unit_employers.h"

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
  InstitutionOfAppointedHeads(events);
}

void InstitutionOfAppointedHeads(std::vector<Event>* events) {
  const FrameReader& f = FrameReader::Default();
  auto names = [&](const std::string& s) { return f.AppointerName(s) || f.KoreanBody(s); };
  auto appointer = [&](const Event& e) {
    return names(e.employer) || std::any_of(e.employer_aliases.begin(), e.employer_aliases.end(), names);
  };
  // The hire's own employer by its name, no unit of an institution ("재무자문본부", "전산학부" end like a
  // ministry).
  auto appointed_at = [&](const Event& e) { return names(e.employer) && !KoreanUnitName(e.employer); };
  // The one institution the article's other events (a predecessor's departure, another appointee's hire)
  // take place at, no appointing body: "the agency" whose head the appointer names.
  auto institution = [&](size_t i) -> const Event* {
    const Event* found = nullptr;
    for (size_t j = 0; j < events->size(); ++j) {
      const Event& o = (*events)[j];
      if (j == i || o.employer.empty() || appointer(o)) continue;
      if (found && !SameOrUnit(found->employer, o.employer)) return nullptr;
      if (!found) found = &o;
    }
    return found;
  };
  std::vector<const Event*> target(events->size(), nullptr);
  for (size_t i = 0; i < events->size(); ++i) {
    const Event& e = (*events)[i];
    if (e.type == EventType::kHire && e.candidate_kind == CandidateKind::kPerson && appointed_at(e))
      target[i] = institution(i);
  }
  std::vector<Event> copies;
  copies.reserve(events->size());
  for (size_t i = 0; i < events->size(); ++i) copies.push_back(target[i] ? *target[i] : Event{});
  for (size_t i = 0; i < events->size(); ++i) {
    if (!target[i]) continue;
    Event& e = (*events)[i];
    e.employer = copies[i].employer;
    e.employer_aliases = copies[i].employer_aliases;
    // The deputy named acting head of the agency they serve comes from nowhere ("NHTSA deputy
    // administrator").
    if (SameOrUnit(e.previous_employer, e.employer)) {
      e.previous_employer.clear();
      e.previous_employer_aliases.clear();
    }
  }
}

void LeadInstitutionOfAppointedHeads(const std::string& lead_org, std::vector<Event>* events) {
  const FrameReader& f = FrameReader::Default();
  auto names = [&](const std::string& s) { return f.AppointerName(s) || f.KoreanBody(s); };
  if (lead_org.empty() || names(lead_org)) return;
  auto at_appointer = [&](const Event& e) {
    return e.candidate_kind == CandidateKind::kPerson && names(e.employer) && !KoreanUnitName(e.employer) &&
           (e.type == EventType::kHire || e.type == EventType::kDeparture);
  };
  bool hire = false;
  for (const Event& e : *events) {
    // An event at another organization names the institution already (InstitutionOfAppointedHeads); the lead
    // organization as someone's origin is where the head comes from.
    if (!e.employer.empty() && !names(e.employer)) return;
    if (SameOrUnit(e.previous_employer, lead_org)) return;
    hire = hire || (e.type == EventType::kHire && at_appointer(e));
  }
  if (!hire) return;
  for (Event& e : *events) {
    if (!at_appointer(e)) continue;
    e.employer = lead_org;
    e.employer_aliases.clear();
  }
}

}  // namespace hirewire::normalize
