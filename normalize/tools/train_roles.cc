// `hirewire-train-events --model previous|outcome`: the role models of normalize/event_roles.h.
//
// Each article of the --data folders goes through the pipeline with the role passes off (the
// events of the rules and the pair pass). Each event that names a gold event's candidate and
// employer (score_events.py's pair matching) gives examples: one per organization candidate,
// positive when gold names it as the previous employer (previous), and one per outcome the
// event's type allows, positive for gold's outcome (outcome; one table, class-prefixed
// features). --cv trains on all batches but one and scores the held-out one through
// ApplyRoleModels + the event ledger (what `events --json` prints) for a grid of thresholds;
// the best pooled strict F1 picks the threshold written with the table (--out).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "app/files.h"
#include "normalize/event_roles.h"
#include "normalize/events.h"
#include "normalize/tools/event_gold.h"
#include "normalize/tools/train_events.h"

namespace hirewire::tools {
namespace {

using normalize::RoleModels;

// One article, read once: its events before the role passes and the gold event each names.
struct RoleArticle {
  const GoldArticle* gold = nullptr;
  Article article;
  normalize::ParagraphSentences sentences;
  std::vector<int> gold_of;  // per event: the index of the gold event it pair-matches, or -1
};

std::vector<std::string> Spellings(const Article& a, const normalize::PreviousCandidate& c) {
  std::vector<std::string> out{c.name};
  for (int ei : c.entities) {
    const Entity& e = a.entities[ei];
    out.push_back(e.name);
    out.push_back(e.canonical);
    out.insert(out.end(), e.aliases.begin(), e.aliases.end());
  }
  return out;
}

Result<std::vector<RoleArticle>> ReadAll(const GoldRunner& runner, const std::vector<std::string>& dirs,
                                         std::vector<std::vector<GoldArticle>>* gold) {
  std::vector<RoleArticle> all;
  gold->reserve(dirs.size());
  for (const std::string& d : dirs) {
    auto g = ReadGoldBatch(d);
    if (!g.ok()) return g.status();
    gold->push_back(std::move(g).value());
    for (const GoldArticle& ga : gold->back()) {
      auto a = runner.Run(ga);
      if (!a.ok()) return Status::InvalidArgument(ga.path + ": " + a.status().ToString());
      RoleArticle ra;
      ra.gold = &ga;
      ra.article = std::move(a).value();
      ra.sentences = normalize::ArticleSentences(ra.article);
      for (const Event& e : ra.article.events) {
        int match = -1;
        for (size_t gi = 0; gi < ga.events.size() && match < 0; ++gi)
          if (PairMatch(ga.events[gi], e)) match = static_cast<int>(gi);
        ra.gold_of.push_back(match);
      }
      all.push_back(std::move(ra));
    }
  }
  return all;
}

void PreviousExamples(const RoleArticle& a, std::vector<LinearExample>* out) {
  const std::vector<Event>& ev = a.article.events;
  for (size_t i = 0; i < ev.size(); ++i) {
    if (a.gold_of[i] < 0) continue;
    const GoldEvent& g = a.gold->events[a.gold_of[i]];
    for (const auto& c : normalize::PreviousCandidates(a.article, a.sentences, ev, i))
      out->push_back({c.features, !g.previous_employer.empty() &&
                                      GoldNameOk(g.previous_employer, Spellings(a.article, c), false)});
  }
}

void OutcomeExamples(const RoleArticle& a, std::vector<LinearExample>* out) {
  const std::vector<Event>& ev = a.article.events;
  for (size_t i = 0; i < ev.size(); ++i) {
    if (a.gold_of[i] < 0) continue;
    Outcome want;
    if (!ParseOutcome(a.gold->events[a.gold_of[i]].outcome, &want)) continue;
    std::vector<Outcome> allowed = normalize::AllowedOutcomes(ev[i].type);
    if (allowed.size() < 2 || std::find(allowed.begin(), allowed.end(), want) == allowed.end()) continue;
    std::vector<std::string> f = normalize::OutcomeFeatures(a.article, a.sentences, ev, i);
    for (Outcome o : allowed) out->push_back({normalize::OutcomeClassFeatures(o, f), o == want});
  }
}

// The role models trained on `arts` (the model named by `which`; the other table empty).
Result<RoleModels> Train(const std::vector<const RoleArticle*>& arts, const std::string& which,
                         const LinearTrainOptions& o) {
  std::vector<LinearExample> ex;
  for (const RoleArticle* a : arts)
    which == "previous" ? PreviousExamples(*a, &ex) : OutcomeExamples(*a, &ex);
  auto m = TrainLogistic(ex, o);
  if (!m.ok()) return m.status();
  RoleModels rm;
  (which == "previous" ? rm.previous : rm.outcome) = std::move(m).value();
  return rm;
}

// Matched events (greedy pair matching on the printed events) with the right previous employer
// and the right outcome.
struct RoleScore {
  EventScore events;
  int matched = 0, previous_ok = 0, outcome_ok = 0;
  void Add(const RoleScore& o) {
    events.Add(o.events);
    matched += o.matched, previous_ok += o.previous_ok, outcome_ok += o.outcome_ok;
  }
};

RoleScore ScoreOne(const RoleArticle& a, const RoleModels* m, const std::string& which) {
  std::vector<Event> ev = a.article.events;
  if (m)
    normalize::ApplyRoleModels(a.article, a.sentences, *m, {which == "previous", which == "outcome"}, &ev);
  if (m) {
    for (Event& e : ev) e.previous_employer_aliases = normalize::OwnSpellings(a.article, e.previous_employer);
  }
  std::vector<Event> printed = LedgerEvents(a.article, std::move(ev));
  RoleScore s;
  s.events = ScoreArticle(a.gold->events, printed);
  std::vector<bool> used(printed.size(), false);
  for (const GoldEvent& g : a.gold->events)
    for (size_t i = 0; i < printed.size(); ++i) {
      if (used[i] || !PairMatch(g, printed[i])) continue;
      used[i] = true;
      ++s.matched;
      std::vector<std::string> prev{printed[i].previous_employer};
      prev.insert(prev.end(), printed[i].previous_employer_aliases.begin(),
                  printed[i].previous_employer_aliases.end());
      s.previous_ok += GoldNameOk(g.previous_employer, prev);
      s.outcome_ok += g.outcome == OutcomeName(printed[i].outcome);
      break;
    }
  return s;
}

void PrintRow(const std::string& name, const RoleScore& r, const RoleScore& m) {
  auto share = [](int a, int b) { return b ? 1.0 * a / b : 1.0; };
  std::printf(
      "%-12s %4d %4d | rules strict %.3f prev %.3f outcome %.3f | model strict %.3f prev %.3f outcome %.3f\n",
      name.c_str(), r.events.gold, r.matched, r.events.StrictF1(), share(r.previous_ok, r.matched),
      share(r.outcome_ok, r.matched), m.events.StrictF1(), share(m.previous_ok, m.matched),
      share(m.outcome_ok, m.matched));
}

constexpr double kPreviousThresholds[] = {0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7};
constexpr double kKeepThresholds[] = {0.1, 0.15, 0.2, 1.0};  // 1.0: the threshold itself
constexpr double kSwitchMargins[] = {0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0};

// previous: threshold and keep threshold; outcome: the switch margin (keep unused).
struct Thresholds {
  double main = 0, keep = 1;
  void Set(const std::string& which, RoleModels* m) const {
    if (which == "previous") {
      m->previous_threshold = main;
      m->previous_keep = std::min(keep, main);
    } else {
      m->outcome_switch = main;
    }
  }
};

std::vector<Thresholds> Grid(const std::string& which) {
  std::vector<Thresholds> out;
  if (which != "previous") {
    for (double t : kSwitchMargins) out.push_back({t, 1});
    return out;
  }
  for (double t : kPreviousThresholds)
    for (double k : kKeepThresholds)
      if (k >= t || k == 1.0) {
        if (k == 1.0) out.push_back({t, 1});
      } else {
        out.push_back({t, k});
      }
  return out;
}

// Leave-one-batch-out: per batch the model trained on the others; the thresholds with the best
// pooled strict F1 over every held-out article. Prints per batch and pooled; returns them.
Result<Thresholds> CrossValidate(const std::vector<RoleArticle>& arts, const std::string& which,
                                 const LinearTrainOptions& o) {
  std::set<std::string> batches;
  for (const RoleArticle& a : arts) batches.insert(a.gold->batch);
  if (batches.size() < 2) return Status::InvalidArgument("--cv needs at least two --data folders");
  std::vector<RoleModels> fold(arts.size());
  for (const std::string& b : batches) {
    std::vector<const RoleArticle*> train;
    for (const RoleArticle& a : arts)
      if (a.gold->batch != b) train.push_back(&a);
    auto m = Train(train, which, o);
    if (!m.ok()) return m.status();
    for (size_t i = 0; i < arts.size(); ++i)
      if (arts[i].gold->batch == b) fold[i] = *m;
  }
  Thresholds best;
  double best_f = -1;
  for (const Thresholds& t : Grid(which)) {
    RoleScore s;
    for (size_t i = 0; i < arts.size(); ++i) {
      t.Set(which, &fold[i]);
      s.Add(ScoreOne(arts[i], &fold[i], which));
    }
    std::printf("  threshold %.2f keep %.2f: pooled strict %.4f\n", t.main, std::min(t.keep, t.main),
                s.events.StrictF1());
    if (s.events.StrictF1() > best_f + 1e-9) best_f = s.events.StrictF1(), best = t;
  }
  std::printf("LOBO %s thresholds (best pooled strict F1): %.2f keep %.2f\n", which.c_str(), best.main,
              std::min(best.keep, best.main));
  RoleScore rules_all, model_all;
  for (const std::string& b : batches) {
    RoleScore r, m;
    for (size_t i = 0; i < arts.size(); ++i) {
      if (arts[i].gold->batch != b) continue;
      best.Set(which, &fold[i]);
      r.Add(ScoreOne(arts[i], nullptr, which));
      m.Add(ScoreOne(arts[i], &fold[i], which));
    }
    PrintRow(b, r, m);
    rules_all.Add(r), model_all.Add(m);
  }
  PrintRow("pooled", rules_all, model_all);
  return best;
}

std::string TableComment(const std::string& which, const std::vector<std::string>& dirs, size_t examples,
                         bool cv) {
  std::string c =
      std::string(which == "previous" ? "Previous-employer" : "Outcome") +
      " model of BuildEvents (normalize/event_roles.h, docs/events_model.md): logistic\n"
      "weights" +
      (which == "outcome" ? std::string(" per outcome (class-prefixed features)") : std::string()) +
      ". Written by scripts/train_events.sh (hirewire-train-events --model " + which +
      "); do not edit by hand.\nTrained on " + std::to_string(examples) + " examples of:";
  for (const std::string& d : dirs) c += " " + std::filesystem::path(d).filename().string();
  c += cv ? "\nThreshold chosen by leave-one-batch-out over those folders (best pooled strict F1)."
          : "\nThreshold given, not cross-validated.";
  return c;
}

int Fail(const Status& s) {
  std::fprintf(stderr, "hirewire-train-events: %s\n", s.ToString().c_str());
  return 1;
}

int TrainRoles(const TrainArgs& args, const std::string& which) {
  app::PipelineOptions po;
  // the models decide after the rules
  po.event_options.previous_model = po.event_options.outcome_model = false;
  auto runner = GoldRunner::Create(po);
  if (!runner.ok()) return Fail(runner.status());
  std::vector<std::vector<GoldArticle>> gold;
  auto arts = ReadAll(**runner, args.data, &gold);
  if (!arts.ok()) return Fail(arts.status());
  std::vector<const RoleArticle*> all;
  for (const RoleArticle& a : *arts) all.push_back(&a);
  std::vector<LinearExample> ex;
  for (const RoleArticle* a : all) which == "previous" ? PreviousExamples(*a, &ex) : OutcomeExamples(*a, &ex);
  size_t positives = 0;
  for (const LinearExample& e : ex) positives += e.positive;
  std::printf("%zu articles, %zu %s examples (%zu positive)\n", arts->size(), ex.size(), which.c_str(),
              positives);
  Thresholds threshold{which == "previous" ? 0.5 : 0.0, 1};
  if (args.cv) {
    auto t = CrossValidate(*arts, which, args.train);
    if (!t.ok()) return Fail(t.status());
    threshold = *t;
  }
  auto m = Train(all, which, args.train);
  if (!m.ok()) return Fail(m.status());
  const LinearModel& model = which == "previous" ? m->previous : m->outcome;
  std::printf("model: %zu features, threshold %.2f\n", model.size(), threshold.main);
  RoleModels shipped = *m;
  threshold.Set(which, &shipped);
  for (const std::string& d : args.score) {
    std::vector<std::vector<GoldArticle>> held;
    auto scored = ReadAll(**runner, {d}, &held);
    if (!scored.ok()) return Fail(scored.status());
    RoleScore r, s;
    for (const RoleArticle& a : *scored)
      r.Add(ScoreOne(a, nullptr, which)), s.Add(ScoreOne(a, &shipped, which));
    std::printf("aggregate only (never learned from):\n");
    PrintRow(std::filesystem::path(d).filename().string(), r, s);
  }
  if (!args.out.empty()) {
    std::string comment = TableComment(which, args.data, ex.size(), args.cv);
    if (which == "previous") {
      char keep[64];
      std::snprintf(keep, sizeof keep, "\nthreshold keep=%.4g", shipped.previous_keep);
      comment += keep;
    }
    std::string tsv =
        RoleModels::ToTsv(model, which == "previous" ? "previous" : "switch", threshold.main, comment);
    Status s = app::WriteFileAtomic(args.out, tsv);
    if (!s.ok()) return Fail(s);
    std::printf("wrote %s\n", args.out.c_str());
  }
  return 0;
}

}  // namespace

int TrainPrevious(const TrainArgs& args) { return TrainRoles(args, "previous"); }
int TrainOutcome(const TrainArgs& args) { return TrainRoles(args, "outcome"); }

}  // namespace hirewire::tools
