// Clause roles of English trigger verbs from a link-grammar parse (docs/syntax.md).
//
// Given one sentence and the byte spans of its trigger verbs ("hired", "joins", "was named"), the
// parser finds for each trigger its grammatical subject, direct object, second object or
// predicate ("named [him] chief executive"), passive agent ("by ..."), prepositional objects
// (from, to, as, at, for, with, of), negation, and whether the clause is reported speech (the
// complement of said/told/claimed/denied, or a sentence with "according to") and who speaks.
// Every argument is a list of conjuncts ("A, B and C" gives three), each with the byte span of
// its head word and of its noun phrase (determiners, adjectives, compounds, possessives; no
// post-modifiers).
//
// Names (runs of capitalised words, and any spans the caller passes in `names`) are replaced by
// one placeholder word before parsing, so that multi-word and unknown names parse as one proper
// noun; spans are mapped back to the caller's bytes.
//
// Ownership and threads: EnglishRoleParser owns the link-grammar dictionary (loaded once by
// Create, read-only after). Parse is const and may be called from many threads at once; each
// call builds its own sentence and options. The library is linked dynamically (LGPL).
#pragma once

#include <array>
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/status.h"

namespace hirewire::syntax {

// Byte offsets [start, end) into the sentence passed to Parse.
struct Span {
  int start = 0;
  int end = 0;
  bool operator==(const Span&) const = default;
};

// Time budget for one sentence. link-grammar counts whole seconds (0 is raised to 1) of the
// *process's* CPU time (getrusage(RUSAGE_SELF)): with N threads busy at once a sentence gets
// about 1/N of it, so give N times the budget.
struct Deadline {
  std::chrono::seconds per_sentence{1};
};

// One conjunct of an argument.
struct Phrase {
  Span head;                // the head word (a collapsed name counts as one word)
  Span phrase;              // the noun phrase around it (no prepositional or relative post-modifiers)
  Span apposition{-1, -1};  // a noun phrase in apposition after commas ("its CFO, Karen Oduya,"), or -1
  bool operator==(const Phrase&) const = default;
};

// Prepositions whose objects are kept (closed set; surface words map to it in data).
enum class Prep { kFrom, kTo, kAs, kAt, kFor, kWith, kOf };
inline constexpr int kPrepCount = 7;

struct TriggerRoles {
  Span trigger;
  bool linked = false;             // the parse used the trigger as a verb (roles are empty otherwise)
  bool passive = false;            // "was recruited", "recruited by" (reduced relative)
  bool negated = false;            // not / n't / never on the verb group
  bool reported = false;           // complement of a speech verb, or "according to" in the sentence
  std::vector<Phrase> subject;     // grammatical subject (the theme when passive)
  std::vector<Phrase> object;      // direct object
  std::vector<Phrase> complement;  // second object / predicate noun ("named X chief executive")
  std::vector<Phrase> agent;       // passive "by" phrase
  std::array<std::vector<Phrase>, kPrepCount> preps;  // by Prep
  std::vector<Phrase> speaker;                        // who says it, when reported

  const std::vector<Phrase>& Prepositional(Prep p) const { return preps[static_cast<int>(p)]; }
  // The doer and the one hired/moved, whatever the voice.
  const std::vector<Phrase>& Doer() const { return passive ? agent : subject; }
  const std::vector<Phrase>& Theme() const { return passive ? subject : object; }
  bool operator==(const TriggerRoles&) const = default;
};

struct ClauseRoles {
  std::vector<TriggerRoles> triggers;  // one per input trigger, same order
  int unlinked_words = 0;              // words the best parse left out (0 = complete parse)
  bool operator==(const ClauseRoles&) const = default;
};

struct ParserOptions {
  int max_words = 60;  // longer sentences are not parsed (nullopt)
  int max_bytes = 1000;
  int linkages_examined = 30;  // parses ranked by link-grammar that are checked for verb triggers
};

class EnglishRoleParser {
 public:
  // Loads the English dictionary from the system link-grammar data directory.
  static Result<std::unique_ptr<EnglishRoleParser>> Create(const ParserOptions& options = {});
  ~EnglishRoleParser();
  EnglishRoleParser(const EnglishRoleParser&) = delete;
  EnglishRoleParser& operator=(const EnglishRoleParser&) = delete;

  // Roles for each trigger span of `sentence` (UTF-8, one sentence). `names`: optional spans of
  // known person/organization mentions, collapsed like capitalised runs. Returns nullopt when the
  // sentence is too long, the parse runs out of time, or no parse is found; the caller then falls
  // back to its patterns. Thread-safe.
  std::optional<ClauseRoles> Parse(std::string_view sentence, const std::vector<Span>& triggers,
                                   Deadline deadline, const std::vector<Span>& names = {}) const;

  // For debugging and docs: the sentence as parsed (names collapsed) and the chosen linkage's
  // links, one "left-word LABEL right-word" per line. Empty when Parse would give up.
  std::string Explain(std::string_view sentence, const std::vector<Span>& triggers, Deadline deadline,
                      const std::vector<Span>& names = {}) const;

  struct Impl;

 private:
  explicit EnglishRoleParser(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The text the parser sees: names collapsed to one placeholder word, a wire dateline blanked.
std::string TextForParsing(std::string_view sentence, const std::vector<Span>& triggers,
                           const std::vector<Span>& names = {});

// The process-wide parser (created on first use; nullptr if the dictionary cannot be loaded).
const EnglishRoleParser* DefaultEnglishRoleParser();

// Convenience over DefaultEnglishRoleParser(); nullopt also when the dictionary is missing.
std::optional<ClauseRoles> ParseEnglishRoles(std::string_view sentence, const std::vector<Span>& triggers,
                                             Deadline deadline, const std::vector<Span>& names = {});

// The word lists the parser reads (extract/syntax/data/english_roles.tsv): kind and word per row.
struct LexiconRow {
  std::string_view kind;  // speech_verb | according | negator | negator_suffix | relative | prep:<name> |
                          // particle | clause_break | not_name
  std::string_view word;
};
std::vector<LexiconRow> EnglishRoleLexicon();

// The bytes of extract/syntax/data/english_roles.tsv, compiled in.
std::string_view EmbeddedEnglishRolesTsv();

}  // namespace hirewire::syntax
