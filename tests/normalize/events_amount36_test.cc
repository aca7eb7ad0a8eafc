// Amounts of hiring events, thirty-sixth session (docs/events.md, branch evamount36). Own sentences (new
// names and companies, none a sentence of a batch), each a whole article. On the start binary (main 6b593fa7)
// each case but the controls gave a wrong amount: the person's own side's counter-offer with no retain word
// lost its pay ("X countered by raising his guaranteed pay to $15 million a year"), an organization after a
// preposition ("an engineer at Korvan Energy has received an offer of …") was read as the one putting the
// amount up, and what the person earns now ("현재 연봉은 3억원", "currently earns about $1 million") was
// taken as an offer.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::CasePay;
using testing_support::EventCase;
using testing_support::PayWant;

const EventCase kCases[] = {
    // The current employer answers a rival's offer by raising the pay: its own offer, with no retain word.
    {"en-counter-by-raising-pay",
     "Halloway keeps star trader Owen Brandt after a rival's pitch\n\nOwen Brandt, a portfolio manager at Halloway, "
     "turned down an offer from Brisk Capital that would have paid him $20 million guaranteed over two years, people "
     "familiar with the matter said.\n\nHalloway countered by raising his guaranteed pay to $15 million a year and "
     "giving him more capital, the people said. Brandt accepted Halloway's counteroffer last week.",
     {{"offer", "Brisk Capital", "Owen Brandt", "*", "declined"},
      {"offer", "Halloway", "Owen Brandt", "*", ""}},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kHolds, "Owen Brandt", "Halloway", "USD", {15000000}},
      {PayWant::kHolds, "Owen Brandt", "Brisk Capital", "USD", {20000000}}}},
    // An organization after a preposition ("an engineer at Korvan Energy has received …") receives nothing:
    // the
    // offer is the one the sentence names after "from".
    {"en-org-after-preposition-is-no-payer",
     "Sunwell Battery woos Korvan Energy engineer with $2.5m-a-year offer\n\nA senior battery engineer at Korvan "
     "Energy has received an offer of $2.5 million a year from China's Sunwell Battery, according to industry "
     "sources.\n\nLee Dong-min, 41, a research fellow who leads Korvan Energy's anode development, was approached "
     "by Sunwell Battery last month to head a new research center, the sources said.\n\nKorvan Energy declined to "
     "comment.",
     {{"offer", "Sunwell Battery", "Lee Dong-min", "*", ""}},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kOnly, "Lee Dong-min", "Sunwell Battery", "USD", {2500000}},
      {PayWant::kNone, "Lee Dong-min", "Korvan Energy", "USD"}}},
    // What the person earns now is no offer (Korean, English); the offer itself stays.
    {"ko-current-salary-is-no-offer",
     "라온제약, 한빛바이오 김도현 수석에 연봉 8억 제시\n\n제약사 라온제약이 한빛바이오의 항체 연구를 이끌어 온 김도현 "
     "수석연구원 영입에 나섰다.\n\n업계에 따르면 라온제약은 지난달 김도현 수석연구원에게 연봉 8억원과 연구소장 자리를 "
     "제안했다. 김 수석의 현재 연봉은 3억원 안팎으로 알려졌다.\n\n김 수석은 아직 거취를 정하지 않았다.",
     {{"offer", "라온제약", "김도현", "*", "offered"}},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kExactly, "김도현", "라온제약", "KRW", {800000000}}}},
    {"en-current-earnings-are-no-offer",
     "Marlow Bank lures Dunmore treasurer\n\nMarlow Bank has hired Ines Kovac, the treasurer of Dunmore Group, as "
     "its chief financial officer, the bank said on Monday.\n\nMarlow offered Kovac a base salary of $1.8 million a "
     "year. She currently earns about $1 million at Dunmore, according to a filing.",
     {{"hire", "Marlow Bank", "Ines Kovac", "*", ""}},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kExactly, "Ines Kovac", "Marlow Bank", "USD", {1800000}},
      {PayWant::kNowhere, "*", "*", "USD", {1000000}}}},
    // Control: a unit of the current employer that already reads as the person's employer keeps its
    // counter-offer.
    {"en-counter-by-current-employer-kept",
     "Fenwick Labs courts Orlin researcher\n\nFenwick Labs, a London start-up, has offered Priya Raman, a senior "
     "researcher at Orlin, a package worth about $7 million a year to lead its robotics team, people familiar with "
     "the matter said.\n\nOrlin Research has countered with a retention package of $4 million a year and a larger "
     "team, the people said. Raman has not decided.",
     {{"offer", "Fenwick Labs", "Priya Raman", "*", ""}},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kExactly, "Priya Raman", "Fenwick Labs", "USD", {7000000}},
      {PayWant::kHolds, "Priya Raman", "*", "USD", {4000000}}}},
};

class EventsAmount36 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsAmount36, GivesEachAmountToItsEvent) {
  testing_support::ExpectCase(GetParam(), "amount36-test");
}

INSTANTIATE_TEST_SUITE_P(Cases, EventsAmount36, testing::ValuesIn(kCases));

}  // namespace
}  // namespace hirewire::normalize
