// The CRF objective of the NER trainer (extract/tools/train_ner_crf.h): forward-backward against
// brute-force enumeration of every tag path, the gradient against finite differences of the
// log-likelihood, and a toy dataset learned.
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "extract/tools/train_ner_crf.h"

namespace ner = hirewire::extract::ner;
using ner::kNumTags;

namespace {

// A sentence of `feats_per_unit` features per unit (ids given row by row) and its gold tags.
ner::TrainSequence MakeSequence(const std::vector<std::vector<int32_t>>& unit_feats, std::vector<int> gold) {
  ner::TrainSequence s;
  s.offsets.push_back(0);
  for (const auto& row : unit_feats) {
    s.feats.insert(s.feats.end(), row.begin(), row.end());
    s.offsets.push_back(static_cast<uint32_t>(s.feats.size()));
  }
  s.gold = std::move(gold);
  return s;
}

// Weights with small, varied, deterministic values in every emission and transition.
ner::CrfWeights SomeWeights(size_t num_features) {
  ner::CrfWeights m(num_features);
  uint64_t state = 12345;
  auto next = [&state] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<double>((state >> 33) % 2001) / 1000.0 - 1.0;  // [-1, 1]
  };
  for (double& w : m.w) w = next();
  for (auto& row : m.trans) {
    for (double& x : row) x = next();
  }
  m.scale = 0.7;  // the lazy-L2 scale must be applied everywhere
  return m;
}

// Brute force over all kNumTags^n paths: unary marginals and log Z.
void Enumerate(const ner::CrfWeights& m, const ner::CrfLattice& lat, std::vector<double>* unary,
               double* log_z) {
  const int n = lat.n;
  std::vector<int> path(n, 0);
  std::vector<double> mass(static_cast<size_t>(n) * kNumTags, 0.0);
  double z = 0;
  for (;;) {
    const double score = ner::CrfPathScore(m, lat, path);
    if (std::isfinite(score)) {
      const double p = std::exp(score);
      z += p;
      for (int i = 0; i < n; ++i) mass[i * kNumTags + path[i]] += p;
    }
    int i = 0;
    while (i < n && ++path[i] == kNumTags) path[i++] = 0;
    if (i == n) break;
  }
  *log_z = std::log(z);
  unary->resize(mass.size());
  for (size_t k = 0; k < mass.size(); ++k) (*unary)[k] = mass[k] / z;
}

TEST(NerCrf, MarginalsSumToOneAndMatchEnumeration) {
  // Four units; the third is blocked (word-ending punctuation: no PER/ORG there).
  ner::TrainSequence s =
      MakeSequence({{0, 1}, {2}, {1, 3}, {0, 2, 3}}, {ner::kBPer, ner::kIPer, ner::kO, ner::kBOrg});
  s.blocked = {0, 0, 1, 0};
  ner::CrfWeights m = SomeWeights(4);
  m.tag_ok[ner::kBOther] = m.tag_ok[ner::kIOther] = false;  // a type without training examples
  ner::CrfLattice lat;
  ner::CrfEmissions(s, m, &lat);
  ner::CrfForwardBackward(m, &lat);
  std::vector<double> brute;
  double brute_z = 0;
  Enumerate(m, lat, &brute, &brute_z);
  EXPECT_NEAR(lat.log_z, brute_z, 1e-9);
  for (int i = 0; i < lat.n; ++i) {
    double sum = 0, pair_sum = 0;
    for (int t = 0; t < kNumTags; ++t) {
      sum += lat.unary[i * kNumTags + t];
      EXPECT_NEAR(lat.unary[i * kNumTags + t], brute[i * kNumTags + t], 1e-9) << "unit " << i << " tag " << t;
    }
    for (int k = 0; k < (kNumTags + 1) * kNumTags; ++k)
      pair_sum += lat.pair[i * (kNumTags + 1) * kNumTags + k];
    EXPECT_NEAR(sum, 1.0, 1e-9);
    EXPECT_NEAR(pair_sum, 1.0, 1e-9);
  }
  // No mass where no path goes: PER/ORG on the blocked unit, OTHER anywhere, I- at the start.
  for (int t : {ner::kBPer, ner::kIPer, ner::kBOrg, ner::kIOrg}) EXPECT_EQ(lat.unary[2 * kNumTags + t], 0.0);
  for (int i = 0; i < lat.n; ++i) EXPECT_EQ(lat.unary[i * kNumTags + ner::kBOther], 0.0);
  EXPECT_EQ(lat.unary[ner::kIPer], 0.0);
}

TEST(NerCrf, GradientMatchesFiniteDifferences) {
  const ner::TrainSequence s =
      MakeSequence({{0, 1}, {2}, {1, 3}, {0, 2}}, {ner::kBOrg, ner::kIOrg, ner::kO, ner::kBPer});
  const ner::CrfWeights m = SomeWeights(4);
  // The analytic gradient: what CrfAddGradient adds with step 1, read back as true weights.
  ner::CrfWeights g = m;
  ner::CrfLattice lat;
  ner::CrfEmissions(s, m, &lat);
  ner::CrfForwardBackward(m, &lat);
  ner::CrfAddGradient(s, lat, 1.0, &g);
  const double h = 1e-5;
  for (size_t f = 0; f < 4; ++f) {
    for (int t = 0; t < kNumTags; ++t) {
      ner::CrfWeights plus = m, minus = m;
      plus.w[f * kNumTags + t] += h / m.scale;
      minus.w[f * kNumTags + t] -= h / m.scale;
      const double numeric = (ner::CrfLogLikelihood(s, plus) - ner::CrfLogLikelihood(s, minus)) / (2 * h);
      EXPECT_NEAR(g.Weight(f, t) - m.Weight(f, t), numeric, 1e-6) << "feature " << f << " tag " << t;
    }
  }
  for (int a = 0; a <= kNumTags; ++a) {
    for (int t = 0; t < kNumTags; ++t) {
      ner::CrfWeights plus = m, minus = m;
      plus.trans[a][t] += h;
      minus.trans[a][t] -= h;
      const double numeric = (ner::CrfLogLikelihood(s, plus) - ner::CrfLogLikelihood(s, minus)) / (2 * h);
      EXPECT_NEAR(g.trans[a][t] - m.trans[a][t], numeric, 1e-6) << "transition " << a - 1 << " -> " << t;
    }
  }
}

// Viterbi over the CRF's scores (the tagger's decoder does the same over the quantized weights).
std::vector<int> BestPath(const ner::TrainSequence& s, const ner::CrfWeights& m) {
  ner::CrfLattice lat;
  ner::CrfEmissions(s, m, &lat);
  std::vector<int> best_path, path(lat.n, 0);
  double best = -1e300;
  for (;;) {
    const double score = ner::CrfPathScore(m, lat, path);
    if (score > best) {
      best = score;
      best_path = path;
    }
    int i = 0;
    while (i < lat.n && ++path[i] == kNumTags) path[i++] = 0;
    if (i == lat.n) break;
  }
  return best_path;
}

TEST(NerCrf, LearnsAToyLanguage) {
  // Feature 0 "a name word", 1 "an organization head", 2 "a plain word", 3 "follows a name word".
  // A name word after a name word continues the person; a name word before a head starts an
  // organization (so the tag depends on the next unit: only the transitions can tell).
  const int kName = 0, kHead = 1, kPlain = 2, kAfterName = 3;
  std::vector<ner::TrainSequence> data;
  for (int copy = 0; copy < 20; ++copy) {
    data.push_back(MakeSequence({{kPlain}, {kName}, {kName, kAfterName}, {kPlain}},
                                {ner::kO, ner::kBPer, ner::kIPer, ner::kO}));
    data.push_back(MakeSequence({{kName}, {kHead, kAfterName}, {kPlain}}, {ner::kBOrg, ner::kIOrg, ner::kO}));
    data.push_back(MakeSequence({{kPlain}, {kPlain}}, {ner::kO, ner::kO}));
  }
  for (bool adagrad : {false, true}) {
    SCOPED_TRACE(adagrad ? "AdaGrad" : "SGD");
    ner::CrfWeights m(4);
    m.tag_ok[ner::kBLoc] = m.tag_ok[ner::kILoc] = m.tag_ok[ner::kBOther] = m.tag_ok[ner::kIOther] = false;
    ner::CrfOptions opt;
    opt.epochs = 10;
    opt.c2 = 0.1;
    opt.seed = 7;
    opt.adagrad = adagrad;
    opt.eta0 = adagrad ? 0.5 : 0.1;
    opt.average = adagrad ? 3 : 0;
    double before = 0, after = 0;
    for (const auto& s : data) before += ner::CrfLogLikelihood(s, m);
    ner::TrainCrf(data, opt, "toy", &m);
    for (const auto& s : data) after += ner::CrfLogLikelihood(s, m);
    EXPECT_GT(after, before);
    EXPECT_GT(after / data.size(), std::log(0.9));  // each gold path has probability ~> 0.9
    for (size_t k = 0; k < 3; ++k) EXPECT_EQ(BestPath(data[k], m), data[k].gold) << "sentence " << k;
    // A new sentence of the same language: plain, name, head.
    const ner::TrainSequence fresh =
        MakeSequence({{kPlain}, {kName}, {kHead, kAfterName}}, {ner::kO, ner::kBOrg, ner::kIOrg});
    EXPECT_EQ(BestPath(fresh, m), fresh.gold);
  }
}

}  // namespace
