// A lone unknown name that its clause makes an organization (extract/entities/org_clause.cc): the
// subject of "said it had hired", the owner of a company's part, the subject of a hiring verb. Sentences
// written for this test (twenty-seventh session), none from a batch.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/entities.h"
#include "tests/extract/entity_case_table.h"

namespace hirewire::extract {
namespace {

using testing_support::ReadEntities;
using testing_support::Want;
using testing_support::WithSurface;

TEST(OrgClause, LoneNamesTheClauseMakesOrganizations) {
  testing_support::ExpectEntityCases({
      // "it" after a reporting verb: a company's act.
      {"en", "Varnholt said it had named Priya Nair as its chief financial officer.", "Varnholt",
       Want::kOrganization},
      {"en", "Shares rose after Quillmark announced on Tuesday that it will hire 300 engineers.", "Quillmark",
       Want::kOrganization},
      {"en", "Ostravel confirmed it has cut 40 jobs at its Leeds plant.", "Ostravel", Want::kOrganization},
      // A company's part after the name or its possessive.
      {"en", "Varnholt shareholders approved the merger at a meeting in Oslo.", "Varnholt",
       Want::kOrganization},
      {"en", "The offer was rejected by Quillmark's board on Friday.", "Quillmark", Want::kOrganization},
      // A lone unknown subject of a hiring verb with a name after it.
      {"en", "Ostravel hired Tom Beck from a rival lender last month.", "Ostravel", Want::kOrganization},
      // A person says "it was" / "it would be"; a family name written after its given name stays a person.
      {"en", "Tom Varnholt spoke to reporters. Varnholt said it was a hard year for the town.", "Varnholt",
       Want::kNoOrganization},
      {"en", "Quillmark said it would be difficult to find a buyer.", "Quillmark", Want::kNoOrganization},
      {"en", "Anna Ostravel joined the panel. Ostravel said it had been a long week.", "Ostravel",
       Want::kNoOrganization},
      {"en", "Ms Varnholt said that it makes readers happy.", "Varnholt", Want::kNoOrganization},
      {"en", "Mr. Quillmark said it had hired a lawyer.", "Quillmark", Want::kNoOrganization},
      // Common words and given names are no names here.
      {"en", "Officials said it had hired two consultants.", "Officials", Want::kNoOrganization},
      {"en", "Michael said it had hired two consultants.", "Michael", Want::kNoOrganization},
      {"en", "Ms Beck shares her view with the panel.", "Beck", Want::kNoOrganization},
  });
}

// One entity per referent: a name with and without its legal form, and a lone organization word that
// opens the article's one name of it whose other words are heads.
TEST(OrgClause, LegalFormsAndHeadsJoinTheirName) {
  struct Pair {
    std::vector<std::string> paragraphs;
    const char* full;
    const char* short_form;
  };
  const Pair pairs[] = {
      {{"Varnholt Robotics Inc. posted a loss.",
        "Varnholt Robotics will cut jobs, Varnholt said it had decided."},
       "Varnholt Robotics Inc.",
       "Varnholt"},
      {{"Quillmark Finserv Ltd was fined on Monday.", "Quillmark Finserv said it would appeal."},
       "Quillmark Finserv Ltd",
       "Quillmark Finserv"},
      {{"Ostravel names Ohio provost Jane Park its president",
        "Ostravel University elected Jane Park on Friday."},
       "Ostravel University",
       "Ostravel"},
  };
  for (const Pair& c : pairs) {
    const auto es = ReadEntities("en", c.paragraphs);
    const Entity* full = WithSurface(es, c.full);
    ASSERT_NE(full, nullptr) << c.full;
    EXPECT_EQ(WithSurface(es, c.short_form), full) << c.short_form;
  }
  // A word that opens two names of the article joins neither.
  const auto es = ReadEntities(
      "en", {"Ostravel University and Ostravel College both grew.", "Ostravel said it had hired Tom Hale."});
  const Entity* lone = WithSurface(es, "Ostravel");
  EXPECT_TRUE(lone == nullptr || (lone != WithSurface(es, "Ostravel University") &&
                                  lone != WithSurface(es, "Ostravel College")));
}

}  // namespace
}  // namespace hirewire::extract
