// hirewire-train-events: trains the event models from gold batch folders (see train_events.h).
//
//   hirewire-train-events --model pairs --data tests/data/events --data tests/data/events-b1 ...
//       [--cv] [--score DIR] [--out normalize/data/event_pairs.tsv]
//
// Deterministic (liblinear with fixed inputs, folders and articles read in sorted order), no
// network. scripts/train_events.sh is the one-command retraining of the shipped tables.
#include "normalize/tools/train_events.h"

#include <CLI/CLI.hpp>
#include <cstdio>
#include <string>

namespace {

struct ModelEntry {
  const char* name;
  int (*run)(const hirewire::tools::TrainArgs&);
};

// One row per model; each model lives in its own file.
constexpr ModelEntry kModels[] = {
    {"pairs", hirewire::tools::TrainPairs},
    {"previous", hirewire::tools::TrainPrevious},
    {"outcome", hirewire::tools::TrainOutcome},
};

}  // namespace

int main(int argc, char** argv) {
  hirewire::tools::TrainArgs args;
  CLI::App app{"Trains the event models (linear tables) from gold event folders"};
  std::vector<std::string> names;
  for (const ModelEntry& m : kModels) names.push_back(m.name);
  app.add_option("--model", args.model, "The model to train")->required()->check(CLI::IsMember(names));
  app.add_option("--data", args.data, "Gold batch folder to learn from (NAME.txt + NAME.json); repeat")
      ->required();
  app.add_option("--score", args.score, "Folder scored in aggregate only, never learned from; repeat");
  app.add_option("--out", args.out, "Write the table trained on every --data folder here");
  app.add_flag("--cv", args.cv, "Leave-one-batch-out over the --data folders: per batch and pooled");
  app.add_option("--c", args.train.c, "Inverse L2 strength (liblinear -c)");
  app.add_option("--positive-weight", args.train.positive_weight, "Cost of a positive example");
  app.add_option("--min-count", args.train.min_count, "Drop features seen in fewer examples");
  CLI11_PARSE(app, argc, argv);
  for (const ModelEntry& m : kModels)
    if (args.model == m.name) return m.run(args);
  std::fprintf(stderr, "hirewire-train-events: unknown model %s\n", args.model.c_str());
  return 1;
}
