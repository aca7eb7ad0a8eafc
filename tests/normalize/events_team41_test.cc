// Named members of a team and gapped conjuncts (forty-first session, branch evteam41; docs/events.md): a
// relative aside set off by commas between a person and the move word (", who moved from X to Y in 2021,")
// dates the aside, not the move, so the move is read and the people who "have also joined" after it take its
// employer; a negator in a trailing relative aside (", who has not yet responded") tells of the person, not
// of the offer; a Korean gapped goal conjunct ("A는 X 리더로, B는 Y 리더로 각각 합류했다") takes the join of
// the last conjunct. Own articles (invented people and companies, none a sentence of the regression or blind
// batches), with controls.
#include <gtest/gtest.h>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // 1. English: the aside's year dates the aside; the move after it is read, and the two named after it who
    // "have also joined" take its employer.
    {"en-relative-aside-year",
     "Quorvant hires three from Helio Labs\n\nQuorvant Systems has hired three engineers from Helio Labs.\n\n"
     "Priya Dalton, who moved from Intel to Helio Labs in 2019, has joined Quorvant as head of silicon, the "
     "company said. Marek Hale and Tessa Brun, who built Helio's compiler, have also joined.",
     {{"hire", "Quorvant Systems", "Priya Dalton", "Helio Labs", "joined"},
      {"hire", "Quorvant Systems", "Marek Hale", "*", "joined"},
      {"hire", "Quorvant Systems", "Tessa Brun", "*", "joined"}}},
    // Control: a year in the move's own clause still dates it.
    {"en-dated-move-control",
     "Quorvant profile\n\nQuorvant Systems makes chips.\n\nPriya Dalton joined Quorvant in 2019 and now runs "
     "its silicon team.",
     {},
     {{"hire", "*", "Priya Dalton", "*", ""}}},
    // 2. English: a negator inside ", who …" after the offer tells of the person; the offer stands.
    {"en-relative-aside-negator",
     "Quorvant courts engineers\n\nQuorvant Systems is recruiting.\n\nQuorvant has also offered $2 million a "
     "year to Ilse Varga, a design lead at Nortek, who has not yet responded, a person said.",
     {{"offer", "Quorvant Systems", "Ilse Varga", "Nortek", "offered"}}},
    // Control: a negator of the clause's own move still cancels it when the aside follows.
    {"en-negated-offer-control",
     "Quorvant courts engineers\n\nQuorvant Systems is recruiting.\n\nQuorvant has not made an offer to "
     "Ilse Varga, a design lead at Nortek, who is said to be weighing her options.",
     {},
     {{"offer", "*", "Ilse Varga", "*", ""}}},
};

class EventsTeam41 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsTeam41, ReadsTheTeamMembers) { testing_support::ExpectCase(GetParam(), "team41-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsTeam41, testing::ValuesIn(kCases));

}  // namespace
}  // namespace hirewire::normalize
