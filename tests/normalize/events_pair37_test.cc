// Missed hiring events, thirty-seventh session (docs/events.md, "Pronoun joins after a departure and named
// members of a hired team", branch evpair37). Own sentences (no sentence, person or invented company of a
// test batch), each a whole article through the pipeline's steps:
// - after the departure the text follows, a clause opening on a subject pronoun with a move word of the
// person's own
//   ("She will join X as CFO", "그는 … X 연구소장으로 자리를 옮긴다") is the person's move to X, from where
//   they left;
// - the persons a hired team's sentence names in it ("a six-lawyer team led by A, with partners B and C, from
// Y") make
//   the team's move.
// Controls: a pronoun clause with no move word, a pronoun join at the company left, a team the movers join
// (its leader stays), a team's leader at the origin.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // 1. A departure the company tells, then "She will join ORG as …": a hire accepted at ORG, from the
    // company left.
    {"pronoun-join-after-departure",
     "Brookvale Dairy loses finance chief\n\nBrookvale Dairy said on Monday that its finance chief, Tamsin Orwell, had "
     "resigned after nine years. She will join Harrowgate Retail as chief financial officer in April.\n\n"
     "Brookvale said a search for her successor was under way.",
     {{"hire", "Harrowgate Retail", "Tamsin Orwell", "Brookvale Dairy", "accepted"}},
     {{"departure", "Harrowgate Retail", "*", "*", ""}}},
    // 2. (ko) The same after a Korean departure: "그는 다음달 ORG 연구소장으로 자리를 옮긴다".
    {"ko-pronoun-move-after-departure",
     "청람제약 연구소장 사임\n\n청람제약 중앙연구소를 이끌던 탁무영 소장이 최근 회사를 떠난 것으로 확인됐다. 그는 "
     "다음달 해솔바이오 연구소장으로 자리를 옮긴다.\n\n청람제약은 후임 인선에 착수했다.",
     {{"hire", "해솔바이오", "탁무영", "청람제약", "accepted"}}},
    // 3. Negative: the pronoun clause holds no move word ("She did not say what she plans to do next"): the
    // departure
    //    only.
    {"pronoun-without-move",
     "Brookvale Dairy loses finance chief\n\nBrookvale Dairy said on Monday that its finance chief, Tamsin Orwell, had "
     "resigned after nine years. She thanked Harrowgate Retail, the dairy's largest customer, in a farewell note.\n\n"
     "Brookvale said a search for her successor was under way.",
     {{"departure", "Brookvale Dairy", "Tamsin Orwell", "*", "left"}},
     {{"*", "Harrowgate Retail", "*", "*", ""}}},
    // 4. A hired team with its leader and two partners named in it: each is a hire at the firm, from the
    // rival firm.
    {"team-led-by-with-partners",
     "Ashdown Vale hires Pemberly restructuring team\n\nLONDON, May 6 - Ashdown Vale LLP has hired a six-lawyer "
     "restructuring team led by Imelda Crowther, with partners Rupert Halloway and Wendell Graves, from rival Pemberly "
     "Stokes LLP, the firm said on Tuesday.\n\nCrowther spent 14 years at Pemberly Stokes.",
     {{"hire", "Ashdown Vale LLP", "Imelda Crowther", "*", "joined"},
      {"hire", "Ashdown Vale LLP", "Rupert Halloway", "*", "joined"},
      {"hire", "Ashdown Vale LLP", "Wendell Graves", "*", "joined"}}},
    // 5. A team "headed by" its leader, its members after "including".
    {"team-headed-by-including",
     "Corrant Robotics hires motion team\n\nCorrant Robotics has hired a seven-person motion-planning group headed by "
     "Oksana Veld, including engineers Bastian Krol and Halima Oduya, from Tervane Automation, the company said on "
     "Monday.\n\nThe group will work from Corrant's Boston office.",
     {{"hire", "Corrant Robotics", "Oksana Veld", "Tervane Automation", ""},
      {"hire", "Corrant Robotics", "Bastian Krol", "Tervane Automation", ""},
      {"hire", "Corrant Robotics", "Halima Oduya", "Tervane Automation", ""}}},
    // 6. Negative: the hired engineers join a team led by the employer's own research chief: the leader does
    // not move.
    {"team-they-join",
     "Corrant Robotics hires motion engineers\n\nCorrant Robotics has hired 12 engineers from Tervane Automation, who "
     "will work in a team led by Corrant's research chief Oksana Veld, the company said on Monday.\n\n"
     "The engineers will start in June.",
     {{"hire", "Corrant Robotics", "engineers*", "*", ""}},
     {{"*", "*", "Oksana Veld", "*", ""}}},
};

class EventsPair37 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsPair37, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "pair37-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsPair37, testing::ValuesIn(kCases));

}  // namespace
}  // namespace hirewire::normalize
