#include "corpus/linear_model.h"

#include <gtest/gtest.h>

#include <cmath>

namespace hirewire {
namespace {

TEST(LinearModel, ParsesBiasAndWeightsAndScores) {
  auto m = LinearModel::FromTsv("# a comment\n(bias)\t-1\nhire\t2.5\nsaid\t-3\n", "t.tsv");
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_EQ(m->size(), 2u);
  EXPECT_DOUBLE_EQ(m->Margin({"hire"}), 1.5);
  EXPECT_DOUBLE_EQ(m->Margin({"hire", "hire", "unknown"}), 1.5);  // a repeated feature counts once
  EXPECT_DOUBLE_EQ(m->Margin({"hire", "said"}), -1.5);
  EXPECT_NEAR(m->Probability({}), 1.0 / (1.0 + std::exp(1.0)), 1e-12);
  EXPECT_DOUBLE_EQ(m->MarginOfDistinct({"hire", "said"}), -1.5);
  EXPECT_DOUBLE_EQ(LinearModel::Logistic(0), 0.5);
}

TEST(LinearModel, RejectsBadRowsNamingTheTableAndLine) {
  struct Case {
    const char* tsv;
    const char* want;
  } cases[] = {
      {"(bias)\t1\nx\n", "t.tsv line 2: want 2 fields"},
      {"x\tabc\n", "t.tsv line 1: weight 'abc'"},
      {"x\t1\nx\t2\n", "t.tsv line 2: feature 'x' listed twice"},
      {"x\tinf\n", "not a finite number"},
  };
  for (const Case& c : cases) {
    auto m = LinearModel::FromTsv(c.tsv, "t.tsv");
    ASSERT_FALSE(m.ok()) << c.tsv;
    EXPECT_NE(m.status().message().find(c.want), std::string::npos) << m.status().message();
  }
}

TEST(LinearModel, ToTsvRoundTrips) {
  LinearModel m;
  m.set_bias(-0.5);
  m.set_weight("b=1", 0.25);
  m.set_weight("a=2", -2);
  m.set_weight("zero", 0);  // zero weights are not stored
  const std::string tsv = m.ToTsv("trained on x\nsecond line");
  EXPECT_EQ(tsv, "# trained on x\n# second line\n(bias)\t-0.5\na=2\t-2\nb=1\t0.25\n");
  auto back = LinearModel::FromTsv(tsv, "back");
  ASSERT_TRUE(back.ok());
  EXPECT_DOUBLE_EQ(back->Margin({"a=2", "b=1"}), m.Margin({"a=2", "b=1"}));
}

}  // namespace
}  // namespace hirewire
