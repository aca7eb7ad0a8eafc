// The employer's name as one signal (docs/events.md, twenty-third session, branch empname23): a wire
// dateline is a sentence of its own, so the lede's first name opens its sentence ("NEW YORK (AP) — Carl
// Benning, …, will retire"). Own paraphrases (none is a sentence of a test batch), each a whole article
// through the pipeline's steps (sentence analysis, money, entities, events); a case lists events that
// must be read and events that must not.
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

#include "normalize/events.h"
#include "tests/normalize/pipeline_events.h"

namespace hirewire::normalize {
namespace {

using Key = std::tuple<std::string, std::string, std::string>;  // type, employer, candidate

std::set<Key> EventsOf(const std::string& text) {
  std::set<Key> out;
  for (const Event& e : testing_support::PipelineEvents(text, "employer-name-test"))
    out.insert({std::string(EventTypeName(e.type)), e.employer, e.candidate});
  return out;
}

struct NameCase {
  const char* rule;
  const char* text;
  std::vector<Key> want;
  std::vector<Key> not_want;
};

void PrintTo(const NameCase& c, std::ostream* os) { *os << c.rule << ": " << std::string(c.text).substr(0, 60); }

class EventsEmployerName : public testing::TestWithParam<NameCase> {};

const NameCase kCases[] = {
    {"dateline",
     "Bank's retail chief to retire\n\nBOSTON (AP) — Maria Lopez, who has run Kestrel Bank's retail arm "
     "since 2015, will retire at the end of June.\n",
     {{"departure", "Kestrel Bank", "Maria Lopez"}}, {}},
    {"dateline",
     "Grocer hires marketing chief\n\nOSAKA -- Hoshi Mart has hired Kenji Mori, a former Aeon executive, "
     "as chief marketing officer.\n",
     {{"hire", "Hoshi Mart", "Kenji Mori"}}, {}},
    {"dateline",
     "Steelmaker's CEO resigns\n\nSEOUL -- Kim Ji-hoon, who has led Daehan Steel for four years, has "
     "resigned, the company said.\n",
     {{"departure", "Daehan Steel", "Kim Ji-hoon"}}, {}},
    {"dateline",
     "Buyout firm names managing partner\n\nWASHINGTON (AP) — Greenleaf Partners on Monday named Anna "
     "Kowalski, a former partner at Bain Capital, as its managing partner.\n",
     {{"hire", "Greenleaf Partners", "Anna Kowalski"}}, {}},
    {"dateline",
     "Finance chief steps down\n\nLONDON, May 2 -- Tom Baker, who joined Talbot Foods as chief financial "
     "officer in 2019, will step down in September, the grocer said on Friday.\n",
     {{"departure", "Talbot Foods", "Tom Baker"}}, {}},
    {"dateline",
     "Retailer poaches designer\n\nMILAN (Reuters) - Casa Verde has hired Giulia Rossi, a former Prada "
     "designer, to lead its menswear line.\n",
     {{"hire", "Casa Verde", "Giulia Rossi"}}, {}},
    {"dateline",
     "Coach to leave after season\n\nCHICAGO (AP) — Dana White, who has coached the Chicago Fire since "
     "2020, will step down after the season.\n",
     {{"departure", "Chicago Fire", "Dana White"}}, {}},
    {"dateline",
     "Chain hires digital head\n\nTOKYO -- Mirai Foods has hired Sato Ren, a former Rakuten executive, "
     "as chief digital officer.\n",
     {{"hire", "Mirai Foods", "Sato Ren"}}, {}},
    {"dateline",
     "Anchor signs off\n\nATLANTA (AP) — Jim Carter, the longtime anchor of WSB's morning show, will "
     "retire next month.\n",
     {{"departure", "WSB", "Jim Carter"}}, {}},
};

TEST_P(EventsEmployerName, TheEmployerIsTheWholeWrittenName) {
  const NameCase& c = GetParam();
  const std::set<Key> got = EventsOf(c.text);
  for (const Key& k : c.want)
    EXPECT_TRUE(got.count(k)) << std::get<0>(k) << " " << std::get<1>(k) << " <- " << std::get<2>(k) << " missing";
  for (const Key& k : c.not_want)
    EXPECT_FALSE(got.count(k)) << std::get<0>(k) << " " << std::get<1>(k) << " <- " << std::get<2>(k) << " read";
}

INSTANTIATE_TEST_SUITE_P(Cases, EventsEmployerName, testing::ValuesIn(kCases));

}  // namespace
}  // namespace hirewire::normalize

