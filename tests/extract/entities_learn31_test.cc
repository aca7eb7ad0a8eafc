// Learned from the blind batches entities-b42 and entities-b43 (thirty-first session, branch entlearn31;
// docs/entities.md). Every sentence is written for this test (no batch sentence): names, companies and places
// differ from the batches the error shapes come from.
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

// A role noun (ko_person_cue: a player's position; ko_group_role: a singer's part) between a title and a name
// is no given name: the name alone is the person, also for the second of two coordinated names.
TEST(Learn31, KoreanRoleBetweenTitleAndName) {
  Check({
      {"ko", "전북은 후반 22분 국가대표 수비수 윤태경이 동점골을 넣었다.", "윤태경", Want::kPerson},
      {"ko", "전북은 후반 22분 국가대표 수비수 윤태경이 동점골을 넣었다.", "수비수 윤태경", Want::kNone},
      {"ko", "새 음반에는 리더 한서윤과 메인보컬 도아가 직접 쓴 곡이 실렸다.", "도아", Want::kPerson},
      {"ko", "새 음반에는 리더 한서윤과 메인보컬 도아가 직접 쓴 곡이 실렸다.", "메인보컬 도아", Want::kNone},
  });
}

// A listed Hangul company name written before a space and a team's Hangul name is that team's short form on
// the page ("두산" of "두산 베어스"), whichever of the two comes first.
TEST(Learn31, KoreanListedTeamShortForm) {
  Check({
      {"ko",
       "한화, 연장 끝에 롯데 꺾고 4연승\n한화 이글스가 18일 대전에서 열린 경기에서 롯데 자이언츠를 5-4로 이겼다.",
       "롯데", Want::kLinked, "롯데 자이언츠"},
  });
}

// English company words that end a company's name (en_company_suffix rows Advisory, Records, Metals,
// Productions): the name is a company, and its front words alone are the same company.
TEST(Learn31, EnglishCompanyWords) {
  Check({
      {"en",
       "Receivers from Northgate Fairley Advisory took control on Monday. Northgate Fairley's partner declined to comment.",
       "Northgate Fairley", Want::kLinked, "Northgate Fairley Advisory"},
      {"en", "The album was released by Tin Sparrow Records in May. Tin Sparrow said sales doubled.",
       "Tin Sparrow", Want::kLinked, "Tin Sparrow Records"},
      {"en", "In a filing on Tuesday, listed investor Redcliff Metals said it would sell the stake.",
       "Redcliff Metals", Want::kTypedOrganization},
      {"en", "The series is made with Saffron Lane Productions and airs in June.", "Saffron Lane Productions",
       Want::kTypedOrganization},
  });
}

// A hyphenated romanized given name before a family name is a person's name without a title next to it
// ("Velora's chief executive, Su-Jin Park, said").
TEST(Learn31, HyphenatedGivenNameFirst) {
  Check({
      {"en", "Velora's chief executive, Su-Jin Park, said the company would grow.", "Su-Jin Park",
       Want::kPerson},
      {"en", "Its lead scientist, Xiao-Ying Chen, said trials would start in May.", "Xiao-Ying Chen",
       Want::kPerson},
  });
}

// A place, a hyphen and a participle (en_hyphen_participle rows based, owned, led …) is a modifier: no name,
// and no part of the name written after it.
TEST(Learn31, HyphenParticipleModifier) {
  Check({
      {"en", "The Tenants Forum of Kerala, a Kochi-based investor group, welcomed the order.", "Kochi-based",
       Want::kNone},
      {"en", "The film is produced by Pune-based Silver Kite Productions this year.",
       "Silver Kite Productions", Want::kTypedOrganization},
      {"en", "The film is produced by Pune-based Silver Kite Productions this year.",
       "Pune-based Silver Kite Productions", Want::kNone},
  });
}

// Chinese words before a name that are no part of it (zh_name_left_stop rows 简称, 以下简称, 建议, 冒充,
// 知名): the alias intro of a bracket, a verb of advice or of impersonation, the adjective "well-known".
TEST(Learn31, ChineseLeftStops) {
  Check({
      {"zh", "广州市天河区人民法院(以下简称天河法院)近日审结一起合同纠纷案。", "以下简称天河法院",
       Want::kNone},
      {"zh", "专家建议国家市场监督管理总局加强对直播带货的监管。", "国家市场监督管理总局",
       Want::kOrganization},
      {"zh", "专家建议国家市场监督管理总局加强对直播带货的监管。", "建议国家市场监督管理总局", Want::kNone},
      {"zh", "该男子冒充知名会计师事务所合伙人骗取钱款。", "冒充知名会计师事务所", Want::kNone},
      {"zh", "该男子冒充知名会计师事务所合伙人骗取钱款。", "知名会计师事务所", Want::kNone},
  });
}

// A count of bodies inside a Chinese span ("超过两百家医院": two counting characters or a digit, then a
// measure word) is no name; a place after 和 opens another name ("社区和|浙江…律师事务所").
TEST(Learn31, ChineseCountsAndJoins) {
  Check({
      {"zh", "全省已有超过三百家医院开设夜间门诊。", "全省已有超过三百家医院", Want::kNone},
      {"zh", "目前已有12家医院加入联盟。", "目前已有12家医院", Want::kNone},
      {"zh", "街道社区和浙江天平律师事务所共同组织了调解。", "浙江天平律师事务所", Want::kOrganization},
      {"zh", "街道社区和浙江天平律师事务所共同组织了调解。", "社区和浙江天平律师事务所", Want::kNone},
      {"zh", "国家发展和改革委员会发布通知。", "国家发展和改革委员会", Want::kOrganization},
      // (cjk_generic_org_final row 哨点医院: sentinel hospitals, a kind.)
      {"zh", "本周全省哨点医院报告的流感病例有所下降。", "哨点医院", Want::kNone},
  });
}

// A German institution's head word alone ("das Landgericht") is the page's one institution of that head with
// a seat ("Landgericht Kassel II").
TEST(Learn31, GermanInstitutionHeadAlone) {
  Check({
      {"de", "Das Landgericht Kassel II hat die Klage abgewiesen. Das Landgericht sah keinen Schaden.",
       "Landgericht", Want::kLinked, "Landgericht Kassel II"},
  });
}

// Japanese: a quoted name after a kind of organization and の is an organization ("新興企業の「…」").
TEST(Learn31, JapaneseKindNoQuote) {
  Check({
      {"ja", "研究チームは創薬ベンチャーの「ミドリ・セラピア」と組み、臨床試験を始める。", "ミドリ・セラピア",
       Want::kTypedOrganization},
  });
}

}  // namespace
}  // namespace hirewire::extract
