#include "normalize/title_groups.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/frames.h"

namespace hirewire::normalize {
namespace {

// The group's label is a title row ("부사장"; English also its plural, "vice presidents").
bool TitleLabel(const std::string& label) {
  for (const FrameReader::Row& r : FrameReader::Default().rows()) {
    if (r.kind != "title" || r.value == "glued" || r.lang == "ja") continue;
    if (label == r.text || (r.lang == "en" && (label == r.text + "s" || label == r.text + "es"))) return true;
  }
  return false;
}

}  // namespace

void TitleGroupsOfNamedPersons(std::vector<Event>* events) {
  std::vector<const std::string*> named;
  for (const Event& e : *events)
    if (e.candidate_kind == CandidateKind::kPerson && e.type == EventType::kHire &&
        std::none_of(named.begin(), named.end(), [&](const std::string* n) { return *n == e.candidate; }))
      named.push_back(&e.candidate);
  const int people = static_cast<int>(named.size());
  std::erase_if(*events, [&](const Event& e) {
    return e.candidate_kind == CandidateKind::kGroup && e.type == EventType::kHire && e.candidate_count > 1 &&
           people >= e.candidate_count && TitleLabel(e.candidate);
  });
  // A counted group leaving ("Two executives quit Kaizen") is made up by the persons named leaving the same
  // employer when they are as many; a group told beside them ("임원 3명도 함께 사의를 표명했다" after one
  // named) stays.
  std::vector<std::string> left;  // the employer of every person departure
  for (const Event& e : *events)
    if (e.candidate_kind == CandidateKind::kPerson && e.type == EventType::kDeparture)
      left.push_back(e.employer);
  std::erase_if(*events, [&](const Event& g) {
    return g.candidate_kind == CandidateKind::kGroup && g.type == EventType::kDeparture &&
           g.candidate_count > 1 && std::count(left.begin(), left.end(), g.employer) >= g.candidate_count;
  });
}

}  // namespace hirewire::normalize
