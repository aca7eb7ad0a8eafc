// Employers named with a group prefix, a team by its short name, and the body that nominates (twenty-sixth
// session, branch entgaz26; docs/entities.md): "CJ Olive Young" is the affiliate, no hire at the group CJ;
// "HD Hyundai Heavy Industries" keeps its prefix; "The Riverhawks said" is the team named in full on the
// page; "The White House nominated X to lead the federal Office of …" gives the office as the employer (a
// lower-case modifier between "the" and the name). Own sentences (none is a sentence of a test batch), each a
// whole article through the pipeline's steps; the counts before the change (main 2e0483f) are in the
// comments.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // A group prefix before an affiliate's name is part of it: main 2/4 ("Olive Young" and "Hyundai Heavy
    // Industries": the employer cut after the prefix; Lotte Shopping and Tata Power were read by the events'
    // own name reading, while the recognizer gave the group "Lotte" / "Tata").
    {"group-prefix",
     "Beauty chain names CEO\n\nBeauty chain CJ Olive Young appointed Han Ji-woo, a former Amorepacific executive, as "
     "chief executive on Tuesday.\n",
     {{"hire", "CJ Olive Young", "Han Ji-woo", "*", "joined"}},
     {},
     {"CJ"}},
    {"group-prefix",
     "Retailer hires\n\nLotte Shopping has hired Park Min-seo from Coupang as its chief digital officer.\n",
     {{"hire", "Lotte Shopping", "Park Min-seo", "*", "joined"}},
     {},
     {"Lotte"}},
    {"group-prefix",
     "Shipbuilder names US chief\n\nHD Hyundai Heavy Industries has named Daniel Reyes, a former Bollinger "
     "Shipyards executive, as head of its American business.\n",
     {{"hire", "HD Hyundai Heavy Industries", "Daniel Reyes", "*", "joined"}},
     {},
     {"Hyundai Heavy Industries"}},
    {"group-prefix",
     "Power firm hires\n\nTata Power has appointed Meera Iyer as chief financial officer, the company said on "
     "Friday.\n",
     {{"hire", "Tata Power", "Meera Iyer", "*", "joined"}},
     {},
     {"Tata Group"}},
    // The body that nominates is no employer when the nominee is "to lead" an organization named after a
    // lower-case modifier: main 1/2 (the White House; "the state-run …" was read).
    {"nominator",
     "Nominee named\n\nThe White House on Thursday nominated Grace Holden, a former Boeing engineer, to lead the "
     "federal Office of Space Commerce.\n",
     {{"hire", "Office of Space Commerce", "Grace Holden", "*", "accepted"}},
     {},
     {"White House"}},
    {"nominator",
     "Nominee named\n\nThe governor nominated Paul Abara to head the state-run Ohio Housing Finance Agency.\n",
     {{"hire", "Ohio Housing Finance Agency", "Paul Abara", "*", "accepted"}}},
};

class EventsGaz26 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsGaz26, ReadsTheEmployer) { testing_support::ExpectCase(GetParam(), "gaz26-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsGaz26, testing::ValuesIn(kCases));

// A team's short name after "the" with a speech verb is the team the page names in full: the departure of its
// coach is at the team, no event is at the short name alone as a person (main: no departure).
TEST(EventsGaz26, ATeamsShortNameIsTheTeam) {
  const std::vector<Event> got = testing_support::PipelineEvents(
      "Fresno Kestrels shake-up\n\nFresno Kestrels manager Dan Morrow was fired on Sunday after a losing season. The "
      "Kestrels said bench coach Luis Ortega has resigned.\n",
      "gaz26-test");
  bool at_team = false;
  for (const Event& e : got) {
    at_team = at_team || (e.candidate == "Luis Ortega" && e.employer.find("Kestrels") != std::string::npos);
    EXPECT_NE(e.candidate, "Fresno Kestrels");
  }
  EXPECT_TRUE(at_team);
}

}  // namespace
}  // namespace hirewire::normalize
