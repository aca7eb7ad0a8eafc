// The founding example end to end through the real stages (text -> article -> dedup ->
// money -> conversion -> entities -> events): events E1, E2, E3, E5 (and E4) of
// ../shared/seed/expected.json, and nothing else.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/article.h"
#include "extract/entities.h"
#include "extract/money.h"
#include "normalize/currency.h"
#include "normalize/dedup.h"
#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

Article SeedThroughPipeline() {
  std::ifstream in(std::string(HIREWIRE_SHARED_DIR) + "/seed/article-ko-meta-hiring.txt");
  std::stringstream ss;
  ss << in.rdbuf();
  extract::PageContext ctx;
  ctx.source = "article-ko-meta-hiring.txt";
  auto a = extract::ArticleFromText(ss.str(), ctx, {});
  EXPECT_TRUE(a.ok());
  Article art = a.ok() ? std::move(a).value() : Article{};
  DedupParagraphs(&art);
  auto money = extract::MoneyScanner::Create();
  auto ner = extract::EntityRecognizer::Create();
  EXPECT_TRUE(money.ok() && ner.ok());
  if (money.ok()) (*money)->ScanArticle(&art);
  ConvertAmounts(&art, {});
  if (ner.ok()) art.entities = (*ner)->Recognize(art);
  return art;
}

using testing_support::FindCandidate;

const Event* FindGroup(const std::vector<Event>& evs, const std::string& previous) {
  for (const Event& e : evs)
    if (e.candidate_kind == CandidateKind::kGroup && e.previous_employer == previous) return &e;
  return nullptr;
}
bool HasTerm(const Offer& o, const std::string& t) {
  return std::find(o.terms.begin(), o.terms.end(), t) != o.terms.end();
}

TEST(SeedEvents, YieldsE1ToE5AndNothingElse) {
  Article a = SeedThroughPipeline();
  std::vector<Event> evs = BuildEvents(a);
  std::string all;
  for (const Event& e : evs)
    all += std::string(EventTypeName(e.type)) + " " + e.employer + " <- " + e.candidate + "\n";
  SCOPED_TRACE(all);

  // E1: Matt Deitke: 125M declined, doubled to 250M (100M in the first year), joined; NYT.
  const Event* e1 = FindCandidate(evs, "Matt Deitke");
  ASSERT_NE(e1, nullptr);
  EXPECT_EQ(e1->employer, "Meta Platforms");
  EXPECT_EQ(OutcomeName(e1->outcome), "joined");
  EXPECT_EQ(e1->reported_by, "The New York Times");
  EXPECT_EQ(e1->team, "초지능팀");
  EXPECT_EQ(e1->timeline, (std::vector<std::string>{"offered", "declined", "raised", "joined"}));
  ASSERT_EQ(e1->offers.size(), 2u);
  EXPECT_EQ(e1->offers[0].usd, "125000000");
  EXPECT_EQ(e1->offers[0].krw, "175600000000");
  EXPECT_EQ(e1->offers[0].response, "declined");
  EXPECT_EQ(e1->offers[1].usd, "250000000");
  EXPECT_NE(e1->offers[1].derivation.find("125000000"), std::string::npos);
  EXPECT_EQ(e1->offers[1].first_year_usd, "100000000");
  ASSERT_FALSE(e1->evidence.empty());
  EXPECT_NE(a.paragraphs[e1->evidence[0].paragraph].find("1억2500만 달러"), std::string::npos);

  // E2: Ruoming Pang, from Apple, about 200M, offered.
  const Event* e2 = FindCandidate(evs, "Ruoming Pang");
  ASSERT_NE(e2, nullptr);
  EXPECT_EQ(e2->employer, "Meta Platforms");
  EXPECT_EQ(e2->previous_employer, "Apple");
  EXPECT_EQ(OutcomeName(e2->outcome), "offered");
  ASSERT_EQ(e2->offers.size(), 1u);
  EXPECT_EQ(e2->offers[0].usd, "200000000");
  EXPECT_EQ(e2->offers[0].kind, "approx");

  // E3: researchers from OpenAI: 20M a year or 100M in total, multi-year, with stock.
  const Event* e3 = FindGroup(evs, "OpenAI");
  ASSERT_NE(e3, nullptr);
  EXPECT_EQ(e3->employer, "Meta Platforms");
  EXPECT_EQ(OutcomeName(e3->outcome), "offered");
  ASSERT_EQ(e3->offers.size(), 2u);
  EXPECT_EQ(e3->offers[0].usd, "20000000");
  EXPECT_TRUE(HasTerm(e3->offers[0], "annual"));
  EXPECT_EQ(e3->offers[1].usd, "100000000");
  EXPECT_TRUE(HasTerm(e3->offers[1], "total"));
  EXPECT_TRUE(HasTerm(e3->offers[1], "stock"));
  EXPECT_TRUE(HasTerm(e3->offers[1], "multi_year"));

  // E5: members of Thinking Machines Lab: up to 1B (about 1.4T KRW), 100M in year one.
  const Event* e5 = FindGroup(evs, "Thinking Machines Lab");
  ASSERT_NE(e5, nullptr);
  EXPECT_EQ(e5->employer, "Meta Platforms");
  EXPECT_EQ(OutcomeName(e5->outcome), "offered");
  ASSERT_EQ(e5->offers.size(), 1u);
  EXPECT_EQ(e5->offers[0].usd, "1000000000");
  EXPECT_EQ(e5->offers[0].kind, "upper_bound");
  EXPECT_EQ(e5->offers[0].krw, "1400000000000");
  EXPECT_EQ(e5->offers[0].first_year_usd, "100000000");

  // E4 (bonus): the failed acquisition attempt of Thinking Machines Lab.
  const Event* e4 = nullptr;
  for (const Event& e : evs)
    if (e.type == EventType::kAcquisitionAttempt) e4 = &e;
  ASSERT_NE(e4, nullptr);
  EXPECT_EQ(e4->employer, "Meta Platforms");
  EXPECT_EQ(e4->candidate, "Thinking Machines Lab");
  EXPECT_EQ(OutcomeName(e4->outcome), "failed");

  EXPECT_EQ(evs.size(), 5u);
}

}  // namespace
}  // namespace hirewire::normalize
