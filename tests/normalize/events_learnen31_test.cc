// English shapes learned from the blind batches events-b43/b44, thirty-first session (docs/events.md, branch
// evlearnen31). Own sentences (new names and companies, none a sentence of the batches), each a whole article
// through the pipeline's steps; every case gave a different reading on the start binary (main bce55d36).
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
    // 1. A kind of company opening the sentence ("Reinsurer X", "Chipmaker X") is no part of the employer's
    // name.
    {"opening-kind-noun",
     "Calloway Re names risk chief\n\nReinsurer Calloway Re said on Monday it had named Ines Varga as chief risk officer.",
     {{"hire", "Calloway Re", "Ines Varga", "", ""}},
     {},
     {"Reinsurer Calloway Re"}},
    {"opening-kind-noun",
     "Pellicano Pharma hires research head\n\nLONDON, May 2 (Reuters) - Drugmaker Pellicano Pharma said it had hired Rosa Lind as head of research.",
     {{"hire", "Pellicano Pharma", "Rosa Lind", "", ""}},
     {},
     {"Drugmaker Pellicano Pharma"}},
    // 2. "joined this week as ROLE" / "joins on Monday as ROLE": a self join with a short adverbial before
    // "as".
    {"join-adverbial-as",
     "Corvane Systems names finance chief\n\nCorvane Systems said on Monday that its chief executive would stay on.\n\nCorvane also said Peter Lund joined this week as chief financial officer from Oracle, where he ran treasury.",
     {{"hire", "Corvane Systems", "Peter Lund", "*", "joined"}}},
    {"join-adverbial-as",
     "Brisa Foods adds operations head\n\nBrisa Foods said Marta Olsen joined last month as head of operations.",
     {{"hire", "Brisa Foods", "Marta Olsen", "", "joined"}}},
    // 3. "starting in August", "with her term starting next August": a month after "in" / "next" dates the
    // start.
    {"effective-month",
     "Brindle University picks president\n\nBrindle University has named Ana Ruiz, provost of Yale University, as its next president, with her term starting next August.",
     {{"hire", "Brindle University", "Ana Ruiz", "Yale University", "accepted"}}},
    {"effective-month",
     "Harlow Bank names operations chief\n\nHarlow Bank has named Tomas Brenner as its chief operating officer, starting in September.",
     {{"hire", "Harlow Bank", "Tomas Brenner", "", "accepted"}}},
    // 4. The subject who recruited a pronoun (past one apposition) is the recruiter, no candidate.
    {"recruiter-subject",
     "Corvane hires Brightwave engineer\n\nCorvane Systems hired Ana Ruiz, a senior engineer at Brightwave Labs, to lead its chip team. Tom Beck, the Corvane executive who runs the lab, personally recruited her over several dinners.",
     {{"hire", "Corvane Systems", "Ana Ruiz", "Brightwave Labs", ""}},
     {},
     {},
     {"Tom Beck"}},
    {"recruiter-subject",
     "Lantern Games lands designer\n\nLantern Games has hired Noor Haddad from Ubisoft as creative director. Studio head Felix Grant, the Lantern co-founder, hired her after a year of talks.",
     {{"hire", "Lantern Games", "Noor Haddad", "Ubisoft", ""}},
     {},
     {},
     {"Felix Grant"}},
    // 5. A sentence opened by an organization that only titles the people after it ("Tillane co-founders A
    // and B
    // have joined Corvane") makes it no topic of the paragraph: "A becomes vice president" is at the new
    // employer.
    {"titling-opener-no-topic",
     "Corvane buys Tillane team\n\nCorvane Systems has acquired the team behind Tillane, a payments startup.\n\nTillane co-founders Ana Ruiz and Tom Beck have joined Corvane. Ruiz becomes vice president of payments and Beck becomes head of engineering.",
     {{"hire", "Corvane Systems", "Ana Ruiz", "Tillane", "joined"},
      {"hire", "Corvane Systems", "Tom Beck", "Tillane", "joined"}},
     {},
     {"Tillane"}},
    // 6. A departure in the person's relative clause before the main clause's move ("NAME, who left X in
    // June,
    // joined Y this month"): where the person was, not a departure of its own.
    {"relative-then-move",
     "Corvane lands designer\n\nAna Ruiz, who left Brightwave Labs as chief designer in June, joined Corvane Systems this month as a senior vice president.",
     {{"hire", "Corvane Systems", "Ana Ruiz", "Brightwave Labs", "joined"}},
     {{"departure", "Brightwave Labs", "Ana Ruiz"}}},
    {"relative-then-move",
     "Halvard hires risk head\n\nTomas Brenner, who left Nordea last year, has joined Halvard Holdings as chief risk officer.",
     {{"hire", "Halvard Holdings", "Tomas Brenner", "Nordea", "joined"}},
     {{"departure", "Nordea", "Tomas Brenner"}}},
    // 7. A business group's counted promotion made up by the named heads of its affiliates is those people.
    {"group-affiliates",
     "Daemyung reshuffle\n\nDaemyung Group promoted two executives to president in its annual reshuffle on Thursday.\n\nPark Ji-hoon, head of sales at Daemyung Steel, was promoted to president of the steelmaker. Choi Yu-na, chief strategy officer of Daemyung Telecom, was promoted to president of the telecom unit.",
     {{"hire", "Daemyung Steel", "Park Ji-hoon", "", ""}, {"hire", "Daemyung Telecom", "Choi Yu-na", "", ""}},
     {},
     {},
     {"executives*"}},
    // 9. "dean of the School of Law at Yale University": the unit is part of the organization after "at",
    // where
    // the person comes from.
    {"unit-at-parent",
     "Brindle University picks Yale dean\n\nBrindle University's board on Friday named Ana Ruiz, dean of the School of Law at Yale University, as the university's next president.",
     {{"hire", "Brindle University", "Ana Ruiz", "Yale University", ""}}},
};

class EventsLearnEn31 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsLearnEn31, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "learnen31-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsLearnEn31, testing::ValuesIn(kCases));

// Controls: a capitalized word after "joined" is the joined organization, not an adverbial; "effective
// immediately" stays joined; a person who recruited a named person stays out of the hire only when the object
// is a pronoun.
TEST(EventsLearnEn31, ControlsKeepTheirReading) {
  const auto joined = testing_support::PipelineEvents(
      "Corvane Systems hires\n\nPeter Lund joined Corvane Systems this week as chief financial officer.",
      "learnen31-test");
  EXPECT_TRUE(HasEvent(joined, "Corvane Systems", "Peter Lund"));
  const auto now = testing_support::PipelineEvents(
      "Harlow Bank names operations chief\n\nHarlow Bank has named Tomas Brenner as its chief operating officer, effective immediately.",
      "learnen31-test");
  const Event* e = testing_support::FindEvent(now, "Harlow Bank", "Tomas Brenner");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(OutcomeName(e->outcome), std::string("joined"));
}

}  // namespace
}  // namespace hirewire::normalize
