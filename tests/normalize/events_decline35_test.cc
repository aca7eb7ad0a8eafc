// A refusal kept when the person stays, thirty-fifth session (docs/events.md, branch evdecline35). Own
// sentences (new names and companies, none a sentence of a batch), each a whole article. On the start binary
// (main 64645ee3) the first case read the refused offer accepted: "turned down X's offer … and is staying at
// the lab" took the bare stay (no organization named after it) as an acceptance of the offer just refused.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // A refusal, then a bare stay with a descriptor for the current employer: declined.
    {"en-refused-then-stays-at-descriptor",
     "Corvane Systems hires two Helix Robotics engineers\n\nCorvane Systems, the Austin chip designer, has hired two "
     "engineers from Helix Robotics, the company said on Monday.\n\nA third Helix engineer, Odile Marchetti, turned "
     "down Corvane's offer of about $900,000 a year and is staying at the Boston-based company, people familiar with "
     "the matter said.\n\nCorvane declined to comment.",
     {{"offer", "Corvane Systems", "Odile Marchetti", "*", "declined"}}},
    // Control: a stay that names the offerer itself ("is staying at Corvane") is no refusal of it.
    {"en-stays-at-offerer",
     "Corvane Systems keeps its lead engineer\n\nCorvane Systems engineer Odile Marchetti turned down an offer from "
     "Helix Robotics worth about $900,000 a year and is staying at Corvane, people familiar with the matter "
     "said.\n\nHelix declined to comment.",
     {{"offer", "Helix Robotics", "Odile Marchetti", "*", "declined"}}},
    // Control: an acceptance, then a bare stay, stays accepted.
    {"en-accepted-then-stays",
     "Tarrow Bank keeps its treasurer with a raise\n\nTarrow Bank treasurer Ines Kovac accepted a retention offer "
     "from the bank worth $1.2 million and is staying at the lender, the bank said on Tuesday.\n\nShe had been "
     "approached by rivals.",
     {{"offer", "Tarrow Bank", "Ines Kovac", "*", "accepted"}}},
};

class EventsDecline35 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsDecline35, KeepsTheRefusal) { testing_support::ExpectCase(GetParam(), "decline35-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsDecline35, testing::ValuesIn(kCases));

}  // namespace
}  // namespace hirewire::normalize
