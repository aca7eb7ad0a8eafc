// Training for corpus/linear_model.h: L2-regularized logistic regression by liblinear
// (Debian liblinear-dev), for the offline tools that write the model tables (hirewire-train-*).
// Only tools link this library; the pipeline only reads the tables.
//
// Thread-safety: TrainLogistic is re-entrant (liblinear's printing is silenced once, globally).
#pragma once

#include <string>
#include <vector>

#include "corpus/linear_model.h"
#include "corpus/status.h"

namespace hirewire {

struct LinearExample {
  std::vector<std::string> features;  // binary features; duplicates count once
  bool positive = false;
};

struct LinearTrainOptions {
  double c = 1.0;                // inverse L2 strength (liblinear -c)
  double positive_weight = 1.0;  // cost of a positive example relative to a negative one (-w1)
  double epsilon = 0.001;        // stopping tolerance (-e)
  int min_count = 1;             // features seen in fewer examples are dropped before training
};

// Trains on `examples`; feature names must not hold tabs or newlines. InvalidArgument when there
// are no examples or only one class, or liblinear rejects the parameters.
Result<LinearModel> TrainLogistic(const std::vector<LinearExample>& examples,
                                  const LinearTrainOptions& options);

}  // namespace hirewire
