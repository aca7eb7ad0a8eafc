// The learned role passes of BuildEvents (issue 10): each event's previous employer and its
// outcome, decided by logistic models over general features instead of one rule per case.
//
// Previous employer: the candidates are the article's organizations (one per canonical name)
// other than the event's employer and candidate, plus "none". Each is scored on where its
// nearest mention stands from the candidate's (same sentence, order, distance), the word before it
// and the particle or word after it (from, former, ex-; 출신, 에서, 전), cue classes between the
// two and in the sentence (role_cues.tsv: source, dest, past, leave ...), whether it sits in the
// event's evidence, its kind, whether it employs or is the candidate of another event, and the
// rule pass's choice. The best candidate becomes the previous employer when its probability
// reaches the threshold (the rules' own choice: the lower keep threshold); otherwise none.
//
// Outcome: one logistic model per outcome (joined, accepted, offered, declined, left, failed) in
// one table with class-prefixed features ("accepted:sent=future"), over cue classes of the
// sentences that hold the candidate (and the evidence), the headline and the last such sentence,
// the rules' outcome, timeline and type, and whether offers were read. Among the outcomes the
// event's type allows, the best one replaces the rules' when its margin beats the rules' outcome
// by the table's switch margin.
//
// The weights are data: normalize/data/event_previous.tsv and event_outcome.tsv (compiled in),
// trained offline by `hirewire-train-events --model previous|outcome` (scripts/train_events.sh,
// docs/events_model.md). Thresholds are header comment lines "# threshold NAME=X".
//
// Thread-safety: pure functions; RoleCues and RoleModels are immutable after construction.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus/linear_model.h"
#include "corpus/records.h"
#include "corpus/status.h"

namespace hirewire::normalize {

// Word classes of the role features (normalize/data/role_cues.tsv, compiled in).
class RoleCues {
 public:
  struct Row {
    std::string cls, lang, text;
    bool word_start = false;  // ko/ja: only at the start of a word
    bool alone = false;       // ko/ja: only as a word of its own
  };
  struct Hit {
    int row = 0;
    int start = 0, end = 0;  // bytes in the searched text
  };

  static const RoleCues& Default();
  // Errors name the line.
  static Result<RoleCues> FromTsv(std::string_view tsv);

  // Every occurrence of every row in `text`, by start (then longer first). A byte range claimed by
  // a longer row is not matched again by a shorter one ("has joined" is done, not dest).
  std::vector<Hit> Find(std::string_view text) const;
  // The distinct classes found in text[start, end), sorted.
  std::vector<std::string> ClassesIn(std::string_view text, int start, int end) const;

  const std::vector<Row>& rows() const { return rows_; }

 private:
  std::vector<Row> rows_;
  std::vector<int> by_length_;  // row indices, longest text first
};

std::string_view EmbeddedRoleCuesTsv();
std::string_view EmbeddedPreviousModelTsv();
std::string_view EmbeddedOutcomeModelTsv();

// The two tables and their thresholds.
struct RoleModels {
  LinearModel previous;
  double previous_threshold = 0.5;  // "# threshold previous=X"
  // The rules' own choice stays at this lower probability ("# threshold keep=X"; default: the
  // threshold): the model overrides the rules only when it is sure.
  double previous_keep = 0.5;
  LinearModel outcome;
  double outcome_switch = 0.0;  // "# threshold switch=X": margin over the rules' outcome to replace it

  // Either table may be empty (its pass then leaves the rules' decision); errors name the table.
  static Result<RoleModels> FromTsv(std::string_view previous_tsv, std::string_view outcome_tsv);
  // The embedded tables (built once; aborts on a malformed embedded table, which a test guards).
  static const RoleModels& Default();
  // A table back with its threshold line after `comment`.
  static std::string ToTsv(const LinearModel& model, std::string_view threshold_name, double threshold,
                           std::string_view comment);
};

// Trimmed [start, end) byte spans of the sentences of each paragraph, as BuildEvents reads them.
using ParagraphSentences = std::vector<std::vector<std::pair<int, int>>>;

// What the role passes may change (both on by default; off to measure the rules alone).
struct RoleOptions {
  bool previous = true;
  bool outcome = true;
};

// One candidate previous employer of an event.
struct PreviousCandidate {
  std::string name;           // canonical name; empty for "none"
  std::vector<int> entities;  // indices into Article::entities with that canonical name
  std::vector<std::string> features;
  double probability = 0.0;
};

// The organizations that could be `events[index]`'s previous employer, with their features (no
// "none" entry: none is the decision when no candidate reaches the threshold).
std::vector<PreviousCandidate> PreviousCandidates(const Article& article, const ParagraphSentences& sentences,
                                                  const std::vector<Event>& events, size_t index);

// The outcomes a type allows (hire: joined, accepted; departure: left; offer: offered,
// declined, accepted, joined; acquihire: joined, accepted, offered; acquisition attempt: failed,
// offered).
std::vector<Outcome> AllowedOutcomes(EventType type);

// Features of `events[index]`'s outcome (not class-prefixed).
std::vector<std::string> OutcomeFeatures(const Article& article, const ParagraphSentences& sentences,
                                         const std::vector<Event>& events, size_t index);
// The features of class `o`: each feature prefixed "NAME:" and the class bias "NAME:(bias)".
std::vector<std::string> OutcomeClassFeatures(Outcome o, const std::vector<std::string>& features);

// Applies the passes to every event (group and person candidates alike) of an article of three
// paragraphs or more (headline and two); a shorter snippet keeps the rules' reading.
void ApplyRoleModels(const Article& article, const ParagraphSentences& sentences, const RoleModels& models,
                     const RoleOptions& options, std::vector<Event>* events);

// ---- Feature pieces (exposed for the table-driven tests).

// Word-count bucket of the words between two spans: "0", "1-2", "3-5", "6-10", "11-20", "21+".
std::string WordGapBucket(std::string_view between);
// The word right before byte `start` (ASCII-lowercased, punctuation stripped), or "" when the
// span opens its sentence or the word is longer than 12 bytes.
std::string WordBefore(std::string_view text, int sentence_start, int start);
// What follows a name ending at `end`: the rest of its word when the name ends inside one (the
// Korean particle: "에서", "출신의"), else "+" and the next word when it is short ("+출신",
// "+to"), else "". English words lowercased.
std::string AfterName(std::string_view text, int sentence_end, int end);

}  // namespace hirewire::normalize
