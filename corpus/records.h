// The records that cross stages: Page (bytes in), Article (what extract makes and normalize
// refines), Amount, Multiplier, Entity, Event. Plain structs that own their strings, with
// defaulted == so tests compare whole records.
//
// Offsets: every `start`/`end` in these structs is a UTF-8 *byte* offset into the paragraph
// named by `paragraph` (an index into Article::paragraphs as it stands after deduplication).
// The JSON writer (corpus/json.h) emits them as Unicode *code point* offsets; see docs/json.md.
//
// Thread-safety: values; copy freely.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace hirewire {

// Raw input: one saved or fetched page, before decoding.
struct Page {
  std::string source;                 // file path, "-" for stdin, or "FILE.warc.gz#<record-id>"
  std::string url;                    // WARC-Target-URI or other known URL; may be empty
  std::string content_type;           // transport Content-Type header (with charset) when known
  std::string fetched_at;             // ISO 8601 capture time when known (WARC-Date), else empty
  std::string warc_file;              // set for pages read from a WARC
  std::string warc_record_id;         // WARC-Record-ID without angle brackets
  std::string body;                   // raw payload bytes (HTTP headers already removed)
  bool is_text = false;               // plain text, not HTML (.txt input or --text)
  std::vector<std::string> warnings;  // problems met while reading (e.g. truncated record)

  bool operator==(const Page&) const = default;
};

// A money amount found in text (extract/money.h) and converted (normalize/currency.h).
// All values are exact decimal strings in major units ("125000000", "0.5"); never floats.
struct Amount {
  std::string surface;  // exact text, including qualifier/period words that decide kind/period
  int paragraph = 0;
  int start = 0;  // byte offsets into the paragraph
  int end = 0;
  std::string currency;  // ISO 4217: USD, KRW, JPY, CNY, EUR, GBP, TWD, HKD, ...
  std::string value;     // exact value; empty for range and vague
  std::string kind;      // exact | approx | upper_bound | lower_bound | range | vague
  std::string low;       // range ends (kind == range)
  std::string high;
  std::string period;        // none | annual | monthly | hourly | first_year | total | per_share | over_<N>y
  int glosses = -1;          // index (in Article::money) of the amount this one restates, or -1
  std::string implied_rate;  // KRW per USD implied by a gloss pair, set on the KRW/USD partner
  // Filled by conversion (normalize/currency.h):
  std::string usd;          // value in USD (decimal string), empty if unknown
  std::string krw;          // value in KRW
  std::string rate;         // KRW per USD used
  std::string rate_source;  // article | table:YYYY-MM-DD | user
  // Amounts in other currencies, converted through EUR (normalize/fx.h): USD and KRW per one
  // unit of `currency` on the table day of rate_source (6 decimals). Empty for USD/KRW amounts.
  std::string usd_rate;
  std::string krw_rate;
  std::vector<std::string> warnings;

  bool operator==(const Amount&) const = default;
};

// "두 배", "doubled", "3 times": not an amount, but events use it to derive one.
struct Multiplier {
  std::string surface;
  int paragraph = 0;
  int start = 0;
  int end = 0;
  std::string factor;  // decimal string, e.g. "2"

  bool operator==(const Multiplier&) const = default;
};

struct Mention {
  int paragraph = 0;
  int start = 0;  // byte offsets into the paragraph
  int end = 0;
  std::string surface;

  bool operator==(const Mention&) const = default;
};

struct Role {
  std::string title;         // "CEO", "최고경영자", "창업자", "foundation models lead"
  std::string organization;  // canonical name of the organization the role belongs to, if stated

  bool operator==(const Role&) const = default;
};

// What an entity is. kOther marks an alias-dictionary row that names something that is not a person or an
// organization (a place, a product); kNone only while a candidate is being built. Entity records hold kPerson
// to kPublication. Strings only at the JSON/CSV/SQL edge (EntityTypeName / ParseEntityType).
enum class EntityType : uint8_t { kNone, kPerson, kCompany, kOrganization, kPublication, kOther };

// "person", "company", "organization", "publication", "other" ("" for kNone).
std::string_view EntityTypeName(EntityType t);
// Inverse of EntityTypeName; false for an unknown name (the output is left unchanged).
bool ParseEntityType(std::string_view name, EntityType* out);
// Writes EntityTypeName (test messages, logs).
std::ostream& operator<<(std::ostream& out, EntityType t);

struct Entity {
  EntityType type = EntityType::kNone;  // kPerson | kCompany | kOrganization | kPublication
  std::string name;                     // as first written in the text (particles stripped)
  std::string canonical;                // English canonical name when known or derivable, else name
  std::vector<std::string> aliases;     // other surfaces seen in the text
  std::vector<Role> roles;
  std::vector<Mention> mentions;
  double confidence = 0.0;  // 0..1

  bool operator==(const Entity&) const = default;
};

// An organization's Entity::type (or an entity candidate's): a company or another organization; a person and
// a publication are not. The one owner of that test.
inline bool IsOrgType(EntityType type) {
  return type == EntityType::kCompany || type == EntityType::kOrganization;
}

struct Evidence {
  int paragraph = 0;
  int start = 0;  // byte offsets of the sentence inside the paragraph
  int end = 0;

  bool operator==(const Evidence&) const = default;
};

struct Offer {
  int amount = -1;       // index into Article::money, or -1 for a derived amount
  std::string currency;  // of the stated amount
  std::string value;     // exact decimal string (stated or derived)
  std::string kind;      // as Amount::kind
  std::string usd;       // converted values
  std::string krw;
  std::string rate;
  std::string rate_source;
  std::vector<std::string> terms;  // annual | first_year | total | stock | multi_year | ...
  std::string first_year_usd;      // part payable in the first year, when stated
  std::string derivation;          // e.g. "2 × 125000000 USD (두 배)"; empty when stated
  std::string response;            // declined | accepted | "" (unknown)

  bool operator==(const Offer&) const = default;
};

// What kind of event: a completed hire, a standing offer, a hire through buying the
// candidate's company, an attempt to buy a company, a departure with no known destination.
enum class EventType { kOffer, kHire, kAcquihire, kAcquisitionAttempt, kDeparture };

// Where an event stands. kNone only while an event is being built.
enum class Outcome { kNone, kOffered, kDeclined, kAccepted, kJoined, kLeft, kFailed };

// Who an event's candidate is: one person, a described group ("researchers from OpenAI"), or a
// company (the target of an acquisition attempt). kNone only while an event is being built.
enum class CandidateKind { kNone, kPerson, kGroup, kCompany };

// Names used at the JSON/CSV/SQL edge ("acquisition_attempt", "joined", "group", "" for kNone).
std::string_view EventTypeName(EventType t);
std::string_view OutcomeName(Outcome o);
std::string_view CandidateKindName(CandidateKind k);
// Inverse of the names above; false for an unknown name (the output is left unchanged).
bool ParseEventType(std::string_view name, EventType* out);
bool ParseOutcome(std::string_view name, Outcome* out);
bool ParseCandidateKind(std::string_view name, CandidateKind* out);

struct Event {
  EventType type = EventType::kOffer;
  std::string employer;                       // canonical names
  std::vector<std::string> employer_aliases;  // the article's own spellings of the employer
  std::string candidate;                      // a person, or a described group ("researchers from OpenAI")
  // The article's own spelling of a person candidate known by another (데이비드 하 for David Ha);
  // not kept in the store.
  std::vector<std::string> candidate_aliases;
  CandidateKind candidate_kind = CandidateKind::kNone;
  int candidate_count = -1;  // when a group's size is stated
  std::string previous_employer;
  std::vector<std::string> previous_employer_aliases;  // the article's own spellings of it
  std::string role;
  std::string team;
  std::vector<Offer> offers;
  Outcome outcome = Outcome::kNone;
  std::vector<std::string> timeline;  // e.g. offered, declined, raised, joined
  std::string reported_by;
  std::vector<Evidence> evidence;
  std::vector<std::string> sources;  // article URLs or files
  double confidence = 0.0;

  bool operator==(const Event&) const = default;
};

struct DuplicateRemoved {
  int index = 0;         // index of the removed paragraph in the extracted (pre-dedup) order
  int duplicate_of = 0;  // index (same numbering) of the paragraph it repeats
  std::string match;     // exact | near
  double similarity = 1.0;

  bool operator==(const DuplicateRemoved&) const = default;
};

// ---- Sentence analysis: one per paragraph, built once (extract/analysis.h) after
// deduplication and shared by money, entities and events. Scratch state of the pipeline: not
// written to JSON or the store.

enum class TokenKind : uint8_t { kWord, kNumber, kPunct };

// A word or punctuation token (ICU word breaks; spaces are not tokens). Hangul and Latin written
// together form one token ("오픈AI의"); a middle dot splits words ("슬랙·디스코드").
struct TextToken {
  int start = 0;  // bytes in the paragraph
  int end = 0;
  TokenKind kind = TokenKind::kPunct;
  bool space_before = false;
  bool hangul = false;  // every code point is a Hangul syllable
  bool has_hangul = false;
  bool latin = false;     // first code point is a Latin letter
  bool cap = false;       // first code point is an uppercase letter
  bool all_caps = false;  // Latin, >= 2 letters, all uppercase
  int sentence = 0;       // index into ParagraphAnalysis::sentences
  // Korean particles/endings (extract/korean.h KoreanStemLengths): the byte lengths of the stems
  // left after stripping one trailing particle, shortest first, as
  // ParagraphAnalysis::stems[stem_begin, stem_begin + stem_count). Empty for non-Hangul tokens.
  int stem_begin = 0;
  int stem_count = 0;

  bool operator==(const TextToken&) const = default;
};

struct TextSpan {
  int start = 0;  // bytes in the paragraph
  int end = 0;

  bool operator==(const TextSpan&) const = default;
};

// Reported speech: a speech verb or phrase ("said", "told", "according to") and the side of it
// where the speaker stands ("Harper, 34, said": before; "according to Bloomberg": after).
struct SpeechCue {
  TextSpan cue;
  bool speaker_after = false;

  bool operator==(const SpeechCue&) const = default;
};

// Where an entity mention sits: Article::entities[entity].mentions[mention].
struct MentionRef {
  int entity = 0;
  int mention = 0;

  bool operator==(const MentionRef&) const = default;
};

struct ParagraphAnalysis {
  int analyzed_bytes = 0;           // the prefix analysed (paragraphs are capped at 1 MiB)
  std::vector<TextSpan> sentences;  // ICU sentence breaks, untrimmed, covering the prefix
  std::vector<TextToken> tokens;
  std::vector<int> stems;            // see TextToken::stem_begin
  std::vector<TextSpan> quotes;      // quoted speech with spaces inside, quote marks included
  std::vector<SpeechCue> speech;     // reported-speech cues outside quotes (extract/data/speech.tsv)
  std::vector<int> amounts;          // indices into Article::money (filled by the money scanner)
  std::vector<MentionRef> mentions;  // person/organization mentions (filled by the recognizer)

  bool operator==(const ParagraphAnalysis&) const = default;
};

struct Article {
  std::string source;  // as Page::source
  std::string url;     // canonical URL if declared, else the fetched one
  std::string title;
  std::vector<std::string> authors;
  std::string published;  // ISO 8601 (with offset when known); empty when unknown
  std::string language;   // BCP 47
  std::string site_name;
  // ISO 3166-1 alpha-2 country the page was published in (publisher address, URL TLD, locale
  // region, or --country); settles "$", "¥", "元", "kr", "R" and bare amounts. Empty: unknown.
  std::string country;
  std::vector<std::string> paragraphs;  // body in reading order; `text` is derived from these
  std::vector<std::string> warnings;

  // Added by later stages.
  std::vector<DuplicateRemoved> duplicates_removed;
  std::vector<Amount> money;
  std::vector<Multiplier> multipliers;
  std::vector<Entity> entities;
  std::vector<Event> events;
  // One per paragraph when built (extract::SentenceAnalyzer), else empty; stale once paragraphs
  // change (stages check the size and `analyzed_bytes` against the paragraph).
  std::vector<ParagraphAnalysis> analysis;

  // Paragraphs joined by blank lines.
  std::string Text() const;

  bool operator==(const Article&) const = default;
};

}  // namespace hirewire
