// Korean origin phrases that title one person: "모더나 출신 최승아 박사" (an organization, a source marker
// row of frames.tsv other than 에서 — 출신, 소속 — and the person right after, past at most one descriptor
// word).
#pragma once

#include <string_view>

namespace hirewire::normalize {

// The organization ending at `org_end` of `p` is the origin of the person starting at `person_start`: between
// them only a source marker row (출신, 소속) and at most one more word ("화이자 출신 정하늘", "화이자 출신
// 연구원 정하늘").
bool KoreanOriginTitlesPerson(std::string_view p, int org_end, int person_start);

}  // namespace hirewire::normalize
