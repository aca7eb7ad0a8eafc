// Counter-offers of the current employer (fortieth session, branch evmulti40; docs/events.md): the object of
// a causative verb acting on an amount ("prompting Talcott to counter with an offer of …": cues.tsv causative
// rows) puts that amount up; the pair pass keeps a rule event that is the current employer's counter-offer
// with its pay; a counter-offer the sentence says was not made or only weighed ("whether it would make a
// counteroffer") gives the current employer no offer. Own articles (invented people and companies, none a
// sentence of the regression or blind batches), each a whole article, with controls.
#include <gtest/gtest.h>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // 2. English: the current employer declined to say whether it would counter: no offer of its own.
    {"en-weighed-counter",
     "Quarry Games offers studio head $5 million\n\nSEOUL (Reuters) - Quarry Games has offered Min Seo-yeon, who "
     "runs one of Hanbit Soft's largest studios, a package worth about $5 million over three years to lead a new "
     "studio, two people familiar with the matter said.\n\nMin has not yet answered, the people said.\n\nHanbit "
     "Soft declined to comment on whether it would make a counteroffer.",
     {{"offer", "Quarry Games", "Min Seo-yeon", "*", "offered"}},
     {{"offer", "Hanbit Soft", "Min Seo-yeon", "", ""}}},
};

class EventsMulti40 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsMulti40, ReadsCounterOffers) { testing_support::ExpectCase(GetParam(), "multi40-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsMulti40, testing::ValuesIn(kCases));

}  // namespace
}  // namespace hirewire::normalize
