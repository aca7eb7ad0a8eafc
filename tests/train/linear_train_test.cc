#include "corpus/train/linear_train.h"

#include <gtest/gtest.h>

#include <random>

namespace hirewire {
namespace {

// A noisy rule ("hire" and not "said" means positive) learned from examples it never saw as a
// rule: the weights take the signs of the rule and the held-out accuracy is high.
TEST(TrainLogistic, LearnsASeparableRuleWithNoise) {
  std::mt19937 rng(7);
  auto make = [&](int n) {
    std::vector<LinearExample> out;
    for (int i = 0; i < n; ++i) {
      LinearExample e;
      bool hire = rng() % 2, said = rng() % 3 == 0;
      if (hire) e.features.push_back("hire");
      if (said) e.features.push_back("said");
      e.features.push_back("noise=" + std::to_string(rng() % 50));
      e.positive = hire && !said;
      if (rng() % 20 == 0) e.positive = !e.positive;  // 5% label noise
      out.push_back(std::move(e));
    }
    return out;
  };
  auto train = make(2000), test = make(500);
  auto m = TrainLogistic(train, {.c = 1.0});
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_GT(m->Weight("hire"), 1.0);
  EXPECT_LT(m->Weight("said"), -1.0);
  EXPECT_LT(m->bias(), 0.0);
  int right = 0;
  for (const LinearExample& e : test) right += (m->Probability(e.features) > 0.5) == e.positive;
  EXPECT_GT(right, 450);  // the noise ceiling is ~475
}

TEST(TrainLogistic, PositiveWeightAndMinCountChangeTheModel) {
  std::vector<LinearExample> ex = {
      {{"a"}, true}, {{"a"}, false}, {{"a"}, false}, {{"rare"}, false}, {{"b"}, false}};
  auto plain = TrainLogistic(ex, {});
  auto heavy = TrainLogistic(ex, {.positive_weight = 5});
  auto pruned = TrainLogistic(ex, {.min_count = 2});
  ASSERT_TRUE(plain.ok() && heavy.ok() && pruned.ok());
  EXPECT_GT(heavy->Probability({"a"}), plain->Probability({"a"}));
  EXPECT_NE(plain->Weight("rare"), 0.0);
  EXPECT_EQ(pruned->Weight("rare"), 0.0);
}

TEST(TrainLogistic, RejectsEmptyOneClassAndBadNames) {
  EXPECT_FALSE(TrainLogistic({}, {}).ok());
  EXPECT_FALSE(TrainLogistic({{{"a"}, true}, {{"b"}, true}}, {}).ok());
  auto bad = TrainLogistic({{{"a\tb"}, true}, {{"c"}, false}}, {});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("tab"), std::string::npos);
}

}  // namespace
}  // namespace hirewire
