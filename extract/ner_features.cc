#include "extract/ner_features.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <cstddef>
#include <cstdlib>
#include <memory>

#include "corpus/text.h"
#include "corpus/utf8.h"

namespace hirewire::extract::ner {

void DecodeUtf8(std::string_view text, std::vector<char32_t>* cps, std::vector<Unit>* units) {
  cps->clear();
  units->clear();
  for (size_t i = 0; i < text.size();) {
    const size_t start = i;
    cps->push_back(::hirewire::DecodeUtf8(text, &i));
    units->push_back({static_cast<int>(start), static_cast<int>(i)});
  }
}

namespace {

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000 || c == 0xA0 || c == 0x200B ||
         c == '\f' || c == '\v';
}

// Coarse character class.
char CharType(char32_t c) {
  if (c >= 0xAC00 && c <= 0xD7A3) return 'H';
  if ((c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F)) return 'J';
  if (c >= 'A' && c <= 'Z') return 'U';
  if (c >= 'a' && c <= 'z') return 'l';
  if (c >= '0' && c <= '9') return 'D';
  if (IsSpace(c)) return 'S';
  if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)) return 'C';
  if (c >= 0x3040 && c <= 0x30FF) return 'K';
  if (c >= 0xC0 && c < 0x250) return 'l';
  if (c == '(' || c == ')' || c == '[' || c == ']') return 'B';
  if (c == '\'' || c == '"' || c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D) return 'Q';
  if (c == '.' || c == ',') return '.';
  return 'P';
}

// Characters that end a Korean word: spaces, brackets, quotes and most punctuation (not the
// joiners inside names such as KT&G, e-스포츠 or C++).
bool IsWordBreak(char32_t c, char type) {
  if (type == 'S' || type == 'B' || type == 'Q' || type == '.') return true;
  if (type != 'P') return false;
  return !(c == '&' || c == '-' || c == '+' || c == '_' || c == '@' || c == '#' || c == '%');
}

// Normalized code point for n-grams: digits collapse to '0'.
uint64_t NormChar(char32_t c) {
  if (c >= '0' && c <= '9') return '0';
  if (IsSpace(c)) return ' ';
  return c;
}

inline uint64_t T(int lang, int templ) { return Mix((static_cast<uint64_t>(lang) << 16) | templ); }

inline int Bucket(int v, int max) { return v < max ? v : max; }

inline uint64_t HashBytes(uint64_t h, std::string_view s) {
  for (unsigned char c : s) h = Fold(h, c);
  return Mix(h);
}

// Korean particles and endings that follow names (longest match wins).
const std::vector<uint64_t>& ParticleHashes() {
  static const std::vector<uint64_t> hashes = [] {
    static const char32_t* kParticles[] = {
        U"은",   U"는",     U"이",     U"가",     U"을",       U"를",     U"의",   U"에",     U"에서",
        U"에게", U"에겐",   U"한테",   U"와",     U"과",       U"로",     U"으로", U"도",     U"만",
        U"까지", U"부터",   U"께서",   U"라는",   U"이라는",   U"이라고", U"라고", U"에도",   U"에는",
        U"와의", U"과의",   U"에서는", U"에서도", U"으로부터", U"로부터", U"처럼", U"보다",   U"이다",
        U"였다", U"이었다", U"씨",     U"씨는",   U"씨가",     U"씨의",   U"씨를", U"씨와",   U"씨에게",
        U"측",   U"측은",   U"측이",   U"측의",   U"님",       U"님이",   U"님은", U"이나",   U"나",
        U"랑",   U"이랑",   U"하고",   U"께",     U"에게서",   U"이며",   U"며",   U"이고",   U"고",
        U"들",   U"들이",   U"들은",   U"들의",   U"들을",     U"과는",   U"와는", U"에게는", U"이란",
        U"란"};
    std::vector<uint64_t> v;
    for (const char32_t* p : kParticles) {
      uint64_t h = 0x7061727469636c65ULL;
      for (const char32_t* q = p; *q; ++q) h = Combine(h, *q);
      v.push_back(h);
    }
    std::sort(v.begin(), v.end());
    return v;
  }();
  return hashes;
}

}  // namespace

void SplitKoreanWords(const std::vector<char32_t>& cps, KoreanWords* out) {
  const int n = static_cast<int>(cps.size());
  std::vector<int>& wstart = out->wstart;
  std::vector<int>& wend = out->wend;
  wstart.assign(n, -1);
  wend.assign(n, -1);
  out->stem_end.assign(n, 0);
  out->particle.assign(n, 0);
  std::vector<char> brk(n);
  for (int i = 0; i < n; ++i) brk[i] = IsWordBreak(cps[i], CharType(cps[i]));
  // Words: runs of characters between spaces and punctuation (an eojeol, or its part inside
  // brackets or quotes: '(인천시청)', '푸마'가).
  for (int i = 0; i < n;) {
    if (brk[i]) {
      ++i;
      continue;
    }
    int j = i;
    while (j < n && !brk[j]) ++j;
    for (int k = i; k < j; ++k) {
      wstart[k] = i;
      wend[k] = j;
    }
    i = j;
  }
  // Stems: strip the longest known particle/ending at the end of each word (keeping >= 1 char).
  for (int i = 0; i < n;) {
    if (wstart[i] != i) {
      ++i;
      continue;
    }
    const int ws = i, we = wend[i];
    int best = 0;
    uint64_t best_h = 0;
    for (int len = std::min(4, we - ws - 1); len >= 1 && best == 0; --len) {
      uint64_t h = 0x7061727469636c65ULL;
      for (int k = we - len; k < we; ++k) h = Combine(h, cps[k]);
      if (std::binary_search(ParticleHashes().begin(), ParticleHashes().end(), h)) {
        best = len;
        best_h = h;
      }
    }
    for (int k = ws; k < we; ++k) {
      out->stem_end[k] = we - best;
      out->particle[k] = best_h;
    }
    i = we;
  }
}

namespace {

// A gazetteer match covering a Korean unit (the longest of its class).
struct GazMark {
  uint8_t pos = 0;   // 0 none, 1 B, 2 I, 3 E, 4 S
  uint8_t tail = 0;  // chars left in the word after the match (bucketed), for the match's units
  uint8_t len = 0;
  uint8_t strong = 0;  // the form is frequent and nearly always of this class
  uint8_t sub = 0;     // organization subtype (kGazOrgSubShift)
};
// Classes 0-3 as GazClass bits, 4: an occasional organization (kGazWeakOrg).
constexpr int kMarkClasses = 5;
constexpr uint64_t kKoPad = 0x110000;
// Up to 12 code points from a word start, across at most 2 spaces.
constexpr int kMaxGaz = 12;
// Room for the most features a unit can have (15 character features, 10 word-context ones, 4 of
// the word's hash, 6 of the stem, 5 gazetteer suffix ones, 5 clusters and 22 gazetteer marks: 67).
constexpr size_t kKoMaxFeatures = 72;

// What KoreanFeatures computes per sentence before the per-unit features; one per thread, reused
// (the vectors keep their capacity, so a sentence allocates nothing once they are large enough).
struct KoreanScratch {
  KoreanWords words;
  std::vector<uint64_t> c;          // normalized code points, 2 units of padding (kKoPad) on each side
  std::vector<char> type;           // character classes, 1 unit of padding ('^') on each side
  std::vector<char> brk;            // spaces and punctuation that ends a word (1 unit of padding)
  std::vector<uint64_t> word_stem;  // stem identity at each word start
  std::vector<std::array<GazMark, kMarkClasses>> marks;  // with a gazetteer only
  std::vector<uint32_t> stem_cluster;  // kClusterFlag | path of the word's stem at its start
  std::vector<uint32_t> suffix_info;   // the stem's suffix statistics, on every unit of the word
  std::vector<uint8_t> suffix_len;
  std::unique_ptr<uint64_t[]> room;  // kKoMaxFeatures per unit, never zero-filled
  size_t room_size = 0;
};

// Normalized characters, classes, word breaks, blocked units and stem identities.
void KoreanUnits(const std::vector<char32_t>& cps, KoreanScratch* s, FeatureBuffer* out) {
  const int n = static_cast<int>(cps.size());
  const std::vector<int>& wstart = s->words.wstart;
  s->c.assign(n + 4, kKoPad);
  s->type.assign(n + 2, '^');
  s->brk.assign(n + 2, 1);
  for (int i = 0; i < n; ++i) {
    s->c[i + 2] = NormChar(cps[i]);
    s->type[i + 1] = CharType(cps[i]);
    s->brk[i + 1] = wstart[i] < 0;
  }
  out->blocked.assign(n, 0);
  for (int i = 0; i < n; ++i) out->blocked[i] = s->brk[i + 1] && s->type[i + 1] != 'S';
  s->word_stem.assign(n, 0);
  for (int i = 0; i < n; ++i) {
    if (wstart[i] != i) continue;
    uint64_t h = 0x6e7374656dULL;
    for (int k = i; k < s->words.stem_end[i]; ++k) h = Fold(h, static_cast<uint32_t>(s->c[k + 2]));
    s->word_stem[i] = Mix(h);
  }
}

// Gazetteer: forms starting at word starts, up to kMaxGaz code points, across at most 2 spaces.
// For each unit: the longest match of each class covering it, with its position.
void KoreanGazetteerMarks(const std::vector<char32_t>& cps, const GazTable& gaz, KoreanScratch* s) {
  const int n = static_cast<int>(cps.size());
  const std::vector<int>& wstart = s->words.wstart;
  s->marks.assign(n, {});
  for (int b = 0; b < n; ++b) {
    if (wstart[b] != b) continue;
    uint64_t h = kGazSeed;
    int best_end[kMarkClasses] = {-1, -1, -1, -1, -1};
    uint8_t best_strong[kMarkClasses] = {};
    uint8_t best_sub[kMarkClasses] = {};
    int spaces = 0;
    for (int e = b; e < n && e - b < kMaxGaz; ++e) {
      if (s->brk[e + 1]) {
        if (cps[e] != ' ' || ++spaces > 2) break;
      }
      h = Fold(h, cps[e]);
      if (s->brk[e + 1]) continue;
      uint32_t info = gaz.Find(Mix(h));
      for (int k = 0; k < kMarkClasses; ++k) {
        if (info & (k < 4 ? 1u << k : kGazWeakOrg)) {
          best_end[k] = e + 1;
          best_strong[k] = k < 4 && (info & (kGazStrongPer << k)) ? 1 : 0;
          best_sub[k] = static_cast<uint8_t>((info >> kGazOrgSubShift) & 15);
        }
      }
    }
    for (int k = 0; k < kMarkClasses; ++k) {
      int e = best_end[k];
      if (e < 0) continue;
      int len = e - b;
      int tail = s->words.wend[e - 1] - e;
      for (int u = b; u < e; ++u) {
        GazMark& m = s->marks[u][k];
        if (m.len >= len) continue;
        m.len = static_cast<uint8_t>(std::min(len, 255));
        m.pos = len == 1 ? 4 : (u == b ? 1 : (u == e - 1 ? 3 : 2));
        m.tail = static_cast<uint8_t>(Bucket(tail, 3));
        m.strong = best_strong[k];
        m.sub = best_sub[k];
      }
    }
  }
}

// Per word: the cluster path of its stem (kClusterFlag | path; 0 unknown) at the word start, and
// the suffix statistics of the stem — the longest stem suffix (1-3 code points, shorter than the
// stem) listed in the gazetteer's suffix table — on every unit of the word.
void KoreanStemLookups(const std::vector<char32_t>& cps, const GazTable& gaz, KoreanScratch* s) {
  const int n = static_cast<int>(cps.size());
  const std::vector<int>& wstart = s->words.wstart;
  const std::vector<int>& stem_end = s->words.stem_end;
  s->stem_cluster.assign(n, 0);
  for (int b = 0; b < n; ++b) {
    if (wstart[b] != b) continue;
    const uint32_t info = gaz.Find(KoClusterKey(cps.data() + b, cps.data() + stem_end[b]));
    s->stem_cluster[b] = (info & kClusterFlag) ? info : 0;
  }
  s->suffix_info.assign(n, 0);
  s->suffix_len.assign(n, 0);
  for (int b = 0; b < n; ++b) {
    if (wstart[b] != b) continue;
    const int se = stem_end[b];
    uint32_t info = 0;
    int found = 0;
    for (int len = std::min(kGazSuffixMaxLen, se - b - 1); len >= 1 && info == 0; --len) {
      uint64_t h = kGazSuffixSeed;
      for (int k = se - len; k < se; ++k) h = Fold(h, cps[k]);
      info = gaz.Find(Mix(h));
      found = len;
    }
    if (info == 0) continue;
    for (int k = b; k < s->words.wend[b]; ++k) {
      s->suffix_info[k] = info;
      s->suffix_len[k] = static_cast<uint8_t>(found);
    }
  }
}

// Character uni/bi/trigrams, skip-grams and classes around unit i (15 features).
inline uint64_t* KoreanCharFeatures(const KoreanScratch& s, int i, uint64_t* w) {
  const uint64_t cm2 = s.c[i], cm1 = s.c[i + 1], c0 = s.c[i + 2], cp1 = s.c[i + 3], cp2 = s.c[i + 4];
  *w++ = T(kKo, 1);
  *w++ = Combine(T(kKo, 2), c0);
  *w++ = Combine(T(kKo, 3), cm1);
  *w++ = Combine(T(kKo, 4), cp1);
  *w++ = Combine(T(kKo, 5), cm2);
  *w++ = Combine(T(kKo, 6), cp2);
  *w++ = Combine(Combine(T(kKo, 7), cm1), c0);
  *w++ = Combine(Combine(T(kKo, 8), c0), cp1);
  *w++ = Combine(Combine(T(kKo, 9), cm2), cm1);
  *w++ = Combine(Combine(T(kKo, 10), cp1), cp2);
  *w++ = Combine(Combine(T(kKo, 11), cm1), cp1);
  *w++ = Combine(Combine(Combine(T(kKo, 12), cm1), c0), cp1);
  *w++ = Combine(Combine(Combine(T(kKo, 13), cm2), cm1), c0);
  *w++ = Combine(Combine(Combine(T(kKo, 14), c0), cp1), cp2);
  *w++ = Combine(T(kKo, 15), (static_cast<uint64_t>(static_cast<unsigned char>(s.type[i])) << 16) |
                                 (static_cast<uint64_t>(static_cast<unsigned char>(s.type[i + 1])) << 8) |
                                 static_cast<unsigned char>(s.type[i + 2]));
  return w;
}

// Where unit i sits in its word and where the neighbouring words are.
struct KoWordPos {
  int ws, we, wlen, pos, dist;
  int nw;       // start of the next word (n: none)
  int pw;       // last unit of the previous word (-1: none)
  uint64_t wp;  // 'S', 'B', 'M' or 'E'
};

KoWordPos KoreanWordPos(const KoreanScratch& s, int n, int i) {
  KoWordPos p;
  p.ws = s.words.wstart[i];
  p.we = s.words.wend[i];
  p.wlen = p.we - p.ws;
  p.pos = i - p.ws;
  p.dist = p.we - 1 - i;
  p.wp = p.wlen == 1 ? 'S' : (p.pos == 0 ? 'B' : (p.dist == 0 ? 'E' : 'M'));
  p.nw = p.we;
  while (p.nw < n && s.brk[p.nw + 1]) ++p.nw;
  p.pw = p.ws - 1;
  while (p.pw >= 0 && s.brk[p.pw + 1]) --p.pw;
  return p;
}

// The word's hashes, computed once per word while its units are visited in order.
struct KoWordHashes {
  int ws = -1;
  uint64_t word = 0, stem = 0, prefix = 0;
};

// Position in the word, its last characters, the neighbouring words' edges and stems, the whole
// word, its prefix up to here and the rest after here (8-14 features).
inline uint64_t* KoreanWordFeatures(const KoreanScratch& s, int n, int i, const KoWordPos& p,
                                    KoWordHashes* hashes, uint64_t* w) {
  const std::vector<uint64_t>& c = s.c;
  const uint64_t c0 = c[i + 2];
  const int bpos = Bucket(p.pos, 4), bdist = Bucket(p.dist, 4);
  *w++ = Combine(T(kKo, 16), p.wp * 16 + Bucket(p.wlen, 8));
  *w++ = Combine(Combine(T(kKo, 17), bpos), c0);
  const uint64_t last1 = c[p.we - 1 + 2];
  const uint64_t last2 = p.wlen >= 2 ? Combine(c[p.we - 2 + 2], last1) : kKoPad;
  *w++ = Combine(Combine(T(kKo, 18), last1), bdist);
  *w++ = Combine(Combine(T(kKo, 19), last2), bdist);
  // Next word's first chars (titles, 씨, 기자, 대표 ...) and previous word's last chars.
  const int nw = p.nw, pw = p.pw;
  const uint64_t next1 = nw < n ? c[nw + 2] : kKoPad;
  const uint64_t next2 = nw + 1 < n && s.words.wstart[nw + 1] == nw ? Combine(next1, c[nw + 3]) : next1;
  *w++ = Combine(Combine(T(kKo, 20), next1), bdist);
  *w++ = Combine(Combine(T(kKo, 21), next2), bdist);
  const uint64_t prev1 = pw >= 0 ? c[pw + 2] : kKoPad;
  const uint64_t prev2 =
      pw >= 1 && s.words.wstart[pw - 1] >= 0 && s.words.wstart[pw] != pw ? Combine(c[pw + 1], prev1) : prev1;
  *w++ = Combine(Combine(T(kKo, 22), prev1), bpos);
  *w++ = Combine(Combine(T(kKo, 23), prev2), bpos);
  // The neighbouring words' stems (관계자, 대변인, 감독, 소속 ...).
  *w++ = Combine(Combine(T(kKo, 36), pw >= 0 ? s.word_stem[s.words.wstart[pw]] : kKoPad), p.wp);
  *w++ = Combine(Combine(T(kKo, 37), nw < n ? s.word_stem[nw] : kKoPad), p.wp);
  // Whole word, the word's prefix up to here and the rest after here.
  if (p.ws != hashes->ws) {
    hashes->ws = p.ws;
    hashes->word = T(kKo, 24);
    for (int k = p.ws; k < p.we; ++k) hashes->word = Fold(hashes->word, static_cast<uint32_t>(c[k + 2]));
    hashes->stem = T(kKo, 30);
    for (int k = p.ws; k < s.words.stem_end[i]; ++k)
      hashes->stem = Fold(hashes->stem, static_cast<uint32_t>(c[k + 2]));
    hashes->prefix = T(kKo, 27);
  }
  hashes->prefix = Fold(hashes->prefix, static_cast<uint32_t>(c0));
  if (p.wlen <= 8) *w++ = Combine(hashes->word, p.pos);
  if (p.dist >= 1 && p.dist <= 4) {
    uint64_t h = T(kKo, 25);
    for (int k = i + 1; k < p.we; ++k) h = Combine(h, c[k + 2]);
    *w++ = h;
  } else if (p.dist == 0) {
    *w++ = T(kKo, 26);
  }
  if (p.pos <= 5) *w++ = Mix(hashes->prefix);
  // Rest of the word after here combined with the current char (name-final + particle).
  if (p.dist >= 1 && p.dist <= 3) {
    uint64_t h = Combine(T(kKo, 28), c0);
    for (int k = i + 1; k < p.we; ++k) h = Combine(h, c[k + 2]);
    *w++ = h;
  }
  return w;
}

// Stem = the word without a trailing particle/ending: identity and edges of the stem, and where
// this char sits relative to the stem's end (up to 6 features).
inline uint64_t* KoreanStemFeatures(const KoreanScratch& s, int i, const KoWordPos& p, uint64_t stem_hash,
                                    uint64_t* w) {
  const int se = s.words.stem_end[i];
  const uint64_t particle = s.words.particle[i];
  const int slen = se - p.ws;
  const int rel = i < se ? std::min(se - 1 - i, 3) : 4 + std::min(i - se, 2);
  if (slen >= 1 && slen <= 8) *w++ = Combine(stem_hash, i < se ? p.pos : 100 + rel);
  if (slen >= 1) {
    const uint64_t s1 = s.c[se - 1 + 2];
    const uint64_t s2 = slen >= 2 ? Combine(s.c[se - 2 + 2], s1) : kKoPad;
    *w++ = Combine(Combine(T(kKo, 31), s1), rel);
    *w++ = Combine(Combine(T(kKo, 32), s2), rel);
    *w++ = Combine(Combine(T(kKo, 33), particle), rel);
    *w++ = Combine(Combine(Combine(T(kKo, 34), particle), s1), rel);
    *w++ = Combine(Combine(T(kKo, 35), Bucket(slen, 6)), rel);
  }
  return w;
}

// Gazetteer suffix statistics of the stem's end with the position relative to it (5 features),
// the word clusters of the stem and the neighbouring words' stems (5) and the gazetteer matches
// covering the unit (up to 22). Needs the gazetteer.
inline uint64_t* KoreanGazetteerFeatures(const KoreanScratch& s, int n, int i, const KoWordPos& p,
                                         uint64_t* w) {
  const int se = s.words.stem_end[i];
  if (s.suffix_info[i] != 0) {
    const uint32_t si = s.suffix_info[i];
    const uint64_t rel = i < se ? std::min(se - 1 - i, 3) : 4;
    const uint64_t len = s.suffix_len[i];
    for (int k = 0; k < 4; ++k) {
      *w++ = Combine(T(kKo, 80 + k), (GazSuffixBucket(si, k) * 8 + rel) * 4 + len);
    }
    *w++ = Combine(T(kKo, 84), ((GazSuffixBucket(si, kOrg) * 8 + GazSuffixBucket(si, kPer)) * 8 + rel) * 4 +
                                   GazSuffixCount(si));
  }
  // Word clusters of the stem (2-4 levels, with where this char sits relative to the stem's end)
  // and of the neighbouring words' stems (3 levels).
  auto prefix = [](uint32_t cl, int levels) -> uint64_t {
    if (cl == 0) return 0;
    return ((cl & 0xffff) >> (4 * (4 - levels))) | (static_cast<uint64_t>(levels) << 20);
  };
  const uint64_t rel = (p.pos == 0 ? 8 : 0) + (i < se ? std::min(se - 1 - i, 3) : 4 + std::min(i - se, 2));
  // (The gazetteer × character features below combine with this cluster, not the character: so
  // the model was trained.)
  const uint32_t cluster = s.stem_cluster[p.ws];
  for (int k = 2; k <= 4; ++k) *w++ = Combine(Combine(T(kKo, 88 + k), prefix(cluster, k)), rel);
  *w++ = Combine(Combine(T(kKo, 93), p.pw >= 0 ? prefix(s.stem_cluster[s.words.wstart[p.pw]], 3) : kKoPad),
                 p.wp);
  *w++ = Combine(Combine(T(kKo, 94), p.nw < n ? prefix(s.stem_cluster[p.nw], 3) : kKoPad), p.wp);
  for (int k = 0; k < kMarkClasses; ++k) {
    const GazMark& m = s.marks[i][k];
    if (m.pos == 0) continue;
    *w++ = Combine(T(kKo, 40 + k), m.pos * 16 + m.tail);
    *w++ = Combine(T(kKo, 50 + k), m.pos * 16 + Bucket(m.len, 6));
    *w++ = Combine(Combine(T(kKo, 60 + k), m.pos), cluster);
    *w++ = Combine(T(kKo, 70 + k), m.pos * 8 + m.strong * 4 + m.tail);
    if (k == 1 || k == 4) *w++ = Combine(T(kKo, 75 + k), m.pos * 16 + m.sub);
  }
  return w;
}

}  // namespace

void KoreanFeatures(const std::vector<char32_t>& cps, const GazTable& gaz, FeatureBuffer* out) {
  out->Clear();
  const int n = static_cast<int>(cps.size());
  if (n == 0) {
    out->offsets.push_back(0);
    return;
  }
  thread_local KoreanScratch s;
  SplitKoreanWords(cps, &s.words);
  KoreanUnits(cps, &s, out);
  const bool any_gaz = gaz.slots != nullptr;
  if (any_gaz) {
    KoreanGazetteerMarks(cps, gaz, &s);
    KoreanStemLookups(cps, gaz, &s);
  }
  // The features are written through a pointer into room for the most a unit can have, not pushed
  // one by one, and copied into out->feats at the end (cheaper than growing the vector to the room).
  if (s.room_size < static_cast<size_t>(n) * kKoMaxFeatures) {
    s.room_size = std::max(static_cast<size_t>(n) * kKoMaxFeatures, 2 * s.room_size);
    s.room.reset(new uint64_t[s.room_size]);
  }
  uint64_t* const base = s.room.get();
  uint64_t* w = base;
  out->offsets.reserve(n + 1);
  KoWordHashes hashes;
  for (int i = 0; i < n; ++i) {
    assert(i == 0 || w - (base + out->offsets.back()) <= static_cast<ptrdiff_t>(kKoMaxFeatures));
    out->offsets.push_back(static_cast<uint32_t>(w - base));
    w = KoreanCharFeatures(s, i, w);
    if (s.words.wstart[i] < 0) continue;  // a space: character features only
    const KoWordPos p = KoreanWordPos(s, n, i);
    w = KoreanWordFeatures(s, n, i, p, &hashes, w);
    w = KoreanStemFeatures(s, i, p, hashes.stem, w);
    if (any_gaz) w = KoreanGazetteerFeatures(s, n, i, p, w);
  }
  out->offsets.push_back(static_cast<uint32_t>(w - base));
  out->feats.assign(base, w);
}

namespace {

bool IsAsciiPunct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

// Word shape: Xx, X.X., dd ... with runs longer than 2 collapsed (long shape keeps runs of 2).
uint64_t Shape(std::string_view w, bool collapse) {
  uint64_t h = 0x5348415045ULL;
  char last = 0;
  int run = 0;
  for (unsigned char c : w) {
    char s = IsAsciiUpper(c)   ? 'X'
             : IsAsciiLower(c) ? 'x'
             : IsAsciiDigit(c) ? 'd'
             : c >= 0x80       ? 'u'
                               : static_cast<char>(c);
    if (s == last) {
      if (collapse || ++run >= 2) continue;
    } else {
      run = 0;
    }
    last = s;
    h = Fold(h, static_cast<unsigned char>(s));
  }
  return Mix(h);
}

uint64_t Lower(std::string_view w) {
  uint64_t h = 0x4c4f574552ULL;
  for (unsigned char c : w) h = Fold(h, IsAsciiUpper(c) ? c + 32 : c);
  return Mix(h);
}

}  // namespace

void EnglishWordValues(const std::vector<std::string_view>& tokens, const std::vector<int>& which,
                       const GazTable& gaz, EnglishWord* words) {
  // The gazetteer keys (word list, cluster, form) of every token asked for, hashed first and
  // looked up with prefetching a few ahead: the lookups are independent cache misses.
  thread_local std::vector<uint64_t> keys;
  keys.clear();
  for (const int i : which) {
    const std::string_view w = tokens[i];
    EnglishWord& v = words[i];
    v.low = Lower(w);
    v.shape = Shape(w, false);
    v.sshape = Shape(w, true);
    // (Without a gazetteer: no word list and no cluster, the padding values.)
    v.dict = gaz.slots == nullptr ? 7 : 0;
    v.cl = gaz.slots == nullptr ? kEnPad : 0;
    v.form = 0;
    if (gaz.slots == nullptr) continue;
    uint64_t h = kDictSeed;
    uint64_t c = kClusterSeed;
    uint64_t g = kGazSeed;
    for (unsigned char ch : w) {
      const unsigned char lc = IsAsciiUpper(ch) ? ch + 32 : ch;
      h = Fold(h, lc);
      c = Fold(c, lc);
      g = Fold(g, ch);
    }
    keys.push_back(Mix(h));
    keys.push_back(Mix(c));
    keys.push_back(Mix(g));
  }
  if (gaz.slots == nullptr) return;
  thread_local std::vector<uint32_t> infos;
  infos.resize(keys.size());
  gaz.FindAll(keys.data(), keys.size(), infos.data());
  for (size_t k = 0; k < keys.size(); ++k) {
    const uint32_t info = infos[k];
    EnglishWord& v = words[which[k / 3]];
    if (k % 3 == 0) v.dict = ((info & kDictLower) ? 1 : 0) | ((info & kDictCap) ? 2 : 0);
    if (k % 3 == 1) v.cl = (info & kClusterFlag) ? info : 0;
    if (k % 3 == 2) v.form = info;
  }
}

namespace {

// A cluster path cut to its first `levels` levels (kPad and 0 stay themselves).
uint64_t ClusterPrefix(uint64_t c, int levels) {
  if (c == 0 || c == kEnPad) return c;
  return (c & 0xffff) >> (4 * (4 - levels)) | (static_cast<uint64_t>(levels) << 20);
}
// The embedding-based type guess (class and confidence) of a cluster value.
uint64_t ClusterType(uint64_t c) { return c == 0 || c == kEnPad ? c : (c >> 17) & 15; }

}  // namespace

void EnglishSentenceContext(const std::vector<std::string_view>& tokens, const EnglishWord* words,
                            const GazTable& gaz, EnglishSentence* s) {
  const int n = static_cast<int>(tokens.size());
  s->tokens = &tokens;
  s->words = words;
  constexpr uint64_t kPad = kEnPad;
  s->low.assign(n + 4, kPad);
  s->sshape.assign(n + 4, kPad);
  s->dict.assign(n + 4, 7);   // 0..3 word-list class, 7 = padding
  s->cl.assign(n + 4, kPad);  // kClusterFlag | path, kPad outside the sentence, 0 when unknown
  int letters_words = 0, cap_words = 0;
  for (int i = 0; i < n; ++i) {
    s->low[i + 2] = words[i].low;
    s->sshape[i + 2] = words[i].sshape;
    s->dict[i + 2] = words[i].dict;
    s->cl[i + 2] = words[i].cl;
    if (!tokens[i].empty() && (IsAsciiUpper(tokens[i][0]) || IsAsciiLower(tokens[i][0]))) {
      ++letters_words;
      if (IsAsciiUpper(tokens[i][0])) ++cap_words;
    }
  }
  // Headline/all-caps sentences weaken capitalization cues.
  s->cap_ratio = letters_words == 0 ? 0 : (4 * cap_words) / letters_words;
  // English gazetteer: longest match per class starting at each token, up to 5 tokens (the
  // n-gram keys hashed first and looked up with prefetching).
  auto& gz = s->gz;
  gz.clear();
  if (gaz.slots == nullptr) return;
  thread_local std::vector<uint64_t> keys;
  thread_local std::vector<uint32_t> infos;
  keys.clear();
  for (int b = 0; b < n; ++b) {
    uint64_t h = kEnGazSeed;
    for (int e = b; e < n && e - b < 5; ++e) {
      if (e > b) h = Fold(h, ' ');
      for (unsigned char ch : tokens[e]) h = Fold(h, IsAsciiUpper(ch) ? ch + 32 : ch);
      keys.push_back(Mix(h));
    }
  }
  infos.resize(keys.size());
  gaz.FindAll(keys.data(), keys.size(), infos.data());
  gz.assign(n, {0, 0, 0});
  thread_local std::vector<std::array<uint8_t, 3>> len;
  len.assign(n, {0, 0, 0});
  size_t next = 0;
  for (int b = 0; b < n; ++b) {
    int best[3] = {0, 0, 0};
    for (int e = b; e < n && e - b < 5; ++e) {
      const uint32_t info = infos[next++];
      for (int k = 0; k < 3; ++k) {
        if (info & (1u << k)) best[k] = e - b + 1;
      }
    }
    for (int k = 0; k < 3; ++k) {
      int l = best[k];
      for (int u = b; u < b + l; ++u) {
        if (len[u][k] >= l) continue;
        len[u][k] = static_cast<uint8_t>(l);
        gz[u][k] = l == 1 ? 4 : (u == b ? 1 : (u == b + l - 1 ? 3 : 2));
      }
    }
  }
}

void EnglishTokenFeatures(const EnglishSentence& s, int i, uint64_t** word, uint64_t** context) {
  const std::string_view w = (*s.tokens)[i];
  const EnglishWord& v = s.words[i];
  const auto& low = s.low;
  const auto& sshape = s.sshape;
  const auto& dict = s.dict;
  const auto& cl = s.cl;
  const uint64_t l0 = low[i + 2], s0 = sshape[i + 2], d0 = dict[i + 2], c0 = cl[i + 2];
  const int cap_ratio = s.cap_ratio;
  // Each run of features goes to its list in template order (word runs only when asked for).
  if (word != nullptr) {
    uint64_t*& f = *word;
    *f++ = T(kEn, 1);
    *f++ = Combine(T(kEn, 2), l0);
    *f++ = HashBytes(T(kEn, 3), w);
    *f++ = Combine(T(kEn, 4), v.shape);
    *f++ = Combine(T(kEn, 5), s0);
    for (int k = 1; k <= 3 && k <= static_cast<int>(w.size()); ++k)
      *f++ = HashBytes(T(kEn, 6 + k), w.substr(0, k));
    for (int k = 1; k <= 4 && k <= static_cast<int>(w.size()); ++k) {
      uint64_t h = T(kEn, 10 + k);
      for (unsigned char c : w.substr(w.size() - k)) h = Fold(h, IsAsciiUpper(c) ? c + 32 : c);
      *f++ = Mix(h);
    }
  }
  {
    uint64_t*& f = *context;
    *f++ = Combine(T(kEn, 15), low[i + 1]);
    *f++ = Combine(T(kEn, 16), low[i + 3]);
    *f++ = Combine(T(kEn, 17), low[i]);
    *f++ = Combine(T(kEn, 18), low[i + 4]);
    *f++ = Combine(T(kEn, 19), sshape[i + 1]);
    *f++ = Combine(T(kEn, 20), sshape[i + 3]);
    *f++ = Combine(Combine(T(kEn, 21), low[i + 1]), l0);
    *f++ = Combine(Combine(T(kEn, 22), l0), low[i + 3]);
    *f++ = Combine(Combine(Combine(T(kEn, 23), sshape[i + 1]), s0), sshape[i + 3]);
    *f++ = Combine(Combine(T(kEn, 24), i == 0 ? 1 : 0), s0);
    *f++ = Combine(Combine(T(kEn, 25), cap_ratio), s0);
    *f++ = Combine(Combine(T(kEn, 26), low[i + 1]), s0);
    *f++ = Combine(Combine(T(kEn, 27), s0), low[i + 3]);
  }
  if (word != nullptr) *(*word)++ = Combine(Combine(T(kEn, 28), std::min<size_t>(w.size(), 10)), s0);
  if (!s.gz.empty()) {
    uint64_t*& f = *context;
    for (int k = 0; k < 3; ++k) {
      if (s.gz[i][k] == 0) continue;
      *f++ = Combine(Combine(T(kEn, 50 + k), s.gz[i][k]), s0);
      *f++ = Combine(T(kEn, 55 + k), s.gz[i][k]);
    }
  }
  // Word clusters: path prefixes of the token (1-4 levels) and of its neighbours (2 and 4 levels
  // at +-1, 2 levels at +-2); unknown words get their own value.
  if (word != nullptr) {
    uint64_t*& f = *word;
    for (int k = 1; k <= 4; ++k) *f++ = Combine(T(kEn, 60 + k), ClusterPrefix(c0, k));
    *f++ = Combine(Combine(T(kEn, 65), ClusterPrefix(c0, 3)), s0);
  }
  {
    uint64_t*& f = *context;
    *f++ = Combine(T(kEn, 66), ClusterPrefix(cl[i + 1], 2));
    *f++ = Combine(T(kEn, 67), ClusterPrefix(cl[i + 3], 2));
    *f++ = Combine(T(kEn, 68), ClusterPrefix(cl[i + 1], 4));
    *f++ = Combine(T(kEn, 69), ClusterPrefix(cl[i + 3], 4));
    *f++ = Combine(T(kEn, 70), ClusterPrefix(cl[i], 2));
    *f++ = Combine(T(kEn, 71), ClusterPrefix(cl[i + 4], 2));
    *f++ = Combine(Combine(T(kEn, 72), ClusterPrefix(cl[i + 1], 3)), ClusterPrefix(c0, 3));
  }
  if (word != nullptr) {
    // The embedding-based type guess (class and confidence) of the token; its word-list class.
    uint64_t*& f = *word;
    *f++ = Combine(T(kEn, 73), ClusterType(c0));
    *f++ = Combine(Combine(T(kEn, 74), ClusterType(c0)), s0);
    *f++ = Combine(Combine(T(kEn, 30), d0), s0);
  }
  {
    uint64_t*& f = *context;
    *f++ = Combine(Combine(Combine(T(kEn, 31), d0), i == 0 ? 1 : 0), s0);
    *f++ = Combine(Combine(Combine(T(kEn, 32), d0), dict[i + 1]), sshape[i + 1]);
    *f++ = Combine(Combine(Combine(T(kEn, 33), d0), dict[i + 3]), sshape[i + 3]);
    *f++ = Combine(Combine(Combine(T(kEn, 34), d0), cap_ratio), s0);
  }
  if (word != nullptr) {
    uint64_t*& f = *word;
    for (int k = 0; k < 4; ++k)
      if (v.form & (1u << k)) *f++ = Combine(T(kEn, 40 + k), s0);
  }
}

void EnglishFeatures(const std::vector<std::string_view>& tokens, const GazTable& gaz, FeatureBuffer* out) {
  out->Clear();
  const int n = static_cast<int>(tokens.size());
  if (n == 0) {
    out->offsets.push_back(0);
    return;
  }
  // Scratch reused across calls on the same thread.
  thread_local std::vector<EnglishWord> words;
  thread_local std::vector<int> all;
  thread_local EnglishSentence sentence;
  words.resize(static_cast<size_t>(n));
  all.resize(static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) all[i] = i;
  EnglishWordValues(tokens, all, gaz, words.data());
  EnglishSentenceContext(tokens, words.data(), gaz, &sentence);
  // Written through a pointer into room for the most features a token can have (a push_back per
  // feature cost more than its hashing), both lists in one: the features in template order.
  out->feats.resize(static_cast<size_t>(n) * (kEnMaxWordFeatures + kEnMaxContextFeatures));
  uint64_t* const base = out->feats.data();
  uint64_t* at = base;
  for (int i = 0; i < n; ++i) {
    out->offsets.push_back(static_cast<uint32_t>(at - base));
    EnglishTokenFeatures(sentence, i, &at, &at);
  }
  out->offsets.push_back(static_cast<uint32_t>(at - base));
  out->feats.resize(static_cast<size_t>(at - base));
}

void TokenizeEnglish(std::string_view text, std::vector<Unit>* tokens) {
  tokens->clear();
  const int n = static_cast<int>(text.size());
  auto is_ws = [&](int i) {
    unsigned char c = text[i];
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  };
  int i = 0;
  while (i < n) {
    while (i < n && is_ws(i)) ++i;
    if (i >= n) break;
    int j = i;
    while (j < n && !is_ws(j)) ++j;
    // [i, j) is a whitespace chunk. Peel leading punctuation.
    int b = i, e = j;
    while (b < e && IsAsciiPunct(text[b]) && text[b] != '@' && text[b] != '#' && text[b] != '$' &&
           !(text[b] == '.' && b + 1 < e && IsAsciiDigit(text[b + 1]))) {
      tokens->push_back({b, b + 1});
      ++b;
    }
    // Peel trailing punctuation (kept in reverse, appended after the core).
    std::vector<Unit> tail;
    while (e > b && IsAsciiPunct(text[e - 1]) && text[e - 1] != '%') {
      char p = text[e - 1];
      if (p == '.') {
        std::string_view core = text.substr(b, e - 1 - b);
        bool abbrev = core.find('.') != std::string_view::npos ||
                      (core.size() == 1 && IsAsciiUpper(core[0])) || core == "Mr" || core == "Mrs" ||
                      core == "Ms" || core == "Dr" || core == "Jr" || core == "Sr" || core == "Inc" ||
                      core == "Corp" || core == "Co" || core == "Ltd" || core == "St" || core == "vs" ||
                      core == "etc" || core == "Prof";
        if (abbrev && e - 1 > b) break;
      }
      tail.push_back({e - 1, e});
      --e;
    }
    if (e > b) {
      // Clitics: 's 're 've 'll 'd 'm n't.
      std::string_view core = text.substr(b, e - b);
      int split = -1;
      auto ends_with = [&](std::string_view suf) {
        if (core.size() <= suf.size()) return false;
        for (size_t k = 0; k < suf.size(); ++k) {
          char a = core[core.size() - suf.size() + k];
          if (a >= 'A' && a <= 'Z') a = static_cast<char>(a + 32);
          if (a != suf[k]) return false;
        }
        return true;
      };
      if (ends_with("n't")) {
        split = e - 3;
      } else {
        for (std::string_view suf : {"'s", "'re", "'ve", "'ll", "'d", "'m", "\xE2\x80\x99s"}) {
          if (ends_with(suf)) {
            split = e - static_cast<int>(suf.size());
            break;
          }
        }
      }
      if (split > b) {
        tokens->push_back({b, split});
        tokens->push_back({split, e});
      } else {
        tokens->push_back({b, e});
      }
    }
    for (auto it = tail.rbegin(); it != tail.rend(); ++it) tokens->push_back(*it);
    i = j;
  }
}

namespace {

uint32_t SlotsFor(size_t n) {
  uint32_t b = 16;
  while (b < n + n / 3 + 1) b <<= 1;  // load <= 3/4 (2/3 before format 6)
  return b;
}

template <typename Slot, typename Fill>
std::vector<Slot> BuildSlots(std::vector<TableEntry>* entries, uint32_t slots, Fill fill) {
  std::sort(entries->begin(), entries->end(),
            [](const TableEntry& a, const TableEntry& b) { return a.hash < b.hash; });
  std::vector<Slot> out(slots);
  std::memset(out.data(), 0, out.size() * sizeof(Slot));
  for (const TableEntry& e : *entries) {
    const uint32_t fp = Fingerprint(e.hash);
    for (uint32_t i = static_cast<uint32_t>(e.hash) & (slots - 1);; i = (i + 1) & (slots - 1)) {
      if (out[i].fp == fp) break;  // fingerprint collision on the chain: keep the first
      if (out[i].fp == 0) {
        out[i].fp = fp;
        fill(e, &out[i]);
        break;
      }
    }
  }
  return out;
}

}  // namespace

std::string SerializeModel(const ModelHeader& header_in, std::vector<TableEntry> features,
                           std::vector<TableEntry> gaz) {
  ModelHeader h = header_in;
  std::memcpy(h.magic, kMagic, 8);
  h.version = 6;
  h.filter_words = 1024;
  while (h.filter_words * 64 < features.size() * 16) h.filter_words <<= 1;
  h.num_tags = kNumTags;
  h.feature_slots = SlotsFor(features.size());
  h.num_features = static_cast<uint32_t>(features.size());
  h.gaz_slots = SlotsFor(gaz.size());
  h.num_gaz = static_cast<uint32_t>(gaz.size());
  for (TableEntry& e : features) e.hash = Mix(e.hash);  // FeatureTable looks up Mix(key)
  auto fs = BuildSlots<FeatureSlot>(&features, h.feature_slots, [](const TableEntry& e, FeatureSlot* s) {
    for (int t = 0; t < kNumTags; ++t) s->w[t] = static_cast<int8_t>(std::clamp<int>(e.w[t], -127, 127));
  });
  auto gs = BuildSlots<GazSlot>(&gaz, h.gaz_slots, [](const TableEntry& e, GazSlot* s) { s->info = e.info; });
  std::string out(reinterpret_cast<const char*>(&h), sizeof(h));
  out.resize(Align16(out.size()), '\0');
  out.append(reinterpret_cast<const char*>(fs.data()), fs.size() * sizeof(FeatureSlot));
  out.resize(Align16(out.size()), '\0');
  out.append(reinterpret_cast<const char*>(gs.data()), gs.size() * sizeof(GazSlot));
  out.resize(Align16(out.size()), '\0');
  std::vector<uint64_t> filter(h.filter_words, 0);
  for (const TableEntry& e : features) {  // e.hash is already Mix(key)
    uint64_t bit = FilterBit(e.hash, h.filter_words);
    filter[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
  out.append(reinterpret_cast<const char*>(filter.data()), filter.size() * 8);
  return out;
}

namespace {

bool IsPow2(uint32_t v) { return v != 0 && (v & (v - 1)) == 0; }

}  // namespace

std::string MapModel(std::string_view bytes, ModelHeader* header, FeatureTable* features, GazTable* gaz) {
  if (reinterpret_cast<uintptr_t>(bytes.data()) % 4 != 0) return "unaligned bytes";
  if (bytes.size() < sizeof(ModelHeader)) return "truncated header";
  std::memcpy(header, bytes.data(), sizeof(ModelHeader));
  const ModelHeader& h = *header;
  if (std::memcmp(h.magic, kMagic, 8) != 0) return "bad magic";
  if (h.version != 6 || h.num_tags != kNumTags) return "unsupported version or tag set";
  for (float sc : h.scale) {
    if (!std::isfinite(sc)) return "bad weight scale";
  }
  if (!IsPow2(h.feature_slots) || !IsPow2(h.gaz_slots) || h.feature_slots > (1u << 26) ||
      h.gaz_slots > (1u << 26) || !IsPow2(h.filter_words) || h.filter_words > (1u << 24) ||
      h.num_features >= h.feature_slots || h.num_gaz >= h.gaz_slots) {
    return "bad table sizes";
  }
  size_t pos = Align16(sizeof(ModelHeader));
  size_t fbytes = static_cast<size_t>(h.feature_slots) * sizeof(FeatureSlot);
  size_t gbytes = static_cast<size_t>(h.gaz_slots) * sizeof(GazSlot);
  size_t filter_pos = Align16(Align16(pos + fbytes) + gbytes);
  if (bytes.size() < filter_pos + static_cast<size_t>(h.filter_words) * 8) {
    return "tables out of bounds";
  }
  *features = {};
  *gaz = {};
  // Probing ends at an empty slot: a table must have one, else a miss would loop forever.
  const auto* fs = reinterpret_cast<const FeatureSlot*>(bytes.data() + pos);
  const auto* gs = reinterpret_cast<const GazSlot*>(bytes.data() + Align16(pos + fbytes));
  size_t fempty = 0, gempty = 0;
  for (uint32_t i = 0; i < h.feature_slots && fempty == 0; ++i) fempty += fs[i].fp == 0;
  for (uint32_t i = 0; i < h.gaz_slots && gempty == 0; ++i) gempty += gs[i].fp == 0;
  if (fempty == 0 || gempty == 0) return "table without an empty slot";
  if (h.num_features > 0) {
    *features = {fs, h.feature_slots - 1, reinterpret_cast<const uint64_t*>(bytes.data() + filter_pos),
                 h.filter_words};
  }
  if (h.num_gaz > 0) *gaz = {gs, h.gaz_slots - 1};
  return "";
}

}  // namespace hirewire::extract::ner
