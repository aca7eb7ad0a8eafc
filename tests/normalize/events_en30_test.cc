// English move shapes, groups and employers of the thirtieth session (docs/events.md, branch eveng30). Own
// sentences (none a sentence of a test batch), each a whole article through the pipeline's steps, with the
// previous employer and the outcome checked; the reading before the change (main dd2dc886) is in
// docs/events.md.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;
using testing_support::HasCandidate;
using testing_support::HasEvent;

const EventCase kCases[] = {
    // 1. A counted group that moves along with the persons hired before it ("have moved with them", "will
    // join
    //    them", "from the team"): hired where they went, from the organization after "from" or from theirs.
    {"companion-group",
     "Dorsey & Vale hires two partners\n\nDorsey & Vale hired tax partners Hannah Cole and Peter Lund from Marlow & Keane on Tuesday. About 15 associates from Marlow & Keane's tax practice have also moved with them, two people said.",
     {{"hire", "Dorsey & Vale", "Hannah Cole", "Marlow & Keane", "joined"},
      {"hire", "Dorsey & Vale", "associates*", "Marlow & Keane", "joined"}}},
    {"companion-group",
     "Fenwick Rowe news\n\nGrace Idowu and Tom Hale joined Fenwick Rowe's Paris office from Beaumont Lyle LLP on Monday. They are bringing a team of about ten associates with them, the firm said.",
     {{"hire", "Fenwick Rowe", "Grace Idowu", "Beaumont Lyle LLP", "joined"},
      {"hire", "Fenwick Rowe", "*", "Beaumont Lyle LLP", "joined"}},
     {{"hire", "Fenwick Rowe", "Grace Idowu", "", "accepted"}}},
    {"companion-group",
     "Ashgrove Capital adds traders\n\nAshgrove Capital has hired Mei Tanaka, a senior trader at Corbin Partners. Six traders will join her from Corbin Partners in March.",
     {{"hire", "Ashgrove Capital", "Mei Tanaka", "Corbin Partners", "joined"},
      {"hire", "Ashgrove Capital", "traders*", "Corbin Partners", "accepted"}}},
    {"companion-group",
     "Quarry Labs hires\n\nQuarry Labs hired Ivan Petrov from Nordlys AI as head of research on Monday. Eleven engineers from his team will follow him next month, the company said.",
     {{"hire", "Quarry Labs", "Ivan Petrov", "Nordlys AI", "joined"},
      {"hire", "Quarry Labs", "engineers*", "Nordlys AI", "accepted"}}},
    {"companion-group",
     "Halberd & Co hires\n\nHalberd & Co hired restructuring partners Ana Silva and Joel Marks from Kessel & Ward. Seven associates from the team will join next month.",
     {{"hire", "Halberd & Co", "Ana Silva", "Kessel & Ward", "joined"},
      {"hire", "Halberd & Co", "associates*", "Kessel & Ward", "accepted"}}},
    {"companion-group",
     "Brandt Bio hires scientist\n\nBrandt Bio hired Lena Park from Orvane Pharma as head of chemistry. She brings with her a team of six chemists and four scientists from her Orvane group.",
     {{"hire", "Brandt Bio", "Lena Park", "Orvane Pharma", "joined"},
      {"hire", "Brandt Bio", "*", "Orvane Pharma", "joined"}}},
    // "N members of the X team": members is a group noun with a count.
    {"members",
     "Pinecrest buys studio\n\nPinecrest Games has acquired Owlbear Studio. All 14 members of the Owlbear Studio team have joined Pinecrest Games.",
     {{"acquihire", "Pinecrest Games", "members*", "Owlbear Studio", "joined"}}},
    {"members",
     "Halvard hires\n\nNine members of the Quillon Labs research team joined Halvard Robotics on Monday.",
     {{"hire", "Halvard Robotics", "members*", "Quillon Labs", "joined"}}},
    {"members",
     "Tidewater signs\n\nTidewater AI said 25 members of Corbel Systems' compiler team will join it in May.",
     {{"hire", "Tidewater AI", "members*", "Corbel Systems", "accepted"}}},
    // 2. Two groups counted differently and named by different nouns (partners, associates) stay two groups;
    // the
    //    lede's counted partners are the named ones.
    {"other-kind-of-group",
     "Lyle Brook hires three partners\n\nLyle Brook LLP has hired three finance partners from Crane Oakes LLP.\n\nSara Blum, Otto Reyes and Kai Lim joined Lyle Brook on Monday. Ten associates from the Crane Oakes finance group will join Lyle Brook in June.",
     {{"hire", "Lyle Brook LLP", "Sara Blum", "Crane Oakes LLP", "joined"},
      {"hire", "Lyle Brook LLP", "associates*", "*", "accepted"}}},
    {"other-kind-of-group",
     "Vantor hires\n\nVantor Robotics hired four executives from Helm Motors this year. It also hired 30 engineers from Helm Motors' battery unit last month.",
     {{"hire", "Vantor Robotics", "executives*", "Helm Motors", ""},
      {"hire", "Vantor Robotics", "engineers*", "Helm Motors", ""}}},
};

class EventsEn30 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsEn30, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "en30-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsEn30, testing::ValuesIn(kCases));

// What must not be read: a group a person leads or worked with is no companion that moves ("worked with them
// for a decade"); a group counting the named ones and another group stays one ("The six lawyers").
TEST(EventsEn30, CompanionControls) {
  const auto led = testing_support::PipelineEvents(
      "Dorsey & Vale hires\n\nDorsey & Vale hired partner Hannah Cole from Marlow & Keane on Tuesday. She has worked with "
      "about 20 associates at Marlow & Keane for a decade.",
      "en30-test");
  EXPECT_TRUE(HasEvent(led, "Dorsey & Vale", "Hannah Cole"));
  EXPECT_FALSE(HasCandidate(led, "associates*"));
  const auto whole = testing_support::PipelineEvents(
      "Whitlow hires\n\nWhitlow Grant LLP has hired partners Ruth Kane and Ben Ito from Merrow LLP, along with four "
      "associates, the firm said. The six lawyers joined Whitlow's Boston office this week.",
      "en30-test");
  EXPECT_FALSE(HasCandidate(whole, "lawyers*"));
  // A count of members with no move is no group ("the union's 3,000 members").
  const auto union_members = testing_support::PipelineEvents(
      "Orvane news\n\nOrvane Steel hired Paul Greer as chief executive. The union's 3,000 members voted on a new "
      "contract last week.",
      "en30-test");
  EXPECT_FALSE(HasCandidate(union_members, "members*"));
}

}  // namespace
}  // namespace hirewire::normalize
