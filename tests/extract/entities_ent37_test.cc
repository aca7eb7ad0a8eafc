// Organizations cut wrong or missed (thirty-seventh session, branch ent37; docs/entities.md). Every page is
// written for this test (no batch sentence): the companies, schools, courts and persons differ from the pages
// the error shapes come from.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/entities.h"
#include "tests/extract/entity_case_table.h"

namespace hirewire::extract {
namespace {

using testing_support::EntityCase;
using testing_support::Want;

void Check(const std::vector<EntityCase>& cases) { testing_support::ExpectEntityCases(cases); }

// Chinese: a registered name opens with its place (a company with its legal form, a school, a people's
// court); the verb or adverb of the clause written right before it is no part of it.
TEST(Ent37, ChineseClauseWordsBeforeARegisteredName) {
  const char* bribe =
      "检方指控，2020年至2022年间，刘某利用负责采购审批的职务便利，多次收受苏州市恒川精密机械有限公司给予的"
      "好处费共计86万元。";
  const char* appeal = "二审法院裁定驳回上诉，维持南京市鼓楼区人民法院的一审判决。";
  const char* school = "记者在现场看到，附近南京航空航天大学的学生也赶来帮忙。";
  const char* role = "判决书显示，张某作为广州市云岭投资咨询有限公司实际控制人，对上述行为负有责任。";
  Check({
      {"zh", bribe, "苏州市恒川精密机械有限公司", Want::kOrganization},
      {"zh", bribe, "收受苏州市恒川精密机械有限公司", Want::kNone},
      {"zh", appeal, "南京市鼓楼区人民法院", Want::kOrganization},
      {"zh", appeal, "维持南京市鼓楼区人民法院", Want::kNone},
      {"zh", school, "南京航空航天大学", Want::kOrganization},
      {"zh", role, "广州市云岭投资咨询有限公司", Want::kOrganization},
  });
}

// A parent's name before its unit opened by a place (an academy, a bank, a province before its city's court)
// stays part of the name: the lead ends in an organization head or a place.
TEST(Ent37, ChineseParentBeforeAPlaceStaysInTheName) {
  const char* page = "该研究由中国科学院上海有机化学研究所完成。此前，浙江省宁波市中级人民法院已受理此案。";
  Check({
      {"zh", page, "中国科学院上海有机化学研究所", Want::kOrganization},
      {"zh", page, "浙江省宁波市中级人民法院", Want::kOrganization},
  });
}

// English: British and Commonwealth news write a court's or a police force's head in lower case after its
// place; the place and the head are one organization. A nationality before "police" names no body, nor does a
// person.
TEST(Ent37, EnglishPlaceBeforeALowerCaseBodyHead) {
  const char* court =
      "Dawson, 44, of Ashford, was jailed for three years at Canterbury crown court on Tuesday after the jury "
      "convicted him of fraud. The case was investigated by Northumbria police.";
  const char* high = "The petition will first be heard by the Kerala high court next month, lawyers said.";
  const char* foreign = "Dutch police said on Sunday that the suspect had been released.";
  Check({
      {"en", court, "Canterbury crown court", Want::kOrganization},
      {"en", court, "Northumbria police", Want::kOrganization},
      {"en", high, "Kerala high court", Want::kOrganization},
      {"en", foreign, "Dutch police", Want::kNone},
      {"en", foreign, "Dutch", Want::kNoOrganization},
  });
}

// Korean: a family name with 씨 and a particle written together ("오씨가") is how a court report calls the
// person it named in full; before a title word it is no person of its own.
TEST(Ent37, KoreanFamilyNameWithSsiIsNoNewPerson) {
  const char* page =
      "수원지법은 코인 투자 사기 혐의로 기소된 누리핀테크 대표 오지훈(39)씨에게 징역 6년을 선고했다.\n"
      "재판부는 \"오씨가 투자자 900여 명으로부터 약 120억원을 받아 가로챘다\"고 밝혔다.";
  Check({
      {"ko", page, "오지훈", Want::kPerson},
      {"ko", page, "오씨가", Want::kNone},
  });
}

}  // namespace
}  // namespace hirewire::extract
