// People and companies: units written whole (thirty-fourth session, branch ent34; docs/entities.md). Every
// sentence is written for this test (no batch sentence): bodies, units and persons differ from the pages the
// error shapes come from.
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

// A CJK unit written right after its parent's name is one organization with it: a one-character head ending a
// two-character word after the unit's other words (外贸 + 一司, 循環器 + 内科), a number inside the unit
// (第3課, 第7部), an office (办公室), a section (課) or a health office (保健所). Not a common word ending in
// a head (干部).
TEST(Ent34, CjkUnitAfterParent) {
  Check({
      {"zh", "商务部外贸一司负责人在发布会上作了介绍。", "商务部外贸一司", Want::kTypedOrganization},
      {"zh", "海关总署综合业务一司负责人说，通关时间继续缩短。", "海关总署综合业务一司",
       Want::kTypedOrganization},
      {"zh", "国务院新闻办公室当天举行发布会，介绍了有关情况。", "国务院新闻办公室",
       Want::kTypedOrganization},
      {"zh", "一名男子冒充浙江大学招生办公室工作人员，骗取家长钱财。", "浙江大学招生办公室",
       Want::kTypedOrganization},
      {"zh", "腾讯公司2017实验室负责人表示，新模型将在年内发布。", "腾讯公司2017实验室",
       Want::kTypedOrganization},
      {"zh", "百度集团中层干部表示，调整将在下月完成。", "百度集团中层干部", Want::kNone},
      {"ja", "大阪府警捜査第3課は5日、会社役員の男を逮捕した。", "大阪府警捜査第3課",
       Want::kTypedOrganization},
      {"ja", "名古屋地裁民事第7部は請求を棄却した。", "名古屋地裁民事第7部", Want::kTypedOrganization},
      {"ja", "阪大病院循環器内科の医師らが研究結果を発表した。", "阪大病院循環器内科",
       Want::kTypedOrganization},
  });
}

// A Korean research institute written after its parent with a space is one organization with it (ko_unit_head
// 연구소; the institute's word alone names the whole), and so is a city's committee that was read alone
// first: the committee stays a name of the whole.
TEST(Ent34, KoreanUnitAfterParent) {
  Check({
      {"ko", "삼성SDI 소재연구소는 새 양극재를 개발했다고 밝혔다.", "삼성SDI 소재연구소",
       Want::kTypedOrganization},
      {"ko", "삼성SDI 소재연구소는 새 양극재를 개발했다고 밝혔다.", "소재연구소", Want::kLinked,
       "삼성SDI 소재연구소"},
      {"ko", "대전시 교통대책위원회는 이날 버스 요금 인상안을 심의했다.", "대전시 교통대책위원회",
       Want::kTypedOrganization},
      {"ko", "대전시 교통대책위원회는 이날 회의를 열었다. 교통대책위원회는 인상안을 보류했다.",
       "교통대책위원회", Want::kLinked, "대전시 교통대책위원회"},
  });
}

// German: the genitive of a family name the page writes in full opens no name ("Vogels Ministerium"; a listed
// agency's name, Reuters, when it is a person's genitive before a noun), and a person read from a counting
// noun is none ("zu sieben Jahren Haft", "seit Jahren Schulden").
TEST(Ent34, GermanGenitivesAndCounts) {
  Check({
      {"de",
       "Finanzministerin Clara Vogel (FDP) lehnte ab. Vogels Ministerium verwies auf die Schuldenbremse.",
       "Vogels Ministerium", Want::kNone},
      {"de",
       "Finanzministerin Clara Vogel (FDP) lehnte ab. Vogels Ministerium verwies auf die Schuldenbremse.",
       "Clara Vogel", Want::kPerson},
      {"de",
       "Stadträtin Lena Reuter wechselt in die Wirtschaft. Reuters Wechsel kam für die Fraktion überraschend.",
       "Reuters", Want::kNoOrganization},
      {"de", "Wie Reuters am Montag berichtete, prüft der Konzern einen Verkauf.", "Reuters",
       Want::kOrganization},
      {"de", "Landgericht verurteilt Bauunternehmer zu sieben Jahren Haft", "Jahren Haft", Want::kNone},
      {"de", "Der 52-Jährige wurde wegen Betrugs zu fünf Jahren Haft verurteilt. Er legte Berufung ein.",
       "Jahren Haft", Want::kNone},
      {"de", "Der Verkehrsbetrieb schreibt seit Jahren Schulden und sucht einen Partner.", "Jahren Schulden",
       Want::kNone},
  });
}

}  // namespace
}  // namespace hirewire::extract
