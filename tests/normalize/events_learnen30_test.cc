// English shapes learned from the blind batches events-b41/b42, thirtieth session (docs/events.md, branch
// evlearnen30). Own sentences (new names and companies, none a sentence of the batches), each a whole article
// through the pipeline's steps; every case gave a different reading on the start binary (main 7105baf0).
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
    // 1. A capitalized word closed by Microdevices / Microsystems / Microelectronics is a company
    // (entity_words.tsv).
    {"company-suffix",
     "Tarvo Microdevices picks operations head\n\nTarvo Microdevices named Ines Marlow as chief operating officer, the company said Tuesday. Marlow previously worked at Intel.",
     {{"hire", "Tarvo Microdevices", "Ines Marlow", "*", "joined"}}},
    // 2. "has named its TITLE, NAME, as ROLE": the name is the apposition of the object's title.
    {"name-in-commas",
     "Pellwood Foods shakes up leadership\n\nPellwood Foods said on Wednesday it has named its chief operating officer, Rhea Tamsin, as chief executive, effective immediately.",
     {{"hire", "Pellwood Foods", "Rhea Tamsin", "", "joined"}}},
    {"name-in-commas",
     "Orlo Shipping names interim head\n\nOrlo Shipping, which lost its founder last month, has appointed its head of logistics, Victor Hale, as interim CEO.",
     {{"hire", "Orlo Shipping", "Victor Hale", "", ""}}},
    {"name-in-commas",
     "Kestra Bank names finance chief CEO\n\nKestra Bank on Thursday named its longtime finance chief, Mira Oduya, as its next chief executive, effective Jan. 1.",
     {{"hire", "Kestra Bank", "Mira Oduya", "", "accepted"}}},
    // 3. "whom it did not name" / "whom it declined to name" (cues.tsv blank rows): no negation of the hire.
    {"unnamed-group",
     "Dunmore Robotics adds engineers\n\nDunmore Robotics has hired Celia Ward from Boston Dynamics as head of hardware. Dunmore also hired three other Boston Dynamics engineers, whom it did not name, to work on grippers.",
     {{"hire", "Dunmore Robotics", "engineers*", "Boston Dynamics", "joined"}}},
    {"unnamed-group",
     "Fenwick Games hires designers\n\nFenwick Games has hired Aldo Brenn from Ubisoft as creative director. The studio also hired four Ubisoft engineers, whom it declined to name, for the sequel.",
     {{"hire", "Fenwick Games", "engineers*", "Ubisoft", "joined"}}},
    // 4. A title phrase closed by a title row or a newsroom post (title_opener: anchor, correspondent,
    // producer, host)
    // opens a self departure; so does the name opening the second conjunct after ", and".
    {"title-phrase",
     "Halcyon Radio loses two voices\n\nHalcyon Radio named Tessa Ruhl as head of news on Monday.\n\nMorning host Gil Sandor retired last week after 25 years at the station, and evening anchor Priya Lenz resigned on Friday.",
     {{"departure", "Halcyon Radio", "Gil Sandor", "", "left"},
      {"departure", "Halcyon Radio", "Priya Lenz", "", "left"}}},
    {"title-phrase",
     "Tallis Post newsroom departures\n\nThe Tallis Post named Oren Kade as managing editor.\n\nForeign correspondent Mara Ilic resigned on Tuesday to write a book.",
     {{"departure", "Tallis Post", "Mara Ilic", "", "left"}}},
    {"title-phrase",
     "Brookfield Daily shuffles staff\n\nBrookfield Daily appointed Lena Moor as editor-in-chief on Monday.\n\nSports editor Tom Ruel retired last week, and Dana Pike resigned on Friday.",
     {{"departure", "Brookfield Daily", "Tom Ruel", "", "left"},
      {"departure", "Brookfield Daily", "Dana Pike", "", "left"}}},
    // 5. An apposition naming where the person came from ("a former X dean") is no post left.
    {"origin-apposition",
     "Ashby College president quits\n\nThe president of Ashby College resigned on Friday after a dispute with trustees.\n\nGerald Fenn, a former Rutgers University dean, said he was stepping down effective immediately.",
     {{"departure", "Ashby College", "Gerald Fenn", "", "left"}},
     {},
     {"Rutgers University"}},
    // 6. "the changes, including X's appointment, take effect Jan. 1": every hire named before is accepted.
    {"referent-inclusion",
     "Veltro Motors reshuffle\n\nVeltro Motors said it has hired Anna Keil, a senior engineer at Porsche, to lead its design studio.\n\nVeltro also promoted Han Ji-woo and Seo Min-jae to vice president. Veltro said the changes, including Keil's appointment, take effect Jan. 1.",
     {{"hire", "Veltro Motors", "Anna Keil", "Porsche", "accepted"},
      {"hire", "Veltro Motors", "Han Ji-woo", "", "accepted"},
      {"hire", "Veltro Motors", "Seo Min-jae", "", "accepted"}}},
    // 7. "Her/His appointment will be finalized / confirmed at the meeting in March": accepted.
    {"appointment-confirmed",
     "Marlow Insurance picks outsider as CEO\n\nMarlow Insurance has named Ruth Akers, a senior executive at Zurich Insurance, as its next chief executive officer.\n\nHer appointment will be finalized at the shareholders' meeting in March.",
     {{"hire", "Marlow Insurance", "Ruth Akers", "Zurich Insurance", "accepted"}}},
    {"appointment-confirmed",
     "Norvik Bank names CEO\n\nNorvik Bank has named Paul Strand, an executive at Nordea, as its next chief executive.\n\nHis appointment will be confirmed at the annual general meeting in April.",
     {{"hire", "Norvik Bank", "Paul Strand", "Nordea", "accepted"}}},
};

class EventsLearnEn30 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsLearnEn30, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "learnen30-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsLearnEn30, testing::ValuesIn(kCases));

// Controls: a comma-closed name with no position after it is not read as appointed; a sentence that opens
// with a plain clause before ", and NAME said" reads no departure of the speaker.
TEST(EventsLearnEn30, ControlsKeepTheirReading) {
  const auto praised = testing_support::PipelineEvents(
      "Orlo Shipping results\n\nOrlo Shipping thanked its head of logistics, Victor Hale, for a record year.",
      "learnen30-test");
  EXPECT_FALSE(HasEvent(praised, "Orlo Shipping", "Victor Hale"));
  const auto quoted = testing_support::PipelineEvents(
      "Halcyon Radio ratings\n\nHalcyon Radio ratings rose in May, and evening anchor Priya Lenz said the team was proud.",
      "learnen30-test");
  EXPECT_FALSE(HasEvent(quoted, "Halcyon Radio", "Priya Lenz"));
}

}  // namespace
}  // namespace hirewire::normalize
