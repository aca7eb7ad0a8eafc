// The case table the normalize event tests share: one own article, the rule it illustrates and the events it must
// give (type, employer, candidate, previous employer, outcome), read through the whole pipeline (pipeline_events.h).
// A test file declares `const EventCase kCases[] = {...}` and runs each with ExpectCase; PrintTo names the rule.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "normalize/events.h"
#include "tests/normalize/pipeline_events.h"

namespace hirewire::normalize::testing_support {

// One event a case expects. `previous` "" means no previous employer; `outcome` "" means any outcome.
struct CaseEvent {
  const char* type;
  const char* employer;
  const char* candidate;
  const char* previous;
  const char* outcome;
};

struct EventCase {
  const char* rule;
  const char* text;
  std::vector<CaseEvent> want;
};

inline void PrintTo(const EventCase& c, std::ostream* os) { *os << c.rule << ": " << std::string(c.text).substr(0, 60); }

inline bool Matches(const Event& e, const CaseEvent& w) {
  return EventTypeName(e.type) == std::string(w.type) && e.employer == w.employer && e.candidate == w.candidate &&
         e.previous_employer == w.previous && (std::string(w.outcome).empty() || OutcomeName(e.outcome) == std::string(w.outcome));
}

// Expects every wanted event among `got`.
inline void ExpectCaseEvents(const std::vector<Event>& got, const std::vector<CaseEvent>& want) {
  for (const CaseEvent& w : want) {
    bool found = false;
    for (const Event& e : got) found = found || Matches(e, w);
    EXPECT_TRUE(found) << w.type << " " << w.employer << " <- " << w.candidate << " from '" << w.previous << "' ("
                       << w.outcome << ")";
  }
}

// Reads the case's article through the pipeline (`source` names the test in the page context) and checks its events.
inline void ExpectCase(const EventCase& c, const std::string& source) {
  ExpectCaseEvents(PipelineEvents(c.text, source), c.want);
}

// Whether some event of `got` has this employer and candidate (any type and outcome).
inline bool HasEvent(const std::vector<Event>& got, const std::string& employer, const std::string& candidate) {
  for (const Event& e : got)
    if (e.employer == employer && e.candidate == candidate) return true;
  return false;
}

}  // namespace hirewire::normalize::testing_support
