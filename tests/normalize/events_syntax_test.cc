// EventOptions::syntax: English clauses with a hire/join trigger read their candidate, employer and
// previous employer from the link-grammar parse (extract/syntax). Real sentences of the own event
// set (tests/data/events), each as a one-paragraph article after a headline, through the same
// steps as the pipeline (sentence analysis, money, entities); the events are asserted with the
// parser on, and the pattern reading (off) must give the same answer on these plain clauses (on the
// event sets the two readings differ in one article only; see docs/events.md).
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "extract/analysis.h"
#include "extract/article.h"
#include "extract/entities.h"
#include "extract/money.h"
#include "normalize/currency.h"
#include "normalize/events.h"
#include "tests/normalize/pipeline_events.h"

namespace hirewire::normalize {
namespace {

std::vector<Event> EventsOf(const std::string& text, bool syntax) {
  EventOptions o;
  o.syntax = syntax;
  return testing_support::PipelineEvents(text, "syntax-test", o);
}

struct Want {
  std::string candidate, employer, previous;
};

void ExpectEvents(const std::string& text, const std::vector<Want>& want) {
  for (bool syntax : {true, false}) {
    std::vector<Event> ev = EventsOf(text, syntax);
    ASSERT_EQ(ev.size(), want.size()) << text << " syntax=" << syntax;
    for (size_t i = 0; i < want.size(); ++i) {
      EXPECT_EQ(ev[i].candidate, want[i].candidate) << text << " syntax=" << syntax;
      EXPECT_EQ(ev[i].employer, want[i].employer) << text << " syntax=" << syntax;
      EXPECT_EQ(ev[i].previous_employer, want[i].previous) << text << " syntax=" << syntax;
    }
  }
}

TEST(EventsSyntax, HireTypeTriggerTakesTheThemeAsCandidates) {
  // tests/data/events/en-apple-exodus.txt
  ExpectEvents(
      "Apple researchers leave\n\nMeta Platforms has hired Mark Lee and Tom Gunter, two researchers from "
      "Apple's foundation models team, Bloomberg News reported on Thursday.\n",
      {{"Mark Lee", "Meta Platforms", "Apple"}, {"Tom Gunter", "Meta Platforms", "Apple"}});
}

TEST(EventsSyntax, TheSpeakerIsNoCandidate) {
  // tests/data/events: Microsoft and Inflection AI
  ExpectEvents(
      "Microsoft AI gets a chief\n\nMicrosoft has hired Mustafa Suleyman, the co-founder of Inflection AI, to "
      "run a new division called Microsoft AI, the company said on Tuesday.\n",
      {{"Mustafa Suleyman", "Microsoft", "Inflection AI"}});
}

TEST(EventsSyntax, JoinTriggerTakesTheSubjectAndTheFromPhrase) {
  // After tests/data/events-b*: "Raman joined Citi in 2015 from JPMorgan Chase, where she ran ..."
  ExpectEvents(
      "Citi adds a banker\n\nPriya Raman has joined Citi from JPMorgan Chase, where she ran parts of its "
      "consumer lending operations.\n",
      {{"Priya Raman", "Citigroup", "JPMorgan Chase"}});
}

TEST(EventsSyntax, EveryNameOfAListIsACandidate) {
  // "Lucas Brandt, Priya Raman and Tomasz Wojcik have joined Meta's superintelligence group, ...": in
  // this article the parse links only the list's last name as the subject; the names coordinated
  // with it stay candidates.
  std::ifstream in(std::string(HIREWIRE_SOURCE_DIR) + "/tests/data/events-b4/en-02.txt", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  ASSERT_FALSE(ss.str().empty());
  std::set<std::string> at_meta;
  for (const Event& e : EventsOf(ss.str(), true))
    if (e.employer == "Meta Platforms") at_meta.insert(e.candidate);
  for (const char* name : {"Lucas Brandt", "Priya Raman", "Tomasz Wojcik"})
    EXPECT_TRUE(at_meta.contains(name)) << name;
}

}  // namespace
}  // namespace hirewire::normalize
