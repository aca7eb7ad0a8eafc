// Linear-chain CRF trainer of the NER tagger; see train_ner_crf.h and docs/ner.md.
#include "extract/tools/train_ner_crf.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace hirewire::extract::ner {

namespace {

constexpr double kNegInf = -std::numeric_limits<double>::infinity();
constexpr int kPairRow = (kNumTags + 1) * kNumTags;

double LogSumExp(const double* v, int count) {
  double mx = kNegInf;
  for (int k = 0; k < count; ++k) mx = std::max(mx, v[k]);
  if (mx == kNegInf) return kNegInf;
  double sum = 0;
  for (int k = 0; k < count; ++k) sum += std::exp(v[k] - mx);
  return mx + std::log(sum);
}

}  // namespace

void ShuffleIndices(std::vector<int>* v, uint64_t* state) {
  for (size_t i = v->size(); i > 1; --i) {
    *state = *state * 6364136223846793005ULL + 1442695040888963407ULL;
    size_t j = (*state >> 33) % i;
    std::swap((*v)[i - 1], (*v)[j]);
  }
}

void CrfWeights::Rescale() {
  for (double& x : w) x *= scale;
  scale = 1.0;
}

bool CrfAllowed(const CrfWeights& m, int from, int to) {
  if (!m.tag_ok[to] || (from >= 0 && !m.tag_ok[from])) return false;
  return Allowed(from, to);
}

void CrfEmissions(const TrainSequence& s, const CrfWeights& m, CrfLattice* lat) {
  const int n = static_cast<int>(s.gold.size());
  lat->n = n;
  lat->em.assign(static_cast<size_t>(n) * kNumTags, 0.0);
  for (int i = 0; i < n; ++i) {
    double* row = &lat->em[static_cast<size_t>(i) * kNumTags];
    for (uint32_t k = s.offsets[i]; k < s.offsets[i + 1]; ++k) {
      const int32_t f = s.feats[k];
      if (f < 0) continue;
      const double* w = &m.w[static_cast<size_t>(f) * kNumTags];
      for (int t = 0; t < kNumTags; ++t) row[t] += w[t];
    }
    for (int t = 0; t < kNumTags; ++t) row[t] = m.tag_ok[t] ? row[t] * m.scale : kNegInf;
    if (s.blocked.size() == static_cast<size_t>(n) && s.blocked[i]) {
      for (int t : {kBPer, kIPer, kBOrg, kIOrg}) row[t] = kNegInf;
    }
  }
}

void CrfForwardBackward(const CrfWeights& m, CrfLattice* lat) {
  const int n = lat->n;
  const size_t cells = static_cast<size_t>(n) * kNumTags;
  lat->alpha.assign(cells, kNegInf);
  lat->beta.assign(cells, kNegInf);
  lat->unary.assign(cells, 0.0);
  lat->pair.assign(static_cast<size_t>(n) * kPairRow, 0.0);
  lat->log_z = 0;
  if (n == 0) return;
  const double* em = lat->em.data();
  double* alpha = lat->alpha.data();
  double* beta = lat->beta.data();
  double terms[kNumTags];
  for (int t = 0; t < kNumTags; ++t) {
    if (CrfAllowed(m, -1, t)) alpha[t] = m.trans[0][t] + em[t];
  }
  for (int i = 1; i < n; ++i) {
    for (int t = 0; t < kNumTags; ++t) {
      for (int p = 0; p < kNumTags; ++p) {
        terms[p] = CrfAllowed(m, p, t) ? alpha[(i - 1) * kNumTags + p] + m.trans[p + 1][t] : kNegInf;
      }
      alpha[i * kNumTags + t] = LogSumExp(terms, kNumTags) + em[i * kNumTags + t];
    }
  }
  lat->log_z = LogSumExp(&alpha[(n - 1) * kNumTags], kNumTags);
  for (int t = 0; t < kNumTags; ++t) beta[(n - 1) * kNumTags + t] = 0;
  for (int i = n - 2; i >= 0; --i) {
    for (int p = 0; p < kNumTags; ++p) {
      for (int t = 0; t < kNumTags; ++t) {
        terms[t] = CrfAllowed(m, p, t)
                       ? m.trans[p + 1][t] + em[(i + 1) * kNumTags + t] + beta[(i + 1) * kNumTags + t]
                       : kNegInf;
      }
      beta[i * kNumTags + p] = LogSumExp(terms, kNumTags);
    }
  }
  const double z = lat->log_z;
  for (int i = 0; i < n; ++i) {
    double* pair = &lat->pair[static_cast<size_t>(i) * kPairRow];
    for (int t = 0; t < kNumTags; ++t) {
      const double a = alpha[i * kNumTags + t], b = beta[i * kNumTags + t];
      if (a == kNegInf || b == kNegInf) continue;
      lat->unary[i * kNumTags + t] = std::exp(a + b - z);
      for (int p = -1; p < kNumTags; ++p) {
        if (!CrfAllowed(m, p, t)) continue;
        const double prev =
            p < 0 ? (i == 0 ? 0.0 : kNegInf) : (i == 0 ? kNegInf : alpha[(i - 1) * kNumTags + p]);
        if (prev == kNegInf) continue;
        pair[(p + 1) * kNumTags + t] = std::exp(prev + m.trans[p + 1][t] + em[i * kNumTags + t] + b - z);
      }
    }
  }
}

double CrfPathScore(const CrfWeights& m, const CrfLattice& lat, const std::vector<int>& path) {
  double score = 0;
  int prev = -1;
  for (int i = 0; i < lat.n; ++i) {
    const int t = path[i];
    if (!CrfAllowed(m, prev, t)) return kNegInf;
    score += m.trans[prev + 1][t] + lat.em[static_cast<size_t>(i) * kNumTags + t];
    prev = t;
  }
  return score;
}

double CrfLogLikelihood(const TrainSequence& s, const CrfWeights& m) {
  CrfLattice lat;
  CrfEmissions(s, m, &lat);
  CrfForwardBackward(m, &lat);
  return CrfPathScore(m, lat, s.gold) - lat.log_z;
}

void CrfAddGradient(const TrainSequence& s, const CrfLattice& lat, double step, CrfWeights* m) {
  const double emit_step = step / m->scale;
  for (int i = 0; i < lat.n; ++i) {
    double g[kNumTags];
    const double* unary = &lat.unary[static_cast<size_t>(i) * kNumTags];
    for (int t = 0; t < kNumTags; ++t) g[t] = emit_step * ((s.gold[i] == t ? 1.0 : 0.0) - unary[t]);
    for (uint32_t k = s.offsets[i]; k < s.offsets[i + 1]; ++k) {
      const int32_t f = s.feats[k];
      if (f < 0) continue;
      double* w = &m->w[static_cast<size_t>(f) * kNumTags];
      for (int t = 0; t < kNumTags; ++t) w[t] += g[t];
    }
    const double* pair = &lat.pair[static_cast<size_t>(i) * kPairRow];
    for (int a = 0; a <= kNumTags; ++a) {
      for (int t = 0; t < kNumTags; ++t) m->trans[a][t] -= step * pair[a * kNumTags + t];
    }
    const int gp = i == 0 ? -1 : s.gold[i - 1];
    m->trans[gp + 1][s.gold[i]] += step;
  }
}

namespace {

// Adds the true weights of `m` to `sum` (same layout; sum->scale stays 1).
void AddSnapshot(const CrfWeights& m, CrfWeights* sum) {
  if (sum->w.size() != m.w.size()) sum->w.assign(m.w.size(), 0.0);
  for (size_t k = 0; k < m.w.size(); ++k) sum->w[k] += m.scale * m.w[k];
  for (int a = 0; a <= kNumTags; ++a) {
    for (int t = 0; t < kNumTags; ++t) sum->trans[a][t] += m.trans[a][t];
  }
}

// AdaGrad on the log-likelihood (each weight's rate eta0 / sqrt(its summed squared gradients)) with
// the L2 decay applied lazily: a feature untouched for k sentences has had no likelihood gradient,
// only k decays at its (unchanged) rate, applied when the feature is next read.
class AdaGrad {
 public:
  AdaGrad(size_t num_weights, double eta0, double lambda)
      : eta0_(eta0),
        lambda_(lambda),
        g2_(num_weights, 0.0),
        grad_(num_weights, 0.0),
        last_(num_weights / kNumTags, 0) {}

  // Brings the weights of the features of `s` up to sentence `now` (before the emissions are read).
  void CatchUp(const TrainSequence& s, long now, CrfWeights* m) {
    for (int32_t f : s.feats) {
      if (f < 0 || last_[f] == now) continue;
      const long missed = now - last_[f];
      last_[f] = now;
      for (int t = 0; t < kNumTags; ++t) {
        const size_t k = static_cast<size_t>(f) * kNumTags + t;
        if (g2_[k] == 0) continue;
        const double keep = 1.0 - std::min(1.0, Rate(k) * lambda_);
        m->w[k] *= std::pow(keep, static_cast<double>(missed));
      }
    }
  }

  // One step along the gradient of log p(gold) of `s` (marginals in `lat`), then this step's decay
  // of the transitions.
  void Step(const TrainSequence& s, const CrfLattice& lat, CrfWeights* m) {
    CrfWeights g(0);
    g.w.swap(grad_);
    CrfAddGradient(s, lat, 1.0, &g);  // g.w: the emission gradient (zero elsewhere), g.trans
    for (int32_t f : s.feats) {
      if (f < 0) continue;
      for (int t = 0; t < kNumTags; ++t) {
        const size_t k = static_cast<size_t>(f) * kNumTags + t;
        if (g.w[k] == 0) continue;
        g2_[k] += g.w[k] * g.w[k];
        m->w[k] += Rate(k) * g.w[k];
        g.w[k] = 0;
      }
    }
    g.w.swap(grad_);
    for (int a = 0; a <= kNumTags; ++a) {
      for (int t = 0; t < kNumTags; ++t) {
        const double d = g.trans[a][t] - lambda_ * m->trans[a][t];
        trans_g2_[a][t] += d * d;
        if (trans_g2_[a][t] > 0) m->trans[a][t] += eta0_ * d / std::sqrt(trans_g2_[a][t]);
      }
    }
  }

  // The decay still owed to every feature at the end of training (sentence `now`).
  void Finish(long now, CrfWeights* m) {
    TrainSequence all;
    for (size_t f = 0; f < last_.size(); ++f) all.feats.push_back(static_cast<int32_t>(f));
    CatchUp(all, now, m);
  }

 private:
  double Rate(size_t k) const { return eta0_ / std::sqrt(g2_[k]); }
  double eta0_, lambda_;
  std::vector<double> g2_, grad_;
  std::vector<long> last_;
  double trans_g2_[kNumTags + 1][kNumTags] = {};
};

}  // namespace

void TrainCrf(const std::vector<TrainSequence>& data, const CrfOptions& opt, const char* name,
              CrfWeights* m) {
  const double lambda = data.empty() ? 0.0 : opt.c2 / static_cast<double>(data.size());
  std::vector<int> order(data.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  uint64_t state = opt.seed;
  CrfLattice lat;
  CrfWeights sum;
  const int average = std::min(opt.average, opt.epochs);
  AdaGrad ada(opt.adagrad ? m->w.size() : 0, opt.eta0, lambda);
  long step = 0;
  for (int ep = 0; ep < opt.epochs; ++ep) {
    ShuffleIndices(&order, &state);
    const double eta = opt.eta0 / (1.0 + opt.decay * ep);
    double loss = 0;
    long units = 0;
    for (int idx : order) {
      const TrainSequence& s = data[idx];
      if (s.every > 1 && (ep + idx) % s.every != 0) continue;
      if (s.gold.empty()) continue;
      ++step;
      if (opt.adagrad) {
        ada.CatchUp(s, step, m);
      } else {
        // L2: every weight shrinks by (1 - eta * lambda) per sentence.
        const double shrink = 1.0 - eta * lambda;
        m->scale *= shrink;
        for (auto& row : m->trans) {
          for (double& x : row) x *= shrink;
        }
        if (m->scale < 1e-9) m->Rescale();
      }
      CrfEmissions(s, *m, &lat);
      CrfForwardBackward(*m, &lat);
      const double ll = CrfPathScore(*m, lat, s.gold) - lat.log_z;
      if (std::isfinite(ll)) loss -= ll;
      units += lat.n;
      if (opt.adagrad) {
        ada.Step(s, lat, m);
      } else {
        CrfAddGradient(s, lat, eta, m);
      }
    }
    if (opt.adagrad) ada.Finish(step, m);
    double norm = 0;
    for (double x : m->w) norm += x * x;
    norm *= m->scale * m->scale;
    std::fprintf(stderr, "[%s] crf epoch %d: eta %.4f, -log p per unit %.4f, objective %.1f\n", name, ep + 1,
                 eta, units ? loss / units : 0.0, loss + 0.5 * opt.c2 * norm);
    if (ep >= opt.epochs - average) AddSnapshot(*m, &sum);
  }
  m->Rescale();
  if (average > 0) {
    for (size_t k = 0; k < m->w.size(); ++k) m->w[k] = sum.w[k] / average;
    for (int a = 0; a <= kNumTags; ++a) {
      for (int t = 0; t < kNumTags; ++t) m->trans[a][t] = sum.trans[a][t] / average;
    }
  }
}

}  // namespace hirewire::extract::ner
