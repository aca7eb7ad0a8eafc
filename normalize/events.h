// Hiring events from a deduplicated article with money and entities, and their merging
// across articles.
//
// BuildEvents reads the article sentence by sentence (ICU sentence breaks) and recognises
// hiring cues in Korean and English (제안, 영입, 합류, 거절, 이직, 인수; offered, hired,
// joined, poached, declined, left, acqui-hire ...). Entities (Article::entities) give the
// employer, candidate and previous employer; Korean case endings and English prepositions
// tell them apart (X에서 / X 출신 / 전 X / from X / formerly of X = previous employer;
// X로 / X에 합류 / join X / hired by X = destination; X는 ... 제안 / X hired = employer).
// Quoted speech, similes ("스테판 커리나 르브론 제임스처럼", "like LeBron James"), salary
// statistics and industry averages, and denied rumours yield no event. Amounts
// (Article::money) become offers with terms; multipliers ("두 배", "doubled") next to a
// raise cue derive a new offer from the previous one. Facts in later sentences (declined,
// raised, joined) update the same event. See docs/events.md. Merging across articles is the
// event ledger's (normalize/event_ledger.h).
//
// Thread-safety: pure functions; safe to call from many threads.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "corpus/records.h"

namespace hirewire::normalize {

struct PairModel;
struct RoleModels;

// How BuildEvents reads clauses.
struct EventOptions {
  // English clauses with a hire/join trigger and a person: take the candidate, employer and
  // previous employer from a link-grammar parse (extract/syntax, docs/syntax.md) when it links the
  // trigger; the pattern reading otherwise (and always when false).
  bool syntax = false;
  // The learned role passes (normalize/event_roles.h): previous employer and outcome from the
  // shipped models after the rule passes; off to measure the rules alone (and to train).
  bool previous_model = true;
  bool outcome_model = true;
  // The models of those passes; nullptr: the embedded tables (normalize/data/event_previous.tsv,
  // event_outcome.tsv).
  const RoleModels* role_models = nullptr;
  // The learned pair pass (normalize/event_pairs.h) after the rules: drops rule events whose
  // (person, organization) pair the model scores low, adds pairs it scores high.
  bool pairs = true;
  // The model of that pass; nullptr: the embedded table (normalize/data/event_pairs.tsv).
  const PairModel* pair_model = nullptr;
};

// Events of one article (Article::events is not read). Needs money and entities filled.
// Output order: by first evidence (paragraph, offset). `sources` is left empty.
std::vector<Event> BuildEvents(const Article& article, const EventOptions& options = {});

// The article's own spellings of an organization recognized under `canonical` ("삼성전자" for
// Samsung Electronics), from the recognized organizations; `canonical` itself is left out.
std::vector<std::string> OwnSpellings(const Article& article, const std::string& canonical);

// The article speaks of a retention or counter-offer by someone's current employer (cues.tsv
// retain rows: "counteroffer", "retention bonus", 역제안, 붙잡았다). Without one, staying at the
// current employer is no event of its own: it turns the other employer's offer down.
bool SpeaksOfRetention(const Article& article);

// The trimmed sentence spans of each paragraph as BuildEvents reads them (the shared analysis when
// the article carries one, else ICU sentence breaks); the input of the role passes.
std::vector<std::vector<std::pair<int, int>>> ArticleSentences(const Article& article);

// Same organization name, or one a unit or longer form of the other, word for word ("Google" /
// "Google DeepMind", "Midland State" / "Midland State University").
bool SameOrUnit(const std::string& a, const std::string& b);

// Exact product of two non-negative decimal strings ("2" × "125000000" = "250000000");
// empty on malformed input.
std::string MultiplyDecimal(const std::string& a, const std::string& b);

}  // namespace hirewire::normalize
