// A person's post at a unit of a company, read with the unit as the employer: the company employs them.
// "창업자인 정 대표는 온누리플랫폼 음성AI센터장을 맡았고, 문 CTO는 음성AI센터 기술총괄로 자리를 옮겼다": the
// centre is a unit of 온누리플랫폼 (the article writes the company right before the centre's name with a
// space), so both are hired by 온누리플랫폼. The unit heads are the entity recognizer's data
// (extract/data/entity_words.tsv ko_unit_head: 센터, 본부, 사업부, 부문, 연구소 …).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "corpus/records.h"

namespace hirewire::normalize {

// Every person's hire, offer or departure whose employer is written, somewhere in the article, right after
// exactly one other organization with a space and ends in a unit head there (the employer's name ends in one,
// or the word goes on with one: "음성AI" in "음성AI센터장") takes that organization as its employer; a
// previous employer that is now the employer goes.
// A unit the article never writes after an organization is a unit of `lead_org`, the company the story opens
// with (none when empty).
void UnitParentEmployers(const Article& article, const std::string& lead_org, std::vector<Event>* events);

// A Korean name that ends in a unit head (ko_unit_head) or a department head (ko_department_head) of two
// syllables or more: "재무자문본부", "동해과학기술원 전산학부".
bool KoreanUnitName(std::string_view name);

}  // namespace hirewire::normalize
