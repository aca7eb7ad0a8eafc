#include "corpus/train/linear_train.h"

#include <linear.h>

#include <algorithm>
#include <mutex>
#include <unordered_map>

namespace hirewire {
namespace {

void Silent(const char*) {}

// Feature name -> 1-based liblinear index, for features seen in >= min_count examples.
std::vector<std::string> Vocabulary(const std::vector<LinearExample>& examples, int min_count,
                                    std::unordered_map<std::string, int>* index) {
  std::unordered_map<std::string, int> count;
  for (const LinearExample& e : examples) {
    std::vector<std::string> f = e.features;
    std::sort(f.begin(), f.end());
    f.erase(std::unique(f.begin(), f.end()), f.end());
    for (std::string& name : f) ++count[std::move(name)];
  }
  std::vector<std::string> names;
  for (auto& [name, n] : count)
    if (n >= min_count) names.push_back(name);
  std::sort(names.begin(), names.end());
  for (size_t i = 0; i < names.size(); ++i) (*index)[names[i]] = static_cast<int>(i) + 1;
  return names;
}

Status CheckNames(const std::vector<LinearExample>& examples) {
  bool pos = false, neg = false;
  for (const LinearExample& e : examples) {
    (e.positive ? pos : neg) = true;
    for (const std::string& f : e.features)
      if (f.find_first_of("\t\n\r") != std::string::npos || f.empty())
        return Status::InvalidArgument("feature name '" + f + "' is empty or holds a tab/newline");
  }
  if (!pos || !neg) return Status::InvalidArgument("training needs positive and negative examples");
  return Status::Ok();
}

}  // namespace

Result<LinearModel> TrainLogistic(const std::vector<LinearExample>& examples,
                                  const LinearTrainOptions& options) {
  if (examples.empty()) return Status::InvalidArgument("no training examples");
  HW_RETURN_IF_ERROR(CheckNames(examples));
  static std::once_flag quiet;
  std::call_once(quiet, [] { set_print_string_function(&Silent); });

  std::unordered_map<std::string, int> index;
  const std::vector<std::string> names = Vocabulary(examples, std::max(1, options.min_count), &index);
  // Rows: the example's feature indices ascending, then the bias node, then -1.
  std::vector<std::vector<feature_node>> rows(examples.size());
  std::vector<feature_node*> x(examples.size());
  std::vector<double> y(examples.size());
  const int bias_index = static_cast<int>(names.size()) + 1;
  for (size_t i = 0; i < examples.size(); ++i) {
    std::vector<int> ids;
    for (const std::string& f : examples[i].features)
      if (auto it = index.find(f); it != index.end()) ids.push_back(it->second);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (int id : ids) rows[i].push_back({id, 1.0});
    rows[i].push_back({bias_index, 1.0});
    rows[i].push_back({-1, 0.0});
    x[i] = rows[i].data();
    y[i] = examples[i].positive ? 1 : -1;
  }
  problem prob{};
  prob.l = static_cast<int>(examples.size());
  prob.n = bias_index;
  prob.y = y.data();
  prob.x = x.data();
  prob.bias = 1.0;

  int labels[2] = {1, -1};
  double weights[2] = {options.positive_weight, 1.0};
  parameter param{};
  param.solver_type = L2R_LR;
  param.C = options.c;
  param.eps = options.epsilon;
  param.nr_weight = 2;
  param.weight_label = labels;
  param.weight = weights;
  if (const char* err = check_parameter(&prob, &param))
    return Status::InvalidArgument(std::string("liblinear: ") + err);
  model* m = train(&prob, &param);
  // liblinear orders the classes as first seen; the weights are for its first label.
  const double sign = m->label[0] == 1 ? 1.0 : -1.0;
  LinearModel out;
  for (size_t i = 0; i < names.size(); ++i) out.set_weight(names[i], sign * m->w[i]);
  out.set_bias(sign * m->w[names.size()]);
  free_and_destroy_model(&m);
  return out;
}

}  // namespace hirewire
