// Agreed hires and groups listed beside other hires (docs/events.md, twenty-second session, branch grp22):
// "has agreed to hire" is an announced hire (accepted), "N scientists … have followed her to X" a group's
// move, a counted group added to a list (", along with eight associates who worked with them") is a group of
// its own that comes from where the candidates before it come from, "N employees of X" come from X. Own
// paraphrases (none is a sentence of a test batch), each a whole article through the pipeline's steps; a
// case lists the events that must be read (type, employer, candidate, count, previous employer, outcome).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    {"agreed-hire",
     "Adobe to hire Lumen Forge staff\n\nAdobe Inc. has agreed to hire the co-founders and about 30 employees of Lumen Forge, a video startup.",
     {{"hire", "Adobe", "employees from Lumen Forge", "Lumen Forge", "accepted", 30}}},
    {"agreed-hire",
     "Halcyon Bank hires trader\n\nHalcyon Bank agreed to hire Maria Lopez, a rates trader at Barclays, people familiar said.",
     {{"hire", "Halcyon Bank", "Maria Lopez", "Barclays", "accepted", -1}}},
    {"agreed-hire",
     "Vireo AI adds chip team\n\nVireo AI has agreed to hire about 20 engineers from Tessera Chips as part of a licensing deal.",
     {{"hire", "Vireo AI", "engineers from Tessera Chips", "Tessera Chips", "accepted", 20}}},
    {"agreed-hire",
     "Osprey Health lands surgeon\n\nOsprey Health said on Monday it had agreed to hire Dr. Tom Reese, the head of cardiology at Mercy General.",
     {{"hire", "Osprey Health", "Tom Reese", "", "accepted", -1}}},
    {"followed",
     "Vantage poaches\n\nVantage Therapeutics has hired Maria Lopez from Genentech as chief scientific officer. At least a dozen scientists from Genentech have followed her to Vantage.",
     {{"hire", "Vantage Therapeutics", "scientists from Genentech", "Genentech", "joined", 12}}},
    {"followed",
     "Kestrel hires\n\nKestrel Capital hired Tom Reese from Citadel in March. Six traders from Citadel followed him to Kestrel in May.",
     {{"hire", "Kestrel Capital", "traders from Citadel", "Citadel", "joined", 6}}},
    {"followed",
     "Orion team\n\nOrion Labs named Ravi Menon its research chief in January; eight researchers from DeepMind followed him to the company.",
     {{"hire", "Orion Labs", "researchers from Google DeepMind", "Google DeepMind", "joined", 8}}},
    {"followed",
     "Harbor Labs adds designers\n\nHarbor Labs hired Apple design director Lena Fox in June. Four designers from Apple have followed her to the startup, people familiar with the moves said.",
     {{"hire", "Harbor Labs", "designers from Apple", "Apple", "joined", 4}}},
    {"along",
     "Hale Morrow hires\n\nHale Morrow LLP has hired three private equity partners from Whitcombe & Strand in New York, along with eight associates who worked with them.",
     {{"hire", "Hale Morrow LLP", "partners from Whitcombe & Strand", "Whitcombe & Strand", "joined", 3},
      {"hire", "Hale Morrow LLP", "associates from Whitcombe & Strand", "Whitcombe & Strand", "joined", 8}}},
    {"along",
     "Meridian Insurance\n\nMeridian Insurance has hired Victoria Hale, head of marine at Ashcombe, along with six underwriters who worked with her.",
     // (The organization of her apposition, "head of marine at Ashcombe", is where she and the team come
     // from: evemp25.)
     {{"hire", "Meridian Insurance", "Victoria Hale", "Ashcombe", "joined", -1},
      {"hire", "Meridian Insurance", "underwriters from Ashcombe", "Ashcombe", "joined", 6}}},
    {"along",
     "Crane hires\n\nCrane & Co. hired two tax partners from Baxter Lowell, along with five associates, the firm said.",
     {{"hire", "Crane & Co", "partners from Baxter Lowell", "Baxter Lowell", "joined", 2},
      {"hire", "Crane & Co", "associates from Baxter Lowell", "Baxter Lowell", "joined", 5}}},
    {"along",
     "Orion team\n\nOrion Capital has recruited four traders from Citadel together with a team of 10 analysts.",
     {{"hire", "Orion Capital", "traders from Citadel", "Citadel", "joined", 4},
      {"hire", "Orion Capital", "team from Citadel", "Citadel", "joined", 10}}},
    {"employees-of",
     "Adobe deal\n\nAdobe has hired about 30 employees of Lumen Forge, a video startup.",
     {{"hire", "Adobe", "employees from Lumen Forge", "Lumen Forge", "joined", 30}}},
    {"employees-of",
     "Kestrel\n\nKestrel Capital has hired six traders of Citadel's commodities desk.",
     {{"hire", "Kestrel Capital", "traders from Citadel", "Citadel", "joined", 6}}},
};

class EventsLists : public testing::TestWithParam<EventCase> {};

TEST_P(EventsLists, ReadsTheAgreedHireAndEveryListedGroup) {
  testing_support::ExpectCase(GetParam(), "lists-test");
}

INSTANTIATE_TEST_SUITE_P(Cases, EventsLists, testing::ValuesIn(kCases));

// What stays no event or one event: a plan, a purpose, "one of … designers" (one person), two nouns of one
// counted group ("roughly 40 engineers and researchers").
const EventCase kCountCases[] = {
    {.rule = "plan",
     .text =
         "Harbor Labs plans\n\nHarbor Labs plans to hire about 300 engineers next year, its chief executive said.\n",
     .not_candidates = {""},
     .events = 0},
    {.rule = "purpose",
     .text =
         "Vireo AI search\n\nVireo AI is looking to hire a chief technology officer, a person familiar said.\n",
     .not_candidates = {""},
     .events = 0},
    {.rule = "one of",
     .text =
         "Imari hires\n\nImari Heavy Industries has secured one of South Korea's top ship designers, offering a package "
         "worth about $2.8 million a year.\n",
     .not_candidates = {"designers"},
     .events = 0},
    {.rule = "two nouns of one group",
     .text =
         "Brightline deal\n\nBrightline Software has acquired Tessellate AI. Tessellate's roughly 40 engineers and "
         "researchers have joined Brightline Software.\n",
     .not_candidates = {"engineers"},
     .events = 1},
};

class EventsListsCounts : public testing::TestWithParam<EventCase> {};

TEST_P(EventsListsCounts, PlansPurposesAndOneOfStayWhatTheyAre) {
  testing_support::ExpectCase(GetParam(), "lists-test");
}

INSTANTIATE_TEST_SUITE_P(Cases, EventsListsCounts, testing::ValuesIn(kCountCases));

}  // namespace
}  // namespace hirewire::normalize
