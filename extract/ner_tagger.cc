#include "extract/ner_tagger.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <mutex>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "corpus/utf8.h"
#include "extract/ner_features.h"

namespace hirewire::extract {
using ner::FeatureBuffer;
using ner::kNumTags;
using ner::Unit;

struct NerTagger::Impl {
  std::string owned;  // model bytes when copied
  ner::ModelHeader header;
  ner::FeatureTable features;
  ner::GazTable gaz;
  std::vector<uint64_t> gaz_filter;  // gaz.filter
  uint64_t id = 0;  // distinct per loaded model in this process (keys the per-thread row cache)

  void TagChunk(std::string_view text, int lang, int base, std::vector<TaggedSpan>* out) const;
  // em[i * kNumTags + t]: the summed weights of unit i's features (fb) for tag t, plus
  // base[i * kNumTags + t] when given, scaled. Finishes the keys of `fb` (Mix) in place.
  void Emissions(FeatureBuffer* fb, int n, int lang, std::vector<float>* em,
                 const int32_t* base = nullptr) const;
  // Adds the weights of unit i's features (fb) to acc[i * kNumTags + t] (integers: exact in any
  // order). Finishes the keys of `fb` (Mix) in place.
  void AddRows(FeatureBuffer* fb, int n, int32_t* acc) const;
  // English features and their emissions, the weights of each word's own features kept per word.
  void EnglishEmissions(const std::vector<std::string_view>& toks, FeatureBuffer* fb,
                        std::vector<float>* em) const;
};

NerTagger::NerTagger() : impl_(std::make_unique<Impl>()) {}
NerTagger::~NerTagger() = default;

size_t NerTagger::NumFeatures() const { return impl_->header.num_features; }

uint32_t NerTagger::KoreanGazetteerClasses(std::string_view form) const {
  // The key over the code points, decoded here without allocating (the same code points as
  // ner::DecodeUtf8).
  uint64_t h = ner::kGazSeed;
  for (size_t i = 0; i < form.size();) {
    const char32_t cp = DecodeUtf8(form, &i);
    h = ner::Fold(h, static_cast<uint32_t>(cp));
  }
  return impl_->gaz.Find(ner::Mix(h));
}

uint32_t NerTagger::EnglishGazetteerClasses(std::string_view form) const {
  uint64_t h = ner::kEnGazSeed;  // as the trainer keys en_gazetteer.tsv (GazKey)
  for (unsigned char c : form) h = ner::Fold(h, c >= 'A' && c <= 'Z' ? c + 32 : c);
  return impl_->gaz.Find(ner::Mix(h)) & (ner::kGazPer | ner::kGazOrg | ner::kGazLoc);
}

NerTagger::EnglishWord NerTagger::EnglishWordInfo(std::string_view word) const {
  // Keyed as ner::EnglishWordValues keys a token: the lowercased bytes.
  uint64_t h = ner::kDictSeed, c = ner::kClusterSeed;
  for (unsigned char ch : word) {
    const unsigned char lc = ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
    h = ner::Fold(h, lc);
    c = ner::Fold(c, lc);
  }
  EnglishWord out;
  const uint32_t dict = impl_->gaz.Find(ner::Mix(h));
  out.lower = (dict & ner::kDictLower) != 0;
  out.cap = (dict & ner::kDictCap) != 0;
  const uint32_t cl = impl_->gaz.Find(ner::Mix(c));
  if (cl & ner::kClusterFlag) {
    out.known = true;
    out.kind = static_cast<int>((cl >> 17) & 3);
    out.confidence = static_cast<int>((cl >> 19) & 3);
  }
  return out;
}

namespace {

// Sets one bit per stored fingerprint (kGazFilterBits bits: 512 KB, about 10 bits per form of
// the shipped model) and points gaz->filter at them.
void BuildGazFilter(ner::GazTable* gaz, std::vector<uint64_t>* bits) {
  constexpr int kGazFilterBits = 22;
  bits->assign((size_t{1} << kGazFilterBits) / 64, 0);
  const int shift = 32 - kGazFilterBits;
  for (uint32_t i = 0; gaz->slots != nullptr && i <= gaz->mask; ++i) {
    const uint32_t fp = gaz->slots[i].fp;
    if (fp != 0) (*bits)[(fp >> shift) >> 6] |= uint64_t{1} << ((fp >> shift) & 63);
  }
  gaz->filter = bits->data();
  gaz->filter_shift = shift;
}

}  // namespace

Result<std::unique_ptr<NerTagger>> NerTagger::Load(std::string_view model_bytes, bool copy) {
  std::unique_ptr<NerTagger> t(new NerTagger());
  Impl& m = *t->impl_;
  if (copy || reinterpret_cast<uintptr_t>(model_bytes.data()) % 16 != 0) {
    m.owned.assign(model_bytes.data(), model_bytes.size());
    model_bytes = m.owned;
  }
  std::string error = ner::MapModel(model_bytes, &m.header, &m.features, &m.gaz);
  if (!error.empty()) return Status::Corrupt("ner model: " + error);
  BuildGazFilter(&m.gaz, &m.gaz_filter);
  static std::atomic<uint64_t> next_id{1};
  m.id = next_id.fetch_add(1, std::memory_order_relaxed);
  return t;
}

const NerTagger* NerTagger::Embedded() {
  static const NerTagger* tagger = []() -> const NerTagger* {
    std::string_view bytes = ner::EmbeddedModelBytes();
    if (bytes.empty()) return nullptr;
    auto r = Load(bytes, /*copy=*/false);
    if (!r.ok()) return nullptr;
    return std::move(r).value().release();  // lives for the process
  }();
  return tagger;
}

namespace {

const char* TypeName(int tag) { return ner::TypeOf(tag) == ner::kPer ? "PER" : "ORG"; }

constexpr int kLanes = 12;  // kNumTags padded to whole 4-float vectors

// For every tag t: best[t] = max over p of prev[p] + step[p][t] (from kNeg up, strictly greater:
// the lowest p wins a tie) and arg[t] that p.
void BestPrevious(const float* prev, const float (*step)[kLanes], float* best, int32_t* arg) {
  constexpr float kNeg = -1e30f;
#if defined(__SSE2__)
  for (int v = 0; v < kLanes; v += 4) {
    __m128 b = _mm_set1_ps(kNeg);
    __m128i a = _mm_setzero_si128();
    for (int p = 0; p < kNumTags; ++p) {
      const __m128 s = _mm_add_ps(_mm_set1_ps(prev[p]), _mm_load_ps(&step[p][v]));
      const __m128 better = _mm_cmpgt_ps(s, b);
      b = _mm_or_ps(_mm_and_ps(better, s), _mm_andnot_ps(better, b));
      const __m128i m = _mm_castps_si128(better);
      a = _mm_or_si128(_mm_and_si128(m, _mm_set1_epi32(p)), _mm_andnot_si128(m, a));
    }
    _mm_store_ps(best + v, b);
    _mm_store_si128(reinterpret_cast<__m128i*>(arg + v), a);
  }
#else
  for (int t = 0; t < kLanes; ++t) {
    best[t] = kNeg;
    arg[t] = 0;
  }
  for (int p = 0; p < kNumTags; ++p) {
    for (int t = 0; t < kLanes; ++t) {
      const float s = prev[p] + step[p][t];
      if (s > best[t]) {
        best[t] = s;
        arg[t] = p;
      }
    }
  }
#endif
}

// Viterbi over emissions em[n][kNumTags] with transitions trans[from+1][to]. A transition that
// ner::Allowed() forbids is never taken; ties keep the lowest previous tag.
void Viterbi(const std::vector<float>& em, int n, const float (*trans)[kNumTags], std::vector<int>* path) {
  path->assign(n, ner::kO);
  if (n == 0) return;
  constexpr float kNeg = -1e30f;
  // step[p][t]: the transition p -> t, -inf where forbidden (a sum with -inf never beats kNeg,
  // as a skipped one never would).
  alignas(16) float step[kNumTags][kLanes];
  for (int p = 0; p < kNumTags; ++p) {
    for (int t = 0; t < kLanes; ++t) {
      step[p][t] = t < kNumTags && ner::Allowed(p, t) ? trans[p + 1][t] : -INFINITY;
    }
  }
  thread_local std::vector<float> score;
  thread_local std::vector<uint8_t> back;
  score.assign(static_cast<size_t>(n) * kNumTags, 0.f);
  back.assign(static_cast<size_t>(n) * kNumTags, 0);
  for (int t = 0; t < kNumTags; ++t) {
    score[t] = ner::Allowed(-1, t) ? trans[0][t] + em[t] : kNeg;
  }
  for (int i = 1; i < n; ++i) {
    const float* prev = &score[(i - 1) * kNumTags];
    alignas(16) float best[kLanes];
    alignas(16) int32_t arg[kLanes];
    BestPrevious(prev, step, best, arg);
    for (int t = 0; t < kNumTags; ++t) {
      score[i * kNumTags + t] = best[t] + em[i * kNumTags + t];
      back[i * kNumTags + t] = static_cast<uint8_t>(arg[t]);
    }
  }
  int best = 0;
  for (int t = 1; t < kNumTags; ++t) {
    if (score[(n - 1) * kNumTags + t] > score[(n - 1) * kNumTags + best]) best = t;
  }
  for (int i = n - 1; i >= 0; --i) {
    (*path)[i] = best;
    best = back[i * kNumTags + best];
  }
}

bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// A per-thread direct-mapped cache of feature rows (the weights FeatureTable::FindMixed returns
// for a finished key, zeros when the key is absent). The model's table (8 MB) is far larger than
// the L2 cache and each lookup touches a random line of it; the rows a text uses again and again
// (the bias, shapes, frequent words and affixes: 4,096 keys make 80% of the English lookups)
// stay in this small dense table instead. Exact: an entry holds its whole key (the low kBits in
// its index, the high 56 bits in `tag`), so a hit returns what the table lookup would.
class RowCache {
 public:
  static constexpr int kBits = 16;  // 65,536 entries of 16 bytes: 1 MB, half the L2 cache
  static_assert(kBits > 8 && kBits <= 32);
  struct Entry {
    int8_t w[kNumTags];
    uint8_t tag[16 - kNumTags];  // bits 8..63 of the key, little-endian
  };
  static_assert(sizeof(Entry) == 16 && kNumTags == 9);

  // The cache for `model_id` on this thread (emptied when the thread switches models).
  static RowCache& For(uint64_t model_id) {
    thread_local RowCache cache;
    if (cache.model_ != model_id) cache.Reset(model_id);
    return cache;
  }
  void Prefetch(uint64_t h) const { ner::PrefetchLine(&entries_[h & kMask]); }
  const int8_t* Find(uint64_t h) const {
    const Entry& e = entries_[h & kMask];
    uint64_t word;
    std::memcpy(&word, reinterpret_cast<const char*>(&e) + 8, 8);  // w[8] and the tag
    return (word >> 8) == (h >> 8) ? e.w : nullptr;
  }
  void Put(uint64_t h, const int8_t* w) {
    Entry& e = entries_[h & kMask];
    std::memcpy(e.w, w, kNumTags);
    const uint64_t tag = h >> 8;
    std::memcpy(e.tag, &tag, sizeof e.tag);
  }

 private:
  static constexpr uint64_t kMask = (uint64_t{1} << kBits) - 1;
  void Reset(uint64_t model_id) {
    if (entries_.empty()) entries_.resize(size_t{1} << kBits);
    for (size_t i = 0; i < entries_.size(); ++i) {
      // A tag no key of index i can have: its low bits (key bits 8..kBits-1) disagree with i's.
      const uint64_t tag = (~i & kMask) >> 8;
      std::memset(entries_[i].w, 0, kNumTags);
      std::memcpy(entries_[i].tag, &tag, sizeof entries_[i].tag);
    }
    model_ = model_id;
  }
  std::vector<Entry> entries_;
  uint64_t model_ = 0;
};

// A per-thread direct-mapped cache of English words: the values their neighbours' features read
// (ner::EnglishWord) and the summed weights of their own features (ner::EnglishTokenFeatures), so
// that a word seen before costs no hashing and no row lookups for them. Exact: an entry holds the
// word's whole 64-bit key (with its length folded in), and sums that fit 16 bits only.
class WordCache {
 public:
  static constexpr int kBits = 13;  // 8,192 entries of 48 bytes: 384 KB
  static uint64_t Key(std::string_view w) {
    uint64_t h = 0x776f726463616368ULL ^ (w.size() * 0x9e3779b97f4a7c15ULL);
    for (unsigned char c : w) h = ner::Fold(h, c);
    return ner::Mix(h);
  }
  static WordCache& For(uint64_t model_id) {
    thread_local WordCache cache;
    if (cache.model_ != model_id) cache.Reset(model_id);
    return cache;
  }
  bool Get(uint64_t key, ner::EnglishWord* v, int32_t* sums) const {
    const Entry& e = entries_[key & kMask];
    if (e.key != key) return false;
    v->low = e.low;
    v->sshape = e.sshape;
    v->dict = e.dict;
    v->cl = e.cl;
    for (int t = 0; t < kNumTags; ++t) sums[t] = e.sums[t];
    return true;
  }
  void Put(uint64_t key, const ner::EnglishWord& v, const int32_t* sums) {
    for (int t = 0; t < kNumTags; ++t)
      if (sums[t] < INT16_MIN || sums[t] > INT16_MAX) return;
    if (v.cl > UINT32_MAX || v.dict > UINT8_MAX) return;
    Entry& e = entries_[key & kMask];
    e.key = key;
    e.low = v.low;
    e.sshape = v.sshape;
    e.cl = static_cast<uint32_t>(v.cl);
    e.dict = static_cast<uint8_t>(v.dict);
    for (int t = 0; t < kNumTags; ++t) e.sums[t] = static_cast<int16_t>(sums[t]);
  }

 private:
  static constexpr uint64_t kMask = (uint64_t{1} << kBits) - 1;
  struct Entry {
    uint64_t key;
    uint64_t low, sshape;
    uint32_t cl;
    int16_t sums[kNumTags];
    uint8_t dict;
  };
  void Reset(uint64_t model_id) {
    if (entries_.empty()) entries_.resize(size_t{1} << kBits);
    // A key no word of index i can have: its low bits disagree with i.
    for (size_t i = 0; i < entries_.size(); ++i) entries_[i].key = ~i & kMask;
    model_ = model_id;
  }
  std::vector<Entry> entries_;
  uint64_t model_ = 0;
};

// A row of zeros for absent keys (16 bytes: RowSum reads whole cache entries).
alignas(16) const int8_t kZeroRow[16] = {};

// Sums rows of kNumTags int8 weights, each the start of 16 readable bytes, in 16-bit lanes (two
// SSE2 adds per row): exact for up to kMaxRows rows (|w| <= 128), then AddTo() and Clear().
class RowSum {
 public:
  static constexpr int kMaxRows = 255;
#if defined(__SSE2__)
  void Clear() { lo_ = hi_ = _mm_setzero_si128(); }
  void Add(const int8_t* row16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(row16));
    const __m128i sign = _mm_cmpgt_epi8(_mm_setzero_si128(), x);
    lo_ = _mm_add_epi16(lo_, _mm_unpacklo_epi8(x, sign));  // tags 0-7
    hi_ = _mm_add_epi16(hi_, _mm_unpackhi_epi8(x, sign));  // tag 8 in lane 0
  }
  void AddTo(int32_t* out) const {
    alignas(16) int16_t lo[8], hi[8];
    _mm_store_si128(reinterpret_cast<__m128i*>(lo), lo_);
    _mm_store_si128(reinterpret_cast<__m128i*>(hi), hi_);
    for (int t = 0; t < 8; ++t) out[t] += lo[t];
    out[8] += hi[0];
  }

 private:
  __m128i lo_, hi_;
#else
  void Clear() { std::memset(sum_, 0, sizeof sum_); }
  void Add(const int8_t* row16) {
    for (int t = 0; t < kNumTags; ++t) sum_[t] += row16[t];
  }
  void AddTo(int32_t* out) const {
    for (int t = 0; t < kNumTags; ++t) out[t] += sum_[t];
  }

 private:
  int32_t sum_[kNumTags];
#endif
};

}  // namespace

void NerTagger::Impl::Emissions(FeatureBuffer* fb, int n, int lang, std::vector<float>* em,
                                const int32_t* base) const {
  // Integer sums per unit (exact in any order), then one scale: the same floats as summing
  // unit by unit.
  thread_local std::vector<int32_t> acc;
  if (base != nullptr) {
    acc.assign(base, base + static_cast<size_t>(n) * kNumTags);
  } else {
    acc.assign(static_cast<size_t>(n) * kNumTags, 0);
  }
  AddRows(fb, n, acc.data());
  em->resize(static_cast<size_t>(n) * kNumTags);
  const float scale = header.scale[lang];
  for (size_t j = 0; j < em->size(); ++j) (*em)[j] = acc[j] * scale;
}

void NerTagger::Impl::AddRows(FeatureBuffer* fb, int n, int32_t* acc) const {
  RowCache& cache = RowCache::For(id);
  std::vector<uint64_t>& keys = fb->feats;
  for (uint64_t& k : keys) k = ner::Mix(k);
  // First the cached rows (prefetched a few ahead: the cache is larger than L1); the keys the
  // cache lacks are collected without a branch and looked up in the model afterwards.
  struct Miss {
    uint64_t h;
    int unit;
  };
  thread_local std::vector<Miss> misses;
  misses.resize(keys.size());
  size_t total = 0;
  constexpr size_t kCacheAhead = 32;
  for (size_t k = 0; k < kCacheAhead && k < keys.size(); ++k) cache.Prefetch(keys[k]);
  RowSum sum;
  for (int i = 0; i < n; ++i) {
    int32_t* a = &acc[static_cast<size_t>(i) * kNumTags];
    sum.Clear();
    int rows = 0;
    for (uint32_t k = fb->offsets[i]; k < fb->offsets[i + 1]; ++k) {
      if (k + kCacheAhead < keys.size()) cache.Prefetch(keys[k + kCacheAhead]);
      const uint64_t h = keys[k];
      const int8_t* w = cache.Find(h);
      misses[total] = {h, i};
      total += w == nullptr;
      sum.Add(w == nullptr ? kZeroRow : w);
      if (++rows == RowSum::kMaxRows) {
        sum.AddTo(a);
        sum.Clear();
        rows = 0;
      }
    }
    sum.AddTo(a);
  }
  // The filter word is itself a likely miss: it is fetched twice as far ahead as the slot.
  constexpr size_t kAhead = 16;
  for (size_t k = 0; k < 2 * kAhead && k < total; ++k) features.PrefetchFilter(misses[k].h);
  for (size_t k = 0; k < kAhead && k < total; ++k) features.PrefetchMixed(misses[k].h);
  for (size_t k = 0; k < total; ++k) {
    if (k + 2 * kAhead < total) features.PrefetchFilter(misses[k + 2 * kAhead].h);
    if (k + kAhead < total) features.PrefetchMixed(misses[k + kAhead].h);
    const int8_t* w = features.FindMixed(misses[k].h);
    if (w == nullptr) w = kZeroRow;
    cache.Put(misses[k].h, w);
    int32_t* a = &acc[static_cast<size_t>(misses[k].unit) * kNumTags];
    for (int t = 0; t < kNumTags; ++t) a[t] += w[t];
  }
}

void NerTagger::Impl::EnglishEmissions(const std::vector<std::string_view>& toks, FeatureBuffer* fb,
                                       std::vector<float>* em) const {
  const int n = static_cast<int>(toks.size());
  thread_local std::vector<ner::EnglishWord> words;
  thread_local std::vector<int32_t> word_sums;  // per token: the summed rows of its word features
  thread_local std::vector<uint64_t> word_keys;
  thread_local std::vector<int> missing;
  words.resize(static_cast<size_t>(n));
  word_sums.resize(static_cast<size_t>(n) * kNumTags);
  word_keys.resize(static_cast<size_t>(n));
  missing.clear();
  WordCache& cache = WordCache::For(id);
  for (int i = 0; i < n; ++i) {
    word_keys[i] = WordCache::Key(toks[i]);
    if (!cache.Get(word_keys[i], &words[i], &word_sums[static_cast<size_t>(i) * kNumTags]))
      missing.push_back(i);
  }
  if (!missing.empty()) ner::EnglishWordValues(toks, missing, gaz, words.data());
  thread_local ner::EnglishSentence sentence;
  ner::EnglishSentenceContext(toks, words.data(), gaz, &sentence);
  // The context features of every token (fb) and the word features of the words not cached (own,
  // one unit per such word).
  // (Both written through pointers into room for the most features; the lists keep their last
  // size between calls, so that growing them to that room zero-fills only what the last sentence
  // did not use.)
  thread_local FeatureBuffer own;
  own.offsets.clear();
  fb->offsets.clear();
  fb->blocked.clear();
  const auto at_least = [](std::vector<uint64_t>* v, size_t n) {
    if (v->size() < n) v->resize(n);
  };
  at_least(&fb->feats, static_cast<size_t>(n) * ner::kEnMaxContextFeatures);
  at_least(&own.feats, missing.size() * ner::kEnMaxWordFeatures);
  uint64_t* const context_base = fb->feats.data();
  uint64_t* const word_base = own.feats.data();
  uint64_t* context = context_base;
  uint64_t* word = word_base;
  size_t next_missing = 0;
  for (int i = 0; i < n; ++i) {
    fb->offsets.push_back(static_cast<uint32_t>(context - context_base));
    const bool own_words = next_missing < missing.size() && missing[next_missing] == i;
    if (own_words) {
      own.offsets.push_back(static_cast<uint32_t>(word - word_base));
      ++next_missing;
    }
    ner::EnglishTokenFeatures(sentence, i, own_words ? &word : nullptr, &context);
  }
  fb->offsets.push_back(static_cast<uint32_t>(context - context_base));
  fb->feats.resize(static_cast<size_t>(context - context_base));
  own.offsets.push_back(static_cast<uint32_t>(word - word_base));
  own.feats.resize(static_cast<size_t>(word - word_base));
  if (!missing.empty()) {
    thread_local std::vector<int32_t> sums;
    sums.assign(missing.size() * kNumTags, 0);
    AddRows(&own, static_cast<int>(missing.size()), sums.data());
    for (size_t j = 0; j < missing.size(); ++j) {
      const int32_t* row = &sums[j * kNumTags];
      std::copy(row, row + kNumTags, &word_sums[static_cast<size_t>(missing[j]) * kNumTags]);
      cache.Put(word_keys[missing[j]], words[missing[j]], row);
    }
  }
  Emissions(fb, n, ner::kEn, em, word_sums.data());
}

void NerTagger::Impl::TagChunk(std::string_view text, int lang, int base,
                               std::vector<TaggedSpan>* out) const {
  // Scratch buffers reused across calls on the same thread (their capacity only grows to the
  // largest chunk, at most kMaxInputBytes).
  thread_local FeatureBuffer fb;
  thread_local std::vector<Unit> units;
  thread_local std::vector<char32_t> cps;
  thread_local std::vector<std::string_view> toks;
  thread_local std::vector<float> em;
  // (Each features function clears `fb` itself; EnglishEmissions keeps the size of its list.)
  if (lang == ner::kEn) {
    ner::TokenizeEnglish(text, &units);
    toks.clear();
    for (const Unit& u : units) toks.push_back(text.substr(u.begin, u.end - u.begin));
  } else if (lang == ner::kKo) {
    ner::DecodeUtf8(text, &cps, &units);
    ner::KoreanFeatures(cps, gaz, &fb);
  } else {
    ner::DecodeUtf8(text, &cps, &units);
    thread_local std::vector<uint8_t> word_start;
    ner::CjkWordStarts(text, units, &word_start);
    ner::CjkFeatures(cps, word_start, lang, gaz, &fb);
  }
  const int n = static_cast<int>(units.size());
  if (n == 0) return;
  if (lang == ner::kEn) {
    EnglishEmissions(toks, &fb, &em);
  } else {
    Emissions(&fb, n, lang, &em);
  }
  if (fb.blocked.size() == static_cast<size_t>(n)) ner::BlockNames(fb.blocked, em.data());
  thread_local std::vector<int> path;
  Viterbi(em, n, header.transitions[lang], &path);
  for (int i = 0; i < n;) {
    int t = path[i];
    if (!ner::IsBegin(t)) {
      ++i;
      continue;
    }
    int inside = t + 1;
    int j = i + 1;
    while (j < n && path[j] == inside) ++j;
    if (t != ner::kBPer && t != ner::kBOrg) {  // places and other types are only contrasts
      i = j;
      continue;
    }
    // Trim spaces at the edges (Korean units include spaces).
    int b = i, e = j;
    while (b < e && IsSpaceByte(text[units[b].begin])) ++b;
    while (e > b && IsSpaceByte(text[units[e - 1].begin])) --e;
    if (e > b) {
      double margin = 0;
      for (int k = i; k < j; ++k) {
        const float* row = &em[k * kNumTags];
        float other = -1e30f;
        for (int s = 0; s < kNumTags; ++s) {
          if (s != path[k]) other = std::max(other, row[s]);
        }
        margin += row[path[k]] - other;
      }
      margin /= (j - i);
      TaggedSpan span;
      span.start = base + units[b].begin;
      span.end = base + units[e - 1].end;
      span.type = TypeName(t);
      span.score = 1.0 / (1.0 + std::exp(-margin));
      out->push_back(std::move(span));
    }
    i = j;
  }
}

std::vector<TaggedSpan> NerTagger::Tag(std::string_view text, std::string_view lang) const {
  std::vector<TaggedSpan> out;
  const int l = lang == "en" ? ner::kEn : lang == "ja" ? ner::kJa : lang == "zh" ? ner::kZh : ner::kKo;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t len = std::min(kMaxInputBytes, text.size() - pos);
    if (pos + len < text.size()) {
      // Cut at the last whitespace inside the window (or at a UTF-8 boundary).
      size_t cut = len;
      while (cut > len / 2 && !IsSpaceByte(text[pos + cut - 1])) --cut;
      if (cut <= len / 2) {
        cut = len;
        while (cut > 1 && (static_cast<unsigned char>(text[pos + cut]) & 0xC0) == 0x80) --cut;
      }
      len = cut;
    }
    impl_->TagChunk(text.substr(pos, len), l, static_cast<int>(pos), &out);
    pos += len;
  }
  return out;
}

}  // namespace hirewire::extract
