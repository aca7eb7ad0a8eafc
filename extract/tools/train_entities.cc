// hirewire-train-entities: trains the keep/type step of the entity recognizer
// (extract/entity_keep.h) on the annotated pages of the repository and writes
// extract/data/entity_keep.tsv. Deterministic (liblinear, no randomness, no clock).
//
// Sets (read as scripts/score_entities.py and tests/scripts/lib/entities_batch.sh read them):
//   own     tests/data/entities/*.txt + .json   hiring articles; gold organizations are partial
//                                              there, so an unmatched predicted `organization`
//                                              is no example and not scored (as the golden test)
//   fundus  tests/data/entities-fundus/gold.jsonl, pages of SHARED/corpus/fundus-dev/gold-dev.jsonl
//   bN, dN  tests/data/entities-bN (-dN)/gold.jsonl, pages of fundus-dev plus the set's pages.jsonl
//           (every tests/data/entities-* batch by default; --set chooses, --holdout keeps sets out
//           of training and of the threshold choice and scores them at the end)
// Labels: one-to-one greedy matching in gold order by any surface (case, spaces, dots, middle
// dots, hyphens, apostrophes ignored): a matched entity is kept and has the gold's type.
//
//   hirewire-train-entities --root . --shared ../shared --out extract/data/entity_keep.tsv [--cv]
//                           [--holdout b10] [--baseline OLD_TABLE] [--sweep] [--errors]
// --cv: leave-one-set-out. For each set, train on the others, apply the model through the
// recognizer (EntityOptions::model) on the held-out set and score it typed as
// score_entities.py does; the keep threshold and type margin are chosen by the mean held-out F1,
// and the table trained on all sets carries them.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "app/files.h"
#include "corpus/train/linear_train.h"
#include "extract/entities.h"
#include "extract/entity_keep.h"
#include "extract/language.h"

namespace fs = std::filesystem;
using hirewire::Article;
using hirewire::Entity;
using hirewire::EntityType;
using hirewire::Status;
namespace app = hirewire::app;
using hirewire::LinearExample;
using hirewire::extract::EntityKeepModel;
using hirewire::extract::EntityOptions;
using hirewire::extract::EntityRecognizer;

namespace {

struct GoldEntity {
  std::string kind;  // person | organization
  std::set<std::string> keys;
  bool scored = true;  // own set: organizations are not scored
};

struct Page {
  std::string id;
  Article article;
  std::vector<GoldEntity> gold;
  bool partial_orgs = false;  // own set
  std::vector<Entity> cands;  // the recognizer before the keep step
  std::vector<std::vector<std::string>> features;
};

struct Set {
  std::string name;
  std::vector<Page> pages;
};

std::string Key(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == ' ' || c == '.' || c == '-' || c == '\'') continue;
    if (s.compare(i, 2, "\xC2\xB7") == 0) {
      ++i;
      continue;
    }
    if (s.compare(i, 3, "\xE2\x80\x99") == 0) {
      i += 2;
      continue;
    }
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  }
  return out;
}

// The gold's two kinds: "person", or "organization" for every other type.
std::string Kind(EntityType type) { return type == EntityType::kPerson ? "person" : "organization"; }

// The file's bytes into `out`; false when it cannot be read (app/files.h).
bool ReadFile(const fs::path& path, std::string* out) {
  auto r = app::ReadFile(path.string());
  if (!r.ok()) return false;
  *out = std::move(r).value();
  return true;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line))
    if (!line.empty()) out.push_back(line);
  return out;
}

// Paragraphs as `hirewire entities` reads its input: one per line, trimmed, blank lines skipped.
void AddParagraphs(const std::string& text, Article* a) {
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const size_t x = line.find_first_not_of(" \t");
    if (x == std::string::npos) continue;
    const size_t y = line.find_last_not_of(" \t");
    a->paragraphs.push_back(line.substr(x, y - x + 1));
  }
}

std::vector<GoldEntity> GoldOf(const nlohmann::json& entities, bool partial_orgs) {
  std::vector<GoldEntity> out;
  for (const auto& x : entities) {
    GoldEntity g;
    const std::string gold_type = x.value("type", "");  // the gold file's type name
    g.kind = gold_type == "person" ? "person" : "organization";
    g.scored = !(partial_orgs && gold_type == "organization");
    for (const auto& s : x["surfaces"]) g.keys.insert(Key(s.get<std::string>()));
    out.push_back(std::move(g));
  }
  return out;
}

bool LoadOwn(const fs::path& dir, Set* set) {
  std::vector<fs::path> files;
  for (const auto& f : fs::directory_iterator(dir))
    if (f.path().extension() == ".txt") files.push_back(f.path());
  std::sort(files.begin(), files.end());
  for (const fs::path& txt : files) {
    fs::path json = txt;
    json.replace_extension(".json");
    std::string text, gold;
    if (!ReadFile(txt, &text) || !ReadFile(json, &gold)) {
      std::fprintf(stderr, "cannot read %s or its .json\n", txt.c_str());
      return false;
    }
    const nlohmann::json g = nlohmann::json::parse(gold);
    Page p;
    p.id = txt.filename().string();
    p.partial_orgs = true;
    p.article.language = g.value("language", "");
    AddParagraphs(text, &p.article);
    p.gold = GoldOf(g["entities"], true);
    set->pages.push_back(std::move(p));
  }
  return !set->pages.empty();
}

// Pages by id: title + body paragraphs joined by newlines (a body given as one string is split at
// blank lines, as tests/scripts/lib/entities_batch.sh does).
void AddPages(const std::string& jsonl, std::map<std::string, std::string>* pages) {
  for (const std::string& line : Lines(jsonl)) {
    const nlohmann::json r = nlohmann::json::parse(line);
    std::string text = r.contains("title") && r["title"].is_string() ? r["title"].get<std::string>() : "";
    std::vector<std::string> body;
    if (r.contains("body") && r["body"].is_array()) {
      for (const auto& b : r["body"]) body.push_back(b.get<std::string>());
    } else if (r.contains("body") && r["body"].is_string()) {
      std::string s = r["body"].get<std::string>();
      for (size_t at = 0; at <= s.size();) {
        size_t e = s.find("\n\n", at);
        if (e == std::string::npos) e = s.size();
        body.push_back(s.substr(at, e - at));
        at = e + 2;
      }
    }
    for (const std::string& b : body) text += "\n" + b;
    (*pages)[r["id"].get<std::string>()] = text;
  }
}

bool LoadBatch(const fs::path& dir, const std::string& fundus, Set* set) {
  std::map<std::string, std::string> pages;
  AddPages(fundus, &pages);
  std::string own, gold;
  if (ReadFile(dir / "pages.jsonl", &own)) AddPages(own, &pages);
  if (!ReadFile(dir / "gold.jsonl", &gold)) {
    std::fprintf(stderr, "cannot read %s\n", (dir / "gold.jsonl").c_str());
    return false;
  }
  for (const std::string& line : Lines(gold)) {
    const nlohmann::json g = nlohmann::json::parse(line);
    Page p;
    p.id = g["id"].get<std::string>();
    auto it = pages.find(p.id);
    if (it == pages.end()) {
      std::fprintf(stderr, "%s: page %s not found\n", dir.c_str(), p.id.c_str());
      return false;
    }
    p.article.language = hirewire::extract::NormalizeLanguageTag(g.value("lang", ""));
    AddParagraphs(it->second, &p.article);
    p.gold = GoldOf(g["entities"], false);
    set->pages.push_back(std::move(p));
  }
  return !set->pages.empty();
}

std::set<std::string> KeysOf(const Entity& e) {
  std::set<std::string> k = {Key(e.name), Key(e.canonical)};
  for (const std::string& a : e.aliases) k.insert(Key(a));
  for (const auto& m : e.mentions) k.insert(Key(m.surface));
  k.erase("");
  return k;
}

bool Shares(const std::set<std::string>& a, const std::set<std::string>& b) {
  for (const std::string& x : a)
    if (b.count(x)) return true;
  return false;
}

// Per entity of `pred`: the index of the gold entity it matches (-1 none), one-to-one greedy in
// gold order; `typed`: only a gold of the entity's kind matches (the scorer), else any kind (the
// labels).
std::vector<int> Match(const Page& p, const std::vector<Entity>& pred, bool typed) {
  std::vector<int> out(pred.size(), -1);
  std::vector<std::set<std::string>> keys;
  for (const Entity& e : pred) keys.push_back(KeysOf(e));
  for (size_t g = 0; g < p.gold.size(); ++g) {
    for (size_t i = 0; i < pred.size(); ++i) {
      if (out[i] >= 0 || (typed && Kind(pred[i].type) != p.gold[g].kind) || !Shares(keys[i], p.gold[g].keys))
        continue;
      out[i] = static_cast<int>(g);
      break;
    }
  }
  return out;
}

struct Counts {
  int matched[2] = {0, 0}, predicted[2] = {0, 0}, gold[2] = {0, 0};  // [person, organization]
  void Add(const Counts& o) {
    for (int k = 0; k < 2; ++k) {
      matched[k] += o.matched[k];
      predicted[k] += o.predicted[k];
      gold[k] += o.gold[k];
    }
  }
  static double F1(int m, int p, int g) {
    const double pr = p ? 1.0 * m / p : 1.0, re = g ? 1.0 * m / g : 1.0;
    return pr + re > 0 ? 2 * pr * re / (pr + re) : 0.0;
  }
  double TypedF1() const {
    return F1(matched[0] + matched[1], predicted[0] + predicted[1], gold[0] + gold[1]);
  }
  double TypedP() const {
    const int p = predicted[0] + predicted[1];
    return p ? 1.0 * (matched[0] + matched[1]) / p : 1.0;
  }
  std::string Row() const {
    auto cell = [](int m, int p, int g) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "P %.3f R %.3f F1 %.3f", p ? 1.0 * m / p : 1.0, g ? 1.0 * m / g : 1.0,
                    F1(m, p, g));
      return std::string(buf);
    };
    return "typed " + cell(matched[0] + matched[1], predicted[0] + predicted[1], gold[0] + gold[1]) +
           " | person " + cell(matched[0], predicted[0], gold[0]) + " | org " +
           cell(matched[1], predicted[1], gold[1]);
  }
};

// Scores one page as score_entities.py. Own set, as its golden test: gold `organization`
// entries and predicted `organization` entities are not scored, nor is a prediction matching an
// unscored gold entry.
Counts Score(const Page& p, const std::vector<Entity>& pred) {
  Counts c;
  const std::vector<int> hit = Match(p, pred, true);
  for (size_t i = 0; i < pred.size(); ++i) {
    if (p.partial_orgs &&
        (pred[i].type == EntityType::kOrganization || (hit[i] >= 0 && !p.gold[hit[i]].scored)))
      continue;
    const int k = Kind(pred[i].type) == "person" ? 0 : 1;
    ++c.predicted[k];
    c.matched[k] += hit[i] >= 0;
  }
  for (const GoldEntity& g : p.gold)
    if (g.scored) ++c.gold[g.kind == "person" ? 0 : 1];
  return c;
}

void AddExamples(const Set& s, std::vector<LinearExample>* keep, std::vector<LinearExample>* person) {
  for (const Page& p : s.pages) {
    const std::vector<int> label = Match(p, p.cands, false);
    for (size_t i = 0; i < p.cands.size(); ++i) {
      if (p.partial_orgs && label[i] < 0 && p.cands[i].type == EntityType::kOrganization) continue;
      keep->push_back({p.features[i], label[i] >= 0});
      if (label[i] >= 0) person->push_back({p.features[i], p.gold[label[i]].kind == "person"});
    }
  }
}

struct TrainConfig {
  double c = 0.3;
  int min_count = 2;
  bool sweep = false;                             // print every threshold and margin tried
  bool errors = false;                            // print each fold's held-out FALSE and LOST candidates
  bool offer_low = true, revive_dropped = false;  // EntityOptions
};

bool Train(const std::vector<const Set*>& sets, const TrainConfig& cfg, EntityKeepModel* m) {
  std::vector<LinearExample> keep, person;
  for (const Set* s : sets) AddExamples(*s, &keep, &person);
  hirewire::LinearTrainOptions opt;
  opt.c = cfg.c;
  opt.min_count = cfg.min_count;
  auto k = hirewire::TrainLogistic(keep, opt);
  auto p = hirewire::TrainLogistic(person, opt);
  if (!k.ok() || !p.ok()) {
    std::fprintf(stderr, "training failed: %s\n", (!k.ok() ? k.status() : p.status()).ToString().c_str());
    return false;
  }
  m->keep = std::move(k).value();
  m->person = std::move(p).value();
  return true;
}

// A fold's model read once on every candidate of a set: the sweep of thresholds and margins then
// applies EntityKeepModel::Apply's rule without recomputing margins.
struct SetScores {
  std::vector<std::vector<double>> keep, person;  // [page][candidate]: keep probability, person margin
  std::vector<std::vector<char>> offered;
};

SetScores ScoreCandidates(const Set& s, const EntityKeepModel& m) {
  SetScores out;
  for (const Page& p : s.pages) {
    out.keep.emplace_back();
    out.person.emplace_back();
    out.offered.emplace_back();
    for (const auto& f : p.features) {
      out.keep.back().push_back(m.KeepProbability(f));
      out.person.back().push_back(m.PersonMargin(f));
      out.offered.back().push_back(std::find(f.begin(), f.end(), hirewire::extract::kOfferedFeature) !=
                                   f.end());
    }
  }
  return out;
}

// The set's score with these thresholds (EntityKeepModel::Apply on the candidates).
Counts ScoreSet(const Set& s, const SetScores& sc, double threshold, double offered, double margin) {
  Counts total;
  for (size_t pi = 0; pi < s.pages.size(); ++pi) {
    const Page& p = s.pages[pi];
    std::vector<Entity> pred;
    for (size_t i = 0; i < p.cands.size(); ++i) {
      if (sc.keep[pi][i] < (sc.offered[pi][i] ? offered : threshold)) continue;
      pred.push_back(p.cands[i]);
      if (margin >= 1e8) continue;
      const double mg = sc.person[pi][i];
      if (pred.back().type == EntityType::kPerson && mg < -margin)
        pred.back().type = EntityType::kOrganization;
      else if (pred.back().type != EntityType::kPerson && mg > margin)
        pred.back().type = EntityType::kPerson;
    }
    total.Add(Score(p, pred));
  }
  return total;
}

// The best any keep/type step can do on these candidates: the matching ones, typed as the gold.
Counts ScoreOracle(const Set& s) {
  Counts total;
  for (const Page& p : s.pages) {
    const std::vector<int> label = Match(p, p.cands, false);
    std::vector<Entity> pred;
    for (size_t i = 0; i < p.cands.size(); ++i)
      if (label[i] >= 0) {
        pred.push_back(p.cands[i]);
        pred.back().type = p.gold[label[i]].kind == "person" ? EntityType::kPerson : EntityType::kCompany;
      }
    total.Add(Score(p, pred));
  }
  return total;
}

// The same held-out score through the recognizer itself (EntityOptions::model).
Counts ScoreSetThroughRecognizer(const Set& s, const EntityKeepModel* m, const TrainConfig& cfg) {
  EntityOptions o;
  o.offer_low = cfg.offer_low;
  o.revive_dropped = cfg.revive_dropped;
  o.model = m;
  o.keep_model = m != nullptr;
  auto rec = EntityRecognizer::Create(o);
  Counts total;
  if (!rec.ok()) return total;
  for (const Page& p : s.pages) total.Add(Score(p, (*rec)->Recognize(p.article)));
  return total;
}

struct Choice {
  double threshold = 0.0, offered = 1.1, margin = 1e9, mean_f1 = 0.0;
  std::string table;  // the per-set held-out figures, current vs model
};

const double kThresholds[] = {0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6};
const double kOffered[] = {1.1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3};  // ties keep offered entities out
const double kMargins[] = {1e9, 4.0, 3.0, 2.0, 1.5, 1.0, 0.5};       // ties keep the recognizer's types

// The held-out candidates the fold keeps that match no gold entity (FALSE) and those it drops
// that match one (LOST), with their keep probability and features.
void PrintErrors(const Set& s, const SetScores& sc, double threshold, double offered) {
  for (size_t pi = 0; pi < s.pages.size(); ++pi) {
    const Page& p = s.pages[pi];
    const std::vector<int> label = Match(p, p.cands, false);
    for (size_t i = 0; i < p.cands.size(); ++i) {
      if (p.partial_orgs && label[i] < 0 && p.cands[i].type == EntityType::kOrganization) continue;
      const bool kept = sc.keep[pi][i] >= (sc.offered[pi][i] ? offered : threshold);
      if (kept == (label[i] >= 0)) continue;
      std::printf("%s %s %s p=%.2f %s %s:", kept ? "FALSE" : "LOST", s.name.c_str(), p.id.c_str(),
                  sc.keep[pi][i], std::string(hirewire::EntityTypeName(p.cands[i].type)).c_str(),
                  p.cands[i].name.c_str());
      for (const std::string& f : p.features[i])
        if (f.find('|') == std::string::npos) std::printf(" %s", f.c_str());
      std::printf("\n");
    }
  }
}

// One held-out row: the recognizer without the step, with the baseline table (when given), with
// the fold's table, and the oracle.
std::string HeldOutRows(const Set& s, const EntityKeepModel* baseline, const EntityKeepModel& model,
                        const TrainConfig& cfg, double* base_f1, double* model_f1) {
  const Counts base = ScoreSetThroughRecognizer(s, nullptr, cfg);
  const Counts fold = ScoreSetThroughRecognizer(s, &model, cfg);
  *base_f1 = base.TypedF1();
  *model_f1 = fold.TypedF1();
  std::string out =
      s.name + std::string(s.name.size() < 8 ? 8 - s.name.size() : 1, ' ') + "no step  " + base.Row() + "\n";
  if (baseline) out += "        shipped  " + ScoreSetThroughRecognizer(s, baseline, cfg).Row() + "\n";
  out += "        model    " + fold.Row() + "\n";
  out += "        oracle   " + ScoreOracle(s).Row() + "\n";
  return out;
}

// Leave-one-set-out: folds[i] trained without set i; the threshold, offered threshold and margin
// with the best mean held-out typed F1 (on the candidates; ties keep the more timid choice);
// prints the table (through the recognizer). `fixed` (>= 0): the table shows those instead.
Choice CrossValidate(const std::vector<Set>& sets, const TrainConfig& cfg, const Choice& fixed,
                     const EntityKeepModel* baseline) {
  std::vector<EntityKeepModel> folds(sets.size());
  std::vector<SetScores> scores(sets.size());
  for (size_t h = 0; h < sets.size(); ++h) {
    std::vector<const Set*> train;
    for (size_t j = 0; j < sets.size(); ++j)
      if (j != h) train.push_back(&sets[j]);
    if (!Train(train, cfg, &folds[h])) std::exit(1);
    scores[h] = ScoreCandidates(sets[h], folds[h]);
  }
  Choice best;
  best.mean_f1 = -1;
  for (double t : kThresholds)
    for (double o : kOffered)
      for (double mg : kMargins) {
        double sum = 0, psum = 0;
        std::string row;
        for (size_t h = 0; h < sets.size(); ++h) {
          const Counts c = ScoreSet(sets[h], scores[h], t, o, mg);
          sum += c.TypedF1();
          psum += c.TypedP();
          row += " " + sets[h].name + " " + std::to_string(c.TypedF1()).substr(0, 5);
        }
        if (cfg.sweep)
          std::printf("  threshold %.2f offered %.2f margin %g:%s mean F1 %.4f mean P %.4f\n", t, o, mg,
                      row.c_str(), sum / sets.size(), psum / sets.size());
        if (sum / sets.size() > best.mean_f1 + 1e-9) best = {t, o, mg, sum / sets.size(), ""};
      }
  std::printf(
      "leave-one-set-out (C %.2f, min count %d): keep threshold %.2f, offered threshold %.2f, type margin %g, "
      "mean held-out typed F1 %.4f\n",
      cfg.c, cfg.min_count, best.threshold, best.offered, best.margin, best.mean_f1);
  std::fflush(stdout);
  if (fixed.threshold >= 0) best.threshold = fixed.threshold;
  if (fixed.offered >= 0) best.offered = fixed.offered;
  if (fixed.margin >= 0) best.margin = fixed.margin;
  best.mean_f1 = 0;
  double base_sum = 0;
  for (size_t h = 0; h < sets.size(); ++h) {
    folds[h].keep_threshold = best.threshold;
    folds[h].offered_threshold = best.offered;
    folds[h].type_margin = best.margin;
    double base = 0, model = 0;
    best.table += HeldOutRows(sets[h], baseline, folds[h], cfg, &base, &model);
    if (cfg.errors) PrintErrors(sets[h], scores[h], best.threshold, best.offered);
    base_sum += base;
    best.mean_f1 += model / sets.size();
  }
  char buf[256];
  std::snprintf(buf, sizeof buf,
                "mean typed F1: no step %.3f, model %.3f (keep threshold %.2f, offered %.2f, type margin %g)",
                base_sum / sets.size(), best.mean_f1, best.threshold, best.offered, best.margin);
  best.table += buf;
  std::printf("%s\n", best.table.c_str());
  return best;
}

// The table written atomically (app/files.h: temp name, fsync, rename); false with a message.
bool WriteAtomic(const std::string& path, const std::string& bytes) {
  if (Status st = app::WriteFileAtomic(path, bytes); !st.ok()) {
    std::fprintf(stderr, "hirewire-train-entities: %s\n", st.ToString().c_str());
    return false;
  }
  return true;
}

// The batch sets of tests/data (entities-fundus, -bN, -dN), in order: fundus, then b and d by
// number. Their names drop the "entities-" prefix.
std::vector<std::string> BatchNames(const fs::path& root) {
  std::vector<std::pair<std::string, int>> found;
  for (const auto& f : fs::directory_iterator(root / "tests/data")) {
    const std::string n = f.path().filename().string();
    if (!n.starts_with("entities-") || !fs::exists(f.path() / "gold.jsonl")) continue;
    const std::string b = n.substr(9);
    int num = -1;
    if (b.size() > 1 && (b[0] == 'b' || b[0] == 'd') &&
        b.find_first_not_of("0123456789", 1) == std::string::npos)
      num = std::stoi(b.substr(1));
    found.push_back({b, num});
  }
  std::sort(found.begin(), found.end(), [](const auto& x, const auto& y) {
    const char a = x.second < 0 ? ' ' : x.first[0], b = y.second < 0 ? ' ' : y.first[0];
    return a != b ? a < b : x.second != y.second ? x.second < y.second : x.first < y.first;
  });
  std::vector<std::string> out;
  for (const auto& [n, num] : found) out.push_back(n);
  return out;
}

// `names` empty: own and every batch set. A name is "own", a batch of tests/data without its
// "entities-" prefix, or a directory holding gold.jsonl and pages.jsonl (named by its last part).
bool LoadSets(const fs::path& root, const fs::path& shared, std::vector<std::string> names,
              std::vector<Set>* sets) {
  std::string fundus;
  const fs::path fpath = shared / "corpus/fundus-dev/gold-dev.jsonl";
  if (!ReadFile(fpath, &fundus)) {
    std::fprintf(stderr, "cannot read %s\n", fpath.c_str());
    return false;
  }
  if (names.empty()) {
    names = BatchNames(root);
    names.insert(names.begin(), "own");
  }
  for (const std::string& n : names) {
    if (n == "own") {
      sets->push_back({"own", {}});
      if (!LoadOwn(root / "tests/data/entities", &sets->back())) return false;
      continue;
    }
    const bool dir = n.find('/') != std::string::npos;
    const fs::path path = dir ? fs::path(n) : root / "tests/data" / ("entities-" + n);
    std::string name = dir ? fs::path(n).filename().string() : n;
    if (name.starts_with("entities-")) name = name.substr(9);
    sets->push_back({name, {}});
    if (!LoadBatch(path, fundus, &sets->back())) return false;
  }
  return true;
}

}  // namespace

// --dump: the candidates of page `id` with their gold labels and features.
void DumpPage(const std::vector<Set>& sets, const std::vector<Set>& holdout, const std::string& id) {
  for (const std::vector<Set>* group : {&sets, &holdout})
    for (const Set& s : *group)
      for (const Page& p : s.pages) {
        if (p.id != id) continue;
        const std::vector<int> label = Match(p, p.cands, false);
        for (size_t i = 0; i < p.cands.size(); ++i) {
          std::printf("%s %s %s:", label[i] < 0 ? "-" : p.gold[label[i]].kind.c_str(),
                      std::string(hirewire::EntityTypeName(p.cands[i].type)).c_str(),
                      p.cands[i].name.c_str());
          for (const std::string& f : p.features[i]) std::printf(" %s", f.c_str());
          std::printf("\n");
        }
      }
}

int main(int argc, char** argv) {
  CLI::App app{"Trains the entity keep/type table (extract/data/entity_keep.tsv)"};
  std::string root = ".", shared = "../shared", out, dump, baseline_path;
  std::vector<std::string> names, holdout_names;
  bool cv = false;
  TrainConfig cfg;
  double threshold = -1, offered = -1, margin = -1;
  app.add_option("--root", root, "Repository root (tests/data/entities*)");
  app.add_option("--shared", shared, "Shared data (corpus/fundus-dev/gold-dev.jsonl)");
  app.add_option("--out", out, "Table to write (extract/data/entity_keep.tsv)");
  app.add_option("--set", names,
                 "Sets to train on (own, fundus, b2, d7, or a directory with gold.jsonl and "
                 "pages.jsonl; default: own and every tests/data/entities-* batch)");
  app.add_option("--holdout", holdout_names,
                 "Sets kept out of training and threshold choice, scored at the end "
                 "with the table trained on the others");
  app.add_option("--baseline", baseline_path,
                 "A keep table to score beside the new one (e.g. the shipped one)");
  app.add_option("--dump", dump, "Print the candidates of this page id with their labels and features");
  app.add_flag("--cv", cv,
               "Leave-one-set-out evaluation; its choice of threshold and margin goes into --out");
  app.add_option("--c", cfg.c, "Inverse L2 strength");
  app.add_flag("!--no-low", cfg.offer_low, "Do not offer the tagger's low-score spans");
  app.add_flag("--revive", cfg.revive_dropped,
               "Also offer the candidates the article-level checks drop (EntityOptions)");
  app.add_flag("--sweep", cfg.sweep, "Print the held-out F1 of every threshold and margin tried");
  app.add_flag("--errors", cfg.errors,
               "Print each fold's held-out candidates kept without a gold match and dropped with one");
  app.add_option("--min-count", cfg.min_count, "Drop features seen in fewer examples");
  app.add_option("--threshold", threshold, "Keep threshold (default: chosen by --cv)");
  app.add_option("--offered", offered, "Offered threshold (default: chosen by --cv)");
  app.add_option("--margin", margin, "Type margin (default: chosen by --cv)");
  CLI11_PARSE(app, argc, argv);
  if (out.empty() && !cv && dump.empty()) {
    std::fprintf(stderr, "hirewire-train-entities: nothing to do (give --out and/or --cv)\n");
    return 2;
  }
  std::unique_ptr<EntityKeepModel> baseline;
  if (!baseline_path.empty()) {
    std::string text;
    if (!ReadFile(baseline_path, &text)) {
      std::fprintf(stderr, "hirewire-train-entities: cannot read %s\n", baseline_path.c_str());
      return 1;
    }
    auto b = EntityKeepModel::FromTsv(text, baseline_path);
    if (!b.ok()) {
      std::fprintf(stderr, "hirewire-train-entities: %s\n", b.status().ToString().c_str());
      return 1;
    }
    baseline = std::make_unique<EntityKeepModel>(std::move(b).value());
  }
  std::vector<Set> loaded, sets, holdout;
  if (!LoadSets(root, shared, names, &loaded)) return 1;
  if (!holdout_names.empty() && !LoadSets(root, shared, holdout_names, &holdout)) return 1;
  for (Set& s : loaded) {
    const bool out_of_training =
        std::any_of(holdout.begin(), holdout.end(), [&](const Set& h) { return h.name == s.name; });
    if (!out_of_training) sets.push_back(std::move(s));
  }
  EntityOptions raw;
  raw.offer_low = cfg.offer_low;
  raw.revive_dropped = cfg.revive_dropped;
  auto rec = EntityRecognizer::Create(raw);
  if (!rec.ok()) {
    std::fprintf(stderr, "%s\n", rec.status().ToString().c_str());
    return 1;
  }
  size_t examples = 0;
  std::string set_names;
  for (std::vector<Set>* group : {&sets, &holdout})
    for (Set& s : *group)
      for (Page& p : s.pages) {
        p.cands = (*rec)->Candidates(p.article, &p.features);
        if (group == &sets) examples += p.cands.size();
      }
  for (const Set& s : sets) set_names += (set_names.empty() ? "" : " ") + s.name;
  std::fprintf(stderr, "%zu sets (%s), %zu candidate entities\n", sets.size(), set_names.c_str(), examples);
  if (!dump.empty()) DumpPage(sets, holdout, dump);
  Choice choice;
  const Choice fixed{threshold, offered, margin, 0, ""};
  if (cv) choice = CrossValidate(sets, cfg, fixed, baseline.get());
  if (out.empty() && holdout.empty()) return 0;
  if (threshold >= 0) choice.threshold = threshold;
  if (offered >= 0) choice.offered = offered;
  if (margin >= 0) choice.margin = margin;
  const bool given = threshold >= 0 || offered >= 0 || margin >= 0;
  EntityKeepModel m;
  std::vector<const Set*> all;
  for (const Set& s : sets) all.push_back(&s);
  if (!Train(all, cfg, &m)) return 1;
  m.keep_threshold = choice.threshold;
  m.offered_threshold = choice.offered;
  m.type_margin = choice.margin;
  if (!holdout.empty()) {
    std::string rows = "Held out until the end (the table trained on every set above, these thresholds):\n";
    for (const Set& h : holdout) {
      double base = 0, model = 0;
      rows += HeldOutRows(h, baseline.get(), m, cfg, &base, &model);
    }
    std::printf("%s", rows.c_str());
    choice.table += "\n" + rows;
  }
  if (out.empty()) return 0;
  char head[1024];
  std::snprintf(
      head, sizeof head,
      "Keep/type model of the entity recognizer (extract/entity_keep.h), written by hirewire-train-entities\n"
      "(scripts/train_entities.sh) from tests/data/entities (own) and entities-* sets: %s (%zu candidates).\n"
      "C %.2f, min count %d. Thresholds and type margin %s.\n"
      "Leave-one-set-out (train on the other sets, score the held-out set through the recognizer):\n",
      set_names.c_str(), examples, cfg.c, cfg.min_count,
      given ? "given on the command line (scripts/train_entities.sh says why)"
            : "chosen by leave-one-set-out mean typed F1");
  return WriteAtomic(out, m.ToTsv(head + choice.table)) ? 0 : 1;
}
