// Employer names as organizations, thirtieth session (branch entorg30; docs/entities.md): company names with
// no legal form and no listed head, which the recognizer read as a person or not at all. Every sentence is
// written for this test (no batch sentence): names, companies and places differ from the blind batches the
// error class comes from; the Korean group affiliates are real, well-known companies.
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

// English: a capitalized closed compound ending in a business word (en_company_word_ending) ends a company's
// name, before "said" too, where two unknown capitalized words read as a person's name.
TEST(Org30, EnglishCompoundBusinessWord) {
  Check({
      {"en", "Korvane Microsystems said on Monday that it had hired Leah Tran as chief financial officer.",
       "Korvane Microsystems", Want::kTypedOrganization},
      {"en", "Korvane Microsystems said on Monday that it had hired Leah Tran as chief financial officer.",
       "Leah Tran", Want::kPerson},
      {"en", "Chief executive Omar Haddad left Brightwell Optronics in March.", "Brightwell Optronics",
       Want::kTypedOrganization},
      {"en", "Velmora Biotherapeutics named Jonah Pierce its new head of research.",
       "Velmora Biotherapeutics", Want::kTypedOrganization},
      {"en", "The board of Quenfield Nanodevices approved the appointment on Friday.",
       "Quenfield Nanodevices", Want::kTypedOrganization},
      {"en", "Sarita Lowe, a former engineer at Pellmark Photonics, joined Ostrin Bioanalytics last year.",
       "Ostrin Bioanalytics", Want::kTypedOrganization},
      {"en", "Dunmore Geosciences said it would cut 40 jobs.", "Dunmore Geosciences",
       Want::kTypedOrganization},
      {"en", "Brenton MicroDevices said it hired Mark Dolan.", "Brenton MicroDevices",
       Want::kTypedOrganization},
      // Controls: a person's name before "said" stays a person.
      {"en", "Helen Matthews said on Tuesday that she would retire.", "Helen Matthews", Want::kPerson},
      {"en", "Dennis Okafor said the deal was off.", "Dennis Okafor", Want::kPerson},
  });
}

// Korean: a listed group name in ASCII capitals glued to an affiliate's Hangul name (ko_glued_group_prefix)
// is the affiliate, a company, in any slot (subject, genitive, before a date); not a word about the group
// (ko_glued_group_tail).
TEST(Org30, KoreanGluedGroupAffiliate) {
  Check({
      {"ko", "SK바이오팜은 24일 신임 최고재무책임자로 이도윤 전무를 선임했다고 밝혔다.", "SK바이오팜",
       Want::kTypedOrganization},
      {"ko", "GS리테일이 편의점 사업부 대표에 한지호 부사장을 앉혔다.", "GS리테일", Want::kTypedOrganization},
      {"ko", "KT스카이라이프의 새 대표로 오민석 전무가 내정됐다.", "KT스카이라이프",
       Want::kTypedOrganization},
      {"ko", "KT스카이라이프의 새 대표로 오민석 전무가 내정됐다.", "오민석", Want::kPerson},
      {"ko", "LS일렉트릭은 올해 임원 인사에서 5명을 승진시켰다.", "LS일렉트릭", Want::kTypedOrganization},
      {"ko", "HD현대미포가 조선소 안전책임자를 외부에서 영입했다.", "HD현대미포", Want::kTypedOrganization},
      {"ko", "LG디스플레이에서는 올해 임원 3명이 물러났다.", "LG디스플레이", Want::kTypedOrganization},
      // Controls: words about the group, glued to its name.
      {"ko", "그는 LG출신 엔지니어다.", "LG출신", Want::kNone},
      {"ko", "LG출신 김민수 전무를 영입했다.", "LG출신", Want::kNone},
      {"ko", "SK계열 관계자는 말을 아꼈다.", "SK계열", Want::kNone},
  });
}

// Korean: a Hangul name ending in an industry word (ko_industry_head) before a post or a name and a post, or
// as a subject with a two-syllable front that is no dictionary word, is a company.
TEST(Org30, KoreanIndustryHeadEmployer) {
  Check({
      {"ko", "다온물류 박지성 대표는 이날 사임했다.", "다온물류", Want::kTypedOrganization},
      {"ko", "다온물류 박지성 대표는 이날 사임했다.", "박지성", Want::kPerson},
      {"ko", "청솔유통 신임 대표에 윤하늘 전무가 선임됐다.", "청솔유통", Want::kTypedOrganization},
      {"ko", "가람식품은 이서준 상무를 영업본부장으로 영입했다.", "가람식품", Want::kTypedOrganization},
      {"ko", "동림철강의 김태호 사장은 연임에 성공했다.", "동림철강", Want::kTypedOrganization},
      {"ko", "해든제지 강민호 대표가 물러났다.", "해든제지", Want::kTypedOrganization},
      // Controls: a field compound, a loanword front, a department ending in 과.
      {"ko", "이동통신이 발전했다.", "이동통신", Want::kNone},
      {"ko", "스마트물류는 성장 중이다.", "스마트물류", Want::kNone},
      {"ko", "구청 지역경제과는 단속을 유예했다.", "지역경제과", Want::kNoOrganization},
  });
}

// A plus sign written right after a name's last word is part of the name (PlusSignEnd in english.cc).
TEST(Org30, PlusSignClosesAName) {
  Check({
      {"en", "Streaming service Lumen+ hired Dana Holt as its content chief.", "Lumen+", Want::kOrganization},
      {"en", "Streaming service Lumen+ hired Dana Holt as its content chief.", "Dana Holt", Want::kPerson},
      {"en", "Streaming platform Vexo+ named Ira Cole its chief editor.", "Vexo+", Want::kOrganization},
  });
}

}  // namespace
}  // namespace hirewire::extract
