// English event shapes left from the thirtieth session's blind analysis, thirty-first session
// (docs/events.md, branch eveng31). Own sentences (invented people and companies, none a sentence of the
// batches), each a whole article through the pipeline's steps; every case gave a different reading on the
// start binary (main bce55d36).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;
using testing_support::HasEvent;

const EventCase kCases[] = {
    // 1. "turned down ORG's offer": the possessive owner of an offer noun (cues.tsv offer_noun) is the
    // offerer, not
    // the employer of the candidate's descriptor.
    {"possessive-offerer",
     "Harlow Robotics hires\n\nHarlow Robotics has hired two engineers from Tesla.\n\nA third Tesla engineer, Maria Quon, turned down Harlow's offer of about $900,000 a year.",
     {{"offer", "Harlow Robotics", "Maria Quon", "*", "declined"}},
     {{"offer", "Tesla", "Maria Quon"}}},
    {"possessive-offerer",
     "Talia Brandt stays put\n\nVerdant AI researcher Talia Brandt turned down Lumora Systems' offer to lead its robotics lab.",
     {{"offer", "Lumora Systems", "Talia Brandt", "*", "declined"}},
     {{"offer", "Verdant AI", "Talia Brandt"}}},
    // 2. "turned down an offer from A worth $N and has instead accepted an offer from B": two answers, two
    // clauses;
    // the decline and its amount stay with A, the acceptance goes to B (answer_turn rows between "and" and
    // the cue).
    {"answer-turn",
     "Banker picks Goldman\n\nPeter Vance, a managing director at UBS, turned down an offer from Morgan Stanley worth $5 million and has instead accepted an offer from Goldman Sachs.",
     {{"offer", "Morgan Stanley", "Peter Vance", "UBS", "declined"},
      {"offer", "Goldman Sachs", "Peter Vance", "UBS", "accepted"}},
     {{"offer", "Morgan Stanley", "Peter Vance", "*", "accepted"}}},
    {"answer-turn",
     "Banker picks Goldman\n\nPeter Vance, a managing director at UBS, rejected an offer from Morgan Stanley and then accepted an offer from Goldman Sachs, the people said.",
     {{"offer", "Morgan Stanley", "Peter Vance", "*", "declined"},
      {"offer", "Goldman Sachs", "Peter Vance", "*", "accepted"}}},
    // 3. "from PARENT's UNIT": the unit is the previous employer, the parent only owns it.
    {"parent-possessive",
     "Okafor joins Nimbus\n\nNimbus Labs has hired Daniel Okafor from Alphabet Inc.'s Google DeepMind.",
     {{"hire", "Nimbus Labs", "Daniel Okafor", "Google DeepMind", "joined"}}},
    {"parent-possessive",
     "Lidar startup hires\n\nCorvid Sensing has hired Anya Petrov from Alphabet Inc.'s Waymo as chief engineer.",
     {{"hire", "Corvid Sensing", "Anya Petrov", "Waymo", "joined"}}},
    // 4. A licensing deal that pays a start-up ("will pay X about $N million to license its technology"): a
    // group with
    // no origin of its own joining the payer comes from X and is an acqui-hire (cues.tsv deal rows of value
    // license).
    {"licensing-acquihire",
     "Verano licenses Kiteline\n\nVerano Systems is hiring most of the staff of Kiteline Labs, a startup that makes speech tools.\n\nUnder the agreement, Verano Systems will pay Kiteline about $90 million to license its technology, and about 20 employees, including co-founder Ravi Das, will join Verano next month, people familiar with the deal said.",
     {{"acquihire", "Verano Systems", "employees*", "Kiteline Labs", "", 20}}},
    {"licensing-acquihire",
     "Orbis hires startup staff\n\nOrbis Corp. has hired most of the staff of Quanta Loop, a startup that builds speech tools.\n\nOrbis will pay Quanta Loop about $200 million to license its models, and about 25 engineers will join Orbis's cloud unit.",
     {{"acquihire", "Orbis Corp.", "engineers*", "Quanta Loop", "", 25}}},
    // 5. "one of Tesla Inc.'s top executives": one person, no group, even with the abbreviation's period
    // inside.
    {"one-of-abbreviation",
     "Rivian offer\n\nRivian Automotive Inc. has offered one of Tesla Inc.'s top manufacturing executives a pay package worth $40 million, people said.",
     {},
     {},
     {},
     {"executives*"}},
};

class EventsEng31 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsEng31, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "eng31-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsEng31, testing::ValuesIn(kCases));

// Controls: a possessive before no offer noun, a single answer, a parent's unit that is no organization, a
// licensing deal with no group.
TEST(EventsEng31, ControlsKeepTheirReading) {
  const auto single = testing_support::PipelineEvents(
      "Carvalho says no\n\nInes Carvalho turned down an offer from Ubisoft worth about $4 million and said she would stay at Brightfall Games.",
      "eng31-test");
  EXPECT_TRUE(HasEvent(single, "Ubisoft", "Ines Carvalho"));
  for (const Event& e : single)
    if (e.candidate == "Ines Carvalho" && e.employer == "Ubisoft") {
      EXPECT_EQ(OutcomeName(e.outcome), std::string("declined"));
    }
  const auto unit = testing_support::PipelineEvents(
      "Okafor joins Nimbus\n\nNimbus Labs has hired Daniel Okafor from Meta Platforms Inc.'s AI research group.",
      "eng31-test");
  const Event* okafor = testing_support::FindCandidate(unit, "Daniel Okafor");
  ASSERT_NE(okafor, nullptr);
  EXPECT_EQ(okafor->previous_employer, "Meta Platforms");
  const auto license = testing_support::PipelineEvents(
      "Orbis licensing\n\nOrbis Corp. will pay Quanta Loop about $200 million to license its models, the companies said.",
      "eng31-test");
  EXPECT_TRUE(license.empty());
  const auto chief = testing_support::PipelineEvents(
      "Harlow Robotics results\n\nHarlow Robotics said Tuesday that Maria Quon, Harlow's chief engineer, will present the new arm in June.",
      "eng31-test");
  EXPECT_TRUE(chief.empty());
}

}  // namespace
}  // namespace hirewire::normalize
