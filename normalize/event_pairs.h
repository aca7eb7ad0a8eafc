// The learned pair pass of BuildEvents (issue 10): which (person, organization) pair of an
// article is a hiring event. The rule passes read cues, frames and particles and produce events;
// this pass scores every pair of a person entity and an organization entity that share a sentence
// (and every pair the rules produced) with a logistic model over general features (the rules'
// verdict, trigger classes of the sentence from cues.tsv and frames.tsv, the particle or
// preposition marking the organization, order and distance, names between, speaker and quote
// status, headline, mention counts, language). Rule events whose pair scores below `drop_below`
// are dropped; pairs the rules missed that score above `add_above` become hire events.
//
// The weights are data: normalize/data/event_pairs.tsv (compiled in), trained offline by
// `hirewire-train-events --model pairs` (scripts/train_events.sh, docs/events_model.md). The
// thresholds are the table's header comment lines "# threshold drop_below=X add_above=Y".
//
// Thread-safety: pure functions; PairModel is immutable after construction.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "corpus/linear_model.h"
#include "corpus/records.h"
#include "corpus/status.h"

namespace hirewire::normalize {

// The pass decides on articles of at least this many paragraphs (headline and body): the model
// learned from whole articles (every gold article has 3 or more), and its article-level features
// (mention counts, headline, paragraph index) say nothing about a snippet of a sentence or two,
// which keeps the rules' reading.
inline constexpr size_t kMinPairParagraphs = 3;

struct PairModel {
  LinearModel model;
  double drop_below = 0.0;  // rule events whose pair's probability is lower are dropped (0: none)
  double add_above = 1.0;   // unproduced pairs with a higher probability become events (1: none)

  // The table and its "# threshold" comment; `table` names it in errors.
  static Result<PairModel> FromTsv(std::string_view tsv, std::string_view table);
  // The embedded table (built once; aborts on a malformed embedded table, which a test guards).
  static const PairModel& Default();
  // The table back with its thresholds line after `comment`.
  std::string ToTsv(std::string_view comment) const;
};

// One (person entity, organization entity) pair of an article.
struct PairCandidate {
  int person = -1, org = -1;  // indices into Article::entities
  int rule_event = -1;        // the rule event with this candidate and employer, or -1
  Evidence evidence;          // the first sentence holding both (the rule event's when none)
  std::vector<std::string> features;
  // A sentence holding both names holds a move trigger (IsMoveTrigger): only such pairs may
  // become new events.
  bool move_trigger = false;
  double probability = 0.0;  // filled by ScorePairs
};

// Every pair that shares a sentence of the analysed paragraphs (Article::analysis with its
// mentions indexed) or that a rule event names, with its features. Needs the analysis; without
// one only the rule events' pairs (with their rule features) come out.
std::vector<PairCandidate> PairCandidates(const Article& article, const std::vector<Event>& rule_events);

// Fills each candidate's probability under `model`.
void ScorePairs(const PairModel& model, std::vector<PairCandidate>* candidates);

// The rule events after the model's verdict on `candidates` (scored) with the given thresholds:
// dropped below `drop_below`, added above `add_above` (at most one new event per person, only for
// pairs with a move trigger in a shared sentence). Events that name no entity pair (groups) stay
// as they are; articles of fewer than kMinPairParagraphs paragraphs keep the rule events.
std::vector<Event> DecidePairs(const Article& article, std::vector<Event> rule_events,
                               const std::vector<PairCandidate>& candidates, double drop_below,
                               double add_above);

// PairCandidates + ScorePairs + DecidePairs with the model's own thresholds.
std::vector<Event> ApplyPairModel(const Article& article, std::vector<Event> rule_events,
                                  const PairModel& model);

// The classes of entity an event names: a person, or an organization (company | organization).
enum class NamedClass { kPerson, kOrganization };

// The index of the entity of `type_class` that `name` spells (name, canonical or alias, compared
// without case, spaces and punctuation), or -1.
int EntityNamed(const Article& article, const std::string& name, NamedClass type_class);

// A Korean team or division phrase the recognizer may take for a person ("율촌 공정거래팀" in "법무법인
// 율촌 공정거래팀에서 일해온 변호사 4명"): two words or more ending in 팀 or a unit row of frames.tsv
// (사업부, 부문 …), or whose last word is a source marker ("딥로직스 소속", "X 출신"). It is where
// people work or come from, never a candidate.
bool KoreanTeamPhrase(std::string_view name);

// ---- Feature pieces (exposed for the table-driven tests).

// Token distance bucket: "0", "1-2", "3-5", "6-10", "11-20", "21+".
std::string DistanceBucket(int tokens);
// Count bucket: "0", "1", "2", "3+".
std::string CountBucket(int n);
// The Korean particle or ending written right after a name inside its word ("오픈AI로" -> "로",
// "구글 출신" -> "출신" when the next word is 출신), one of the known markers, "other" for
// another suffix, "" for none.
std::string KoreanMarkerAfter(std::string_view paragraph, const ParagraphAnalysis& pa, int end);
// The English word before a name when it is a marker (to, at, from, by, as, of, joins, join,
// joined, left, leaves, for, with, in, former, ex), else "".
std::string EnglishMarkerBefore(std::string_view paragraph, const ParagraphAnalysis& pa, int start);
// "poss" when "'s" / "’s" follows the name, else "".
std::string EnglishPossessiveAfter(std::string_view paragraph, int end);
// A trigger of a sentence: its class ("cue=hire", "frame=appoint:active") and byte offset in the
// sentence (the first occurrence of each row).
struct TriggerHit {
  std::string cls;
  int pos = 0;
};
// Every trigger row of cues.tsv (kind cue, past, earlier) and frames.tsv (kind trigger) found in
// the sentence (English rows as whole words of the lowercased text), by position.
std::vector<TriggerHit> TriggerHits(std::string_view sentence);
// "before" / "after" when a title row of frames.tsv stands next to the name at [start, end)
// (English: within the 24 bytes before or after, whole words; Korean: right after, in the next
// word), else "".
std::string TitleNextTo(std::string_view paragraph, int start, int end);
// A trigger class that states a move or an offer itself: cue kinds offer, hire, join, decline,
// accept, leave, acquihire, designate and every frame trigger (not intent, raise, acquire, fail,
// negation, statistic, stay, attempt, past, earlier).
bool IsMoveTrigger(std::string_view cls);
// Trigger classes in a sentence: cue kinds of cues.tsv ("cue=hire") and frames of frames.tsv
// triggers ("frame=appoint:active"), each once, sorted.
std::vector<std::string> TriggerClasses(std::string_view sentence);

// The embedded table (normalize/data/event_pairs.tsv).
std::string_view EmbeddedEventPairsTsv();

}  // namespace hirewire::normalize
