// English companies read from their slot and entity leftovers (thirty-third session, branch enteng33;
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

// The object of "of" after a company officer's title, of "at" after an officer's field, of "at" / "from" /
// "of" after a word of employment, and of "joins" / "departed" is the employer, an organization with no
// suffix or cue word. Not a lone common word (a department).
TEST(EntEng33, EmployerAfterOfficerTitle) {
  Check({
      {"en", "Rhea Dunmore resigned as chief executive of Tallow Creek Farms on Monday.",
       "Tallow Creek Farms", Want::kOrganization},
      {"en", "He served as president of Greyhollow Grain for a decade.", "Greyhollow Grain",
       Want::kOrganization},
      {"en", "Nadia Fenn was hired as head of research at Marlow Quay in May.", "Marlow Quay",
       Want::kOrganization},
      {"en", "Owen Piers joins Corvid Instruments as finance chief, the company said.", "Corvid Instruments",
       Want::kOrganization},
      {"en", "Ilse Marr, formerly of Dunhollow Vane, starts in March.", "Dunhollow Vane",
       Want::kOrganization},
      {"en", "Ilse Marr was poached from Dunhollow Vane last year.", "Dunhollow Vane",
       Want::kTypedOrganization},
      {"en", "Ilse Marr departed Dunhollow Vane in June.", "Dunhollow Vane", Want::kOrganization},
      {"en", "She was named head of Research at the bank.", "Research", Want::kNone},
      {"en", "Prime Minister Anna Holt said on Monday.", "Anna Holt", Want::kPerson},
  });
}

// A listed place after a capitalized word in an employer's slot ends the employer's name (a university or a
// club named by its region); elsewhere the region stays no organization.
TEST(EntEng33, RegionNamedEmployerInSlot) {
  Check({
      {"en", "Tobias Reed was named athletic director at Southern Nevada on Friday.", "Southern Nevada",
       Want::kOrganization},
      {"en", "Tobias Reed moved to Southern Nevada last year.", "Southern Nevada", Want::kNone},
  });
}

// A title in the possessive before an organization head names the office of the post; its bracket gloss
// links.
TEST(EntEng33, TitleOffice) {
  Check({
      {"en", "The agency reports to the Prime Minister's Office (PMO), officials said.",
       "Prime Minister's Office", Want::kOrganization},
      {"en",
       "The agency reports to the Prime Minister's Office (PMO), officials said. The PMO declined to comment.",
       "PMO", Want::kLinked, "Prime Minister's Office"},
  });
}

// On an English page a two-word person candidate written like an organization the page reads from a slot is
// that organization: one entity, no person.
TEST(EntEng33, PersonWrittenLikeSlotOrganization) {
  Check({
      {"en", "Brannock Vale hired Tessa Lund. Lund was a partner at Brannock Vale for ten years.",
       "Brannock Vale", Want::kOnlyOrganization},
      {"en", "Brannock Vale hired Tessa Lund. Lund was a partner at Brannock Vale for ten years.",
       "Brannock Vale", Want::kNoPerson},
  });
}

// A listed Chinese body whose last character the word breaker glued to 和 / 与 is read without it.
TEST(EntEng33, ChineseListedNameBeforeConjunction) {
  Check({
      {"zh", "中国足协和中国篮协昨日联合发布声明。", "中国足协", Want::kOrganization},
      {"zh", "中国足协和中国篮协昨日联合发布声明。", "中国足协和", Want::kNone},
      {"zh", "国家发展和改革委员会发布通知。", "国家发展和改革委员会", Want::kOrganization},
  });
}

// A kind of company (药企, 车企) before a name the character model typed person makes it a company; as a weak
// cue the name must close at a speech verb, a role noun or a title, so a list's kind before a predicate names
// nothing.
TEST(EntEng33, ChineseCompanyKindCue) {
  Check({
      {"zh", "瑞士药企甬康表示将扩大产能。", "甬康", Want::kTypedOrganization},
      {"zh", "甬康汽车、宁航汽车等车企增速明显。", "增速明显", Want::kNone},
  });
}

}  // namespace
}  // namespace hirewire::extract
