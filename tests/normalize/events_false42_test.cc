// False events of people who neither were hired nor left (forty-second session, branch evfalse42;
// docs/events.md): the recruiter named in apposition to the hiring executive ("Its chief technology
// officer, Jonas Berg, personally recruited Menon"); talks told as
// still under way ("is said to be in talks to join them", cues.tsv ongoing_talks); a report the article
// denies read by the learned pair pass; a rumour sheet (지라시) read as a person. Own articles (invented
// people and companies), each a whole article, with controls.
#include <gtest/gtest.h>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // 1. The executive named in apposition to the subject who recruited the hire by name: no candidate.
    {"en-recruiter-apposition-name",
     "Halvard Systems hires Corvex robotics engineer\n\nHalvard Systems has hired Priya Menon, a senior engineer at "
     "Corvex Inc., the company said on Thursday.\n\nMenon joined Halvard's robotics group this week as a principal "
     "engineer.\n\nHalvard's chief technology officer, Jonas Berg, personally recruited Menon over several months, "
     "the people said.",
     {{"hire", "Halvard Systems", "Priya Menon", "*", "joined"}},
     {},
     {},
     {"Jonas Berg"}},
    // 2. The same with an object pronoun.
    {"en-recruiter-apposition-pronoun",
     "Halvard Systems hires Corvex robotics engineer\n\nHalvard Systems has hired Priya Menon, a senior engineer at "
     "Corvex Inc., the company said on Thursday.\n\nMenon joined Halvard's robotics group this week as a principal "
     "engineer.\n\nHalvard's chief technology officer, Jonas Berg, personally recruited her over several weeks, "
     "they said.",
     {{"hire", "Halvard Systems", "Priya Menon", "*", "joined"}},
     {},
     {},
     {"Jonas Berg"}},
    // Control: an executive named in apposition who joined is the candidate.
    {"en-apposition-joined-control",
     "Halvard Systems names new technology chief\n\nHalvard Systems said on Monday that its new chief technology "
     "officer, Jonas Berg, joined from Corvex Inc. this week.\n\nBerg led the robotics division at Corvex for six "
     "years.",
     {{"*", "Halvard Systems", "Jonas Berg", "*", ""}}},
    // 3. Talks still under way are no offer.
    {"en-in-talks-to-join",
     "Two Harrow partners leave for rival\n\nTwo partners of the law firm Harrow & Finch, Olivia Marsh and Samuel "
     "Reed, have joined Whitcombe Lane, the firm said on Monday.\n\nA third Harrow partner, Mia Holt, is said to be "
     "in talks to join them, according to two people familiar with the matter.",
     {{"*", "Whitcombe Lane", "Olivia Marsh", "*", ""}},
     {},
     {},
     {"Mia Holt"}},
    {"en-in-talks-to-hire",
     "Dornier Chips bid for Velmont collapses\n\nDornier Chips has abandoned its attempt to buy the design startup "
     "Velmont, people familiar with the matter said.\n\nDornier is now said to be in talks to hire Velmont's chief "
     "architect, Sara Quist, directly, according to one of the people.\n\nQuist did not respond to a request for "
     "comment.",
     {},
     {},
     {},
     {"Sara Quist"}},
    // Control: an offer made in the same shape stays.
    {"en-offer-made-control",
     "Dornier Chips courts Velmont architect\n\nDornier Chips has offered Velmont's chief architect, Sara Quist, a "
     "package worth $3 million a year, according to people familiar with the matter.\n\nQuist did not respond to a "
     "request for comment.",
     {{"offer", "Dornier Chips", "Sara Quist", "*", "offered"}}},
    // 4. A report the article denies is no event, however the learned pair pass scores its pair.
    {"en-denied-report-pair",
     "Kestrel Foundry Denies Report It Hired Umbra Packaging Head\n\nKestrel Foundry denied a report that it had "
     "hired a senior packaging executive from Umbra Semiconductor Co., calling the claim false.\n\nA trade blog "
     "reported on Friday that Chen Mei-hua, who runs part of Umbra's packaging operations, had accepted an offer of "
     "$6 million a year to lead Kestrel's new plant in Ohio.\n\n\"We have not hired, and have not made any offer to, "
     "Ms. Chen,\" a Kestrel spokesperson said. Umbra said Chen remains with the company.\n\nChen could not be "
     "reached for comment.",
     {},
     {},
     {},
     {"Chen Mei-hua"},
     {},
     0},
    // 5. Korean: the rumour sheet (지라시) that carried a denied offer is no person.
    {"ko-rumour-sheet-no-person",
     "한강자산운용 \"대한증권 문태오 센터장 영입설 사실무근\"\n\n한강자산운용이 대한증권 리서치센터장 문태오 "
     "센터장을 영입한다는 소문에 대해 \"사실무근\"이라고 밝혔다.\n\n9일 증권가에서는 한강자산운용이 문 센터장에게 "
     "연봉 15억원을 제시했다는 이른바 '지라시'가 돌았다.\n\n한강자산운용 관계자는 \"영입을 논의한 적이 없다\"고 "
     "말했다.",
     {},
     {},
     {},
     {"지라시", "문태오"},
     {},
     0},
};

class EventsFalse42 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsFalse42, NoEventForRecruitersTalksAndDeniedReports) {
  testing_support::ExpectCase(GetParam(), "false42-test");
}

INSTANTIATE_TEST_SUITE_P(Cases, EventsFalse42, testing::ValuesIn(kCases));

}  // namespace
}  // namespace hirewire::normalize
