// Persons and organizations the recognizer still got wrong (thirty-eighth session, branch ent38;
// docs/entities.md). Every page is written for this test (no batch sentence): the firms, bodies and persons
// differ from the pages the error shapes come from.
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

// English: three partners' names or more joined by a last ampersand are one firm, also without a legal form,
// and a partner the dictionary knows as a person ("Vance") is no person there.
TEST(Ent38, EnglishPartnersNamesWithoutALegalForm) {
  const char* page =
      "The landlords were represented by the Leeds law firm Hargreave Vance & Mbeki, which declined to comment. "
      "The tenants' union has hired Calloway, Drummond & Ashe for the appeal.";
  Check({
      {"en", page, "Hargreave Vance & Mbeki", Want::kTypedOrganization},
      {"en", page, "Vance", Want::kNoPerson},
      {"en", page, "Calloway, Drummond & Ashe", Want::kTypedOrganization},
  });
}

// Places joined by an ampersand, a name the last partner goes on to, and partners after a connector are no
// firm.
TEST(Ent38, EnglishAmpersandListsThatAreNoFirm) {
  const char* places = "Exports to Spain, France & Germany rose by a fifth last year, the ministry said.";
  const char* dept =
      "A spokesperson for the Department for Digital, Culture, Media & Sport said the review would finish in May.";
  Check({
      {"en", places, "Spain, France & Germany", Want::kNone},
      {"en", dept, "Digital, Culture, Media & Sport", Want::kNone},
  });
}

// English: a person's name and the place of work after "of" written in one capitalized run are a person and
// an organization, when the first word is a given name the gazetteer lists as a person's only, or titles open
// the run.
TEST(Ent38, EnglishPersonOfOrganizationRun) {
  const char* page =
      "The tour was booked by Corinne Madsen of Bright Orchard Artist Management, the band's agency. "
      "Chief Executive Miriam Oduya of Tallow Creek Holdings said the deal was final.";
  const char* bank = "Shares of Royal Bank of Canada fell two per cent on Friday.";
  Check({
      {"en", page, "Corinne Madsen", Want::kPerson},
      {"en", page, "Bright Orchard Artist Management", Want::kOrganization},
      {"en", page, "Miriam Oduya", Want::kPerson},
      {"en", page, "Tallow Creek Holdings", Want::kOrganization},
      {"en", bank, "Royal Bank of Canada", Want::kOrganization},
  });
}

// Chinese: a one-character function word (和) written between two characters the segmenter found no word in
// is a character of the company's name, not the join of two names; a real join before a word of two
// characters stays one.
TEST(Ent38, ChineseFunctionCharacterInsideAName) {
  const char* page =
      "据了解，上海恒和鑫科技有限公司已于上月完成融资。记者获悉，广州瑞和丰贸易有限公司已被立案调查。";
  const char* join = "本次合作由杭州某物流公司和中国建筑集团共同完成。财政部和水利部联合发布通知。";
  Check({
      {"zh", page, "上海恒和鑫科技有限公司", Want::kOrganization},
      {"zh", page, "鑫科技有限公司", Want::kNone},
      {"zh", page, "广州瑞和丰贸易有限公司", Want::kOrganization},
      {"zh", join, "中国建筑集团", Want::kOrganization},
      {"zh", join, "财政部", Want::kOrganization},
      {"zh", join, "水利部", Want::kOrganization},
  });
}

}  // namespace
}  // namespace hirewire::extract
