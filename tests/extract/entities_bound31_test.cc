// Entity boundaries, types and aliases of the thirty-first session (branch entbound31; docs/entities.md).
// Every sentence is written for this test (no batch sentence): names, places and companies differ from the
// blind batches the error classes come from.
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

// A German city adjective before a listed name of several words or a hyphenated one only says where the body
// sits; before a listed one-word body it names the regional body, and an unlisted name keeps it whole.
TEST(Bound31, GermanCityAdjectiveBeforeAName) {
  Check({
      {"de", "Laut dem Dresdner Ifo-Institut trübt sich die Stimmung ein.", "Ifo-Institut",
       Want::kOrganization},
      {"de", "Laut dem Dresdner Ifo-Institut trübt sich die Stimmung ein.", "Dresdner Ifo-Institut",
       Want::kNone},
      {"de", "Am Sonntag empfangen die Berner Young Boys den FC Lugano.", "Young Boys", Want::kOrganization},
      {"de", "Am Sonntag empfangen die Berner Young Boys den FC Lugano.", "Berner Young Boys", Want::kNone},
      // Negatives: a name that holds its city stays whole.
      {"de", "Die Wiener Philharmoniker gastieren im Mai in Tokio.", "Wiener Philharmoniker",
       Want::kOrganization},
      {"de", "Die Luzerner Kantonalbank erhöht ihre Hypothekarzinsen.", "Luzerner Kantonalbank",
       Want::kOrganization},
      {"de", "Der Bremer Verfassungsschutz beobachtet die Gruppe seit Jahren.", "Bremer Verfassungsschutz",
       Want::kOrganization},
  });
}

// A listed person's German genitive keeps the word as written in the mention ("Macrons") and stays that
// person; the entity's name is the base form when the page has it.
TEST(Bound31, GermanGenitiveOfAListedPerson) {
  Check({
      {"de", "Macrons Regierung steht nach der Abstimmung unter Druck.", "Macrons", Want::kPerson},
      {"de", "Emmanuel Macron reiste nach Rom. Macrons Berater blieben in Paris.", "Macrons", Want::kLinked,
       "Emmanuel Macron"},
  });
  const std::vector<Entity> es =
      ReadEntities("de", {"Emmanuel Macron reiste nach Rom.", "Macrons Berater blieben in Paris."});
  const Entity* e = WithSurface(es, "Macrons");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->name, "Emmanuel Macron");
  EXPECT_EQ(e->canonical, "Emmanuel Macron");
  // In English the possessive is still cut.
  Check({{"en", "Macron's aides stayed in Paris on Monday.", "Macron", Want::kPerson}});
}

// Chinese contractions of a body's name are organizations, no persons; a time word is no person's name.
TEST(Bound31, ChineseContractionsAndTimeWords) {
  Check({
      {"zh", "中消协相关负责人表示，投诉数量继续增加。", "中消协", Want::kTypedOrganization},
      // Negative: a family name first keeps the person.
      {"zh", "该中心副主任王立委表示，项目进展顺利。", "王立委", Want::kPerson},
      {"zh", "据万达股份副总裁王建华介绍，新影城将于年底开业。", "万达股份", Want::kTypedOrganization},
      {"zh", "该院教授于周一发布了最新论文。", "周一", Want::kNone},
  });
}

// A real name in brackets after a stage name is the same person.
TEST(Bound31, RealNameInBrackets) {
  Check({
      {"ko", "가수 세레나(본명 박지민)가 새 앨범을 발표했다. 박지민은 소감을 밝혔다.", "세레나",
       Want::kLinked, "박지민"},
      {"ko", "배우 하니엘(본명 정수연)은 새 영화에 출연한다고 밝혔다.", "하니엘", Want::kLinked, "정수연"},
  });
  // Negative: a bracket with another word before the name (a sibling) joins nothing.
  const std::vector<Entity> es =
      ReadEntities("ko", {"가수 세레나(동생 박지민)가 새 앨범을 발표했다. 박지민은 소감을 밝혔다."});
  const Entity* sibling = WithSurface(es, "박지민");
  ASSERT_NE(sibling, nullptr);
  EXPECT_NE(WithSurface(es, "세레나"), sibling);
}

// A Japanese prefecture or city acting as the subject of a clause is its government; after a determiner or
// inside a clause it is none.
TEST(Bound31, JapaneseActingPlaces) {
  Check({
      {"ja", "静岡県は10日、沿岸部に避難指示を出した。", "静岡県", Want::kTypedOrganization},
      {"ja", "観光客が増えたため、松本市が臨時バスを運行する。", "松本市", Want::kTypedOrganization},
      {"ja", "同県は10日、避難指示を出した。", "同県", Want::kNone},
  });
}

// A German press name cut to its initial after an age adjective ends at the dot; a middle initial elsewhere
// stays.
TEST(Bound31, GermanInitialBeforeANoun) {
  Check({
      {"de", "Die Anklage wirft dem 61-jährigen Manfred L. Betrug in vier Fällen vor.", "Manfred L.",
       Want::kPerson},
      {"de", "Die Anklage wirft dem 61-jährigen Manfred L. Betrug in vier Fällen vor.", "Manfred L. Betrug",
       Want::kNone},
      {"de", "Der Schauspieler Michael J. Fox sprach in Berlin.", "Michael J. Fox", Want::kPerson},
  });
}

// A Korean unit after a page's short form is one organization with it, no person and no separate junk.
TEST(Bound31, KoreanUnitAfterAShortForm) {
  Check({
      {"ko",
       "한국천문연구원(천문연)은 3일 관측 장비를 공개했다. 천문연 태양우주연구본부 연구팀은 결과를 밝혔다.",
       "천문연 태양우주연구본부", Want::kTypedOrganization},
      {"ko",
       "한국천문연구원(천문연)은 3일 관측 장비를 공개했다. 천문연 태양우주연구본부 연구팀은 결과를 밝혔다.",
       "태양우주연구본부 연구팀", Want::kNone},
      // The short form alone stays the institute.
      {"ko", "한국천문연구원(천문연)은 3일 관측 장비를 공개했다. 천문연은 결과를 밝혔다.", "한국천문연구원",
       Want::kLinked, ""},
  });
}

// 与 / 及 inside a unit's name written after its parent: one organization.
TEST(Bound31, ChineseUnitNamesWithAJoin) {
  Check({
      {"zh", "该批样品由国家航天局探月与航天工程中心统一保管。", "国家航天局探月与航天工程中心",
       Want::kOrganization},
      // Negative: 与 right after a name joins two bodies.
      {"zh", "中国气象局与国家海洋局签署合作协议。", "中国气象局", Want::kOrganization},
  });
}

}  // namespace
}  // namespace hirewire::extract
