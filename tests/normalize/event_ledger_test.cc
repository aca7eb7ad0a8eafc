// The event ledger: identity, merging across articles, near-copy alignment, stable keys.
#include "normalize/event_ledger.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

namespace hirewire::normalize {
namespace {

Event Offer(const std::string& employer, const std::string& candidate, const std::string& source) {
  Event e;
  e.type = EventType::kOffer;
  e.employer = employer;
  e.candidate = candidate;
  e.candidate_kind = CandidateKind::kPerson;
  e.outcome = Outcome::kOffered;
  e.timeline = {"offered"};
  if (!source.empty()) e.sources = {source};
  return e;
}

TEST(MergeEvents, MergesCopiesAndKeepsEverySource) {
  Event a = Offer("Meta Platforms", "Matt Deitke", "https://a.example/1");
  Event b = a;
  b.type = EventType::kHire;
  b.outcome = Outcome::kJoined;
  b.timeline = {"offered", "joined"};
  b.sources = {"https://b.example/2"};
  Event other = Offer("Meta Platforms", "Ruoming Pang", "https://a.example/1");
  std::vector<Event> merged = MergeEvents({a, other, b});
  ASSERT_EQ(merged.size(), 2u);
  EXPECT_EQ(merged[0].type, EventType::kHire);
  EXPECT_EQ(merged[0].outcome, Outcome::kJoined);
  EXPECT_EQ(merged[0].sources, (std::vector<std::string>{"https://a.example/1", "https://b.example/2"}));
  EXPECT_EQ(merged[1].candidate, "Ruoming Pang");
}

struct SameEventCase {
  const char* what;
  Event a, b;
  bool same;
};

void PrintTo(const SameEventCase& c, std::ostream* os) { *os << c.what; }

class SameEventTable : public testing::TestWithParam<SameEventCase> {};

TEST_P(SameEventTable, DecidesIdentity) {
  const SameEventCase& c = GetParam();
  EXPECT_EQ(SameEvent(c.a, c.b), c.same) << c.what;
  EXPECT_EQ(SameEvent(c.b, c.a), c.same) << c.what << " (swapped)";
}

Event With(Event e, EventType t) {
  e.type = t;
  return e;
}
Event Prev(Event e, const std::string& p) {
  e.previous_employer = p;
  return e;
}

INSTANTIATE_TEST_SUITE_P(
    Ledger, SameEventTable,
    testing::Values(SameEventCase{"offer and hire by one employer", Offer("Meta", "A", ""),
                                  With(Offer("Meta", "A", ""), EventType::kHire), true},
                    SameEventCase{"one employer unknown", Offer("Meta", "A", ""), Offer("", "A", ""), true},
                    SameEventCase{"two employers", Offer("Meta", "A", ""), Offer("Google", "A", ""), false},
                    SameEventCase{"two candidates", Offer("Meta", "A", ""), Offer("Meta", "B", ""), false},
                    SameEventCase{"departure is not a hire", Offer("Meta", "A", ""),
                                  With(Offer("Meta", "A", ""), EventType::kDeparture), false},
                    SameEventCase{"acquisition attempt is not an offer", Offer("Meta", "A", ""),
                                  With(Offer("Meta", "A", ""), EventType::kAcquisitionAttempt), false},
                    SameEventCase{"different previous employers", Prev(Offer("Meta", "A", ""), "Apple"),
                                  Prev(Offer("Meta", "A", ""), "Google"), false},
                    SameEventCase{"one previous employer unknown", Prev(Offer("Meta", "A", ""), "Apple"),
                                  Offer("Meta", "A", ""), true}));

TEST(MergeEvent, LaterFactsAdvanceTheOutcomeAndAddOffersOnce) {
  Event m = Offer("Meta", "A", "s1");
  hirewire::Offer o;
  o.currency = "USD";
  o.value = o.usd = "100000000";
  m.offers.push_back(o);
  Event later = Offer("Meta", "A", "s2");
  later.outcome = Outcome::kDeclined;
  later.timeline = {"offered", "declined"};
  hirewire::Offer again = o;
  again.response = "declined";
  later.offers.push_back(again);
  later.previous_employer = "Apple";
  MergeEvent(later, &m);
  EXPECT_EQ(m.outcome, Outcome::kDeclined);
  EXPECT_EQ(m.timeline, (std::vector<std::string>{"offered", "declined"}));
  ASSERT_EQ(m.offers.size(), 1u);
  EXPECT_EQ(m.offers[0].response, "declined");
  EXPECT_EQ(m.previous_employer, "Apple");
  // An earlier-stage report does not move the outcome back.
  MergeEvent(Offer("Meta", "A", "s3"), &m);
  EXPECT_EQ(m.outcome, Outcome::kDeclined);
  EXPECT_EQ(m.sources, (std::vector<std::string>{"s1", "s2", "s3"}));
}

Article Story(const std::string& url, std::vector<std::string> paragraphs, std::vector<Event> events) {
  Article a;
  a.url = url;
  a.paragraphs = std::move(paragraphs);
  a.events = std::move(events);
  return a;
}

const std::vector<std::string> kStory = {
    "Meta Platforms has hired Matt Deitke, a 24-year-old researcher, after he turned down a first offer.",
    "The package is worth about $250 million over four years, according to people familiar with the talks.",
    "Deitke left the Allen Institute for AI last year to co-found Vercept, a start-up building AI agents.",
    "Meta has been recruiting aggressively for its new superintelligence lab led by Alexandr Wang."};

TEST(EventLedger, ANearCopyTakesTheOriginalsReadingAndAddsItsSource) {
  EventLedger ledger;
  Event orig = Offer("Meta Platforms", "Matt Deitke", "");
  orig.type = EventType::kHire;
  orig.outcome = Outcome::kJoined;
  ledger.AddArticle(Story("https://a.example/1", kStory, {orig}));
  // The same story lightly edited on another site, where the employer was read as "Meta".
  std::vector<std::string> copy = kStory;
  copy[0] =
      "Meta Platforms has now hired Matt Deitke, a 24-year-old researcher, after he turned down a first offer.";
  Event misread = Offer("Meta", "Matt Deitke", "");
  std::vector<size_t> changed = ledger.AddArticle(Story("https://b.example/2", copy, {misread}));
  ASSERT_EQ(ledger.events().size(), 1u);
  EXPECT_EQ(changed, std::vector<size_t>{0});
  const Event& e = ledger.events()[0];
  EXPECT_EQ(e.employer, "Meta Platforms");
  EXPECT_EQ(e.sources, (std::vector<std::string>{"https://a.example/1", "https://b.example/2"}));
  EXPECT_EQ(ledger.paragraphs(0), kStory);
}

TEST(EventLedger, KeysStayStableWhenMergedFactsChangeTheEvent) {
  EventLedger ledger;
  ledger.Add(Offer("", "A", "s1"));
  const std::string key = ledger.key(0);
  ledger.Add(Offer("Meta", "A", "s2"));
  ASSERT_EQ(ledger.events().size(), 1u);
  EXPECT_EQ(ledger.events()[0].employer, "Meta");
  EXPECT_EQ(ledger.key(0), key);
  // Two events whose first readings share a key still get distinct keys.
  ledger.Add(Prev(Offer("Google", "B", "s3"), "X"));
  ledger.Add(Prev(Offer("Google", "B", "s4"), "Y"));
  ASSERT_EQ(ledger.events().size(), 3u);
  EXPECT_NE(ledger.key(1), ledger.key(2));
}

TEST(EventLedger, SeededEventsAbsorbLaterReports) {
  EventLedger ledger;
  ledger.Seed({Offer("Meta", "A", "s1")}, {"stored-key"});
  Event joined = Offer("Meta", "A", "s2");
  joined.type = EventType::kHire;
  joined.outcome = Outcome::kJoined;
  std::vector<size_t> changed = ledger.AddArticle(Story("s2", {"A joined Meta."}, {joined}));
  EXPECT_EQ(changed, std::vector<size_t>{0});
  EXPECT_EQ(ledger.key(0), "stored-key");
  EXPECT_EQ(ledger.events()[0].outcome, Outcome::kJoined);
  EXPECT_TRUE(ledger.paragraphs(0).empty());
}

// A resumed nightly run merges articles it had already stored once more: nothing may change.
TEST(EventLedger, MergingTheSameReportAgainChangesNothing) {
  EventLedger once, twice;
  Event first = Offer("Meta", "A", "");
  first.confidence = 0.8;
  Event later = Offer("Meta", "A", "");
  later.outcome = Outcome::kDeclined;
  later.timeline = {"offered", "declined"};
  later.confidence = 0.7;
  for (EventLedger* l : {&once, &twice}) {
    l->AddArticle(Story("s1", {"Meta offered A a job."}, {first}));
    l->AddArticle(Story("s2", {"A turned Meta down."}, {later}));
  }
  twice.AddArticle(Story("s2", {"A turned Meta down."}, {later}));
  twice.AddArticle(Story("s1", {"Meta offered A a job."}, {first}));
  ASSERT_EQ(once.events().size(), 1u);
  ASSERT_EQ(twice.events().size(), 1u);
  const Event& a = once.events()[0];
  const Event& b = twice.events()[0];
  EXPECT_DOUBLE_EQ(a.confidence, 0.82);  // the second source corroborates, once
  EXPECT_DOUBLE_EQ(b.confidence, a.confidence);
  EXPECT_EQ(b.outcome, a.outcome);
  EXPECT_EQ(b.timeline, a.timeline);
  EXPECT_EQ(b.sources, a.sources);
}

}  // namespace
}  // namespace hirewire::normalize
