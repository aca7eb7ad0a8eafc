// The trainer's gold side (normalize/tools/event_gold.h): reading gold folders, and the name
// matching and scoring of scripts/score_events.py, case by case; and one gold article through the
// pipeline as `hirewire events --json` runs it.
#include "normalize/tools/event_gold.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace hirewire::tools {
namespace {

namespace fs = std::filesystem;

Event Pred(const std::string& employer, const std::string& candidate, Outcome outcome = Outcome::kJoined,
           const std::string& previous = "") {
  Event e;
  e.employer = employer;
  e.candidate = candidate;
  e.candidate_kind = CandidateKind::kPerson;
  e.outcome = outcome;
  e.previous_employer = previous;
  return e;
}

TEST(EventGold, NamesMatchAsScoreEventsDoes) {
  struct Case {
    std::string gold;
    std::vector<std::string> preds;
    bool want;
  };
  const std::vector<Case> cases = {
      {"Google DeepMind|DeepMind", {"DeepMind"}, true},
      {"Google DeepMind", {"google deep-mind"}, true},  // case, spaces and '-' ignored
      {"O’Brien", {"O'Brien"}, true},                   // both apostrophes ignored
      {"오픈AI|OpenAI", {"오픈ai"}, true},
      {"Meta", {"Meta Platforms"}, false},
      {"", {""}, true},  // no gold name: only no prediction
      {"", {"Google"}, false},
      {"Meta", {"", "Meta"}, true},  // any spelling of the prediction
  };
  for (const Case& c : cases) EXPECT_EQ(GoldNameOk(c.gold, c.preds), c.want) << c.gold;
  EXPECT_FALSE(GoldNameOk("", {""}, /*empty_ok=*/false));
}

TEST(EventGold, PairAndStrictMatches) {
  GoldEvent g{"hire", "Meta|Meta Platforms", "Daniel Okafor", CandidateKind::kPerson, "OpenAI", "joined", {},
              {}};
  EXPECT_TRUE(PairMatch(g, Pred("Meta Platforms", "Daniel Okafor")));
  EXPECT_TRUE(StrictMatch(g, Pred("Meta", "Daniel Okafor", Outcome::kJoined, "OpenAI")));
  EXPECT_FALSE(StrictMatch(g, Pred("Meta", "Daniel Okafor", Outcome::kAccepted, "OpenAI")));
  EXPECT_FALSE(StrictMatch(g, Pred("Meta", "Daniel Okafor", Outcome::kJoined, "")));
  Event alias = Pred("Meta Platforms Inc", "Daniel Okafor");
  alias.employer_aliases = {"Meta"};
  EXPECT_TRUE(PairMatch(g, alias));  // the article's own spelling of the employer
  // The article's own spelling of the candidate (a Korean transcription beside a Latin canonical)
  // matches as score_events.py reads candidate_aliases.
  GoldEvent ko{"hire", "모비온", "파울 슈미트", CandidateKind::kPerson, "", "joined", {}, {}};
  Event latin = Pred("모비온", "Paul Schmidt");
  EXPECT_FALSE(PairMatch(ko, latin));
  latin.candidate_aliases = {"파울 슈미트"};
  EXPECT_TRUE(PairMatch(ko, latin));
  // A gold group matches any predicted group at the employer, never a person.
  GoldEvent group{"hire", "Meta", "researchers", CandidateKind::kGroup, "OpenAI", "joined", {}, {}};
  Event pg = Pred("Meta", "four researchers from OpenAI");
  pg.candidate_kind = CandidateKind::kGroup;
  EXPECT_TRUE(PairMatch(group, pg));
  EXPECT_FALSE(PairMatch(group, Pred("Meta", "researchers")));
  // A gold group that also names the start-up it came with matches that company as candidate
  // (a failed bid or an acqui-hire reported on the company), not another company.
  GoldEvent team{"acquisition_attempt",
                 "셀바이오",
                 "연구인력 20여명|누리셀",
                 CandidateKind::kGroup,
                 "누리셀",
                 "failed",
                 {},
                 {}};
  Event bid = Pred("셀바이오", "누리셀");
  bid.candidate_kind = CandidateKind::kCompany;
  EXPECT_TRUE(PairMatch(team, bid));
  bid.candidate = "다른바이오";
  EXPECT_FALSE(PairMatch(team, bid));
}

TEST(EventGold, TypedMatchAndAmounts) {
  GoldEvent g{"offer", "Meta", "A", CandidateKind::kPerson, "", "declined", {3500000}, {1200000000}};
  Event p = Pred("Meta", "A", Outcome::kDeclined);
  p.type = EventType::kOffer;
  EXPECT_TRUE(TypedMatch(g, p));
  p.type = EventType::kHire;
  EXPECT_FALSE(TypedMatch(g, p));
  EXPECT_FALSE(UsdAmountsFound(g, p));
  Offer usd;
  usd.currency = "USD";
  usd.value = "3500000";
  usd.krw = "4800000000";  // a gloss that is not the gold KRW amount
  p.offers.push_back(usd);
  EXPECT_TRUE(UsdAmountsFound(g, p));
  EXPECT_FALSE(KrwAmountsFound(g, p));
  Offer krw;
  krw.currency = "KRW";
  krw.value = "1200000000";
  p.offers.push_back(krw);
  EXPECT_TRUE(KrwAmountsFound(g, p));
  // The first-year part of an offer counts as a stated USD amount ("$300 million over four years,
  // about $100 million in the first year").
  GoldEvent parts{"offer", "Meta", "A", CandidateKind::kPerson, "", "declined", {300000000, 100000000}, {}};
  Offer package;
  package.currency = "USD";
  package.value = "300000000";
  Event q = Pred("Meta", "A", Outcome::kDeclined);
  q.offers.push_back(package);
  EXPECT_FALSE(UsdAmountsFound(parts, q));
  q.offers[0].first_year_usd = "100000000";
  EXPECT_TRUE(UsdAmountsFound(parts, q));
  // Tallied over the pair matches with stated amounts.
  EventScore s = ScoreArticle({g}, {p});
  EXPECT_EQ(s.typed, 0);
  EXPECT_EQ(s.usd_checked, 1);
  EXPECT_EQ(s.usd_correct, 1);
  EXPECT_EQ(s.krw_correct, 1);
  EXPECT_EQ(s.all_correct, 1);
}

TEST(EventGold, GreedyScoring) {
  std::vector<GoldEvent> gold = {{"hire", "Meta", "A", CandidateKind::kPerson, "", "joined", {}, {}},
                                 {"hire", "Meta", "B", CandidateKind::kPerson, "", "joined", {}, {}}};
  // A matched (strict too), B missed, one false event; one prediction is used once.
  EventScore s = ScoreArticle(gold, {Pred("Meta", "A"), Pred("Google", "B"), Pred("Meta", "A")});
  EXPECT_EQ(s.predicted, 3);
  EXPECT_EQ(s.gold, 2);
  EXPECT_EQ(s.pair, 1);
  EXPECT_EQ(s.strict, 1);
  EXPECT_DOUBLE_EQ(s.PairF1(), 2.0 * 1 / 5);
  EXPECT_DOUBLE_EQ(s.PairPrecision(), 1.0 / 3);
  EXPECT_DOUBLE_EQ(s.PairRecall(), 0.5);
}

class GoldFolder : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("event_gold_test_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& name, const std::string& body) { std::ofstream(dir_ / name) << body; }
  fs::path dir_;
};

TEST_F(GoldFolder, ReadsArticlesSortedAndNamesTheBadFile) {
  Write("b.txt", "Headline\n\nBody.\n");
  Write("b.json", R"({"events": [{"type": "hire", "employer": "Meta", "candidate": "A", "outcome": "joined",
                              "offers_usd": ["3500000.4", 2000000]}]})");
  Write("a.txt", "Headline\n\nBody.\n");
  Write("a.json", R"({"events": []})");
  auto g = ReadGoldBatch(dir_.string());
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  ASSERT_EQ(g->size(), 2u);
  EXPECT_EQ((*g)[0].name, "a");
  EXPECT_EQ((*g)[1].events.size(), 1u);
  EXPECT_EQ((*g)[1].events[0].employer, "Meta");
  EXPECT_EQ((*g)[1].events[0].offers_usd, (std::vector<long long>{3500000, 2000000}));
  EXPECT_EQ((*g)[1].batch, dir_.filename().string());
  Write("c.txt", "Headline\n\nBody.\n");
  Write("c.json", "{not json");
  auto bad = ReadGoldBatch(dir_.string());
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().ToString().find("c.json"), std::string::npos) << bad.status().ToString();
  fs::remove(dir_ / "c.json");
  auto missing = ReadGoldBatch(dir_.string());
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().ToString().find("c.json"), std::string::npos);
}

TEST_F(GoldFolder, AFolderWithoutArticlesIsAnError) {
  EXPECT_FALSE(ReadGoldBatch(dir_.string()).ok());
  EXPECT_FALSE(ReadGoldBatch((dir_ / "nope").string()).ok());
}

// A real gold article through the pipeline, rules alone: the gold pair is found, and the ledger
// keeps the article's events (one article: nothing to merge across).
TEST(EventGold, RunsAGoldArticleLikeTheCli) {
  auto batch = ReadGoldBatch(std::string(HIREWIRE_SOURCE_DIR) + "/tests/data/events");
  ASSERT_TRUE(batch.ok()) << batch.status().ToString();
  app::PipelineOptions po;
  po.event_options.pairs = false;
  auto runner = GoldRunner::Create(po);
  ASSERT_TRUE(runner.ok());
  EventScore total;
  for (const GoldArticle& g : *batch) {
    auto a = (*runner)->Run(g);
    ASSERT_TRUE(a.ok()) << g.path;
    EXPECT_EQ(a->analysis.size(), a->paragraphs.size()) << g.path;  // the analysis is kept
    total.Add(ScoreArticle(g.events, LedgerEvents(*a, a->events)));
  }
  EXPECT_GE(total.PairPrecision(), 0.95);
  EXPECT_GE(total.PairRecall(), 0.95);
}

}  // namespace
}  // namespace hirewire::tools
