// Features of the Japanese and Chinese character tagger (ner::CjkFeatures, see ner_features.h).
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <memory>
#include <unordered_map>

#include "extract/entity_words.h"
#include "extract/ner_features.h"

namespace hirewire::extract::ner {
namespace {

// Coarse character class of Japanese and Chinese text.
enum CjkClass : uint8_t {
  kPadClass = 0,
  kHan,  // 漢字, 々 〆
  kHiragana,
  kKatakana,  // full and half width, ー, ヶ
  kNameDot,   // ・ · ･ (between the parts of a foreign name)
  kUpper,     // Latin capitals, full width too
  kLower,     // Latin small letters (and accented Latin)
  kDigit,     // ASCII and full-width digits, 〇
  kSpace,     // whitespace and ▁ (the training files' space mark)
  kOpen,      // 「『（(【〈《[“‘
  kClose,     // 」』）)】〉》]”’
  kStop,      // 。、，．,.!?！？：；
  kHangul,
  kOtherClass,
};

CjkClass ClassOf(char32_t c) {
  if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
      c == 0x3005 || c == 0x3006 || (c >= 0x20000 && c <= 0x2FFFF)) {
    return kHan;
  }
  if (c >= 0x3041 && c <= 0x309F) return kHiragana;
  if ((c >= 0x30A0 && c <= 0x30FA) || c == 0x30FC || c == 0x30FD || c == 0x30FE ||
      (c >= 0xFF66 && c <= 0xFF9F) || (c >= 0x31F0 && c <= 0x31FF)) {
    return kKatakana;
  }
  if (c == 0x30FB || c == 0xB7 || c == 0xFF65 || c == 0x2027) return kNameDot;
  if ((c >= 'A' && c <= 'Z') || (c >= 0xFF21 && c <= 0xFF3A)) return kUpper;
  if ((c >= 'a' && c <= 'z') || (c >= 0xFF41 && c <= 0xFF5A) || (c >= 0xC0 && c < 0x250)) return kLower;
  if ((c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19) || c == 0x3007) return kDigit;
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000 || c == 0xA0 || c == 0x2581) {
    return kSpace;
  }
  if (c == 0x300C || c == 0x300E || c == 0xFF08 || c == '(' || c == 0x3010 || c == 0x3008 || c == 0x300A ||
      c == '[' || c == 0x201C || c == 0x2018 || c == 0x3014) {
    return kOpen;
  }
  if (c == 0x300D || c == 0x300F || c == 0xFF09 || c == ')' || c == 0x3011 || c == 0x3009 || c == 0x300B ||
      c == ']' || c == 0x201D || c == 0x2019 || c == 0x3015) {
    return kClose;
  }
  if (c == 0x3002 || c == 0x3001 || c == 0xFF0C || c == 0xFF0E || c == ',' || c == '.' || c == '!' ||
      c == '?' || c == 0xFF01 || c == 0xFF1F || c == 0xFF1A || c == 0xFF1B || c == ':' || c == ';') {
    return kStop;
  }
  if (c >= 0xAC00 && c <= 0xD7A3) return kHangul;
  return kOtherClass;
}

// Code point for n-grams: full-width ASCII folded to ASCII, digits to '0', spaces to ' '.
uint64_t NormCjk(char32_t c, CjkClass k) {
  if (k == kDigit) return '0';
  if (k == kSpace) return ' ';
  if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;
  if (c >= 'A' && c <= 'Z') c += 32;  // case is in the class
  return c;
}

// Key of a run of code points in the Chinese word lists (as NormCjk sees them).
uint64_t ZhKey(const uint64_t* c, int len) {
  uint64_t h = 0x7a686c6578696e31ULL;
  for (int i = 0; i < len; ++i) h = Fold(h, static_cast<uint32_t>(c[i]));
  return Mix(h);
}

// The zh_* lists of extract/data/entity_words.tsv, keyed by ZhKey (built once).
struct ZhLexicon {
  std::unordered_map<uint64_t, uint8_t> bits;
  int max_len = 1;
  std::vector<uint64_t> first;  // bitmap over (first code point & 0xFFFF) of the listed words
  bool MayStart(uint64_t c) const { return (first[(c & 0xFFFF) >> 6] >> (c & 63)) & 1; }
};

const ZhLexicon& Lexicon() {
  static const ZhLexicon lex = [] {
    ZhLexicon l;
    l.first.assign(1024, 0);
    const EntityWords& w = EntityWords::Default();
    const std::pair<WordList, uint8_t> lists[] = {{WordList::kZhSurname, kZhSurnameBit},
                                                  {WordList::kZhSurnameRare, kZhSurnameRareBit},
                                                  {WordList::kZhTranslitChar, kZhTranslitBit},
                                                  {WordList::kZhOrgSuffix, kZhOrgSuffixBit},
                                                  {WordList::kZhPersonCue, kZhPersonCueBit}};
    std::vector<char32_t> cps;
    std::vector<Unit> units;
    std::vector<uint64_t> c;
    for (const auto& [list, bit] : lists) {
      for (const std::string& word : w.List(list)) {
        DecodeUtf8(word, &cps, &units);
        c.clear();
        for (char32_t x : cps) c.push_back(NormCjk(x, ClassOf(x)));
        l.bits[ZhKey(c.data(), static_cast<int>(c.size()))] |= bit;
        l.max_len = std::max(l.max_len, static_cast<int>(c.size()));
        if (!c.empty()) l.first[(c[0] & 0xFFFF) >> 6] |= uint64_t{1} << (c[0] & 63);
      }
    }
    return l;
  }();
  return lex;
}

uint8_t ZhBits(const uint64_t* c, int len) {
  const ZhLexicon& lex = Lexicon();
  if (len > lex.max_len) return 0;
  auto it = lex.bits.find(ZhKey(c, len));
  return it == lex.bits.end() ? 0 : it->second;
}

inline uint64_t Tj(int lang, int templ) { return Mix((static_cast<uint64_t>(lang) << 16) | 0x8000 | templ); }
inline int Bucket(int v, int max) { return v < max ? v : max; }

bool IsWordStart(const std::vector<uint8_t>& word_start, int i, int n) {
  return i >= n || i == 0 || (static_cast<size_t>(i) < word_start.size() && word_start[i]);
}

// Per unit: where the zh_* words of the lexicon start and end (only where they align with ICU's
// words: 部 in 外交部 but not in 部分, 说 but not 小说).
struct ZhMarks {
  std::vector<uint8_t> surname;       // at a surname start: its length (1, 2) | rare << 4
  std::vector<uint8_t> translit;      // a transliteration character
  std::vector<uint8_t> cue_at;        // a person cue starts here (its length)
  std::vector<uint8_t> cue_end;       // a person cue ends here (inclusive; its length)
  std::vector<uint8_t> org_end;       // an organization head ends here (inclusive; its length)
  std::vector<int> seg_end;           // end of the run of name-like units (Han, Latin, digits, ・)
  std::vector<int> next_org;          // the nearest org_end at or after the unit inside its run, or -1
  std::vector<int> tr_start, tr_end;  // run of transliteration characters and name dots
};

void MarkZhWords(const uint64_t* c, const uint8_t* k, int n, const std::vector<uint8_t>& word_start,
                 ZhMarks* m) {
  const ZhLexicon& lex = Lexicon();
  m->surname.assign(n, 0);
  m->translit.assign(n, 0);
  m->cue_at.assign(n + 1, 0);
  m->cue_end.assign(n, 0);
  m->org_end.assign(n, 0);
  for (int i = 0; i < n; ++i) {
    if (k[i] != kHan || !lex.MayStart(c[i])) continue;
    for (int len = 1; len <= lex.max_len && i + len <= n; ++len) {
      const uint8_t b = ZhBits(c + i, len);
      if (b == 0) continue;
      if ((b & (kZhSurnameBit | kZhSurnameRareBit)) && len <= 2) {
        m->surname[i] = static_cast<uint8_t>(len | ((b & kZhSurnameBit) ? 0 : 16));
      }
      if ((b & kZhTranslitBit) && len == 1) m->translit[i] = 1;
      const bool aligned_end = IsWordStart(word_start, i + len, n);
      if ((b & kZhPersonCueBit) && aligned_end && IsWordStart(word_start, i, n)) {
        m->cue_at[i] = static_cast<uint8_t>(len);
        m->cue_end[i + len - 1] = static_cast<uint8_t>(len);
      }
      if ((b & kZhOrgSuffixBit) && aligned_end) m->org_end[i + len - 1] = static_cast<uint8_t>(len);
    }
  }
  auto name_like = [&](int i) {
    return k[i] == kHan || k[i] == kUpper || k[i] == kLower || k[i] == kDigit || k[i] == kNameDot ||
           k[i] == kKatakana;
  };
  m->seg_end.assign(n, 0);
  m->next_org.assign(n, -1);
  for (int i = n - 1; i >= 0; --i) {
    const bool in = name_like(i);
    m->seg_end[i] = !in ? i : (i + 1 < n && name_like(i + 1)) ? m->seg_end[i + 1] : i + 1;
    if (!in) continue;
    m->next_org[i] = m->org_end[i] ? i : (i + 1 < n && name_like(i + 1)) ? m->next_org[i + 1] : -1;
  }
  m->tr_start.assign(n, 0);
  m->tr_end.assign(n, 0);
  for (int i = 0; i < n;) {
    const bool t = m->translit[i] || k[i] == kNameDot;
    int j = i + 1;
    while (t && j < n && (m->translit[j] || k[j] == kNameDot)) ++j;
    for (int q = i; q < j; ++q) {
      m->tr_start[q] = t ? i : q;
      m->tr_end[q] = t ? j : q;
    }
    i = j;
  }
}

// What follows a candidate name ending before unit `e`: 0 other, 1 a person cue, 2 punctuation or
// a space, 3 the end.
uint64_t AfterKind(const ZhMarks& m, const uint8_t* k, int e, int n) {
  if (e >= n) return 3;
  if (m.cue_at[e]) return 1;
  return (k[e] == kStop || k[e] == kClose || k[e] == kOpen || k[e] == kSpace || k[e] == kOtherClass) ? 2 : 0;
}
// The same before a candidate starting at `s`.
uint64_t BeforeKind(const ZhMarks& m, const uint8_t* k, int s) {
  if (s <= 0) return 3;
  if (m.cue_end[s - 1]) return 1;
  const uint8_t p = k[s - 1];
  return (p == kStop || p == kClose || p == kOpen || p == kSpace || p == kOtherClass) ? 2 : 0;
}

void ZhKnowledgeFeatures(const ZhMarks& m, const uint8_t* k, int n, int i, uint64_t wpos, int lang,
                         std::vector<uint64_t>* f) {
  // A surname followed by one or two Han characters: the unit's place in that name, what
  // precedes and follows it (a title or verb such as 先生, 表示; punctuation).
  for (int d = 0; d <= 3 && d <= i; ++d) {
    const int s = i - d;
    if (m.surname[s] == 0) continue;
    const int sl = m.surname[s] & 15;
    const uint64_t rare = m.surname[s] >> 4;
    for (int len = sl + 1; len <= sl + 2; ++len) {
      if (d >= len || s + len > n) continue;
      bool han = true;
      for (int q = s; q < s + len; ++q) han = han && k[q] == kHan;
      if (!han) continue;
      const uint64_t shape = static_cast<uint64_t>(d) << 8 | static_cast<uint64_t>(len) << 4 | rare;
      f->push_back(Combine(Tj(lang, 36), shape));
      f->push_back(
          Combine(Tj(lang, 37), shape << 8 | AfterKind(m, k, s + len, n) << 4 | BeforeKind(m, k, s)));
    }
  }
  // A run of transliteration characters (阿诺德·施瓦辛格): place, length, what follows.
  const int ts = m.tr_start[i], te = m.tr_end[i];
  if (te - ts >= 2) {
    const uint64_t pos = i == ts ? 1 : i == te - 1 ? 2 : 3;
    const uint64_t len = static_cast<uint64_t>(Bucket(te - ts, 8));
    f->push_back(Combine(Tj(lang, 38), pos << 4 | len));
    f->push_back(
        Combine(Tj(lang, 39), pos << 8 | len << 4 | AfterKind(m, k, te, n) << 2 | BeforeKind(m, k, ts)));
  }
  // A person cue right after or before the unit, or one or two units away.
  for (int d = 1; d <= 3; ++d) {
    if (i + d <= n - 1 && m.cue_at[i + d]) {
      f->push_back(Combine(Tj(lang, 40), static_cast<uint64_t>(d) << 4 | wpos));
      break;
    }
  }
  for (int d = 1; d <= 3 && i - d >= 0; ++d) {
    if (m.cue_end[i - d]) {
      f->push_back(Combine(Tj(lang, 41), static_cast<uint64_t>(d) << 4 | wpos));
      break;
    }
  }
  // An organization head ending the run ahead (…大学, …委员会): distance, the head's length, and
  // whether the unit starts an ICU word or the run.
  const int j = m.next_org[i];
  if (j >= 0 && j - i <= 15) {
    const uint64_t dist = static_cast<uint64_t>(Bucket(j - i, 12));
    const uint64_t hl = m.org_end[j];
    f->push_back(Combine(Tj(lang, 42), dist << 4 | hl));
    f->push_back(Combine(Tj(lang, 43), dist << 8 | wpos << 4 | BeforeKind(m, k, i)));
    f->push_back(
        Combine(Tj(lang, 44), dist << 8 | static_cast<uint64_t>(Bucket(m.seg_end[i] - j - 1, 3)) << 4 | hl));
  }
}

}  // namespace

uint8_t ZhWordBits(std::string_view word) {
  std::vector<char32_t> cps;
  std::vector<Unit> units;
  DecodeUtf8(word, &cps, &units);
  std::vector<uint64_t> c;
  for (char32_t x : cps) c.push_back(NormCjk(x, ClassOf(x)));
  return ZhBits(c.data(), static_cast<int>(c.size()));
}

uint64_t CjkGazKey(const std::vector<char32_t>& cps, size_t begin, size_t end, int lang) {
  uint64_t h = Fold(kCjkGazSeed, static_cast<uint32_t>(lang));
  for (size_t i = begin; i < end; ++i) h = Fold(h, static_cast<uint32_t>(NormCjk(cps[i], ClassOf(cps[i]))));
  return Mix(h);
}

void CjkWordStarts(std::string_view text, const std::vector<Unit>& units, std::vector<uint8_t>* starts) {
  starts->assign(units.size(), 0);
  if (units.empty()) return;
  // One word iterator per thread (ICU's CJK dictionary segmentation; the same for ja and zh).
  thread_local std::unique_ptr<icu::BreakIterator> words = [] {
    UErrorCode st = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> b(
        icu::BreakIterator::createWordInstance(icu::Locale::getJapanese(), st));
    if (U_FAILURE(st)) b.reset();
    return b;
  }();
  if (!words) {
    (*starts)[0] = 1;
    return;
  }
  UErrorCode st = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, text.data(), static_cast<int64_t>(text.size()), &st);
  if (U_FAILURE(st)) {
    (*starts)[0] = 1;
    return;
  }
  words->setText(&ut, st);
  size_t u = 0;
  for (int32_t b = words->first(); b != icu::BreakIterator::DONE && U_SUCCESS(st); b = words->next()) {
    while (u < units.size() && units[u].begin < b) ++u;
    if (u < units.size() && units[u].begin == b) (*starts)[u] = 1;
  }
  utext_close(&ut);
  (*starts)[0] = 1;
}

namespace {

constexpr int kPadN = 3;
constexpr uint64_t kPad = 0x110000;

// Per-unit context of one text: normalized characters and classes (padded by kPadN on both
// sides), the run of one class, the ICU dictionary word and the gazetteer marks around each unit.
struct CjkContext {
  std::vector<uint64_t> c;
  std::vector<uint8_t> k;
  std::vector<int> run_start, run_end, wbeg, wend;
  std::vector<uint64_t> whash;
  std::vector<uint8_t> gmark;  // per unit and class: pos | strong << 3
  ZhMarks zm;
};

// Runs of one class (a katakana word, a Han compound, a Latin word).
void MarkRuns(int n, CjkContext* x) {
  x->run_start.assign(n, 0);
  x->run_end.assign(n, 0);
  for (int i = 0; i < n;) {
    int j = i + 1;
    while (j < n && x->k[j + kPadN] == x->k[i + kPadN]) ++j;
    for (int q = i; q < j; ++q) {
      x->run_start[q] = i;
      x->run_end[q] = j;
    }
    i = j;
  }
}

// ICU dictionary words: start, end and identity per unit (one word when no starts are given).
void MarkWords(int n, const std::vector<uint8_t>& word_start, int lang, CjkContext* x) {
  x->wbeg.assign(n, 0);
  x->wend.assign(n, n);
  x->whash.assign(n + 1, kPad);
  for (int i = 0; i < n;) {
    int j = i + 1;
    while (j < n && !(static_cast<size_t>(j) < word_start.size() && word_start[j])) ++j;
    uint64_t h = Tj(lang, 40);
    for (int q = i; q < j && q < i + 12; ++q) h = Combine(h, x->c[q + kPadN]);
    for (int q = i; q < j; ++q) {
      x->wbeg[q] = i;
      x->wend[q] = j;
      x->whash[q] = h;
    }
    i = j;
  }
}

// Gazetteer: the longest form of each class starting at each character (at most
// kCjkGazMaxLen code points), marked on its units as B/I/E/S (1-4) with its strength.
void MarkGazetteer(int n, int lang, const GazTable& gaz, CjkContext* x) {
  x->gmark.assign(static_cast<size_t>(n) * 3, 0);
  if (gaz.slots == nullptr) return;
  for (int i = 0; i < n; ++i) {
    if (x->k[i + kPadN] == kSpace || x->k[i + kPadN] == kStop) continue;
    uint64_t h = Fold(kCjkGazSeed, static_cast<uint32_t>(lang));
    bool found[3] = {};
    int best[3] = {};
    uint32_t strong[3] = {};
    for (int j = i; j < n && j < i + kCjkGazMaxLen; ++j) {
      h = Fold(h, static_cast<uint32_t>(x->c[j + kPadN]));
      if (j == i) continue;  // two code points or more
      const uint32_t info = gaz.Find(Mix(h));
      for (int cls = 0; cls < 3; ++cls) {
        if (info & (1u << cls)) {
          found[cls] = true;
          best[cls] = j + 1;
          strong[cls] = (info >> (8 + cls)) & 1;
        }
      }
    }
    for (int cls = 0; cls < 3; ++cls) {
      if (!found[cls]) continue;
      for (int q = i; q < best[cls]; ++q) {
        uint8_t& m = x->gmark[q * 3 + cls];
        if (m != 0) continue;  // an earlier (longer-reaching) match keeps its marks
        const uint8_t pos = q == i ? 1 : q == best[cls] - 1 ? 3 : 2;
        m = static_cast<uint8_t>(pos | strong[cls] << 3);
      }
    }
  }
}

// Character n-grams in a +-3 window and the class window of unit i.
void PushCharFeatures(const CjkContext& x, int i, int lang, std::vector<uint64_t>* out) {
  std::vector<uint64_t>& f = *out;
  const int p = i + kPadN;
  const auto& c = x.c;
  const uint64_t c0 = c[p], cm1 = c[p - 1], cm2 = c[p - 2], cm3 = c[p - 3], cp1 = c[p + 1], cp2 = c[p + 2],
                 cp3 = c[p + 3];
  f.push_back(Tj(lang, 1));
  f.push_back(Combine(Tj(lang, 2), c0));
  f.push_back(Combine(Tj(lang, 3), cm1));
  f.push_back(Combine(Tj(lang, 4), cp1));
  f.push_back(Combine(Tj(lang, 5), cm2));
  f.push_back(Combine(Tj(lang, 6), cp2));
  f.push_back(Combine(Combine(Tj(lang, 7), cm1), c0));
  f.push_back(Combine(Combine(Tj(lang, 8), c0), cp1));
  f.push_back(Combine(Combine(Tj(lang, 9), cm2), cm1));
  f.push_back(Combine(Combine(Tj(lang, 10), cp1), cp2));
  f.push_back(Combine(Combine(Tj(lang, 11), cm1), cp1));
  f.push_back(Combine(Combine(Combine(Tj(lang, 12), cm1), c0), cp1));
  f.push_back(Combine(Combine(Combine(Tj(lang, 13), cm2), cm1), c0));
  f.push_back(Combine(Combine(Combine(Tj(lang, 14), c0), cp1), cp2));
  f.push_back(Combine(Combine(Combine(Tj(lang, 15), cp1), cp2), cp3));
  f.push_back(Combine(Combine(Combine(Tj(lang, 16), cm3), cm2), cm1));
  uint64_t tw = 0;
  for (int d = -2; d <= 2; ++d) tw = tw * 16 + x.k[p + d];
  f.push_back(Combine(Tj(lang, 17), tw));
  f.push_back(Combine(Tj(lang, 18), (tw >> 4) & 0xfff));
}

// Position in the run of one class, its length, and what comes right before and after it.
void PushRunFeatures(const CjkContext& x, int i, int lang, std::vector<uint64_t>* out) {
  std::vector<uint64_t>& f = *out;
  const int p = i + kPadN;
  const auto& c = x.c;
  const auto& k = x.k;
  const uint64_t c0 = c[p];
  const int rs = x.run_start[i], re = x.run_end[i], len = re - rs;
  const int pos = len == 1 ? 0 : i == rs ? 1 : i == re - 1 ? 2 : 3;
  const uint64_t shape = static_cast<uint64_t>(k[p]) << 8 | pos << 4 | Bucket(len, 9);
  f.push_back(Combine(Tj(lang, 19), shape));
  f.push_back(Combine(Combine(Tj(lang, 20), c0), pos));
  const uint64_t after1 = c[re + kPadN], after2 = c[re + 1 + kPadN];
  const uint64_t before1 = c[rs - 1 + kPadN], before2 = c[rs - 2 + kPadN];
  const int to_end = Bucket(re - i, 4), from_start = Bucket(i - rs, 4);
  f.push_back(Combine(Combine(Tj(lang, 21), after1), static_cast<uint64_t>(k[p]) << 4 | to_end));
  f.push_back(
      Combine(Combine(Combine(Tj(lang, 22), after1), after2), static_cast<uint64_t>(k[p]) << 4 | to_end));
  f.push_back(Combine(Combine(Tj(lang, 23), before1), static_cast<uint64_t>(k[p]) << 4 | from_start));
  f.push_back(Combine(Combine(Combine(Tj(lang, 24), before2), before1),
                      static_cast<uint64_t>(k[p]) << 4 | from_start));
  if (len <= 8 && k[p] != kHiragana) {  // the whole word of one class: ソフトバンク, 安倍
    uint64_t h = Tj(lang, 25);
    for (int q = rs; q < re; ++q) h = Combine(h, c[q + kPadN]);
    f.push_back(Combine(h, pos));
  }
  f.push_back(
      Combine(Tj(lang, 26), static_cast<uint64_t>(k[rs - 1 + kPadN]) << 8 | k[p] << 4 | k[re + kPadN]));
}

// The dictionary word around the character (position, length, identity, its neighbours) and the
// gazetteer marks; returns the unit's position in its word.
uint64_t PushWordFeatures(const CjkContext& x, int i, int n, int lang, std::vector<uint64_t>* out) {
  std::vector<uint64_t>& f = *out;
  const int p = i + kPadN;
  const uint64_t c0 = x.c[p];
  const int ws = x.wbeg[i], we = x.wend[i], wl = we - ws;
  const uint64_t wpos = wl == 1 ? 0 : i == ws ? 1 : i == we - 1 ? 2 : 3;
  f.push_back(Combine(Tj(lang, 27), wpos << 8 | static_cast<uint64_t>(Bucket(wl, 6)) << 4 | x.k[p]));
  f.push_back(Combine(Combine(Tj(lang, 28), x.whash[i]), wpos));
  f.push_back(Combine(Combine(Tj(lang, 29), ws > 0 ? x.whash[ws - 1] : kPad), wpos));
  f.push_back(Combine(Combine(Tj(lang, 30), we < n ? x.whash[we] : kPad), wpos));
  f.push_back(Combine(Combine(Tj(lang, 31), c0), wpos << 4 | Bucket(wl, 6)));
  uint64_t gall = 0;
  for (int cls = 0; cls < 3; ++cls) {
    const uint8_t m = x.gmark[i * 3 + cls];
    gall = gall << 4 | m;
    if (m != 0) f.push_back(Combine(Tj(lang, 32 + cls), m));
  }
  if (gall != 0) f.push_back(Combine(Tj(lang, 35), gall));
  return wpos;
}

}  // namespace

void CjkFeatures(const std::vector<char32_t>& cps, const std::vector<uint8_t>& word_start, int lang,
                 const GazTable& gaz, FeatureBuffer* out) {
  out->Clear();
  const int n = static_cast<int>(cps.size());
  if (n == 0) {
    out->offsets.push_back(0);
    return;
  }
  thread_local CjkContext x;
  x.c.assign(n + 2 * kPadN, kPad);
  x.k.assign(n + 2 * kPadN, kPadClass);
  for (int i = 0; i < n; ++i) {
    const CjkClass cls = ClassOf(cps[i]);
    x.k[i + kPadN] = cls;
    x.c[i + kPadN] = NormCjk(cps[i], cls);
  }
  out->blocked.assign(n, 0);
  for (int i = 0; i < n; ++i) {
    const uint8_t cls = x.k[i + kPadN];
    out->blocked[i] = cls == kOpen || cls == kClose || cls == kStop;
  }
  MarkRuns(n, &x);
  MarkWords(n, word_start, lang, &x);
  MarkGazetteer(n, lang, gaz, &x);
  // Chinese word lists: surnames, transliteration characters, person cues and organization heads
  // (entity_words.tsv zh_*), found where they align with ICU's words.
  const bool zh = lang == kZh;
  if (zh) MarkZhWords(x.c.data() + kPadN, x.k.data() + kPadN, n, word_start, &x.zm);
  std::vector<uint64_t>& f = out->feats;
  f.reserve(static_cast<size_t>(n) * 26);
  for (int i = 0; i < n; ++i) {
    out->offsets.push_back(static_cast<uint32_t>(f.size()));
    PushCharFeatures(x, i, lang, &f);
    PushRunFeatures(x, i, lang, &f);
    const uint64_t wpos = PushWordFeatures(x, i, n, lang, &f);
    if (zh) ZhKnowledgeFeatures(x.zm, x.k.data() + kPadN, n, i, wpos, lang, &f);
  }
  out->offsets.push_back(static_cast<uint32_t>(f.size()));
}

}  // namespace hirewire::extract::ner
