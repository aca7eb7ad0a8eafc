// Name boundaries (forty-third session, second part, branch ent44; docs/entities.md): words glued before or
// after a name that say what or where the named one is. Every sentence is written for this test: persons,
// companies and places differ from the pages the error shapes come from.
#include <gtest/gtest.h>

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

// A German noun for what a person does or where she lives (latin_title_suffix rows: Pendlerin, Anwohner,
// Rentnerin, Studentin) written before the name is no part of it; the name is a person's even when no
// word of it is a listed given name.
TEST(Ent44, GermanRoleNounBeforeAPerson) {
  Check({
      {"de", "Pendlerin Yeliz Karabulut aus Marzahn hält davon wenig.", "Yeliz Karabulut", Want::kPerson},
      {"de", "Rentnerin Nurten Kılıçarslan wartet seit Wochen auf den Bus.", "Nurten Kılıçarslan",
       Want::kPerson},
      {"de", "Studentin Dilay Ekşioğlu fährt jeden Tag mit der S-Bahn.", "Dilay Ekşioğlu", Want::kPerson},
  });
}

// A kind of body ending in an adjective's letters ("Elterninitiative": -iv + e) is a noun, no adjective
// opening the name after it: the association is its name with the legal form alone.
TEST(Ent44, GermanKindFrontIsNoAdjective) {
  const std::vector<Entity> es =
      ReadEntities("de", {"Im Mai gründeten Nachbarn die Elterninitiative Klangraum e.V. in Kassel."});
  const Entity* e = WithSurface(es, "Klangraum e.V.");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->type, EntityType::kPerson);
  EXPECT_EQ(WithSurface(es, "Elterninitiative Klangraum e.V."), nullptr);
}

// A German preposition after the field of a body named by its kind (de_preposition rows) opens a phrase of
// the clause: "wegen Betrugs" is no genitive of the field.
TEST(Ent44, GermanPrepositionEndsAFieldTail) {
  Check({
      {"de", "Der frühere Filialleiter wurde am Grazer Landesgericht für Strafsachen wegen Betrugs verurteilt.",
       "Grazer Landesgericht für Strafsachen", Want::kOrganization},
      {"de", "Die Klage landete beim Bundesamt für Umweltschutz gegen Ende des Jahres.",
       "Bundesamt für Umweltschutz", Want::kOrganization},
  });
}

// A Chinese verb of following (跟随, a zh_name_left_stop row) before an organization is no part of it.
TEST(Ent44, ChineseFollowVerbBeforeAnOrganization) {
  Check({
      {"zh", "为贴近角色，演员还跟随长江水利委员会的职工学习巡堤。", "长江水利委员会", Want::kOrganization},
      {"zh", "拍摄前，主演跟随淮河水利委员会的技术人员学习测量。", "淮河水利委员会", Want::kOrganization},
  });
}

// A football position in capitals glued before a Japanese player's name (MF, DF, GK, FW) is no part of
// the name, which is a person's.
TEST(Ent44, JapaneseFootballPositionBeforeAPlayer) {
  Check({
      {"ja", "後半には名古屋のMFパウロ・メンデスに同点ゴールを許した。", "パウロ・メンデス", Want::kPerson},
  });
  // One sentence per ja_player_position row.
  for (const char* pos : {"GK", "DF", "MF", "FW"}) {
    const std::string glued = std::string(pos) + "パウロ・メンデス";
    const std::vector<Entity> es = ReadEntities("ja", {"後半には名古屋の" + glued + "に同点ゴールを許した。"});
    EXPECT_EQ(WithSurface(es, glued), nullptr) << pos;
  }
}

}  // namespace
}  // namespace hirewire::extract
