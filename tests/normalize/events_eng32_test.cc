// English strict faults of the thirty-second session (docs/events.md, branch eveng32): previous employers
// kept whole, origins and outcomes read from the right sentence or offer. Own sentences (none a sentence of a
// test batch), each a whole article through the pipeline's steps, with the previous employer and the outcome
// checked; the reading before the change (main c074db9c) is in docs/events.md.
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
    // 1. A law firm's name with its own commas is the whole previous employer.
    {"partner-commas",
     "Marlow Keane adds partners\n\nMarlow Keane LLP hired litigation partners Ada Brook and Owen Tate from Getty, Lowe & Crane LLP, the firms said on Monday.",
     {{"hire", "Marlow Keane LLP", "Ada Brook", "Getty, Lowe & Crane LLP", "joined"},
      {"hire", "Marlow Keane LLP", "Owen Tate", "Getty, Lowe & Crane LLP", "joined"}}},
    {"partner-commas",
     "Harlan Vose hires\n\nHarlan Vose LLP has hired Ines Marr, a partner at Slater, Arden, Price, Moss & Vane LLP, to lead its tax group.",
     {{"hire", "Harlan Vose LLP", "Ines Marr", "Slater, Arden, Price, Moss & Vane LLP", ""}}},
    // 2. "effective the same day" (the day named before) dates the promotion: accepted, not joined; "its
    // chairman,
    //    NAME, was reappointed" is a hire with no previous employer.
    {"same-day",
     "Torvane Chemical names new chief\n\nTorvane Chemical on Monday named Elin Sato, head of its coatings unit, as chief executive officer. The appointment takes effect March 1.\n\nThe company also promoted Raj Mehta, head of its Asia business, and Ola Berg, its chief counsel, to executive vice president, effective the same day.",
     {{"hire", "Torvane Chemical", "Raj Mehta", "", "accepted"},
      {"hire", "Torvane Chemical", "Ola Berg", "", "accepted"}}},
    {"reappointed",
     "Corvell Bank annual meeting\n\nCorvell Bank said its chairman, Sir Hugh Pell, was reappointed for a further three-year term at its annual meeting on Thursday.",
     {{"hire", "Corvell Bank", "Hugh Pell", "", "joined"}}},
    {"reappointed",
     "Marten Foods board\n\nMarten Foods said on Tuesday that its chief executive, Dora Lind, was reappointed by the board.",
     {{"hire", "Marten Foods", "Dora Lind", "", "joined"}}},
    // 4. "NAME joined this week as ROLE from ORG": the organization after the post's "from" is where the
    // person comes
    //    from; a "from" past a comma is not.
    {"join-as-from",
     "Quarrel Devices adds COO\n\nQuarrel Devices also said Ivo Brandt joined this week as chief operating officer from Halden Microsystems Inc., where he ran its fabs.",
     {{"hire", "Quarrel Devices", "Ivo Brandt", "Halden Microsystems Inc.", "joined"}}},
    {"join-as-from",
     "Tessary hires CFO\n\nTessary Robotics said Mina Okoro joined as chief financial officer, with a pay package that runs from 2026 to 2029.",
     {{"hire", "Tessary Robotics", "Mina Okoro", "", "joined"}}},
    // 6. A group that is only expected to follow is a guess, no event; one that has moved is hired.
    {"guessed-group",
     "Pryor & Dale adds partners\n\nPryor & Dale LLP hired finance partners Nora Quint and Felix Amato from Tolland Marsh LLP on Monday. At least ten associates are expected to follow them, according to people familiar with the matter.",
     {{"hire", "Pryor & Dale LLP", "Nora Quint", "Tolland Marsh LLP", "joined"}},
     {},
     {},
     {"associates*"}},
    {"guessed-group",
     "Corwin hires bankers\n\nCorwin Bank hired dealmakers Lea Ruiz and Sam Oduya from Farrow Capital last week. Twelve analysts could follow them in the spring, two people said.",
     {{"hire", "Corwin Bank", "Lea Ruiz", "Farrow Capital", "joined"}},
     {},
     {},
     {"analysts*"}},
    {"guessed-group",
     "Pryor & Dale adds partners\n\nPryor & Dale LLP hired finance partners Nora Quint and Felix Amato from Tolland Marsh LLP on Monday. About 15 associates have moved with them, the firm said.",
     {{"hire", "Pryor & Dale LLP", "Nora Quint", "Tolland Marsh LLP", "joined"},
      {"hire", "Pryor & Dale LLP", "associates*", "Tolland Marsh LLP", "joined"}}},
};

class EventsEng32 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsEng32, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "eng32-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsEng32, testing::ValuesIn(kCases));

// What must not be read: a reappointment needs the title the name stands in apposition to ("its largest
// shareholder, NAME," is no post), and a speaker named in apposition is no reappointed person.
TEST(EventsEng32, ReappointmentControls) {
  const auto holder = testing_support::PipelineEvents(
      "Corvell Bank meeting\n\nCorvell Bank said its largest shareholder, Hugh Pell, was reappointed to nothing at all.",
      "eng32-test");
  EXPECT_FALSE(HasCandidate(holder, "Hugh Pell"));
}

}  // namespace
}  // namespace hirewire::normalize
