// hirewire-train-events: the offline trainer of the event models (linear tables read by
// normalize, corpus/linear_model.h). One thin dispatcher (train_events.cc) over one entry point
// per model, each in its own file: `--model pairs` (train_pairs.cc: the pair model of
// normalize/event_pairs.h).
#pragma once

#include <string>
#include <vector>

#include "corpus/train/linear_train.h"

namespace hirewire::tools {

struct TrainArgs {
  std::string model;               // pairs | ...
  std::vector<std::string> data;   // gold batch folders to learn from (NAME.txt + NAME.json)
  std::vector<std::string> score;  // folders scored in aggregate only (never learned from)
  std::string out;                 // the table to write (trained on every --data folder)
  bool cv = false;                 // leave-one-batch-out over --data, per batch and pooled
  LinearTrainOptions train;
};

// Each returns the process exit code (0 ok, 1 bad input, 2 failure) after printing its report.
int TrainPairs(const TrainArgs& args);

}  // namespace hirewire::tools
