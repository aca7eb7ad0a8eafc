// A binary logistic model over sparse string features: the learned part of the pipeline's
// decisions (which person/company pair is a hiring event, which organization is the previous
// employer, whether an entity is kept). Knowledge stays data: the weights are a TSV table trained
// offline (corpus/train/linear_train.h, the hirewire-train-* tools) and compiled into the binary
// like the word lists.
//
// Table format (corpus/tsv.h rules: '#' comment lines, tab-separated):
//   (bias)<TAB>-1.25
//   feature name<TAB>weight        one row per feature with a non-zero weight
// A feature is a string the caller builds ("trigger=hire|org_marker=에"); features absent from
// the table weigh 0. Binary features only: a feature listed twice counts once.
//
// Thread-safety: immutable after construction; Score/Margin are const and safe to share.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "corpus/status.h"

namespace hirewire {

class LinearModel {
 public:
  LinearModel() = default;

  // Parses the table; `table` names it in errors ("event_pairs.tsv line 3: ...").
  static Result<LinearModel> FromTsv(std::string_view tsv, std::string_view table);

  void set_bias(double b) { bias_ = b; }
  void set_weight(std::string feature, double w);

  // bias + sum of the weights of the distinct features.
  double Margin(const std::vector<std::string>& features) const;
  // The logistic of Margin: the model's probability that the example is positive.
  double Probability(const std::vector<std::string>& features) const;
  // Margin for callers that list each feature once (no duplicate check: a hot path's shortcut).
  double MarginOfDistinct(const std::vector<std::string>& features) const;
  // The logistic of a margin.
  static double Logistic(double margin);

  double bias() const { return bias_; }
  // 0 for an unknown feature.
  double Weight(std::string_view feature) const;
  size_t size() const { return weights_.size(); }
  bool empty() const { return weights_.empty() && bias_ == 0.0; }

  // The table back as TSV (rows sorted by feature name; weights with %.6g), after `comment`
  // lines written as '# ' comments.
  std::string ToTsv(std::string_view comment = {}) const;

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  double bias_ = 0.0;
  std::unordered_map<std::string, double, Hash, std::equal_to<>> weights_;
};

}  // namespace hirewire
