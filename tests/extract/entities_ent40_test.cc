// A family name alone beside a company named after the person, a kind of company opening a headline, Korean
// generic units, Chinese descriptions before 企业 (fortieth session, branch ent40). Every
// page is written for this test: companies, persons and words differ from the pages the error shapes come
// from.
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

// "Mr Mossop" on a page with Derek Mossop and his firm Mossop Property Ltd is Derek Mossop: the company's
// first word does not make the family name ambiguous between two persons.
TEST(Ent40, FamilyNameBesideACompanyNamedAfterThePerson) {
  const char* page =
      "Landlord jailed over fire in rented flat\n"
      "Derek Mossop, 61, of Leeds, ran Mossop Property Ltd, which let 40 flats in the city. The court heard "
      "that Mr Mossop ignored three fire safety notices. Judge Anita Rowe said Mossop had put tenants at "
      "risk.";
  Check({
      {"en", page, "Mossop", Want::kLinked, "Derek Mossop"},
      {"en", page, "Mossop Property Ltd", Want::kOrganization},
      {"en", page, "Derek Mossop", Want::kPerson},
  });
}

// A kind of company opening a headline ("Chipmaker", "Streamer") is no part of the name after it, and that
// name is a company, no person.
TEST(Ent40, KindOfCompanyOpeningAHeadline) {
  const char* chips = "Chipmaker Zenith to cut 1,200 jobs as AI pivot squeezes older units";
  const char* streamer = "Streamer Calloway to cut 1,200 jobs as AI pivot squeezes older units";
  Check({
      {"en", chips, "Chipmaker Zenith", Want::kNone},
      {"en", chips, "Zenith", Want::kTypedOrganization},
      {"en", streamer, "Streamer Calloway", Want::kNone},
      {"en", streamer, "Calloway", Want::kNoPerson},
  });
}

// A unit any company has (a dictionary word + 팀, 실, 본부 …) between a word read as a name and a title is no
// company; a named firm there still is.
TEST(Ent40, KoreanGenericUnitIsNoCompany) {
  const char* team = "올해 들어 한결배터리 전극재 개발팀 연구원 3명이 경쟁사로 옮겼다.";
  const char* firm = "정수빈 한빛로보틱스 연구원은 이날 새 로봇 팔을 공개했다.";
  Check({
      {"ko", team, "개발팀", Want::kNoOrganization},
      {"ko", firm, "한빛로보틱스", Want::kOrganization},
      {"ko", firm, "정수빈", Want::kPerson},
  });
}

// A Chinese place and a line of business before 企业 describe the company named after them: the place and
// the first words are no organization, and the company's own name still is.
TEST(Ent40, ChineseDescriptionBeforeEnterprise) {
  const char* startup = "宁德时代同日宣布，与深圳初创企业澜芯储能签订合作协议，共同开发钠离子电池。";
  const char* solar = "浙江嘉兴光伏企业“晟阳新能”已与研究团队签署技术转让协议。";
  Check({
      {"zh", startup, "深圳初创", Want::kNone},
      {"zh", solar, "晟阳新能", Want::kOnlyOrganization},
  });
}

}  // namespace
}  // namespace hirewire::extract
