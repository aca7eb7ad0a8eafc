// A unit named by a common word and capital letters: "한결AI 부사장으로 음성AI 부문장을 맡는다", "한결AI
// 음성AI 부문으로 출근하기 시작했다" — 음성AI (voice AI) is the division of 한결AI the person heads, not an
// employer, though the recognizer reads a Hangul word with ASCII capitals glued to it as a company
// (docs/events.md, twenty-eighth session, branch evemp28).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "corpus/records.h"
#include "normalize/employer_names.h"

namespace hirewire::normalize {

// The organizations whose name is a Korean dictionary word (KoreanCommonWord: 음성, 영상) followed by ASCII
// capitals only, a mention of which is followed by a space and a word starting with a unit_tail row (부문,
// 부문장, 사업부로, 연구소의) or a unit_title row, the head of a unit ("음성AI 리더를 맡았다", "보안AI
// 팀장으로"): such a name is a unit, or a field where it describes something else ("음성AI 스타트업
// 루미나랩"), no organization. So is a name that is a field of work (a field_group row: 기업금융, 공정거래),
// alone or with 그룹, wherever it stands: "김도현 기업금융그룹 부행장", "태림 공정거래그룹에서" name a bank's
// or a law firm's division, never a group of companies; "인수금융실장", "장기보험본부장인" the line of
// business a unit runs (the recognizer reads the field out of the compound post). `used_rows` (optional)
// receives the rows that took part. `name` is a field_group row, alone or with 그룹 ("기업금융그룹",
// "인수금융"): a division, no organization.
bool FieldGroupName(std::string_view name, const EmployerNameTable& table = EmployerNameTable::Default());

std::vector<size_t> CommonWordUnits(const Article& a, const EmployerNameTable& table,
                                    std::vector<int>* used_rows = nullptr);

}  // namespace hirewire::normalize
