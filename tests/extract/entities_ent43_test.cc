// One referent under several surface forms and German names running into the next noun (forty-third session,
// branch ent43; docs/entities.md). Every sentence is written for this test: persons, companies and places
// differ from the pages the error shapes come from.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/entities.h"
#include "tests/extract/entity_case_table.h"

namespace hirewire::extract {
namespace {

using testing_support::EntityCase;
using testing_support::ReadEntities;
using testing_support::Want;
using testing_support::WithSurface;

void Check(const std::vector<EntityCase>& cases) { testing_support::ExpectEntityCases(cases); }

// The name a person goes by in another language, in brackets after the one the article uses, is the same
// person (one real_name_word row per case).
TEST(Ent43, NameInAnotherLanguageInBrackets) {
  Check({
      {"ko", "반도체 설계업체 한솔칩은 마이클 윤(한국명 윤태성) 부사장을 영입했다고 밝혔다.", "마이클 윤",
       Want::kLinked, "윤태성"},
      {"ko", "스타트업 누리봇은 데이비드 한(한국 이름 한지호) 박사를 연구소장으로 선임했다.", "데이비드 한",
       Want::kLinked, "한지호"},
      {"ko", "배터리 업체 에코셀은 케빈 임(한국이름 임도현) 전무를 새 대표로 선임했다.", "케빈 임",
       Want::kLinked, "임도현"},
      {"ko", "가수 이서윤(영어 이름 그레이스 리)은 새 앨범을 냈다.", "이서윤", Want::kLinked, "그레이스 리"},
      {"ko", "창업자 이도윤(영문명 데이비드 리)은 이날 신제품을 공개했다.", "이도윤", Want::kLinked,
       "데이비드 리"},
      {"ja", "新社長のジェームズ・パク（韓国名・朴俊浩）氏は会見で抱負を語った。", "ジェームズ・パク",
       Want::kLinked, "朴俊浩"},
      {"en", "The startup hired Daniel Cho (Korean name Cho Min-jae) as its chief scientist.", "Daniel Cho",
       Want::kLinked, "Cho Min-jae"},
      {"en", "The fund named Kevin Zhang (Chinese name Zhang Wei) as its new partner.", "Kevin Zhang",
       Want::kLinked, "Zhang Wei"},
      {"en", "Rapper Kid Nova (real name Marcus Bell) signed with the label on Friday.", "Kid Nova",
       Want::kLinked, "Marcus Bell"},
  });
  // Negative: a relative named in the bracket stays another person.
  const std::vector<Entity> es =
      ReadEntities("ko", {"마이클 윤(동생 윤태성) 부사장은 이날 회의에 참석했다. 윤태성은 말을 아꼈다."});
  const Entity* brother = WithSurface(es, "윤태성");
  ASSERT_NE(brother, nullptr);
  EXPECT_NE(WithSurface(es, "마이클 윤"), brother);
}

// An ordinal glued to a Korean title after a name ("제1차관") is part of the title: the name is a person's.
TEST(Ent43, KoreanOrdinalBeforeATitle) {
  Check({
      {"ko", "보건복지부 하정란 제2차관이 회의에 출석해 입장을 밝혔다.", "하정란", Want::kPerson},
      {"ko", "국토교통부 남정란 제1차관은 이날 브리핑에서 대책을 발표했다.", "남정란", Want::kPerson},
  });
}

// Artists' professions before a name are titles (ko_title rows): a foreign given name with a Korean surname
// and a native name after them are persons.
TEST(Ent43, KoreanArtistTitlesBeforeANname) {
  Check({
      {"ko", "신곡은 작곡가 마르코 정이 만들었다.", "마르코 정", Want::kPerson},
      {"ko", "재단은 조각가 편다올을 올해의 작가로 선정했다.", "편다올", Want::kPerson},
      {"ko", "가사는 작사가 한소리가 썼다.", "한소리", Want::kPerson},
      {"ko", "미술가 도윤슬은 다음 달 개인전을 연다.", "도윤슬", Want::kPerson},
  });
}

// A line of insurance is no company (ko_stop rows); a city's fire and disaster headquarters is a public body,
// a place of the stop list with it (ko_org_suffix rows).
TEST(Ent43, KoreanInsuranceLinesAndFireHeadquarters) {
  for (const char* line : {"건강보험", "고용보험", "산재보험", "실손보험", "자동차보험"}) {
    const std::vector<Entity> es =
        ReadEntities("ko", {std::string("정부는 ") + line + " 적용 대상을 넓히겠다고 밝혔다."});
    EXPECT_EQ(WithSurface(es, line), nullptr) << line;
  }
  Check({
      {"ko", "서울소방재난본부는 이날 화재 원인을 조사하고 있다고 밝혔다.", "서울소방재난본부",
       Want::kTypedOrganization},
      {"ko", "부산소방안전본부 관계자는 구급차 3대를 보냈다고 말했다.", "부산소방안전본부",
       Want::kTypedOrganization},
  });
}

// A technical field after a chip acronym is no organization (ko_stop row 아키텍처; forty-third session:
// "GPU 아키텍처" was read as one and became a hire's previous employer).
TEST(Ent43, KoreanArchitectureAfterAnAcronymIsNoOrganization) {
  const std::vector<Entity> es = ReadEntities("ko", {"그는 라온반도체에서 NPU 아키텍처 설계를 맡아 왔다."});
  EXPECT_EQ(WithSurface(es, "NPU 아키텍처"), nullptr);
  Check({{"ko", "그는 라온반도체에서 NPU 아키텍처 설계를 맡아 왔다.", "라온반도체", Want::kTypedOrganization}});
}

// Korean spellings of a music channel, a chart magazine and an army football club (aliases rows).
TEST(Ent43, KoreanSpellingsOfListedNames) {
  Check({
      {"ko", "첫 공연은 엠넷을 통해 생중계된다.", "엠넷", Want::kOneMention, "Mnet"},
      {"ko", "신곡은 미국 빌보드 메인 차트에 올랐다.", "빌보드", Want::kOneMention, "Billboard"},
      {"ko", "김천 상무는 이날 홈경기에서 2-1로 이겼다.", "김천 상무", Want::kOneMention, "김천 상무 FC"},
      {"ko", "김천상무가 선두로 올라섰다.", "김천상무", Want::kOneMention, "김천 상무 FC"},
  });
}

// A Chinese place and a team word is the page's one team named by that place and its sponsor; a body with a
// head of its own stays apart.
TEST(Ent43, ChinesePlaceTeamIsTheClub) {
  Check({
      {"zh", "辽宁本钢主场战胜广东宏远。辽宁队后卫赵天宇全场砍下31分。广东队主教练刘振表示不满。", "辽宁队",
       Want::kLinked, "辽宁本钢"},
      {"zh", "辽宁本钢主场战胜广东宏远。辽宁队后卫赵天宇全场砍下31分。广东队主教练刘振表示不满。", "广东队",
       Want::kLinked, "广东宏远"},
  });
  const std::vector<Entity> es = ReadEntities("zh", {"中国队在比赛中战胜日本队。中国篮球协会表示祝贺。"});
  const Entity* team = WithSurface(es, "中国队");
  ASSERT_NE(team, nullptr);
  EXPECT_NE(WithSurface(es, "中国篮球协会"), team);
}

// A listed company written with its legal form (and its web address) is that company.
TEST(Ent43, ListedCompanyWithItsLegalForm) {
  Check({
      {"en", "Amazon.com Inc said on Monday it would open a new depot. Amazon did not give a date.",
       "Amazon.com Inc", Want::kLinked, "Amazon"},
      {"en", "Nvidia Corp reported higher sales on Wednesday. Shares of Nvidia rose 4 percent.",
       "Nvidia Corp", Want::kLinked, "Nvidia"},
  });
  // Negative: another name that starts with the listed one stays apart.
  const std::vector<Entity> es =
      ReadEntities("en", {"Apple Corps Ltd sued over the logo in 1978. Apple said it would appeal."});
  const Entity* corps = WithSurface(es, "Apple Corps Ltd");
  ASSERT_NE(corps, nullptr);
  EXPECT_NE(WithSurface(es, "Apple"), corps);
}

// German writes a bare plural object right after the subject: a name the page writes alone (or a family name
// it writes in full) ends before it.
TEST(Ent43, GermanNameBeforeABareNoun) {
  const std::vector<Entity> es = ReadEntities(
      "de", {"Laut Anklage soll Martin S. Aufträge an eine befreundete Baufirma vergeben haben.",
             "Martin S. bestreitet die Vorwürfe.",
             "Das Gericht sah es als erwiesen an, dass Kolbinger Spendengelder veruntreut hatte.",
             "Der frühere Kassier Alois Kolbinger schwieg."});
  EXPECT_NE(WithSurface(es, "Martin S."), nullptr);
  EXPECT_EQ(WithSurface(es, "Martin S. Aufträge"), nullptr);
  EXPECT_EQ(WithSurface(es, "Kolbinger Spendengelder"), nullptr);
  const Entity* kolbinger = WithSurface(es, "Kolbinger");
  ASSERT_NE(kolbinger, nullptr);
  EXPECT_EQ(kolbinger, WithSurface(es, "Alois Kolbinger"));
  // Negative: a listed given name that is another person's family name keeps the whole name.
  Check({{"de", "Thomas Reuter traf am Montag Anna Thomas in Bonn.", "Thomas Reuter", Want::kPerson}});
}

// A kind compound written with a hyphen after a short form says what the name after it is (the initiative
// rows of de_kind_front have their probe in entity_words_test.cc).
TEST(Ent43, GermanKindBeforeAName) {
  Check({
      {"de", "Die Fans protestierten gegen den US-Investor Ashgrove Capital.", "Ashgrove Capital",
       Want::kOrganization},
      {"de", "Die Fans protestierten gegen den US-Investor Ashgrove Capital.", "US-Investor Ashgrove Capital",
       Want::kNone},
  });
}

}  // namespace
}  // namespace hirewire::extract
