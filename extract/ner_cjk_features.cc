// Features of the Japanese and Chinese character tagger (ner::CjkFeatures, see ner_features.h).
#include <algorithm>
#include <memory>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include "extract/ner_features.h"

namespace hirewire::extract::ner {
namespace {

// Coarse character class of Japanese and Chinese text.
enum CjkClass : uint8_t {
  kPadClass = 0,
  kHan,        // 漢字, 々 〆
  kHiragana,
  kKatakana,   // full and half width, ー, ヶ
  kNameDot,    // ・ · ･ (between the parts of a foreign name)
  kUpper,      // Latin capitals, full width too
  kLower,      // Latin small letters (and accented Latin)
  kDigit,      // ASCII and full-width digits, 〇
  kSpace,      // whitespace and ▁ (the training files' space mark)
  kOpen,       // 「『（(【〈《[“‘
  kClose,      // 」』）)】〉》]”’
  kStop,       // 。、，．,.!?！？：；
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
  if (c == 0x300C || c == 0x300E || c == 0xFF08 || c == '(' || c == 0x3010 || c == 0x3008 ||
      c == 0x300A || c == '[' || c == 0x201C || c == 0x2018 || c == 0x3014) {
    return kOpen;
  }
  if (c == 0x300D || c == 0x300F || c == 0xFF09 || c == ')' || c == 0x3011 || c == 0x3009 ||
      c == 0x300B || c == ']' || c == 0x201D || c == 0x2019 || c == 0x3015) {
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

inline uint64_t Tj(int lang, int templ) { return Mix((static_cast<uint64_t>(lang) << 16) | 0x8000 | templ); }
inline int Bucket(int v, int max) { return v < max ? v : max; }

}  // namespace

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
    std::unique_ptr<icu::BreakIterator> b(icu::BreakIterator::createWordInstance(icu::Locale::getJapanese(), st));
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

void CjkFeatures(const std::vector<char32_t>& cps, const std::vector<uint8_t>& word_start, int lang,
                 const GazTable& gaz, FeatureBuffer* out) {
  out->Clear();
  const int n = static_cast<int>(cps.size());
  if (n == 0) {
    out->offsets.push_back(0);
    return;
  }
  constexpr int kPadN = 3;
  constexpr uint64_t kPad = 0x110000;
  thread_local std::vector<uint64_t> c;
  thread_local std::vector<uint8_t> k;
  thread_local std::vector<int> run_start, run_end, wbeg, wend;
  thread_local std::vector<uint64_t> whash;
  c.assign(n + 2 * kPadN, kPad);
  k.assign(n + 2 * kPadN, kPadClass);
  for (int i = 0; i < n; ++i) {
    const CjkClass cls = ClassOf(cps[i]);
    k[i + kPadN] = cls;
    c[i + kPadN] = NormCjk(cps[i], cls);
  }
  out->blocked.assign(n, 0);
  for (int i = 0; i < n; ++i) {
    const uint8_t cls = k[i + kPadN];
    out->blocked[i] = cls == kOpen || cls == kClose || cls == kStop;
  }
  // Runs of one class (a katakana word, a Han compound, a Latin word).
  run_start.assign(n, 0);
  run_end.assign(n, 0);
  for (int i = 0; i < n;) {
    int j = i + 1;
    while (j < n && k[j + kPadN] == k[i + kPadN]) ++j;
    for (int q = i; q < j; ++q) {
      run_start[q] = i;
      run_end[q] = j;
    }
    i = j;
  }
  // ICU dictionary words: start, end and identity per unit (one word when no starts are given).
  wbeg.assign(n, 0);
  wend.assign(n, n);
  whash.assign(n + 1, kPad);
  for (int i = 0; i < n;) {
    int j = i + 1;
    while (j < n && !(static_cast<size_t>(j) < word_start.size() && word_start[j])) ++j;
    uint64_t h = Tj(lang, 40);
    for (int q = i; q < j && q < i + 12; ++q) h = Combine(h, c[q + kPadN]);
    for (int q = i; q < j; ++q) {
      wbeg[q] = i;
      wend[q] = j;
      whash[q] = h;
    }
    i = j;
  }
  // Gazetteer: the longest form of each class starting at each character (at most
  // kCjkGazMaxLen code points), marked on its units as B/I/E/S (1-4) with its strength.
  thread_local std::vector<uint8_t> gmark;  // per unit and class: pos | strong << 3
  gmark.assign(static_cast<size_t>(n) * 3, 0);
  if (gaz.slots != nullptr) {
    for (int i = 0; i < n; ++i) {
      if (k[i + kPadN] == kSpace || k[i + kPadN] == kStop) continue;
      uint64_t h = Fold(kCjkGazSeed, static_cast<uint32_t>(lang));
      bool found[3] = {};
      int best[3] = {};
      uint32_t strong[3] = {};
      for (int j = i; j < n && j < i + kCjkGazMaxLen; ++j) {
        h = Fold(h, static_cast<uint32_t>(c[j + kPadN]));
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
          uint8_t& m = gmark[q * 3 + cls];
          if (m != 0) continue;  // an earlier (longer-reaching) match keeps its marks
          const uint8_t pos = q == i ? 1 : q == best[cls] - 1 ? 3 : 2;
          m = static_cast<uint8_t>(pos | strong[cls] << 3);
        }
      }
    }
  }
  std::vector<uint64_t>& f = out->feats;
  f.reserve(static_cast<size_t>(n) * 26);
  for (int i = 0; i < n; ++i) {
    out->offsets.push_back(static_cast<uint32_t>(f.size()));
    const int p = i + kPadN;
    const uint64_t c0 = c[p], cm1 = c[p - 1], cm2 = c[p - 2], cm3 = c[p - 3], cp1 = c[p + 1],
                   cp2 = c[p + 2], cp3 = c[p + 3];
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
    for (int d = -2; d <= 2; ++d) tw = tw * 16 + k[p + d];
    f.push_back(Combine(Tj(lang, 17), tw));
    f.push_back(Combine(Tj(lang, 18), (tw >> 4) & 0xfff));
    // Position in the run of one class, its length, and what comes right before and after it.
    const int rs = run_start[i], re = run_end[i], len = re - rs;
    const int pos = len == 1 ? 0 : i == rs ? 1 : i == re - 1 ? 2 : 3;
    const uint64_t shape = static_cast<uint64_t>(k[p]) << 8 | pos << 4 | Bucket(len, 9);
    f.push_back(Combine(Tj(lang, 19), shape));
    f.push_back(Combine(Combine(Tj(lang, 20), c0), pos));
    const uint64_t after1 = c[re + kPadN], after2 = c[re + 1 + kPadN];
    const uint64_t before1 = c[rs - 1 + kPadN], before2 = c[rs - 2 + kPadN];
    const int to_end = Bucket(re - i, 4), from_start = Bucket(i - rs, 4);
    f.push_back(Combine(Combine(Tj(lang, 21), after1), static_cast<uint64_t>(k[p]) << 4 | to_end));
    f.push_back(Combine(Combine(Combine(Tj(lang, 22), after1), after2), static_cast<uint64_t>(k[p]) << 4 | to_end));
    f.push_back(Combine(Combine(Tj(lang, 23), before1), static_cast<uint64_t>(k[p]) << 4 | from_start));
    f.push_back(Combine(Combine(Combine(Tj(lang, 24), before2), before1), static_cast<uint64_t>(k[p]) << 4 | from_start));
    if (len <= 8 && k[p] != kHiragana) {  // the whole word of one class: ソフトバンク, 安倍
      uint64_t h = Tj(lang, 25);
      for (int q = rs; q < re; ++q) h = Combine(h, c[q + kPadN]);
      f.push_back(Combine(h, pos));
    }
    f.push_back(Combine(Tj(lang, 26), static_cast<uint64_t>(k[rs - 1 + kPadN]) << 8 | k[p] << 4 | k[re + kPadN]));
    // The dictionary word around the character: position, length, identity, its neighbours.
    const int ws = wbeg[i], we = wend[i], wl = we - ws;
    const uint64_t wpos = wl == 1 ? 0 : i == ws ? 1 : i == we - 1 ? 2 : 3;
    f.push_back(Combine(Tj(lang, 27), wpos << 8 | static_cast<uint64_t>(Bucket(wl, 6)) << 4 | k[p]));
    f.push_back(Combine(Combine(Tj(lang, 28), whash[i]), wpos));
    f.push_back(Combine(Combine(Tj(lang, 29), ws > 0 ? whash[ws - 1] : kPad), wpos));
    f.push_back(Combine(Combine(Tj(lang, 30), we < n ? whash[we] : kPad), wpos));
    f.push_back(Combine(Combine(Tj(lang, 31), c0), wpos << 4 | Bucket(wl, 6)));
    uint64_t gall = 0;
    for (int cls = 0; cls < 3; ++cls) {
      const uint8_t m = gmark[i * 3 + cls];
      gall = gall << 4 | m;
      if (m != 0) f.push_back(Combine(Tj(lang, 32 + cls), m));
    }
    if (gall != 0) f.push_back(Combine(Tj(lang, 35), gall));
  }
  out->offsets.push_back(static_cast<uint32_t>(f.size()));
}

}  // namespace hirewire::extract::ner
