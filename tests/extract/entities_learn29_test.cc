// Learned from the blind batches entities-b38 and entities-b39 (twenty-ninth session, branch entlearn29;
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

// German houses named by their bare word (de_house_head): the word is part of the name before a seat, an own
// name or am / in der and a name; no time word after "am"; other kind cues are still cut ("die Band").
TEST(Learn29, GermanHouses) {
  Check({
      {"de", "Sie leitete zuletzt das Theater Kornblume in Linz.", "Theater Kornblume", Want::kOrganization},
      {"de", "Sie leitete zuletzt das Theater Kornblume in Linz.", "Kornblume", Want::kNone},
      {"de", "Vorher war er Dramaturg am Schauspielhaus Bochum.", "Schauspielhaus Bochum",
       Want::kOrganization},
      {"de", "Das Theater Regensburg zeigt im Herbst drei Uraufführungen.", "Theater Regensburg",
       Want::kOrganization},
      {"de", "Sie wird Intendantin des Theaters am Stadtpark in Graz.", "Theaters am Stadtpark",
       Want::kOrganization},
      {"de", "Die Premiere im Theater in der Altstadt war ausverkauft.", "Theater in der Altstadt",
       Want::kOrganization},
      {"de", "Wir treffen uns im Theater am Abend und gehen danach essen.", "Theater am Abend", Want::kNone},
      {"de", "Der Radiosender spielte die Band Tocotronic am Sonntag.", "Band Tocotronic", Want::kNone},
  });
}

// German press anonymization: a listed given name, the family name's initial and its dot are a person.
TEST(Learn29, GermanAnonymizedNames) {
  Check({
      {"de", "Der Angeklagte Jürgen S. schwieg während der ganzen Verhandlung.", "Jürgen S.", Want::kPerson},
      {"de", "Die Zeugin Sabine M. sagte, sie habe nichts bemerkt.", "Sabine M.", Want::kPerson},
      {"de", "Laut Anklage soll Thomas W. mehr als 40.000 Euro veruntreut haben.", "Thomas W.",
       Want::kPerson},
      {"de", "Ihr Anwalt vertritt auch den Mitangeklagten Stefan R., einen Lieferanten.", "Stefan R.",
       Want::kPerson},
      // A middle initial before a family name stays one name.
      {"de", "Der Autor Thomas W. Becker stellte sein Buch vor.", "Thomas W. Becker", Want::kPerson},
  });
}

// English: a saint's possessive after "St" with no dot, and the singular "Sheriff's", stay inside a name
// before its head.
TEST(Learn29, EnglishPossessiveInsideNames) {
  Check({
      {"en", "The striker was taken to St Columba's Hospital for scans.", "St Columba's Hospital",
       Want::kOrganization},
      {"en", "Pupils at St Aidan's College raised money for the appeal.", "St Aidan's College",
       Want::kOrganization},
      {"en", "A spokesman for the Marion County Sheriff's Office declined to comment.",
       "Marion County Sheriff's Office", Want::kOrganization},
      {"en", "Deputies from the Lake County Sheriff's Office arrived within minutes.",
       "Lake County Sheriff's Office", Want::kOrganization},
  });
}

// Short forms of Latin organizations on the page: a firm's first partners before "&", a court's seat before
// its roman numeral.
TEST(Learn29, FrontShortForms) {
  Check({
      {"en", "The buyer hired Whitlock Ames & Ferro LLP. A lawyer at Whitlock Ames said the deal was fair.",
       "Whitlock Ames & Ferro LLP", Want::kAlias, "Whitlock Ames"},
      {"en", "Merrow Dane & Sutter LLP advised the board. Merrow Dane declined to comment.",
       "Merrow Dane & Sutter LLP", Want::kAlias, "Merrow Dane"},
      {"de", "Das Landgericht Kassel II hat den Fall verhandelt. Das Landgericht Kassel wies die Klage ab.",
       "Landgericht Kassel II", Want::kAlias, "Landgericht Kassel"},
      {"de", "Die Staatsanwaltschaft Lübeck I ermittelt. Die Staatsanwaltschaft Lübeck bestätigte das.",
       "Staatsanwaltschaft Lübeck I", Want::kAlias, "Staatsanwaltschaft Lübeck"},
  });
}

// German kind fronts: an "-organisation" compound before a name is no part of it.
TEST(Learn29, GermanOrganisationFront) {
  Check({
      {"de", "Die Menschenrechtsorganisation Amnesty International kritisierte das Urteil.",
       "Amnesty International", Want::kOrganization},
      {"de", "Die Menschenrechtsorganisation Amnesty International kritisierte das Urteil.",
       "Menschenrechtsorganisation Amnesty International", Want::kNone},
      {"de", "Die Verbraucherorganisation Foodwatch Österreich kritisierte die Kennzeichnung.",
       "Foodwatch Österreich", Want::kOrganization},
      {"de", "Die Verbraucherorganisation Foodwatch Österreich kritisierte die Kennzeichnung.",
       "Verbraucherorganisation Foodwatch Österreich", Want::kNone},
      {"de", "Die Umweltorganisation Greenpeace Schweiz reichte Beschwerde ein.", "Greenpeace Schweiz",
       Want::kOrganization},
  });
}

// CJK kinds before a quoted name (cjk_quote_org_cue: 酒蔵, 书店, サークル), the head 办事处 and Chinese stop
// words before a bare head (曾在, 更多, 支持).
TEST(Learn29, CjkCuesAndHeads) {
  Check({
      {"ja", "新潟県の酒蔵「雪割酒造」が新酒を発表した。", "雪割酒造", Want::kOrganization},
      {"ja", "学生サークル「星見の会」が観測会を開いた。", "星見の会", Want::kOrganization},
      {"zh", "杭州社区书店“半页”获评年度最美书店。", "半页", Want::kOrganization},
      {"zh", "朝阳街道办事处主任李明表示，将加快老旧小区改造。", "朝阳街道办事处", Want::kOrganization},
      {"zh", "望江街道办事处近日发布通知。", "望江街道办事处", Want::kOrganization},
      {"zh", "他曾在出版社工作多年。", "曾在出版社", Want::kNone},
      {"zh", "政府将支持更多博物馆开放夜场。", "支持更多博物馆", Want::kNone},
  });
}

// Public names with no cue (aliases_world.tsv rows of this session) and events or products that are no
// organization.
TEST(Learn29, PublicNames) {
  Check({
      {"de", "Das Bundesministerium der Justiz legte einen Entwurf vor.", "Bundesministerium der Justiz",
       Want::kOrganization},
      {"de", "Ein Sprecher des Bundesministeriums der Verteidigung bestätigte den Auftrag.",
       "Bundesministeriums der Verteidigung", Want::kOrganization},
      {"de", "Im Spitzenspiel trennten sich Sturm Graz und der LASK 1:1.", "Sturm Graz", Want::kOrganization},
      {"de", "Die Deutsche Alzheimer Gesellschaft fordert mehr Pflegeplätze.",
       "Deutsche Alzheimer Gesellschaft", Want::kOrganization},
      {"en", "The single debuted at number four, Billboard said on Tuesday.", "Billboard",
       Want::kOrganization},
      {"zh", "赣锋锂业周三公布了三季度业绩。", "赣锋锂业", Want::kOrganization},
      {"ja", "自民党は衆院選の公約を発表した。", "衆院", Want::kNone},
      {"ja", "酒は地元産の山田錦で造られる。", "山田錦", Want::kNone},
  });
}

// Teams around a match score: the team after the result verb may start inside an ICU word that holds the
// verb's last character (战平 + 成都…: ICU reads 平成). A Korean name glued to a Latin gloss keeps its last
// syllable (no particle comes before the bracket). Bands named after a count of members (trio, quartet,
// quintet).
TEST(Learn29, TeamsGlossesBands) {
  Check({
      {"zh", "大连英博主场2比2战平成都锦江，双方各取一分。", "成都锦江", Want::kOrganization},
      {"zh", "大连英博主场2比2战平成都锦江，双方各取一分。", "平成都锦江", Want::kNone},
      {"zh", "青岛西海岸客场0比1负于成都锦江，遭遇两连败。", "成都锦江", Want::kOrganization},
      {"ko", "걸그룹 세레나(SERENA)가 새 앨범을 발표했다.", "세레나", Want::kOrganization},
      {"ko", "걸그룹 세레나(SERENA)가 새 앨범을 발표했다.", "세레", Want::kNone},
      {"ko", "보이그룹 스카이라인(SKYLINE)이 내달 컴백한다.", "스카이라인", Want::kOrganization},
      {"en", "Glasgow indie quartet Paper Comets has signed with a London label.", "Paper Comets",
       Want::kOrganization},
      {"en", "The festival booked the folk trio The Lantern Keepers for Sunday.", "The Lantern Keepers",
       Want::kOrganization},
      {"en", "The trio Peter, Paul and Mary played in 1963.", "Peter", Want::kNoOrganization},
      {"de", "Die Fans feierten den SK Rapid im Allianz Stadion.", "Allianz", Want::kNone},
  });
}

// A Chinese organization span that took in a trailer verb ("中汽协呼吁") ends before it, so its short form
// links to the bracketed gloss; Korean bodies named by their kind (수련병원, 핵심부: ko_generic_org_final)
// are no names.
TEST(Learn29, TrailersAndKinds) {
  Check({
      {"zh",
       "中国电子商务协会（中电协）近期发布的报告显示，网购投诉量连续三年上升。中电协呼吁平台切实履行主体责任。",
       "中国电子商务协会", Want::kAlias, "中电协"},
      {"zh",
       "中国电子商务协会（中电协）近期发布的报告显示，网购投诉量连续三年上升。中电协呼吁平台切实履行主体责任。",
       "中电协呼吁", Want::kNone},
      {"zh", "直播带货投诉量连续三年上升。中电协呼吁平台切实履行主体责任。", "中电协", Want::kOrganization},
      {"zh", "外卖投诉量连续两年上升。中烹协呼吁平台切实履行主体责任。", "中烹协", Want::kOrganization},
      {"zh", "外卖投诉量连续两年上升。中烹协呼吁平台切实履行主体责任。", "中烹协呼吁", Want::kNone},
      {"ko", "지방의 주요 수련병원에서는 전공의 공백이 이어지고 있다.", "수련병원", Want::kNone},
      {"ko", "그는 \"조직 핵심부는 그대로 두겠다\"고 말했다.", "핵심부", Want::kNone},
  });
}

}  // namespace
}  // namespace hirewire::extract
