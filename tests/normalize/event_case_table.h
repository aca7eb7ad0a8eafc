// The case table the normalize event tests share: one own article, the rule it illustrates and the events it
// must give (type, employer, candidate, previous employer, outcome), read through the whole pipeline
// (pipeline_events.h), with the events, employers and candidates it must not give. A test file declares
// `const EventCase kCases[] =
// {...}` and runs each with ExpectCase; PrintTo names the rule. The helpers below serve the controls. Tests
// of BuildEvents alone on hand-built articles (entities given, no scanners) use the BuiltCase rows and
// AddEntity at the end.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <ostream>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/article_builder.h"
#include "tests/normalize/pipeline_events.h"

namespace hirewire::normalize::testing_support {

// A CaseEvent's count that any candidate_count matches.
inline constexpr int kAnyCount = -2;

// One event a case expects (or must not read). `type` or `employer` "*": any; `candidate` ending in "*": a
// candidate starting with the rest (a group's label); `previous` "" means no previous employer, "*" any;
// `outcome` "" means any outcome; `count` the group's candidate_count (-1: none), kAnyCount any.
struct CaseEvent {
  const char* type;
  const char* employer;
  const char* candidate;
  const char* previous = "";
  const char* outcome = "";
  int count = kAnyCount;
};

// What a CasePay asks of the offers' values (rounded, in its currency):
//   kExactly: the first event of the candidate at the employer is read and its values are exactly `values`
//   (none:
//             it holds no pay in that currency);
//   kHolds:   the candidate's events at the employer ("*": at any) hold every one of `values` among them;
//   kNone:    the candidate's events at the employer ("*": at any) hold no pay at all;
//   kNowhere: no event of the article holds any of `values`;
//   kOnly:    every event of the candidate holds each of `values` and no event of another candidate holds
//   one.
enum class PayWant { kExactly, kHolds, kNone, kNowhere, kOnly };

// The pay a case expects of the events of one candidate ("*": of every event, with kNone and kNowhere).
// `currency` "USD" or "KRW" reads the offers' converted usd or krw values, "*" both.
struct CasePay {
  PayWant want;
  const char* candidate;
  const char* employer;
  const char* currency;
  std::set<long long> values = {};
};

struct EventCase {
  const char* rule;
  const char* text;
  std::vector<CaseEvent> want;
  std::vector<CaseEvent> not_want = {};         // events that must not be read
  std::vector<const char*> not_employers = {};  // employers no event may have
  // candidates no event may have (a trailing "*": none starting so)
  std::vector<const char*> not_candidates = {};
  // Events read of a candidate that must all match: some event has that candidate, and every one that has it
  // matches.
  std::vector<CaseEvent> every = {};
  int events = -1;                // how many events the article gives, -1 any
  std::vector<CasePay> pay = {};  // the offers' values
};

inline void PrintTo(const EventCase& c, std::ostream* os) {
  *os << c.rule << ": " << std::string(c.text).substr(0, 60);
}

// Whether `candidate` is the wanted one: the same, or (a wanted one ending in "*") starting with the rest.
inline bool CandidateIs(const std::string& candidate, const std::string& want) {
  if (!want.empty() && want.back() == '*') return candidate.rfind(want.substr(0, want.size() - 1), 0) == 0;
  return candidate == want;
}

inline bool Matches(const Event& e, const CaseEvent& w) {
  return (EventTypeName(e.type) == std::string(w.type) || std::string(w.type) == "*") &&
         (e.employer == w.employer || std::string(w.employer) == "*") &&
         CandidateIs(e.candidate, w.candidate) &&
         (e.previous_employer == w.previous || std::string(w.previous) == "*") &&
         (std::string(w.outcome).empty() || OutcomeName(e.outcome) == std::string(w.outcome)) &&
         (w.count == kAnyCount || e.candidate_count == w.count);
}

inline std::string Describe(const CaseEvent& w) {
  return std::string(w.type) + " " + w.employer + " <- " + w.candidate +
         (w.count == kAnyCount ? "" : " (" + std::to_string(w.count) + ")") + " from '" + w.previous + "' (" +
         w.outcome + ")";
}

// Expects every wanted event among `got`.
inline void ExpectCaseEvents(const std::vector<Event>& got, const std::vector<CaseEvent>& want) {
  for (const CaseEvent& w : want) {
    bool found = false;
    for (const Event& e : got) found = found || Matches(e, w);
    EXPECT_TRUE(found) << Describe(w) << " missing";
  }
}

// Expects, for each of `every`, an event of its candidate among `got`, and every such event to match it.
inline void ExpectEveryCaseEvent(const std::vector<Event>& got, const std::vector<CaseEvent>& every) {
  for (const CaseEvent& w : every) {
    bool found = false;
    for (const Event& e : got) {
      if (!CandidateIs(e.candidate, w.candidate)) continue;
      found = true;
      EXPECT_TRUE(Matches(e, w)) << Describe(w) << " but read " << EventTypeName(e.type) << " " << e.employer
                                 << " from '" << e.previous_employer << "' (" << OutcomeName(e.outcome)
                                 << ")";
    }
    EXPECT_TRUE(found) << w.candidate << " missing";
  }
}

// Expects none of the unwanted events, employers and candidates among `got`.
inline void ExpectNoCaseEvents(const std::vector<Event>& got, const EventCase& c) {
  for (const CaseEvent& w : c.not_want)
    for (const Event& e : got) EXPECT_FALSE(Matches(e, w)) << Describe(w) << " read";
  for (const char* employer : c.not_employers)
    for (const Event& e : got)
      EXPECT_NE(e.employer, std::string(employer)) << e.candidate << " placed at " << e.employer;
  for (const char* candidate : c.not_candidates)
    for (const Event& e : got)
      EXPECT_FALSE(CandidateIs(e.candidate, candidate)) << e.candidate << " read as a candidate";
}

// The offers' values of `e` (rounded) in `currency` ("USD", "KRW", "*" both).
inline std::set<long long> PayValues(const Event& e, const std::string& currency) {
  std::set<long long> out;
  for (const Offer& o : e.offers) {
    if (currency != "KRW" && !o.usd.empty()) out.insert(std::llround(std::stod(o.usd)));
    if (currency != "USD" && !o.krw.empty()) out.insert(std::llround(std::stod(o.krw)));
  }
  return out;
}

inline std::string DescribePay(const CasePay& p) {
  std::string values;
  for (long long v : p.values) values += " " + std::to_string(v);
  return std::string(p.candidate) + " at " + p.employer + " (" + p.currency + "):" + values;
}

// Expects one pay of a case among `got`.
inline void ExpectCasePay(const std::vector<Event>& got, const CasePay& p) {
  const std::string employer = p.employer;
  auto at = [&](const Event& e) {
    return (e.candidate == p.candidate || std::string(p.candidate) == "*") &&
           (employer == "*" || e.employer == employer);
  };
  if (p.want == PayWant::kExactly) {
    const auto e = std::find_if(got.begin(), got.end(), at);
    ASSERT_NE(e, got.end()) << DescribePay(p) << ": no such event";
    EXPECT_EQ(PayValues(*e, p.currency), p.values) << DescribePay(p);
    return;
  }
  std::set<long long> pooled;
  for (const Event& e : got) {
    const std::set<long long> values = PayValues(e, p.currency);
    if (p.want == PayWant::kNowhere || (p.want == PayWant::kOnly && e.candidate != p.candidate)) {
      for (long long v : p.values)
        EXPECT_EQ(values.count(v), 0u) << DescribePay(p) << ": held by " << e.candidate;
    } else if (p.want == PayWant::kOnly) {
      for (long long v : p.values)
        EXPECT_EQ(values.count(v), 1u) << DescribePay(p) << ": not at " << e.employer;
    } else if (at(e)) {
      pooled.insert(values.begin(), values.end());
    }
  }
  if (p.want == PayWant::kNone) {
    EXPECT_TRUE(pooled.empty()) << DescribePay(p) << ": holds pay";
  }
  if (p.want == PayWant::kHolds) {
    for (long long v : p.values) EXPECT_EQ(pooled.count(v), 1u) << DescribePay(p) << ": " << v << " missing";
  }
}

// Reads the case's article through the pipeline (`source` names the test in the page context), checks its
// events and returns them (for a file's own check on every case).
inline std::vector<Event> ExpectCase(const EventCase& c, const std::string& source) {
  std::vector<Event> got = PipelineEvents(c.text, source);
  ExpectCaseEvents(got, c.want);
  ExpectEveryCaseEvent(got, c.every);
  ExpectNoCaseEvents(got, c);
  for (const CasePay& p : c.pay) ExpectCasePay(got, p);
  if (c.events >= 0) {
    EXPECT_EQ(got.size(), static_cast<size_t>(c.events)) << "events read";
  }
  return got;
}

// The event of `got` with this employer and candidate (any type and outcome), or null.
inline const Event* FindEvent(const std::vector<Event>& got, const std::string& employer,
                              const std::string& candidate) {
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

// The first event of `got` of this type (its name: "hire", "offer") whose candidate is `candidate` (a
// trailing "*": starts so), or null.
inline const Event* FindOfType(const std::vector<Event>& got, const std::string& type,
                               const std::string& candidate) {
  for (const Event& e : got)
    if (EventTypeName(e.type) == type && CandidateIs(e.candidate, candidate)) return &e;
  return nullptr;
}

// Whether some event of `got` has this employer and candidate (any type and outcome).
inline bool HasEvent(const std::vector<Event>& got, const std::string& employer,
                     const std::string& candidate) {
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
  for (const Event& e : got) n += e.candidate_kind == CandidateKind::kGroup;
  return n;
}

// How many distinct (type, employer, candidate, previous employer) the events of `got` have.
inline size_t DistinctEvents(const std::vector<Event>& got) {
  std::set<std::tuple<std::string, std::string, std::string, std::string>> keys;
  for (const Event& e : got)
    keys.insert({std::string(EventTypeName(e.type)), e.employer, e.candidate, e.previous_employer});
  return keys.size();
}

// ---- Hand-built articles: BuildEvents alone on entities given by the test (no scanners), so that the event
// logic is tested apart from the recognizer.

// Adds an entity with a mention at every occurrence of its surfaces (the longest first) that overlaps no
// mention already added.
inline void AddEntity(Article* a, EntityType type, const std::string& canonical,
                      std::vector<std::string> surfaces, std::vector<Role> roles = {}) {
  Entity e;
  e.type = type;
  e.name = surfaces.front();
  e.canonical = canonical;
  e.roles = std::move(roles);
  std::sort(surfaces.begin(), surfaces.end(),
            [](const std::string& x, const std::string& y) { return x.size() > y.size(); });
  auto overlaps = [](const Entity& o, size_t p, size_t f, size_t n) {
    for (const Mention& m : o.mentions)
      if (m.paragraph == static_cast<int>(p) && static_cast<int>(f) < m.end &&
          static_cast<int>(f + n) > m.start)
        return true;
    return false;
  };
  for (size_t p = 0; p < a->paragraphs.size(); ++p) {
    const std::string& text = a->paragraphs[p];
    for (const std::string& s : surfaces)
      for (size_t f = text.find(s); f != std::string::npos; f = text.find(s, f + 1)) {
        bool overlap = overlaps(e, p, f, s.size());
        for (const Entity& other : a->entities) overlap = overlap || overlaps(other, p, f, s.size());
        if (!overlap)
          e.mentions.push_back({static_cast<int>(p), static_cast<int>(f), static_cast<int>(f + s.size()), s});
      }
  }
  a->entities.push_back(std::move(e));
}

// One entity per (type, name) pair, its canonical the name.
inline void AddEntities(Article* a, const std::vector<std::pair<std::string, std::string>>& entities) {
  for (const auto& [type, name] : entities) AddEntity(a, TypeNamed(type), name, {name});
}

// What the recognizer would have said of one hand-built entity (the one named `name`) beyond its type and
// name: a canonical of its own, aliases, a confidence (-1: left at the hand-built 0).
struct EntityEdit {
  const char* name;
  const char* canonical;
  std::vector<std::string> aliases = {};
  double confidence = -1;
};

// How much of each event a hand-built case's summary writes: "type employer <- candidate (outcome)"; with
// kPrevious "type employer <- candidate / previous (outcome)"; with kSpellings also each name's aliases,
// "type employer [alias, …] <- candidate [alias, …] / previous [alias, …] (outcome)".
enum class BuiltView { kPlain, kPrevious, kSpellings };

// A hand-built case: the article's paragraphs and entities, and the events BuildEvents must give, in order,
// each summarized as its view says.
struct BuiltCase {
  const char* rule;
  const char* language;
  std::vector<std::string> paragraphs;
  std::vector<std::pair<std::string, std::string>> entities;  // type, name (canonical = name)
  std::vector<std::string> want;
  std::vector<EntityEdit> edits = {};
};

inline void PrintTo(const BuiltCase& c, std::ostream* os) { *os << c.rule; }

inline std::string Spellings(const std::vector<std::string>& aliases) {
  std::string out;
  for (const std::string& a : aliases) out += (out.empty() ? "" : ", ") + a;
  return " [" + out + "]";
}

inline std::string BuiltSummary(const Event& e, BuiltView view) {
  const bool spellings = view == BuiltView::kSpellings;
  return std::string(EventTypeName(e.type)) + " " + e.employer +
         (spellings ? Spellings(e.employer_aliases) : "") + " <- " + e.candidate +
         (spellings ? Spellings(e.candidate_aliases) : "") +
         (view != BuiltView::kPlain ? " / " + e.previous_employer : "") +
         (spellings ? Spellings(e.previous_employer_aliases) : "") + " (" +
         std::string(OutcomeName(e.outcome)) + ")";
}

inline std::string BuiltSummary(const Event& e, bool previous) {
  return BuiltSummary(e, previous ? BuiltView::kPrevious : BuiltView::kPlain);
}

// Builds the case's article (entities, then their edits), reads its events and expects exactly the wanted
// ones, in order.
inline void ExpectBuiltCase(const BuiltCase& c, BuiltView view) {
  Article a;
  a.language = c.language;
  a.paragraphs = c.paragraphs;
  AddEntities(&a, c.entities);
  for (const EntityEdit& edit : c.edits) {
    auto e = std::find_if(a.entities.begin(), a.entities.end(),
                          [&](const Entity& x) { return x.name == edit.name; });
    ASSERT_NE(e, a.entities.end()) << c.rule << ": no entity " << edit.name;
    e->canonical = edit.canonical;
    e->aliases = edit.aliases;
    if (edit.confidence >= 0) e->confidence = edit.confidence;
  }
  std::vector<std::string> got;
  for (const Event& e : BuildEvents(a)) got.push_back(BuiltSummary(e, view));
  EXPECT_EQ(got, c.want) << c.rule;
}

inline void ExpectBuiltCase(const BuiltCase& c, bool previous) {
  ExpectBuiltCase(c, previous ? BuiltView::kPrevious : BuiltView::kPlain);
}

}  // namespace hirewire::normalize::testing_support
