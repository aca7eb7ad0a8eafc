#include "corpus/linear_model.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <unordered_set>

#include "corpus/tsv.h"

namespace hirewire {
namespace {

constexpr std::string_view kBiasRow = "(bias)";

bool ParseWeight(const std::string& s, double* out) {
  if (s.empty()) return false;
  char* end = nullptr;
  *out = std::strtod(s.c_str(), &end);
  return end == s.c_str() + s.size() && std::isfinite(*out);
}

}  // namespace

Result<LinearModel> LinearModel::FromTsv(std::string_view tsv, std::string_view table) {
  LinearModel m;
  Status st = ForEachTsvRow(tsv, table, TsvHeader::kNone, [&](const std::vector<std::string>& f, int) {
    if (f.size() != 2)
      return Status::InvalidArgument("want 2 fields (feature, weight), got " + std::to_string(f.size()));
    double w = 0;
    if (!ParseWeight(f[1], &w))
      return Status::InvalidArgument("weight '" + f[1] + "' is not a finite number");
    if (f[0].empty()) return Status::InvalidArgument("empty feature name");
    if (f[0] == kBiasRow) {
      m.bias_ = w;
      return Status::Ok();
    }
    if (!m.weights_.emplace(f[0], w).second)
      return Status::InvalidArgument("feature '" + f[0] + "' listed twice");
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return m;
}

void LinearModel::set_weight(std::string feature, double w) {
  if (w == 0.0) {
    weights_.erase(feature);
    return;
  }
  weights_[std::move(feature)] = w;
}

double LinearModel::Weight(std::string_view feature) const {
  auto it = weights_.find(feature);
  return it == weights_.end() ? 0.0 : it->second;
}

double LinearModel::Margin(const std::vector<std::string>& features) const {
  double sum = bias_;
  std::unordered_set<std::string_view> seen;
  seen.reserve(features.size());
  for (const std::string& f : features)
    if (seen.insert(f).second) sum += Weight(f);
  return sum;
}

double LinearModel::MarginOfDistinct(const std::vector<std::string>& features) const {
  double sum = bias_;
  for (const std::string& f : features) sum += Weight(f);
  return sum;
}

double LinearModel::Logistic(double margin) { return 1.0 / (1.0 + std::exp(-margin)); }

double LinearModel::Probability(const std::vector<std::string>& features) const {
  return Logistic(Margin(features));
}

std::string LinearModel::ToTsv(std::string_view comment) const {
  std::string out = TsvComment(comment);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g", bias_);
  out += std::string(kBiasRow) + "\t" + buf + "\n";
  std::vector<std::pair<std::string_view, double>> rows(weights_.begin(), weights_.end());
  std::sort(rows.begin(), rows.end());
  for (const auto& [name, w] : rows) {
    std::snprintf(buf, sizeof buf, "%.6g", w);
    out += std::string(name) + "\t" + buf + "\n";
  }
  return out;
}

}  // namespace hirewire
