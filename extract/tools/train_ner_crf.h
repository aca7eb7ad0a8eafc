// Linear-chain CRF trainer for the NER tagger (hirewire-train-ner --objective crf, docs/ner.md):
// the same features, tags, BIO constraints and model format as the averaged perceptron of
// extract/tools/train_ner.cc, trained on the conditional log-likelihood with L2 regularization.
//
// Forward-backward runs in log space (doubles) per sentence; forbidden transitions (I-X not after
// B-X/I-X), blocked units (no PER/ORG on word-ending punctuation) and the tags of types without a
// training example are -inf, exactly the paths the decoder can never take.
//
// Optimizer: plain SGD over sentences in a deterministic shuffled order (the perceptron's own LCG),
// learning rate eta0 / (1 + decay * epochs_done), L2 applied lazily through one global scale factor
// of the emission weights (w_true = scale * w; the decay of every step multiplies `scale`, an update
// touches only the features of the sentence), as in Bottou's crfsgd and CRFsuite's l2sgd. SGD and
// not L-BFGS: one pass costs one forward-backward per sentence, 10-20 passes converge on these
// sparse hashed features, and no full-gradient vector of millions of weights is needed per step.
#pragma once

#include <cstdint>
#include <vector>

#include "extract/ner_features.h"

namespace hirewire::extract::ner {

// One training sequence: per-unit dense feature ids and gold tags (both trainers).
struct TrainSequence {
  std::vector<uint32_t> offsets;  // unit i's features are feats[offsets[i], offsets[i + 1])
  std::vector<int32_t> feats;     // dense ids, -1 = pruned
  std::vector<int> gold;
  std::vector<uint8_t> blocked;  // FeatureBuffer::blocked (empty = none)
  int every = 1;                 // trained in every `every`-th epoch only (self-training)
};

// Deterministic 64-bit LCG shuffle (std::shuffle's algorithm is implementation-defined); both trainers.
void ShuffleIndices(std::vector<int>* v, uint64_t* state);

// CRF parameters: emission weights kNumTags per dense feature id (true weight = scale * w[k]) and
// transitions trans[from + 1][to] (row 0: sentence start). tag_ok[t] false: t is never on a path.
struct CrfWeights {
  explicit CrfWeights(size_t num_features = 0) : w(num_features * kNumTags, 0.0) {
    for (bool& ok : tag_ok) ok = true;
  }
  std::vector<double> w;
  double scale = 1.0;
  double trans[kNumTags + 1][kNumTags] = {};
  bool tag_ok[kNumTags];
  // Folds `scale` into `w` (scale becomes 1).
  void Rescale();
  double Weight(size_t f, int t) const { return scale * w[f * kNumTags + t]; }
};

// The lattice of one sentence: emissions em[i * kNumTags + t], unary marginals p(y_i = t), pair
// marginals pair[i][(p + 1) * kNumTags + t] = p(y_{i-1} = p, y_i = t) (i = 0: p = -1, the start),
// and log Z. Impossible cells are -inf in `em` and 0 in the marginals.
struct CrfLattice {
  int n = 0;
  std::vector<double> em, alpha, beta, unary;
  std::vector<double> pair;  // n * (kNumTags + 1) * kNumTags
  double log_z = 0;
};

// True when `from` -> `to` may be on a path under `m` (from == -1: sentence start).
bool CrfAllowed(const CrfWeights& m, int from, int to);
// Emissions of `s` (sum of the true weights of each unit's features; blocked units' PER/ORG -inf).
void CrfEmissions(const TrainSequence& s, const CrfWeights& m, CrfLattice* lat);
// Forward-backward over `lat->em`: alpha, beta, log Z and the unary and pair marginals.
void CrfForwardBackward(const CrfWeights& m, CrfLattice* lat);
// Score of the gold path (emissions of `lat` plus transitions); -inf if it is impossible.
double CrfPathScore(const CrfWeights& m, const CrfLattice& lat, const std::vector<int>& path);
// log p(gold | sentence) under `m`.
double CrfLogLikelihood(const TrainSequence& s, const CrfWeights& m);
// Adds step * d log p(gold)/d theta to the weights (emission steps divided by m->scale, so the true
// weights move by step * gradient); `lat` must hold the marginals of `s` under the current weights.
void CrfAddGradient(const TrainSequence& s, const CrfLattice& lat, double step, CrfWeights* m);

struct CrfOptions {
  int epochs = 15;
  double c2 = 1.0;     // L2 strength on the whole-corpus objective: sum log p - c2/2 |theta|^2
  double eta0 = 0.1;   // initial learning rate
  double decay = 0.5;  // eta of epoch e = eta0 / (1 + decay * e)
  uint64_t seed = 1;
  // > 0: the result is the mean of the weights at the end of each of the last `average` epochs
  // (snapshot averaging, which smooths SGD's last steps as averaging does for the perceptron).
  int average = 0;
  // AdaGrad (rate eta0 / sqrt(summed squared gradients) per weight, no decay of eta0) instead of SGD.
  bool adagrad = false;
};

// Trains `m` (sized for the features of `data`; tag_ok set by the caller) by SGD; prints the
// objective of each epoch to stderr under `name`.
void TrainCrf(const std::vector<TrainSequence>& data, const CrfOptions& opt, const char* name, CrfWeights* m);

}  // namespace hirewire::extract::ner
