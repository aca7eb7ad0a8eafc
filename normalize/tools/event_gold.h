// Gold hiring events for the training tool (hirewire-train-events): reading the gold batch
// folders (NAME.txt + NAME.json, the format of scripts/score_events.py), running the pipeline on
// each article as `hirewire events --json` does (text page -> Pipeline -> event ledger of the one
// article), and the name matching and scoring of scripts/score_events.py (pair, strict).
//
// Shared by every model of the tool (pairs; previous employer and outcome models add their own
// example builders on top of the same articles).
//
// Thread-safety: GoldRunner::Run is const and may run on many threads; the rest are pure.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "app/pipeline.h"
#include "corpus/records.h"
#include "corpus/status.h"

namespace hirewire::tools {

struct GoldEvent {
  std::string type, employer, candidate;
  CandidateKind candidate_kind = CandidateKind::kNone;
  std::string previous_employer, outcome;
  // "offers_usd" / "offers_krw": the stated amounts of the pay offered (rounded).
  std::vector<long long> offers_usd, offers_krw;
};

struct GoldArticle {
  std::string batch;  // the folder's name ("events-b3")
  std::string name;   // file stem
  std::string path;   // the .txt file
  std::vector<GoldEvent> events;
};

// The articles of one gold folder, sorted by name. An error names the file and the reason
// (missing or malformed .json, unreadable .txt); a folder without articles is an error.
Result<std::vector<GoldArticle>> ReadGoldBatch(const std::string& dir);

// ---- Name matching, as scripts/score_events.py.

// Lowercased (ASCII), without spaces and . - , ' ’.
std::string GoldKey(std::string_view s);
// `gold` ('|'-separated spellings) names one of `preds`; an empty gold name matches only when
// every pred is empty (with empty_ok).
bool GoldNameOk(const std::string& gold, const std::vector<std::string>& preds, bool empty_ok = true);
// Candidate + employer (a gold group: any predicted group at the employer).
bool PairMatch(const GoldEvent& g, const Event& p);
// Pair + previous employer + outcome.
bool StrictMatch(const GoldEvent& g, const Event& p);
// Pair + type.
bool TypedMatch(const GoldEvent& g, const Event& p);

// Every gold USD amount among the offers' USD or stated values or first-year parts; every gold KRW
// amount among the offers' KRW glosses or stated KRW values (score_events.py "amounts",
// "amounts_krw").
bool UsdAmountsFound(const GoldEvent& g, const Event& p);
bool KrwAmountsFound(const GoldEvent& g, const Event& p);

struct EventScore {
  int predicted = 0, gold = 0, pair = 0, strict = 0, typed = 0;
  // Over the pair matches whose gold event states amounts: USD, KRW, and both together.
  int usd_checked = 0, usd_correct = 0, krw_checked = 0, krw_correct = 0, all_checked = 0, all_correct = 0;
  void Add(const EventScore& o);
  double PairF1() const;
  double StrictF1() const;
  double TypedF1() const;
  double PairPrecision() const;
  double PairRecall() const;
};

// Greedy matching per article (gold order, first unused prediction), as score_events.py.
EventScore ScoreArticle(const std::vector<GoldEvent>& gold, const std::vector<Event>& pred);

// ---- The pipeline as `hirewire events --json` runs it on one article file.

class GoldRunner {
 public:
  // `options`: the pipeline options (the caller sets event_options, e.g. pairs off to get the
  // rule events); the analysis is kept on the returned articles.
  static Result<std::unique_ptr<GoldRunner>> Create(app::PipelineOptions options);

  // The article of `g` through the pipeline: entities, money, the analysis, and Article::events
  // as BuildEvents made them (with sources).
  Result<Article> Run(const GoldArticle& g) const;

 private:
  std::unique_ptr<app::Pipeline> pipeline_;
};

// `events` as the article's events after the event ledger (merged within the article, as
// `hirewire events --json FILE` prints them); events without sources get the article's source.
std::vector<Event> LedgerEvents(const Article& article, std::vector<Event> events);

}  // namespace hirewire::tools
