#include "normalize/title_groups.h"

#include <algorithm>
#include <string>
#include <string_view>

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
    if (e.candidate_kind == "person" && e.type == EventType::kHire &&
        std::none_of(named.begin(), named.end(), [&](const std::string* n) { return *n == e.candidate; }))
      named.push_back(&e.candidate);
  const int people = static_cast<int>(named.size());
  std::erase_if(*events, [&](const Event& e) {
    return e.candidate_kind == "group" && e.type == EventType::kHire && e.candidate_count > 1 &&
           people >= e.candidate_count && TitleLabel(e.candidate);
  });
}

}  // namespace hirewire::normalize
