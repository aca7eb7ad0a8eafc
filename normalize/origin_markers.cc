#include "normalize/origin_markers.h"

#include "normalize/frames.h"

namespace hirewire::normalize {

bool KoreanOriginTitlesPerson(std::string_view p, int org_end, int person_start) {
  if (org_end < 0 || person_start <= org_end || static_cast<size_t>(person_start) > p.size()) return false;
  std::string_view mid = p.substr(static_cast<size_t>(org_end), static_cast<size_t>(person_start - org_end));
  if (mid.starts_with(" ")) mid.remove_prefix(1);
  for (const FrameReader::Row& r : FrameReader::Default().rows()) {
    if (r.kind != "marker" || r.lang != "ko" || r.value != "source" || r.text == "에서") continue;
    if (!mid.starts_with(r.text + " ")) continue;
    std::string_view rest = mid.substr(r.text.size() + 1);
    if (rest.empty()) return true;
    // One descriptor word, closed by a space, before the name.
    const size_t space = rest.find(' ');
    return space != std::string_view::npos && space + 1 == rest.size() &&
           rest.find_first_of(",.") == std::string_view::npos;
  }
  return false;
}

}  // namespace hirewire::normalize
