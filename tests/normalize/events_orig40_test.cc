// Origins and departures, fortieth session (branch evorig40). Own sentences (no sentence, person or invented
// company of a test batch): a demonstrative owner of the post ("was named that company's chief executive") is
// the organization named last before it, not the group that announces the reshuffle; the person named after
// a predecessor marker ("who would succeed veteran boss Peter Lund") leaves the post, whatever else the
// clause reader made of them.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
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
    // 2. (en) "ending weeks of talk over who would succeed veteran boss Peter Lund": the predecessor marker
    //    "would succeed" (past two descriptor words) names the one who leaves: a departure, no hire.
    {"would-succeed-en",
     "Corvel Re names finance chief as next CEO\n\nCorvel Re, the Dublin-based reinsurer, has named its finance "
     "chief Nina Brandt as its next chief executive, ending weeks of talk over who would succeed veteran boss "
     "Peter Lund.\n\nBrandt will take up the post in March.",
     {{"hire", "Corvel Re", "Nina Brandt", "", ""}, {"departure", "Corvel Re", "Peter Lund", "", "left"}},
     {{"hire", "*", "Peter Lund", "*", ""}}},
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

}  // namespace
}  // namespace hirewire::normalize
