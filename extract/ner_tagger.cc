#include "extract/ner_tagger.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <mutex>

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

  void TagChunk(std::string_view text, int lang, int base, std::vector<TaggedSpan>* out) const;
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

Result<std::unique_ptr<NerTagger>> NerTagger::Load(std::string_view model_bytes, bool copy) {
  std::unique_ptr<NerTagger> t(new NerTagger());
  Impl& m = *t->impl_;
  if (copy || reinterpret_cast<uintptr_t>(model_bytes.data()) % 16 != 0) {
    m.owned.assign(model_bytes.data(), model_bytes.size());
    model_bytes = m.owned;
  }
  std::string error = ner::MapModel(model_bytes, &m.header, &m.features, &m.gaz);
  if (!error.empty()) return Status::Corrupt("ner model: " + error);
  return t;
}

const NerTagger* NerTagger::Embedded() {
  static const NerTagger* tagger = [] () -> const NerTagger* {
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

// Viterbi over emissions em[n][kNumTags] with transitions trans[from+1][to].
void Viterbi(const std::vector<float>& em, int n, const float (*trans)[kNumTags],
             std::vector<int>* path) {
  path->assign(n, ner::kO);
  if (n == 0) return;
  constexpr float kNeg = -1e30f;
  thread_local std::vector<float> score;
  thread_local std::vector<uint8_t> back;
  score.assign(static_cast<size_t>(n) * kNumTags, 0.f);
  back.assign(static_cast<size_t>(n) * kNumTags, 0);
  for (int t = 0; t < kNumTags; ++t) {
    score[t] = ner::Allowed(-1, t) ? trans[0][t] + em[t] : kNeg;
  }
  for (int i = 1; i < n; ++i) {
    const float* prev = &score[(i - 1) * kNumTags];
    for (int t = 0; t < kNumTags; ++t) {
      float best = kNeg;
      int arg = 0;
      for (int p = 0; p < kNumTags; ++p) {
        if (!ner::Allowed(p, t)) continue;
        float s = prev[p] + trans[p + 1][t];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * kNumTags + t] = best + em[i * kNumTags + t];
      back[i * kNumTags + t] = static_cast<uint8_t>(arg);
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

}  // namespace

void NerTagger::Impl::TagChunk(std::string_view text, int lang, int base,
                               std::vector<TaggedSpan>* out) const {
  // Scratch buffers reused across calls on the same thread (their capacity only grows to the
  // largest chunk, at most kMaxInputBytes).
  thread_local FeatureBuffer fb;
  thread_local std::vector<Unit> units;
  thread_local std::vector<char32_t> cps;
  thread_local std::vector<std::string_view> toks;
  thread_local std::vector<float> em;
  fb.Clear();
  if (lang == ner::kEn) {
    ner::TokenizeEnglish(text, &units);
    toks.clear();
    for (const Unit& u : units) toks.push_back(text.substr(u.begin, u.end - u.begin));
    ner::EnglishFeatures(toks, gaz, &fb);
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
  em.assign(static_cast<size_t>(n) * kNumTags, 0.f);
  // Finish every key once, then look them up with prefetching a few dozen ahead: the lookups
  // are independent cache misses.
  for (uint64_t& k : fb.feats) k = ner::Mix(k);
  // The filter word is itself a likely miss: it is fetched twice as far ahead as the slot.
  constexpr uint32_t kAhead = 24;
  const uint32_t total = static_cast<uint32_t>(fb.feats.size());
  for (uint32_t k = 0; k < 2 * kAhead && k < total; ++k) features.PrefetchFilter(fb.feats[k]);
  for (uint32_t k = 0; k < kAhead && k < total; ++k) features.PrefetchMixed(fb.feats[k]);
  for (int i = 0; i < n; ++i) {
    int32_t acc[kNumTags] = {};
    for (uint32_t k = fb.offsets[i]; k < fb.offsets[i + 1]; ++k) {
      if (k + 2 * kAhead < total) features.PrefetchFilter(fb.feats[k + 2 * kAhead]);
      if (k + kAhead < total) features.PrefetchMixed(fb.feats[k + kAhead]);
      const int8_t* w = features.FindMixed(fb.feats[k]);
      if (w == nullptr) continue;
      for (int t = 0; t < kNumTags; ++t) acc[t] += w[t];
    }
    for (int t = 0; t < kNumTags; ++t) em[i * kNumTags + t] = acc[t] * header.scale[lang];
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
