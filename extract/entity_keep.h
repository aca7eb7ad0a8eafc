// The last step of the entity recognizer: a learned keep/drop and person/organization decision
// per candidate entity (issue 11). The recognizer's passes (dictionary, tagger, cue rules,
// acronyms, glosses) propose entities; this step reads general facts about each one (which
// passes found it, tagger confidence, mention count and positions, shape, script, cue words next
// to its mentions, dictionary hit, language, containment in another entity) as string features,
// and two logistic models decide: keep it or not, and person or organization.
//
// The weights are data: extract/data/entity_keep.tsv, compiled in, trained by
// hirewire-train-entities (extract/tools/train_entities.cc, scripts/train_entities.sh) on the
// annotated pages of tests/data/entities*. Table rows (corpus/tsv.h rules):
//   (keep threshold)<TAB>0.1       drop an entity the passes proposed whose keep probability is
//                                  below this
//   (offered threshold)<TAB>0.5    keep an entity only offered (a tagger span under the tagger's
//                                  score floor, which the passes discard) from this probability on
//   (type margin)<TAB>1.5          change person <-> organization when the person model's margin
//                                  disagrees with the recognizer's type by more than this
//   keep/FEATURE<TAB>weight        the keep model (keep/(bias) its bias)
//   person/FEATURE<TAB>weight      the person-vs-organization model (person/(bias) its bias)
//
// Thread-safety: immutable after construction; share freely.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/linear_model.h"
#include "corpus/records.h"
#include "corpus/status.h"

namespace hirewire::extract {

// The pass of the recognizer that proposed a candidate (one bit each in EntityFacts::sources).
enum class EntitySource : uint8_t {
  kDictionary,   // the alias dictionary
  kKoreanCue,    // Korean title/suffix cue rules
  kLatinRule,    // capitalized Latin runs classified by heads and context
  kCyrillic,     // Cyrillic given-name rule
  kJapaneseCue,  // Japanese company cues
  kCjkTagger,    // the Japanese/Chinese character tagger
  kTagger,       // the Korean/English token tagger
  kGloss,        // a parenthesized gloss of another candidate
  kAcronym,      // an acronym rule
  kShortForm,    // a short form of a longer name claimed later in the article
  kCount,
};
std::string_view EntitySourceName(EntitySource s);

enum class NameScript : uint8_t { kLatin, kHangul, kKana, kHan, kCyrillic, kOther };

// What the recognizer knows about one entity it would output.
struct EntityFacts {
  EntityType type = EntityType::kNone;  // kPerson | kCompany | kOrganization | kPublication
  std::string lang;                     // the article's language, two letters or ""
  uint32_t sources = 0;                 // bit per EntitySource of its candidates (short forms excluded)
  double max_conf = 0.0;    // highest candidate confidence (tagger spans: 0.4 + 0.4 * tagger score)
  bool dictionary = false;  // linked to the alias dictionary
  int mentions = 0;         // distinct mentions
  int paragraphs = 0;       // distinct paragraphs with a mention
  bool sentence_initial_only = false;  // every mention opens its sentence
  bool in_first_paragraph_only = false;
  NameScript script = NameScript::kOther;
  bool all_caps = false;  // the name is written in capitals (acronym shape)
  bool has_digit = false;
  int tokens = 0;                  // words of the longest mention
  int chars = 0;                   // code points of the longest mention
  bool title_next = false;         // a title or honorific word before or after a mention
  bool org_head = false;           // the name ends in an organization or company head word
  bool legal_suffix = false;       // the name holds a legal-form word (Inc, GmbH, 주식회사)
  bool given_name_first = false;   // the name opens with a listed given name
  bool person_verb_after = false;  // a reporting verb right after a mention ("said")
  bool place_word = false;         // a word of the name is a region or nationality word
  bool contained = false;          // its name is part of another entity's name
  bool contains_other = false;     // another entity's name is part of its name
  bool lone_tagged_word = false;   // a single Latin word only the tagger found
  bool has_roles = false;          // a role (title at organization) was read for it
  bool lower_elsewhere = false;    // a (Latin) word of the name is written in lower case elsewhere
  bool non_name_ending = false;    // a word ends like a common noun or adjective (-ung, -ismus)
  bool inflected = false;          // a word carries a possessive or case ending ("Putins", "Dzeko'nun")
  bool low_score = false;          // a candidate is a tagger span under the tagger's score floor
  bool offered = false;            // every candidate is (only offered to the keep step)
  std::string revived;             // dropped by this article-level check, offered again ("" kept)
};

// The feature of an entity that is only offered (EntityFacts::offered).
inline constexpr std::string_view kOfferedFeature = "offered";

// The features of `f` (binary, conjunctions included), in a fixed order.
std::vector<std::string> EntityKeepFeatures(const EntityFacts& f);

class EntityKeepModel {
 public:
  // Parses the table format above; `table` names it in errors.
  static Result<EntityKeepModel> FromTsv(std::string_view tsv, std::string_view table);
  // The compiled-in table (extract/data/entity_keep.tsv); aborts when it does not parse (a test
  // guards it).
  static const EntityKeepModel& Default();

  // Probability that an entity with these features is a real person or organization.
  double KeepProbability(const std::vector<std::string>& features) const {
    return keep.Probability(features);
  }
  // Margin of the person model (> 0: person).
  double PersonMargin(const std::vector<std::string>& features) const { return person.Margin(features); }

  // Applies both decisions: drops entities below their keep threshold (offered or proposed),
  // changes the type when the person model disagrees by more than the type margin.
  // `features[i]` belongs to `(*entities)[i]`.
  void Apply(std::vector<Entity>* entities, const std::vector<std::vector<std::string>>& features) const;

  std::string ToTsv(std::string_view comment) const;

  LinearModel keep, person;
  double keep_threshold = 0.0;
  double offered_threshold = 1.1;  // never keep offered entities unless the table says so
  double type_margin = 1e9;        // never change types unless the table says so
};

// The text of extract/data/entity_keep.tsv as built into the library.
std::string_view EmbeddedEntityKeepTsv();

}  // namespace hirewire::extract
