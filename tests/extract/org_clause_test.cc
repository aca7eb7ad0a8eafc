// A lone unknown name that its clause makes an organization (extract/entities/org_clause.cc): the
// subject of "said it had hired", the owner of a company's part, the subject of a hiring verb. Sentences
// written for this test (twenty-seventh session), none from a batch.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extract/entities.h"

namespace hirewire::extract {
namespace {

struct Case {
  const char* text;
  const char* surface;
  bool organization;
};

const Entity* WithSurface(const std::vector<Entity>& es, const std::string& surface) {
  for (const Entity& e : es)
    for (const Mention& m : e.mentions)
      if (m.surface == surface) return &e;
  return nullptr;
}

TEST(OrgClause, LoneNamesTheClauseMakesOrganizations) {
  auto r = EntityRecognizer::Create();
  ASSERT_TRUE(r.ok());
  const Case cases[] = {
      // "it" after a reporting verb: a company's act.
      {"Varnholt said it had named Priya Nair as its chief financial officer.", "Varnholt", true},
      {"Shares rose after Quillmark announced on Tuesday that it will hire 300 engineers.", "Quillmark", true},
      {"Ostravel confirmed it has cut 40 jobs at its Leeds plant.", "Ostravel", true},
      // A company's part after the name or its possessive.
      {"Varnholt shareholders approved the merger at a meeting in Oslo.", "Varnholt", true},
      {"The offer was rejected by Quillmark's board on Friday.", "Quillmark", true},
      // A lone unknown subject of a hiring verb with a name after it.
      {"Ostravel hired Tom Beck from a rival lender last month.", "Ostravel", true},
      // A person says "it was" / "it would be"; a family name written after its given name stays a person.
      {"Tom Varnholt spoke to reporters. Varnholt said it was a hard year for the town.", "Varnholt", false},
      {"Quillmark said it would be difficult to find a buyer.", "Quillmark", false},
      {"Anna Ostravel joined the panel. Ostravel said it had been a long week.", "Ostravel", false},
      {"Ms Varnholt said that it makes readers happy.", "Varnholt", false},
      {"Mr. Quillmark said it had hired a lawyer.", "Quillmark", false},
      // Common words and given names are no names here.
      {"Officials said it had hired two consultants.", "Officials", false},
      {"Michael said it had hired two consultants.", "Michael", false},
      {"Ms Beck shares her view with the panel.", "Beck", false},
  };
  for (const Case& c : cases) {
    Article a;
    a.language = "en";
    a.paragraphs = {c.text};
    const auto es = (*r)->Recognize(a);
    const Entity* e = WithSurface(es, c.surface);
    if (c.organization) {
      ASSERT_NE(e, nullptr) << c.text;
      EXPECT_NE(e->type, "person") << c.text;
    } else {
      EXPECT_TRUE(e == nullptr || e->type == "person") << c.text;
    }
  }
}

// One entity per referent: a name with and without its legal form, and a lone organization word that
// opens the article's one name of it whose other words are heads.
TEST(OrgClause, LegalFormsAndHeadsJoinTheirName) {
  auto r = EntityRecognizer::Create();
  ASSERT_TRUE(r.ok());
  struct Pair {
    std::vector<std::string> paragraphs;
    const char* full;
    const char* short_form;
  };
  const Pair pairs[] = {
      {{"Varnholt Robotics Inc. posted a loss.", "Varnholt Robotics will cut jobs, Varnholt said it had decided."},
       "Varnholt Robotics Inc.", "Varnholt"},
      {{"Quillmark Finserv Ltd was fined on Monday.", "Quillmark Finserv said it would appeal."},
       "Quillmark Finserv Ltd", "Quillmark Finserv"},
      {{"Ostravel names Ohio provost Jane Park its president", "Ostravel University elected Jane Park on Friday."},
       "Ostravel University", "Ostravel"},
  };
  for (const Pair& c : pairs) {
    Article a;
    a.language = "en";
    a.paragraphs = c.paragraphs;
    const auto es = (*r)->Recognize(a);
    const Entity* full = WithSurface(es, c.full);
    ASSERT_NE(full, nullptr) << c.full;
    EXPECT_EQ(WithSurface(es, c.short_form), full) << c.short_form;
  }
  // A word that opens two names of the article joins neither.
  Article a;
  a.language = "en";
  a.paragraphs = {"Ostravel University and Ostravel College both grew.", "Ostravel said it had hired Tom Hale."};
  const auto es = (*r)->Recognize(a);
  const Entity* lone = WithSurface(es, "Ostravel");
  EXPECT_TRUE(lone == nullptr || (lone != WithSurface(es, "Ostravel University") && lone != WithSurface(es, "Ostravel College")));
}

}  // namespace
}  // namespace hirewire::extract
