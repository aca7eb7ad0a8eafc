// Internal to the NER tagger and its training tool: units (Korean characters, English tokens),
// hashed features, and the flat binary model format. Not a public API.
//
// Feature extraction is shared by training (extract/tools/train_ner.cc) and tagging
// (extract/ner_tagger.cc) so the two can never disagree.
//
// Thread-safety: pure functions and read-only views.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace hirewire::extract::ner {

// BIO tags over four entity types. Only PER and ORG spans are output; LOC (places) and OTHER
// (Korean dates, times and quantities) are learned as contrasts so that "O" is not a mix of
// everything else (a country as a place vs. as a team), and are dropped at output.
enum NerType : int { kPer = 0, kOrg = 1, kLoc = 2, kOther = 3 };
inline constexpr int kNumTypes = 4;
enum TagId : int {
  kO = 0,
  kBPer = 1,
  kIPer = 2,
  kBOrg = 3,
  kIOrg = 4,
  kBLoc = 5,
  kILoc = 6,
  kBOther = 7,
  kIOther = 8,
};
inline constexpr int kNumTags = 1 + 2 * kNumTypes;
inline constexpr bool IsBegin(int tag) { return tag > 0 && (tag & 1) != 0; }
inline constexpr bool IsInside(int tag) { return tag > 0 && (tag & 1) == 0; }
inline constexpr int TypeOf(int tag) { return (tag - 1) / 2; }  // tag != kO
inline constexpr int BeginTag(int type) { return 1 + 2 * type; }
// True when tag `to` may follow tag `from` (I-X only after B-X or I-X). from == -1: sentence start.
inline bool Allowed(int from, int to) {
  if (IsInside(to)) return from == to - 1 || from == to;
  return true;
}

// Korean and English (formats 5 and 6), Japanese and Chinese (format 6: per-character like
// Korean, with their own features and weights).
enum Lang : int { kKo = 0, kEn = 1, kJa = 2, kZh = 3 };
inline constexpr int kNumLangs = 4;
inline constexpr bool IsCharLang(int lang) { return lang != kEn; }

// A unit to tag: a code point (ko) or a token (en), as byte offsets into the input.
struct Unit {
  int begin = 0;
  int end = 0;
};

inline uint64_t Mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}
// Cheap combination for building feature keys (one multiply; bijective in b for a fixed a). Feature
// keys are finished with Mix() inside FeatureTable, so their low and high bits are well spread.
inline uint64_t Combine(uint64_t a, uint64_t b) {
  return (((a << 27) | (a >> 37)) ^ (b + 0x632be59bd9b4e019ULL)) * 0x9e3779b97f4a7c15ULL;
}
// Cheap per-byte/code-point fold (FNV-1a step); finish a folded key with Mix() before lookups.
inline uint64_t Fold(uint64_t h, uint32_t c) { return (h ^ c) * 0x100000001b3ULL; }

// Gazetteer classes (bits of GazTable info).
enum GazClass : uint32_t { kGazPer = 1, kGazOrg = 2, kGazLoc = 4, kGazOther = 8 };
// Korean gazetteer: kGazStrongPer << k marks class k as frequent (>= 3) and >= 90% of the form.
inline constexpr uint32_t kGazStrongPer = 256;
// Korean gazetteer: an organization now and then (0 < share < 25%: 미국, 중국 as teams or states).
inline constexpr uint32_t kGazWeakOrg = 16;
// Korean gazetteer: bits 12-15 hold the form's most frequent organization subtype (1 + index in
// the list of konne's OGG_* labels in the trainer; 0 none).
inline constexpr int kGazOrgSubShift = 12;
// English word-list bits, keyed by Mix(the lowercased token's bytes folded from kDictSeed): the word is
// listed in lower case (a common word) and/or capitalized (a name).
enum DictClass : uint32_t { kDictLower = 16, kDictCap = 32 };
inline constexpr uint64_t kDictSeed = 0x646963746c697374ULL;
// English gazetteer (extract/models/en_gazetteer.tsv): lowercased tokens joined by one space,
// folded byte by byte from kEnGazSeed, then Mix; GazClass bits.
inline constexpr uint64_t kEnGazSeed = 0x656e67617a657474ULL;
// English word clusters (extract/models/en_clusters.tsv.gz): the lowercased token folded byte by
// byte from kClusterSeed, then Mix; info = kClusterFlag | the 16-bit cluster path (four levels of
// four bits, most significant level first) | the word's type guess << 17 (0 common word, 1 person,
// 2 organization, 3 place) | its confidence bucket (0-3) << 19.
inline constexpr uint64_t kClusterSeed = 0x636c757374657273ULL;
inline constexpr uint32_t kClusterFlag = 1u << 16;

// Key of a gazetteer form: Mix(Fold over the code points from kGazSeed, spaces included).
inline constexpr uint64_t kGazSeed = 0x67617a6574746565ULL;
// Korean suffix statistics of the gazetteer: for the last 1-3 code points of the forms (folded from
// kGazSuffixSeed), how the forms ending so split over the classes. Info: a 3-bit share bucket per
// class at bits 3k (kGazSuffixBucket), a 2-bit count bucket at bit 12. A lexicon of organization
// heads (…경찰서, …대사관, …팀) learned from the larger gazetteer rather than the training sentences.
inline constexpr uint64_t kGazSuffixSeed = 0x67617a7375666678ULL;
inline constexpr int kGazSuffixMaxLen = 3;
inline constexpr int GazSuffixBucket(uint32_t info, int cls) { return (info >> (3 * cls)) & 7; }
inline constexpr int GazSuffixCount(uint32_t info) { return (info >> 12) & 3; }

// Hint to load the cache line of `p`. An asm statement rather than __builtin_prefetch: GCC 12 at -O2
// dropped the builtin from NerTagger's lookup loop (no prefetch instruction was left in it).
inline void PrefetchLine(const void* p) {
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
  asm volatile("prefetcht0 %0" : : "m"(*static_cast<const char*>(p)));
#else
  __builtin_prefetch(p);
#endif
}

// Read-only open-addressing tables (linear probing, load <= 2/3). A slot matches when its 32-bit
// fingerprint (the hash's high half, 0 mapped to 1) matches; fingerprint 0 marks an empty slot.
// One slot is one cache line fragment: a lookup costs about one cache miss.
inline uint32_t Fingerprint(uint64_t h) {
  uint32_t fp = static_cast<uint32_t>(h >> 32);
  return fp == 0 ? 1 : fp;
}

// 16 bytes: four slots per cache line, never straddling one. Weights are int8 with one scale per
// language (format 5; int16 in 32-byte slots before: the same F1 to ±0.5, half the memory).
struct FeatureSlot {
  uint32_t fp;
  int8_t w[kNumTags];
  int8_t pad[16 - 4 - kNumTags];
};
static_assert(sizeof(FeatureSlot) == 16);

struct GazSlot {
  uint32_t fp;
  uint32_t info;  // GazClass / DictClass bits
};
static_assert(sizeof(GazSlot) == 8);

inline uint64_t FilterBit(uint64_t mixed, uint32_t filter_words) {
  return ((mixed * 0xd6e8feb86659fd93ULL) >> 32) & (static_cast<uint64_t>(filter_words) * 64 - 1);
}

struct FeatureTable {
  const FeatureSlot* slots = nullptr;
  uint32_t mask = 0;  // num_slots - 1
  const uint64_t* filter = nullptr;
  uint32_t filter_words = 0;
  // `h` is Mix(key) of a feature key.
  void PrefetchMixed(uint64_t h) const {
    if (slots == nullptr) return;
    const uint64_t bit = FilterBit(h, filter_words);
    if (filter[bit >> 6] & (uint64_t{1} << (bit & 63))) {
      PrefetchLine(&slots[static_cast<uint32_t>(h) & mask]);
    }
  }
  // The filter word of `h` (prefetched further ahead than the slot, which needs it).
  void PrefetchFilter(uint64_t h) const {
    if (slots != nullptr) PrefetchLine(&filter[FilterBit(h, filter_words) >> 6]);
  }
  // Row of kNumTags weights for a feature key, or nullptr.
  const int8_t* Find(uint64_t key) const { return FindMixed(Mix(key)); }
  const int8_t* FindMixed(uint64_t h) const {
    if (slots == nullptr) return nullptr;
    const uint64_t bit = FilterBit(h, filter_words);
    if (!(filter[bit >> 6] & (uint64_t{1} << (bit & 63)))) return nullptr;
    const uint32_t fp = Fingerprint(h);
    for (uint32_t i = static_cast<uint32_t>(h) & mask;; i = (i + 1) & mask) {
      const FeatureSlot& s = slots[i];
      if (s.fp == fp) return s.w;
      if (s.fp == 0) return nullptr;
    }
  }
};

struct GazTable {
  const GazSlot* slots = nullptr;
  uint32_t mask = 0;
  // Optional presence filter over the stored fingerprints (NerTagger::Load builds one; the blob
  // has none): bit Fingerprint(h) >> filter_shift clear proves that no slot holds h, so most
  // absent keys (n-grams that are no name) cost a bit in a small array, not a line of the table.
  const uint64_t* filter = nullptr;
  int filter_shift = 0;
  bool MayHold(uint64_t h) const {
    if (filter == nullptr) return true;
    const uint32_t bit = Fingerprint(h) >> filter_shift;
    return (filter[bit >> 6] >> (bit & 63)) & 1;
  }
  void Prefetch(uint64_t h) const {
    if (slots != nullptr && MayHold(h)) PrefetchLine(&slots[static_cast<uint32_t>(h) & mask]);
  }
  // The filter word of `h`, which Prefetch() reads: fetched twice as far ahead as the slot, so that
  // Prefetch() does not wait on it.
  void PrefetchFilter(uint64_t h) const {
    if (filter != nullptr) PrefetchLine(&filter[(Fingerprint(h) >> filter_shift) >> 6]);
  }
  // Find() over keys[0..n) into info[0..n), the filter words and slots prefetched ahead.
  void FindAll(const uint64_t* keys, size_t n, uint32_t* info) const {
    constexpr size_t kAhead = 16;
    for (size_t k = 0; k < 2 * kAhead && k < n; ++k) PrefetchFilter(keys[k]);
    for (size_t k = 0; k < kAhead && k < n; ++k) Prefetch(keys[k]);
    for (size_t k = 0; k < n; ++k) {
      if (k + 2 * kAhead < n) PrefetchFilter(keys[k + 2 * kAhead]);
      if (k + kAhead < n) Prefetch(keys[k + kAhead]);
      info[k] = Find(keys[k]);
    }
  }
  uint32_t Find(uint64_t h) const {
    if (slots == nullptr || !MayHold(h)) return 0;
    const uint32_t fp = Fingerprint(h);
    for (uint32_t i = static_cast<uint32_t>(h) & mask;; i = (i + 1) & mask) {
      const GazSlot& s = slots[i];
      if (s.fp == fp) return s.info;
      if (s.fp == 0) return 0;
    }
  }
};

// Decodes UTF-8 into code points with their byte ranges. Invalid bytes become U+FFFD units of one
// byte. NUL-free output; never fails.
void DecodeUtf8(std::string_view text, std::vector<char32_t>* cps, std::vector<Unit>* units);

// Splits English text into tokens roughly as the Universal Dependencies EWT treebank does
// (whitespace, then leading/trailing punctuation and clitics split off, abbreviations kept).
void TokenizeEnglish(std::string_view text, std::vector<Unit>* tokens);

// Features: for unit i, hashes in feats[offsets[i] .. offsets[i+1]). Appends to the vectors after
// clearing them.
struct FeatureBuffer {
  std::vector<uint64_t> feats;
  std::vector<uint32_t> offsets;
  // Per unit (Korean only; empty otherwise): 1 where no person or organization may be (brackets,
  // quotes and other word-ending punctuation; a name across them is rare). Decoders apply it with
  // BlockNames().
  std::vector<uint8_t> blocked;
  void Clear() {
    feats.clear();
    offsets.clear();
    blocked.clear();
  }
};

// Sets the PER/ORG emissions of blocked units to a score no path takes.
inline void BlockNames(const std::vector<uint8_t>& blocked, float* emissions) {
  for (size_t i = 0; i < blocked.size(); ++i) {
    if (!blocked[i]) continue;
    for (int t : {kBPer, kIPer, kBOrg, kIOrg}) emissions[i * kNumTags + t] = -1e30f;
  }
}

// Korean words and stems, per code point of `cps`: a word is a run of characters between spaces
// and word-ending punctuation (brackets, quotes, .,·!? …; not the joiners & - + _ of KT&G);
// wstart/wend are its bounds (-1 on the breaks themselves), stem_end where its stem ends (the word
// minus the longest listed trailing particle or ending: 은/는/이/가/의/에서/씨/측 …, keeping >= 1
// character) and particle a hash of that particle (0 none). Shared by the features and the
// cluster corpus (extract/tools/train_ner.cc --write-ko-stems) so both cut words the same way.
struct KoreanWords {
  std::vector<int> wstart, wend, stem_end;
  std::vector<uint64_t> particle;
};
void SplitKoreanWords(const std::vector<char32_t>& cps, KoreanWords* out);

// Korean word clusters (extract/models/ko_clusters.tsv.gz): a stem's code points folded from
// kKoClusterSeed, then Mix; info = kClusterFlag | the 16-bit cluster path (as the English ones).
inline constexpr uint64_t kKoClusterSeed = 0x6b6f636c75737472ULL;
inline uint64_t KoClusterKey(const char32_t* begin, const char32_t* end) {
  uint64_t h = kKoClusterSeed;
  for (const char32_t* p = begin; p != end; ++p) h = Fold(h, *p);
  return Mix(h);
}

// Korean: one unit per code point of `cps` (spaces are units too).
void KoreanFeatures(const std::vector<char32_t>& cps, const GazTable& gaz, FeatureBuffer* out);
// Japanese or Chinese (`lang` kJa or kZh): one unit per code point, spaces included; character
// n-grams, character classes (Han, hiragana, katakana, Latin ...) and runs of one class.
// `word_start[i]` is 1 where a word of ICU's dictionary segmentation starts (CjkWordStarts over
// the same text and units).
// `gaz` holds the entity forms of the training sentences (CjkGazKey; jackknifed while training).
void CjkFeatures(const std::vector<char32_t>& cps, const std::vector<uint8_t>& word_start, int lang,
                 const GazTable& gaz, FeatureBuffer* out);
// Japanese/Chinese gazetteer key of a form (code points as the features normalize them:
// full-width ASCII folded, Latin lower-cased, digits as 0): Mix(Fold over them from kCjkGazSeed + lang).
// Info: GazClass bits, kGazStrongPer << class for forms seen >= 2 times and >= 90% in that class.
inline constexpr uint64_t kCjkGazSeed = 0x636a6b67617a3031ULL;
inline constexpr int kCjkGazMaxLen = 10;
uint64_t CjkGazKey(const std::vector<char32_t>& cps, size_t begin, size_t end, int lang);
// Chinese word-list classes of the tagger features (the zh_* lists of extract/data/entity_words.tsv).
enum ZhWordBit : uint8_t {
  kZhSurnameBit = 1,
  kZhSurnameRareBit = 2,
  kZhTranslitBit = 4,
  kZhOrgSuffixBit = 8,
  kZhPersonCueBit = 16,
};
// The classes of a word (code points compared as the features normalize them), 0 if none.
uint8_t ZhWordBits(std::string_view word);
void CjkWordStarts(std::string_view text, const std::vector<Unit>& units, std::vector<uint8_t>* starts);
// English: one unit per token.
void EnglishFeatures(const std::vector<std::string_view>& tokens, const GazTable& gaz, FeatureBuffer* out);
// EnglishFeatures in parts, so that a tagger can keep the weights of a word's own features per
// word: the features of a token that depend on its word alone ("word features") and those that
// depend on its neighbours or the sentence ("context features").
inline constexpr uint64_t kEnPad = 0x50414450ULL;  // a neighbour value outside the sentence
inline constexpr int kEnMaxWordFeatures = 25;
inline constexpr int kEnMaxContextFeatures = 30;
// What the features read of one word: its hashes (lower case, shape, short shape), word-list class
// (0..3), cluster (kClusterFlag | path, 0 unknown) and gazetteer classes of the form as written.
struct EnglishWord {
  uint64_t low = 0, shape = 0, sshape = 0, dict = 0, cl = 0;
  uint32_t form = 0;
};
// Fills words[i] for every i of `which` (indexes into `tokens`).
void EnglishWordValues(const std::vector<std::string_view>& tokens, const std::vector<int>& which,
                       const GazTable& gaz, EnglishWord* words);
// One sentence's values that the features of its tokens read (EnglishSentenceContext): every
// token's word values (padded with two kEnPad / 7 slots on each side), its gazetteer n-gram
// matches and capitalization ratio.
struct EnglishSentence {
  const std::vector<std::string_view>* tokens = nullptr;
  const EnglishWord* words = nullptr;
  std::vector<uint64_t> low, sshape, dict, cl;
  std::vector<std::array<uint8_t, 3>> gz;  // per class: 0 none, 1 B, 2 I, 3 E, 4 S
  int cap_ratio = 0;
};
// `words` holds every token's values and must outlive `s`.
void EnglishSentenceContext(const std::vector<std::string_view>& tokens, const EnglishWord* words,
                            const GazTable& gaz, EnglishSentence* s);
// Writes token i's features in template order (EnglishFeatures), its word features (at most
// kEnMaxWordFeatures) through *word unless `word` is nullptr, its context features (at most
// kEnMaxContextFeatures) through *context; both pointers advance. `word` == `context`: one list.
void EnglishTokenFeatures(const EnglishSentence& s, int i, uint64_t** word, uint64_t** context);

// The model blob. Little-endian, every section 16-byte aligned.
//   Header (below) | FeatureSlot[feature_slots] | GazSlot[gaz_slots] | uint64_t[filter_words]
// The filter has one bit per FilterBit(Mix(key)) of every stored feature: a clear bit proves a
// feature is absent without touching the (much larger) slot table.
inline constexpr char kMagic[8] = {'H', 'W', 'N', 'E', 'R', 'M', '0', '1'};
struct ModelHeader {
  char magic[8];
  uint32_t version;        // 6 (5: Korean and English only)
  uint32_t num_tags;       // kNumTags
  float scale[kNumLangs];  // weight = int16 * scale[lang]: one scale per language, so retraining
                           // one language leaves the other's quantized weights unchanged
  uint32_t feature_slots;  // power of two
  uint32_t num_features;
  uint32_t gaz_slots;  // power of two
  uint32_t num_gaz;
  uint32_t filter_words;  // power of two: uint64_t words of the presence filter
  uint32_t reserved;
  // transitions[lang][from + 1][to], from == -1 is the sentence start.
  float transitions[kNumLangs][kNumTags + 1][kNumTags];
};

inline size_t Align16(size_t n) { return (n + 15) & ~size_t{15}; }

// Builds the tables in the blob layout. Entries are inserted in hash order so the output is
// deterministic; entries whose fingerprints collide in a probe chain keep the first.
struct TableEntry {
  uint64_t hash;
  int16_t w[kNumTags];
  uint32_t info;
};
std::string SerializeModel(const ModelHeader& header_in, std::vector<TableEntry> features,
                           std::vector<TableEntry> gaz);

// The model assembled into the library (extract/ner_model_embed.cc), or empty.
std::string_view EmbeddedModelBytes();

// Validates a blob and points the views into it (no copy). `bytes` must be 4-byte aligned and
// outlive the views. Returns an empty string on success, else what is wrong.
std::string MapModel(std::string_view bytes, ModelHeader* header, FeatureTable* features, GazTable* gaz);

}  // namespace hirewire::extract::ner
