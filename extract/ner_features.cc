#include "extract/ner_features.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace hirewire::extract::ner {

bool Allowed(int from, int to) {
  if (to == kIPer) return from == kBPer || from == kIPer;
  if (to == kIOrg) return from == kBOrg || from == kIOrg;
  return true;
}

void DecodeUtf8(std::string_view text, std::vector<char32_t>* cps, std::vector<Unit>* units) {
  cps->clear();
  units->clear();
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const int n = static_cast<int>(text.size());
  int i = 0;
  while (i < n) {
    unsigned c = s[i];
    int len = 1;
    char32_t cp = 0xFFFD;
    if (c < 0x80) {
      cp = c;
    } else if (c >= 0xC2 && c <= 0xDF && i + 1 < n && (s[i + 1] & 0xC0) == 0x80) {
      cp = ((c & 0x1F) << 6) | (s[i + 1] & 0x3F);
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF && i + 2 < n && (s[i + 1] & 0xC0) == 0x80 &&
               (s[i + 2] & 0xC0) == 0x80) {
      char32_t v = ((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
      if (v >= 0x800 && (v < 0xD800 || v > 0xDFFF)) {
        cp = v;
        len = 3;
      }
    } else if (c >= 0xF0 && c <= 0xF4 && i + 3 < n && (s[i + 1] & 0xC0) == 0x80 &&
               (s[i + 2] & 0xC0) == 0x80 && (s[i + 3] & 0xC0) == 0x80) {
      char32_t v = ((c & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12) | ((s[i + 2] & 0x3F) << 6) |
                   (s[i + 3] & 0x3F);
      if (v >= 0x10000 && v <= 0x10FFFF) {
        cp = v;
        len = 4;
      }
    }
    cps->push_back(cp);
    units->push_back({i, i + len});
    i += len;
  }
}

namespace {

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000 || c == 0xA0 ||
         c == 0x200B || c == '\f' || c == '\v';
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

// Normalized code point for n-grams: digits collapse to '0'.
uint64_t NormChar(char32_t c) {
  if (c >= '0' && c <= '9') return '0';
  if (IsSpace(c)) return ' ';
  return c;
}

inline uint64_t T(int lang, int templ) { return Mix((static_cast<uint64_t>(lang) << 16) | templ); }

inline int Bucket(int v, int max) { return v < max ? v : max; }

inline uint64_t HashBytes(uint64_t h, std::string_view s) {
  for (unsigned char c : s) h = Combine(h, c);
  return h;
}

}  // namespace

void KoreanFeatures(const std::vector<char32_t>& cps, const GazTable& gaz, FeatureBuffer* out) {
  out->Clear();
  const int n = static_cast<int>(cps.size());
  if (n == 0) {
    out->offsets.push_back(0);
    return;
  }
  // Per-unit normalized chars with 2 units of padding on each side.
  constexpr uint64_t kPad = 0x110000;
  std::vector<uint64_t> c(n + 4, kPad);
  std::vector<char> type(n + 2, '^');
  for (int i = 0; i < n; ++i) {
    c[i + 2] = NormChar(cps[i]);
    type[i + 1] = CharType(cps[i]);
  }
  // Words (eojeol): runs of non-space.
  std::vector<int> wstart(n, -1), wend(n, -1);
  for (int i = 0; i < n;) {
    if (type[i + 1] == 'S') {
      ++i;
      continue;
    }
    int j = i;
    while (j < n && type[j + 1] != 'S') ++j;
    for (int k = i; k < j; ++k) {
      wstart[k] = i;
      wend[k] = j;
    }
    i = j;
  }
  // Gazetteer: forms starting at word starts, up to 12 code points, across at most 2 spaces.
  // For each unit: the longest match of each class covering it, with its position.
  constexpr int kMaxGaz = 12;
  struct GazMark {
    uint8_t pos = 0;  // 0 none, 1 B, 2 I, 3 E, 4 S
    uint8_t tail = 0;  // chars left in the word after the match (bucketed), for the match's units
    uint8_t len = 0;
  };
  std::vector<std::array<GazMark, 4>> marks;
  bool any_gaz = gaz.offsets != nullptr;
  if (any_gaz) marks.assign(n, {});
  for (int s = 0; any_gaz && s < n; ++s) {
    if (wstart[s] != s) continue;
    uint64_t h = kGazSeed;
    int best_end[4] = {-1, -1, -1, -1};
    int spaces = 0;
    for (int e = s; e < n && e - s < kMaxGaz; ++e) {
      if (type[e + 1] == 'S') {
        if (++spaces > 2 || cps[e] != ' ') break;
      }
      h = Combine(h, cps[e]);
      if (type[e + 1] == 'S') continue;
      uint32_t info = gaz.Find(h);
      for (int k = 0; k < 4; ++k) {
        if (info & (1u << k)) best_end[k] = e + 1;
      }
    }
    for (int k = 0; k < 4; ++k) {
      int e = best_end[k];
      if (e < 0) continue;
      int len = e - s;
      int tail = wend[e - 1] - e;
      for (int u = s; u < e; ++u) {
        GazMark& m = marks[u][k];
        if (m.len >= len) continue;
        m.len = static_cast<uint8_t>(std::min(len, 255));
        m.pos = len == 1 ? 4 : (u == s ? 1 : (u == e - 1 ? 3 : 2));
        m.tail = static_cast<uint8_t>(Bucket(tail, 3));
      }
    }
  }

  auto& f = out->feats;
  f.reserve(static_cast<size_t>(n) * 32);
  out->offsets.reserve(n + 1);
  for (int i = 0; i < n; ++i) {
    out->offsets.push_back(static_cast<uint32_t>(f.size()));
    const uint64_t cm2 = c[i], cm1 = c[i + 1], c0 = c[i + 2], cp1 = c[i + 3], cp2 = c[i + 4];
    f.push_back(T(kKo, 1));
    f.push_back(Combine(T(kKo, 2), c0));
    f.push_back(Combine(T(kKo, 3), cm1));
    f.push_back(Combine(T(kKo, 4), cp1));
    f.push_back(Combine(T(kKo, 5), cm2));
    f.push_back(Combine(T(kKo, 6), cp2));
    f.push_back(Combine(Combine(T(kKo, 7), cm1), c0));
    f.push_back(Combine(Combine(T(kKo, 8), c0), cp1));
    f.push_back(Combine(Combine(T(kKo, 9), cm2), cm1));
    f.push_back(Combine(Combine(T(kKo, 10), cp1), cp2));
    f.push_back(Combine(Combine(T(kKo, 11), cm1), cp1));
    f.push_back(Combine(Combine(Combine(T(kKo, 12), cm1), c0), cp1));
    f.push_back(Combine(Combine(Combine(T(kKo, 13), cm2), cm1), c0));
    f.push_back(Combine(Combine(Combine(T(kKo, 14), c0), cp1), cp2));
    f.push_back(Combine(T(kKo, 15), (static_cast<uint64_t>(static_cast<unsigned char>(type[i])) << 16) |
                                        (static_cast<uint64_t>(static_cast<unsigned char>(type[i + 1])) << 8) |
                                        static_cast<unsigned char>(type[i + 2])));
    if (wstart[i] < 0) continue;  // a space: character features only
    const int ws = wstart[i], we = wend[i];
    const int wlen = we - ws, pos = i - ws, dist = we - 1 - i;
    const int bpos = Bucket(pos, 4), bdist = Bucket(dist, 4);
    const uint64_t wp = wlen == 1 ? 'S' : (pos == 0 ? 'B' : (dist == 0 ? 'E' : 'M'));
    f.push_back(Combine(T(kKo, 16), wp * 16 + Bucket(wlen, 8)));
    f.push_back(Combine(Combine(T(kKo, 17), bpos), c0));
    const uint64_t last1 = c[we - 1 + 2];
    const uint64_t last2 = wlen >= 2 ? Combine(c[we - 2 + 2], last1) : kPad;
    f.push_back(Combine(Combine(T(kKo, 18), last1), bdist));
    f.push_back(Combine(Combine(T(kKo, 19), last2), bdist));
    // Next word's first chars (titles, 씨, 기자, 대표 ...) and previous word's last chars.
    int nw = we;
    while (nw < n && type[nw + 1] == 'S') ++nw;
    uint64_t next1 = nw < n ? c[nw + 2] : kPad;
    uint64_t next2 = nw + 1 < n && wstart[nw + 1] == nw ? Combine(next1, c[nw + 3]) : next1;
    f.push_back(Combine(Combine(T(kKo, 20), next1), bdist));
    f.push_back(Combine(Combine(T(kKo, 21), next2), bdist));
    int pw = ws - 1;
    while (pw >= 0 && type[pw + 1] == 'S') --pw;
    uint64_t prev1 = pw >= 0 ? c[pw + 2] : kPad;
    uint64_t prev2 = pw >= 1 && wstart[pw - 1] >= 0 && wstart[pw] != pw ? Combine(c[pw + 1], prev1) : prev1;
    f.push_back(Combine(Combine(T(kKo, 22), prev1), bpos));
    f.push_back(Combine(Combine(T(kKo, 23), prev2), bpos));
    // Whole word, the word's prefix up to here and the rest after here.
    if (wlen <= 8) {
      uint64_t h = T(kKo, 24);
      for (int k = ws; k < we; ++k) h = Combine(h, c[k + 2]);
      f.push_back(Combine(h, pos));
    }
    if (dist >= 1 && dist <= 4) {
      uint64_t h = T(kKo, 25);
      for (int k = i + 1; k < we; ++k) h = Combine(h, c[k + 2]);
      f.push_back(h);
    } else if (dist == 0) {
      f.push_back(T(kKo, 26));
    }
    if (pos <= 5) {
      uint64_t h = T(kKo, 27);
      for (int k = ws; k <= i; ++k) h = Combine(h, c[k + 2]);
      f.push_back(h);
    }
    // Rest of the word after here combined with the current char (name-final + particle).
    if (dist >= 1 && dist <= 3) {
      uint64_t h = Combine(T(kKo, 28), c0);
      for (int k = i + 1; k < we; ++k) h = Combine(h, c[k + 2]);
      f.push_back(h);
    }
    if (any_gaz) {
      for (int k = 0; k < 4; ++k) {
        const GazMark& m = marks[i][k];
        if (m.pos == 0) continue;
        f.push_back(Combine(T(kKo, 40 + k), m.pos * 16 + m.tail));
        f.push_back(Combine(T(kKo, 50 + k), m.pos * 16 + Bucket(m.len, 6)));
        f.push_back(Combine(Combine(T(kKo, 60 + k), m.pos), c0));
      }
    }
  }
  out->offsets.push_back(static_cast<uint32_t>(f.size()));
}

namespace {

bool IsAsciiPunct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// Word shape: Xx, X.X., dd ... with runs longer than 2 collapsed (long shape keeps runs of 2).
uint64_t Shape(std::string_view w, bool collapse) {
  uint64_t h = 0x5348415045ULL;
  char last = 0;
  int run = 0;
  for (unsigned char c : w) {
    char s = IsUpper(c) ? 'X' : IsLower(c) ? 'x' : IsDigit(c) ? 'd' : c >= 0x80 ? 'u' : static_cast<char>(c);
    if (s == last) {
      if (collapse || ++run >= 2) continue;
    } else {
      run = 0;
    }
    last = s;
    h = Combine(h, static_cast<unsigned char>(s));
  }
  return h;
}

uint64_t Lower(std::string_view w) {
  uint64_t h = 0x4c4f574552ULL;
  for (unsigned char c : w) h = Combine(h, IsUpper(c) ? c + 32 : c);
  return h;
}

}  // namespace

void EnglishFeatures(const std::vector<std::string_view>& tokens, const GazTable& gaz,
                     FeatureBuffer* out) {
  out->Clear();
  const int n = static_cast<int>(tokens.size());
  if (n == 0) {
    out->offsets.push_back(0);
    return;
  }
  constexpr uint64_t kPad = 0x50414450ULL;
  std::vector<uint64_t> low(n + 4, kPad), shape(n + 4, kPad), sshape(n + 4, kPad);
  std::vector<uint64_t> dict(n + 4, 7);  // 0..3 word-list class, 7 = padding
  int letters_words = 0, cap_words = 0;
  for (int i = 0; i < n; ++i) {
    low[i + 2] = Lower(tokens[i]);
    shape[i + 2] = Shape(tokens[i], false);
    sshape[i + 2] = Shape(tokens[i], true);
    if (gaz.offsets != nullptr) {
      uint64_t h = kDictSeed;
      for (unsigned char ch : tokens[i]) h = Combine(h, IsUpper(ch) ? ch + 32 : ch);
      uint32_t info = gaz.Find(h);
      dict[i + 2] = ((info & kDictLower) ? 1 : 0) | ((info & kDictCap) ? 2 : 0);
    }
    if (!tokens[i].empty() && (IsUpper(tokens[i][0]) || IsLower(tokens[i][0]))) {
      ++letters_words;
      if (IsUpper(tokens[i][0])) ++cap_words;
    }
  }
  // English gazetteer: longest match per class starting at each token, up to 5 tokens.
  std::vector<std::array<uint8_t, 3>> gz;  // per class: 0 none, 1 B, 2 I, 3 E, 4 S
  if (gaz.offsets != nullptr) {
    gz.assign(n, {0, 0, 0});
    std::vector<std::array<uint8_t, 3>> len(n, {0, 0, 0});
    for (int s = 0; s < n; ++s) {
      uint64_t h = kEnGazSeed;
      int best[3] = {0, 0, 0};
      for (int e = s; e < n && e - s < 5; ++e) {
        if (e > s) h = Combine(h, ' ');
        for (unsigned char ch : tokens[e]) h = Combine(h, IsUpper(ch) ? ch + 32 : ch);
        uint32_t info = gaz.Find(h);
        for (int k = 0; k < 3; ++k) {
          if (info & (1u << k)) best[k] = e - s + 1;
        }
      }
      for (int k = 0; k < 3; ++k) {
        int l = best[k];
        for (int u = s; u < s + l; ++u) {
          if (len[u][k] >= l) continue;
          len[u][k] = static_cast<uint8_t>(l);
          gz[u][k] = l == 1 ? 4 : (u == s ? 1 : (u == s + l - 1 ? 3 : 2));
        }
      }
    }
  }
  // Headline/all-caps sentences weaken capitalization cues.
  const int cap_ratio = letters_words == 0 ? 0 : (4 * cap_words) / letters_words;
  auto& f = out->feats;
  f.reserve(static_cast<size_t>(n) * 32);
  for (int i = 0; i < n; ++i) {
    out->offsets.push_back(static_cast<uint32_t>(f.size()));
    std::string_view w = tokens[i];
    const uint64_t l0 = low[i + 2];
    f.push_back(T(kEn, 1));
    f.push_back(Combine(T(kEn, 2), l0));
    f.push_back(HashBytes(T(kEn, 3), w));
    f.push_back(Combine(T(kEn, 4), shape[i + 2]));
    f.push_back(Combine(T(kEn, 5), sshape[i + 2]));
    for (int k = 1; k <= 3 && k <= static_cast<int>(w.size()); ++k) {
      f.push_back(HashBytes(T(kEn, 6 + k), w.substr(0, k)));
    }
    for (int k = 1; k <= 4 && k <= static_cast<int>(w.size()); ++k) {
      uint64_t h = T(kEn, 10 + k);
      for (unsigned char c : w.substr(w.size() - k)) h = Combine(h, IsUpper(c) ? c + 32 : c);
      f.push_back(h);
    }
    f.push_back(Combine(T(kEn, 15), low[i + 1]));
    f.push_back(Combine(T(kEn, 16), low[i + 3]));
    f.push_back(Combine(T(kEn, 17), low[i]));
    f.push_back(Combine(T(kEn, 18), low[i + 4]));
    f.push_back(Combine(T(kEn, 19), sshape[i + 1]));
    f.push_back(Combine(T(kEn, 20), sshape[i + 3]));
    f.push_back(Combine(Combine(T(kEn, 21), low[i + 1]), l0));
    f.push_back(Combine(Combine(T(kEn, 22), l0), low[i + 3]));
    f.push_back(Combine(Combine(Combine(T(kEn, 23), sshape[i + 1]), sshape[i + 2]), sshape[i + 3]));
    f.push_back(Combine(Combine(T(kEn, 24), i == 0 ? 1 : 0), sshape[i + 2]));
    f.push_back(Combine(Combine(T(kEn, 25), cap_ratio), sshape[i + 2]));
    f.push_back(Combine(Combine(T(kEn, 26), low[i + 1]), sshape[i + 2]));
    f.push_back(Combine(Combine(T(kEn, 27), sshape[i + 2]), low[i + 3]));
    f.push_back(Combine(Combine(T(kEn, 28), std::min<size_t>(w.size(), 10)), sshape[i + 2]));
    if (!gz.empty()) {
      for (int k = 0; k < 3; ++k) {
        if (gz[i][k] == 0) continue;
        f.push_back(Combine(Combine(T(kEn, 50 + k), gz[i][k]), sshape[i + 2]));
        f.push_back(Combine(T(kEn, 55 + k), gz[i][k]));
      }
    }
    const uint64_t d0 = dict[i + 2];
    f.push_back(Combine(Combine(T(kEn, 30), d0), sshape[i + 2]));
    f.push_back(Combine(Combine(Combine(T(kEn, 31), d0), i == 0 ? 1 : 0), sshape[i + 2]));
    f.push_back(Combine(Combine(Combine(T(kEn, 32), d0), dict[i + 1]), sshape[i + 1]));
    f.push_back(Combine(Combine(Combine(T(kEn, 33), d0), dict[i + 3]), sshape[i + 3]));
    f.push_back(Combine(Combine(Combine(T(kEn, 34), d0), cap_ratio), sshape[i + 2]));
    if (gaz.offsets != nullptr) {
      uint64_t h = kGazSeed;
      for (unsigned char ch : w) h = Combine(h, ch);
      uint32_t info = gaz.Find(h);
      for (int k = 0; k < 4; ++k) {
        if (info & (1u << k)) f.push_back(Combine(T(kEn, 40 + k), sshape[i + 2]));
      }
    }
  }
  out->offsets.push_back(static_cast<uint32_t>(f.size()));
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
           !(text[b] == '.' && b + 1 < e && IsDigit(text[b + 1]))) {
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
                      (core.size() == 1 && IsUpper(core[0])) || core == "Mr" || core == "Mrs" ||
                      core == "Ms" || core == "Dr" || core == "Jr" || core == "Sr" ||
                      core == "Inc" || core == "Corp" || core == "Co" || core == "Ltd" ||
                      core == "St" || core == "vs" || core == "etc" || core == "Prof";
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

// Appends one bucketed table (offsets, fingerprints, payload) to `out`.
template <typename PayloadFn>
void AppendTable(const std::vector<TableEntry>& entries, uint32_t buckets, size_t payload_bytes,
                 PayloadFn payload, std::string* out) {
  std::vector<uint32_t> offsets(buckets + 1, 0);
  for (const auto& e : entries) ++offsets[(static_cast<uint32_t>(e.hash) & (buckets - 1)) + 1];
  for (uint32_t b = 0; b < buckets; ++b) offsets[b + 1] += offsets[b];
  auto pad = [&] { out->resize(Align16(out->size()), '\0'); };
  out->append(reinterpret_cast<const char*>(offsets.data()), offsets.size() * 4);
  pad();
  for (const auto& e : entries) {
    uint32_t fp = static_cast<uint32_t>(e.hash >> 32);
    out->append(reinterpret_cast<const char*>(&fp), 4);
  }
  pad();
  for (const auto& e : entries) payload(e, out);
  pad();
  (void)payload_bytes;
}

uint32_t BucketsFor(size_t n) {
  uint32_t b = 1;
  while (b < n) b <<= 1;
  return b;
}

void SortEntries(std::vector<TableEntry>* v, uint32_t buckets) {
  std::sort(v->begin(), v->end(), [buckets](const TableEntry& a, const TableEntry& b) {
    uint32_t ba = static_cast<uint32_t>(a.hash) & (buckets - 1);
    uint32_t bb = static_cast<uint32_t>(b.hash) & (buckets - 1);
    if (ba != bb) return ba < bb;
    return a.hash < b.hash;
  });
}

}  // namespace

std::string SerializeModel(const ModelHeader& header_in, std::vector<TableEntry> features,
                           std::vector<TableEntry> gaz) {
  ModelHeader h = header_in;
  std::memcpy(h.magic, kMagic, 8);
  h.version = 1;
  h.num_tags = kNumTags;
  h.feature_buckets = BucketsFor(features.size());
  h.num_features = static_cast<uint32_t>(features.size());
  h.gaz_buckets = BucketsFor(gaz.size());
  h.num_gaz = static_cast<uint32_t>(gaz.size());
  SortEntries(&features, h.feature_buckets);
  SortEntries(&gaz, h.gaz_buckets);
  std::string out(reinterpret_cast<const char*>(&h), sizeof(h));
  out.resize(Align16(out.size()), '\0');
  AppendTable(features, h.feature_buckets, kNumTags * 2,
              [](const TableEntry& e, std::string* o) {
                o->append(reinterpret_cast<const char*>(e.w), kNumTags * 2);
              },
              &out);
  AppendTable(gaz, h.gaz_buckets, 4,
              [](const TableEntry& e, std::string* o) {
                o->append(reinterpret_cast<const char*>(&e.info), 4);
              },
              &out);
  return out;
}

namespace {

// Reads a bucketed table layout starting at `*pos`; returns false when it does not fit.
bool MapTable(std::string_view bytes, size_t* pos, uint32_t buckets, uint32_t entries,
              size_t payload, const uint32_t** offsets, const uint32_t** fps, const void** data) {
  auto take = [&](size_t n, const void** p) {
    if (*pos > bytes.size() || bytes.size() - *pos < n) return false;
    *p = bytes.data() + *pos;
    *pos = Align16(*pos + n);
    return true;
  };
  const void* o = nullptr;
  const void* f = nullptr;
  if (!take((static_cast<size_t>(buckets) + 1) * 4, &o)) return false;
  if (!take(static_cast<size_t>(entries) * 4, &f)) return false;
  if (!take(static_cast<size_t>(entries) * payload, data)) return false;
  *offsets = static_cast<const uint32_t*>(o);
  *fps = static_cast<const uint32_t*>(f);
  // Offsets must be monotonic and end at `entries` so lookups stay in bounds.
  const uint32_t* off = *offsets;
  if (off[0] != 0 || off[buckets] != entries) return false;
  for (uint32_t b = 0; b < buckets; ++b) {
    if (off[b] > off[b + 1]) return false;
  }
  return true;
}

bool IsPow2(uint32_t v) { return v != 0 && (v & (v - 1)) == 0; }

}  // namespace

std::string MapModel(std::string_view bytes, ModelHeader* header, FeatureTable* features,
                     GazTable* gaz) {
  if (reinterpret_cast<uintptr_t>(bytes.data()) % 4 != 0) return "unaligned bytes";
  if (bytes.size() < sizeof(ModelHeader)) return "truncated header";
  std::memcpy(header, bytes.data(), sizeof(ModelHeader));
  const ModelHeader& h = *header;
  if (std::memcmp(h.magic, kMagic, 8) != 0) return "bad magic";
  if (h.version != 1 || h.num_tags != kNumTags) return "unsupported version or tag set";
  if (!IsPow2(h.feature_buckets) || !IsPow2(h.gaz_buckets) || h.feature_buckets > (1u << 26) ||
      h.gaz_buckets > (1u << 26) || !std::isfinite(h.scale)) {
    return "bad table sizes";
  }
  size_t pos = Align16(sizeof(ModelHeader));
  const void* w = nullptr;
  *features = {};
  *gaz = {};
  if (!MapTable(bytes, &pos, h.feature_buckets, h.num_features, kNumTags * 2, &features->offsets,
                &features->fingerprints, &w)) {
    return "feature table out of bounds";
  }
  features->weights = static_cast<const int16_t*>(w);
  features->mask = h.feature_buckets - 1;
  const void* gi = nullptr;
  if (!MapTable(bytes, &pos, h.gaz_buckets, h.num_gaz, 4, &gaz->offsets, &gaz->fingerprints, &gi)) {
    return "gazetteer table out of bounds";
  }
  gaz->info = static_cast<const uint32_t*>(gi);
  gaz->mask = h.gaz_buckets - 1;
  if (h.num_gaz == 0) *gaz = {};
  if (h.num_features == 0) *features = {};
  return "";
}

}  // namespace hirewire::extract::ner
