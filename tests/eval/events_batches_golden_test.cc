// Hiring events over whole gold batches (tests/data/events-bN blind, events-dN development),
// scored exactly as scripts/score_events.py scores `hirewire events --json`: the pipeline with the
// CLI's defaults, the event ledger of each article, greedy matching per article (pair: candidate +
// employer; strict: + previous employer + outcome), with the matching of normalize/tools/event_gold
// (one owner of the scorer's rules in C++). Floors (tests/normalize/events_floors.h) pin what the
// code reaches on each batch.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "normalize/tools/event_gold.h"
#include "tests/normalize/events_floors.h"

namespace hirewire::tools {
namespace {

namespace floors = hirewire::normalize::floors;

// The whole batch `name` through the pipeline; prints and returns the totals.
EventScore RunBatch(const char* name) {
  EventScore total;
  auto batch = ReadGoldBatch(std::string(HIREWIRE_SOURCE_DIR) + "/tests/data/" + name);
  EXPECT_TRUE(batch.ok()) << batch.status().ToString();
  if (!batch.ok()) return total;
  EXPECT_GE(batch->size(), 40u) << name;
  auto runner = GoldRunner::Create(app::PipelineOptions{});
  EXPECT_TRUE(runner.ok());
  if (!runner.ok()) return total;
  for (const GoldArticle& g : *batch) {
    auto a = (*runner)->Run(g);
    EXPECT_TRUE(a.ok()) << g.path;
    if (a.ok()) total.Add(ScoreArticle(g.events, LedgerEvents(*a, a->events)));
  }
  std::printf("%s: %zu articles, predicted %d, gold %d: pair F1 %.3f, strict F1 %.3f, typed F1 %.3f\n", name,
              batch->size(), total.predicted, total.gold, total.PairF1(), total.StrictF1(), total.TypedF1());
  return total;
}

void ScoreBatch(const char* name, double pair_floor, double strict_floor) {
  const EventScore s = RunBatch(name);
  EXPECT_GE(s.PairF1(), pair_floor) << name;
  EXPECT_GE(s.StrictF1(), strict_floor) << name;
}

TEST(EventBatches, BlindBatchOneHoldsItsFloors) {
  ScoreBatch("events-b1", floors::kBlindBatch1PairF1, floors::kBlindBatch1StrictF1);
}

TEST(EventBatches, BlindBatchTwoHoldsItsFloors) {
  ScoreBatch("events-b2", floors::kBlindBatch2PairF1, floors::kBlindBatch2StrictF1);
}

TEST(EventBatches, BlindBatchThreeHoldsItsFloors) {
  ScoreBatch("events-b3", floors::kBlindBatch3PairF1, floors::kBlindBatch3StrictF1);
}

TEST(EventBatches, BlindBatchFourHoldsItsFloors) {
  ScoreBatch("events-b4", floors::kBlindBatch4PairF1, floors::kBlindBatch4StrictF1);
}

TEST(EventBatches, BlindBatchFiveHoldsItsFloors) {
  ScoreBatch("events-b5", floors::kBlindBatch5PairF1, floors::kBlindBatch5StrictF1);
}

TEST(EventBatches, DevBatchOneHoldsItsFloors) {
  ScoreBatch("events-d1", floors::kDevBatch1PairF1, floors::kDevBatch1StrictF1);
}

TEST(EventBatches, DevBatchTwoHoldsItsFloors) {
  ScoreBatch("events-d2", floors::kDevBatch2PairF1, floors::kDevBatch2StrictF1);
}

TEST(EventBatches, DevBatchFourHoldsItsFloors) {
  ScoreBatch("events-d4", floors::kDevBatch4PairF1, floors::kDevBatch4StrictF1);
}

TEST(EventBatches, DevBatchFiveHoldsItsFloors) {
  ScoreBatch("events-d5", floors::kDevBatch5PairF1, floors::kDevBatch5StrictF1);
}

TEST(EventBatches, BlindBatchSixHoldsItsFloors) {
  ScoreBatch("events-b6", floors::kBlindBatch6PairF1, floors::kBlindBatch6StrictF1);
}

TEST(EventBatches, BlindBatchSevenHoldsItsFloors) {
  ScoreBatch("events-b7", floors::kBlindBatch7PairF1, floors::kBlindBatch7StrictF1);
}

TEST(EventBatches, DevBatchSixHoldsItsFloors) {
  ScoreBatch("events-d6", floors::kDevBatch6PairF1, floors::kDevBatch6StrictF1);
}

TEST(EventBatches, BlindBatchEightHoldsItsFloors) {
  ScoreBatch("events-b8", floors::kBlindBatch8PairF1, floors::kBlindBatch8StrictF1);
}

TEST(EventBatches, DevBatchSevenHoldsItsFloors) {
  ScoreBatch("events-d7", floors::kDevBatch7PairF1, floors::kDevBatch7StrictF1);
}

TEST(EventBatches, BlindBatchNineHoldsItsFloors) {
  ScoreBatch("events-b9", floors::kBlindBatch9PairF1, floors::kBlindBatch9StrictF1);
}

TEST(EventBatches, DevBatchEightHoldsItsFloors) {
  ScoreBatch("events-d8", floors::kDevBatch8PairF1, floors::kDevBatch8StrictF1);
}

TEST(EventBatches, BlindBatchTenHoldsItsFloors) {
  ScoreBatch("events-b10", floors::kBlindBatch10PairF1, floors::kBlindBatch10StrictF1);
}

TEST(EventBatches, DevBatchNineHoldsItsFloors) {
  ScoreBatch("events-d9", floors::kDevBatch9PairF1, floors::kDevBatch9StrictF1);
}

TEST(EventBatches, BlindBatchElevenHoldsItsFloors) {
  ScoreBatch("events-b11", floors::kBlindBatch11PairF1, floors::kBlindBatch11StrictF1);
}

TEST(EventBatches, DevBatchTenHoldsItsFloors) {
  ScoreBatch("events-d10", floors::kDevBatch10PairF1, floors::kDevBatch10StrictF1);
}

TEST(EventBatches, BlindBatchTwelveHoldsItsFloors) {
  ScoreBatch("events-b12", floors::kBlindBatch12PairF1, floors::kBlindBatch12StrictF1);
}

TEST(EventBatches, DevBatchElevenHoldsItsFloors) {
  ScoreBatch("events-d11", floors::kDevBatch11PairF1, floors::kDevBatch11StrictF1);
}

TEST(EventBatches, DevBatchTwelveHoldsItsFloors) {
  ScoreBatch("events-d12", floors::kDevBatch12PairF1, floors::kDevBatch12StrictF1);
}

TEST(EventBatches, BlindBatchThirteenHoldsItsFloors) {
  ScoreBatch("events-b13", floors::kBlindBatch13PairF1, floors::kBlindBatch13StrictF1);
}

TEST(EventBatches, BlindBatchFourteenHoldsItsFloors) {
  ScoreBatch("events-b14", floors::kBlindBatch14PairF1, floors::kBlindBatch14StrictF1);
}

TEST(EventBatches, DevBatchThirteenHoldsItsFloors) {
  ScoreBatch("events-d13", floors::kDevBatch13PairF1, floors::kDevBatch13StrictF1);
}

TEST(EventBatches, BlindBatchSixteenHoldsItsFloors) {
  ScoreBatch("events-b16", floors::kBlindBatch16PairF1, floors::kBlindBatch16StrictF1);
}

TEST(EventBatches, BlindBatchSeventeenHoldsItsFloors) {
  ScoreBatch("events-b17", floors::kBlindBatch17PairF1, floors::kBlindBatch17StrictF1);
}

TEST(EventBatches, BlindBatchEighteenHoldsItsFloors) {
  ScoreBatch("events-b18", floors::kBlindBatch18PairF1, floors::kBlindBatch18StrictF1);
}

TEST(EventBatches, BlindBatchNineteenHoldsItsFloors) {
  ScoreBatch("events-b19", floors::kBlindBatch19PairF1, floors::kBlindBatch19StrictF1);
}

TEST(EventBatches, BlindBatchTwentyHoldsItsFloors) {
  ScoreBatch("events-b20", floors::kBlindBatch20PairF1, floors::kBlindBatch20StrictF1);
}

TEST(EventBatches, BlindBatchTwentyOneHoldsItsFloors) {
  ScoreBatch("events-b21", floors::kBlindBatch21PairF1, floors::kBlindBatch21StrictF1);
}

TEST(EventBatches, BlindBatchTwentyTwoHoldsItsFloors) {
  ScoreBatch("events-b22", floors::kBlindBatch22PairF1, floors::kBlindBatch22StrictF1);
}

TEST(EventBatches, BlindBatchTwentyThreeHoldsItsFloors) {
  ScoreBatch("events-b23", floors::kBlindBatch23PairF1, floors::kBlindBatch23StrictF1);
}

TEST(EventBatches, BlindBatchTwentyFourHoldsItsFloors) {
  ScoreBatch("events-b24", floors::kBlindBatch24PairF1, floors::kBlindBatch24StrictF1);
}

TEST(EventBatches, BlindBatchTwentyFiveHoldsItsFloors) {
  ScoreBatch("events-b25", floors::kBlindBatch25PairF1, floors::kBlindBatch25StrictF1);
}

TEST(EventBatches, BlindBatchTwentySixHoldsItsFloors) {
  ScoreBatch("events-b26", floors::kBlindBatch26PairF1, floors::kBlindBatch26StrictF1);
}

TEST(EventBatches, BlindBatchTwentySevenHoldsItsFloors) {
  ScoreBatch("events-b27", floors::kBlindBatch27PairF1, floors::kBlindBatch27StrictF1);
}

TEST(EventBatches, BlindBatchTwentyEightHoldsItsFloors) {
  ScoreBatch("events-b28", floors::kBlindBatch28PairF1, floors::kBlindBatch28StrictF1);
}

TEST(EventBatches, BlindBatchTwentyNineHoldsItsFloors) {
  ScoreBatch("events-b29", floors::kBlindBatch29PairF1, floors::kBlindBatch29StrictF1);
}

TEST(EventBatches, BlindBatchThirtyHoldsItsFloors) {
  ScoreBatch("events-b30", floors::kBlindBatch30PairF1, floors::kBlindBatch30StrictF1);
}

TEST(EventBatches, BlindBatchThirtyOneHoldsItsFloors) {
  ScoreBatch("events-b31", floors::kBlindBatch31PairF1, floors::kBlindBatch31StrictF1);
}

TEST(EventBatches, BlindBatchThirtyTwoHoldsItsFloors) {
  ScoreBatch("events-b32", floors::kBlindBatch32PairF1, floors::kBlindBatch32StrictF1);
}

TEST(EventBatches, BlindBatchThirtyThreeHoldsItsFloors) {
  ScoreBatch("events-b33", floors::kBlindBatch33PairF1, floors::kBlindBatch33StrictF1);
}

TEST(EventBatches, BlindBatchThirtyFourHoldsItsFloors) {
  ScoreBatch("events-b34", floors::kBlindBatch34PairF1, floors::kBlindBatch34StrictF1);
}

TEST(EventBatches, BlindBatchThirtyFiveHoldsItsFloors) {
  ScoreBatch("events-b35", floors::kBlindBatch35PairF1, floors::kBlindBatch35StrictF1);
}

TEST(EventBatches, BlindBatchThirtySixHoldsItsFloors) {
  ScoreBatch("events-b36", floors::kBlindBatch36PairF1, floors::kBlindBatch36StrictF1);
}

TEST(EventBatches, BlindBatchThirtySevenHoldsItsFloors) {
  ScoreBatch("events-b37", floors::kBlindBatch37PairF1, floors::kBlindBatch37StrictF1);
}

TEST(EventBatches, BlindBatchThirtyEightHoldsItsFloors) {
  ScoreBatch("events-b38", floors::kBlindBatch38PairF1, floors::kBlindBatch38StrictF1);
}

TEST(EventBatches, BlindBatchThirtyNineHoldsItsFloors) {
  ScoreBatch("events-b39", floors::kBlindBatch39PairF1, floors::kBlindBatch39StrictF1);
}

TEST(EventBatches, BlindBatchFortyHoldsItsFloors) {
  ScoreBatch("events-b40", floors::kBlindBatch40PairF1, floors::kBlindBatch40StrictF1);
}

TEST(EventBatches, BlindBatchFortyOneHoldsItsFloors) {
  ScoreBatch("events-b41", floors::kBlindBatch41PairF1, floors::kBlindBatch41StrictF1);
}

TEST(EventBatches, BlindBatchFortyTwoHoldsItsFloors) {
  ScoreBatch("events-b42", floors::kBlindBatch42PairF1, floors::kBlindBatch42StrictF1);
}

TEST(EventBatches, BlindBatchFortyThreeHoldsItsFloors) {
  ScoreBatch("events-b43", floors::kBlindBatch43PairF1, floors::kBlindBatch43StrictF1);
}

TEST(EventBatches, BlindBatchFortyFourHoldsItsFloors) {
  ScoreBatch("events-b44", floors::kBlindBatch44PairF1, floors::kBlindBatch44StrictF1);
}

TEST(EventBatches, BlindBatchFortyFiveHoldsItsFloors) {
  ScoreBatch("events-b45", floors::kBlindBatch45PairF1, floors::kBlindBatch45StrictF1);
}

TEST(EventBatches, BlindBatchFortySixHoldsItsFloors) {
  ScoreBatch("events-b46", floors::kBlindBatch46PairF1, floors::kBlindBatch46StrictF1);
}

TEST(EventBatches, BlindBatchFortySevenHoldsItsFloors) {
  ScoreBatch("events-b47", floors::kBlindBatch47PairF1, floors::kBlindBatch47StrictF1);
}

TEST(EventBatches, BlindBatchFortyEightHoldsItsFloors) {
  ScoreBatch("events-b48", floors::kBlindBatch48PairF1, floors::kBlindBatch48StrictF1);
}

TEST(EventBatches, BlindBatchFortyNineHoldsItsFloors) {
  ScoreBatch("events-b49", floors::kBlindBatch49PairF1, floors::kBlindBatch49StrictF1);
}

TEST(EventBatches, BlindBatchFiftyHoldsItsFloors) {
  ScoreBatch("events-b50", floors::kBlindBatch50PairF1, floors::kBlindBatch50StrictF1);
}

TEST(EventBatches, BlindBatchFiftyOneHoldsItsFloors) {
  ScoreBatch("events-b51", floors::kBlindBatch51PairF1, floors::kBlindBatch51StrictF1);
}

TEST(EventBatches, BlindBatchFiftyTwoHoldsItsFloors) {
  ScoreBatch("events-b52", floors::kBlindBatch52PairF1, floors::kBlindBatch52StrictF1);
}

TEST(EventBatches, BlindBatchFiftyThreeHoldsItsFloors) {
  ScoreBatch("events-b53", floors::kBlindBatch53PairF1, floors::kBlindBatch53StrictF1);
}

TEST(EventBatches, BlindBatchFiftyFourHoldsItsFloors) {
  ScoreBatch("events-b54", floors::kBlindBatch54PairF1, floors::kBlindBatch54StrictF1);
}

TEST(EventBatches, BlindBatchFiftyFiveHoldsItsFloors) {
  ScoreBatch("events-b55", floors::kBlindBatch55PairF1, floors::kBlindBatch55StrictF1);
}

TEST(EventBatches, BlindBatchFiftySixHoldsItsFloors) {
  ScoreBatch("events-b56", floors::kBlindBatch56PairF1, floors::kBlindBatch56StrictF1);
}

TEST(EventBatches, BlindBatchFiftySevenHoldsItsFloors) {
  ScoreBatch("events-b57", floors::kBlindBatch57PairF1, floors::kBlindBatch57StrictF1);
}

TEST(EventBatches, BlindBatchFiftyEightHoldsItsFloors) {
  ScoreBatch("events-b58", floors::kBlindBatch58PairF1, floors::kBlindBatch58StrictF1);
}

TEST(EventBatches, BlindBatchFiftyNineHoldsItsFloors) {
  ScoreBatch("events-b59", floors::kBlindBatch59PairF1, floors::kBlindBatch59StrictF1);
}

TEST(EventBatches, BlindBatchSixtyHoldsItsFloors) {
  ScoreBatch("events-b60", floors::kBlindBatch60PairF1, floors::kBlindBatch60StrictF1);
}

TEST(EventBatches, BlindBatchSixtyOneHoldsItsFloors) {
  ScoreBatch("events-b61", floors::kBlindBatch61PairF1, floors::kBlindBatch61StrictF1);
}

TEST(EventBatches, BlindBatchSixtyTwoHoldsItsFloors) {
  ScoreBatch("events-b62", floors::kBlindBatch62PairF1, floors::kBlindBatch62StrictF1);
}

TEST(EventBatches, BlindBatchSixtyThreeHoldsItsFloors) {
  ScoreBatch("events-b63", floors::kBlindBatch63PairF1, floors::kBlindBatch63StrictF1);
}

TEST(EventBatches, BlindBatchSixtyFourHoldsItsFloors) {
  ScoreBatch("events-b64", floors::kBlindBatch64PairF1, floors::kBlindBatch64StrictF1);
}

TEST(EventBatches, BlindBatchSixtyFiveHoldsItsFloors) {
  ScoreBatch("events-b65", floors::kBlindBatch65PairF1, floors::kBlindBatch65StrictF1);
}

TEST(EventBatches, BlindBatchSixtySixHoldsItsFloors) {
  ScoreBatch("events-b66", floors::kBlindBatch66PairF1, floors::kBlindBatch66StrictF1);
}

TEST(EventBatches, DevBatchThreeHoldsItsFloors) {
  ScoreBatch("events-d3", floors::kDevBatch3PairF1, floors::kDevBatch3StrictF1);
}

double Share(int correct, int checked) { return checked ? static_cast<double>(correct) / checked : 1.0; }

// Offer amounts attached to the right event (issue 10: correct on >= 0.90 of matched events with
// stated amounts) over every learnable batch together (b1-b7, d1, d2, d4-d6).
TEST(EventBatches, OfferAmountsOverTheBatches) {
  EventScore t;
  for (const char* name : {"events-b1", "events-b2", "events-b3", "events-b4", "events-b5", "events-d1",
                           "events-d2", "events-d4", "events-b6", "events-d5", "events-b7", "events-d6"})
    t.Add(RunBatch(name));
  std::printf(
      "offer amounts: USD %d of %d matched events with stated USD amounts (%.3f); KRW %d of %d (%.3f); "
      "USD+KRW %d of %d (%.3f)\n",
      t.usd_correct, t.usd_checked, Share(t.usd_correct, t.usd_checked), t.krw_correct, t.krw_checked,
      Share(t.krw_correct, t.krw_checked), t.all_correct, t.all_checked, Share(t.all_correct, t.all_checked));
  EXPECT_GE(t.usd_checked, 40);
  EXPECT_GE(t.krw_checked, 20);
  EXPECT_GE(Share(t.usd_correct, t.usd_checked), floors::kBatchOfferAmountsShare);
  EXPECT_GE(Share(t.krw_correct, t.krw_checked), floors::kBatchOfferKrwAmountsShare);
  EXPECT_GE(Share(t.all_correct, t.all_checked), floors::kBatchOfferAllAmountsShare);
}

}  // namespace
}  // namespace hirewire::tools
