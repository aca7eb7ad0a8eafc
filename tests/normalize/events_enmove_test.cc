// English move shapes of the twenty-third session (docs/events.md, branch enmove23): a second title-prefixed
// name after "and" ("ORG CEO A and CTO B have joined X": both are movers, the first is no offer), "introduced
// as TITLE of ORG", "have become TITLES at ORG" (plural titles, coordinated subjects) and a relative "where"
// clause on the destination ("have joined X, where B will serve as its principal engineer": B's post is at X,
// and the movers of the main clause are still read). Own paraphrases (none is a sentence of a test batch),
// each a whole article through the pipeline's steps; a case lists the events that must be read and a
// candidate that must not be read as an offer.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // A title-prefixed second name: main read the first name as an open offer (0/4).
    {"titled-list",
     "Brightstar hires\n\nHalden Bank CFO Maria Lopez and COO Ben Ortiz have left to join Brightstar Capital.",
     {{"hire", "Brightstar Capital", "Maria Lopez", "Halden Bank", "joined"},
      {"hire", "Brightstar Capital", "Ben Ortiz", "Halden Bank", "joined"}}},
    {"titled-list",
     "Anthropic hires\n\nFormer Uber CTO Raj Mehta and chief scientist Lina Park joined Anthropic last month.",
     {{"hire", "Anthropic", "Raj Mehta", "Uber", "joined"},
      {"hire", "Anthropic", "Lina Park", "Uber", "joined"}}},
    {"titled-list",
     "Vantage hires\n\nNorthwind President Carl Jung and General Counsel Amy Fox will join Vantage Partners in March.",
     {{"hire", "Vantage Partners", "Carl Jung", "Northwind", "accepted"},
      {"hire", "Vantage Partners", "Amy Fox", "Northwind", "accepted"}}},
    {"titled-list",
     "Nvidia hires\n\nOrca Robotics CEO Dana Whitfield, CTO Sam Ito and COO Jim Bo have joined Nvidia.",
     {{"hire", "Nvidia", "Dana Whitfield", "Orca Robotics", "joined"},
      {"hire", "Nvidia", "Sam Ito", "Orca Robotics", "joined"},
      {"hire", "Nvidia", "Jim Bo", "Orca Robotics", "joined"}}},
    // "introduced as": main read none (0/4); the relative clause "who was introduced … as" is still not read.
    {"introduced",
     "Nuggets coach\n\nThe Denver Nuggets introduced Karen Holt as their new head coach on Monday.",
     {{"hire", "Denver Nuggets", "Karen Holt", "", "joined"}}},
    {"introduced",
     "Bank chief\n\nLiam Porter was introduced as the new chief executive of Halvorsen Bank at a press conference in Oslo.",
     {{"hire", "Halvorsen Bank", "Liam Porter", "", "joined"}}},
    {"introduced",
     "Acme CFO\n\nAcme Corp. formally introduced Sarah Lin as its chief financial officer at a town hall on Friday.",
     {{"hire", "Acme Corp.", "Sarah Lin", "", "joined"}}},
    // "have become TITLES at ORG": main read none (0/4).
    {"become",
     "Brightline VPs\n\nLena Fox and Omar Said have become vice presidents at Brightline Energy.",
     {{"hire", "Brightline Energy", "Lena Fox", "", "joined"},
      {"hire", "Brightline Energy", "Omar Said", "", "joined"}}},
    {"become",
     "Jefferies MDs\n\nJohn Doe and Mary Roe became managing directors at Jefferies.",
     {{"hire", "Jefferies", "John Doe", "", "joined"}, {"hire", "Jefferies", "Mary Roe", "", "joined"}}},
    {"become",
     "Vantage deal\n\nThe startup's co-founders, Chief Executive Ana Ruiz and Chief Technology Officer Ben Ortiz, have "
     "become senior vice presidents at Vantage Partners.",
     {{"hire", "Vantage Partners", "Ana Ruiz", "", "joined"},
      {"hire", "Vantage Partners", "Ben Ortiz", "", "joined"}}},
    {"become",
     "Halvorsen MDs\n\nPeter Hall and Anna Berg have become managing directors of Halvorsen Bank.",
     {{"hire", "Halvorsen Bank", "Peter Hall", "", "joined"},
      {"hire", "Halvorsen Bank", "Anna Berg", "", "joined"}}},
    // A relative "where" clause on the destination: main 2/4 (the list's first mover lost, the origin's
    // apposition
    // read as the employer).
    {"where",
     "Brightstar COO\n\nHalden Bank CFO Maria Lopez has joined Brightstar Capital, where Lopez will serve as chief operating officer.",
     {{"hire", "Brightstar Capital", "Maria Lopez", "Halden Bank", "joined"}}},
    {"where",
     "KKR hires\n\nTom Reed and Amy Fox, two partners at Bain, have moved to KKR, where Reed will serve as its chief operating "
     "officer.",
     {{"hire", "KKR", "Tom Reed", "Bain", "joined"}, {"hire", "KKR", "Amy Fox", "Bain", "joined"}}},
    {"where",
     "Carlyle hire\n\nRaj Mehta, a partner at Bain, joined Carlyle, where Mehta will serve as head of its Asia business.",
     {{"hire", "Carlyle", "Raj Mehta", "Bain", "joined"}}},
    {"where",
     "Nvidia hires\n\nKestrel Robotics co-founders Dana Whitfield and Sam Ito have joined Nvidia, where Whitfield will lead a "
     "new robotics group and Ito will serve as its principal engineer.",
     {{"hire", "Nvidia", "Dana Whitfield", "Kestrel Robotics", "joined"},
      {"hire", "Nvidia", "Sam Ito", "Kestrel Robotics", "joined"}}},
};

class EventsEnglishMoves : public testing::TestWithParam<EventCase> {};

TEST_P(EventsEnglishMoves, ReadsEveryMoverOfTheShape) {
  const std::vector<Event> got = testing_support::ExpectCase(GetParam(), "enmove-test");
  for (const Event& e : got)
    EXPECT_NE(EventTypeName(e.type), std::string("offer")) << e.candidate << " read as an offer";
}

INSTANTIATE_TEST_SUITE_P(Cases, EventsEnglishMoves, testing::ValuesIn(kCases));

// What stays no event: an introduction at a news conference names no post.
TEST(EventsEnglishMoves, AnIntroductionWithoutAPostIsNoMove) {
  const std::vector<Event> got = testing_support::PipelineEvents(
      "Bank event\n\nHalvorsen Bank said Liam Porter will be introduced at a news conference on Monday.\n",
      "enmove-test");
  EXPECT_TRUE(got.empty());
}

}  // namespace
}  // namespace hirewire::normalize
