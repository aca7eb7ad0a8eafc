// Agreed hires and groups listed beside other hires (docs/events.md, twenty-second session, branch grp22):
// "has agreed to hire" is an announced hire (accepted), "N scientists … have followed her to X" a group's
// move, a counted group added to a list (", along with eight associates who worked with them") is a group of
// its own that comes from where the candidates before it come from, "N employees of X" come from X. Own
// paraphrases (none is a sentence of a test batch), each a whole article through the pipeline's steps; a
// case lists the events that must be read (type, employer, candidate, count, previous employer, outcome).
#include <string>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

#include "normalize/events.h"
#include "tests/normalize/pipeline_events.h"

namespace hirewire::normalize {
namespace {

struct Want {
  const char* type;
  const char* employer;
  const char* candidate;
  int count;  // -1: no count
  const char* previous;
  const char* outcome;
};

struct ListCase {
  const char* rule;
  const char* text;
  std::vector<Want> want;
};

void PrintTo(const ListCase& c, std::ostream* os) { *os << c.rule << ": " << std::string(c.text).substr(0, 60); }

const ListCase kCases[] = {
    {"agreed-hire",
     "Adobe to hire Lumen Forge staff\n\nAdobe Inc. has agreed to hire the co-founders and about 30 employees of Lumen Forge, a video startup.",
     {{"hire", "Adobe", "employees from Lumen Forge", 30, "Lumen Forge", "accepted"}}},
    {"agreed-hire",
     "Halcyon Bank hires trader\n\nHalcyon Bank agreed to hire Maria Lopez, a rates trader at Barclays, people familiar said.",
     {{"hire", "Halcyon Bank", "Maria Lopez", -1, "Barclays", "accepted"}}},
    {"agreed-hire",
     "Vireo AI adds chip team\n\nVireo AI has agreed to hire about 20 engineers from Tessera Chips as part of a licensing deal.",
     {{"hire", "Vireo AI", "engineers from Tessera Chips", 20, "Tessera Chips", "accepted"}}},
    {"agreed-hire",
     "Osprey Health lands surgeon\n\nOsprey Health said on Monday it had agreed to hire Dr. Tom Reese, the head of cardiology at Mercy General.",
     {{"hire", "Osprey Health", "Tom Reese", -1, "", "accepted"}}},
    {"followed",
     "Vantage poaches\n\nVantage Therapeutics has hired Maria Lopez from Genentech as chief scientific officer. At least a dozen scientists from Genentech have followed her to Vantage.",
     {{"hire", "Vantage Therapeutics", "scientists from Genentech", 12, "Genentech", "joined"}}},
    {"followed",
     "Kestrel hires\n\nKestrel Capital hired Tom Reese from Citadel in March. Six traders from Citadel followed him to Kestrel in May.",
     {{"hire", "Kestrel Capital", "traders from Citadel", 6, "Citadel", "joined"}}},
    {"followed",
     "Orion team\n\nOrion Labs named Ravi Menon its research chief in January; eight researchers from DeepMind followed him to the company.",
     {{"hire", "Orion Labs", "researchers from Google DeepMind", 8, "Google DeepMind", "joined"}}},
    {"followed",
     "Harbor Labs adds designers\n\nHarbor Labs hired Apple design director Lena Fox in June. Four designers from Apple have followed her to the startup, people familiar with the moves said.",
     {{"hire", "Harbor Labs", "designers from Apple", 4, "Apple", "joined"}}},
    {"along",
     "Hale Morrow hires\n\nHale Morrow LLP has hired three private equity partners from Whitcombe & Strand in New York, along with eight associates who worked with them.",
     {{"hire", "Hale Morrow LLP", "partners from Whitcombe & Strand", 3, "Whitcombe & Strand", "joined"}, {"hire", "Hale Morrow LLP", "associates from Whitcombe & Strand", 8, "Whitcombe & Strand", "joined"}}},
    {"along",
     "Meridian Insurance\n\nMeridian Insurance has hired Victoria Hale, head of marine at Ashcombe, along with six underwriters who worked with her.",
     // (The organization of her apposition, "head of marine at Ashcombe", is where she and the team come from: evemp25.)
     {{"hire", "Meridian Insurance", "Victoria Hale", -1, "Ashcombe", "joined"}, {"hire", "Meridian Insurance", "underwriters from Ashcombe", 6, "Ashcombe", "joined"}}},
    {"along",
     "Crane hires\n\nCrane & Co. hired two tax partners from Baxter Lowell, along with five associates, the firm said.",
     {{"hire", "Crane & Co", "partners from Baxter Lowell", 2, "Baxter Lowell", "joined"}, {"hire", "Crane & Co", "associates from Baxter Lowell", 5, "Baxter Lowell", "joined"}}},
    {"along",
     "Orion team\n\nOrion Capital has recruited four traders from Citadel together with a team of 10 analysts.",
     {{"hire", "Orion Capital", "traders from Citadel", 4, "Citadel", "joined"}, {"hire", "Orion Capital", "team from Citadel", 10, "Citadel", "joined"}}},
    {"employees-of",
     "Adobe deal\n\nAdobe has hired about 30 employees of Lumen Forge, a video startup.",
     {{"hire", "Adobe", "employees from Lumen Forge", 30, "Lumen Forge", "joined"}}},
    {"employees-of",
     "Kestrel\n\nKestrel Capital has hired six traders of Citadel's commodities desk.",
     {{"hire", "Kestrel Capital", "traders from Citadel", 6, "Citadel", "joined"}}},
};

class EventsLists : public testing::TestWithParam<ListCase> {};

TEST_P(EventsLists, ReadsTheAgreedHireAndEveryListedGroup) {
  const ListCase& c = GetParam();
  const std::vector<Event> got = testing_support::PipelineEvents(c.text, "lists-test");
  for (const Want& w : c.want) {
    bool found = false;
    for (const Event& e : got)
      found = found || (EventTypeName(e.type) == std::string(w.type) && e.employer == w.employer && e.candidate == w.candidate &&
                        e.candidate_count == w.count && e.previous_employer == w.previous &&
                        OutcomeName(e.outcome) == std::string(w.outcome));
    EXPECT_TRUE(found) << w.type << " " << w.employer << " <- " << w.candidate << " (" << w.count << ", from '" << w.previous
                       << "', " << w.outcome << ") missing";
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, EventsLists, testing::ValuesIn(kCases));

// What stays no event or one event: a plan, a purpose, "one of … designers" (one person), two nouns of one
// counted group ("roughly 40 engineers and researchers").
struct CountCase {
  const char* text;
  size_t events;
  const char* absent;  // a candidate that must not be read ("" for none)
};

TEST(EventsLists, PlansPurposesAndOneOfStayWhatTheyAre) {
  const CountCase cases[] = {
      {"Harbor Labs plans\n\nHarbor Labs plans to hire about 300 engineers next year, its chief executive said.\n", 0, ""},
      {"Vireo AI search\n\nVireo AI is looking to hire a chief technology officer, a person familiar said.\n", 0, ""},
      {"Imari hires\n\nImari Heavy Industries has secured one of South Korea's top ship designers, offering a package worth "
       "about $2.8 million a year.\n",
       0, "designers"},
      {"Brightline deal\n\nBrightline Software has acquired Tessellate AI. Tessellate's roughly 40 engineers and researchers "
       "have joined Brightline Software.\n",
       1, "engineers"},
  };
  for (const CountCase& c : cases) {
    const std::vector<Event> got = testing_support::PipelineEvents(c.text, "lists-test");
    EXPECT_EQ(got.size(), c.events) << c.text;
    for (const Event& e : got) EXPECT_NE(e.candidate, c.absent) << c.text;
  }
}

}  // namespace
}  // namespace hirewire::normalize
