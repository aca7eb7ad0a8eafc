// English shapes learned from the blind batches events-b47/b48, thirty-third session (docs/events.md, branch
// evlearnen33). Own sentences (new names and companies, none a sentence of the batches), each a whole article
// (headline and at least two body paragraphs, so that the pair pass runs).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "normalize/frames.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // 1. An owner's possessive written twice, each time before a noun (the headline "poaches Y's Z" and the
    // body
    // "hired Y's deputy head Z"), is the previous employer without its "'s" (merge33 read "Y's").
    {"possessive-written-twice",
     "Harlow Insurance poaches Brightmoor's Ada Quint as risk chief\n\nHarlow Insurance has hired Brightmoor's "
     "deputy risk director Ada Quint as its next chief risk officer, the insurer said on Thursday.\n\nQuint will "
     "start in September.\n\nShe spent nine years at Brightmoor before the move.",
     {{"hire", "Harlow Insurance", "Ada Quint", "Brightmoor", ""}}},
    // Control: a name that ends so in a phrase of its own ("at Dunmore's,") keeps its "'s".
    {"possessive-written-twice",
     "Pellham Stores hires merchant\n\nPellham Stores hired Dunmore's buying executive Rosa Linde as chief merchant "
     "on Monday.\n\nLinde, who ran menswear at Dunmore's, will start in March.\n\nThe retailer did not give her pay.",
     {{"hire", "Pellham Stores", "Rosa Linde", "Dunmore's", ""}}},
    // 2. A counted group hired "from" a company behind a long descriptor (three words before the
    // kind-of-organization
    // noun: "from Dutch battery materials startup Voltmere") names where the members the next sentence lists
    // come
    // from; the destination's unit after its possessive ("joined Corvane's ESS lab") is nobody's origin
    // (merge33
    // read no previous employer for any of them).
    {"list-origin-in-sentence-before",
     "Corvane hires four Voltmere engineers for its ESS lab\n\nCorvane Energy has hired four senior engineers from Dutch "
     "battery materials startup Voltmere, the company said on Wednesday.\n\nAnouk Visser, Pieter Claes, Mira Sand and "
     "Joost Hendriks joined Corvane's ESS lab in Rotterdam this month, a spokesperson said.\n\nVoltmere did not "
     "comment.",
     {{"hire", "*", "Anouk Visser", "Voltmere", ""},
      {"hire", "*", "Pieter Claes", "Voltmere", ""},
      {"hire", "*", "Mira Sand", "Voltmere", ""},
      {"hire", "*", "Joost Hendriks", "Voltmere", ""}}},
};

class EventsEnLearn33 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsEnLearn33, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "enlearn33-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsEnLearn33, testing::ValuesIn(kCases));

}  // namespace
}  // namespace hirewire::normalize
