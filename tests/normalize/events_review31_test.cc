// Review of the thirtieth session's change (thirty-first session, branch review31; docs/events.md). Own
// sentences (none a sentence of a test batch), each a whole article through the pipeline's steps.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // A companion group's sentence that ends on "will" with no period after it (a paragraph cut short): the
    // reading of "will" before a verb of moving looks past the sentence's end and must stop there, the group
    // still
    // hired where the persons went (companion_groups.cc; it threw std::out_of_range before).
    {"companion-group-will-at-end",
     "Dorsey & Vale hires two partners\n\nDorsey & Vale hired tax partners Hannah Cole and Peter Lund from Marlow & "
     "Keane on Tuesday. About 15 associates from Marlow & Keane's tax practice have also moved with them and more will",
     {{"hire", "Dorsey & Vale", "Hannah Cole", "Marlow & Keane", "joined"},
      {"hire", "Dorsey & Vale", "associates*", "Marlow & Keane", "joined"}}},
    // The same group told as a move to come ("will also move with them"): accepted, as before the review.
    {"companion-group-will",
     "Dorsey & Vale hires two partners\n\nDorsey & Vale hired tax partners Hannah Cole and Peter Lund from Marlow & "
     "Keane on Tuesday. About 15 associates from Marlow & Keane's tax practice will also move with them",
     {{"hire", "Dorsey & Vale", "Hannah Cole", "Marlow & Keane", "joined"},
      {"hire", "Dorsey & Vale", "associates*", "Marlow & Keane", "accepted"}}},
};

class EventsReview31 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsReview31, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "review31-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsReview31, testing::ValuesIn(kCases));

}  // namespace
}  // namespace hirewire::normalize
