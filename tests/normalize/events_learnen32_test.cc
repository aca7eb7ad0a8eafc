// English shapes learned from the blind batches events-b45/b46, thirty-second session (docs/events.md, branch
// evlearnen32). Own sentences (new names and companies, none a sentence of the batches), each a whole article
// (headline and at least two body paragraphs, so that the pair pass runs); every case gave a hire, joined for
// the person who leaves on the start binary (merge32 f0fcd698).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "normalize/frames.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;
using testing_support::HasEvent;

const EventCase kCases[] = {
    // 1. The person an appointment replaces, past a determiner and descriptor words ("to replace the retiring
    // X",
    // "succeeding its longtime chief X"), leaves the post: a departure, not a hire.
    {"replaced-after-determiner",
     "Calder Bank names new chief\n\nCalder Bank named Ruth Imani, a vice president at Westfield Trust, as its next "
     "chief executive, ending a long search to replace the retiring Otto Brandt.\n\nImani will take over in May, the "
     "bank said in a statement.\n\nBrandt, 67, has led the lender since 2012.",
     {{"hire", "Calder Bank", "Ruth Imani", "Westfield Trust", ""},
      {"departure", "Calder Bank", "Otto Brandt", "", "left"}},
     {{"hire", "Calder Bank", "Otto Brandt"}}},
    {"replaced-after-determiner",
     "Kestrel Logistics names operations head\n\nKestrel Logistics appointed Lena Park as chief operating officer on "
     "Tuesday, succeeding its longtime chief Hugo Marsh.\n\nPark joined the company in 2015 and ran its European "
     "network.\n\nMarsh, 64, plans to spend more time with his family, the company said.",
     {{"hire", "Kestrel Logistics", "Lena Park", "", ""},
      {"departure", "Kestrel Logistics", "Hugo Marsh", "", "left"}},
     {{"hire", "Kestrel Logistics", "Hugo Marsh"}}},
    // 2. A leaving told after the appointment of someone else in the same sentence ("named A president,
    // filling a
    // post left vacant when B left the company"): B's departure; the earlier "left vacant" does not hide it.
    {"leaving-after-anothers-move",
     "Tavish Motors picks EV chief\n\nTavish Motors named Nadia Forde president of its electric-vehicle unit, "
     "effective immediately, filling a post left vacant when Carl Odum left the company last month.\n\nForde had run "
     "purchasing at the carmaker since 2018.\n\nOdum has not said what he will do next.",
     {{"hire", "Tavish Motors", "Nadia Forde", "", ""},
      {"departure", "Tavish Motors", "Carl Odum", "", "left"}},
     {{"hire", "Tavish Motors", "Carl Odum"}}},
};

class EventsLearnEn32 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsLearnEn32, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "learnen32-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsLearnEn32, testing::ValuesIn(kCases));

// Controls: a stopgap holder past a determiner hands the post back (no departure); the successor after
// "replaced by the" is no predecessor.
TEST(EventsLearnEn32, ControlsKeepTheirReading) {
  const auto interim = testing_support::PipelineEvents(
      "Calder Bank names new chief\n\nCalder Bank named Ruth Imani as its chief executive, replacing the interim "
      "chief Otto Brandt.\n\nImani will take over in May, the bank said.\n\nBrandt will return to his post as finance "
      "chief.",
      "learnen32-test");
  EXPECT_TRUE(HasEvent(interim, "Calder Bank", "Ruth Imani"));
  for (const Event& e : interim)
    EXPECT_FALSE(e.type == EventType::kDeparture && e.candidate == "Otto Brandt");
  const std::string_view by = "he was replaced by the new chief otto brandt.";
  EXPECT_FALSE(FrameReader::Default().PredecessorBefore(by, by.find("otto")));
  const std::string_view the = "to replace the retiring otto brandt.";
  EXPECT_TRUE(FrameReader::Default().PredecessorBefore(the, the.find("otto")));
}

}  // namespace
}  // namespace hirewire::normalize
