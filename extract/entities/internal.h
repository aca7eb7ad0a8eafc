// The entity recognizer's internals (extract/entities.h), shared by its parts: extract/entities.cc
// (Create, Recognize: the per-paragraph passes in order, then the article-level steps) and the
// files of this folder, one per pass or step (docs/entities.md, "Source layout"). Include only
// from those files.
//
// What the parts share lives in `entities_detail` (the text helpers, the paragraph `Para`, the
// candidate `Cand`, the article state `Doc`) and in `EntityRecognizer::Impl`, whose members the
// parts define. A helper only one part uses stays file-local in that part.
#pragma once

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstring>
#include <map>
#include <mutex>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "corpus/text.h"
#include "extract/entities.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "corpus/utf8.h"
#include "extract/aliases.h"
#include "extract/analysis.h"
#include "extract/entity_bounds.h"
#include "extract/entity_keep.h"
#include "extract/entity_links.h"
#include "extract/entity_words.h"
#include "extract/korean.h"
#include "extract/ner_features.h"
#include "extract/ner_tagger.h"

namespace hirewire::extract {

// The word that joins two modifiers inside one Chinese name, or two names ("发展和改革委员会",
// "足协和中钢协").
inline constexpr std::string_view kZhNameJoin = "和";
inline constexpr std::string_view kZhNameJoinFormal = "与";
namespace entities_detail {

using WordSet = FlatStringSet;  // corpus/string_set.h: one XXH3 probe, no allocation
template <typename V>
using WordMap = FlatStringMap<V>;  // corpus/string_set.h

// A word of one of the recognizer's word lists (extract/data/entity_words.tsv).
inline bool In(WordList l, std::string_view w) { return EntityWords::Default().Has(l, w); }

// ---- Text helpers

// The byte with A-Z lowered: std::tolower in the "C" locale, which this program never changes,
// without the library call.
inline unsigned char FoldAsciiByte(char c) {
  const auto b = static_cast<unsigned char>(c);
  return b >= 'A' && b <= 'Z' ? static_cast<unsigned char>(b + ('a' - 'A')) : b;
}

// EndsWith(s with ASCII letters lowered (std::tolower), suf).
inline bool EndsWithFolded(std::string_view s, std::string_view suf) {
  if (s.size() < suf.size()) return false;
  const size_t at = s.size() - suf.size();
  for (size_t k = 0; k < suf.size(); ++k)
    if (FoldAsciiByte(s[at + k]) != static_cast<unsigned char>(suf[k])) return false;
  return true;
}

// Whether `w` holds a byte ' (0x27) or E2 (the lead byte of ’), eight bytes at a time: this runs
// for almost every Latin word of a text, several times (StripPossessive's fast path).
inline bool HasApostropheByte(std::string_view w) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
  // Non-zero iff some byte of x equals b (the exact zero-byte test on x ^ b...b).
  const auto has = [](uint64_t x, uint64_t b) {
    const uint64_t v = x ^ (b * kOnes);
    return ((v - kOnes) & ~v & kHighs) != 0;
  };
  const size_t n = w.size();
  uint64_t x = 0;  // zero bytes pad short words (zero is neither byte)
  if (n >= 8) {
    for (size_t k = 0; k + 8 <= n; k += 8) {
      std::memcpy(&x, w.data() + k, 8);
      if (has(x, 0x27) || has(x, 0xE2)) return true;
    }
    std::memcpy(&x, w.data() + n - 8, 8);  // the last eight (overlapping) bytes
  } else if (n >= 4) {
    uint32_t lo, hi;  // the first and the last four (overlapping) bytes
    std::memcpy(&lo, w.data(), 4);
    std::memcpy(&hi, w.data() + n - 4, 4);
    x = lo | uint64_t{hi} << 32;
  } else {
    for (size_t j = 0; j < n; ++j) x |= uint64_t{static_cast<unsigned char>(w[j])} << (8 * j);
  }
  return has(x, 0x27) || has(x, 0xE2);
}

// The first byte at or after b and before `end` that is in [lo, lo + span], else `end` (16 bytes at
// a time). For the script scans of a paragraph or sentence, which in most text find no such byte.
inline size_t NextByteIn(std::string_view s, size_t b, size_t end, unsigned char lo, unsigned char span) {
#if defined(__SSE2__)
  const __m128i base = _mm_set1_epi8(static_cast<char>(lo)), top = _mm_set1_epi8(static_cast<char>(span));
  for (; b + 16 <= end; b += 16) {
    const __m128i x = _mm_sub_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + b)), base);
    const int m = _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_max_epu8(x, top), top));  // x - lo <= span
    if (m != 0) return b + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(m)));
  }
#endif
  for (; b < end; ++b)
    if (static_cast<unsigned char>(static_cast<unsigned char>(s[b]) - lo) <= span) return b;
  return end;
}

// Strips an English possessive ('s, ’s, trailing ') from a Latin token, and a Turkish case
// suffix written after an apostrophe ("Dzeko'nun", "Gomis'i", "Galatasaray'ın").
std::string_view StripApostropheSuffix(std::string_view w);
inline std::string_view StripPossessive(std::string_view w) {
  // Fast path, inlined: no apostrophe byte (' or the lead byte of ’) in the word.
  return HasApostropheByte(w) ? StripApostropheSuffix(w) : w;
}

// ---- Tokens

// Tokens and sentences come from the paragraph's shared analysis (extract/analysis.h).
using Token = TextToken;
constexpr TokenKind kWord = TokenKind::kWord;
constexpr TokenKind kNumber = TokenKind::kNumber;
constexpr TokenKind kPunct = TokenKind::kPunct;

struct Para {
  std::string_view text;
  std::span<const Token> toks;
  std::span<const TextSpan> sentences;
  std::span<const int> stems;         // Korean particle stems of all tokens (Token::stem_begin)
  std::span<const SpeechCue> speech;  // reported-speech cues (extract/data/speech.tsv)
  std::string_view lang;              // the article's language ("" unknown), set per pass run
  std::vector<int> owner;             // candidate index per token, -1 if free
  bool union_bloc = false;  // a German page naming the CDU or CSU: "Union" is their bloc (UnionBlocPass)
  std::string_view Text(int t) const { return text.substr(toks[t].start, toks[t].end - toks[t].start); }
  // KoreanStemLengths(Text(t)), read from the analysis.
  std::span<const int> Stems(int t) const { return stems.subspan(toks[t].stem_begin, toks[t].stem_count); }
  bool Free(int t) const { return t >= 0 && t < static_cast<int>(toks.size()) && owner[t] < 0; }
  bool IsWord(int t) const { return t >= 0 && t < static_cast<int>(toks.size()) && toks[t].kind == kWord; }
  bool IsPunct(int t, std::string_view p) const {
    return t >= 0 && t < static_cast<int>(toks.size()) && toks[t].kind == kPunct && Text(t) == p;
  }
  int Size() const { return static_cast<int>(toks.size()); }
  // The tokens [*tb, *te) that overlap bytes [bs, be) (a tagger's span need not end where a word does); false
  // when none does.
  bool TokensOver(int bs, int be, int* tb, int* te) const {
    *tb = -1;
    *te = -1;
    for (int t = 0; t < Size(); ++t) {
      if (toks[t].end <= bs) continue;
      if (toks[t].start >= be) break;
      if (*tb < 0) *tb = t;
      *te = t + 1;
    }
    return *tb >= 0;
  }
};

// Defined in entities/text.cc (their comments there).
bool StartsWithAnyOf(WordList l, std::string_view w);
bool EndsWithAnyOf(WordList l, std::string_view w);
bool BusinessLineWord(std::string_view w);
bool SpeechCueNextTo(const Para& p, int start, int end);
std::string FoldWord(std::string_view w);
// Token t opens its sentence, opening punctuation (a quote) aside (extract/entities/latin_context.cc).
bool OpensSentence(const Para& p, int t);
// Word a opens its sentence capitalized only for that: a kind of company or a title the lists write in lower
// case, before a capitalized name ("Rival Virgin Australia said"); *kind: a kind of company (english.cc).
bool OpeningKindWord(const Para& p, int a, bool* kind);
// A bare German house word, genitive allowed ("Theater", "Schauspielhauses";
// extract/entities/german_houses.cc).
bool IsGermanHouseWord(std::string_view folded);
// A German page that names the CDU or the CSU (extract/entities/groups_teams.cc).
bool NamesUnionParty(const Article& a);
size_t KatakanaRunBytes(std::string_view s);
size_t KatakanaContinuation(std::string_view text, size_t end);
bool IsLatinScriptLanguage(std::string_view lang);
std::string SkeletonOfAscii(std::string_view r);
// Whether Chinese text after a name opens the clause's predicate or ends the phrase (zh_name_edges.cc).
bool ZhOpensPredicate(std::string_view after);
// Korean forms that are no part of a name (extract/entities/ko_forms.cc).
int KoOrdinalStart(const Para& p, int a);
int KoOrdinalEnd(const Para& p, int q);
bool KoVerbAfterObject(const Para& p, int t);

// ---- Person name variants

// A word in Cyrillic script (its first byte leads a code point of U+0400-U+052F).
inline bool IsCyrillicLead(std::string_view w) {
  const unsigned char c = w.empty() ? 0 : static_cast<unsigned char>(w[0]);
  return c >= 0xD0 && c <= 0xD4;
}

// The byte offset of the code point that ends before `end` in `s`.
inline size_t LastCodePointStart(std::string_view s, size_t end) {
  size_t at = end;
  while (at > 0 && (static_cast<unsigned char>(s[--at]) & 0xC0) == 0x80) {
  }
  return at;
}

// ---- Candidates

struct Cand {
  int para = 0;
  int tb = 0, te = 0;      // token range [tb, te)
  int start = 0, end = 0;  // bytes in paragraph (end excludes a stripped particle)
  EntityType type = EntityType::kNone;
  int dict = -1;     // dictionary entry, or -1
  std::string key;   // grouping key for unknown names
  std::string hint;  // canonical from a gloss or fuzzy link
  double conf = 0.5;
  bool short_form = false;
  // a short form glossed by its body's name in brackets ("전준위(전국당원대회준비위원회)")
  bool glossed = false;
  bool dropped = false;                        // removed by an article-level check
  bool lone_tagged_word = false;               // a single Latin word found by the tagger only
  bool acronym = false;                        // claimed by AcronymPass
  EntitySource source = EntitySource::kCount;  // the pass that claimed it (RecognizeParagraph)
  int drop_rule = 0;                           // the article-level check that dropped it (kDropRules), 0 none
  bool revived = false;    // a dropped candidate offered to the keep step again (ReviveDropped)
  bool low_score = false;  // a tagger span under the score floor, offered to the keep step
  bool descriptor = false;  // a word describing the name after a company cue ("음성AI 스타트업 X"), dropped
};

// A candidate of paragraph `para` over its tokens [tb, te) with an explicit byte span [start, end) (a name
// that starts or ends inside a token: a particle cut off, a glued verb, a possessive stripped).
inline Cand SpanCand(int para, int tb, int te, int start, int end, EntityType type, double conf) {
  Cand c;
  c.para = para;
  c.tb = tb;
  c.te = te;
  c.start = start;
  c.end = end;
  c.type = type;
  c.conf = conf;
  return c;
}

// A candidate of paragraph `para` over its tokens [tb, te): from the first token's start to the last one's
// end.
inline Cand TokenCand(const Para& p, int para, int tb, int te, EntityType type, double conf) {
  return SpanCand(para, tb, te, p.toks[tb].start, p.toks[te - 1].end, type, conf);
}

// The article-level checks of Recognize that drop candidates, in order (Cand::drop_rule - 1).
constexpr std::string_view kDropRules[] = {"non_name",   "phrase_acronym", "platform_venue",
                                           "ko_generic", "opening_pair",   "person_title",
                                           "lower_case", "de_noun",        "headline_phrase"};

struct DictEntry {
  EntityType type = EntityType::kNone;
  std::string canonical;
  std::vector<std::string> aliases;
};

// The words around a run of capitalized Latin words: the word before and after, and evidence
// that the run is a person (a title before, an apposition after, a reporting verb, a listed given
// name first) or the place of work of a title ("vice president at X").
struct LatinContext {
  std::string_view prev_w, next_w;
  bool prev_title = false, next_comma_title = false, verb_near = false, given = false, at_after_title = false;
};

// A tagger span as words of its paragraph: tokens [tb, te), bytes [bs, cut) (a particle or 씨
// cut), its word count, whether 씨 follows, whether an "according to" word opened it.
struct TaggerWords {
  int tb = 0, te = 0, bs = 0, cut = 0, words = 0;
  bool ssi = false, after_cue = false;
  bool kind_cut = false;  // a kind of company opening the sentence cut from its front ("Chipmaker")
  std::string_view surface;
};

// Where a dictionary lookup starts: paragraph pi, word i; the article's language; whether the
// paragraph has Hangul.
struct DictSite {
  int pi = 0;
  int i = 0;
  std::string_view lang;
  bool hangul_para = false;
};

// The state of one article between the steps of Recognize: its paragraphs, the candidates the
// passes claim, and (from GroupCandidates on) the entity group of each candidate.
struct Doc {
  std::vector<Para> paras;
  std::vector<Cand> cands;
  std::string_view lang;             // the article's language, two letters ("" unknown)
  bool title_case_headline = false;  // paragraph 0 is an English headline in title case (TitleCaseHeadline)
  std::vector<int> group;            // per candidate, -1 when not output
  std::vector<std::string> group_key;
  std::map<std::string, int> key_to_group;
  using ShortForms = std::map<std::string, int, std::less<>>;
  ShortForms short_forms;  // word -> group, -1 if ambiguous
  // The first two bytes of every short form (one bit per hash of them), or `short_form_any`
  // when some short form is shorter: a word whose first two bytes have no bit begins no short
  // form (FilterShortForms, ShortFormAt).
  std::vector<uint64_t> short_form_starts;
  bool short_form_any = false;
  static size_t PairBit(std::string_view w) {
    const uint32_t pair =
        static_cast<uint32_t>(static_cast<unsigned char>(w[0])) << 8 | static_cast<unsigned char>(w[1]);
    return (pair * 0x9E3779B1u) >> 20;  // 4,096 bits
  }
  void FilterShortForms() {
    short_form_starts.assign(4096 / 64, 0);
    short_form_any = false;
    for (const auto& [k, g] : short_forms) {
      if (k.size() < 2) {
        short_form_any = true;
        continue;
      }
      const size_t b = PairBit(k);
      short_form_starts[b >> 6] |= uint64_t{1} << (b & 63);
    }
  }
  // False when no short form can be a prefix of `w` (after FilterShortForms).
  bool MayStartShortForm(std::string_view w) const {
    if (short_form_any || w.size() < 2) return true;
    const size_t b = PairBit(w);
    return short_form_starts[b >> 6] >> (b & 63) & 1;
  }
  FlatStringViewSet lower_words;  // words written in lower case
  bool lower_words_built = false;
  std::string Surface(const Cand& c) const {
    return std::string(paras[c.para].text.substr(c.start, c.end - c.start));
  }
  int GroupFor(const std::string& k) {
    auto it = key_to_group.find(k);
    if (it != key_to_group.end()) return it->second;
    int g = static_cast<int>(group_key.size());
    group_key.push_back(k);
    key_to_group.emplace(k, g);
    return g;
  }
};

// Where ReadRoles' passes put the roles of one person candidate: the organization owning a token
// (when it is the affiliation of a title, not a clause argument) and the deduplicating add.
struct RoleSink {
  const Para& p;
  const std::vector<Cand>& cands;
  const std::vector<std::string>& canon_of;
  std::vector<Role>* roles;

  // An organization whose word carries a particle other than 의 is a clause argument, not the
  // affiliation of a title after it ("쿠팡은 김 CTO에게 ... 제시했다": Coupang makes the offer).
  int OrgAt(int t) const {
    if (t < 0 || t >= p.Size() || p.owner[t] < 0) return -1;
    const Cand& o = cands[p.owner[t]];
    if (o.type == EntityType::kPerson) return -1;
    if (o.te == t + 1 && o.end < p.toks[t].end && p.toks[t].has_hangul &&
        p.text.substr(o.end, p.toks[t].end - o.end) != "의")
      return -1;
    return p.owner[t];
  }
  void Add(std::string title, int org) const {
    Role r;
    r.title = std::move(title);
    if (org >= 0) r.organization = canon_of[org];
    if (std::find(roles->begin(), roles->end(), r) == roles->end()) roles->push_back(std::move(r));
  }
};

// Article-level steps of Run that are no members of Impl (defined in entities/filters.cc and
// entities/linking.cc, their comments there).
void TrimLeadingArticles(Doc& d);
void DropPhraseAcronyms(Doc& d);
void LinkOrgSuffixes(Doc& d);
// "上海海港队" also goes by "上海海港" (extract/entities/span_edges.cc).
void AddChineseTeamClubName(Entity& e);
void LinkCjkAbbreviations(Doc& d);
void LinkChineseClubWords(Doc& d);  // zh_club_links.cc
void LinkOrgLastWords(Doc& d);
void LinkOrgOfHeads(Doc& d);
void LinkOrgFirstWordOfHeads(Doc& d);
bool LatinNameHead(std::string_view w);
// A Latin name without the legal forms after it ("Vantor AI Inc." -> "Vantor AI"): its grouping key.
std::string LatinLegalBase(std::string_view s);
void LinkOrgFrontWords(Doc& d);
void LinkAcronyms(Doc& d);
void LinkWrittenOutAcronyms(Doc& d);
std::vector<std::string> NameInitials(const Para& p, int tb, int te);
bool LatinWordsOnly(const Para& p, int tb, int te);
void LinkCjkFamilyNames(Doc& d);

}  // namespace entities_detail

// The parts name the shared helpers unqualified, as they did when all of them were one file's
// anonymous namespace.
using namespace entities_detail;

// The lower-case word w ends in a row of `list` with min_before letters before it, or that and a German
// genitive s / es (filters.cc).
bool EndsInRowOf(WordList list, std::string_view w, size_t min_before);

struct EntityRecognizer::Impl {
  void LoadWordLists();
  Status LoadAliases();
  std::vector<DictEntry> entries;
  WordMap<int> alias_to_entry;  // alias (whitespace collapsed) -> entry
  // One bit per hash bucket of the aliases and of the first words of multi-word aliases: most
  // words of a text are neither, and one bit in an 8 KB table settles that before the map lookup.
  std::vector<uint64_t> alias_bits = std::vector<uint64_t>(1024, 0),
                        first_bits = std::vector<uint64_t>(1024, 0),
                        person_word_bits = std::vector<uint64_t>(1024, 0);
  static size_t BitOf(std::string_view k) { return std::hash<std::string_view>{}(k) >> 48; }
  static void SetBit(std::vector<uint64_t>& bits, std::string_view k) {
    const size_t b = BitOf(k);
    bits[b >> 6] |= 1ULL << (b & 63);
  }
  // (The hash once: the compiler cannot merge two calls of the library's string hash.)
  static bool HasBit(const std::vector<uint64_t>& bits, std::string_view k) {
    const size_t b = BitOf(k);
    return bits[b >> 6] >> (b & 63) & 1;
  }
  WordMap<int> first_token_max;    // first token of a multi-token alias -> max token count
  WordMap<int> skeleton_to_entry;  // romanization skeleton of Hangul aliases -> entry (-2: ambiguous)
  // Korean dictionary words (EmbeddedKoCommonWords()), sorted views into the embedded text.
  std::vector<std::string_view> ko_words;
  bool IsKoWord(std::string_view w) const { return std::binary_search(ko_words.begin(), ko_words.end(), w); }
  WordSet ko_titles, ko_title_suffixes, ko_surnames, ko_stop, ko_title_stops, ko_company_suffixes,
      ko_org_suffixes, ko_company_cues, ja_company_cues, ko_person_cues, en_titles, en_title_mods,
      en_honorifics, en_company_suffixes, en_org_suffixes, en_company_cues, en_person_verbs, en_stop,
      given_names;
  std::vector<std::string> latin_title_suffixes;
  WordSet latin_person_cues;
  WordSet org_connectors;
  WordSet non_entity_heads;
  WordSet alias_prefixes;  // the first 1..n-1 words of every alias of n words
  // A title or honorific in a Latin-script person span: "Mme", "CEO", "Außenministerin".
  bool IsLatinTitle(std::string_view w) const {
    if (en_titles.count(w) || en_honorifics.count(w)) return true;
    // (Lower case too: "el presidente Pedro Sánchez", "ministr zdravotnictví".)
    if (w.size() < 4) return false;
    // (The suffixes are lower case: compared with the word's tail folded, without a copy; most
    // words end in a byte no suffix ends in.)
    if (title_suffix_empty) return true;
    for (const std::string_view suf : title_suffixes_by_last[FoldAsciiByte(w.back())])
      if (EndsWithFolded(w, suf)) return true;
    return false;
  }
  // latin_title_suffixes by their last byte (184 rows: a word is compared with the few that end
  // in its own last byte), and whether one is empty (it ends every word).
  std::array<std::vector<std::string_view>, 256> title_suffixes_by_last;
  bool title_suffix_empty = false;
  // The legal_suffix rows that are no English company suffix (LegalFormEnd), in list order, and
  // bit b set when one of them starts with byte b.
  std::vector<std::string> legal_forms;
  uint64_t legal_form_first_bytes[4] = {0, 0, 0, 0};
  std::unique_ptr<SentenceAnalyzer> analyzer;  // for text without a shared analysis
  std::unique_ptr<icu::Transliterator> romanizer;
  mutable std::mutex romanizer_mu;
  const NerTagger* tagger = nullptr;

  // Romanizes Hangul to lowercase ASCII ("털록" -> "teollog"). Thread-safe.
  std::string Romanize(std::string_view s) const {
    icu::UnicodeString u =
        icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    {
      std::lock_guard<std::mutex> lock(romanizer_mu);
      romanizer->transliterate(u);
    }
    std::string out;
    u.toUTF8String(out);
    return out;
  }

  // Syllables typical of transliterated foreign names ("하워드", "스미스", "브래넌") and rare in
  // Korean given names and Sino-Korean common nouns.
  static bool HasForeignSyllable(std::string_view w) {
    for (const std::string& f : EntityWords::Default().List(WordList::kKoForeignSyllable))
      if (w.find(f) != std::string_view::npos) return true;
    return false;
  }
  // A department of an institution ("전기및전자공학부", "생명과학과", "데이터본부"): a word of three or
  // more syllables ending in a unit noun.
  static bool IsKoDepartment(std::string_view w) {
    if (CountCodePoints(w) < 3) return false;
    return EndsWithAnyOf(WordList::kKoDepartmentHead, w);
  }
  bool IsKoTitle(std::string_view w) const {
    if (ko_titles.count(w)) return true;
    return EndsWithRowOf(ko_title_suffixes, ko_title_suffix_lengths, w,
                         [&](size_t len) { return w.size() > len && !EndsWith(w, "들"); });
  }
  // The distinct lengths of the rows of ko_title_suffixes, ko_company_suffixes, ko_org_suffixes.
  std::vector<size_t> ko_title_suffix_lengths, ko_company_suffix_lengths, ko_org_suffix_lengths;
  static std::vector<size_t> RowLengths(const WordSet& set) {
    std::vector<size_t> lengths;
    for (const std::string& w : set) lengths.push_back(w.size());
    std::sort(lengths.begin(), lengths.end());
    lengths.erase(std::unique(lengths.begin(), lengths.end()), lengths.end());
    return lengths;
  }
  // Whether a row of `set` (its distinct `lengths`) ends `s` and ok(row length) holds: one probe
  // per length instead of a comparison per row.
  template <typename Ok>
  static bool EndsWithRowOf(const WordSet& set, const std::vector<size_t>& lengths, std::string_view s,
                            Ok ok) {
    for (const size_t len : lengths)
      if (len <= s.size() && set.count(s.substr(s.size() - len)) && ok(len)) return true;
    return false;
  }
  // An anonymized Korean name: a family name and 모 ("정모", "권모", "남궁모"), a person's name next
  // to 씨 or a title as 王某 is in Chinese; no common word (부모, 고모).
  bool IsKoreanAnonymizedName(std::string_view w) const {
    return IsAllHangul(w) && w.size() >= 6 && w.size() <= 9 && EndsWith(w, "모") && !ko_stop.count(w) &&
           !IsKoWord(w) && ko_surnames.count(w.substr(0, w.size() - 3)) > 0;
  }
  // Korean native name: surname + given name, 2..4 syllables in all.
  bool IsKoreanNameShape(std::string_view w) const {
    if (!IsAllHangul(w)) return false;
    int n = CountCodePoints(w);
    if (n < 3 || n > 4) return false;
    if (ko_stop.count(w) || IsKoTitle(w)) return false;
    for (int st : KoreanStemLengths(w))  // "박사가" is a title with a particle
      if (ko_stop.count(w.substr(0, st)) || IsKoTitle(w.substr(0, st))) return false;
    if (HasForeignSyllable(w.substr(3))) return false;
    if (!ko_surnames.count(w.substr(0, n == 4 ? 6 : 3))) return false;
    // A dictionary word (배터리, 이사회) is not a name on its shape alone; nor is a verb form whose
    // stem + 다 is one ("임기를 남기고 고문으로": 남기다; thirty-fourth session).
    if (IsKoWord(w) || IsKoVerbForm(w)) return false;
    // A form the KoNNE gazetteer knows as an organization and never as a person ("국토부": 국 is
    // a family name too).
    if (tagger) {
      uint32_t g = tagger->KoreanGazetteerClasses(w);
      if ((g & (ner::kGazStrongPer << 1)) && !(g & ner::kGazPer)) return false;
    }
    return true;
  }

  // ---- dictionary pass
  void DictPass(int pi, Para& p, std::vector<Cand>& cands, std::string_view lang) const;
  bool DictMatchEndingAt(const DictSite& s, int last, std::string_view key, Para& p,
                         std::vector<Cand>& cands) const;
  bool TryDictKey(const DictSite& s, int last, std::string_view k, int end_byte, double conf, Para& p,
                  std::vector<Cand>& cands) const;
  void TakeInflectedGivenName(const Para& p, int last, Cand* c) const;
  bool DictNameContinues(const DictSite& s, int last, int end_byte, EntityType type, const Para& p) const;
  void KoreanCuePass(int pi, Para& p, std::vector<Cand>& cands) const;
  void ClaimSpan(int pi, Para& p, std::vector<Cand>& cands, int tb, int te, int end_byte, EntityType type,
                 double conf) const;
  void ListMemberPersonPass(int pi, Para& p, std::vector<Cand>& cands) const;
  bool KoNameWordOk(const Para& p, int t) const;
  int KoNameAfter(const Para& p, int k, int sentence, int* end_byte, std::string_view* particle,
                  bool origin = false) const;
  bool KoNameBoundary(const Para& p, int c, int sentence) const;
  bool KoForeignPair(std::string_view first, std::string_view last) const;
  bool AmountFollows(const Para& p, int t) const;
  bool IsKoVerbForm(std::string_view w) const;
  void KoreanPersonCues(int pi, Para& p, std::vector<Cand>& cands) const;
  void KoGroupMemberNames(int pi, Para& p, std::vector<Cand>& cands) const;
  void KoMemberList(int pi, Para& p, std::vector<Cand>& cands, int k, bool list_only) const;
  bool KoTitleThenName(int pi, Para& p, std::vector<Cand>& cands, int t) const;
  int KoRoleBeforeName(const Para& p, int k, int end_tok, int end_byte) const;
  bool KoOriginThenName(int pi, Para& p, std::vector<Cand>& cands, int t) const;
  void JapaneseNameBeforeTitle(int pi, Para& p, std::vector<Cand>& cands) const;
  int ChineseNameLastChar(const Para& p, int start, int cut) const;
  void KoNameThenTitle(int pi, Para& p, std::vector<Cand>& cands, int t, std::string_view title_stem) const;
  bool KoNameThenCompanyTitle(const Para& p, int k, int end_tok, std::string_view particle) const;
  bool KoNameBeforeStopWord(int pi, Para& p, std::vector<Cand>& cands, int a, int sentence) const;
  void KoCoordinatedBefore(int pi, Para& p, std::vector<Cand>& cands, int first, int sentence) const;
  void KoRegionOpenedOrgBefore(int pi, Para& p, std::vector<Cand>& cands, int a, int sentence) const;
  int KoFormerApposition(const Para& p, const std::vector<Cand>& cands, int a, int sentence) const;
  void KoGenitiveOrgPass(int pi, Para& p, std::vector<Cand>& cands) const;
  bool KoUnknownOrgWord(std::string_view w) const;
  bool KoOriginOrgWord(std::string_view w) const;
  bool KoFirmInfixName(std::string_view w) const;
  void KoreanFirmInfixNames(int pi, Para& p, std::vector<Cand>& cands) const;
  void KoreanOriginOrgNames(int pi, Para& p, std::vector<Cand>& cands) const;
  bool KoPlaceWordAt(const Para& p, int q) const;
  EntityType KoSuffixType(std::string_view s) const;
  bool KoCompanyCue(std::string_view w) const;
  void KoreanOrgCues(int pi, Para& p, std::vector<Cand>& cands) const;
  EntityType KoOrgTypeOf(const Para& p, int t, const std::vector<int>& stems, std::string_view& stem) const;
  int KoGroupAfterName(const Para& p, int t, const std::vector<int>& stems) const;
  bool KoNameAfterCompanyCue(int pi, Para& p, std::vector<Cand>& cands, int t, std::string_view s,
                             bool particle) const;
  void KoDescriptorBefore(const Para& p, std::vector<Cand>& cands, int cue) const;
  // `lang`: the article's language ("" unknown); German keeps "der" out of name connectors.
  void EnglishPass(int pi, Para& p, std::vector<Cand>& cands, std::string_view lang) const;
  void InitialsPersonPass(int pi, Para& p, std::vector<Cand>& cands) const;
  void NicknamePersonPass(int pi, Para& p, std::vector<Cand>& cands) const;
  int GermanInstitutionHead(const Para& p, int t, bool* compound) const;
  int ElidedCompoundStart(const Para& p, int a) const;
  int GermanInstitutionTail(const Para& p, int head) const;
  void GermanInstitutionPass(int pi, Para& p, std::vector<Cand>& cands) const;
  void GermanCouncilPass(int pi, Para& p, std::vector<Cand>& cands) const;
  int GermanPlaceEnd(const Para& p, int k) const;
  bool GermanPlaceHead(const Para& p, int t) const;
  int GermanHouseNameEnd(const Para& p, int t) const;
  void GermanPlacedBodyPass(int pi, Para& p, std::vector<Cand>& cands) const;
  void GermanClubPass(int pi, Para& p, std::vector<Cand>& cands) const;
  void GermanShopPass(int pi, Para& p, std::vector<Cand>& cands) const;
  bool CoordinatedNameWord(const Para& p, int t) const;
  void CoordinatedCompanyPass(int pi, Para& p, std::vector<Cand>& cands) const;
  void EnglishGovernmentPass(int pi, Para& p, std::vector<Cand>& cands) const;
  void JoinLatinUnits(Para& p, std::vector<Cand>& cands, int first) const;
  bool LatinCapWord(const Para& p, int t) const;
  bool HeadAhead(const Para& p, int q, bool company_heads) const;
  bool EnTitleWord(const Para& p, int t) const;
  int SaintWord(const Para& p, int q) const;
  int LatinRunEnd(const Para& p, int a, std::string_view lang) const;
  int ConnectorJoin(const Para& p, int a, int b, int sent, std::string_view lang, bool* possessive) const;
  int CommaListEnd(const Para& p, int a, int b) const;
  int ForTheJoinEnd(const Para& p, int a, int b, int sent) const;
  int CampusJoinEnd(const Para& p, int a, int b, int sent) const;
  void JoinGermanUnits(Para& p, std::vector<Cand>& cands, int first) const;
  void JoinGermanGenitiveUnits(int pi, Para& p, std::vector<Cand>& cands) const;
  bool ForumHeadAfter(const Para& p, int q) const;
  void TrimCountryBeforeCity(Para& p, std::vector<Cand>& cands, int first) const;
  void SplitChineseTitleAcross(Para& p, std::vector<Cand>& cands, int first) const;
  void JoinAmpersandFronts(Doc& d) const;
  void JoinGermanNamedGenitiveUnits(Para& p, std::vector<Cand>& cands, int first) const;
  void JoinGermanUnitsBeforeParent(int pi, Para& p, std::vector<Cand>& cands) const;  // german_units.cc
  bool CuedCompanyContinues(const Para& p, int i, int nx) const;                      // dictionary.cc
  void ChinesePrepositionSurnames(int pi, Para& p,
                                  std::vector<Cand>& cands) const;  // zh_preposition_surnames.cc
  void JoinGermanGenitivePlurals(Para& p, std::vector<Cand>& cands, int first) const;
  void JoinSlashedShortForms(Para& p, std::vector<Cand>& cands, int first) const;
  void TrimGermanKindFronts(Para& p, std::vector<Cand>& cands, int first) const;
  bool ZhJoinInsideName(const Para& p, int k) const;
  bool ZhStopInsideName(const Para& p, int k) const;
  bool ZhUnitJoin(const Para& p, int from, int q) const;
  bool CjkUnitEndsInHead(std::string_view w, std::string_view unit_text) const;
  int TaggerSpanCutInHead(const Para& p, const std::vector<Cand>& cands, int h0, int h, int head_start) const;
  void JoinGermanNamedInstitutions(Para& p, std::vector<Cand>& cands, int first) const;
  bool GermanInstitutionHeadWord(std::string_view w) const;
  bool PortfolioPost(std::string_view name) const;
  bool AfterSeatWord(const Para& p, int start) const;
  void DropPostsAndSeats(Doc& d) const;
  bool KoreanGovernmentPlace(std::string_view w) const;
  void JoinKoreanGovernmentUnits(int pi, Para& p, std::vector<Cand>& cands) const;
  int GermanGenitiveTerritoryEnd(const Para& p, int t) const;
  void TrimLatinRun(const Para& p, int* a, int* b, std::string_view lang) const;
  int TrimLatinRunStart(const Para& p, int a, int b, std::string_view lang) const;
  bool OpeningKindNoun(const Para& p, int q, int b) const;
  int TrimLatinRunEnd(const Para& p, int a, int b, std::string_view lang) const;
  bool OrgHeadWordIn(const Para& p, int a, int b) const;
  int OrgRunCut(const Para& p, int a, int b) const;
  void LatinRunShape(const Para& p, int a, int b, int* words, bool* name_like) const;
  LatinContext LatinRunContext(const Para& p, const std::vector<Cand>& cands, int a, int b) const;
  void ClassifyLatinRun(int pi, Para& p, std::vector<Cand>& cands, int a, int b) const;
  bool SettleTypedLatinRun(const Para& p, EntityType type, std::string_view last, int* a, int b) const;
  bool OpensSentenceAsCommonWord(const Para& p, int a) const;
  bool SportsTeamRun(const Para& p, int a, int b, int words) const;
  void SamePageNames(Doc& d) const;
  void SamePageKoreanNames(Doc& d) const;
  void SamePageKoreanRegionNames(Doc& d) const;
  int KoClauseNameEnd(const Para& p, int t) const;
  bool KoTitleSlotAfter(const Para& p, int t) const;
  bool KoLatinHangulCompany(const Para& p, int t, std::string_view s) const;
  // employer_heads.cc (thirtieth session): company names with no legal form or listed head.
  bool EnCompanyWordEnding(std::string_view w) const;
  bool KoGluedGroupCompany(const Para& p, int t, std::string_view* stem) const;
  bool KoIndustryHeadCompany(const Para& p, int t, std::string_view* stem) const;
  void KoreanClauseOrgPass(int pi, Para& p, std::vector<Cand>& cands) const;
  bool KoClauseOpensAt(const Para& p, int t, bool region_name) const;
  EntityType ContextOrgType(const Para& p, int* a_io, int b, int words, double* conf) const;
  int LowerBodyHeadEnd(const Para& p, int a, int b) const;
  bool KoSurnameSsiWord(std::string_view w) const;
  int HireVerbAfter(const Para& p, int a, int b) const;
  int CompanyDescriptionEnd(const Para& p, int q) const;
  bool NameObjectAfter(const Para& p, int v) const;
  bool PlusGluedAfter(const Para& p, int b) const;
  bool LoneUnknownName(const Para& p, int a) const;
  bool OrgByClauseRole(const Para& p, int a, int b, bool poss_end) const;
  bool ArticleAt(const Para& p, int t, int a) const;
  bool ClippedShortForm(const Para& p, int tb, int te, int t) const;
  bool CommonWordRun(const Para& p, int a, int b) const;
  bool ActsAsBody(const Para& p, int t) const;
  bool AfterPlacePreposition(const Para& p, int t) const;
  bool RegionBranchAfter(const Para& p, const std::vector<Cand>& cands, int ci) const;
  bool GermanInflectedAdjective(const Para& p, int t) const;
  void SportTownClubs(Doc& d) const;
  // Group prefixes and team short names (extract/entities/groups_teams.cc).
  bool SportPage(const Doc& d) const;
  int GroupRowAt(const Para& p, int t) const;
  bool AffiliateNameWord(const Para& p, int t, int a, bool letter) const;
  void GroupAffiliateNames(int pi, Para& p, std::vector<Cand>& cands, int first) const;
  void UnionBlocPass(int pi, Para& p, std::vector<Cand>& cands) const;
  bool TeamNicknameWord(std::string_view w) const;
  void TeamShortNames(Doc& d) const;
  // German bodies with no earlier cue (extract/entities/german_bodies.cc).
  bool GermanEnsembleAdjective(const Para& p, int t, int s, bool* names) const;
  void GermanEnsemblePass(int pi, Para& p, std::vector<Cand>& cands) const;
  void GermanBodyWordPass(int pi, Para& p, std::vector<Cand>& cands) const;
  void GermanHyphenUnitPass(int pi, Para& p, std::vector<Cand>& cands) const;
  bool GermanEnsembleSeat(const Para& p, const Cand& c) const;
  // English slots and context names (extract/entities/english_slots.cc).
  bool SlotNameWord(const Para& p, int t, int s, bool common) const;
  void MemberNounSlots(int pi, Para& p, std::vector<Cand>& cands) const;
  void KindListSlots(int pi, Para& p, std::vector<Cand>& cands) const;
  void TitleOfficeSlots(int pi, Para& p, std::vector<Cand>& cands) const;
  void DropContextNames(Doc& d) const;
  bool ContextNameInLongerName(const Para& p, int t) const;
  // Korean and Japanese kind words and seats (extract/entities/cjk_kinds.cc).
  void KoreanKindFormNames(int pi, Para& p, std::vector<Cand>& cands) const;
  bool KoKindFormNameSlot(const Para& p, int t, int q, std::string_view particle) const;
  void KoreanSchoolShortNames(int pi, Para& p, std::vector<Cand>& cands) const;
  void JapaneseKanaOrgHeads(int pi, Para& p, std::vector<Cand>& cands) const;
  void JapanesePublicBodies(int pi, Para& p, std::vector<Cand>& cands) const;  // ja_public_bodies.cc
  void JapaneseActingPlaces(int pi, Para& p, std::vector<Cand>& cands) const;  // ja_public_bodies.cc
  void JapaneseSeatBodies(Doc& d) const;
  // Persons named by their slot (extract/entities/person_lists.cc).
  void JapaneseMemberNames(int pi, Para& p, std::vector<Cand>& cands) const;
  // German press names cut to the family initial (extract/entities/anonymized_names.cc).
  double InitialCutName(const Para& p, int t, bool press_language) const;
  bool GermanPressNameLead(const Para& p, int t) const;
  void InitialCutPersons(int pi, Para& p, std::vector<Cand>& cands, std::string_view lang) const;
  void MonthGivenNames(int pi, Para& p, std::vector<Cand>& cands) const;
  bool StopWordFamilyName(const Para& p, int a, int q) const;
  void KoreanForeignNameSlots(int pi, Para& p, std::vector<Cand>& cands) const;
  int ClaimTeamFullNames(Doc& d, std::string_view w) const;
  void LinkClubNicknames(Doc& d, const std::map<std::string, int>& towns) const;
  void DropSentenceAdverbs(Doc& d) const;
  void CloseBracketsInNames(Doc& d) const;
  bool NoCommonWordIn(const Para& p, int a, int b) const;
  bool PersonWordIn(const Para& p, int a, int b) const;
  bool OrgWordIn(const Para& p, int a, int b) const;
  bool PlaceRun(const Para& p, int a, int b) const;
  bool NationalBranchRun(const Para& p, int a, int b) const;
  bool WorkplaceNounAt(const Para& p, int t) const;
  bool OfficerTitleAt(const Para& p, int t) const;
  bool EmployerSlotAt(const Para& p, int a) const;
  EntityType LatinOrgHeadType(const Para& p, int a, int b, int words, double* conf) const;
  bool LatinCompanyContext(const Para& p, int a, int b, int words, bool poss_end, const LatinContext& x,
                           double* conf) const;
  // Spans under the tagger's score floor go to `low` (when given) instead of being skipped.
  void TaggerPass(int pi, Para& p, std::vector<Cand>& cands, std::string_view lang,
                  std::vector<std::pair<TaggedSpan, int>>* low) const;
  std::vector<TaggedSpan> TagSentence(std::string_view sent, std::string_view l) const;
  void ExtendForeignName(const Para& p, int tb, int* te, int* be) const;
  bool TaggerSpanWords(const Para& p, const TaggedSpan& s, int sa, TaggerWords* w) const;
  bool KoTitleWordAt(const Para& p, int t, int tb, bool plural) const;
  bool WeakKoreanUnit(const Para& p, std::string_view unit, int r, bool had_particle,
                      const std::vector<Cand>& cands) const;
  bool WeakUnitShape(std::string_view unit) const;
  uint32_t KoGazetteerOf(const Para& p, const TaggerWords& w) const;
  void TaggerSpanClaim(int pi, Para& p, std::vector<Cand>& cands, std::vector<Cand>* coordinated,
                       const TaggedSpan& s, int sa) const;
  enum class TaggerPerson { kNo, kIfCoordinated, kYes };
  TaggerPerson TaggerPersonVerdict(const Para& p, const TaggerWords& w, bool cue) const;
  EntityType TaggerOrgType(const Para& p, const TaggerWords& w, bool title_after) const;
  void JoinCoordinatedPersons(Para& p, std::vector<Cand>& cands, std::vector<Cand>& coordinated) const;
  void CjkTaggerPass(int pi, Para& p, std::vector<Cand>& cands, std::string_view lang) const;
  struct CjkSpan {
    int tb = 0, te = 0, start = 0, cut = 0;
    bool person = false;
  };
  bool CjkOrgBounds(const Para& p, std::string_view lang, int end, CjkSpan* sp) const;
  bool CjkSpanIsPerson(const Para& p, CjkSpan* sp) const;
  bool ChineseCompanyTailSpan(const Para& p, std::string_view lang,
                              CjkSpan* sp) const;  // zh_company_tails.cc
  void CjkPersonName(const Para& p, std::string_view lang, CjkSpan* sp) const;
  int CjkNameEndBeforeTrailer(const Para& p, std::string_view lang, int start, int cut) const;
  int CjkPlaceStart(const Para& p, size_t suffix) const;
  void CjkGovernmentPass(int pi, Para& p, std::vector<Cand>& cands) const;
  bool ChineseOrgSpanStart(const Para& p, int* tb, int te, int* start, int* cut) const;
  void JapaneseCuePass(int pi, Para& p, std::vector<Cand>& cands) const;
  void CjkQuotedNamePass(int pi, Para& p, std::vector<Cand>& cands) const;
  void JapaneseLegalFormPass(int pi, Para& p, std::vector<Cand>& cands) const;
  bool ExtendCjkOrgName(Para& p, std::vector<Cand>& cands, int ci) const;
  void JoinKoreanUnits(Para& p, std::vector<Cand>& cands, int first) const;
  void JoinKoreanPanelFronts(Para& p, std::vector<Cand>& cands, int first) const;
  bool KoreanPanelFrontWord(const Para& p, int t) const;
  void ChineseHeadNames(int pi, Para& p, std::vector<Cand>& cands) const;
  void ChineseListNames(int pi, Para& p, std::vector<Cand>& cands) const;
  void ChineseMatchTeams(int pi, Para& p, std::vector<Cand>& cands) const;               // zh_match_teams.cc
  void TrimChineseOrgPredicates(Para& p, std::vector<Cand>& cands, int first) const;     // zh_name_edges.cc
  void JoinChineseCountryArms(Para& p, std::vector<Cand>& cands, int first) const;       // zh_name_edges.cc
  void JoinChineseUnitsAfterParent(Para& p, std::vector<Cand>& cands, int first) const;  // zh_name_edges.cc
  void ChineseRoleNames(int pi, Para& p, std::vector<Cand>& cands) const;
  void ChineseAddressedFamilyNames(int pi, Para& p, std::vector<Cand>& cands) const;
  void ChineseCueOrgNames(int pi, Para& p, std::vector<Cand>& cands) const;
  int BracketedSpellingAt(const Para& p, int b, int e) const;
  int ClaimHanOrganization(int pi, Para& p, std::vector<Cand>& cands, int tb, int te, int start,
                           double conf = 0.6) const;
  int ZhNameStart(const Para& p, int t, int sentence, int max_cps, int ignore, bool* stopped) const;
  void JoinCjkHyphenNames(Para& p, std::vector<Cand>& cands, int first) const;
  void TrimChineseOrgLeads(Para& p, std::vector<Cand>& cands, int first) const;
  bool ZhGluedLead(const Para& p, int a, int k) const;
  void DropTitleSponsorsAndMembers(Doc& d) const;
  void CjkGlossPass(int pi, Para& p, std::vector<Cand>& cands, int first) const;
  bool IsGlossedShortForm(const Para& p, const std::vector<Cand>& cands, int ci, int b, int e) const;
  void EraseCands(Para& p, std::vector<Cand>& cands, int tb, int te) const;
  void TrimLatinPersonSpan(Para& p, Cand* c, std::string_view lang) const;
  void KoGlossedForeignCompanies(int pi, Para& p, std::vector<Cand>& cands) const;
  void GlossPass(int pi, Para& p, std::vector<Cand>& cands) const;
  bool IsCyrillicGivenName(std::string_view w) const;
  void CyrillicPersonPass(int pi, Para& p, std::vector<Cand>& cands) const;
  bool IsAcronym(const Para& p, int t) const;
  bool MixedCaseShortForm(const Para& p, int t) const;
  bool DeOrgKindCue(const Para& p, int t) const;
  bool DeKindNameStart(const Para& p, int t) const;
  bool CompanyAppositionAfter(const Para& p, int b) const;
  void TrimGermanKindCues(Doc& d) const;
  int GermanKindCueEnd(const Para& p, int tb, int te) const;  // german_kind_fronts.cc
  void JoinGermanAdjectives(Doc& d) const;
  void AcronymPass(int pi, Para& p, std::vector<Cand>& cands) const;
  void SpelledOutAcronymPass(int pi, Para& p, std::vector<Cand>& cands) const;
  void LegalFormPass(int pi, Para& p, std::vector<Cand>& cands) const;
  void PartnersNamePass(int pi, Para& p, std::vector<Cand>& cands) const;
  int LegalFormEnd(const Para& p, int t, int* end_byte) const;
  int SpelledOutStart(const Para& p, int open, bool single = false) const;
  void ReadRoles(const Para& p, const Cand& c, const std::vector<Cand>& cands,
                 const std::vector<std::string>& canon_of, std::vector<Role>* roles) const;
  void ReadTitleBefore(const RoleSink& r, const Cand& c) const;
  void ReadTitleAfter(const RoleSink& r, const Cand& c) const;
  void ReadApposition(const RoleSink& r, const Cand& c) const;
  // ---- article-level steps of Recognize, in order
  // `low` (when given) receives the tagger's spans under its score floor (OfferLowSpans).
  void GermanCuePasses(int pi, Para& p, std::vector<Cand>& cands) const;
  bool DeQuotedKindWord(const Para& p, int t) const;
  void GermanQuotedKindNames(int pi, Para& p, std::vector<Cand>& cands) const;
  void JoinGermanSpans(int pi, Para& p, std::vector<Cand>& cands, int first) const;
  void EditChineseSpans(Para& p, std::vector<Cand>& cands, int first) const;
  void RecognizeParagraph(int pi, Para& p, std::vector<Cand>& cands, std::string_view lang,
                          std::vector<std::pair<TaggedSpan, int>>* low) const;
  void OfferLowSpans(Doc& d, const std::vector<std::vector<std::pair<TaggedSpan, int>>>& low) const;
  void DropNonNames(Doc& d) const;
  void DropPlatformVenues(Doc& d) const;
  void TrimKoreanOrgs(Doc& d) const;
  bool KoConvenedMeeting(const Para& p, const Cand& c) const;
  void DropChineseNonPersons(Doc& d) const;
  bool ListedGlossNames(const Para& p, std::vector<Cand>& cands, int ci, int b, int e) const;
  void DropGenericCjkOrgs(Doc& d) const;
  void DropCountedChineseBodies(Doc& d) const;                                          // zh_counted.cc
  void TrimCountryBeforePageNames(Doc& d) const;                                        // zh_name_edges.cc
  void TrimKoreanUnitTitles(const Para& p, std::vector<Cand>& cands, int first) const;  // ko_name_edges.cc
  std::string KoKindFrontAlias(const Para& p, const Cand& c) const;                     // ko_name_edges.cc
  void DropSentenceOpeningPairs(Doc& d) const;
  void TrimPersonTitles(Doc& d) const;
  void TrimChineseTitleTail(const Para& p, Cand* c) const;
  void DropLowerCaseWords(Doc& d) const;
  void DropGermanNounPhrases(Doc& d) const;
  void DropGermanKindNouns(Doc& d) const;
  void DropGermanGenitivesAndCounts(Doc& d) const;  // german_genitives.cc
  // ko_common_persons.cc
  bool IsKoAdnominalForm(std::string_view w) const;
  bool KoCommonWordForm(std::string_view s) const;
  bool KoSurnameWordSplit(std::string_view s) const;
  bool KoGenericUnitWord(std::string_view w) const;
  bool KoCommonWordPerson(const Doc& d, const Cand& c,
                          std::map<std::string_view, bool>* page_words = nullptr) const;
  bool KoModifierOnPage(const Doc& d, std::string_view s) const;
  bool KoNounAfterAt(const Para& p, int t, int end) const;
  static std::string KoStemWithRieul(std::string_view stem);
  bool KoCommonFirstWord(const Doc& d, const Cand& c) const;
  bool KoPersonCueAfter(const Para& p, int t, int end) const;
  bool KoTitleWord(const Para& p, int t) const;
  void KoNameMentionVotes(const Doc& d, std::string_view name, int* cued, int* nouns) const;
  bool KoSurnameTitledOnPage(const Doc& d, std::string_view surname) const;
  void DropKoreanCommonWordPersons(Doc& d) const;
  void RetypeChineseBodiesBeforeTitledNames(Doc& d) const;  // cjk_false_persons.cc
  void JoinJapaneseKanaGivenNames(Doc& d) const;
  void RetypeInstitutionPersons(Doc& d) const;
  void TrimHeadlinePhrases(Doc& d) const;
  bool GermanPlaceAdjective(const Para& p, int t) const;
  int ChinesePlaceBeforeListedBody(const Para& p, int i) const;
  std::string BroadcastChannelAlias(const Para& p, const Cand& c) const;
  int LegalFormNameStart(const Para& p, int last) const;
  int PersonOfCut(const Para& p, int a, int b) const;
  int CompanyCueWordEnd(const Para& p, int a) const;
  bool PartnerBeforeComma(const Para& p, int a, bool amp) const;
  bool GermanTitleApposition(const Para& p, int comma) const;
  bool GermanCompanyCue(const Para& p, int t) const;
  void GroupCandidates(Doc& d) const;
  void YieldListedSurnames(Doc& d) const;
  bool NeverLower(Doc& d, std::string_view word) const;
  std::string ShortFormOf(Doc& d, size_t i) const;
  void CollectShortForms(Doc& d) const;
  void AddKoreanAbbreviations(Doc& d, size_t i) const;
  bool EndsInOrgHead(std::string_view s) const;
  std::string KoTitleAfter(const Para& p, int t, int words = 3) const;
  void LinkOrgPrefixes(Doc& d) const;
  int ShortFormAt(const Doc& d, const Para& p, int t, int* end) const;
  bool PlaceAfterPreposition(const Doc& d, const Para& p, int t) const;
  Doc::ShortForms::const_iterator PrefixShortForm(const Doc& d, const Para& p, int t, int* end) const;
  void ClaimShortFormMentions(Doc& d) const;
  int KoreanUnitEndAt(const Para& p, int q) const;
  int FreeKoreanUnitAfter(Doc& d, Para& p, int q) const;  // linking.cc
  void AddPronouncedAcronyms(Doc& d) const;
  std::string CanonicalName(const Doc& d, int g, double* penalty) const;
  std::vector<Entity> BuildEntities(const Doc& d, std::vector<int>* groups) const;
  EntityFacts FactsOf(Doc& d, const std::vector<int>& members, const std::vector<Entity>& out,
                      size_t e) const;
  void FactsOfMention(Doc& d, const Cand& c, EntityFacts* f, bool* initial) const;
  void FactsOfName(Doc& d, const Cand& c, EntityFacts* f) const;
  // `offer`: with `features`, also offer the tagger's low-score spans (OfferLowSpans).
  std::vector<Entity> Run(const Article& article, std::vector<std::vector<std::string>>* features,
                          bool offer) const;
  void ReviveDropped(Doc& d) const;
  EntityOptions options;

  int Claim(Para& p, std::vector<Cand>& cands, Cand c) const {
    for (int t = c.tb; t < c.te; ++t)
      if (p.owner[t] >= 0) return -1;
    int idx = static_cast<int>(cands.size());
    for (int t = c.tb; t < c.te; ++t) p.owner[t] = idx;
    cands.push_back(std::move(c));
    return idx;
  }
  // Claims the whole word at token t of paragraph pi as one candidate.
  int ClaimWord(int pi, Para& p, std::vector<Cand>& cands, int t, EntityType type, double conf) const {
    Cand c;
    c.para = pi;
    c.tb = t;
    c.te = t + 1;
    c.start = p.toks[t].start;
    c.end = p.toks[t].end;
    c.type = type;
    c.conf = conf;
    return Claim(p, cands, std::move(c));
  }

  // Length of the Hangul stem of `w` to use for a name ending at this token: the whole token if
  // it carries no particle, else the longest stem left after the whole particle ("아크라실리콘으로부터":
  // 으로부터, KoreanWholeParticleStem); 0 if nothing is left.
  int NameStemLength(std::string_view w, bool* had_particle) const {
    const int stem = KoreanWholeParticleStem(w);
    *had_particle = stem < static_cast<int>(w.size());
    return stem;
  }
};

// Free functions more than one part calls (defined in entities/korean_cues.cc, english.cc,
// filters.cc).
int KoreanFormBefore(const Para& p, int t, bool free = true);
// extract/entities/ko_locative.cc: word t is closed by the locative particle 에 (not 에게).
bool KoLocativeWord(const Para& p, int t);
std::string_view HyphenWordEndingAt(const Para& p, int k);
bool RomanNumeral(std::string_view w);
bool TitleCaseHeadline(const Article& a, std::string_view lang);

}  // namespace hirewire::extract
