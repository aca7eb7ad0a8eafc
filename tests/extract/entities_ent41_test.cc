// A headline verb after a company the body writes with its legal form, a family name and a headline verb, a
// club whose name opens with another club's short name (forty-first session, branch ent41). Every page is
// written for this test: companies, persons and words differ from the pages the error shapes come from.
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

// In a title-case headline the verb after the company joins its name ("Northgate Lending Taps"); the body
// writes the company with its legal form ("Northgate Lending Inc."), and the headline's name is that company
// without it. A family name with a headline verb ("Holt Retires") is the person the body names in full.
TEST(Ent41, HeadlineVerbAfterACompanyWrittenWithItsLegalForm) {
  using testing_support::ReadEntities;
  using testing_support::WithSurface;
  const std::vector<Entity> es = ReadEntities(
      "en",
      {"Northgate Lending Taps CFO Priya Nandan As CEO While Holt Retires",
       "Northgate Lending Inc. picked finance chief Priya Nandan to run the mortgage lender, succeeding "
       "Martin Holt, who leaves in March after eleven years. Shares rose 2% in early trading."});
  EXPECT_EQ(WithSurface(es, "Northgate Lending Taps"), nullptr);
  EXPECT_EQ(WithSurface(es, "Holt Retires"), nullptr);
  const Entity* lender = WithSurface(es, "Northgate Lending");
  ASSERT_NE(lender, nullptr);
  EXPECT_EQ(WithSurface(es, "Northgate Lending Inc."), lender);
  const Entity* holt = WithSurface(es, "Martin Holt");
  ASSERT_NE(holt, nullptr);
  EXPECT_EQ(holt->type, EntityType::kPerson);
  EXPECT_EQ(WithSurface(es, "Holt"), holt);
}

// "Inter Miami" is its own club, not Inter Milan read from its first word.
TEST(Ent41, ClubNamedAfterAnotherClubsShortName) {
  const char* page = "The forward turned down a three-year offer from Inter Miami before the deadline.";
  Check({
      {"en", page, "Inter Miami", Want::kCanonical, "Inter Miami CF"},
  });
}

}  // namespace
}  // namespace hirewire::extract
