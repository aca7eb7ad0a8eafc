// Origins and departures, fortieth session (branch evorig40). Own sentences (no sentence, person or invented
// company of a test batch): a demonstrative owner of the post ("was named that company's chief executive") is
// the organization named last before it, not the group that announces the reshuffle; a hire or offer whose
// person leaves is a departure with no previous employer (SettleType).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "normalize/events/internal.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // 1. (en) A group names the heads of its affiliates; "that company's chief executive" is the affiliate
    // the
    //    person's apposition names (Halden Foods), where the person is promoted (no origin); the second hire
    //    names its affiliate plainly.
    {"that-company-en",
     "Halden Group reshuffles affiliate chiefs\n\nHalden Group on Friday named new heads for two of its "
     "affiliates.\n\nRoss Ibarra, currently chief financial officer of Halden Foods, was named that company's "
     "chief executive. Mia Sato, a vice president at Pelham Logistics, was appointed CEO of Halden Shipping.",
     {{"hire", "Halden Foods", "Ross Ibarra", "", ""},
      {"hire", "Halden Shipping", "Mia Sato", "Pelham Logistics", ""}},
     {{"hire", "Halden Group", "Ross Ibarra", "*", ""}}},
    // Control: a post with a plain possessive determiner ("its chief executive") stays at the organization
    // that names it.
    {"its-chief-executive-control-en",
     "Tarrow Bank names Lina Park as chief executive\n\nTarrow Bank said on Monday that it has named Lina Park, "
     "a managing director at Corbel Capital, as its next chief executive.\n\nShe will succeed Martin Hale, who "
     "said in May that he would step down at the end of the year.",
     {{"hire", "Tarrow Bank", "Lina Park", "Corbel Capital", ""},
      {"departure", "Tarrow Bank", "Martin Hale", "", "left"}}},
};

class EventsOrig40 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsOrig40, ReadsTheDepartureOrOrigin) { testing_support::ExpectCase(GetParam(), "orig40-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsOrig40, testing::ValuesIn(kCases));

// A hire whose person was read as leaving (the predecessor of a succession clause read at the successor's
// employer, with the successor's origin) is the departure from that employer, with no previous employer.
TEST(EventsOrig40Settle, AHireWhosePersonLeavesIsADeparture) {
  Event e;
  e.type = EventType::kHire;
  e.candidate = "Martin Hale";
  e.employer = "Tarrow Bank";
  e.previous_employer = "Corbel Capital";
  e.previous_employer_aliases = {"Corbel"};
  e.outcome = Outcome::kLeft;
  events_detail::SettleType(&e, false);
  EXPECT_EQ(e.type, EventType::kDeparture);
  EXPECT_EQ(e.previous_employer, "");
  EXPECT_TRUE(e.previous_employer_aliases.empty());
  EXPECT_EQ(e.employer, "Tarrow Bank");
}

// Control: a hire made keeps its type and its origin.
TEST(EventsOrig40Settle, AHireMadeKeepsItsOrigin) {
  Event e;
  e.type = EventType::kHire;
  e.candidate = "Lina Park";
  e.employer = "Tarrow Bank";
  e.previous_employer = "Corbel Capital";
  e.outcome = Outcome::kJoined;
  events_detail::SettleType(&e, false);
  EXPECT_EQ(e.type, EventType::kHire);
  EXPECT_EQ(e.previous_employer, "Corbel Capital");
}

}  // namespace
}  // namespace hirewire::normalize
