// The case table the normalize event tests share: one own article, the rule it illustrates and the events it must
// give (type, employer, candidate, previous employer, outcome), read through the whole pipeline (pipeline_events.h),
// with the events, employers and candidates it must not give. A test file declares `const EventCase kCases[] =
// {...}` and runs each with ExpectCase; PrintTo names the rule. The helpers below serve the controls.
#pragma once

#include <cstddef>
#include <ostream>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

#include "normalize/events.h"
#include "tests/normalize/pipeline_events.h"

namespace hirewire::normalize::testing_support {

// One event a case expects (or must not read). `candidate` ending in "*": a candidate starting with the rest (a
// group's label); `previous` "" means no previous employer, "*" any; `outcome` "" means any outcome.
struct CaseEvent {
  const char* type;
  const char* employer;
  const char* candidate;
  const char* previous = "";
  const char* outcome = "";
};

struct EventCase {
  const char* rule;
  const char* text;
  std::vector<CaseEvent> want;
  std::vector<CaseEvent> not_want = {};          // events that must not be read
  std::vector<const char*> not_employers = {};   // employers no event may have
  std::vector<const char*> not_candidates = {};  // candidates no event may have (a trailing "*": none starting so)
};

inline void PrintTo(const EventCase& c, std::ostream* os) { *os << c.rule << ": " << std::string(c.text).substr(0, 60); }

// Whether `candidate` is the wanted one: the same, or (a wanted one ending in "*") starting with the rest.
inline bool CandidateIs(const std::string& candidate, const std::string& want) {
  if (!want.empty() && want.back() == '*') return candidate.rfind(want.substr(0, want.size() - 1), 0) == 0;
  return candidate == want;
}

inline bool Matches(const Event& e, const CaseEvent& w) {
  return EventTypeName(e.type) == std::string(w.type) && e.employer == w.employer && CandidateIs(e.candidate, w.candidate) &&
         (e.previous_employer == w.previous || std::string(w.previous) == "*") &&
         (std::string(w.outcome).empty() || OutcomeName(e.outcome) == std::string(w.outcome));
}

inline std::string Describe(const CaseEvent& w) {
  return std::string(w.type) + " " + w.employer + " <- " + w.candidate + " from '" + w.previous + "' (" + w.outcome + ")";
}

// Expects every wanted event among `got`.
inline void ExpectCaseEvents(const std::vector<Event>& got, const std::vector<CaseEvent>& want) {
  for (const CaseEvent& w : want) {
    bool found = false;
    for (const Event& e : got) found = found || Matches(e, w);
    EXPECT_TRUE(found) << Describe(w) << " missing";
  }
}

// Expects none of the unwanted events, employers and candidates among `got`.
inline void ExpectNoCaseEvents(const std::vector<Event>& got, const EventCase& c) {
  for (const CaseEvent& w : c.not_want)
    for (const Event& e : got) EXPECT_FALSE(Matches(e, w)) << Describe(w) << " read";
  for (const char* employer : c.not_employers)
    for (const Event& e : got) EXPECT_NE(e.employer, std::string(employer)) << e.candidate << " placed at " << e.employer;
  for (const char* candidate : c.not_candidates)
    for (const Event& e : got) EXPECT_FALSE(CandidateIs(e.candidate, candidate)) << e.candidate << " read as a candidate";
}

// Reads the case's article through the pipeline (`source` names the test in the page context), checks its events
// and returns them (for a file's own check on every case).
inline std::vector<Event> ExpectCase(const EventCase& c, const std::string& source) {
  std::vector<Event> got = PipelineEvents(c.text, source);
  ExpectCaseEvents(got, c.want);
  ExpectNoCaseEvents(got, c);
  return got;
}

// The event of `got` with this employer and candidate (any type and outcome), or null.
inline const Event* FindEvent(const std::vector<Event>& got, const std::string& employer, const std::string& candidate) {
  for (const Event& e : got)
    if (e.employer == employer && e.candidate == candidate) return &e;
  return nullptr;
}

// The first event of `got` whose candidate is `candidate` (a trailing "*": starts so), or null.
inline const Event* FindCandidate(const std::vector<Event>& got, const std::string& candidate) {
  for (const Event& e : got)
    if (CandidateIs(e.candidate, candidate)) return &e;
  return nullptr;
}

// Whether some event of `got` has this employer and candidate (any type and outcome).
inline bool HasEvent(const std::vector<Event>& got, const std::string& employer, const std::string& candidate) {
  return FindEvent(got, employer, candidate) != nullptr;
}

// Whether some event of `got` of this type has this employer and candidate.
inline bool HasEvent(const std::vector<Event>& got, const std::string& employer, const std::string& candidate,
                     EventType type) {
  for (const Event& e : got)
    if (e.employer == employer && e.candidate == candidate && e.type == type) return true;
  return false;
}

// Whether some event of `got` has this candidate (a trailing "*": one starting so).
inline bool HasCandidate(const std::vector<Event>& got, const std::string& candidate) {
  return FindCandidate(got, candidate) != nullptr;
}

// How many events of `got` are a group's.
inline int GroupCount(const std::vector<Event>& got) {
  int n = 0;
  for (const Event& e : got) n += e.candidate_kind == "group";
  return n;
}

// How many distinct (type, employer, candidate, previous employer) the events of `got` have.
inline size_t DistinctEvents(const std::vector<Event>& got) {
  std::set<std::tuple<std::string, std::string, std::string, std::string>> keys;
  for (const Event& e : got) keys.insert({std::string(EventTypeName(e.type)), e.employer, e.candidate, e.previous_employer});
  return keys.size();
}

}  // namespace hirewire::normalize::testing_support
