// `hirewire-train-events --model pairs`: the pair model of normalize/event_pairs.h.
//
// Each article of the --data folders goes through the pipeline with the pair pass off (the rule
// events, as `hirewire events --json --pairs off` gives them); its (person, organization)
// candidates (normalize::PairCandidates) are labelled from gold: positive when a gold event names
// both (score_events.py's name matching). --cv trains on all batches but one, scores the held-out
// one through DecidePairs + the event ledger (what `events --json` prints) for a grid of
// thresholds, and picks the thresholds with the best pooled pair F1; --out writes the model
// trained on every folder with those thresholds.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "app/files.h"
#include "normalize/event_pairs.h"
#include "normalize/name_key.h"
#include "normalize/tools/event_gold.h"
#include "normalize/tools/train_events.h"

namespace hirewire::tools {
namespace {

// One article, read once: the rule events and the pair candidates with their labels.
struct PairArticle {
  const GoldArticle* gold = nullptr;
  Article article;
  std::vector<normalize::PairCandidate> candidates;
  std::vector<bool> labels;
};

// A gold event (not a group) names the pair's person and organization.
bool GoldPair(const Article& a, const normalize::PairCandidate& c, const std::vector<GoldEvent>& gold) {
  const std::vector<std::string> person = normalize::EntityNames(a.entities[c.person]);
  const std::vector<std::string> org = normalize::EntityNames(a.entities[c.org]);
  for (const GoldEvent& g : gold)
    if (g.candidate_kind != CandidateKind::kGroup && GoldNameOk(g.employer, org, false) &&
        GoldNameOk(g.candidate, person, false))
      return true;
  return false;
}

Result<std::vector<PairArticle>> ReadArticles(const GoldRunner& runner,
                                              const std::vector<GoldArticle>& gold) {
  std::vector<PairArticle> out;
  for (const GoldArticle& g : gold) {
    auto a = runner.Run(g);
    if (!a.ok()) return Status::InvalidArgument(g.path + ": " + a.status().ToString());
    PairArticle pa;
    pa.gold = &g;
    pa.article = std::move(a).value();
    pa.candidates = normalize::PairCandidates(pa.article, pa.article.events);
    for (const auto& c : pa.candidates) pa.labels.push_back(GoldPair(pa.article, c, g.events));
    out.push_back(std::move(pa));
  }
  return out;
}

Result<LinearModel> Train(const std::vector<const PairArticle*>& arts, const LinearTrainOptions& o) {
  std::vector<LinearExample> ex;
  for (const PairArticle* a : arts)
    for (size_t i = 0; i < a->candidates.size(); ++i) ex.push_back({a->candidates[i].features, a->labels[i]});
  return TrainLogistic(ex, o);
}

// The article's events as `events --json` prints them: rules only, or after the pair decision.
EventScore ScoreOne(const PairArticle& a, bool model, double drop, double add) {
  std::vector<Event> ev = a.article.events;
  if (model) ev = normalize::DecidePairs(a.article, std::move(ev), a.candidates, drop, add);
  return ScoreArticle(a.gold->events, LedgerEvents(a.article, std::move(ev)));
}

struct Grid {
  double drop = 0, add = 1;
  EventScore score;
};

constexpr double kDrops[] = {0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4};
constexpr double kAdds[] = {0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.0};

// Pooled pair F1 (ties: strict F1) of every threshold pair over articles scored by their fold's model.
Grid BestThresholds(const std::vector<PairArticle>& arts) {
  Grid best;
  best.score.pair = -1;
  std::printf("pooled pair F1 by threshold (rows drop_below, columns add_above):\n%10s", "");
  for (double ad : kAdds) std::printf(" %5.2f", ad);
  for (double d : kDrops) {
    std::printf("\n%10.2f", d);
    for (double ad : kAdds) {
      EventScore s;
      for (const PairArticle& a : arts) s.Add(ScoreOne(a, true, d, ad));
      std::printf(" %5.3f", s.PairF1());
      const bool better =
          best.score.pair < 0 || s.PairF1() > best.score.PairF1() + 1e-9 ||
          (s.PairF1() > best.score.PairF1() - 1e-9 && s.StrictF1() > best.score.StrictF1() + 1e-9);
      if (better) best = {d, ad, s};
    }
  }
  std::printf("\n");
  return best;
}

void PrintRow(const std::string& name, const EventScore& r, const EventScore& m) {
  std::printf(
      "%-14s %4d %4d | rules P %.3f R %.3f pair %.3f strict %.3f | model P %.3f R %.3f pair %.3f strict %.3f\n",
      name.c_str(), r.gold, m.predicted, r.PairPrecision(), r.PairRecall(), r.PairF1(), r.StrictF1(),
      m.PairPrecision(), m.PairRecall(), m.PairF1(), m.StrictF1());
}

// What the decision does with the held-out scores: rule pairs dropped and new pairs added (how
// many of them gold pairs), by probability band.
void PrintDecisions(const std::vector<PairArticle>& arts, const Grid& g) {
  int rule = 0, rule_gold = 0, dropped = 0, dropped_gold = 0, other = 0, other_gold = 0;
  int band[10] = {0}, band_gold[10] = {0};
  for (const PairArticle& a : arts)
    for (size_t i = 0; i < a.candidates.size(); ++i) {
      const auto& c = a.candidates[i];
      const bool gold = a.labels[i];
      if (c.rule_event >= 0) {
        ++rule, rule_gold += gold;
        if (c.probability < g.drop) ++dropped, dropped_gold += gold;
        continue;
      }
      ++other, other_gold += gold;
      const int b = std::min(9, static_cast<int>(c.probability * 10));
      ++band[b], band_gold[b] += gold;
    }
  std::printf(
      "rule pairs %d (gold %d), dropped %d (gold %d); other pairs %d (gold %d); other pairs by probability:",
      rule, rule_gold, dropped, dropped_gold, other, other_gold);
  for (int b = 0; b < 10; ++b) std::printf(" .%d:%d/%d", b, band_gold[b], band[b]);
  std::printf("\n");
}

// Leave-one-batch-out: each batch's candidates scored by the model trained on the others (in
// place), then the thresholds; prints per batch and pooled.
Result<Grid> CrossValidate(std::vector<PairArticle>* arts, const LinearTrainOptions& o) {
  std::set<std::string> batches;
  for (const PairArticle& a : *arts) batches.insert(a.gold->batch);
  if (batches.size() < 2) return Status::InvalidArgument("--cv needs at least two --data folders");
  for (const std::string& b : batches) {
    std::vector<const PairArticle*> train;
    for (const PairArticle& a : *arts)
      if (a.gold->batch != b) train.push_back(&a);
    auto m = Train(train, o);
    if (!m.ok()) return m.status();
    normalize::PairModel pm;
    pm.model = std::move(m).value();
    for (PairArticle& a : *arts)
      if (a.gold->batch == b) normalize::ScorePairs(pm, &a.candidates);
  }
  Grid g = BestThresholds(*arts);
  std::printf("LOBO thresholds (best pooled pair F1): drop_below %.2f add_above %.2f\n", g.drop, g.add);
  std::printf("%-14s %4s %4s\n", "batch", "gold", "pred");
  EventScore rules_all, model_all;
  for (const std::string& b : batches) {
    EventScore r, m;
    for (const PairArticle& a : *arts)
      if (a.gold->batch == b) r.Add(ScoreOne(a, false, 0, 1)), m.Add(ScoreOne(a, true, g.drop, g.add));
    PrintRow(b, r, m);
    rules_all.Add(r);
    model_all.Add(m);
  }
  PrintRow("pooled", rules_all, model_all);
  PrintDecisions(*arts, g);
  return g;
}

// Aggregate only: the rules and the model on a folder never learned from.
int ScoreAggregate(const GoldRunner& runner, const std::string& dir, const normalize::PairModel& pm) {
  auto gold = ReadGoldBatch(dir);
  if (!gold.ok()) {
    std::fprintf(stderr, "hirewire-train-events: %s\n", gold.status().ToString().c_str());
    return 1;
  }
  auto arts = ReadArticles(runner, *gold);
  if (!arts.ok()) {
    std::fprintf(stderr, "hirewire-train-events: %s\n", arts.status().ToString().c_str());
    return 1;
  }
  EventScore r, m;
  for (PairArticle& a : *arts) {
    normalize::ScorePairs(pm, &a.candidates);
    r.Add(ScoreOne(a, false, 0, 1));
    m.Add(ScoreOne(a, true, pm.drop_below, pm.add_above));
  }
  std::printf("aggregate only (never learned from):\n");
  PrintRow(std::filesystem::path(dir).filename().string(), r, m);
  return 0;
}

// The folders, read and labelled.
Result<std::vector<PairArticle>> ReadAll(const GoldRunner& runner, const std::vector<std::string>& dirs,
                                         std::vector<std::vector<GoldArticle>>* gold) {
  std::vector<PairArticle> all;
  gold->reserve(dirs.size());
  for (const std::string& d : dirs) {
    auto g = ReadGoldBatch(d);
    if (!g.ok()) return g.status();
    gold->push_back(std::move(g).value());
    auto arts = ReadArticles(runner, gold->back());
    if (!arts.ok()) return arts.status();
    for (PairArticle& a : *arts) all.push_back(std::move(a));
  }
  return all;
}

std::string TableComment(const std::vector<std::string>& dirs, size_t examples, const Grid& g, bool cv) {
  std::string c =
      "Pair model of BuildEvents (normalize/event_pairs.h, docs/events_model.md): logistic weights over\n"
      "the features of a (person, organization) pair. Written by scripts/train_events.sh\n"
      "(hirewire-train-events --model pairs); do not edit by hand.\n"
      "Trained on " +
      std::to_string(examples) + " pairs of:";
  for (const std::string& d : dirs) c += " " + std::filesystem::path(d).filename().string();
  char line[200];
  if (cv)
    std::snprintf(
        line, sizeof(line),
        "\nThresholds chosen by leave-one-batch-out over those folders (best pooled pair F1 %.3f, strict %.3f).",
        g.score.PairF1(), g.score.StrictF1());
  else
    std::snprintf(line, sizeof(line), "\nThresholds given, not cross-validated.");
  return c + line;
}

int Fail(const Status& s) {
  std::fprintf(stderr, "hirewire-train-events: %s\n", s.ToString().c_str());
  return 1;
}

}  // namespace

int TrainPairs(const TrainArgs& args) {
  app::PipelineOptions po;
  po.event_options.pairs = false;  // the rule events: the model decides after them
  auto runner = GoldRunner::Create(po);
  if (!runner.ok()) return Fail(runner.status());
  std::vector<std::vector<GoldArticle>> gold;
  auto arts = ReadAll(**runner, args.data, &gold);
  if (!arts.ok()) return Fail(arts.status());
  size_t examples = 0, positives = 0;
  for (const PairArticle& a : *arts) {
    examples += a.candidates.size();
    for (bool l : a.labels) positives += l;
  }
  std::printf("%zu articles, %zu pair examples (%zu positive)\n", arts->size(), examples, positives);
  Grid g;
  if (args.cv) {
    auto cv = CrossValidate(&arts.value(), args.train);
    if (!cv.ok()) return Fail(cv.status());
    g = *cv;
  }
  std::vector<const PairArticle*> all;
  for (const PairArticle& a : *arts) all.push_back(&a);
  auto m = Train(all, args.train);
  if (!m.ok()) return Fail(m.status());
  normalize::PairModel pm;
  pm.model = std::move(m).value();
  pm.drop_below = g.drop;
  pm.add_above = g.add;
  std::printf("model: %zu features, thresholds drop_below %.2f add_above %.2f\n", pm.model.size(),
              pm.drop_below, pm.add_above);
  for (const std::string& d : args.score)
    if (int rc = ScoreAggregate(**runner, d, pm); rc != 0) return rc;
  if (!args.out.empty()) {
    Status s = app::WriteFileAtomic(args.out, pm.ToTsv(TableComment(args.data, examples, g, args.cv)));
    if (!s.ok()) return Fail(s);
    std::printf("wrote %s\n", args.out.c_str());
  }
  return 0;
}

}  // namespace hirewire::tools
