// A Korean panel named by its task with the words before it, a hyphenated double surname that ends in a listed
// person's family name, a Korean slang word for a rumour sheet (forty-second session, branch ent42). Every page
// is written for this test: bodies, persons and places differ from the pages the error shapes come from.
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

// The bare words written before a committee or a task force name it with its kind, up to a particle, an
// adnominal verb or a quote mark; the kind word alone names no body.
TEST(Ent42, KoreanPanelNamedWithTheWordsBeforeIt) {
  Check({
      {"ko", "심사를 맡는 청년창업지원기금 심의위원회의 권한이 커졌다고 관계자는 말했다.",
       "청년창업지원기금 심의위원회", Want::kOrganization},
      {"ko", "심사를 맡는 청년창업지원기금 심의위원회의 권한이 커졌다고 관계자는 말했다.", "심의위원회",
       Want::kNone},
      {"ko", "군의회는 이날 '남부 산단 특혜 의혹 조사 특별위원회' 구성안을 가결했다.",
       "남부 산단 특혜 의혹 조사 특별위원회", Want::kOrganization},
  });
}

// A parent organization the words start with is part of the panel's name.
TEST(Ent42, KoreanPanelWithItsParentIsOneOrganization) {
  const std::vector<Entity> es =
      ReadEntities("ko", {"이번 사건은 대구지검 보험사기 합동수사단이 지난해 6월 수사에 착수했다."});
  const Entity* panel = WithSurface(es, "대구지검 보험사기 합동수사단");
  ASSERT_NE(panel, nullptr);
  EXPECT_NE(panel->type, EntityType::kPerson);
  EXPECT_EQ(WithSurface(es, "합동수사단"), nullptr);
}

// "Okafor-Vance" style: a listed person's family name glued by a hyphen to another family name is part of a
// double surname, no mention of the listed person; two listed names so joined stay themselves.
TEST(Ent42, HyphenatedDoubleSurnameIsOneName) {
  const std::vector<Entity> es = ReadEntities(
      "en", {"The board named Marta Lindqvist-Vance as chief operating officer, effective immediately."});
  const Entity* marta = WithSurface(es, "Marta Lindqvist-Vance");
  ASSERT_NE(marta, nullptr);
  EXPECT_EQ(marta->type, EntityType::kPerson);
  EXPECT_EQ(WithSurface(es, "Vance"), nullptr);
  const std::vector<Entity> summit =
      ReadEntities("en", {"Officials prepared for the Trump-Putin summit in Helsinki on Monday."});
  EXPECT_NE(WithSurface(summit, "Putin"), nullptr);
}

// A rumour sheet passed around a market is no person ("이른바 '지라시'").
TEST(Ent42, RumourSheetIsNoPerson) {
  Check({
      {"ko", "증권가에서는 한빛운용이 대표를 영입한다는 이른바 '지라시'가 돌았다.", "지라시", Want::kNoPerson},
  });
}

// A German firm kind ending a compound in the genitive ("des Familienbetriebs") is no part of the firm's name.
TEST(Ent42, GermanFirmKindInTheGenitiveBeforeTheName) {
  const std::vector<Entity> es = ReadEntities(
      "de", {"Greta Berger, Geschäftsführerin des Salzburger Familienbetriebs Holzbau Berger GmbH, sagte, man "
             "habe zuletzt zwölf neue Mitarbeiter eingestellt."});
  EXPECT_NE(WithSurface(es, "Holzbau Berger GmbH"), nullptr);
  EXPECT_EQ(WithSurface(es, "Familienbetriebs Holzbau Berger GmbH"), nullptr);
  EXPECT_EQ(WithSurface(es, "Salzburger Familienbetriebs Holzbau Berger GmbH"), nullptr);
}

}  // namespace
}  // namespace hirewire::extract
