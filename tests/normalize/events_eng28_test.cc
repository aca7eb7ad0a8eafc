// English move shapes of the twenty-eighth session (docs/events.md, branch eveng28). Own sentences (none a
// sentence of a test batch), each a whole article through the pipeline's steps, with the previous employer
// and the outcome checked; the reading before the change (main bfab791) is in docs/events.md.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    {"passive-adverb",
     "Corvo Bank names finance chief\n\nCorvo Bank said on Monday that its chief financial officer, Erik Holm, would retire in March. Corvo also said on Tuesday that Ines Vidal, its head of treasury, had been promoted to chief financial officer.",
     {{"hire", "Corvo Bank", "Ines Vidal", "", "joined"}}},
    {"passive-adverb",
     "Tessel Robotics reshuffle\n\nTessel Robotics named a new chief executive on Monday. Owen Park, head of the drone division, was subsequently promoted to president.",
     {{"hire", "Tessel Robotics", "Owen Park", "", "joined"}}},
    {"passive-adverb",
     "Pike Foods names CFO\n\nPike Foods reorganized its leadership on Thursday. Dana Holt, a senior vice president, was formally named chief financial officer.",
     {{"hire", "Pike Foods", "Dana Holt", "", "joined"}}},
    {"passive-adverb",
     "Halvard Shipping\n\nHalvard Shipping announced a new board on Friday. Sven Aas, the head of its tanker business, was then appointed chief operating officer.",
     {{"hire", "Halvard Shipping", "Sven Aas", "", "joined"}}},
    {"passive-adverb",
     "Mirel Insurance promotes executives\n\nMirel Insurance promoted two executives on Wednesday. Carla Moretti, head of claims, has since been named chief risk officer.",
     {{"hire", "Mirel Insurance", "Carla Moretti", "", "joined"}}},
    {"passive-adverb",
     "Brightwell Media names editor\n\nBrightwell Media said Kofi Mensah, its deputy editor, had also been named editor-in-chief.",
     {{"hire", "Brightwell Media", "Kofi Mensah", "", "joined"}}},
    {"predecessor-resigned",
     "Harlow Athletic names manager\n\nHarlow Athletic named Dean Foster its manager on Sunday. Foster replaces Mark Ellis, who resigned on Oct. 14 after a run of defeats.",
     {{"hire", "Harlow Athletic", "Dean Foster", "", "joined"},
      {"departure", "Harlow Athletic", "Mark Ellis", "", "left"}}},
    {"predecessor-resigned",
     "Kestrel Bank picks CEO\n\nKestrel Bank appointed Nina Hale chief executive on Monday. Hale succeeds Paul Greer, who retired on Sept. 30 after a decade in the job.",
     {{"hire", "Kestrel Bank", "Nina Hale", "", "joined"},
      {"departure", "Kestrel Bank", "Paul Greer", "", "left"}}},
    {"predecessor-resigned",
     "Pemberton University provost\n\nPemberton University named Laura Chen provost. She replaces David Fry, who resigned on Jan. 12.",
     {{"hire", "Pemberton University", "Laura Chen", "", "joined"},
      {"departure", "Pemberton University", "David Fry", "", "left"}}},
    {"descriptor-subject",
     "Brenton College president quits\n\nBRENTON, Maine (AP) — The president of Brenton College resigned Tuesday after a dispute with trustees over tuition.\n\nMarian Holloway, who had led the college since 2018, said she would return to teaching.",
     {{"departure", "Brenton College", "Marian Holloway", "", "left"}}},
    {"descriptor-subject",
     "Quarry Foods CEO out\n\nThe chief executive of Quarry Foods has resigned with immediate effect. Daniel Marsh, who ran the grocer for six years, will be replaced by an interim leader.",
     {{"departure", "Quarry Foods", "Daniel Marsh", "", "left"}}},
    {"descriptor-subject",
     "Otterby Museum\n\nThe longtime director of Otterby Museum retired on Friday. Ruth Calder, 71, joined the museum as a curator in 1990.",
     {{"departure", "Otterby Museum", "Ruth Calder", "", "left"}}},
    {"descriptor-subject",
     "Lindqvist Bank chairman\n\nLindqvist Bank's chairman has stepped down. Olof Berg, who had chaired the board since 2015, cited health reasons.",
     {{"departure", "Lindqvist Bank", "Olof Berg", "", "left"}}},
};

class EventsEng28 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsEng28, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "eng28-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsEng28, testing::ValuesIn(kCases));

// What must not be read: a dismissal dated to a day stays background; a descriptor subject's departure is not
// given to a person whose apposition names another organization, nor read when the sentence denies it; a
// passive denied
// ("was not promoted") is no hire.
const EventCase kMustNot[] = {
    {"descriptor-subject",
     "Quarry Foods CEO out\n\nThe chief executive of Quarry Foods has resigned with immediate effect. Helen Ward, an analyst at Brixton Securities, said the move was overdue.",
     {},
     {},
     {},
     {"Helen Ward"}},
    {"denied-departure",
     "Quarry Foods CEO out\n\nThe chief executive of Quarry Foods has not resigned, the company said. Daniel Marsh, who runs the grocer, will stay.",
     {},
     {},
     {},
     {"Daniel Marsh"}},
    {"dated-dismissal",
     "Harlow Athletic names manager\n\nHarlow Athletic named Dean Foster its manager on Sunday. Foster replaces Mark Ellis, who was fired on Oct. 14 after a run of defeats.",
     {},
     {},
     {},
     {"Mark Ellis"}},
    {"denied-passive",
     "Corvo Bank board\n\nCorvo Bank held its annual meeting on Monday. Ines Vidal, its head of treasury, was not promoted to chief financial officer, the bank said.",
     {},
     {},
     {},
     {"Ines Vidal"}},
};

TEST(EventsEng28, MustNotRead) {
  for (const EventCase& c : kMustNot) testing_support::ExpectCase(c, "eng28-test");
}

}  // namespace
}  // namespace hirewire::normalize
