// Entity recognizer: dictionary + cue rules + statistical tagger, then in-document linking.
//
// Per paragraph: ICU word and sentence segmentation (UTF-8 UText, so offsets are bytes), then
// passes that claim tokens in order of trust:
//   1. alias dictionary (longest match; Korean particles stripped from the last token),
//   2. Korean cue rules (titles before/after names, 씨, company suffixes, 스타트업 X),
//   3. English cue rules over capitalized sequences (given names, titles, company suffixes),
//   4. the NER tagger's PER/ORG spans (extract/ner_tagger.h), when a model is built in,
//   5. parenthetical glosses ("씽킹머신즈랩(TML)", "앤드루 털록(Andrew Tulloch)").
// Then over the whole article: unknown Hangul names are linked to dictionary entries by a
// consonant skeleton of their ICU romanization (툴록/털록/툴로크 -> the same key), short forms are
// resolved to full names seen in the article ("다이크" -> 매트 다이크), and roles are read from the
// words around each person mention.
#include "extract/entities.h"

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

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "corpus/utf8.h"
#include "extract/aliases.h"
#include "extract/analysis.h"
#include "extract/entity_keep.h"
#include "extract/entity_words.h"
#include "extract/korean.h"
#include "extract/ner_features.h"
#include "extract/ner_tagger.h"

namespace hirewire::extract {
namespace {

constexpr size_t kMaxParagraphs = 20000;
constexpr size_t kMaxParagraphBytes = kMaxAnalyzedBytes;
constexpr int kMaxDictTokens = 8;

using WordSet = FlatStringSet;  // corpus/string_set.h: one XXH3 probe, no allocation
template <typename V>
using WordMap = FlatStringMap<V>;  // corpus/string_set.h

WordSet MakeSet(WordList l) {
  WordSet s;
  for (const std::string& w : EntityWords::Default().List(l)) s.emplace(w);
  return s;
}

// A word of one of the recognizer's word lists (extract/data/entity_words.tsv).
bool In(WordList l, std::string_view w) { return EntityWords::Default().Has(l, w); }

// ---- Text helpers

// One romanized Korean or Chinese syllable ("da", "eun", "tzu", "hsiao", "kyung"): an onset (or
// none), a nucleus and a coda (or none) of the romanized_* lists, compared in ASCII lower case.
bool RomanizedSyllable(std::string_view w) {
  if (w.empty() || w.size() > 6) return false;
  std::string lower(w);
  for (char& ch : lower) {
    if (!std::isalpha(static_cast<unsigned char>(ch))) return false;
    ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  }
  const std::string_view l = lower;
  auto rest_ok = [&](size_t from) {  // nucleus + optional coda from byte `from`
    for (size_t n = from + 1; n <= l.size(); ++n) {
      if (!In(WordList::kRomanizedNucleus, l.substr(from, n - from))) continue;
      if (n == l.size() || In(WordList::kRomanizedCoda, l.substr(n))) return true;
    }
    return false;
  };
  if (rest_ok(0)) return true;
  for (size_t o = 1; o < l.size() && o <= 2; ++o)
    if (In(WordList::kRomanizedOnset, l.substr(0, o)) && rest_ok(o)) return true;
  return false;
}


bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// "1st", "2nd", "23rd", "9th": an English ordinal written in digits.
bool EnglishOrdinal(std::string_view w) {
  size_t k = 0;
  while (k < w.size() && IsAsciiDigit(w[k])) ++k;
  if (k == 0 || k > 3 || w.size() != k + 2) return false;
  const std::string_view s = w.substr(k);
  return s == "st" || s == "nd" || s == "rd" || s == "th";
}

bool EndsWith(std::string_view s, std::string_view suf) {
  return s.size() >= suf.size() && s.substr(s.size() - suf.size()) == suf;
}

// The byte with A-Z lowered: std::tolower in the "C" locale, which this program never changes,
// without the library call.
unsigned char FoldAsciiByte(char c) {
  const auto b = static_cast<unsigned char>(c);
  return b >= 'A' && b <= 'Z' ? static_cast<unsigned char>(b + ('a' - 'A')) : b;
}

// EndsWith(s with ASCII letters lowered (std::tolower), suf).
bool EndsWithFolded(std::string_view s, std::string_view suf) {
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
size_t NextByteIn(std::string_view s, size_t b, size_t end, unsigned char lo, unsigned char span) {
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

// StripPossessive of a word with an apostrophe byte.
std::string_view StripApostropheSuffix(std::string_view w) {
  if (EndsWith(w, "'s") || EndsWith(w, "’s")) return w.substr(0, w.size() - (w[w.size() - 2] == '\'' ? 2 : 4));
  size_t apo = w.rfind('\''), len = 1;
  if (size_t curly = w.rfind("’"); curly != std::string_view::npos && (apo == std::string_view::npos || curly > apo)) {
    apo = curly;
    len = 3;
  }
  if (apo == std::string_view::npos || apo < 2 || apo + len >= w.size()) return w;
  // The suffix: one to four lower-case letters (ASCII or Turkish ç ğ ı ö ş ü).
  std::string_view suf = w.substr(apo + len);
  int letters = 0;
  for (size_t k = 0; k < suf.size(); ++letters) {
    const unsigned char c = static_cast<unsigned char>(suf[k]);
    if (c >= 'a' && c <= 'z') {
      ++k;
      continue;
    }
    static constexpr std::string_view kTurkishLower[] = {"ç", "ğ", "ı", "ö", "ş", "ü"};
    bool ok = false;
    for (std::string_view t : kTurkishLower)
      if (suf.substr(k).starts_with(t)) {
        k += t.size();
        ok = true;
        break;
      }
    if (!ok) return w;
  }
  return letters <= 4 ? w.substr(0, apo) : w;
}

// `w` ends in a word of list `l`.
// Whether `w` starts with a row of list `l`, compared in ASCII lower case.
bool StartsWithAnyOf(WordList l, std::string_view w) {
  for (const std::string& e : EntityWords::Default().List(l)) {
    if (w.size() <= e.size()) continue;
    bool same = true;
    for (size_t i = 0; i < e.size() && same; ++i)
      same = std::tolower(static_cast<unsigned char>(w[i])) == static_cast<unsigned char>(e[i]);
    if (same) return true;
  }
  return false;
}

bool EndsWithAnyOf(WordList l, std::string_view w) {
  for (const std::string& suf : EntityWords::Default().List(l))
    if (EndsWith(w, suf)) return true;
  return false;
}

// A line of business: a word ending in a ko_business_line_head row after two syllables or more
// ("조선해양사업", "IB사업").
bool BusinessLineWord(std::string_view w) {
  for (const std::string& head : EntityWords::Default().List(WordList::kKoBusinessLineHead))
    if (EndsWith(w, head) && CountCodePoints(w.substr(0, w.size() - head.size())) >= 2) return true;
  return false;
}

// Latin capitals glued to a generic noun ("IB업계", "LNG선": ko_acronym_generic_tail).
bool AcronymGenericNoun(std::string_view w) {
  size_t caps = 0;
  while (caps < w.size() && (IsAsciiUpper(w[caps]) || (caps > 0 && ((w[caps] >= '0' && w[caps] <= '9') || w[caps] == '&'))))
    ++caps;
  return caps >= 2 && In(WordList::kKoAcronymGenericTail, w.substr(caps));
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
  std::span<const int> stems;  // Korean particle stems of all tokens (Token::stem_begin)
  std::span<const SpeechCue> speech;  // reported-speech cues (extract/data/speech.tsv)
  std::string_view lang;              // the article's language ("" unknown), set per pass run
  std::vector<int> owner;      // candidate index per token, -1 if free
  bool union_bloc = false;     // a German page naming the CDU or CSU: "Union" is their bloc (UnionBlocPass)
  std::string_view Text(int t) const {
    return text.substr(toks[t].start, toks[t].end - toks[t].start);
  }
  // KoreanStemLengths(Text(t)), read from the analysis.
  std::span<const int> Stems(int t) const { return stems.subspan(toks[t].stem_begin, toks[t].stem_count); }
  bool Free(int t) const { return t >= 0 && t < static_cast<int>(toks.size()) && owner[t] < 0; }
  bool IsWord(int t) const {
    return t >= 0 && t < static_cast<int>(toks.size()) && toks[t].kind == kWord;
  }
  bool IsPunct(int t, std::string_view p) const {
    return t >= 0 && t < static_cast<int>(toks.size()) && toks[t].kind == kPunct && Text(t) == p;
  }
  int Size() const { return static_cast<int>(toks.size()); }
};

// Points `p` at the analysis `a` of paragraph `text` (which must outlive `p`).
void Bind(std::string_view text, const ParagraphAnalysis& a, Para* p) {
  p->text = text.substr(0, static_cast<size_t>(a.analyzed_bytes));
  p->toks = a.tokens;
  p->sentences = a.sentences;
  p->stems = a.stems;
  p->speech = a.speech;
  p->owner.assign(p->toks.size(), -1);
}

// A reported-speech cue right next to the bytes [start, end) of `p`, only spaces between: the
// verb after the speaker ("Bönte sagte", "Støre sier") or before it, where verb-second languages
// put it at the end of a quote ("…“, sagte Usyk", "», dijo Sánchez") or an "according to" word
// ("Laut Scholz"). English puts the listener there ("…,” he told Daily Maverick"): in English
// (or an unknown language) only an "according to" cue counts before the name.
bool SpeechCueNextTo(const Para& p, int start, int end) {
  auto quote_end_before = [&](int at) {
    size_t i = static_cast<size_t>(at);
    while (i > 0 && p.text[i - 1] == ' ') --i;
    if (i == 0) return false;
    const unsigned char c = static_cast<unsigned char>(p.text[i - 1]);
    // , " and the last byte of “ ” « » (E2 80 9C/9D, C2 AB/BB) and of an en or em dash (E2 80 93/94).
    return c == ',' || c == '"' || c == 0x9C || c == 0x9D || c == 0xAB || c == 0xBB || c == 0x93 || c == 0x94;
  };
  auto spaces = [&](int x, int y) {
    if (x > y) return false;
    for (int i = x; i < y; ++i)
      if (p.text[static_cast<size_t>(i)] != ' ') return false;
    return true;
  };
  for (const SpeechCue& c : p.speech) {
    if (c.cue.start >= end && c.cue.start - end <= 2 && spaces(end, c.cue.start) && !c.speaker_after) return true;
    if (c.cue.end <= start && start - c.cue.end <= 2 && spaces(c.cue.end, start) &&
        (c.speaker_after || (!p.lang.empty() && p.lang != "en" && quote_end_before(c.cue.start))))
      return true;
  }
  return false;
}

// ---- Person name variants

// A word in Cyrillic script (its first byte leads a code point of U+0400-U+052F).
bool IsCyrillicLead(std::string_view w) {
  const unsigned char c = w.empty() ? 0 : static_cast<unsigned char>(w[0]);
  return c >= 0xD0 && c <= 0xD4;
}

// Two or more letters, all capitals (any script): "NATO", "СБУ", "ÖVP".
bool AllCaps(std::string_view w) {
  int letters = 0;
  for (size_t i = 0; i < w.size();) {
    const auto cp = static_cast<UChar32>(DecodeUtf8(w, &i));
    if (!u_isalpha(cp)) continue;
    if (!u_isupper(cp)) return false;
    ++letters;
  }
  return letters >= 2;
}

// A word in lower case for comparing names (ICU case folding; the dot of Turkish İ dropped).
std::string FoldWord(std::string_view w) {
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(w.data(), static_cast<int32_t>(w.size())))
      .foldCase()
      .findAndReplace(icu::UnicodeString(static_cast<UChar>(0x0307)), icu::UnicodeString())
      .toUTF8String(out);
  return out;
}

// Two folded words are one name word: equal, or one is the other with an inflection ending
// (name_inflection: "redla"/"redlovi" of "redl", "trumps" of "trump"), or, for a given name,
// its short form ("alex" of "alexander").
bool SameNameWord(std::string_view x, std::string_view y, bool given) {
  if (x == y) return true;
  if (x.size() > y.size()) std::swap(x, y);
  if (given && x.size() >= 4 && y.starts_with(x)) return true;
  // A common stem of three code points or more, each word that stem plus nothing or an ending
  // ("michala" / "michalu": "michal" + a / u).
  size_t l = 0;
  while (l < x.size() && x[l] == y[l]) ++l;
  for (; l > 0 && CountCodePoints(x.substr(0, l)) >= 3; --l) {
    if (l < x.size() && (static_cast<unsigned char>(x[l]) & 0xC0) == 0x80) continue;  // code point starts only
    const std::string_view ex = x.substr(l), ey = y.substr(l);
    if ((ex.empty() || In(WordList::kNameInflection, ex)) && (ey.empty() || In(WordList::kNameInflection, ey)))
      return true;
  }
  return false;
}

// Two person names (folded words) are one referent: the same words up to inflection, case and a
// short given name ("Michala Redla" / "Michal Redl", "REBECCA Cooke", "Alex Wynaendts"); three or
// more words with the same last two ("Mohamed Bagher Ghalibaf" / "Mohammad ..."); or the shorter,
// of two words or more, the end of the longer ("Al Saud" of "Abu Anas Al Saud").
bool SamePersonName(const std::vector<std::string>& x, const std::vector<std::string>& y) {
  if (x.size() < 2 || y.size() < 2) return false;
  if (x.size() == y.size()) {
    bool same = true;
    for (size_t k = 0; k < x.size() && same; ++k) same = SameNameWord(x[k], y[k], k == 0);
    if (same) return true;
    if (x.size() < 3 || x[0].size() < 3 || y[0].compare(0, 3, x[0], 0, 3) != 0) return false;
    for (size_t k = 1; k < x.size(); ++k)
      if (x[k] != y[k]) return false;
    return true;
  }
  const auto& s = x.size() < y.size() ? x : y;
  const auto& l = x.size() < y.size() ? y : x;
  for (size_t k = 0; k < s.size(); ++k)
    if (!SameNameWord(s[k], l[l.size() - s.size() + k], false)) return false;
  return true;
}

// ---- Japanese and Chinese text

// Bytes of the katakana run (U+30A1-U+30FA, U+30FC-U+30FF; not the middle dot) that opens `s`.
size_t KatakanaRunBytes(std::string_view s) {
  size_t n = 0;
  while (n + 3 <= s.size()) {
    const unsigned char a = static_cast<unsigned char>(s[n]), b = static_cast<unsigned char>(s[n + 1]),
                        c = static_cast<unsigned char>(s[n + 2]);
    const bool kata = a == 0xE3 && ((b == 0x82 && c >= 0xA1) || (b == 0x83 && c != 0xBB));
    if (!kata) break;
    n += 3;
  }
  return n;
}

// "サンライズ・ミュージック", "ソニー・ミュージックエンタテインメント", "みずほリサーチ&テクノロジーズ",
// "東和リスト＆データ": the bytes of the "・katakana" (or "&katakana", "＆katakana") parts that
// continue a katakana name ending at `end` (0 if none).
size_t KatakanaContinuation(std::string_view text, size_t end) {
  static constexpr std::string_view kJoiners[] = {"\xE3\x83\xBB", "&", "\xEF\xBC\x86"};  // ・ & ＆
  if (end < 3 || KatakanaRunBytes(text.substr(end - 3, 3)) == 0) return 0;
  size_t at = end;
  for (bool more = true; more;) {
    more = false;
    for (std::string_view j : kJoiners) {
      if (!text.substr(at).starts_with(j)) continue;
      const size_t run = KatakanaRunBytes(text.substr(at + j.size()));
      if (run < 6) break;
      at += j.size() + run;
      more = true;
      break;
    }
  }
  return at - end;
}

// The one script every letter of the name `s` is written in: Latin (ASCII or Latin-1 and Extended-A
// letters: "STELLA NOVA", "LUMIÈRE"; digits, spaces, & . ' - between), katakana (with ー and ・) or Hangul
// (with spaces); NameScript::kOther for a mix or any other script.
NameScript WholeScriptOf(std::string_view s) {
  NameScript kind = NameScript::kOther;
  bool letter = false;
  for (size_t b = 0; b < s.size();) {
    const char32_t cp = DecodeUtf8(s, &b);
    NameScript k = NameScript::kOther;
    if ((cp < 0x80 && std::isalpha(static_cast<int>(cp))) || (cp >= 0xC0 && cp <= 0x17F && cp != 0xD7 && cp != 0xF7))
      k = NameScript::kLatin;
    else if ((cp >= 0x30A1 && cp <= 0x30FA) || cp == 0x30FC)
      k = NameScript::kKana;
    else if (cp >= 0xAC00 && cp <= 0xD7A3)
      k = NameScript::kHangul;
    else if ((cp < 0x80 && (std::isdigit(static_cast<int>(cp)) || cp == ' ' || cp == '&' || cp == '.' || cp == '\'' ||
                            cp == '-')) ||
             cp == 0x30FB)
      continue;
    else
      return NameScript::kOther;
    if (letter && k != kind) return NameScript::kOther;
    kind = k;
    letter = true;
  }
  return kind;
}

// `gloss`, written in brackets after the organization name `name`, spells it in another script: one is
// Latin, the other katakana or Hangul ("ステラセブン（STELLAR7）", "LUMINOVA(ルミノバ)", "루미에르(LUMIÈRE)"),
// each two code points or more.
bool ScriptPairGloss(std::string_view name, std::string_view gloss) {
  const NameScript a = WholeScriptOf(name), b = WholeScriptOf(gloss);
  if (a == NameScript::kOther || b == NameScript::kOther || a == b || CountCodePoints(name) < 2 || CountCodePoints(gloss) < 2)
    return false;
  return a == NameScript::kLatin || b == NameScript::kLatin;
}

// The word of `list` that opens `s`, if any (longest).
std::string_view ListWordAt(WordList list, std::string_view s) {
  std::string_view best;
  for (const std::string& w : EntityWords::Default().List(list))
    if (w.size() > best.size() && s.starts_with(w)) best = w;
  return best;
}

// The byte offset of the code point that ends before `end` in `s`.
size_t LastCodePointStart(std::string_view s, size_t end) {
  size_t at = end;
  while (at > 0 && (static_cast<unsigned char>(s[--at]) & 0xC0) == 0x80) {
  }
  return at;
}

// The start of the longest listed CJK title (`cjk_title`) that opens inside the last five code
// points of [start, cut) and runs past cut, leaving two code points before it at least; `cut`
// when none does.
int TitleStraddleStart(std::string_view text, int start, int cut) {
  int best = cut;
  size_t at = static_cast<size_t>(cut);
  for (int k = 1; k <= 5 && at > static_cast<size_t>(start); ++k) {
    at = LastCodePointStart(text, at);
    if (CountCodePoints(text.substr(start, at - start)) < 2) break;
    if (ListWordAt(WordList::kCjkTitle, text.substr(at)).size() > static_cast<size_t>(cut) - at)
      best = static_cast<int>(at);
  }
  return best;
}

// ---- Candidates

// Languages written in Latin script other than English, as DetectLanguage names them.
bool IsLatinScriptLanguage(std::string_view lang) { return In(WordList::kLatinScriptLanguage, lang); }

struct Cand {
  int para = 0;
  int tb = 0, te = 0;     // token range [tb, te)
  int start = 0, end = 0;  // bytes in paragraph (end excludes a stripped particle)
  std::string type;
  int dict = -1;           // dictionary entry, or -1
  std::string key;         // grouping key for unknown names
  std::string hint;        // canonical from a gloss or fuzzy link
  double conf = 0.5;
  bool short_form = false;
  bool glossed = false;  // a short form glossed by its body's name in brackets ("전준위(전국당원대회준비위원회)")
  bool dropped = false;  // removed by an article-level check
  bool lone_tagged_word = false;  // a single Latin word found by the tagger only
  bool acronym = false;           // claimed by AcronymPass
  EntitySource source = EntitySource::kCount;  // the pass that claimed it (RecognizeParagraph)
  int drop_rule = 0;  // the article-level check that dropped it (kDropRules), 0 none
  bool revived = false;  // a dropped candidate offered to the keep step again (ReviveDropped)
  bool low_score = false;  // a tagger span under the score floor, offered to the keep step
  bool descriptor = false;  // a word describing the name after a company cue ("음성AI 스타트업 X"), dropped
};

// The article-level checks of Recognize that drop candidates, in order (Cand::drop_rule - 1).
constexpr std::string_view kDropRules[] = {"non_name",     "phrase_acronym", "platform_venue", "ko_generic",
                                           "opening_pair", "person_title",   "lower_case",     "de_noun",
                                           "headline_phrase"};

struct DictEntry {
  std::string type;
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
  std::string_view lang;   // the article's language, two letters ("" unknown)
  bool title_case_headline = false;  // paragraph 0 is an English headline in title case (TitleCaseHeadline)
  std::vector<int> group;  // per candidate, -1 when not output
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
    const uint32_t pair = static_cast<uint32_t>(static_cast<unsigned char>(w[0])) << 8 | static_cast<unsigned char>(w[1]);
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
  FlatStringViewSet lower_words;                         // words written in lower case
  bool lower_words_built = false;
  std::string Surface(const Cand& c) const { return std::string(paras[c.para].text.substr(c.start, c.end - c.start)); }
  int GroupFor(const std::string& k) {
    auto it = key_to_group.find(k);
    if (it != key_to_group.end()) return it->second;
    int g = static_cast<int>(group_key.size());
    group_key.push_back(k);
    key_to_group.emplace(k, g);
    return g;
  }
};

// Consonant skeleton of an ASCII romanization: vowels dropped (except a leading one), similar
// consonants merged, repeats collapsed. "tullog", "teollog", "tullokeu" -> "TLK".
std::string SkeletonOfAscii(std::string_view r) {
  std::string out;
  auto push = [&](char c) {
    if (out.empty() || out.back() != c) out.push_back(c);
  };
  for (size_t i = 0; i < r.size(); ++i) {
    char c = r[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c < 'a' || c > 'z') {
      if (c == ' ' || c == '|') out.push_back('|');
      continue;
    }
    bool vowel = std::strchr("aeiouwy", c) != nullptr;
    if (vowel) {
      if (out.empty() || out.back() == '|') out.push_back('V');
      continue;
    }
    if (c == 'c' && i + 1 < r.size() && r[i + 1] == 'h') {
      // ㅊ alternates with ㅌ before i in transliterations: 세바스티안 / 세바스찬.
      push('T');
      ++i;
      continue;
    }
    if (c == 'n' && i + 1 < r.size() && r[i + 1] == 'g') {
      push('N');
      ++i;
      continue;
    }
    switch (c) {
      case 'k': case 'g': case 'c': case 'q': push('K'); break;
      case 't': case 'd': push('T'); break;
      case 'p': case 'b': case 'f': case 'v': push('P'); break;
      case 'l': case 'r': push('L'); break;
      case 's': case 'z': case 'j': push('S'); break;
      case 'x': push('K'); push('S'); break;
      case 'h': break;
      default: push(static_cast<char>(c - 'a' + 'A'));
    }
  }
  return out;
}

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
    if (o.type == "person") return -1;
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

}  // namespace

struct EntityRecognizer::Impl {
  void LoadWordLists();
  Status LoadAliases();
  std::vector<DictEntry> entries;
  WordMap<int> alias_to_entry;      // alias (whitespace collapsed) -> entry
  // One bit per hash bucket of the aliases and of the first words of multi-word aliases: most
  // words of a text are neither, and one bit in an 8 KB table settles that before the map lookup.
  std::vector<uint64_t> alias_bits = std::vector<uint64_t>(1024, 0), first_bits = std::vector<uint64_t>(1024, 0),
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
  WordMap<int> first_token_max;     // first token of a multi-token alias -> max token count
  WordMap<int> skeleton_to_entry;   // romanization skeleton of Hangul aliases -> entry (-2: ambiguous)
  // Korean dictionary words (EmbeddedKoCommonWords()), sorted views into the embedded text.
  std::vector<std::string_view> ko_words;
  bool IsKoWord(std::string_view w) const { return std::binary_search(ko_words.begin(), ko_words.end(), w); }
  WordSet ko_titles, ko_title_suffixes, ko_surnames, ko_stop, ko_title_stops, ko_company_suffixes,
      ko_org_suffixes, ko_company_cues, ja_company_cues, ko_person_cues, en_titles, en_title_mods, en_honorifics,
      en_company_suffixes, en_org_suffixes, en_company_cues, en_person_verbs, en_stop, given_names;
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
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
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
    for (const char* unit : {"학부", "학과", "본부", "센터", "연구소", "부문", "부", "과", "실", "팀"})
      if (EndsWith(w, unit)) return true;
    return false;
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
  static bool EndsWithRowOf(const WordSet& set, const std::vector<size_t>& lengths, std::string_view s, Ok ok) {
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
    // A dictionary word (배터리, 이사회) is not a name on its shape alone.
    if (IsKoWord(w)) return false;
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
  bool DictMatchEndingAt(const DictSite& s, int last, std::string_view key, Para& p, std::vector<Cand>& cands) const;
  bool TryDictKey(const DictSite& s, int last, std::string_view k, int end_byte, double conf, Para& p,
                  std::vector<Cand>& cands) const;
  void TakeInflectedGivenName(const Para& p, int last, Cand* c) const;
  bool DictNameContinues(const DictSite& s, int last, int end_byte, const std::string& type, const Para& p) const;
  void KoreanCuePass(int pi, Para& p, std::vector<Cand>& cands) const;
  void ClaimSpan(int pi, Para& p, std::vector<Cand>& cands, int tb, int te, int end_byte, const char* type,
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
  bool KoOriginThenName(int pi, Para& p, std::vector<Cand>& cands, int t) const;
  void JapaneseNameBeforeTitle(int pi, Para& p, std::vector<Cand>& cands) const;
  int ChineseNameLastChar(const Para& p, int start, int cut) const;
  void KoNameThenTitle(int pi, Para& p, std::vector<Cand>& cands, int t, std::string_view title_stem) const;
  void KoCoordinatedBefore(int pi, Para& p, std::vector<Cand>& cands, int first, int sentence) const;
  void KoRegionOpenedOrgBefore(int pi, Para& p, std::vector<Cand>& cands, int a, int sentence) const;
  void KoGenitiveOrgPass(int pi, Para& p, std::vector<Cand>& cands) const;
  bool KoUnknownOrgWord(std::string_view w) const;
  bool KoPlaceWordAt(const Para& p, int q) const;
  const char* KoSuffixType(std::string_view s) const;
  bool KoCompanyCue(std::string_view w) const;
  void KoreanOrgCues(int pi, Para& p, std::vector<Cand>& cands) const;
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
  void GermanPlacedBodyPass(int pi, Para& p, std::vector<Cand>& cands) const;
  void GermanClubPass(int pi, Para& p, std::vector<Cand>& cands) const;
  void GermanShopPass(int pi, Para& p, std::vector<Cand>& cands) const;
  bool CoordinatedNameWord(const Para& p, int t) const;
  void CoordinatedCompanyPass(int pi, Para& p, std::vector<Cand>& cands) const;
  void EnglishGovernmentPass(int pi, Para& p, std::vector<Cand>& cands) const;
  void JoinLatinUnits(Para& p, std::vector<Cand>& cands, int first) const;
  bool LatinCapWord(const Para& p, int t) const;
  bool EnTitleWord(const Para& p, int t) const;
  int LatinRunEnd(const Para& p, int a, std::string_view lang) const;
  int ConnectorJoin(const Para& p, int a, int b, int sent, std::string_view lang, bool* possessive) const;
  int CommaListEnd(const Para& p, int a, int b) const;
  void JoinGermanUnits(Para& p, std::vector<Cand>& cands, int first) const;
  void TrimLatinRun(const Para& p, int* a, int* b, std::string_view lang) const;
  int TrimLatinRunStart(const Para& p, int a, int b, std::string_view lang) const;
  int TrimLatinRunEnd(const Para& p, int a, int b, std::string_view lang) const;
  bool OrgHeadWordIn(const Para& p, int a, int b) const;
  int OrgRunCut(const Para& p, int a, int b) const;
  void LatinRunShape(const Para& p, int a, int b, int* words, bool* name_like) const;
  LatinContext LatinRunContext(const Para& p, const std::vector<Cand>& cands, int a, int b) const;
  void ClassifyLatinRun(int pi, Para& p, std::vector<Cand>& cands, int a, int b) const;
  bool OpensSentenceAsCommonWord(const Para& p, int a) const;
  bool SportsTeamRun(const Para& p, int a, int b, int words) const;
  void SamePageNames(Doc& d) const;
  void SamePageKoreanNames(Doc& d) const;
  void SamePageKoreanRegionNames(Doc& d) const;
  int KoClauseNameEnd(const Para& p, int t) const;
  bool KoTitleSlotAfter(const Para& p, int t) const;
  bool KoLatinHangulCompany(const Para& p, int t, std::string_view s) const;
  void KoreanClauseOrgPass(int pi, Para& p, std::vector<Cand>& cands) const;
  bool KoClauseOpensAt(const Para& p, int t, bool region_name) const;
  const char* ContextOrgType(const Para& p, int* a_io, int b, int words, double* conf) const;
  int HireVerbAfter(const Para& p, int a, int b) const;
  int CompanyDescriptionEnd(const Para& p, int q) const;
  bool NameObjectAfter(const Para& p, int v) const;
  bool PlusGluedAfter(const Para& p, int b) const;
  bool ArticleAt(const Para& p, int t, int a) const;
  bool ClippedShortForm(const Para& p, int tb, int te, int t) const;
  bool CommonWordRun(const Para& p, int a, int b) const;
  bool ActsAsBody(const Para& p, int t) const;
  bool AfterPlacePreposition(const Para& p, int t) const;
  bool RegionBranchAfter(const Para& p, const std::vector<Cand>& cands, int ci) const;
  bool GermanInflectedAdjective(const Para& p, int t) const;
  void SportTownClubs(Doc& d) const;
  bool SportPage(const Doc& d) const;
  int GroupRowAt(const Para& p, int t) const;
  bool AffiliateNameWord(const Para& p, int t, int a, bool letter) const;
  void GroupAffiliateNames(int pi, Para& p, std::vector<Cand>& cands, int first) const;
  void UnionBlocPass(int pi, Para& p, std::vector<Cand>& cands) const;
  bool TeamNicknameWord(std::string_view w) const;
  void TeamShortNames(Doc& d) const;
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
  const char* LatinOrgHeadType(const Para& p, int a, int b, int words, double* conf) const;
  bool LatinCompanyContext(const Para& p, int a, int b, int words, bool poss_end, const LatinContext& x,
                           double* conf) const;
  // Spans under the tagger's score floor go to `low` (when given) instead of being skipped.
  void TaggerPass(int pi, Para& p, std::vector<Cand>& cands, std::string_view lang,
                  std::vector<std::pair<TaggedSpan, int>>* low) const;
  std::vector<TaggedSpan> TagSentence(std::string_view sent, std::string_view l) const;
  void ExtendForeignName(const Para& p, int tb, int* te, int* be) const;
  bool TaggerSpanWords(const Para& p, const TaggedSpan& s, int sa, TaggerWords* w) const;
  bool KoTitleWordAt(const Para& p, int t, int tb, bool plural) const;
  bool WeakKoreanUnit(const Para& p, std::string_view unit, int r, bool had_particle, const std::vector<Cand>& cands) const;
  bool WeakUnitShape(std::string_view unit) const;
  uint32_t KoGazetteerOf(const Para& p, const TaggerWords& w) const;
  void TaggerSpanClaim(int pi, Para& p, std::vector<Cand>& cands, std::vector<Cand>* coordinated,
                       const TaggedSpan& s, int sa) const;
  enum class TaggerPerson { kNo, kIfCoordinated, kYes };
  TaggerPerson TaggerPersonVerdict(const Para& p, const TaggerWords& w, bool cue) const;
  const char* TaggerOrgType(const Para& p, const TaggerWords& w, bool title_after) const;
  void JoinCoordinatedPersons(Para& p, std::vector<Cand>& cands, std::vector<Cand>& coordinated) const;
  void CjkTaggerPass(int pi, Para& p, std::vector<Cand>& cands, std::string_view lang) const;
  struct CjkSpan {
    int tb = 0, te = 0, start = 0, cut = 0;
    bool person = false;
  };
  bool CjkOrgBounds(const Para& p, std::string_view lang, int end, CjkSpan* sp) const;
  bool CjkSpanIsPerson(const Para& p, CjkSpan* sp) const;
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
  void ChineseHeadNames(int pi, Para& p, std::vector<Cand>& cands) const;
  void ChineseListNames(int pi, Para& p, std::vector<Cand>& cands) const;
  void ChineseRoleNames(int pi, Para& p, std::vector<Cand>& cands) const;
  void ChineseAddressedFamilyNames(int pi, Para& p, std::vector<Cand>& cands) const;
  void ChineseCueOrgNames(int pi, Para& p, std::vector<Cand>& cands) const;
  int BracketedSpellingAt(const Para& p, int b, int e) const;
  int ClaimHanOrganization(int pi, Para& p, std::vector<Cand>& cands, int tb, int te, int start,
                            double conf = 0.6) const;
  int ZhNameStart(const Para& p, int t, int sentence, int max_cps, int ignore, bool* stopped) const;
  void TrimChineseOrgLeads(Para& p, std::vector<Cand>& cands, int first) const;
  bool ZhGluedLead(const Para& p, int a, int k) const;
  void DropTitleSponsorsAndMembers(Doc& d) const;
  void CjkGlossPass(int pi, Para& p, std::vector<Cand>& cands, int first) const;
  bool IsGlossedShortForm(const Para& p, const std::vector<Cand>& cands, int ci, int b, int e) const;
  void EraseCands(Para& p, std::vector<Cand>& cands, int tb, int te) const;
  void TrimLatinPersonSpan(Para& p, Cand* c, std::string_view lang) const;
  void GlossPass(int pi, Para& p, std::vector<Cand>& cands) const;
  bool IsCyrillicGivenName(std::string_view w) const;
  void CyrillicPersonPass(int pi, Para& p, std::vector<Cand>& cands) const;
  bool IsAcronym(const Para& p, int t) const;
  bool MixedCaseShortForm(const Para& p, int t) const;
  bool DeOrgKindCue(const Para& p, int t) const;
  bool DeKindNameStart(const Para& p, int t) const;
  bool CompanyAppositionAfter(const Para& p, int b) const;
  void TrimGermanKindCues(Doc& d) const;
  void JoinGermanAdjectives(Doc& d) const;
  void AcronymPass(int pi, Para& p, std::vector<Cand>& cands) const;
  void SpelledOutAcronymPass(int pi, Para& p, std::vector<Cand>& cands) const;
  void LegalFormPass(int pi, Para& p, std::vector<Cand>& cands) const;
  int LegalFormEnd(const Para& p, int t, int* end_byte) const;
  int SpelledOutStart(const Para& p, int open, bool single = false) const;
  void ReadRoles(const Para& p, const Cand& c, const std::vector<Cand>& cands,
                 const std::vector<std::string>& canon_of, std::vector<Role>* roles) const;
  void ReadTitleBefore(const RoleSink& r, const Cand& c) const;
  void ReadTitleAfter(const RoleSink& r, const Cand& c) const;
  void ReadApposition(const RoleSink& r, const Cand& c) const;
  // ---- article-level steps of Recognize, in order
  // `low` (when given) receives the tagger's spans under its score floor (OfferLowSpans).
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
  void DropSentenceOpeningPairs(Doc& d) const;
  void TrimPersonTitles(Doc& d) const;
  void TrimChineseTitleTail(const Para& p, Cand* c) const;
  void DropLowerCaseWords(Doc& d) const;
  void DropGermanNounPhrases(Doc& d) const;
  void DropGermanKindNouns(Doc& d) const;
  void RetypeInstitutionPersons(Doc& d) const;
  void TrimHeadlinePhrases(Doc& d) const;
  bool GermanPlaceAdjective(const Para& p, int t) const;
  int LegalFormNameStart(const Para& p, int last) const;
  int PersonOfCut(const Para& p, int a, int b) const;
  int CompanyCueWordEnd(const Para& p, int a) const;
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
  Doc::ShortForms::const_iterator PrefixShortForm(const Doc& d, const Para& p, int t, int* end) const;
  void ClaimShortFormMentions(Doc& d) const;
  void AddPronouncedAcronyms(Doc& d) const;
  std::string CanonicalName(const Doc& d, int g, double* penalty) const;
  std::vector<Entity> BuildEntities(const Doc& d, std::vector<int>* groups) const;
  EntityFacts FactsOf(Doc& d, const std::vector<int>& members, const std::vector<Entity>& out, size_t e) const;
  void FactsOfMention(Doc& d, const Cand& c, EntityFacts* f, bool* initial) const;
  void FactsOfName(Doc& d, const Cand& c, EntityFacts* f) const;
  // `offer`: with `features`, also offer the tagger's low-score spans (OfferLowSpans).
  std::vector<Entity> Run(const Article& article, std::vector<std::vector<std::string>>* features, bool offer) const;
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
  int ClaimWord(int pi, Para& p, std::vector<Cand>& cands, int t, const char* type, double conf) const {
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

// ---- Pass 1: dictionary

void EntityRecognizer::Impl::DictPass(int pi, Para& p, std::vector<Cand>& cands, std::string_view lang) const {
  std::string key;
  const int n = p.Size();
  const bool hangul_para = std::any_of(p.toks.begin(), p.toks.end(), [](const Token& t) { return t.has_hangul; });
  for (int i = 0; i < n; ++i) {
    if (p.toks[i].kind != kWord || p.owner[i] >= 0) continue;
    std::string_view first = p.Text(i);
    int max_len = 1;
    if (HasBit(first_bits, first))
      if (auto it = first_token_max.find(first); it != first_token_max.end()) max_len = it->second;
    // Only lengths whose first words begin some alias are worth a lookup.
    if (max_len > 1) {
      key.assign(first);
      int len = 1;
      while (len < max_len && i + len < n && alias_prefixes.count(key)) {
        if (p.toks[i + len].space_before) key.push_back(' ');
        key.append(p.Text(i + len));
        ++len;
      }
      max_len = len;
    }
    const DictSite site{pi, i, lang, hangul_para};
    for (int len = std::min(max_len, n - i); len >= 1; --len) {
      int last = i + len - 1;
      if (p.toks[last].kind == kPunct && len > 1) continue;
      bool crosses = false;
      for (int t = i + 1; t <= last; ++t)
        if (p.toks[t].sentence != p.toks[i].sentence || p.owner[t] >= 0) crosses = true;
      if (crosses) continue;
      key.clear();
      for (int t = i; t <= last; ++t) {
        if (t > i && p.toks[t].space_before) key.push_back(' ');
        key.append(p.Text(t));
      }
      if (DictMatchEndingAt(site, last, key, p, cands)) break;
    }
  }
}

// Words i..last (`key`, their text) as a listed name: as written, without Korean particles or an
// English possessive on the last word, or a listed person's name with a case ending.
bool EntityRecognizer::Impl::DictMatchEndingAt(const DictSite& s, int last, std::string_view key, Para& p,
                                               std::vector<Cand>& cands) const {
  if (TryDictKey(s, last, key, p.toks[last].end, 0.95, p, cands)) return true;
  const size_t last_start = key.size() - p.Text(last).size();
  std::string_view lt = p.Text(last);
  bool matched = false;
  if (p.toks[last].has_hangul) {
    std::vector<int> stems = KoreanStemLengths(lt);
    // A known name may end in a syllable the particle splitter protects ("하이닉스로": 로
    // after ㅡ is usually part of a name, as in 페드로).
    if (EndsWith(lt, "로") && lt.size() > 3 && (stems.empty() || stems.back() != static_cast<int>(lt.size()) - 3))
      stems.push_back(static_cast<int>(lt.size()) - 3);
    for (auto st = stems.rbegin(); st != stems.rend(); ++st)
      if (TryDictKey(s, last, key.substr(0, last_start + *st), p.toks[last].start + *st, 0.93, p, cands)) return true;
  } else if (p.toks[last].latin) {
    std::string_view stripped = StripPossessive(lt);
    if (stripped.size() < lt.size() &&
        TryDictKey(s, last, key.substr(0, last_start + stripped.size()),
                   p.toks[last].start + static_cast<int>(stripped.size()), 0.95, p, cands))
      matched = true;
  }
  // "Donald Trumps", "Merza", "Путина": a listed person's name with a case ending.
  if (!matched && p.toks[last].cap && lt.size() >= 5 && HasBit(person_word_bits, lt.substr(0, 4)) &&
      (p.toks[last].latin || IsCyrillicLead(lt))) {
    for (size_t k = lt.size() > 8 ? lt.size() - 8 : 1; k < lt.size() && !matched; ++k) {
      if ((static_cast<unsigned char>(lt[k]) & 0xC0) == 0x80 || CountCodePoints(lt.substr(0, k)) < 4) continue;
      std::string_view stem = key.substr(0, last_start + k);
      if (!HasBit(alias_bits, stem) || !In(WordList::kNameInflection, lt.substr(k))) continue;
      auto it = alias_to_entry.find(stem);
      // A genitive s is cut like a possessive ("Putins" -> "Putin"); other case endings stay in
      // the mention ("Merza").
      const int end = lt.substr(k) == "s" ? p.toks[last].start + static_cast<int>(k) : p.toks[last].end;
      if (it != alias_to_entry.end() && entries[it->second].type == "person" &&
          TryDictKey(s, last, stem, end, 0.9, p, cands))
        matched = true;
    }
  }
  return matched;
}

// Claims words s.i..last as the listed name `k` (ending at byte end_byte) unless it is part of a
// longer name; true when claimed.
// Word t is a German place adjective written before a noun of its sentence: capitalized, ending
// in -er (Hamburger, Walliser, Münchner), no stop word, nationality (demonym rows: "Deutscher
// Bundestag" is the Bundestag), title or given name.
bool EntityRecognizer::Impl::GermanPlaceAdjective(const Para& p, int t) const {
  if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].latin || !p.toks[t].cap || p.toks[t].all_caps ||
      !p.toks[t + 1].space_before || p.toks[t + 1].sentence != p.toks[t].sentence)
    return false;
  const std::string_view w = p.Text(t);
  return w.size() >= 6 && EndsWith(w, "er") && !en_stop.count(w) && !In(WordList::kDemonym, w) &&
         !IsLatinTitle(w) && !given_names.count(w);
}

bool EntityRecognizer::Impl::TryDictKey(const DictSite& s, int last, std::string_view k, int end_byte, double conf,
                                        Para& p, std::vector<Cand>& cands) const {
  const int i = s.i;
  if (!HasBit(alias_bits, k)) return false;
  // In Korean text a Latin title is a title ("김민준 SVP는"), not a party of that name, and a
  // Latin common noun is that noun ("AP" is an application processor, not the agency).
  if (s.hangul_para && p.toks[i].latin && (ko_titles.count(k) || ko_stop.count(k))) return false;
  auto it = alias_to_entry.find(k);
  if (it == alias_to_entry.end()) return false;
  if (last == i && p.toks[i].hangul && In(WordList::kKoCurrencyWord, k) && AmountFollows(p, i)) return false;
  Cand c;
  c.para = s.pi;
  c.tb = i;
  c.te = last + 1;
  c.start = p.toks[i].start;
  c.end = end_byte;
  c.dict = it->second;
  c.type = entries[it->second].type;
  c.conf = conf;
  if (c.type == "person") TakeInflectedGivenName(p, last, &c);
  // "Peter Vance" is not JD Vance: a listed person's one-word alias (a family name) right after
  // a given name that none of the entry's names begins with names someone else.
  if (c.type == "person" && c.tb == i && last == i && p.toks[i].latin && i > 0 && p.IsWord(i - 1) && p.Free(i - 1) &&
      p.toks[i - 1].cap && p.toks[i].space_before && p.toks[i - 1].sentence == p.toks[i].sentence &&
      given_names.count(p.Text(i - 1))) {
    const std::string_view given = p.Text(i - 1);
    bool own = false;
    for (const std::string& a : entries[c.dict].aliases)
      own = own || (a.size() > given.size() && a.compare(0, given.size(), given) == 0 && a[given.size()] == ' ');
    if (!own) return false;
  }
  if (DictNameContinues(s, last, end_byte, c.type, p)) return false;
  // "ロサンゼルス・ドジャース": a katakana word and a middle dot written before a listed katakana
  // organization are part of its name (a place before a club), the same body.
  if (c.type != "person" && i >= 2 && p.IsPunct(i - 1, "\xE3\x83\xBB") && p.IsWord(i - 2) && p.Free(i - 2) &&
      p.toks[i - 1].start == p.toks[i - 2].end && p.toks[i].start == p.toks[i - 1].end &&
      KatakanaRunBytes(p.Text(i - 2)) == p.Text(i - 2).size() && KatakanaRunBytes(p.Text(i)) > 0) {
    c.tb = i - 2;
    c.start = p.toks[i - 2].start;
  }
  // "U.S. Environmental Protection Agency", "U.S. Food and Drug Administration": an abbreviated
  // country (an org_lead_word written with dots) before a listed body is part of the written name, the
  // same body.
  if (c.type == "organization" && i >= 2 && p.IsPunct(i - 1, ".") && !p.toks[i - 1].space_before &&
      p.toks[i].space_before && p.IsWord(i - 2) && p.Free(i - 2) && p.Free(i - 1) && p.toks[i - 2].latin &&
      p.Text(i - 2).find('.') != std::string_view::npos && In(WordList::kOrgLeadWord, p.Text(i - 2))) {
    c.tb = i - 2;
    c.start = p.toks[i - 2].start;
  }
  // "Hamburger Verfassungsschutz", "Walliser Staatsrat": in German a place adjective before a
  // listed organization names the regional body, another organization than the listed one.
  if (c.type == "organization" && s.lang == "de" && i > 0 && GermanPlaceAdjective(p, i - 1)) {
    c.tb = i - 1;
    c.start = p.toks[i - 1].start;
    c.dict = -1;
    c.conf = 0.7;
  }
  // "Alphabet Inc.": a legal suffix belongs to a listed company's name.
  const int nx = last + 1;
  if (c.type == "company" && end_byte == p.toks[last].end && p.toks[last].latin && p.IsWord(nx) && p.Free(nx) &&
      p.toks[nx].space_before && p.toks[nx].sentence == p.toks[i].sentence &&
      In(WordList::kLegalSuffix, StripPossessive(p.Text(nx)))) {
    c.te = nx + 1;
    c.end = p.toks[nx].start + static_cast<int>(StripPossessive(p.Text(nx)).size());
    if (c.end == p.toks[nx].end && p.IsPunct(nx + 1, ".") && !p.toks[nx + 1].space_before) c.end += 1;
  }
  return Claim(p, cands, std::move(c)) >= 0;
}

// An amount right after word t: a number, or 약 ("about") and a number ("한화 약 40억원", "한화 7억원").
bool EntityRecognizer::Impl::AmountFollows(const Para& p, int t) const {
  int k = t + 1;
  if (p.IsWord(k) && p.Text(k) == "약") ++k;
  if (k >= p.Size() || p.toks[k].sentence != p.toks[t].sentence) return false;
  const std::string_view w = p.Text(k);
  return !w.empty() && w[0] >= '0' && w[0] <= '9';
}

// "Angeli Merkel", "Olafa Scholza": a listed family name (candidate `c`, one word) after an
// inflected form of the person's listed given name takes that word in (Polish, Czech, Russian
// genitives).
void EntityRecognizer::Impl::TakeInflectedGivenName(const Para& p, int last, Cand* c) const {
  const int i = c->tb;
  if (last != i || i <= 0 || !p.IsWord(i - 1) || !p.Free(i - 1) || !p.toks[i - 1].cap || !p.toks[i].space_before ||
      p.toks[i - 1].sentence != p.toks[i].sentence || p.toks[i].hangul)
    return;
  const std::string_view prev = p.Text(i - 1);
  for (const std::string& a : entries[c->dict].aliases) {
    const size_t sp = a.find(' ');
    if (sp == std::string::npos || sp < 3 || prev.size() < 4 || a.compare(0, sp, prev) == 0) continue;
    // Same stem: all of the given name but its last letter (Angela/Angeli, Olaf/Olafa).
    size_t stem = sp - 1;
    while (stem > 0 && (static_cast<unsigned char>(a[stem]) & 0xC0) == 0x80) --stem;
    if (stem >= 3 && prev.size() > stem && prev.compare(0, stem, std::string_view(a).substr(0, stem)) == 0) {
      c->tb = i - 1;
      c->start = p.toks[i - 1].start;
      return;
    }
  }
}

// A listed name of type `type` at words s.i..last that is only the start (or the inside) of a
// longer name, which the other rules read whole.
bool EntityRecognizer::Impl::DictNameContinues(const DictSite& s, int last, int end_byte, const std::string& type,
                                               const Para& p) const {
  const int i = s.i, n = p.Size(), nx = last + 1;
  const bool latin_end = end_byte == p.toks[last].end && p.toks[last].latin;
  // "The Namibian Broadcasting Corporation": a listed name followed by capitalized words
  // that end in the head of an organization name is part of that longer name.
  if (type != "person" && latin_end) {
    for (int q = nx; q < n && q <= last + 3; ++q) {
      if (!p.IsWord(q) || !p.Free(q) || !p.toks[q].space_before || !p.toks[q].cap ||
          p.toks[q].sentence != p.toks[i].sentence || en_stop.count(p.Text(q)))
        break;
      if (en_org_suffixes.count(p.Text(q)) || (type != "company" && en_company_suffixes.count(p.Text(q)) &&
                                               !In(WordList::kEnCompanySuffixWeak, p.Text(q))))
        return true;
    }
  }
  // A listed place inside a longer capitalized name is part of it ("Malaysia Airlines",
  // "Bank of Israel", "Camera del Commercio Italia-Usa"): left to the other rules.
  if (type == "other" && latin_end) {
    // (In German every noun is capitalized: "Irans Justiz" is no name.)
    const bool cap_next = (s.lang.empty() || s.lang == "en") && p.IsWord(nx) && p.toks[nx].space_before &&
                          p.toks[nx].cap && p.toks[nx].latin && p.toks[nx].sentence == p.toks[i].sentence &&
                          !en_stop.count(StripPossessive(p.Text(nx))) && !IsLatinTitle(p.Text(nx));
    const bool hyphen_next = p.IsPunct(nx, "-") && !p.toks[nx].space_before && p.IsWord(nx + 1) && p.toks[nx + 1].cap;
    const bool connector_before = i >= 2 && p.IsWord(i - 1) && In(WordList::kEnNameConnector, p.Text(i - 1)) &&
                                  p.IsWord(i - 2) && p.toks[i - 2].cap && p.toks[i - 2].sentence == p.toks[i].sentence;
    if (cap_next || hyphen_next || connector_before) return true;
    // "Cricket Australia", "Caritas Österreich": a country after one to three free name words ends a
    // national body's name (NationalBranchRun), read by the English pass.
    if (s.i == last && In(WordList::kNationalBranchWord, p.Text(last))) {
      int a = i;
      while (a > 0 && i - a < 3 && p.IsWord(a - 1) && p.Free(a - 1) && p.toks[a - 1].cap && p.toks[a - 1].latin &&
             p.toks[a].space_before && p.toks[a - 1].sentence == p.toks[i].sentence &&
             !en_stop.count(p.Text(a - 1)) && !IsLatinTitle(p.Text(a - 1)))
        --a;
      if (a < i && NationalBranchRun(p, a, nx)) return true;
    }
  }
  // "ソニー・ミュージックエンタテインメント": a listed katakana name continued after a
  // middle dot is part of a longer name (left to the tagger); so is a listed person's name
  // ("マルコス・ベラスケス" is no Marcos: a given name, a middle dot, another family name).
  if (KatakanaContinuation(p.text, static_cast<size_t>(end_byte)) > 0) return true;
  if (type == "company" && latin_end) {
    // "Hanwha Aerospace", "Samsung Biologics USA": a known name followed by a capitalized
    // industry word is another company (a subsidiary); the English pass reads it whole.
    for (int q = nx; q < n && q <= nx + 1; ++q) {
      if (!p.IsWord(q) || !p.Free(q) || !p.toks[q].space_before || !p.toks[q].cap ||
          p.toks[q].sentence != p.toks[i].sentence)
        break;
      std::string_view w = StripPossessive(p.Text(q));
      // "Samsung Research America", "Google Research Europe".
      if (q == nx + 1 && In(WordList::kRegionWord, w) && en_company_suffixes.count(p.Text(nx))) return true;
      if (en_stop.count(w) || en_titles.count(w)) break;
      if (en_company_suffixes.count(w) && !In(WordList::kLegalSuffix, w) && !In(WordList::kEnCompanySuffixWeak, w))
        return true;
    }
  }
  return false;
}

// ---- Pass 2: Korean cue rules

void EntityRecognizer::Impl::KoreanCuePass(int pi, Para& p, std::vector<Cand>& cands) const {
  KoreanPersonCues(pi, p, cands);
  KoGroupMemberNames(pi, p, cands);
  KoreanOrgCues(pi, p, cands);
}

// Claims words tb..te-1 (ending at byte end_byte) as a candidate of `type`.
void EntityRecognizer::Impl::ClaimSpan(int pi, Para& p, std::vector<Cand>& cands, int tb, int te, int end_byte,
                                       const char* type, double conf) const {
  Cand c;
  c.para = pi;
  c.tb = tb;
  c.te = te;
  c.start = p.toks[tb].start;
  c.end = end_byte;
  c.type = type;
  c.conf = conf;
  Claim(p, cands, std::move(c));
}

// A free Hangul word that is no stop word or title.
bool EntityRecognizer::Impl::KoNameWordOk(const Para& p, int t) const {
  if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].hangul) return false;
  std::string_view w = p.Text(t);
  return !ko_stop.count(w) && !IsKoTitle(w);
}

// A name of 1..3 Hangul words starting at token k, ending at the first word that carries a
// particle (stripped). Returns the last token, or -1; sets the end byte and the particle.
int EntityRecognizer::Impl::KoNameAfter(const Para& p, int k, int sentence, int* end_byte,
                                        std::string_view* particle, bool origin) const {
  const int n = p.Size();
  int end_tok = -1;
  bool had = false;
  *particle = {};
  for (int j = k; j < n && j < k + 3; ++j) {
    if (!p.IsWord(j) || !p.Free(j) || !p.toks[j].hangul || !p.toks[j].space_before || p.toks[j].sentence != sentence)
      break;
    std::string_view w = p.Text(j);
    if (ko_stop.count(w) || IsKoTitle(w)) break;
    int len = NameStemLength(w, &had);
    if (had) {
      std::string_view stem = w.substr(0, len);
      if (ko_stop.count(stem) || IsKoTitle(stem)) break;
      end_tok = j;
      *end_byte = p.toks[j].start + len;
      *particle = w.substr(len);
      break;
    }
    end_tok = j;
    *end_byte = p.toks[j].end;
  }
  if (end_tok < k) return -1;
  int count = end_tok - k + 1;
  if (count == 1) {
    return IsKoreanNameShape(p.text.substr(p.toks[k].start, *end_byte - p.toks[k].start)) ? end_tok : -1;
  }
  // Without a particle a long run is more likely a phrase than a name.
  bool followed_ok = had || end_tok + 1 >= n || p.toks[end_tok + 1].kind != kWord ||
                     ko_stop.count(p.Text(end_tok + 1)) || IsKoTitle(p.Text(end_tok + 1));
  int syl = 0;
  bool foreign = false;
  for (int q = k; q <= end_tok; ++q) {
    std::string_view w = q == end_tok ? p.text.substr(p.toks[q].start, *end_byte - p.toks[q].start) : p.Text(q);
    int c = CountCodePoints(w);
    if (c > 6) return -1;
    syl += c;
    foreign |= HasForeignSyllable(w);
  }
  // Several Hangul words after a title are a transliterated foreign name, not a noun phrase
  // ("대표 중징계 요구를"). After an origin ("브라질 출신 헤나투 소자가") two words closed by a
  // particle are one too when the first is no dictionary word.
  if (origin && count == 2 && had && !IsKoWord(p.Text(k)) && CountCodePoints(p.Text(k)) >= 2) foreign = true;
  return syl >= 3 && foreign && followed_ok && (count == 2 || had) ? end_tok : -1;
}

// A word that ends the phrase before a name: punctuation, another entity, a particle, an
// adnominal verb form ("이끈", "연구한", "맡은"), or "출신" ("JP모건 출신 앤드류 황 전무").
bool EntityRecognizer::Impl::KoNameBoundary(const Para& p, int c, int sentence) const {
  if (c < 0 || p.toks[c].kind != kWord || p.owner[c] >= 0 || p.toks[c].sentence != sentence || !p.Stems(c).empty())
    return true;
  // A counter glued to a number ("3일", "24일 로버트 첸 교수를"): a date or count closes the phrase before.
  if (c >= 1 && p.toks[c - 1].kind == TokenKind::kNumber && !p.toks[c].space_before) return true;
  std::string_view w = p.Text(c);
  if (p.toks[c].hangul && CountCodePoints(w) >= 2 && EndsWithAnyOf(WordList::kKoAdnominalEnding, w)) return true;
  return w == "출신";
}

// A Korean verb form closing a clause before the next word: a connective ending (ko_verb_connective)
// after a stem whose dictionary form (stem + 다) is a word ("열고", "거치며"). "이사회를 열고 벨리니
// 내정자를" names 벨리니, not a person "열고 벨리니".
bool EntityRecognizer::Impl::IsKoVerbForm(std::string_view w) const {
  if (!IsAllHangul(w)) return false;
  for (const std::string& end : EntityWords::Default().List(WordList::kKoVerbConnective)) {
    if (w.size() <= end.size() || !EndsWith(w, end)) continue;
    std::string lemma(w.substr(0, w.size() - end.size()));
    lemma += "다";
    if (IsKoWord(lemma)) return true;
  }
  return false;
}

// Two Hangul words that sound foreign, the last one possibly a one-syllable Korean or foreign surname
// ("앤드루 황", "로버트 첸"), or a one-syllable foreign surname (ko_foreign_surname) before a foreign given
// name ("탄 웨이밍").
bool EntityRecognizer::Impl::KoForeignPair(std::string_view first, std::string_view last) const {
  int cf = CountCodePoints(first), cl = CountCodePoints(last);
  // (A Chinese given name need not hold a syllable of ko_foreign_syllable: "탄 웨이밍"; no dictionary word or
  // Korean name follows the surname.)
  if (cf == 1 && cl >= 2 && cl <= 4 && In(WordList::kKoForeignSurname, first))
    return !IsKoWord(last) && (HasForeignSyllable(last) || (cl <= 3 && !IsKoreanNameShape(last)));
  if (cf < 2 || cf > 5 || cl > 5) return false;
  // A converb closing the clause before ("승진시켜 대성케미칼", "승진해 대성케미칼") opens no name.
  if (cf >= 3 && EndsWithAnyOf(WordList::kKoConverbEnding, first)) return false;
  if (IsKoVerbForm(first)) return false;
  if (cl == 1)
    return (ko_surnames.count(last) > 0 || In(WordList::kKoForeignSurname, last)) && HasForeignSyllable(first);
  return HasForeignSyllable(first) || HasForeignSyllable(last);
}

// Persons by Korean cues: name + 씨, a title before or after a name.
void EntityRecognizer::Impl::KoreanPersonCues(int pi, Para& p, std::vector<Cand>& cands) const {
  const int n = p.Size();
  for (int t = 0; t < n; ++t) {
    if (!p.IsWord(t) || !(p.toks[t].has_hangul || p.toks[t].all_caps)) continue;
    std::string_view w = p.Text(t);
    // "책임자인", "총괄인": a title with the copula's adnominal ending also precedes a name.
    bool title_exact = IsKoTitle(w) || (EndsWith(w, "인") && w.size() > 3 && IsKoTitle(w.substr(0, w.size() - 3)));
    std::string_view title_stem = w;
    if (!title_exact && p.toks[t].has_hangul) {
      for (int s : KoreanStemLengths(w))
        if (IsKoTitle(w.substr(0, s))) title_stem = w.substr(0, s);
    }
    bool title_any = title_exact || title_stem.size() < w.size();
    if (!title_any && w != "출신") {
      // Name + 씨 written together: "김철수씨는".
      if (p.toks[t].hangul && p.Free(t)) {
        std::string_view base = w;
        for (int s : KoreanStemLengths(w))
          if (EndsWith(w.substr(0, s), "씨")) base = w.substr(0, s);
        if (EndsWith(base, "씨") && base.size() > 3 &&
            (IsKoreanNameShape(base.substr(0, base.size() - 3)) || IsKoreanAnonymizedName(base.substr(0, base.size() - 3))))
          ClaimSpan(pi, p, cands, t, t + 1, p.toks[t].start + static_cast<int>(base.size()) - 3, "person", 0.8);
      }
      continue;
    }
    // (a) Title then name; also "구글 출신 마르코 페레이라를" (origin, then the name).
    if ((title_exact || (w == "출신" && t >= 1 && p.owner[t - 1] >= 0 && cands[p.owner[t - 1]].type != "person")) &&
        KoTitleThenName(pi, p, cands, t))
      continue;
    if (w == "출신" && KoOriginThenName(pi, p, cands, t)) continue;
    if (title_any) KoNameThenTitle(pi, p, cands, t, title_stem);  // "출신" only precedes a name
  }
}

// A place or nationality, "출신" at word t, a person cue at most, then a foreign name in Hangul:
// "브라질 출신 헤나투 소자가", "브라질 출신 공격수 티아고 멘지스가". True when a name was taken.
bool EntityRecognizer::Impl::KoOriginThenName(int pi, Para& p, std::vector<Cand>& cands, int t) const {
  if (t < 1 || !p.IsWord(t - 1) || !p.toks[t - 1].hangul || p.toks[t - 1].sentence != p.toks[t].sentence ||
      !p.Stems(t - 1).empty())
    return false;
  int k = t + 1;
  if (p.IsWord(k) && ko_person_cues.count(p.Text(k))) ++k;
  int end_byte = 0;
  std::string_view particle;
  const int end_tok = KoNameAfter(p, k, p.toks[t].sentence, &end_byte, &particle, /*origin=*/true);
  if (end_tok <= k) return false;  // two words or more: one word after an origin is any noun
  // A role noun, then a Korean name ("출신 기획자 노승민이"): the name alone.
  if (end_tok == k + 1 && IsKoreanNameShape(p.text.substr(p.toks[end_tok].start, end_byte - p.toks[end_tok].start)))
    k = end_tok;
  ClaimSpan(pi, p, cands, k, end_tok + 1, end_byte, "person", 0.6);
  return true;
}

// Title at word t then a name: "창업자 매트 다이크를", "CTO 미라 무라티가", "연구원 A와 B가".
// True when a name was taken.
bool EntityRecognizer::Impl::KoTitleThenName(int pi, Para& p, std::vector<Cand>& cands, int t) const {
  const int n = p.Size();
  int k = t + 1;
  if (p.IsPunct(k, "(") && !p.toks[k].space_before) {
    while (k < n && !p.IsPunct(k, ")") && k - t < 6) ++k;
    ++k;
  }
  if (k + 1 < n && p.Text(k) == "겸" && IsKoTitle(p.Text(k + 1))) k += 2;
  int end_byte = 0;
  std::string_view particle;
  int end_tok = KoNameAfter(p, k, p.toks[t].sentence, &end_byte, &particle);
  if (end_tok < 0) return false;
  ClaimSpan(pi, p, cands, k, end_tok + 1, end_byte, "person", 0.75);
  // Coordinated names share the title: "연구원 케이틀린 모리스와 제이슨 파크가".
  while (particle == "와" || particle == "과" || particle == "및") {
    k = end_tok + 1;
    end_tok = KoNameAfter(p, k, p.toks[t].sentence, &end_byte, &particle);
    if (end_tok < 0) break;
    ClaimSpan(pi, p, cands, k, end_tok + 1, end_byte, "person", 0.7);
  }
  return true;
}

// Name then the title at word t: "김철수 대표는", "유대길 기자", "존 스미스 CTO는", and with the
// organization between: "정민혁 노바브레인 대표는", "마이클 브래넌 전 인텔 부사장을".
void EntityRecognizer::Impl::KoNameThenTitle(int pi, Para& p, std::vector<Cand>& cands, int t,
                                             std::string_view title_stem) const {
  const int n = p.Size();
  int a = t - 1;
  // "정모(52)씨에게": an age in brackets between the name and the title.
  if (a >= 3 && p.IsPunct(a, ")") && p.toks[a - 1].kind == kNumber && p.IsPunct(a - 2, "(") &&
      !p.toks[a - 2].space_before)
    a -= 3;
  else if (!p.toks[t].space_before)
    return;
  // "박영란 현 대표를", "정모 전 대표": 현 (current) or 전 (former) between the name and the title.
  if (p.IsWord(a) && p.Free(a) && (p.Text(a) == "현" || p.Text(a) == "전") && a >= 1 && p.IsWord(a - 1) &&
      p.toks[a - 1].hangul && (IsKoreanNameShape(p.Text(a - 1)) || IsKoreanAnonymizedName(p.Text(a - 1))))
    --a;
  auto org_at = [&](int i) { return i >= 0 && i < n && p.owner[i] >= 0 && cands[p.owner[i]].type != "person"; };
  // "오세라 KAIST 전기및전자공학부 교수를": one department word between the organization and the title.
  if (a >= 1 && p.IsWord(a) && p.Free(a) && p.toks[a].hangul && p.toks[a].space_before && p.Stems(a).empty() &&
      !ko_stop.count(p.Text(a)) && !IsKoTitle(p.Text(a)) && !IsKoreanNameShape(p.Text(a)) && org_at(a - 1) &&
      p.toks[a - 1].sentence == p.toks[t].sentence && IsKoDepartment(p.Text(a)))
    --a;
  KoRegionOpenedOrgBefore(pi, p, cands, a, p.toks[t].sentence);
  const int ob = org_at(a) ? cands[p.owner[a]].tb : -1;
  if (ob >= 0) {  // an organization mention ends right before the title
    a = ob - 1;
    // The department read as an organization of its own, after the institution ("KAIST 전기및전자공학부").
    if (org_at(a) && p.toks[a].sentence == p.toks[t].sentence) a = cands[p.owner[a]].tb - 1;
    if (p.IsWord(a) && (p.Text(a) == "전" || p.Text(a) == "현")) --a;
  } else if (a >= 1 && p.IsWord(a) && p.Free(a) && p.toks[a].space_before && p.toks[a].hangul &&
             p.Stems(a).empty() && !ko_stop.count(p.Text(a)) && !IsKoTitle(p.Text(a)) &&
             CountCodePoints(p.Text(a)) >= 2 && !IsKoreanNameShape(p.Text(a)) && p.IsWord(a - 1) && p.Free(a - 1) &&
             IsKoreanNameShape(p.Text(a - 1)) && p.Stems(a - 1).empty() &&
             p.toks[a - 1].sentence == p.toks[t].sentence) {
    // Korean name + unknown organization + title. Political titles (의원, 장관) follow a party
    // or office, not a company.
    ClaimSpan(pi, p, cands, a - 1, a, p.toks[a - 1].end, "person", 0.7);
    // (A line of business is no organization: "김도윤 조선해양사업 대표".)
    if (In(WordList::kKoPublicTitle, title_stem) || BusinessLineWord(p.Text(a))) return;
    ClaimWord(pi, p, cands, a, "company", 0.55);
    return;
  }
  if (a < 0 || a >= n || p.toks[a].sentence != p.toks[t].sentence) return;
  const int sentence = p.toks[t].sentence;
  if (KoNameWordOk(p, a) && (IsKoreanNameShape(p.Text(a)) || IsKoreanAnonymizedName(p.Text(a)))) {
    ClaimSpan(pi, p, cands, a, a + 1, p.toks[a].end, "person", p.Stems(a).empty() ? 0.8 : 0.7);
    KoCoordinatedBefore(pi, p, cands, a, sentence);
    return;
  }
  int b = a - 1;
  if (b >= 0 && KoNameWordOk(p, a) && KoNameWordOk(p, b) && p.toks[a].space_before && p.toks[b].sentence == sentence &&
      p.Stems(a).empty() && p.Stems(b).empty() && KoForeignPair(p.Text(b), p.Text(a))) {
    if (KoNameBoundary(p, b - 1, sentence)) {
      ClaimSpan(pi, p, cands, b, a + 1, p.toks[a].end, "person", 0.6);
      KoCoordinatedBefore(pi, p, cands, b, sentence);
    }
  }
}

// A Hangul word that may name an unknown organization: two to eight syllables, no dictionary word, stop word,
// title, person cue, company cue, department, unit or public body ("마린스", "프레시원리테일"; not "해운대구",
// "개발팀", "회사").
bool EntityRecognizer::Impl::KoUnknownOrgWord(std::string_view w) const {
  const int syl = CountCodePoints(w);
  return syl >= 2 && syl <= 8 && IsAllHangul(w) && !IsKoWord(w) && !ko_stop.count(w) && !IsKoTitle(w) &&
         !ko_person_cues.count(w) && !KoCompanyCue(w) && !IsKoDepartment(w) && !EndsWith(w, "장") &&
         !EndsWithAnyOf(WordList::kKoUnitHead, w) && !EndsWithAnyOf(WordList::kKoBodySuffix, w) &&
         !EndsWithAnyOf(WordList::kKoPlaceSuffix, w) && !In(WordList::kKoPlaceName, w);
}

// Word q is a Korean place that may open an organization's name: a region (ko_place_name) or a Hangul word
// without a particle that the KoNNE gazetteer knows as a place and never as a person or organization (a river,
// a mountain, a district: "한강 블루윙스", "설악 이글스").
bool EntityRecognizer::Impl::KoPlaceWordAt(const Para& p, int q) const {
  if (q < 0 || !p.IsWord(q) || !p.Free(q) || !p.toks[q].hangul) return false;
  const std::string_view w = p.Text(q);
  if (In(WordList::kKoPlaceName, w)) return true;
  if (!tagger || !p.Stems(q).empty() || CountCodePoints(w) < 2 || !IsAllHangul(w)) return false;
  const uint32_t g = tagger->KoreanGazetteerClasses(w);
  return (g & ner::kGazLoc) && !(g & (ner::kGazPer | ner::kGazOrg));
}

// The word `a` right before a title, written after a Korean region (ko_place_name) with a space, is the last
// word of an organization the region opens (a club or company named by its seat), not a person: "장석현 전 부산
// 마린스 수석코치를", "인천 스타즈 코치 출신". A word of a person's name shape ("부산 김민수 감독") is read so only
// in the apposition of a person, after 전 or 현 ("배종민 전 인천 스타즈 수석코치").
void EntityRecognizer::Impl::KoRegionOpenedOrgBefore(int pi, Para& p, std::vector<Cand>& cands, int a,
                                                     int sentence) const {
  if (a < 1 || !p.IsWord(a) || !p.Free(a) || !p.toks[a].hangul || !p.toks[a].space_before || !p.Stems(a).empty() ||
      p.toks[a - 1].sentence != sentence || !KoPlaceWordAt(p, a - 1))
    return;
  const std::string_view w = p.Text(a);
  if (!KoUnknownOrgWord(w)) return;
  const bool apposition = a >= 3 && p.IsWord(a - 2) && (p.Text(a - 2) == "전" || p.Text(a - 2) == "현") &&
                          p.toks[a - 2].sentence == sentence;
  if (IsKoreanNameShape(w) && !apposition) return;
  ClaimSpan(pi, p, cands, a - 1, a + 1, p.toks[a].end, "company", 0.55);
}

// A word with the genitive 의 before a person's name that has a title (the title right after the name, or
// the title between: "X의 대표이사 조현석") names the person's organization when the word is no dictionary word
// or name (KoUnknownOrgWord): "대형마트 체인 프레시원리테일의 조현석 대표이사가", "누비랩스의 김하늘 대표는", "한울로지스의
// 최고경영자 박진우 씨" (not "그의", "회사의", "김철수의"). Runs after the person passes and the tagger.
void EntityRecognizer::Impl::KoGenitiveOrgPass(int pi, Para& p, std::vector<Cand>& cands) const {
  auto person_at = [&](int i) {
    return i < p.Size() && p.owner[i] >= 0 && cands[p.owner[i]].type == "person" && cands[p.owner[i]].tb == i;
  };
  for (int q = 0; q + 1 < p.Size(); ++q) {
    if (!p.IsWord(q) || !p.Free(q) || !p.toks[q].hangul || !p.toks[q + 1].space_before) continue;
    const std::string_view w = p.Text(q);
    if (!EndsWith(w, "의") || w.size() <= 3) continue;
    const std::string_view stem = w.substr(0, w.size() - 3);
    // (A word ending in 회의 is a council's name, not 회 with the genitive: "입주자대표회의 고명숙 회장은".)
    if (!KoUnknownOrgWord(stem) || IsKoreanNameShape(stem) || IsKoreanAnonymizedName(stem) || EndsWith(stem, "회"))
      continue;
    const int sentence = p.toks[q].sentence;
    bool slot = false;
    if (person_at(q + 1)) {
      const int last = cands[p.owner[q + 1]].te - 1;
      slot = p.toks[last].sentence == sentence && KoTitleSlotAfter(p, last);
    } else if (p.IsWord(q + 1) && IsKoTitle(p.Text(q + 1)) && person_at(q + 2)) {
      slot = p.toks[q + 2].sentence == sentence;
    }
    if (slot) ClaimSpan(pi, p, cands, q, q + 1, p.toks[q].start + static_cast<int>(stem.size()), "company", 0.55);
  }
}

// Names coordinated before a name that has a title (first word `first`): "세바스티안 뮐러와
// 이하늘 연구원이다".
void EntityRecognizer::Impl::KoCoordinatedBefore(int pi, Para& p, std::vector<Cand>& cands, int first,
                                                 int sentence) const {
  int q = first - 1;
  if (!p.IsWord(q) || !p.Free(q) || !p.toks[q].hangul || p.toks[q].sentence != sentence) return;
  std::string_view w = p.Text(q);
  if (!(EndsWith(w, "와") || EndsWith(w, "과")) || w.size() <= 3) return;
  std::string_view stem = w.substr(0, w.size() - 3);
  if (ko_stop.count(stem) || IsKoTitle(stem)) return;
  if (IsKoreanNameShape(stem)) {
    if (KoNameBoundary(p, q - 1, sentence))
      ClaimSpan(pi, p, cands, q, q + 1, p.toks[q].start + static_cast<int>(stem.size()), "person", 0.6);
    return;
  }
  int r = q - 1;
  if (KoNameWordOk(p, r) && p.toks[q].space_before && p.Stems(r).empty() && KoForeignPair(p.Text(r), stem) &&
      KoNameBoundary(p, r - 1, sentence))
    ClaimSpan(pi, p, cands, r, q + 1, p.toks[q].start + static_cast<int>(stem.size()), "person", 0.6);
}

// Members of a band or team named by the given name alone, after a role noun of the group
// (`ko_group_role`: "막내 유나는", "일본인 멤버 미오는", "멤버 하린, 유나, 미오, 쁘라다 등을"), or in the list
// that "비롯해" opens after a person ("리더 한소율을 비롯해 채이, 유나, 세린, 다온으로 구성된").
void EntityRecognizer::Impl::KoGroupMemberNames(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int t = 0; t + 1 < p.Size(); ++t) {
    if (!p.IsWord(t) || !p.toks[t].hangul) continue;
    const std::string_view w = p.Text(t);
    const bool along = (w == "비롯해" || w == "비롯해서" || w == "비롯한") && t >= 1 && p.owner[t - 1] >= 0 &&
                       cands[p.owner[t - 1]].type == "person";
    if (along || In(WordList::kKoGroupRole, w)) KoMemberList(pi, p, cands, t + 1, along);
  }
}

// The member names from word k on: one word of one to four syllables per item, the items
// separated by commas (or 와/과), the last one closed by a particle or by the list's end. One
// item alone (`list_only` false) needs a particle and two syllables or more and is no
// dictionary word; a list needs two items that are no dictionary word, half of them at least.
void EntityRecognizer::Impl::KoMemberList(int pi, Para& p, std::vector<Cand>& cands, int k, bool list_only) const {
  struct Item {
    int tok, end_byte;
    bool dict;
  };
  std::vector<Item> items;
  const int sentence = p.toks[k - 1].sentence;
  bool closed = false;
  for (int j = k; j < p.Size();) {
    if (!p.IsWord(j) || !p.toks[j].hangul || !p.toks[j].space_before || p.toks[j].sentence != sentence) break;
    const std::string_view w = p.Text(j);
    bool had = false;
    int len = NameStemLength(w, &had);
    // A word before a comma or 등 "and others" carries no particle, nor does one ending in 나 "or"
    // ("유나, 세린", "쁘라다 등을", "사나 세 명").
    if (p.IsPunct(j + 1, ",") || (p.IsWord(j + 1) && p.Text(j + 1).starts_with("등")) || w.substr(len) == "나") {
      len = static_cast<int>(w.size());
      had = false;
    }
    const std::string_view stem = w.substr(0, len);
    const int syl = CountCodePoints(stem);
    if (syl < 1 || syl > 4 || ko_stop.count(stem) || IsKoTitle(stem) || ko_person_cues.count(stem) ||
        In(WordList::kKoGroupRole, stem) || KoSuffixType(stem) != nullptr)
      break;
    items.push_back({j, p.toks[j].start + len, IsKoWord(stem)});
    const std::string_view particle = w.substr(len);
    if (!had && p.IsPunct(j + 1, ",")) {
      j += 2;
      continue;
    }
    if (particle == "와" || particle == "과") {
      ++j;
      continue;
    }
    closed = had || items.size() >= 3;
    break;
  }
  if (!closed || items.empty()) return;
  int plain = 0;
  for (const Item& it : items) plain += !it.dict;
  if (items.size() == 1) {
    const Item& it = items[0];
    if (list_only || it.dict || it.end_byte == p.toks[it.tok].end ||
        CountCodePoints(p.text.substr(p.toks[it.tok].start, it.end_byte - p.toks[it.tok].start)) < 2)
      return;
  } else if (plain < 2 || plain * 2 < static_cast<int>(items.size())) {
    return;
  }
  for (const Item& it : items)
    if (p.Free(it.tok)) ClaimSpan(pi, p, cands, it.tok, it.tok + 1, it.end_byte, "person", 0.7);
}

namespace {
// Hangul syllables with ASCII digits inside, opening and ending in Hangul: a numbered body
// ("법안심사제2소위원회", "형사제3부"); plain Hangul too.
bool HangulNumberedWord(std::string_view s) {
  if (s.empty() || IsAsciiDigit(s.front()) || IsAsciiDigit(s.back())) return false;
  for (size_t i = 0; i < s.size();) {
    if (IsAsciiDigit(s[i])) {
      ++i;
      continue;
    }
    if (!IsHangulSyllable(DecodeUtf8(s, &i))) return false;
  }
  return true;
}
}  // namespace

// "company" or "organization" when Hangul word `s` ends in a company or organization suffix.
const char* EntityRecognizer::Impl::KoSuffixType(std::string_view s) const {
  if (ko_stop.count(s)) return nullptr;
  if (EndsWithRowOf(ko_company_suffixes, ko_company_suffix_lengths, s, [&](size_t len) {
        return s.size() >= len + 6 && !ko_stop.count(s.substr(0, s.size() - len));
      }))
    return "company";
  // Acts end like court names: 아동복지법, 부패방지법, 청탁금지법 are laws, 수원지법 a court.
  if (EndsWithAnyOf(WordList::kKoLawSuffix, s)) return nullptr;
  // A suffix that also ends a title ("한국에너지기술연구원", not "책임연구원" or "박사후연구원") needs a
  // word of six syllables or more.
  if (EndsWithRowOf(ko_org_suffixes, ko_org_suffix_lengths, s, [&](size_t len) {
        return s.size() >= len + 6 && HangulNumberedWord(s) && !ko_stop.count(s.substr(0, s.size() - len)) &&
               (!IsKoTitle(s) || (CountCodePoints(s) >= 6 && !ko_titles.count(s)));
      }))
    return "organization";
  return nullptr;
}

// A company cue word (`ko_company_cue`), alone, ending a Hangul compound after at least one syllable
// or ASCII capitals ("유령법인", "대기업", "IT기업"), or with the copula 인 ("싱크탱크인").
bool EntityRecognizer::Impl::KoCompanyCue(std::string_view w) const {
  if (ko_company_cues.count(w)) return true;
  if (w.ends_with("인") && ko_company_cues.count(w.substr(0, w.size() - std::string_view("인").size()))) return true;
  // (ASCII capitals may open the compound: "IT기업", "AI스타트업".)
  size_t caps = 0;
  while (caps < w.size() && IsAsciiUpper(w[caps])) ++caps;
  if (caps == w.size() || !IsAllHangul(w.substr(caps))) return false;
  for (const std::string& c : ko_company_cues)
    if (w.size() > c.size() && w.ends_with(c) && CountCodePoints(c) >= 2) return true;
  return false;
}

// The token of a Korean legal form written right before word t ("법무법인 태평양"), or before a
// short bracketed Hangul gloss of it ("법무법인(유한) 태평양"): its index, or -1. With `free`, the
// tokens must not be claimed yet.
int KoreanFormBefore(const Para& p, int t, bool free = true) {
  int f = t - 1;
  if (t >= 4 && p.IsPunct(t - 1, ")") && p.IsWord(t - 2) && p.toks[t - 2].hangul && CountCodePoints(p.Text(t - 2)) <= 2 &&
      p.IsPunct(t - 3, "(") && !p.toks[t - 3].space_before && !p.toks[t - 2].space_before)
    f = t - 4;
  if (f < 0 || !p.IsWord(f) || (free && !p.Free(f)) || p.toks[f].sentence != p.toks[t].sentence) return -1;
  for (int q = f + 1; q < t; ++q)
    if (free && !p.Free(q)) return -1;
  return f;
}

// Word t (its particle stripped: `stems`) is a ko_group_head row after a free Hangul name word
// written before it with a space (two syllables or more, no particle, stop word, title or
// person's name): the bytes of word t without the particle, else 0.
int EntityRecognizer::Impl::KoGroupAfterName(const Para& p, int t, const std::vector<int>& stems) const {
  if (t < 1 || !p.toks[t].space_before || !p.IsWord(t - 1) || !p.Free(t - 1) || !p.toks[t - 1].hangul ||
      p.toks[t - 1].sentence != p.toks[t].sentence)
    return 0;
  const std::string_view w = p.Text(t);
  int g = 0;
  if (In(WordList::kKoGroupHead, w)) g = static_cast<int>(w.size());
  for (const int k : stems)
    if (!g && In(WordList::kKoGroupHead, w.substr(0, static_cast<size_t>(k)))) g = k;
  if (!g) return 0;
  const std::string_view name = p.Text(t - 1);
  if (CountCodePoints(name) < 2 || ko_stop.count(name) || IsKoTitle(name) || IsKoreanNameShape(name) ||
      ko_person_cues.count(name))
    return 0;
  // (A word ending in a particle that never ends a name is no name: "시장의 상인회".)
  for (const int k : KoreanStemLengths(name))
    if (In(WordList::kKoNeverNameFinal, name.substr(static_cast<size_t>(k)))) return 0;
  return g;
}

namespace {
// The ko_head_title rows, longest first ("이사장" before "장").
const std::vector<std::string>& KoHeadTitlesLongestFirst() {
  static const std::vector<std::string> rows = [] {
    std::vector<std::string> r = EntityWords::Default().List(WordList::kKoHeadTitle);
    std::stable_sort(r.begin(), r.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    return r;
  }();
  return rows;
}
}  // namespace

// Whether the words after word t (same sentence) make t the organization of a post: a title next
// ("X 대표이사에", "X 상무는"), after a premodifier of the post (ko_title_premod: "X 신임 대표이사에",
// "X 현 행장은") or after a person's name ("X 정해린 상무는").
bool EntityRecognizer::Impl::KoTitleSlotAfter(const Para& p, int t) const {
  auto same = [&](int q) { return q < p.Size() && p.IsWord(q) && p.toks[q].sentence == p.toks[t].sentence; };
  auto title = [&](int q) {
    if (!same(q)) return false;
    const std::string_view x = p.Text(q);
    if (IsKoTitle(x)) return true;
    for (const int k : p.Stems(q))
      if (IsKoTitle(x.substr(0, static_cast<size_t>(k)))) return true;
    return false;
  };
  int q = t + 1;
  if (same(q) && In(WordList::kKoTitlePremod, p.Text(q))) ++q;
  if (title(q)) return true;
  return same(q) && IsKoreanNameShape(p.Text(q)) && title(q + 1);
}

// Word t (`s`: without its particle) as a company named by two to four ASCII capitals glued to a
// Hangul name with no suffix row (SK브로드밴드, LG유플러스, KT스카이라이프): the capitals no abbreviation
// that names no organization (non_org_acronym: "AI반도체", "MZ세대"), the Hangul two syllables or
// more (a common noun too: "KT클라우드") and no title, unit or company cue, alone ("IT기업", "AI스타트업") or after a
// dictionary word ("AI반도체기업"; not "브로드밴드", which ends in the cue 밴드), and the word in the slot of an organization
// (KoTitleSlotAfter), with no particle or the genitive 의 ("SK브로드밴드의 신임 대표").
bool EntityRecognizer::Impl::KoLatinHangulCompany(const Para& p, int t, std::string_view s) const {
  size_t caps = 0;
  while (caps < s.size() && IsAsciiUpper(s[caps])) ++caps;
  if (caps < 2 || caps > 4 || In(WordList::kNonOrgAcronym, s.substr(0, caps))) return false;
  const std::string_view rest = s.substr(caps), particle = p.Text(t).substr(s.size());
  if (!IsAllHangul(rest) || CountCodePoints(rest) < 2 || (!particle.empty() && particle != "의")) return false;
  // (A compound of a dictionary word and a cue is a kind of company: "AI반도체기업".)
  auto cue_compound = [&](std::string_view x) {
    for (const std::string& c : ko_company_cues)
      if (x.size() > c.size() && x.ends_with(c) && IsKoWord(x.substr(0, x.size() - c.size()))) return true;
    return false;
  };
  if (IsKoTitle(rest) || ko_company_cues.count(rest) || cue_compound(rest) ||
      ko_person_cues.count(rest) || IsKoDepartment(rest) || EndsWithAnyOf(WordList::kKoUnitHead, rest) ||
      EndsWith(rest, "장"))
    return false;
  return KoTitleSlotAfter(p, t);
}

// Companies and organizations by Korean cues: a suffix, a listing with "등", a legal form
// before the name, "스타트업 X".
void EntityRecognizer::Impl::KoreanOrgCues(int pi, Para& p, std::vector<Cand>& cands) const {
  const int n = p.Size();
  for (int t = 0; t < n; ++t) {
    if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].has_hangul) continue;
    std::string_view w = p.Text(t);
    std::vector<int> stems = KoreanStemLengths(w);
    std::string_view stem = w;
    // "망원시장 상인회는", "비트레인 피해자연대가": a group head (ko_group_head) after the name of a
    // place, market or product with a space is one organization with it.
    if (const int g = KoGroupAfterName(p, t, stems); g > 0) {
      ClaimSpan(pi, p, cands, t - 1, t + 1, p.toks[t].start + g, "organization", 0.6);
      continue;
    }
    // Prefer the whole token; else the longest stem that is one ("수성구의회에서도": 수성구의회, not
    // 수성구의회에서 + 도).
    const char* type = KoSuffixType(w);
    for (auto k = stems.rbegin(); !type && k != stems.rend(); ++k) {
      stem = w.substr(0, *k);
      type = KoSuffixType(stem);
    }
    // "한국산업데이터진흥원장에", "한국교육개발원장으로": an organization with the title of its head glued
    // after it (ko_head_title, longest row first): the organization without the title.
    // (The whole word too, for a company: "차기 KB국민은행장 후보로"; a whole word ending in an
    // organization's head title is mostly a person's title: "차세대배터리연구소장 최민석".)
    if (!type) {
      std::vector<size_t> lens = {w.size()};
      for (auto k = stems.rbegin(); k != stems.rend(); ++k) lens.push_back(static_cast<size_t>(*k));
      for (auto k = lens.begin(); !type && k != lens.end(); ++k) {
        const std::string_view s = w.substr(0, *k);
        const bool whole = *k == w.size();
        for (const std::string& h : KoHeadTitlesLongestFirst()) {
          if (s.size() <= h.size() || !EndsWith(s, h)) continue;
          // Organizations only: a company suffix (그룹, 랩) also heads a unit ("공정거래그룹장으로": the
          // unit's head at the firm, evko16's compound title).
          // Nor a public body's office ("마포구청장", ko_body_suffix): the head of a district or city is
          // a public title, not an appointment at the office.
          // A company whose head's title is written glued (ko_head_company_suffix: "KB국민은행장") is one.
          const std::string_view rest = s.substr(0, s.size() - h.size());
          const char* kind = EndsWithAnyOf(WordList::kKoBodySuffix, rest) ? nullptr : KoSuffixType(rest);
          const bool company = EndsWithAnyOf(WordList::kKoHeadCompanySuffix, rest);
          if (kind && ((!whole && std::string_view(kind) == "organization") || company)) {
            type = kind;
            stem = rest;
            break;
          }
        }
      }
    }
    // A club form in capital letters written before the Hangul name ("FC한강이" as "한강FC가"): a
    // ko_org_suffix row of ASCII capitals, then two Hangul syllables or more, a particle cut.
    if (!type) {
      const std::string_view s = stems.empty() ? w : w.substr(0, stems.back());
      size_t caps = 0;
      while (caps < s.size() && IsAsciiUpper(s[caps])) ++caps;
      if (caps >= 2 && s.size() >= caps + 6 && ko_org_suffixes.count(s.substr(0, caps)) &&
          static_cast<unsigned char>(s[caps]) >= 0xEA && static_cast<unsigned char>(s[caps]) <= 0xED &&
          !ko_stop.count(s.substr(caps))) {
        stem = s;
        type = "organization";
      }
      // "KN텔레콤이", "HJ중공업": two to four ASCII capitals (no abbreviation that names no organization:
      // "AI반도체", "EV배터리") written before a ko_company_suffix row are a company.
      const std::string_view caps_word = s.substr(0, caps);
      if (!type && caps >= 2 && caps <= 4 && ko_company_suffixes.count(s.substr(caps)) &&
          !In(WordList::kNonOrgAcronym, caps_word)) {
        stem = s;
        type = "company";
      }
      // "DS부문이", "MX사업부는": two to four ASCII capitals written before a ko_unit_head row are a
      // unit named by its letters, an organization (after its parent's name it joins the parent:
      // JoinKoreanUnits, "미래에셋증권 IB부문").
      const bool after_name = t > 0 && p.toks[t].space_before && p.owner[t - 1] >= 0;
      if (!type && !after_name && caps >= 2 && caps <= 4 && In(WordList::kKoUnitHead, s.substr(caps)) &&
          !In(WordList::kNonOrgAcronym, caps_word)) {
        stem = s;
        type = "organization";
      }
      // "SK그룹이 SK브로드밴드 신임 대표이사에", "LG유플러스 정해린 상무는": ASCII capitals glued to a
      // Hangul name with no suffix row, in the slot of an organization (KoLatinHangulCompany).
      if (!type && KoLatinHangulCompany(p, t, s)) {
        stem = s;
        type = "company";
      }
    }
    if (type) {
      ClaimSpan(pi, p, cands, t, t + 1, p.toks[t].start + static_cast<int>(stem.size()), type, 0.6);
      continue;
    }
    // "법안심사제2소위원회에서": a numbered body, whose number splits it into three words written
    // together (Hangul, digits, Hangul ending in an organization suffix).
    if (t >= 2 && p.toks[t - 1].kind == kNumber && !p.toks[t - 1].space_before && !p.toks[t].space_before &&
        p.IsWord(t - 2) && p.Free(t - 2) && p.Free(t - 1) && p.toks[t - 2].hangul) {
      std::vector<size_t> lens = {w.size()};  // the whole word first, then its stems, longest first
      for (auto k = stems.rbegin(); k != stems.rend(); ++k) lens.push_back(static_cast<size_t>(*k));
      for (const size_t len : lens) {
        const int end = p.toks[t].start + static_cast<int>(len);
        if (const char* numbered = KoSuffixType(p.text.substr(p.toks[t - 2].start, end - p.toks[t - 2].start))) {
          ClaimSpan(pi, p, cands, t - 2, t + 1, end, numbered, 0.6);
          break;
        }
      }
      if (p.owner[t] >= 0) continue;
    }
    // "리벨리온, 딥엑스 등": an unknown word listed with a company before "등" (and so on).
    if (stems.empty() && p.IsWord(t + 1) && p.Text(t + 1) == "등" && p.toks[t].hangul &&
        CountCodePoints(w) >= 2 && !ko_stop.count(w) && !IsKoTitle(w) && !IsKoreanNameShape(w) &&
        p.IsPunct(t - 1, ",") && t >= 2 && p.owner[t - 2] >= 0 && cands[p.owner[t - 2]].type == "company") {
      ClaimWord(pi, p, cands, t, "company", 0.5);
      continue;
    }
    const std::string_view s = w.substr(0, static_cast<size_t>(KoreanWholeParticleStem(w)));
    // "법무법인 태평양", "재단법인 아름다운재단": a legal form and the name after it are one name; so
    // with a short Hangul gloss of the form in brackets ("법무법인(유한) 태평양").
    const int form = KoreanFormBefore(p, t);
    if (form >= 0 && p.toks[t].space_before) {
      const bool company_form = In(WordList::kKoCompanyForm, p.Text(form)), org_form = In(WordList::kKoOrgForm, p.Text(form));
      if ((company_form || org_form) && CountCodePoints(s) >= 2 && !ko_stop.count(s) && !IsKoTitle(s)) {
        Cand c;
        c.para = pi;
        c.tb = form;
        c.te = t + 1;
        c.start = p.toks[form].start;
        c.end = p.toks[t].start + static_cast<int>(s.size());
        c.type = company_form ? "company" : "organization";
        c.conf = 0.7;
        Claim(p, cands, std::move(c));
        continue;
      }
    }
    // "스타트업 X는": X right after a company cue word, also one that ends a compound ("유령법인
    // 'X'와", "대기업") or takes the copula ("당 싱크탱크인 X").
    int prev = t - 1;
    if (prev >= 0 && (p.IsPunct(prev, "'") || p.IsPunct(prev, "‘") || p.IsPunct(prev, "\""))) --prev;
    if (prev < 0 || !p.IsWord(prev) || !KoCompanyCue(p.Text(prev)) || p.toks[prev].sentence != p.toks[t].sentence)
      continue;
    if (KoNameAfterCompanyCue(pi, p, cands, t, s, !stems.empty())) KoDescriptorBefore(p, cands, prev);
  }
}

// "음성AI 스타트업 딥리프": a word read by its company suffix right before a company cue of kind
// (스타트업, 업체 — not a relation to another company, ko_relation_cue: "누리테크 자회사 X") whose name
// was just read describes that name, no company of its own; it is dropped, and the page's other
// mentions of it with it (SamePageKoreanNames).
void EntityRecognizer::Impl::KoDescriptorBefore(const Para& p, std::vector<Cand>& cands, int cue) const {
  const int d = cue - 1;
  if (d < 0 || !ko_company_cues.count(p.Text(cue)) || In(WordList::kKoRelationCue, p.Text(cue)) ||
      !p.toks[cue].space_before || p.owner[d] < 0 || p.toks[d].sentence != p.toks[cue].sentence)
    return;
  Cand& c = cands[p.owner[d]];
  if (c.dict >= 0 || c.type == "person" || c.tb != d || c.te != cue || c.end != p.toks[d].end ||
      !KoSuffixType(p.Text(d)))
    return;
  c.dropped = true;
  c.descriptor = true;
}

// Word t (its particle stripped: `s`; `particle` whether it has one) right after a company cue word ("이커머스 업체 마켓온이",
// "스타트업 딥리프 인수를") is a company when it ends its phrase — a particle, punctuation, a title,
// the sentence end or a noun that takes an organization before it (ko_org_of_noun: 인수, 측) — not a
// bare noun inside a longer phrase ("핀테크 규제 샌드박스"). A word shaped like a Korean person's
// name (마켓온: 마 is a family name) is one too unless a title or 씨 follows it (person evidence).
bool EntityRecognizer::Impl::KoNameAfterCompanyCue(int pi, Para& p, std::vector<Cand>& cands, int t,
                                                   std::string_view s, bool particle) const {
  const bool next_in_sentence = p.IsWord(t + 1) && p.toks[t + 1].sentence == p.toks[t].sentence;
  const std::string_view next = next_in_sentence ? p.Text(t + 1) : std::string_view();
  // (A following title means X is the org of a person, "스타트업 X 대표 ...", or a title; so with
  // a particle on the title: "계열사 X 대표이사에는".)
  bool title_after = next_in_sentence && (IsKoTitle(next) || next == "씨");
  bool org_noun_after = next_in_sentence && In(WordList::kKoOrgOfNoun, next);
  for (const int k : next_in_sentence ? p.Stems(t + 1) : std::span<const int>()) {
    title_after = title_after || IsKoTitle(next.substr(0, static_cast<size_t>(k)));
    org_noun_after = org_noun_after || In(WordList::kKoOrgOfNoun, next.substr(0, static_cast<size_t>(k)));
  }
  const bool closed =
      particle || !next_in_sentence || title_after || org_noun_after || next == "등";
  // (A dictionary word is a common noun: "수사기관 요청에"; so is its plural with 들:
  // "관리업체 관계자들을".)
  std::string_view single = s;
  if (EndsWith(single, "들") && CountCodePoints(single) >= 3) single.remove_suffix(std::string_view("들").size());
  if (closed && !ko_stop.count(single) && !IsKoTitle(single) && !ko_company_cues.count(single) &&
      !ko_person_cues.count(single) && CountCodePoints(s) >= 2 && (!IsKoreanNameShape(s) || !title_after) &&
      !IsKoWord(single)) {
    ClaimSpan(pi, p, cands, t, t + 1, p.toks[t].start + static_cast<int>(s.size()), "company", 0.55);
    return true;
  }
  return false;
}

// Word t as an unknown company's name, the subject of its clause: Hangul with 은/는/이/가, the name
// before the particle two to six syllables, no dictionary, stop, title (nor ending in 장: 랩장), cue,
// person-cue or unit word and not shaped like a Korean person's name. The name's end byte, else 0.
int EntityRecognizer::Impl::KoClauseNameEnd(const Para& p, int t) const {
  if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].hangul) return 0;
  const std::string_view w = p.Text(t);
  const size_t k = static_cast<size_t>(KoreanWholeParticleStem(w));
  const std::string_view name = w.substr(0, k), particle = w.substr(k);
  if (particle != "은" && particle != "는" && particle != "이" && particle != "가") return 0;
  const int syl = CountCodePoints(name);
  // (A unit or a role is no company: "개발팀에 합류", "DS부문장에", "전문위원으로"; nor a plural noun: "시민들이".)
  if (syl < 2 || syl > 6 || !IsAllHangul(name) || EndsWith(name, "장") || EndsWith(name, "들") || ko_stop.count(name) || IsKoTitle(name) || KoCompanyCue(name) ||
      ko_person_cues.count(name) || IsKoWord(name) || IsKoreanNameShape(name) || IsKoDepartment(name) ||
      EndsWithAnyOf(WordList::kKoUnitHead, name) || EndsWith(name, "위원"))
    return 0;
  return p.toks[t].start + static_cast<int>(k);
}

// Unknown Korean companies read from the clause (structure, with a closed verb class as data): the
// subject (은/는/이/가) of an employer verb later in its sentence (ko_employer_verb: 영입, 선임, 제시
// …), where the subject opens its clause (KoClauseOpensAt: "15일 업계에 따르면 컬리는 이 부사장에게 연봉
// 10억원을 제시했다", "프로축구 K리그2 한빛 유나이티드가"). A Korean place (KoPlaceWordAt: a ko_place_name row or a gazetteer place) written with a
// space right before the subject opens its name ("부산 아이파크가 … 선임했다": a club or company named by
// its seat). A person would carry a title or 씨 (and be read by the person cues or the tagger first);
// a name-shaped word (a family name and one or two syllables) is left to them. (The goal of a move,
// "X에 합류", was tried and left out: it lowered a held-out batch.)
void EntityRecognizer::Impl::KoreanClauseOrgPass(int pi, Para& p, std::vector<Cand>& cands) const {
  const int n = p.Size();
  for (int t = 0; t < n; ++t) {
    if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].has_hangul) continue;
    const int sent = p.toks[t].sentence;
    const bool place = t >= 1 && p.toks[t - 1].sentence == sent && p.toks[t].space_before && KoPlaceWordAt(p, t - 1);
    const int first = place ? t - 1 : t;
    if (!KoClauseOpensAt(p, first, place)) continue;
    const int end = KoClauseNameEnd(p, t);
    if (!end) continue;
    bool verb = false;
    for (int v = t + 1; v < n && p.toks[v].sentence == sent && !verb; ++v)
      verb = p.IsWord(v) && StartsWithAnyOf(WordList::kKoEmployerVerb, p.Text(v));
    if (verb) ClaimSpan(pi, p, cands, first, t + 1, end, "company", 0.5);
  }
}

// Word t opens its clause: the sentence's first word, a word after a comma or after "따르면". A name a
// region opens (region_name) also opens it after a dateline's "=" or after up to six tokens (words and
// numbers) that carry no particle and no adnominal ending from such a start (a descriptor: "프로축구 K리그2
// 부산 아이파크가", "(부산=연합뉴스) 기자 = 여자프로농구 청주 X가"); before a one-word name any word may open the
// same name ("누리 바이오가"), so none is read as a descriptor there.
bool EntityRecognizer::Impl::KoClauseOpensAt(const Para& p, int t, bool region_name) const {
  const int sent = p.toks[t].sentence;
  auto start_before = [&](int q) {
    return q < 0 || p.toks[q].sentence != sent || p.IsPunct(q, ",") || (region_name && p.IsPunct(q, "=")) ||
           (p.IsWord(q) && EndsWith(p.Text(q), "따르면"));
  };
  int q = t - 1;
  if (!region_name || start_before(q)) return start_before(q);
  for (int k = 0; k < 6 && !start_before(q); ++k, --q) {
    if (p.toks[q].kind == kPunct) return false;
    const std::string_view w = p.Text(q);
    if (!p.IsWord(q)) continue;  // (the digits of "K리그2")
    if (static_cast<size_t>(KoreanWholeParticleStem(w)) != w.size() ||
        (p.toks[q].hangul && CountCodePoints(w) >= 2 && EndsWithAnyOf(WordList::kKoAdnominalEnding, w)))
      return false;
  }
  return start_before(q);
}

// ---- Pass 3: English capitalized sequences

void EntityRecognizer::Impl::EnglishPass(int pi, Para& p, std::vector<Cand>& cands,
                                         std::string_view lang) const {
  const int n = p.Size();
  int t = 0;
  while (t < n) {
    if (!LatinCapWord(p, t)) {
      ++t;
      continue;
    }
    int a = t;
    int b = LatinRunEnd(p, t, lang);
    int next = b;
    // The words after an organization's cut are read again (a title, then a person's name).
    if (const int cut = OrgRunCut(p, a, b); cut < b) b = next = cut;
    if (const int cut = PersonOfCut(p, a, b); cut < b) b = next = cut;
    TrimLatinRun(p, &a, &b, lang);
    if (a < b) ClassifyLatinRun(pi, p, cands, a, b);
    // German: "Fahrgastverband IGEB": a compound naming a kind of body before the body's acronym; the acronym
    // is its name.
    if (const int ci = b - a == 2 && lang == "de" ? p.owner[a] : -1;
        ci >= 0 && cands[ci].tb == a && cands[ci].te == b && cands[ci].type != "person" && cands[ci].dict < 0 &&
        p.toks[b - 1].all_caps && IsAcronym(p, b - 1) && !In(WordList::kNonOrgAcronym, p.Text(b - 1))) {
      const std::string kind = FoldWord(p.Text(a));
      bool compound = false;
      for (const std::string& h : EntityWords::Default().List(WordList::kDeInstitutionHead))
        compound = compound || (kind.size() >= h.size() + 3 && EndsWith(kind, h));
      if (compound) cands[ci].hint = std::string(p.Text(b - 1));
    }
    // "2nd U.S. Circuit Court of Appeals": an ordinal written before a court or a unit is part of its name.
    if (const int ci = a < b ? p.owner[a] : -1; ci >= 0 && cands[ci].tb == a && cands[ci].type == "organization" &&
                                                a >= 1 && p.Free(a - 1) && p.toks[a].space_before &&
                                                p.toks[a - 1].sentence == p.toks[a].sentence && EnglishOrdinal(p.Text(a - 1))) {
      p.owner[a - 1] = ci;
      cands[ci].tb = a - 1;
      cands[ci].start = p.toks[a - 1].start;
    }
    t = next;
  }
}

// "M.K. Stalin", "T.R.B. Rajaa", "V. Narayanan", "K. Srinivas Reddy": capital initials, each
// with its dot, then a space and one or two name-like capitalized words are a person's name (a
// name-like word before the initials too: "Múte B. Egede").
// (Not "U.S. Steel": an organization lead word; names the dictionary knows are claimed before.)
// "Caleb "Moth" Duarte", "Dwayne “The Rock” Johnson": one or two capitalized name words, a nickname of one
// to three capitalized words in quotes written tight, and one or two capitalized name words are one
// person; a title before the first name ("Frontman", "founder") is no part of it.
void EntityRecognizer::Impl::NicknamePersonPass(int pi, Para& p, std::vector<Cand>& cands) const {
  const int n = p.Size();
  auto quote = [&](int t, bool open) {
    return t >= 0 && t < n && (p.IsPunct(t, "\"") || p.IsPunct(t, open ? "“" : "”"));
  };
  auto name_word = [&](int t) {
    if (!LatinCapWord(p, t) || en_stop.count(p.Text(t))) return false;
    std::string low(p.Text(t));
    for (char& ch : low) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return !en_titles.count(low);
  };
  for (int q = 1; q + 3 < n; ++q) {
    if (!quote(q, true) || !p.toks[q].space_before || p.toks[q + 1].space_before) continue;
    int r = q + 1;
    while (r < n && r - q <= 3 && p.IsWord(r) && p.toks[r].latin && p.toks[r].cap && p.Free(r) &&
           (r == q + 1 || p.toks[r].space_before))
      ++r;
    if (r == q + 1 || !quote(r, false) || p.toks[r].space_before || r + 1 >= n || !p.toks[r + 1].space_before) continue;
    int e = r + 1;
    while (e < n && e - r <= 2 && name_word(e) && p.toks[e].space_before && p.toks[e].sentence == p.toks[q].sentence) ++e;
    int k = q;
    while (k - 1 >= 0 && q - k < 2 && name_word(k - 1) && p.toks[k].space_before &&
           p.toks[k - 1].sentence == p.toks[q].sentence)
      --k;
    if (e == r + 1 || k == q) continue;
    const std::string_view last = StripPossessive(p.Text(e - 1));
    ClaimSpan(pi, p, cands, k, e, p.toks[e - 1].start + static_cast<int>(last.size()), "person", 0.8);
    q = e;
  }
}

void EntityRecognizer::Impl::InitialsPersonPass(int pi, Para& p, std::vector<Cand>& cands) const {
  const int n = p.Size();
  for (int t = 0; t < n; ++t) {
    if (!p.IsWord(t) || !p.Free(t) || !IsAsciiUpper(p.text[p.toks[t].start]) || (t > 0 && !p.toks[t].space_before))
      continue;
    size_t i = static_cast<size_t>(p.toks[t].start);
    int initials = 0;
    while (i + 1 < p.text.size() && IsAsciiUpper(p.text[i]) && p.text[i + 1] == '.') {
      i += 2;
      ++initials;
    }
    if (initials == 0 || i >= p.text.size() || p.text[i] != ' ') continue;
    int k = t;
    while (k < n && p.toks[k].start < static_cast<int>(i)) ++k;
    if (k >= n || p.toks[k].start != static_cast<int>(i) + 1) continue;
    if (In(WordList::kOrgLeadWord, p.Text(t)) || In(WordList::kOrgLeadWord, p.text.substr(p.toks[t].start, i - p.toks[t].start)))
      continue;
    bool free = true;
    for (int q = t; q < k; ++q) free = free && p.Free(q);
    auto name_word = [&](int q) {
      if (q >= n || !p.IsWord(q) || !p.Free(q) || !p.toks[q].latin || !p.toks[q].cap || p.toks[q].all_caps) return false;
      const std::string_view w = StripPossessive(p.Text(q));
      return CountCodePoints(w) >= 2 && !en_stop.count(w) && !en_titles.count(w) && !en_org_suffixes.count(w) &&
             !en_company_suffixes.count(w) && !IsLatinTitle(w);
    };
    if (!free || !name_word(k)) continue;
    int e = k + 1;
    if (e < n && p.toks[e].space_before && name_word(e)) ++e;
    const std::string_view last = StripPossessive(p.Text(e - 1));
    const int end_byte = p.toks[e - 1].start + static_cast<int>(last.size());
    // (A listed name the dictionary did not read whole: "J.P. Morgan".)
    const std::string_view surface = p.text.substr(p.toks[t].start, end_byte - p.toks[t].start);
    if (auto it = alias_to_entry.find(surface); it != alias_to_entry.end() && entries[it->second].type != "person") {
      t = e - 1;
      continue;
    }
    // "Múte B. Egede": a given name before a middle initial opens the name.
    const int b = t >= 1 && p.toks[t].space_before && name_word(t - 1) ? t - 1 : t;
    ClaimSpan(pi, p, cands, b, e, end_byte, "person", 0.8);
    t = e - 1;
  }
}

// "hired Priya Natarajan, Tomas Lindqvist and Hye-jin Park from OpenAI", "Chen Wei-lun, Lin Mei-hua,
// Wang Xiao-ming and Huang Tzu-chi": in a list of three members or more whose first member is a
// person ("A, B and C", "A, B, C, and D"; or, und, sowie, oder), every member that is a free run of
// two or three capitalized name words (a hyphenated given name joined: Hye-jin) is a person too. The
// list closes with the conjunction and a last member no capitalized word continues; a member that
// is another candidate or no name run ends it with no claim.
void EntityRecognizer::Impl::ListMemberPersonPass(int pi, Para& p, std::vector<Cand>& cands) const {
  const int n = p.Size();
  auto person_starting_at = [&](int k) {
    return k >= 0 && k < n && p.owner[k] >= 0 && cands[p.owner[k]].type == "person" && cands[p.owner[k]].tb == k;
  };
  auto name_word = [&](int q) {
    if (q >= n || !p.IsWord(q) || !p.Free(q) || !p.toks[q].latin || !p.toks[q].cap || p.toks[q].all_caps) return false;
    const std::string_view w = p.Text(q);
    return CountCodePoints(w) >= 2 && !en_stop.count(w) && !en_titles.count(w) && !en_org_suffixes.count(w) &&
           !en_company_suffixes.count(w) && !IsLatinTitle(w) && !In(WordList::kOrgLeadWord, w);
  };
  // The end of a free run of two or three name words from `from` (a hyphenated given name joined:
  // "Hye-jin", "Jean-Pierre" as word, hyphen, word without spaces; its second part in either case);
  // -1 when there is none.
  auto free_run_end = [&](int from) {
    int e = from, words = 0;
    while (e < n && words < 3 && name_word(e) && p.toks[e].space_before) {
      ++e;
      ++words;
      if (e + 1 < n && p.IsPunct(e, "-") && !p.toks[e].space_before && p.IsWord(e + 1) && !p.toks[e + 1].space_before &&
          p.Free(e) && p.Free(e + 1) && p.toks[e + 1].latin)
        e += 2;
    }
    return words >= 2 ? e : -1;
  };
  auto conjunction = [&](int k) {
    if (!p.IsWord(k) || !p.Free(k)) return false;
    const std::string_view w = p.Text(k);
    return w == "and" || w == "or" || w == "und" || w == "sowie" || w == "oder";
  };
  for (int t = 0; t < n; ++t) {
    if (!person_starting_at(t) || p.IsPunct(t - 1, ",") || conjunction(t - 1)) continue;
    std::vector<std::pair<int, int>> free_members;
    int members = 1, e = cands[p.owner[t]].te;
    bool closed = false;
    while (!closed && e < n) {
      int s = p.IsPunct(e, ",") ? e + 1 : e;
      closed = conjunction(s);
      if (closed) ++s;
      if (s == e || s >= n) break;
      int me = person_starting_at(s) ? cands[p.owner[s]].te : -1;
      if (me < 0 && (me = free_run_end(s)) >= 0) free_members.emplace_back(s, me);
      if (me < 0) {
        closed = false;
        break;
      }
      ++members;
      e = me;
    }
    const bool continued = e < n && p.IsWord(e) && p.toks[e].cap && p.toks[e].space_before;
    if (!closed || members < 3 || continued) continue;
    for (const auto& [s, me] : free_members) ClaimSpan(pi, p, cands, s, me, p.toks[me - 1].end, "person", 0.7);
    t = e - 1;
  }
}

// German: word t heads an institution's name (de_institution_head rows, alone or as the end of a
// compound, genitive s/es allowed: "Instituts", "Landesanstalt", "Beobachtungsstelle"). Returns
// the row's index + 1 (0: no head); *compound tells whether other letters come before the row.
int EntityRecognizer::Impl::GermanInstitutionHead(const Para& p, int t, bool* compound) const {
  if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].latin || !p.toks[t].cap || p.toks[t].all_caps) return 0;
  std::string lower(p.Text(t));
  for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  const std::vector<std::string>& heads = EntityWords::Default().List(WordList::kDeInstitutionHead);
  for (size_t i = 0; i < heads.size(); ++i) {
    for (std::string_view gen : {"", "s", "es"}) {
      const std::string_view h = heads[i], l = lower;
      if (l.size() < h.size() + gen.size() || !EndsWith(l, gen) || !EndsWith(l.substr(0, l.size() - gen.size()), h))
        continue;
      const size_t before = lower.size() - h.size() - gen.size();
      if (before > 0 && before < 3) continue;
      *compound = before > 0;
      return static_cast<int>(i) + 1;
    }
  }
  return 0;
}

// German: the end of an institution name's tail after its head at token `head` ("für Polar- und
// Meeresforschung", "für das Verbot chemischer Waffen", "der Polizei"); head + 1 when none. A
// tail with "der"/"des" follows only de_genitive_head rows.
int EntityRecognizer::Impl::GermanInstitutionTail(const Para& p, int head) const {
  const int s = p.toks[head].sentence;
  int q = head + 1;
  if (!p.IsWord(q) || p.toks[q].sentence != s) return head + 1;
  const std::string_view link = p.Text(q);
  bool genitive = false;
  if (link == "der") {
    std::string lower(p.Text(head));
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    for (const std::string& h : EntityWords::Default().List(WordList::kDeGenitiveHead))
      genitive = genitive || lower == h || lower == h + "s" || lower == h + "es";
    if (!genitive) return head + 1;
  } else if (link != "für") {
    return head + 1;
  }
  ++q;
  auto lower_word = [&](int k) {
    return p.IsWord(k) && p.toks[k].latin && !p.toks[k].cap && p.toks[k].sentence == s;
  };
  auto noun = [&](int k) {
    return p.IsWord(k) && p.Free(k) && p.toks[k].latin && p.toks[k].cap && p.toks[k].sentence == s &&
           !en_stop.count(p.Text(k));
  };
  // A definite article after "für" ("für das Verbot"; not "für ein Land", "für ihren Tod").
  if (!genitive && lower_word(q) && In(WordList::kDeDeterminer, p.Text(q)) && !In(WordList::kDeIndefinite, p.Text(q)) &&
      noun(q + 1))
    ++q;
  int end = head + 1, committed = head + 1;
  for (int item = 0; item < 6; ++item) {
    // An adjective before the noun ("öffentliches Auftragswesen", "Russischen Föderation").
    if (!genitive && lower_word(q) && !In(WordList::kDeDeterminer, p.Text(q)) && !In(WordList::kDeIndefinite, p.Text(q)) &&
        p.Text(q) != "und" && noun(q + 1))
      ++q;
    else if (noun(q) && noun(q + 1) && p.toks[q + 1].space_before &&
             (genitive || EndsWith(p.Text(q), "e") || EndsWith(p.Text(q), "en") || EndsWith(p.Text(q), "es")))
      ++q;  // "der Russischen Föderation", "für Innere Medizin"
    if (!noun(q)) break;
    // "Polar- und Meeresforschung": a compound part whose head the next noun gives.
    if (p.IsPunct(q + 1, "-") && !p.toks[q + 1].space_before && p.IsWord(q + 2) &&
        (p.Text(q + 2) == "und" || p.Text(q + 2) == "oder") && noun(q + 3)) {
      q += 3;
      continue;
    }
    end = ++q;
    // "für das Verbot chemischer Waffen": a genitive adjective and noun after the noun.
    if (lower_word(q) && (EndsWith(p.Text(q), "er") || EndsWith(p.Text(q), "en")) && noun(q + 1) &&
        !In(WordList::kDeDeterminer, p.Text(q)))
      end = q += 2;
    if (genitive) {
      // "Verband der Feuerwehren NRW": an acronym of the region after the genitive.
      if (p.IsWord(q) && p.Free(q) && p.toks[q].all_caps && p.toks[q].sentence == s && p.Text(q).size() >= 2) end = ++q;
      committed = end;
      break;
    }
    if (p.IsWord(q) && (p.Text(q) == "und" || p.Text(q) == "sowie")) {
      committed = end;
      ++q;
      continue;
    }
    if (p.IsPunct(q, ",") && noun(q + 1)) {
      ++q;
      continue;
    }
    committed = end;
    break;
  }
  return committed;
}

// German: "Wirtschafts- und Korruptionsstaatsanwaltschaft": a compound part ending in a hyphen and
// "und"/"oder" before the name at word `a` shares its head and opens the name; `a` if none.
int EntityRecognizer::Impl::ElidedCompoundStart(const Para& p, int a) const {
  if (p.lang != "de" || a < 3 || !p.IsWord(a - 1) || (p.Text(a - 1) != "und" && p.Text(a - 1) != "oder") ||
      !p.IsPunct(a - 2, "-") || p.toks[a - 2].space_before || !p.IsWord(a - 3) || !p.Free(a - 3) || !p.Free(a - 2) ||
      !p.Free(a - 1) || !p.toks[a - 3].latin || !p.toks[a - 3].cap || p.toks[a - 3].sentence != p.toks[a].sentence)
    return a;
  return a - 3;
}

// German institutions named by their kind: inflected capitalized adjectives, a head and a tail
// ("Syrischen Beobachtungsstelle für Menschenrechte", "Gewerkschaft der Polizei",
// "Alfred-Wegener-Instituts für Polar- und Meeresforschung", "Bayrischen Landesanstalt für
// Weinbau und Gartenbau"). A name needs a tail, or an adjective before a compound head; an
// indefinite article before it makes it a kind ("eine Plattform für Händler").
void EntityRecognizer::Impl::GermanInstitutionPass(int pi, Para& p, std::vector<Cand>& cands) const {
  const int n = p.Size();
  for (int t = 0; t < n; ++t) {
    bool compound = false;
    if (!GermanInstitutionHead(p, t, &compound)) continue;
    const int s = p.toks[t].sentence;
    int a = t;
    // "Alfred-Wegener-Instituts": capitalized words joined to the head by hyphens.
    while (a >= 2 && p.IsPunct(a - 1, "-") && !p.toks[a - 1].space_before && !p.toks[a].space_before &&
           p.IsWord(a - 2) && p.Free(a - 2) && p.toks[a - 2].cap && p.toks[a - 2].latin) {
      a -= 2;
      compound = true;
    }
    bool adjective = false;
    a = ElidedCompoundStart(p, a);
    for (int k = 0; k < 2 && a >= 1; ++k) {
      const int q = a - 1;
      if (!p.IsWord(q) || !p.Free(q) || !p.toks[q].latin || !p.toks[q].cap || p.toks[q].all_caps ||
          p.toks[q].sentence != s || !p.toks[a].space_before)
        break;
      const std::string_view w = p.Text(q);
      if (en_stop.count(w) || given_names.count(w) || IsLatinTitle(w) || w.size() < 5 || In(WordList::kDemonym, w) ||
          !(EndsWith(w, "e") || EndsWith(w, "en") || EndsWith(w, "er") || EndsWith(w, "es")))
        break;
      a = q;
      adjective = true;
    }
    // "Senckenberg Gesellschaft für Naturforschung": one name word right before a head with a
    // tail (no adjective, no title or stop word, a word the paragraph never writes after an
    // article, the word before it none of a name) opens the name.
    const bool name_before = !adjective && a == t && a >= 1 && p.IsWord(a - 1) && p.Free(a - 1) &&
                             p.toks[a - 1].latin && p.toks[a - 1].cap && !p.toks[a - 1].all_caps &&
                             p.toks[a].space_before && p.toks[a - 1].sentence == s && !en_stop.count(p.Text(a - 1)) &&
                             !IsLatinTitle(p.Text(a - 1)) && !In(WordList::kDemonym, p.Text(a - 1)) &&
                             !GermanCompanyCue(p, a - 1) &&
                             !(a >= 2 && p.IsWord(a - 2) && p.toks[a - 2].cap && p.toks[a - 2].sentence == s &&
                               p.toks[a - 1].space_before && !en_stop.count(p.Text(a - 2)) &&
                               !In(WordList::kDeDeterminer, FoldWord(p.Text(a - 2))));
    int b = GermanInstitutionTail(p, t);
    // "Landesgericht für Strafsachen Wien", "Institut für Demoskopie Allensbach": a place after the
    // tail, closed by punctuation or a lower-case word, a word the paragraph never writes after
    // an article.
    if (b > t + 1 && p.IsWord(b) && p.Free(b) && p.toks[b].latin && p.toks[b].cap && !p.toks[b].all_caps &&
        p.toks[b].space_before && p.toks[b].sentence == s && !en_stop.count(p.Text(b)) && !IsLatinTitle(p.Text(b)) &&
        (!p.IsWord(b + 1) || !p.toks[b + 1].cap || p.toks[b + 1].sentence != s)) {
      bool common = false;
      for (int k = 1; k < p.Size() && !common; ++k)
        common = k != b && p.IsWord(k) && p.Text(k) == p.Text(b) && p.IsWord(k - 1) && In(WordList::kDeDeterminer, p.Text(k - 1));
      if (!common) ++b;
    }
    // "6. Strafkammer", "2. Senat": a numbered chamber or panel is a name.
    const bool ordinal = a == t && !adjective && a >= 2 && p.IsPunct(a - 1, ".") && !p.toks[a - 1].space_before &&
                         p.toks[a].space_before && p.toks[a - 2].kind == kNumber && p.Free(a - 2) &&
                         p.Text(a - 2).size() <= 2;  // (ICU may end a sentence after "6.")
    if (ordinal) a -= 2;
    if (b == t + 1 && !(adjective && compound) && !ordinal) continue;
    // "der Zürcher Privatbank Huber & Calonder": a kind of body before its name, no name.
    if (b == t + 1 && adjective && p.IsWord(b) && p.toks[b].cap && !p.toks[b].all_caps && p.toks[b].latin &&
        p.toks[b].sentence == s)
      continue;
    // A compound head with a tail alone is a kind of place or office ("Verkaufsstelle für
    // Betäubungsmittel") unless a public prefix opens it ("Bundesanstalt für Arbeit").
    if (compound && !adjective && a == t && !StartsWithAnyOf(WordList::kDePublicPrefix, p.Text(t))) continue;
    if (a >= 1 && p.IsWord(a - 1) && In(WordList::kDeIndefinite, p.Text(a - 1))) continue;
    if (name_before && b > t + 1) {
      bool common = false;
      for (int k = 1; k < p.Size() && !common; ++k)
        common = p.IsWord(k) && p.Text(k) == p.Text(a - 1) && p.IsWord(k - 1) &&
                 In(WordList::kDeDeterminer, p.Text(k - 1)) && !(p.IsWord(k + 1) && p.Text(k + 1) == p.Text(t));
      if (!common) --a;
    }
    // "Berliner Fahrgastverband IGEB": the body's acronym written right after its name (no
    // capitalized word after it) is another name of it, and the whole its canonical.
    const bool acronym = p.IsWord(b) && p.Free(b) && p.toks[b].space_before && p.toks[b].sentence == s &&
                         p.toks[b].all_caps && IsAcronym(p, b) &&
                         !(p.IsWord(b + 1) && p.toks[b + 1].cap && p.toks[b + 1].sentence == s);
    ClaimSpan(pi, p, cands, a, b, p.toks[b - 1].end, "organization", 0.7);
    if (const int ci = p.owner[a]; acronym && ci >= 0 && cands[ci].tb == a) {
      cands[ci].hint = std::string(p.text.substr(p.toks[a].start, p.toks[b].end - p.toks[a].start));
      if (const int k = ClaimWord(pi, p, cands, b, "organization", cands[ci].conf); k >= 0)
        cands[k].key = "#" + std::to_string(ci);
      ++b;
    }
    t = b - 1;
  }
}

// German: the end of a place name written at word k right after a body's name ("Wien", "Baden-Württemberg",
// "Winterthur/Unterland", "Frankfurt am Main", "St. Gallen"); k when none. A place is a capitalized word the
// paragraph never writes in lower case or after an article (German nouns take one), no stop word, title,
// given name, nationality or de_no_place row, and no capitalized word follows it in its sentence.
int EntityRecognizer::Impl::GermanPlaceEnd(const Para& p, int k) const {
  const int n = p.Size();
  if (k >= n || !p.IsWord(k) || k == 0) return k;
  const int s = p.toks[k - 1].sentence;
  auto place_word = [&](int q) {
    if (q >= n || !p.IsWord(q) || !p.Free(q) || !p.toks[q].latin || !p.toks[q].cap || p.toks[q].all_caps) return false;
    const std::string_view w = p.Text(q);
    if (CountCodePoints(w) < 3 || en_stop.count(w) || IsLatinTitle(w) || given_names.count(w) ||
        In(WordList::kDemonym, w) || In(WordList::kDeNoPlace, w) || EndsWith(w, "s"))
      return false;
    // (Common nouns and adjectives by their endings: "Aufklärung", "Öffentlichkeit".)
    const std::string folded = FoldWord(w);
    for (WordList l : {WordList::kNonNameEnding, WordList::kDeNonNameEnding})
      for (const std::string& e : EntityWords::Default().List(l))
        if (folded.size() >= e.size() + 3 && EndsWith(folded, e)) return false;
    for (int j = 0; j < n; ++j) {
      if (j == q || !p.IsWord(j) || FoldWord(p.Text(j)) != folded) continue;
      if (!p.toks[j].cap) return false;
      if (j >= 1 && p.IsWord(j - 1) && In(WordList::kDeDeterminer, FoldWord(p.Text(j - 1)))) return false;
    }
    return true;
  };
  // "St. Gallen": an abbreviated saint's name opens the place.
  int q = k;
  if (p.Text(q) == "St" && p.IsPunct(q + 1, ".") && !p.toks[q + 1].space_before && q + 2 < n &&
      p.toks[q + 2].space_before)
    q += 2;
  if (!p.toks[k].space_before || p.toks[q].sentence != s || !place_word(q)) return k;
  int e = q + 1;
  for (;;) {
    // "Baden-Württemberg", "Winterthur/Unterland": another place word joined without spaces.
    if ((p.IsPunct(e, "-") || p.IsPunct(e, "/")) && !p.toks[e].space_before && e + 1 < n &&
        !p.toks[e + 1].space_before && place_word(e + 1)) {
      e += 2;
      continue;
    }
    // "Frankfurt am Main": a river after "am".
    if (p.IsWord(e) && p.Text(e) == "am" && place_word(e + 1) && p.toks[e + 1].sentence == s) {
      e += 2;
      continue;
    }
    break;
  }
  if (p.IsWord(e) && p.toks[e].cap && p.toks[e].sentence == s) return k;
  return e;
}

// German: word t heads a body named with its seat (de_place_head rows as the end of a compound, genitive s/es
// allowed: "Arbeiterkammer", "Wirtschaftsministeriums"; or after a capitalized part and a hyphen: "S-Bahn").
bool EntityRecognizer::Impl::GermanPlaceHead(const Para& p, int t) const {
  if (!p.IsWord(t) || !p.toks[t].latin || !p.toks[t].cap || p.toks[t].all_caps) return false;
  const std::string lower = FoldWord(p.Text(t));
  const bool hyphened = t >= 2 && p.IsPunct(t - 1, "-") && !p.toks[t - 1].space_before && !p.toks[t].space_before &&
                        p.IsWord(t - 2) && p.toks[t - 2].cap;
  for (const std::string& h : EntityWords::Default().List(WordList::kDePlaceHead))
    for (std::string_view gen : {"", "s", "es"}) {
      const std::string_view l = lower;
      if (l.size() < h.size() + gen.size() || !EndsWith(l, gen) || !EndsWith(l.substr(0, l.size() - gen.size()), h))
        continue;
      const size_t before = l.size() - h.size() - gen.size();
      if (before >= 3 || (before == 0 && hyphened)) return true;
    }
  return false;
}

// German bodies named with their place: an institution head, alone or ending a compound ("Arbeiterkammer Wien",
// "Bezirksamt Mitte", "Wirtschaftsministerium Baden-Württemberg", "S-Bahn Berlin"), and a territorial body
// after an article (de_territory: "das Land Salzburg", "von der Stadt Wien") before a place are one
// organization; a listed organization before a place takes it in ("IG Metall Esslingen").
void EntityRecognizer::Impl::GermanPlacedBodyPass(int pi, Para& p, std::vector<Cand>& cands) const {
  const int n = p.Size();
  auto after_article = [&](int t) {
    return t >= 1 && p.IsWord(t - 1) && In(WordList::kDeDeterminer, FoldWord(p.Text(t - 1))) &&
           !In(WordList::kDeIndefinite, FoldWord(p.Text(t - 1)));
  };
  for (int t = 0; t + 1 < n; ++t) {
    if (!p.IsWord(t) || !p.toks[t].latin || !(p.toks[t].cap || p.toks[t].all_caps)) continue;
    // A listed organization (one of the dictionary's) ending at t.
    if (const int ci = p.owner[t]; ci >= 0) {
      Cand& c = cands[ci];
      if (c.te != t + 1 || c.dict < 0 || c.type != "organization" || c.end != p.toks[t].end || p.toks[t].all_caps)
        continue;
      const int e = GermanPlaceEnd(p, t + 1);
      if (e == t + 1) continue;
      for (int q = t + 1; q < e; ++q) p.owner[q] = ci;
      c.te = e;
      c.end = p.toks[e - 1].end;
      t = e - 1;
      continue;
    }
    const bool territory = In(WordList::kDeTerritory, p.Text(t));
    if (territory) {
      // After an article, not a locative ("im Kanton Zürich", "in der Stadt Wien" name a place).
      if (!after_article(t) || p.Text(t - 1) == "im" || p.Text(t - 1) == "ins" || p.Text(t - 1) == "am" ||
          (t >= 2 && p.IsWord(t - 2) && (p.Text(t - 2) == "in" || p.Text(t - 2) == "aus" || p.Text(t - 2) == "nach")))
        continue;
    } else if (p.toks[t].all_caps) {
      // "die SVA Zürich": an acronym after an article before a place.
      if (!after_article(t) || !In(WordList::kDeDefiniteArticle, FoldWord(p.Text(t - 1))) || !IsAcronym(p, t) ||
          In(WordList::kNonOrgAcronym, p.Text(t)))
        continue;
    } else if (!GermanPlaceHead(p, t)) {
      continue;
    }
    if (!p.Free(t)) continue;
    if (t >= 1 && p.IsWord(t - 1) && In(WordList::kDeIndefinite, p.Text(t - 1))) continue;
    int e = GermanPlaceEnd(p, t + 1);
    // "Wirtschaftskammer Österreich": a country or region the dictionary lists as a place (type
    // other, one word) after a head, no capitalized word after it, is the body's seat too.
    if (const int oi = t + 1 < n ? p.owner[t + 1] : -1;
        e == t + 1 && !territory && oi >= 0 && cands[oi].dict >= 0 && entries[cands[oi].dict].type == "other" &&
        cands[oi].tb == t + 1 &&
        cands[oi].te == t + 2 && p.toks[t + 1].space_before && p.toks[t + 1].sentence == p.toks[t].sentence &&
        !(p.IsWord(t + 2) && p.toks[t + 2].cap && p.toks[t + 2].sentence == p.toks[t].sentence)) {
      cands[oi].dropped = true;
      p.owner[t + 1] = -1;
      e = t + 2;
    }
    if (e == t + 1) continue;
    int a = t;
    // "S-Bahn", "Bundestheater-Holding": capitalized parts joined to the head by hyphens.
    while (!territory && a >= 2 && p.IsPunct(a - 1, "-") && !p.toks[a - 1].space_before && !p.toks[a].space_before &&
           p.IsWord(a - 2) && p.Free(a - 2) && p.toks[a - 2].cap && p.toks[a - 2].latin)
      a -= 2;
    ClaimSpan(pi, p, cands, a, e, p.toks[e - 1].end, "organization", 0.7);
    t = e - 1;
  }
}

// German clubs: a de_club_prefix row and the capitalized words after it ("SV Wacker Burghausen", "VfL Bochum",
// "FC St. Gallen"); a listed club right after the letters takes them in ("SV Werder Bremen").
void EntityRecognizer::Impl::GermanClubPass(int pi, Para& p, std::vector<Cand>& cands) const {
  const int n = p.Size();
  // "SC Paderborn 07", "FC St. Gallen 1879": a founding year or its last digits after the name end it.
  auto year_after = [&](int e, int t) {
    return e < n && p.toks[e].kind == kNumber && p.Free(e) && p.Text(e).size() <= 4 && p.toks[e].space_before &&
           p.toks[e].sentence == p.toks[t].sentence &&
           !(e + 1 < n && p.toks[e + 1].kind == kPunct && !p.toks[e + 1].space_before && !p.IsPunct(e + 1, ",") &&
             !p.IsPunct(e + 1, "."));
  };
  for (int t = 0; t + 1 < n; ++t) {
    // A listed club written with its letters and its year ("SC Paderborn 07").
    if (const int ci = p.owner[t]; ci >= 0 && cands[ci].tb == t && cands[ci].type != "person" &&
                                   In(WordList::kDeClubPrefix, p.Text(t)) && cands[ci].end == p.toks[cands[ci].te - 1].end &&
                                   year_after(cands[ci].te, t)) {
      Cand& c = cands[ci];
      p.owner[c.te] = ci;
      c.end = p.toks[c.te].end;
      ++c.te;
      continue;
    }
    if (!p.IsWord(t) || !p.Free(t) || !In(WordList::kDeClubPrefix, p.Text(t)) || !p.IsWord(t + 1) ||
        !p.toks[t + 1].space_before || !p.toks[t + 1].cap || p.toks[t + 1].sentence != p.toks[t].sentence)
      continue;
    if (const int ci = p.owner[t + 1]; ci >= 0) {
      Cand& c = cands[ci];
      if (c.tb != t + 1 || c.type == "person" || c.start != p.toks[t + 1].start) continue;
      p.owner[t] = ci;
      c.tb = t;
      c.start = p.toks[t].start;
      continue;
    }
    int e = t + 1;
    for (int k = 0; k < 3 && e < n; ++k) {
      int q = e;
      if (p.Text(q) == "St" && p.IsPunct(q + 1, ".") && !p.toks[q + 1].space_before && q + 2 < n) q += 2;
      if (!p.IsWord(q) || !p.Free(q) || !p.toks[q].latin || !p.toks[q].cap || p.toks[q].all_caps ||
          !p.toks[q].space_before || p.toks[q].sentence != p.toks[t].sentence)
        break;
      const std::string_view w = p.Text(q);
      if (en_stop.count(w) || IsLatinTitle(w) || given_names.count(w) || In(WordList::kDeNoPlace, w)) break;
      e = q + 1;
    }
    if (e == t + 1) continue;
    if (year_after(e, t)) ++e;
    ClaimSpan(pi, p, cands, t, e, p.toks[e - 1].end, "organization", 0.7);
    t = e - 1;
  }
}

// German shops named by their trade (de_shop_head rows, alone or ending a compound) and a name: one or
// two capitalized name words after the trade ("Bäckerei Sonnenkorn", "Landbäckerei Wiedemann"), or a
// capitalized word joined by a hyphen before it ("Marien-Apotheke"). The trade alone names no shop.
void EntityRecognizer::Impl::GermanShopPass(int pi, Para& p, std::vector<Cand>& cands) const {
  const int n = p.Size();
  auto shop_head = [&](int t) {
    if (!p.IsWord(t) || !p.toks[t].latin || !p.toks[t].cap || p.toks[t].all_caps) return false;
    const std::string lower = FoldWord(p.Text(t));
    for (const std::string& h : EntityWords::Default().List(WordList::kDeShopHead))
      if (lower == h || (lower.size() >= h.size() + 3 && EndsWith(lower, h))) return true;
    return false;
  };
  auto name_word = [&](int q, int s) {
    if (q >= n || !p.IsWord(q) || !p.Free(q) || !p.toks[q].latin || !p.toks[q].cap || p.toks[q].all_caps ||
        !p.toks[q].space_before || p.toks[q].sentence != s)
      return false;
    const std::string_view w = p.Text(q);
    return !en_stop.count(w) && !IsLatinTitle(w) && !In(WordList::kDeNoPlace, w) && !In(WordList::kDemonym, w) &&
           !In(WordList::kDeShopHead, FoldWord(w));
  };
  for (int t = 0; t < n; ++t) {
    if (!p.Free(t) || !shop_head(t)) continue;
    const int s = p.toks[t].sentence;
    // "Marien-Apotheke": a capitalized part joined by a hyphen.
    if (t >= 2 && p.IsPunct(t - 1, "-") && !p.toks[t - 1].space_before && !p.toks[t].space_before && p.IsWord(t - 2) &&
        p.Free(t - 2) && p.Free(t - 1) && p.toks[t - 2].latin && p.toks[t - 2].cap && !p.toks[t - 2].all_caps &&
        !en_stop.count(p.Text(t - 2))) {
      ClaimSpan(pi, p, cands, t - 2, t + 1, p.toks[t].end, "company", 0.6);
      continue;
    }
    // An indefinite article or a plural makes the trade a kind ("eine Bäckerei Müllers").
    if (t >= 1 && p.IsWord(t - 1) && In(WordList::kDeIndefinite, FoldWord(p.Text(t - 1)))) continue;
    int e = t + 1;
    while (e < t + 3 && name_word(e, s)) ++e;
    if (e == t + 1) continue;
    // The name ends the capitalized run: a third capitalized word is another phrase.
    if (e < n && p.IsWord(e) && p.toks[e].cap && p.toks[e].space_before && p.toks[e].sentence == s) continue;
    // A name word the paragraph writes after an article is a common noun ("die Bäckerei Filiale").
    bool common = false;
    for (int q = t + 1; q < e && !common; ++q)
      for (int k = 1; k < n && !common; ++k)
        common = k != q && p.IsWord(k) && p.Text(k) == p.Text(q) && p.IsWord(k - 1) &&
                 In(WordList::kDeDeterminer, FoldWord(p.Text(k - 1)));
    if (common) continue;
    ClaimSpan(pi, p, cands, t, e, p.toks[e - 1].end, "company", 0.6);
    t = e - 1;
  }
}

// German: a council named like its members (de_council: "Nationalrat", "Kantonsrat") is the
// body after a lower-case word (an article or preposition: "im Nationalrat", "der Kantonsrat")
// when no capitalized word follows it ("Nationalrat Thomas Matter" is a member's title); a
// place adjective before it names the body too ("der Zürcher Kantonsrat").
void EntityRecognizer::Impl::GermanCouncilPass(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int t = 1; t < p.Size(); ++t) {
    if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].cap || !In(WordList::kDeCouncil, p.Text(t))) continue;
    const int s = p.toks[t].sentence;
    if (p.IsWord(t + 1) && p.toks[t + 1].cap && p.toks[t + 1].sentence == s) continue;
    int a = t;
    if (GermanPlaceAdjective(p, t - 1)) --a;
    if (a < 1 || !p.IsWord(a - 1) || !p.toks[a - 1].latin || p.toks[a - 1].sentence != s ||
        (p.toks[a - 1].cap && !en_stop.count(p.Text(a - 1)) && !In(WordList::kDeDeterminer, FoldWord(p.Text(a - 1)))))
      continue;
    // ("…», sagte der Tessiner Ständerat": the speaker is a member.)
    if (SpeechCueNextTo(p, p.toks[a - 1].start, p.toks[t].end)) continue;
    ClaimSpan(pi, p, cands, a, t + 1, p.toks[t].end, "organization", 0.65);
  }
}

// German: "Özgür Özvatan, politischer Soziologe an der ...", "Abdullah bin Zayed, Außenminister
// der ...": the comma at token `comma` opens an apposition, a capitalized title after at most one
// lower-case word (an adjective).
bool EntityRecognizer::Impl::GermanTitleApposition(const Para& p, int comma) const {
  if (p.lang != "de" || !p.IsPunct(comma, ",")) return false;
  for (int r = comma + 1; r <= comma + 2 && p.IsWord(r); ++r)
    if (p.toks[r].cap) return p.Free(r) && IsLatinTitle(StripPossessive(p.Text(r)));
  return false;
}

// German: word t is a noun naming a kind of company, alone or as the end of a compound, before
// the company's name (en_company_cue rows: "Unternehmensberatung Capco", "Zahlungsdienstleister
// VR Payment", "Großbank HSBC").
bool EntityRecognizer::Impl::GermanCompanyCue(const Para& p, int t) const {
  if (p.lang != "de" || !p.IsWord(t) || !p.toks[t].latin) return false;
  std::string lower(p.Text(t));
  if (lower.size() < 4) return false;
  for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  for (const std::string& e : EntityWords::Default().List(WordList::kEnCompanyCue)) {
    if (e.size() >= 4 && EndsWith(lower, e)) return true;
    // A genitive: "des Solarunternehmens Sonnwerk", "des Autokonzerns".
    if (e.size() >= 6 && ((EndsWith(lower, "s") && EndsWith(std::string_view(lower).substr(0, lower.size() - 1), e)) ||
                          (EndsWith(lower, "es") && EndsWith(std::string_view(lower).substr(0, lower.size() - 2), e))))
      return true;
  }
  return false;
}

// The word ending at token k with the words joined to it by hyphens before it ("start-up",
// "e-commerce"), as written; the word alone when none.
std::string_view HyphenWordEndingAt(const Para& p, int k) {
  int a = k;
  while (a >= 2 && p.IsPunct(a - 1, "-") && !p.toks[a - 1].space_before && !p.toks[a].space_before && p.IsWord(a - 2))
    a -= 2;
  return p.text.substr(p.toks[a].start, p.toks[k].end - p.toks[a].start);
}

// "Jung Da-eun", "Huang Tzu-chi", "Da-eun Jung": token q opens a hyphenated given name of two
// romanized syllables ("Da-eun", second part in either case) written tight, next to a capitalized
// one-syllable family name inside run [a, b) (before it, or after it in Western order).
bool RomanizedGivenName(const Para& p, int q, int a, int b) {
  if (q + 2 >= b || !p.IsWord(q) || !p.toks[q].latin || !p.toks[q].cap || !p.IsPunct(q + 1, "-") ||
      p.toks[q + 1].space_before || !p.IsWord(q + 2) || p.toks[q + 2].space_before || !p.toks[q + 2].latin ||
      !RomanizedSyllable(p.Text(q)) || !RomanizedSyllable(StripPossessive(p.Text(q + 2))))
    return false;
  auto family = [&](int f) {
    return f >= a && f < b && p.IsWord(f) && p.toks[f].latin && p.toks[f].cap && !p.toks[f].all_caps &&
           (In(WordList::kRomanizedKoSurname, StripPossessive(p.Text(f))) || RomanizedSyllable(StripPossessive(p.Text(f))));
  };
  return (family(q - 1) && p.toks[q].space_before) || (family(q + 3) && p.toks[q + 3].space_before);
}

// A free capitalized Latin word that is no title or honorific.
bool EntityRecognizer::Impl::LatinCapWord(const Para& p, int t) const {
  if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].latin || !p.toks[t].cap) return false;
  std::string_view w = StripPossessive(p.Text(t));
  return !en_titles.count(w) && !en_honorifics.count(w);
}

// A word of the English title list (possessive stripped).
bool EntityRecognizer::Impl::EnTitleWord(const Para& p, int t) const {
  return p.IsWord(t) && en_titles.count(StripPossessive(p.Text(t))) > 0;
}

// Word t is a title or a staff noun (workplace_noun), singular or plural ("partner", "analysts",
// "auditors"), whose object after "at" or "from" is a place of work.
bool EntityRecognizer::Impl::WorkplaceNounAt(const Para& p, int t) const {
  if (!p.IsWord(t)) return false;
  const std::string w = FoldWord(p.Text(t));
  const std::string one = EndsWith(w, "s") ? w.substr(0, w.size() - 1) : w;
  return EnTitleWord(p, t) || en_titles.count(one) || In(WordList::kWorkplaceNoun, w) || In(WordList::kWorkplaceNoun, one);
}

// Run [a, b) names a national body or branch: one to three capitalized name words and a country
// written last (national_branch_word: "Age UK", "Cricket Australia", "Virgin Australia",
// "Krebsliga Schweiz", "Caritas Österreich"). The words before the country are no stop word, title,
// listed given name, demonym, country, place or person's name (tagger word list), so "In Deutschland",
// "Prime Minister", "Prezydent USA", "Darren England" or "Germany Austria" stay out.
bool EntityRecognizer::Impl::NationalBranchRun(const Para& p, int a, int b) const {
  if (b - a < 2 || b - a > 4 || !p.IsWord(b - 1) || !p.toks[b - 1].space_before ||
      !In(WordList::kNationalBranchWord, StripPossessive(p.Text(b - 1))))
    return false;
  for (int q = a; q < b - 1; ++q) {
    if (!p.IsWord(q) || !p.toks[q].latin || !p.toks[q].cap) return false;
    const std::string_view w = p.Text(q);
    if (w != StripPossessive(w) || en_stop.count(w) || en_titles.count(w) || en_titles.count(FoldWord(w)) ||
        en_honorifics.count(w) || given_names.count(w) || In(WordList::kDemonym, w) ||
        In(WordList::kNationalBranchWord, w) || In(WordList::kOrgLeadWord, w) || IsLatinTitle(w))
      return false;
  }
  // ("referee Darren England": a word the tagger knows as a person's name makes a person.)
  return !PlaceRun(p, a, b - 1) && !PersonWordIn(p, a, b - 1);
}

// Run [a, b) is a place by the tagger's English gazetteer (a place and no organization) or, one
// word, by its embedding guess ("Pasadena", "Ohio").
bool EntityRecognizer::Impl::PlaceRun(const Para& p, int a, int b) const {
  if (!tagger || a >= b) return false;
  std::string form;
  for (int q = a; q < b; ++q) {
    if (!p.IsWord(q)) continue;
    if (!form.empty()) form += ' ';
    form += StripPossessive(p.Text(q));
  }
  const uint32_t gaz = tagger->EnglishGazetteerClasses(form);
  if ((gaz & ner::kGazLoc) && !(gaz & ner::kGazOrg)) return true;
  const NerTagger::EnglishWord info = tagger->EnglishWordInfo(form);
  return b - a == 1 && info.known && info.kind == 3;
}

// Run [a, b) of two Latin words or more, in English, names an organization rather than a person
// by its words (the tagger's English word list, gazetteer and embedding guess): its last word, the
// head, is one the embedding calls an organization's with some confidence ("Kestrel Telecom",
// "Dravik Equities"), one the word list holds in lower case only ("Fenwick Homes", "Portland
// Mariners") or one the embedding calls a place ("Healthwatch Birmingham"), and no gazetteer lists
// it as a person's name nor a hyphen joins it to the word before ("Crabtree-Ireland"); or an
// acronym opens it before no word the embedding calls a person's ("XL Axiata"; not "KL Rahul"). For runs with no listed given
// name and no title before them or in them.
bool EntityRecognizer::Impl::OrgWordIn(const Para& p, int a, int b) const {
  if (!tagger || (!p.lang.empty() && p.lang != "en")) return false;
  int first = -1, last = -1;
  bool person_word = false;
  for (int q = a; q < b; ++q) {
    if (!p.IsWord(q) || !p.toks[q].latin) continue;
    const std::string_view w = StripPossessive(p.Text(q));
    // ("Inspector General Robert Delacroix-Finch": a run with a title or a listed given name in it is
    // left to the person rules and the title trim.)
    if (EnTitleWord(p, q) || IsLatinTitle(w) || given_names.count(w)) return false;
    if (first < 0) first = q;
    last = q;
    const NerTagger::EnglishWord info = tagger->EnglishWordInfo(w);
    person_word |= info.known && info.kind == 1 && info.confidence >= 2;
  }
  if (first < 0 || first == last) return false;
  const std::string_view fw = StripPossessive(p.Text(first));
  if (p.toks[first].all_caps && fw.size() >= 2 && !person_word) return true;
  // The last word is the head of an English name ("Health Secretary Wes Streeting" has none).
  const std::string_view lw = StripPossessive(p.Text(last));
  const NerTagger::EnglishWord info = tagger->EnglishWordInfo(lw);
  const bool hyphenated = p.IsPunct(last - 1, "-") && !p.toks[last].space_before;  // "Crabtree-Ireland"
  if (hyphenated || (tagger->EnglishGazetteerClasses(lw) & ner::kGazPer)) return false;
  const int org_confidence = info.known && info.kind == 2 ? info.confidence : 0;
  const bool common = info.lower && !info.cap;
  // After a first word that the embedding or the gazetteer calls a person's, only a sure
  // organization word or a plural common noun ("Marlowe Homes"; not "Kit Alder", "Zooey Zephyr").
  const NerTagger::EnglishWord head = tagger->EnglishWordInfo(fw);
  if ((head.known && head.kind == 1 && head.confidence >= 2) || (tagger->EnglishGazetteerClasses(fw) & ner::kGazPer))
    return org_confidence >= 3 || (common && EndsWith(lw, "s"));
  return org_confidence >= 2 || common || (info.known && info.kind == 3 && info.confidence >= 2);
}

// The end of the run of capitalized words that starts at word a, joined by single spaces (or
// hyphens), with lowercase connectors inside ("Bank of America", "Ludwig van Beethoven").
// The lower-case word at b between the run [a, b) and a capitalized word: a name connector ("of",
// "von") or, when a head of an organization name is in reach, a connector of organization names
// ("for", "and", "für") joins the capitalized words after it. The new end of the run, or -1 when
// the word joins nothing; *possessive tells whether the run now ends in a possessive.
int EntityRecognizer::Impl::ConnectorJoin(const Para& p, int a, int b, int sent, std::string_view lang,
                                          bool* possessive) const {
  const int n = p.Size();
  std::string_view c = p.Text(b);
  // In German "der" is the article between two nouns ("Aufsichtsrat der Deutschen Bank").
  if (In(WordList::kEnNameConnector, c) && !(c == "der" && lang == "de")) {
    // "University of Pretoria’s Centre for Human Rights": a possessive ends the name.
    *possessive = StripPossessive(p.Text(b + 1)).size() < p.Text(b + 1).size();
    return b + 2;
  }
  // "Institute of Strategic and International Studies", "Organisation für Sicherheit und
  // Zusammenarbeit in Europa", "Wolnego Uniwersytetu w Berlinie": other lower-case words join
  // capitalized words when the name so far or the capitalized words after it hold the head of
  // an organization name.
  // A preposition follows the head ("Zentrum für", "Uniwersytetu w"); a conjunction joins a
  // name not yet complete to words that end in one ("Social and Economic Research
  // Initiative"), not two complete names ("Migration Policy Institute and ...").
  // (German "das" is an article, the Portuguese "das" a connector: "Landesregierung das Gesetz".)
  if (org_connectors.count(c) && !(c == "das" && lang == "de")) {
    int e = b + 1;
    while (e < n && LatinCapWord(p, e) && p.toks[e].space_before && p.toks[e].sentence == sent) ++e;
    // (A compound ending in an organization head counts: "Sozialversicherungsgericht des Kantons Zürich".)
    // (After "des"/"der" only a name of two words or more: not "Gesundheitsdirektion des Landes".)
    const bool compound_ok = (c != "des" && c != "der") || e - (b + 1) >= 2;
    auto head_in = [&](int from, int to) {
      for (int q = from; q < to; ++q)
        if (p.IsWord(q) &&
            (en_org_suffixes.count(p.Text(q)) || (lang == "de" && compound_ok && OrgHeadWordIn(p, q, q + 1))))
          return true;
      return false;
    };
    const bool conj = c == "and" || c == "und" || c == "et" || c == "y" || c == "e" || c == "i" || c == "en";
    // "Bendigo and Adelaide Bank": one or two name words, "and", then one or two and a company
    // head ending the run are one company (a name complete before "and" is claimed or has a head).
    // (The name words before "and": the capitalized words since the run's last connector.)
    int seg = b;
    while (seg > a && LatinCapWord(p, seg - 1)) --seg;
    if (conj && c == "and" && b - seg == 1 && e - (b + 1) == 2 && !head_in(seg, e) &&
        en_company_suffixes.count(p.Text(e - 1)) && !p.toks[b - 1].all_caps && !p.toks[b + 1].all_caps) {
      bool company_before = false;
      for (int q = a; q < b; ++q) company_before = company_before || en_company_suffixes.count(p.Text(q)) > 0;
      if (!company_before) {
        return e;
      }
    }
    // (An acronym before the conjunction is a complete name: "the EFF and MK Party".)
    // A name complete before the conjunction (a head, then its complement: "Yale School of
    // Medicine") is joined by none of the words after it that hold a head of their own or run
    // to three words or more ("and Mass General Brigham"): a field after "of" is one or two
    // words ("Department of Health and Human Services").
    // (So is an acronym after it: "Writers Guild of America and SAG-AFTRA"; not "Science and IT".)
    // (A head opening the run before more capitalized words modifies a later head and completes
    // nothing: "House Transportation and Infrastructure Committee", "Commons Work and Pensions Committee".)
    const int first = a + (p.Text(a) == "The" && b - a >= 2);
    const bool complete_before = head_in(a, b) && !(b - first >= 2 && head_in(first, first + 1) && !head_in(first + 1, b));
    const bool second_name = complete_before && (head_in(b + 1, e) || e - (b + 1) >= 3 ||
                                                 (p.toks[b + 1].all_caps && !In(WordList::kNonOrgAcronym, p.Text(b + 1))));
    // "Norfolk Southern and Union Pacific": a head opening the words after the conjunction before
    // more capitalized words ("Union Pacific") closes no name when the words before it hold none.
    const bool opening_head_only = conj && e - (b + 1) >= 2 && head_in(b + 1, b + 2) && !head_in(b + 2, e) &&
                                   !head_in(a, b);
    const bool head = conj ? head_in(a, e) && !head_in(b - 1, b) && !p.toks[b - 1].all_caps && !second_name &&
                                 !opening_head_only
                           : head_in(a, b);
    if (head) {
      return e;
    }
  }
  return -1;
}

int EntityRecognizer::Impl::LatinRunEnd(const Para& p, int a, std::string_view lang) const {
  const int n = p.Size();
  int b = a + 1;
  // "Children's Hospital", "People's Party": the possessive of a plural noun (en_possessive_name_word)
  // stays inside a name when an organization head follows it.
  auto possessive_at = [&](int q) {
    const std::string_view w = p.Text(q), s = StripPossessive(w);
    if (s.size() == w.size()) return false;
    if (q + 1 < n && LatinCapWord(p, q + 1) && p.toks[q + 1].space_before &&
        p.toks[q + 1].sentence == p.toks[q].sentence && en_org_suffixes.count(StripPossessive(p.Text(q + 1)))) {
      std::string lower(s);
      for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      if (In(WordList::kEnPossessiveNameWord, lower)) return false;
    }
    return true;
  };
  bool possessive = possessive_at(a);
  // The run's sentence: ICU may open a new one after an abbreviation inside it ("U.S. District Court").
  int sent = p.toks[a].sentence;
  // "St. Luke's Children's Hospital", "Universität St. Gallen": "St." (saint) opens a name with the
  // word after it; that word's possessive stays inside when an organization head follows.
  auto saint_at = [&](int q) {
    return q + 2 < n && p.IsWord(q) && p.Text(q) == "St" && p.IsPunct(q + 1, ".") && !p.toks[q + 1].space_before &&
           p.toks[q + 2].space_before && LatinCapWord(p, q + 2);
  };
  auto head_ahead = [&](int q) {
    for (int r = q + 1; r < n && r < q + 5 && LatinCapWord(p, r) && p.toks[r].space_before; ++r)
      if (en_org_suffixes.count(StripPossessive(p.Text(r))) || en_company_suffixes.count(StripPossessive(p.Text(r))))
        return true;
    return false;
  };
  if (saint_at(b - 1)) {
    sent = p.toks[b + 1].sentence;
    possessive = possessive_at(b + 1) && !head_ahead(b + 1);
    b += 2;
  }
  while (!possessive && b < n) {
    if (saint_at(b) && p.toks[b].space_before && p.toks[b].sentence == sent) {
      sent = p.toks[b + 2].sentence;
      possessive = possessive_at(b + 2) && !head_ahead(b + 2);
      b += 3;
      continue;
    }
    // "Heaton Mersey Residents' Association", "Workers' Party": a plural possessive (the
    // apostrophe a token of its own) before an organization head stays inside the name.
    if ((p.IsPunct(b, "'") || p.IsPunct(b, "’")) && !p.toks[b].space_before && EndsWith(p.Text(b - 1), "s") &&
        b + 1 < n && LatinCapWord(p, b + 1) && p.toks[b + 1].space_before &&
        p.toks[b + 1].sentence == sent && en_org_suffixes.count(StripPossessive(p.Text(b + 1)))) {
      possessive = StripPossessive(p.Text(b + 1)).size() < p.Text(b + 1).size();
      b += 2;
      continue;
    }
    // "U.S. Census Bureau": the dot of an abbreviation that may open an organization name
    // (org_lead_word "U.S", "U.K") stays inside the run, even where ICU ends a sentence at it.
    if (p.IsPunct(b, ".") && !p.toks[b].space_before && b + 1 < n && p.toks[b + 1].space_before &&
        LatinCapWord(p, b + 1) && p.Text(b - 1).find('.') != std::string_view::npos &&
        In(WordList::kOrgLeadWord, p.Text(b - 1))) {
      sent = p.toks[b + 1].sentence;
      b += 2;
      continue;
    }
    if (p.toks[b].sentence != sent) break;
    if (LatinCapWord(p, b) && p.toks[b].space_before) {
      possessive = possessive_at(b);
      ++b;
      continue;
    }
    // "Fei-Fei", and romanized Korean given names: "Lee Jae-yong", "Park Sung-hyun".
    if (p.IsPunct(b, "-") && !p.toks[b].space_before && b + 1 < n && !p.toks[b + 1].space_before &&
        (LatinCapWord(p, b + 1) || (p.IsWord(b + 1) && p.Free(b + 1) && p.toks[b + 1].latin &&
                                    IsAsciiLower(p.text[p.toks[b + 1].start])))) {
      possessive = StripPossessive(p.Text(b + 1)).size() < p.Text(b + 1).size();
      b += 2;
      continue;
    }
    // "U.S. District Court for the Southern District of New York", "Institute for the Study of War":
    // "for the" after a name that holds an organization head joins the capitalized words after it.
    if (p.IsWord(b) && p.Text(b) == "for" && p.toks[b].space_before && b + 2 < n && p.IsWord(b + 1) &&
        p.Text(b + 1) == "the" && LatinCapWord(p, b + 2) && p.toks[b + 2].sentence == sent) {
      bool head = false;
      for (int q = a; q < b && !head; ++q) head = p.IsWord(q) && en_org_suffixes.count(StripPossessive(p.Text(q))) > 0;
      if (head) {
        b += 3;
        continue;
      }
    }
    // "University of Texas at Austin", "University of North Carolina at Chapel Hill": "at" and the
    // campus's place after a run that opens with "University of" are part of the name.
    if (p.IsWord(b) && p.Text(b) == "at" && p.toks[b].space_before && b - a >= 3 && p.Text(a) == "University" &&
        p.IsWord(a + 1) && p.Text(a + 1) == "of" && b + 1 < n && LatinCapWord(p, b + 1) && p.toks[b + 1].space_before &&
        p.toks[b + 1].sentence == sent && !en_stop.count(p.Text(b + 1)) && !IsLatinTitle(p.Text(b + 1))) {
      b += 2;
      continue;
    }
    if (p.IsWord(b) && p.toks[b].space_before && b + 1 < n && LatinCapWord(p, b + 1)) {
      if (const int e = ConnectorJoin(p, a, b, sent, lang, &possessive); e >= 0) {
        b = e;
        continue;
      }
    }
    if (p.IsPunct(b, "&") && b + 1 < n && LatinCapWord(p, b + 1)) {
      b += 2;
      continue;
    }
    if (const int e = CommaListEnd(p, a, b); e > b) {
      b = e;
      continue;
    }
    break;
  }
  return b;
}

// "Department for Culture, Media and Sport", "Ministry of Environment, Forestry and Tourism",
// "Culture, Media and Sport Committee": single capitalized words joined by commas and a last
// "and" inside an organization's name, the run [a, b) ending before the first comma. The list
// follows "of"/"for" after a head (its last item one or two words), or opens the run and ends in
// a head. The end of the list's last item; b when none.
int EntityRecognizer::Impl::CommaListEnd(const Para& p, int a, int b) const {
  const int n = p.Size(), s = p.toks[a].sentence;
  if (!p.IsPunct(b, ",") || p.toks[b].space_before) return b;
  auto cap = [&](int q) { return q < n && LatinCapWord(p, q) && p.toks[q].space_before && p.toks[q].sentence == s; };
  // An item: one or two capitalized words, "the" allowed before them ("the Environment").
  auto item_end = [&](int r, int most) {
    if (p.IsWord(r) && p.Text(r) == "the" && p.toks[r].space_before && p.toks[r].sentence == s) ++r;
    if (!cap(r)) return -1;
    int e = r;
    while (cap(e) && e - r < most) ++e;
    return e;
  };
  int q = b;
  for (int e2 = 0; p.IsPunct(q, ",") && !p.toks[q].space_before && (e2 = item_end(q + 1, 2)) > 0;) q = e2;
  if (q == b || !p.IsWord(q) || p.Text(q) != "and") return b;
  const int last = q + 1 + (p.IsWord(q + 1) && p.Text(q + 1) == "the");
  const int e = item_end(q + 1, 3);
  if (e < 0) return b;
  auto head_in = [&](int from, int to) {
    for (int k = from; k < to; ++k)
      if (p.IsWord(k) && en_org_suffixes.count(StripPossessive(p.Text(k)))) return true;
    return false;
  };
  // ("Ministry of Housing, Communities and Local Government", "Department of Climate Change, Energy, the
  // Environment and Water": a field of one or two words; a head in a last item of two words.)
  int field = -1;
  for (int f = b - 2; f >= b - 3 && f > a; --f)
    if (p.IsWord(f) && (p.Text(f) == "of" || p.Text(f) == "for")) field = f;
  const bool after_field = field > a && head_in(a, field) && e - last <= 2 && (!head_in(last, e) || e - last == 2);
  // (A head opening the run modifies the last item's head: "Senate Health, Education, Labor and Pensions
  // Committee". A company head ends such a list only when its items are common words, fields of the
  // company's business: "Maharashtra Film, Stage and Cultural Development Corporation", not "Microsoft,
  // Apple and Google Corporation".)
  if (p.Text(a) == "The" && b - a >= 2) ++a;
  const bool opening_head = b - a == 2 && head_in(a, a + 1) && !head_in(a + 1, b);
  auto company_head_of_fields = [&] {
    if (!en_company_suffixes.count(p.Text(e - 1)) || !CommonWordRun(p, a + 1, b)) return false;
    for (int k = b; k < e - 1; ++k)
      if (p.IsWord(k) && p.Text(k) != "and" && p.Text(k) != "the" && !CommonWordRun(p, k, k + 1)) return false;
    return true;
  };
  const bool list_head = b - a <= 2 && (!head_in(a, b) || opening_head) && (head_in(last, e) || company_head_of_fields());
  return after_field || list_head ? e : b;
}

// "I", "II", "IV": a Roman numeral of up to four letters.
bool RomanNumeral(std::string_view w) {
  if (w.empty() || w.size() > 4) return false;
  for (char ch : w)
    if (ch != 'I' && ch != 'V' && ch != 'X') return false;
  return true;
}

// A word of [a, b) heads an organization's name: an en_org_suffix row or a compound ending in an
// org_word_ending row ("Landgericht", "Staatsanwaltschaft").
bool EntityRecognizer::Impl::OrgHeadWordIn(const Para& p, int a, int b) const {
  for (int q = a; q < b; ++q) {
    if (!p.IsWord(q) || !p.toks[q].cap) continue;
    const std::string_view w = StripPossessive(p.Text(q));
    if (en_org_suffixes.count(w)) return true;
    // (A German genitive too: "des Landgerichts München I".)
    const std::string_view stem = EndsWith(w, "s") ? w.substr(0, w.size() - 1) : w;
    for (const std::string& e : EntityWords::Default().List(WordList::kOrgWordEnding))
      if ((w.size() >= e.size() + 3 && EndsWith(w, e)) || (stem.size() >= e.size() + 3 && EndsWith(stem, e))) return true;
  }
  return false;
}

// The start of run [a, b) with stop words, titles and company-kind nouns trimmed from its front; a
// place or nationality word stays when an organization or company head follows it in the run
// ("Washington Institute for Near East Policy", "American Israel Public Affairs Committee",
// "General Civil Aviation Authority").
int EntityRecognizer::Impl::TrimLatinRunStart(const Para& p, int a, int b, std::string_view lang) const {
  // "South African-based Vaal Environmental Justice Alliance": a hyphenated participle ("-based",
  // "-owned", "-led") describes the name that follows it.
  for (int q = a + 2; q + 1 < b; ++q)
    if (p.IsPunct(q - 1, "-") && p.IsWord(q) && !p.toks[q].cap && p.toks[q].latin && EndsWith(p.Text(q), "ed") &&
        p.toks[q + 1].space_before)
      a = q + 1;
  auto head_after = [&](int from) {
    for (int q = from + 1; q < b; ++q) {
      if (!p.IsWord(q)) continue;
      std::string_view w = StripPossessive(p.Text(q));
      if (en_org_suffixes.count(w) || en_company_suffixes.count(w)) return true;
    }
    return false;
  };
  // "Usyk-Promoter Krassyuk": a hyphenated title goes with the word before its hyphen.
  auto hyphen_title = [&](int q) {
    return q + 3 < b && p.IsPunct(q + 1, "-") && !p.toks[q + 1].space_before && IsLatinTitle(p.Text(q + 2));
  };
  // "US-Finanzministerium", "EU-Kommission": a stop word written as the first part of a compound
  // stays (a title after the hyphen still goes: "US-Präsident").
  auto compound_start = [&](int q) {
    return q + 2 < b && p.IsPunct(q + 1, "-") && !p.toks[q + 1].space_before && !p.toks[q + 2].space_before &&
           p.toks[q].all_caps && lang == "de";
  };
  // "Partner Femi Oduya said": a title written in lower case in the lists opens the sentence.
  auto opening_title = [&](int q) {
    if (b - q < 3 || !p.IsWord(q) || !p.toks[q].cap || p.toks[q].all_caps) return false;
    int r = q - 1;
    while (r >= 0 && p.toks[r].kind == kPunct && p.toks[r].sentence == p.toks[q].sentence) --r;
    if (r >= 0 && p.toks[r].sentence == p.toks[q].sentence) return false;
    std::string lower(p.Text(q));
    lower[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lower[0])));
    return en_titles.count(lower) > 0;
  };
  // "Han Seung-min": a romanized Korean family name before a hyphenated given name whose second part
  // is lower case opens a person's name, even when the family name is a stop word elsewhere (Danish
  // "Han").
  auto korean_name_start = [&](int q) {
    return q + 3 < b && In(WordList::kRomanizedKoSurname, p.Text(q)) && p.IsWord(q + 1) && p.toks[q + 1].cap &&
           p.IsPunct(q + 2, "-") && !p.toks[q + 2].space_before && !p.toks[q + 3].space_before && p.IsWord(q + 3) &&
           !p.toks[q + 3].cap;
  };
  while (a < b && ((en_stop.count(StripPossessive(p.Text(a))) && !compound_start(a) && !korean_name_start(a) &&
                    !RomanizedGivenName(p, a, a, b)) || !p.IsWord(a) ||
                   !p.toks[a].cap || hyphen_title(a) || (b - a > 1 && GermanCompanyCue(p, a)) ||
                   (b - a > 1 && IsLatinTitle(p.Text(a)) && !en_org_suffixes.count(p.Text(a))) || opening_title(a))) {
    if (p.IsWord(a) && p.toks[a].cap && In(WordList::kOrgLeadWord, p.Text(a)) && head_after(a)) break;
    ++a;
  }
  // "Kreuzberger Start-up Fahrwerk Labs", "Klagenfurter Familienunternehmen Tunnelbau Wurzer &
  // Söhne": in German a noun naming a kind of company (a place adjective before it) is no part of
  // the name after it.
  while (lang == "de" && a < b) {
    const int k = GermanPlaceAdjective(p, a) ? a + 1 : a;
    const int e = CompanyCueWordEnd(p, k);
    if (e == k || e >= b || !p.IsWord(e) || !p.toks[e].cap) break;
    a = e;
  }
  auto org_head_in_run = [&](int from, int to) {
    for (int q = from; q < to; ++q)
      if (p.IsWord(q) && (en_org_suffixes.count(StripPossessive(p.Text(q))) || en_company_suffixes.count(p.Text(q))))
        return true;
    return false;
  };
  // "Tore von Julian Alvarez": outside English a noun, a connector and a listed given name are a
  // noun and a person; the name starts at the given name.
  if (a < b && !lang.empty() && lang != "en" && !given_names.count(p.Text(a))) {
    for (int k = a + 1; k + 2 < b; ++k)
      if (p.IsWord(k) && !p.toks[k].cap && In(WordList::kEnNameConnector, p.Text(k)) && given_names.count(p.Text(k + 1))) {
        a = k + 1;
        break;
      }
  }
  // "Bachmanns Anwalt Daniel Egli", "von Trainer Julian Schuster", "Midfielder Chad Warner": a
  // title inside the run (or opening it) before a listed given name and a family name opens the
  // person's name after it.
  for (int q = a; q + 2 < b; ++q)
    if (p.IsWord(q) && p.toks[q].cap && IsLatinTitle(p.Text(q)) && p.IsWord(q + 1) && given_names.count(p.Text(q + 1)) &&
        p.toks[q + 1].space_before && !org_head_in_run(q + 1, b)) {
      a = q + 1;
      break;
    }
  // "Haushälter Tobias Winter", "Teamkollege Fabian Winter": outside English a capitalized noun
  // before a listed given name and a family name is no part of the name (German capitalizes nouns).
  // (English: two such words, "Detective Inspector Raj Khanna"; one may open the name: "Abu
  // Hassan Amer", "Wong Kim Ark".)
  if (a < b && !given_names.count(p.Text(a)) && p.toks[a].cap && !p.toks[a].all_caps &&
      !(lang == "de" && a >= 1 && CompanyCueWordEnd(p, a - 1) == a)) {
    const bool en = lang.empty() || lang == "en";
    const int k = en ? a + 2 : a + 1;
    if (k + 1 < b && p.IsWord(k) && (!en || (p.IsWord(a + 1) && p.toks[a + 1].cap && !given_names.count(p.Text(a + 1)))) &&
        p.IsWord(k) && given_names.count(p.Text(k)) && p.IsWord(k + 1) && p.toks[k + 1].cap &&
        !p.toks[k + 1].all_caps && (k + 2 == b || (k + 3 == b && p.IsWord(k + 2) && p.toks[k + 2].cap)) &&
        !en_org_suffixes.count(StripPossessive(p.Text(b - 1))) && !en_company_suffixes.count(StripPossessive(p.Text(b - 1))))
      a = k;
  }
  return a;
}

// The end of run [a, b) with stop words, lower-case words and punctuation trimmed from its end;
// places, regions, numerals and firms' partners that close a name stay.
int EntityRecognizer::Impl::TrimLatinRunEnd(const Para& p, int a, int b, std::string_view lang) const {
  auto org_head_in = [&](int from, int to) {
    for (int q = from; q < to; ++q)
      if (p.IsWord(q) && en_org_suffixes.count(StripPossessive(p.Text(q)))) return true;
    return false;
  };
  auto company_head_in = [&](int from, int to) {
    for (int q = from; q < to; ++q)
      if (p.IsWord(q) && en_company_suffixes.count(p.Text(q)) && !In(WordList::kEnCompanySuffixWeak, p.Text(q)))
        return true;
    return false;
  };
  // "Min-ji Han": a romanized Korean family name after a hyphenated given name whose second part is
  // lower case closes a person's name, even when it is a stop word elsewhere.
  auto korean_name_end = [&](int q) {
    return q - 3 >= a && In(WordList::kRomanizedKoSurname, StripPossessive(p.Text(q))) && p.IsWord(q - 1) &&
           !p.toks[q - 1].cap && !p.toks[q - 1].space_before && p.IsPunct(q - 2, "-") && !p.toks[q - 2].space_before &&
           p.IsWord(q - 3) && p.toks[q - 3].cap;
  };
  while (b > a && (!p.IsWord(b - 1) || (en_stop.count(StripPossessive(p.Text(b - 1))) && !korean_name_end(b - 1)) ||
                   (!p.toks[b - 1].cap && !p.IsPunct(b - 2, "-")))) {
    // "Age UK", "Krebsliga Schweiz": a country after a name ends a national body's name.
    if (NationalBranchRun(p, a, b)) break;
    // A capitalized word after an ampersand ends a firm's name: "Kiefer & Sohn".
    if (b - 3 >= a && p.IsWord(b - 1) && p.toks[b - 1].cap && p.IsPunct(b - 2, "&") && p.IsWord(b - 3)) break;
    // A place of one to three capitalized words after "of" and an organization head ends its name:
    // "University of New York", "District Court for the Southern District of New York".
    if (p.IsWord(b - 1) && p.toks[b - 1].cap) {
      int k = b - 1;
      while (k > a && b - k <= 3 && p.IsWord(k) && p.toks[k].cap) --k;
      if (k > a && p.IsWord(k) && p.Text(k) == "of" && (org_head_in(a, k) || company_head_in(a, k))) break;
    }
    // A region after a kind of company stays: "supplier Medisys UK".
    if (b - 2 >= a && p.IsWord(b - 1) && In(WordList::kRegionWord, StripPossessive(p.Text(b - 1))) && a >= 1 &&
        p.IsWord(a - 1) && en_company_cues.count(p.Text(a - 1)))
      break;
    // A Roman numeral after the place of a court or an office ends its name: "Landgericht München I",
    // "Staatsanwaltschaft Berlin II" (not the English pronoun "I").
    if (b - 2 > a && RomanNumeral(p.Text(b - 1)) && (lang != "en" || p.Text(b - 1) != "I") && !lang.empty() &&
        p.toks[b - 1].space_before && p.IsWord(b - 2) && p.toks[b - 2].cap && OrgHeadWordIn(p, a, b - 1))
      break;
    // A region after a company suffix stays: "Samsung Research America".
    if (b - 2 > a && p.IsWord(b - 1) && In(WordList::kRegionWord, StripPossessive(p.Text(b - 1))) &&
        en_company_suffixes.count(p.Text(b - 2)))
      break;
    // So does a country after a connector and an organization or company head: "Constitutional
    // Democratic Party of Japan", "Bank of Canada".
    if (b - 2 > a && p.IsWord(b - 1) && p.toks[b - 1].cap && p.IsWord(b - 2) && !p.toks[b - 2].cap &&
        In(WordList::kEnNameConnector, p.Text(b - 2)) && (org_head_in(a, b - 2) || company_head_in(a, b - 2)))
      break;
    --b;
  }
  return b;
}

// The run [*a_io, *b_io) trimmed at both ends (TrimLatinRunStart, TrimLatinRunEnd).
void EntityRecognizer::Impl::TrimLatinRun(const Para& p, int* a_io, int* b_io, std::string_view lang) const {
  *a_io = TrimLatinRunStart(p, *a_io, *b_io, lang);
  *b_io = TrimLatinRunEnd(p, *a_io, *b_io, lang);
}

// Where an organization run [a, b) turns into a title or a person: a title or a listed given
// name after the run's organization head ("Philippine Marine Corps Commandant Major General
// Arturo Rojas", "Tribunal Supremo Ángel Hurtado", "Refugee Council Enver Solomon"); b if none.
int EntityRecognizer::Impl::OrgRunCut(const Para& p, int a, int b) const {
  int head = -1;
  for (int q = a; q < b && head < 0; ++q)
    if (p.IsWord(q) && en_org_suffixes.count(StripPossessive(p.Text(q)))) head = q;
  if (head < 0) return b;
  for (int q = head + 1; q < b; ++q) {
    if (!p.IsWord(q) || !p.toks[q].cap || en_org_suffixes.count(StripPossessive(p.Text(q)))) continue;
    const std::string_view w = StripPossessive(p.Text(q));
    if (en_titles.count(w) || en_honorifics.count(w) || IsLatinTitle(w) || given_names.count(w)) return q;
  }
  return b;
}

// "Dr Mei-Lin Okafor of UNSW", "Teri Allery of North Dakota State University": where a run
// turns from a person's name to the place of work after "of" — two or three name-like words
// before it that open with a listed given name or follow a title or honorific; b if none.
int EntityRecognizer::Impl::PersonOfCut(const Para& p, int a, int b) const {
  int o = a + 1;
  while (o < b && !(p.IsWord(o) && p.Text(o) == "of")) ++o;
  if (o >= b) return b;
  int words = 0;
  for (int q = a; q < o; ++q) {
    if (p.IsPunct(q, "-")) {
      ++q;  // "Mei-Lin" is one given name
      continue;
    }
    if (!p.IsWord(q) || !p.toks[q].cap || p.toks[q].all_caps || en_stop.count(p.Text(q))) return b;
    ++words;
  }
  if (words < 2 || words > 3) return b;
  const int before = a - 1;
  const bool titled = before >= 0 && p.IsWord(before) &&
                      (EnTitleWord(p, before) || en_honorifics.count(p.Text(before)) || IsLatinTitle(p.Text(before)));
  // (Or the words after "of" hold an organization or company head the words before it lack: "Harriet
  // Kaye of Brackenbury & Vale Solicitors", "Jane Roe of Zentrix University".)
  auto head_in = [&](int from, int to) {
    for (int q = from; q < to; ++q)
      if (p.IsWord(q) && (en_org_suffixes.count(StripPossessive(p.Text(q))) ||
                          en_company_suffixes.count(StripPossessive(p.Text(q)))))
        return true;
    return false;
  };
  // (Two name words, no place or rank word: not "North Carolina Conference of Clerks of Superior Court".)
  const bool head_after = words == 2 && o == a + 2 && !head_in(a, o) && head_in(o + 1, b) &&
                          !In(WordList::kOrgLeadWord, p.Text(a)) && !In(WordList::kOrgLeadWord, p.Text(a + 1)) &&
                          NoCommonWordIn(p, a, o);
  return given_names.count(p.Text(a)) || titled || head_after ? o : b;
}

// The words of run [a, b) (a hyphenated given name and name particles count once) and whether
// all are name-like: capitalized, not all capitals, no stop word.
void EntityRecognizer::Impl::LatinRunShape(const Para& p, int a, int b, int* words_out, bool* name_like) const {
  int words = 0;
  bool all_name_like = true;
  for (int q = a; q < b; ++q) {
    if (!p.IsWord(q)) continue;
    ++words;
    std::string_view w = StripPossessive(p.Text(q));
    bool after_hyphen = q > a && p.IsPunct(q - 1, "-");
    if (after_hyphen) {
      --words;  // "Sung-hyun" is one given name
      continue;
    }
    // Name particles inside a person's name: "Rainer de Meijer", "Ursula von der Leyen".
    if (q > a && q + 1 < b && !p.toks[q].cap && w != "of" && w != "for" && In(WordList::kEnNameConnector, w)) {
      --words;
      continue;
    }
    // Korean executives in English text go by initials and family name ("TM Roh", "DJ Koh").
    bool initials = q == a && b - a == 2 && p.toks[q].all_caps && w.size() == 2 &&
                    In(WordList::kRomanizedKoSurname, StripPossessive(p.Text(q + 1))) > 0;
    // "Han Seung-min": a romanized Korean family name before a hyphenated given name (second part in
    // lower case) is a name, also when it is a stop word elsewhere (Danish "Han").
    // Likewise after such a given name: "Min-ji Han".
    bool korean_family = (q == a && q + 3 < b && In(WordList::kRomanizedKoSurname, w) && p.IsPunct(q + 2, "-") &&
                          p.IsWord(q + 3) && !p.toks[q + 3].cap) ||
                         (q == b - 1 && q - 3 >= a && In(WordList::kRomanizedKoSurname, w) && p.IsPunct(q - 2, "-") &&
                          p.IsWord(q - 1) && !p.toks[q - 1].cap && p.IsWord(q - 3) && p.toks[q - 3].cap);
    // ("Jung Da-eun": a romanized syllable that is a stop word elsewhere, German "Da".)
    korean_family = korean_family || RomanizedGivenName(p, q, a, b);
    if (!initials && (!p.toks[q].cap || p.toks[q].all_caps || (en_stop.count(w) && !korean_family) ||
                      CountCodePoints(w) < 2))
      all_name_like = false;
  }
  *words_out = words;
  *name_like = all_name_like;
}

// Person evidence around run [a, b): a title before ("Präsident Rainer de Meijer"), an
// apposition after ("Name, who ...", "Name, a former Arm executive"), a reporting verb, an age in
// brackets, coordination with a person found just before.
LatinContext EntityRecognizer::Impl::LatinRunContext(const Para& p, const std::vector<Cand>& cands, int a, int b) const {
  const int n = p.Size();
  LatinContext x;
  const int before = a - 1, after = b;
  x.prev_w = before >= 0 && p.IsWord(before) ? HyphenWordEndingAt(p, before) : std::string_view();
  x.next_w = after < n && p.IsWord(after) ? p.Text(after) : std::string_view();
  // Titles of other languages count too ("Präsident Rainer de Meijer", "Trainer Murat Yakin").
  x.prev_title = before >= 0 && (EnTitleWord(p, before) || en_honorifics.count(x.prev_w) ||
                                 (!x.prev_w.empty() && IsLatinTitle(x.prev_w)) ||
                                 (p.IsPunct(before, ".") && before > 0 && en_honorifics.count(p.Text(before - 1))));
  if (p.IsPunct(after, ",")) {
    // "Name, who ...", "Name, the chief executive of X", "Name, a former Arm executive",
    // "Name, previously a partner at X", "Name, Meta's chief executive".
    int q = after + 1;
    if (p.IsWord(q) && p.Text(q) == "who") x.next_comma_title = true;
    // ("Fen Hollow, whose drummer is …": the title is another person's.)
    const bool whose = p.IsWord(q) && p.Text(q) == "whose";
    for (int r = q; r < n && r < q + 5 && !x.next_comma_title && !whose; ++r) {
      if (p.toks[r].kind == kPunct) break;
      if (p.IsWord(r) && p.Free(r) && en_titles.count(StripPossessive(p.Text(r)))) x.next_comma_title = true;
    }
    x.next_comma_title = x.next_comma_title || GermanTitleApposition(p, after);
  }
  x.verb_near = en_person_verbs.count(x.next_w) > 0 || x.prev_w == "said" || x.prev_w == "says" ||
                SpeechCueNextTo(p, p.toks[a].start, p.toks[b - 1].end);
  // An age in brackets after the name: "Tone Damli (36)", "David Eriksen (57)".
  if (p.IsPunct(after, "(") && after + 2 < n && p.toks[after + 1].kind == kNumber && p.IsPunct(after + 2, ")") &&
      p.toks[after + 1].end - p.toks[after + 1].start <= 3)
    x.verb_near = true;
  // "Miguel Santos and Kelsey Park": a name coordinated with a person found just before.
  // (German "und", "sowie", "oder": "Alexander Mischkin und Anatolij Tschepiga".)
  const bool conj = x.prev_w == "and" || x.prev_w == "or" ||
                    (p.lang == "de" && (x.prev_w == "und" || x.prev_w == "sowie" || x.prev_w == "oder"));
  if (conj && before >= 1 && p.owner[before - 1] >= 0 &&
      cands[p.owner[before - 1]].type == "person")
    x.verb_near = true;
  // "Harriet Kaye of Brackenbury & Vale Solicitors said": two or three words before "of" and an
  // organization or company another pass found are a person and the place of work.
  if (x.next_w == "of" && b - a >= 2 && b - a <= 3 && after + 1 < n) {
    const int o = p.owner[after + 1];
    bool org_after = o >= 0 && cands[o].tb == after + 1 && cands[o].type != "person";
    for (int r = after + 1; o < 0 && !org_after && r < n && r < after + 7 && p.toks[r].sentence == p.toks[a].sentence &&
                            (LatinCapWord(p, r) || p.IsPunct(r, "&"));
         ++r)
      org_after = p.IsWord(r) && (en_org_suffixes.count(StripPossessive(p.Text(r))) ||
                                  en_company_suffixes.count(StripPossessive(p.Text(r))));
    x.verb_near = x.verb_near || (org_after && NoCommonWordIn(p, a, b));
  }
  x.given = given_names.count(p.Text(a)) > 0;
  // "vice president at Lockheed Martin", "auditors from Grant Thornton": the place of work of a
  // title or a staff noun is not a person.
  // ("a retired teacher from Pasadena": after "from" only a plural, and no place, nor a run a capitalized
  // word goes on from, "traders from De Villiers Street": a hometown or a street is no workplace.)
  x.at_after_title = before >= 1 && ((x.prev_w == "at" && WorkplaceNounAt(p, before - 1)) ||
                                     (x.prev_w == "from" && EndsWith(p.Text(before - 1), "s") &&
                                      WorkplaceNounAt(p, before - 1) && !PlaceRun(p, a, b) &&
                                      !(after < n && p.IsWord(after) && p.toks[after].cap)));
  return x;
}

// Run [a, b) as a person, company or organization: by a company or organization head, by name
// shape and person evidence, or by company context ("startup X", "X CEO", "joined X").
void EntityRecognizer::Impl::ClassifyLatinRun(int pi, Para& p, std::vector<Cand>& cands, int a, int b) const {
  // "dem Sender Sky", "Fahrgastverein Fahrgastforum Steiermark": a German kind of organization
  // opening the run is no part of the name after it.
  if (b - a >= 2 && DeOrgKindCue(p, a) && DeKindNameStart(p, a + 1)) ++a;
  int words = 0;
  bool all_name_like = true;
  LatinRunShape(p, a, b, &words, &all_name_like);
  std::string_view last = StripPossessive(p.Text(b - 1));
  int end_byte = p.toks[b - 1].start + static_cast<int>(last.size());
  const bool poss_end = last.size() < p.Text(b - 1).size();
  const int after = b;  // token after the fragment
  LatinContext x = LatinRunContext(p, cands, a, b);
  // "Park Sang-hoon", "Cho Hyun-woo": a Korean family name and a hyphenated given name.
  if (!x.given && words == 2 && b - a == 4 && In(WordList::kRomanizedKoSurname, p.Text(a)) && p.IsPunct(a + 2, "-"))
    x.given = true;
  // "Jung Da-eun", "Lin Mei-hua": a family name and a given name of two romanized syllables.
  if (!x.given && words == 2 && b - a == 4 && RomanizedGivenName(p, a + 1, a, b)) x.given = true;
  const char* type = nullptr;
  double conf = 0.0;
  // "Harlow & Finch", "Marks & Spencer": two names joined by an ampersand are a firm; so are
  // names ending in "& Name" ("Falkenrath Oberkamp & Lindqvist", "Velokurier Kranich & Söhne").
  if (!x.given && b - a >= 3 && b - a <= 5 && p.IsPunct(b - 2, "&") && all_name_like) {
    type = "company";
    conf = 0.6;
  }
  // "Hanwha Defense USA": a region word after a company suffix.
  bool region_after_suffix = words >= 3 && In(WordList::kRegionWord, last) && b - 2 >= a &&
                             en_company_suffixes.count(StripPossessive(p.Text(b - 2)));
  if (type) {
  } else if ((words >= 2 && en_company_suffixes.count(last) && !x.given) || region_after_suffix) {
    type = "company";
    conf = 0.75;
    // "Glean Technologies Inc.": the period of a legal suffix belongs to the name.
    if (In(WordList::kLegalSuffix, last) && !poss_end && p.IsPunct(after, ".") && !p.toks[after].space_before)
      end_byte += 1;
  } else {
    type = LatinOrgHeadType(p, a, b, words, &conf);
  }
  if (!type && !x.given && NationalBranchRun(p, a, b)) {
    type = "organization";
    conf = 0.6;
  }
  // "Royal Bank of Canada", "Bank of Commerce": a company head before "of" and a name.
  for (int q = a; !type && !x.given && q + 2 < b; ++q)
    if (p.IsWord(q) && p.toks[q].cap && en_company_suffixes.count(p.Text(q)) &&
        !In(WordList::kEnCompanySuffixWeak, p.Text(q)) && p.IsWord(q + 1) && p.Text(q + 1) == "of") {
      type = "company";
      conf = 0.7;
    }
  if (!type && !poss_end && words <= 3 && all_name_like && SportsTeamRun(p, a, b, words)) {
    type = "organization";
    conf = 0.6;
  }
  // A run with no head named an organization by its place in the clause ("told the Guardian").
  if (!type && !poss_end && !x.given && words <= 5) type = ContextOrgType(p, &a, b, words, &conf);
  bool hired = In(WordList::kHireVerb, x.prev_w) > 0;
  // "Kanzlei Koch Rainer Partner": in German a noun naming a kind of company before the run makes
  // it a company, whatever verb follows.
  const bool de_cue = p.lang == "de" && a >= 1 && CompanyCueWordEnd(p, a - 1) == a;
  // ("The environmental group Beyond Plastics said": a kind of company before a run with no listed
  // given name names the company.)
  const bool kind_cue = en_company_cues.count(x.prev_w) > 0 && !x.given;
  // "Kestrel Telecom said", "Fenwick Homes said": words that name organizations make a run with no
  // listed given name and no title before it no person, and a speaker or an actor an organization.
  const bool org_words = !x.given && !x.prev_title && words >= 2 && OrgWordIn(p, a, b);
  if (!type && !de_cue && !kind_cue && all_name_like && words >= 2 && words <= 3 && !poss_end &&
      !x.at_after_title && !org_words &&
      (x.given || x.prev_title || x.next_comma_title || x.verb_near || hired)) {
    type = "person";
    conf = x.given && (x.prev_title || x.next_comma_title || x.verb_near || hired) ? 0.85 : 0.75;
  }
  if (!type && org_words && words <= 4 && !poss_end && (x.verb_near || hired)) {
    type = "organization";
    conf = 0.6;
  }
  // "top AI engineer": a lone word that modifies titles is part of the title, not a company.
  if (!type && words <= 3 && !(words == 1 && en_title_mods.count(p.Text(a))) &&
      LatinCompanyContext(p, a, b, words, poss_end, x, &conf))
    type = "company";
  // "The House passed", "the Treasury had": "the" and a lone organization head that acts name the body.
  if (!type && b - a == 1 && a >= 1 && p.IsWord(a - 1) && (p.Text(a - 1) == "the" || p.Text(a - 1) == "The") &&
      en_org_suffixes.count(p.Text(a)) && ActsAsBody(p, b)) {
    type = "organization";
    conf = 0.6;
  }
  if (!type) return;
  // "House Minority Leader", "Senate Majority Leader": a title, no body.
  if (std::string_view(type) == "organization" && b - a >= 2) {
    std::string low(last);
    low[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(low[0])));
    if (en_titles.count(low) && !en_org_suffixes.count(last)) return;
  }
  // "La Junta de Andalucía", "El Ayuntamiento": a sentence-opening word that the paragraph also
  // writes in lower case is an article or another common word, no part of an organization named
  // by its head; the head alone names none.
  if (std::string_view(type) == "organization" && OpensSentenceAsCommonWord(p, a)) {
    int rest = 0;
    for (int q = a + 1; q < b; ++q) rest += p.IsWord(q) && p.toks[q].cap;
    if (rest < 2) return;
    do ++a;
    while (a < b && !(p.IsWord(a) && p.toks[a].cap));
  }
  if (std::string_view(type) != "person") a = ElidedCompoundStart(p, a);
  // "Lumen+", "Canal+": a plus sign written right after the last word, closing the word, is part of the name.
  if (std::string_view(type) != "person" && !poss_end && static_cast<size_t>(end_byte) + 1 <= p.text.size() &&
      p.text[end_byte] == '+' &&
      (static_cast<size_t>(end_byte) + 1 == p.text.size() || !std::isalnum(static_cast<unsigned char>(p.text[end_byte + 1]))))
    end_byte += 1;
  ClaimSpan(pi, p, cands, a, b, end_byte, type, conf);
}

// Run [a, b) of `words` name words is a sports team with no head word: "the" and two or three
// words ending in a plural common noun, the first no common word, in a paragraph of a sports report
// ("the Sydney Swans", "with the Melbourne Vixens", "The Logan Leopards"); no competition ("the
// Commonwealth Games": non_entity_head). English (or untagged) text only.
bool EntityRecognizer::Impl::SportsTeamRun(const Para& p, int a, int b, int words) const {
  if (!tagger || (!p.lang.empty() && p.lang != "en")) return false;
  const std::string_view last = p.Text(b - 1);
  const bool plural = last.size() >= 4 && last.back() == 's' && last[last.size() - 2] != 's' &&
                      tagger->EnglishWordInfo(last).lower;
  if (words < 2 || !plural || a < 1 || !p.IsWord(a - 1) || (p.Text(a - 1) != "the" && p.Text(a - 1) != "The") ||
      CommonWordRun(p, a, a + 1) || en_org_suffixes.count(last) || en_company_suffixes.count(last) ||
      In(WordList::kNonEntityHead, last))
    return false;
  for (int t = 0; t < p.Size(); ++t)
    if (p.IsWord(t) && !p.toks[t].cap && In(WordList::kEnSportWord, p.Text(t))) return true;
  return false;
}

// Word t is a definite article ("the", "der", "Die") in the sentence of word a, right before it.
bool EntityRecognizer::Impl::ArticleAt(const Para& p, int t, int a) const {
  if (t < 0 || !p.IsWord(t) || p.toks[t].sentence != p.toks[a].sentence) return false;
  const std::string w = FoldWord(p.Text(t));
  return w == "the" || (p.lang == "de" && In(WordList::kDeDefiniteArticle, w));
}

// German word t names a kind of organization (org_kind_cue: "Gewerkschaft", "Sender"), alone or, a
// cue of five letters or more and no de_place_head, as the end of a compound with three letters or
// more before it ("Fahrgastverein").
bool EntityRecognizer::Impl::DeOrgKindCue(const Para& p, int t) const {
  if (p.lang != "de" || !p.IsWord(t) || !p.toks[t].latin || !p.toks[t].cap || p.toks[t].all_caps) return false;
  const std::string w = FoldWord(p.Text(t));
  if (In(WordList::kOrgKindCue, w)) return true;
  for (const std::string& cue : EntityWords::Default().List(WordList::kOrgKindCue))
    if (cue.size() >= 5 && w.size() >= cue.size() + 3 && EndsWith(w, cue) && !In(WordList::kDePlaceHead, cue))
      return true;  // (not "Ver|band"; not "Zentrixtheater Bergheim", a body with its seat)
  return false;
}

// German word t, right after a kind of organization, opens the name of one: capitalized, after a
// space in the same sentence, no article, stop word, nationality, inflected adjective ("Verein
// Deutscher Ingenieure") or common noun by its ending ("Gewerkschaft Erziehung und Wissenschaft").
bool EntityRecognizer::Impl::DeKindNameStart(const Para& p, int t) const {
  if (t < 1 || !p.IsWord(t) || !p.toks[t].latin || !p.toks[t].cap || !p.toks[t].space_before ||
      p.toks[t].sentence != p.toks[t - 1].sentence)
    return false;
  const std::string_view w = p.Text(t);
  const std::string folded = FoldWord(w);
  if (en_stop.count(w) || In(WordList::kDemonym, w) || In(WordList::kDeDeterminer, folded) ||
      In(WordList::kDeDefiniteArticle, folded) || IsLatinTitle(w) || given_names.count(w) || EndsWith(folded, "scher") ||
      EndsWith(folded, "cher"))
    return false;
  for (WordList l : {WordList::kNonNameEnding, WordList::kDeNonNameEnding})
    for (const std::string& e : EntityWords::Default().List(l))
      if (folded.size() >= e.size() + 3 && EndsWith(folded, e)) return false;
  return true;
}

// Run [a, b) of `words` name words, with no head word and no listed given name, named an
// organization by its place in the clause (structure, with whole classes of words as data):
// - a publication after a definite article in a reporting frame: before a verb of writing or
//   reporting ("the Guardian reported", "Der Falter schrieb", "wie der Standard berichtet"), after
//   one ("schrieb der Blick"), or after a publication_lead ("according to the Guardian", "writing
//   in the Indian Express"); an organization after an audience_lead ("told the Guardian", "told the
//   Commons": an outlet or a body);
// - an organization after a kind of organization ("band The Marrow Saints", "charity Scope", "die
//   Band Wanda") or, after "the", before one in lower case ("the Lantern theatre");
// - an organization as the subject of a hiring verb with a name after it ("The Harbor City Hawks
//   hired Ray Delgado"), when "the" opens it or it holds a common word and no word the word list
//   knows as a person's ("Cricket Australia"; not "Darnell Whitaker").
// nullptr otherwise.
const char* EntityRecognizer::Impl::ContextOrgType(const Para& p, int* a_io, int b, int words, double* conf) const {
  const int n = p.Size();
  int a = *a_io;
  // A nationality or place word the run left out opens the name ("the Indian Express"); so does a
  // capitalized "The" after a kind of organization ("band The Marrow Saints").
  int lead_word = a;
  if (a >= 2 && p.IsWord(a - 1) && p.toks[a - 1].cap && p.toks[a - 1].sentence == p.toks[a].sentence &&
      (In(WordList::kDemonym, p.Text(a - 1)) || In(WordList::kOrgLeadWord, p.Text(a - 1))) && ArticleAt(p, a - 2, a))
    lead_word = a - 1;
  if (a >= 2 && p.IsWord(a - 1) && p.Text(a - 1) == "The" && p.IsWord(a - 2) &&
      p.toks[a - 2].sentence == p.toks[a].sentence && In(WordList::kOrgKindCue, FoldWord(p.Text(a - 2))))
    lead_word = a - 1;
  if (lead_word < a) {
    a = lead_word;
    ++words;
  }
  auto found = [&](const char* type, double c) {
    *a_io = a;
    *conf = c;
    return type;
  };
  const bool article = ArticleAt(p, a - 1, a);
  const bool next_same = b < n && p.IsWord(b) && p.toks[b].sentence == p.toks[a].sentence;
  const std::string next = next_same ? FoldWord(p.Text(b)) : std::string();
  if (article && words <= 4) {
    bool lead = next_same && In(WordList::kPublicationVerb, next), audience = false;
    if (!lead && a >= 2 && p.IsWord(a - 2) && p.toks[a - 2].sentence == p.toks[a].sentence) {
      const std::string w1 = FoldWord(p.Text(a - 2));
      lead = In(WordList::kPublicationLead, w1) || In(WordList::kPublicationVerb, w1);
      audience = In(WordList::kAudienceLead, w1);
      if (!lead && !audience && a >= 3 && p.IsWord(a - 3) && p.toks[a - 3].sentence == p.toks[a].sentence) {
        const std::string w2 = FoldWord(p.Text(a - 3)) + " " + w1;
        lead = In(WordList::kPublicationLead, w2);
        audience = In(WordList::kAudienceLead, w2);
      }
    }
    if ((lead || audience) && !PersonWordIn(p, a, b)) return found(lead ? "publication" : "organization", 0.65);
  }
  const bool kind_before = a >= 1 && p.IsWord(a - 1) && p.toks[a - 1].sentence == p.toks[a].sentence &&
                           (In(WordList::kOrgKindCue, FoldWord(p.Text(a - 1))) || DeOrgKindCue(p, a - 1));
  const bool kind_after = article && next_same && !p.toks[b].cap && In(WordList::kOrgKindCue, next);
  if ((kind_before || kind_after) && words <= 4 && !PersonWordIn(p, a, b)) return found("organization", 0.65);
  if (words <= 4 && CompanyAppositionAfter(p, b) && !PersonWordIn(p, a, b)) return found("company", 0.6);
  // The subject of a hiring verb: the verb after the run, a capitalized word right after it. A kind of
  // company before or opening the run is left to the company cue rule, which reads the name without it
  // ("Streamer Lumen Play has hired", "battery startup Ampera Cells has named").
  const bool cue_first = (words >= 2 && (en_company_cues.count(FoldWord(p.Text(a))) > 0 ||
                                         In(WordList::kOrgKindCue, FoldWord(p.Text(a))))) ||
                         (a >= 1 && p.IsWord(a - 1) && en_company_cues.count(p.Text(a - 1)) > 0);
  if (const int v = HireVerbAfter(p, a, b); v >= 0 && NameObjectAfter(p, v) &&
      !cue_first && (article || (words >= 2 && !NoCommonWordIn(p, a, b)) || (words == 1 && PlusGluedAfter(p, b))) &&
      !PersonWordIn(p, a, b))
    return found("organization", 0.6);
  return nullptr;
}

// A plus sign written right after the word before b, closing the word ("Northstar+ has", "Canal+,").
bool EntityRecognizer::Impl::PlusGluedAfter(const Para& p, int b) const {
  const size_t end = static_cast<size_t>(p.toks[b - 1].end);
  return end < p.text.size() && p.text[end] == '+' &&
         (end + 1 == p.text.size() || !std::isalnum(static_cast<unsigned char>(p.text[end + 1])));
}

// The hiring verb (hire_verb) whose subject is run [a, b): the next word of the sentence, or the word
// after up to three hire_verb_gap words, auxiliaries, adverbs and a day ("has hired", "also hired", "has
// also offered", "on Tuesday named"); a plus sign glued to the run's last word and the company's
// description in commas are skipped ("Northstar+ has hired", "Ardent Micro, the U.S. designer of power
// chips, on Tuesday named"). Its token, else -1.
int EntityRecognizer::Impl::HireVerbAfter(const Para& p, int a, int b) const {
  const int n = p.Size();
  int q = b;
  if (q < n && p.IsPunct(q, "+") && !p.toks[q].space_before) ++q;
  q = CompanyDescriptionEnd(p, q);
  for (int gap = 0; gap <= 3 && q < n && p.IsWord(q) && p.toks[q].sentence == p.toks[a].sentence; ++gap, ++q) {
    const std::string w = FoldWord(p.Text(q));
    if (In(WordList::kHireVerb, w)) return q;
    if (!In(WordList::kHireVerbGap, w)) return -1;
  }
  return -1;
}

// The token after a description in commas that opens at token q (", the U.S. designer of power chips
// for data centers,"): "a", "an", "the" or a capitalized possessive, then up to twenty tokens of the
// sentence with no title word (a person's apposition: ", the chief executive,") up to the closing
// comma. q when none opens there.
int EntityRecognizer::Impl::CompanyDescriptionEnd(const Para& p, int q) const {
  const int n = p.Size();
  if (q + 2 >= n || !p.IsPunct(q, ",") || !p.IsWord(q + 1) || p.toks[q + 1].sentence != p.toks[q].sentence) return q;
  const std::string_view first = p.Text(q + 1);
  if (first != "a" && first != "an" && first != "the" &&
      !(p.toks[q + 1].cap && (EndsWith(first, "'s") || EndsWith(first, "\xE2\x80\x99s"))))
    return q;
  for (int r = q + 2; r < n && r <= q + 21 && p.toks[r].sentence == p.toks[q].sentence; ++r) {
    if (p.IsPunct(r, ",")) return r + 1;
    if (p.IsWord(r) && (EnTitleWord(p, r) || IsLatinTitle(p.Text(r)))) return q;
  }
  return q;
}

// The object of the hiring verb at token v opens with a name: a capitalized word right after the verb or
// after up to three lower-case words and hyphens ("named Priya Natarajan", "named former Qualcomm
// executive Priya Natarajan", "tapped ex-Google engineer …").
bool EntityRecognizer::Impl::NameObjectAfter(const Para& p, int v) const {
  const int n = p.Size();
  for (int q = v + 1, lower = 0; q < n && p.toks[q].sentence == p.toks[v].sentence; ++q) {
    // (After lower-case words a title is no name: "names co-CEOs".)
    if (p.IsWord(q) && p.toks[q].cap) {
      const std::string_view w = StripPossessive(p.Text(q));
      const bool title = EnTitleWord(p, q) || IsLatinTitle(w) || (EndsWith(w, "s") && en_titles.count(w.substr(0, w.size() - 1)));
      return lower == 0 || !title;
    }
    if (p.IsPunct(q, "-") && !p.toks[q].space_before) continue;
    if (!p.IsWord(q) || ++lower > 3) return false;
  }
  return false;
}

// The words that close the head of an apposition (apposition_stop rows: a preposition, a
// conjunction or a relative: "a maker of", "an analyst at the brokerage", "a lender that").
namespace {
bool AppositionStop(std::string_view w) { return In(WordList::kAppositionStop, w); }
}  // namespace

// A company description in apposition right after the run ending at b: a comma, an article or a
// possessive ("a", "the", "Indonesia's"), up to four modifiers and an org_apposition_noun before
// an AppositionStop word, a comma or the sentence end ("Nova Silicon, a U.S.
// maker of power chips,"). A person's apposition ends in a role noun and does not match.
bool EntityRecognizer::Impl::CompanyAppositionAfter(const Para& p, int b) const {
  const int n = p.Size();
  if (!p.IsPunct(b, ",") || b + 1 >= n || !p.IsWord(b + 1) || p.toks[b + 1].sentence != p.toks[b].sentence) return false;
  int q = b + 1;
  const std::string_view first = p.Text(q);
  if (first == "a" || first == "an" || first == "the") {
    ++q;
  } else if (p.toks[q].cap && (EndsWith(first, "'s") || EndsWith(first, "\xE2\x80\x99s"))) {
    ++q;
  } else if (p.toks[q].cap && q + 1 < n && (p.Text(q + 1) == "'s" || p.Text(q + 1) == "\xE2\x80\x99s")) {
    q += 2;
  } else {
    return false;
  }
  int last = -1;
  for (int k = 0; k < 5 && q < n && p.toks[q].sentence == p.toks[b].sentence; ++k, ++q) {
    // The periods of an abbreviation ("U.S.") and the hyphen of a compound ("fourth-largest") are
    // no stop.
    while (q + 1 < n && (p.IsPunct(q, ".") || p.IsPunct(q, "-")) && !p.toks[q].space_before && p.IsWord(q + 1) &&
           p.toks[q + 1].sentence == p.toks[b].sentence && (p.IsPunct(q, ".") || !p.toks[q + 1].space_before))
      ++q;
    if (p.IsPunct(q, ".") && !p.toks[q].space_before && q + 1 < n && p.toks[q + 1].space_before &&
        p.IsWord(q + 1) && !p.toks[q + 1].cap)
      ++q;
    if (!p.IsWord(q)) break;
    const std::string_view w = p.Text(q);
    // ("the Atlanta-based studio": a stop word glued by a hyphen ends a compound modifier.)
    if (AppositionStop(w) && !(q >= 1 && p.IsPunct(q - 1, "-") && !p.toks[q].space_before)) break;
    last = q;
  }
  const bool closed = q >= n || p.toks[q].sentence != p.toks[b].sentence || !p.IsWord(q) || AppositionStop(p.Text(q));
  return last >= 0 && closed && In(WordList::kOrgAppositionNoun, FoldWord(p.Text(last)));
}

// Word `a` opens its sentence (an opening quote aside) and the paragraph writes it in lower case
// elsewhere ("La" of "La Junta de Andalucía" next to "la").
bool EntityRecognizer::Impl::OpensSentenceAsCommonWord(const Para& p, int a) const {
  int q = a - 1;
  while (q >= 0 && p.toks[q].kind == kPunct && p.toks[q].sentence == p.toks[a].sentence) --q;
  if (q >= 0 && p.toks[q].sentence == p.toks[a].sentence) return false;
  const std::string folded = FoldWord(p.Text(a));
  for (int t = 0; t < p.Size(); ++t)
    if (t != a && p.IsWord(t) && p.toks[t].latin && !p.toks[t].cap && p.Text(t).size() == p.Text(a).size() &&
        FoldWord(p.Text(t)) == folded)
      return true;
  return false;
}

// Word t, right after a name in its sentence, makes the name a body that acts: "said", "passed",
// "spokesperson", "has" (en_actor_verb).
bool EntityRecognizer::Impl::ActsAsBody(const Para& p, int t) const {
  if (t >= p.Size() || t == 0 || !p.IsWord(t) || !p.toks[t].space_before || p.toks[t].sentence != p.toks[t - 1].sentence)
    return false;
  return In(WordList::kEnActorVerb, p.Text(t));
}

// Word t follows a place preposition (en_place_preposition), "the" between allowed, in its sentence:
// "at the White House", "in Geelong".
bool EntityRecognizer::Impl::AfterPlacePreposition(const Para& p, int t) const {
  int q = t - 1;
  if (q >= 0 && p.IsWord(q) && (p.Text(q) == "the" || p.Text(q) == "The")) --q;
  return q >= 0 && p.IsWord(q) && p.toks[q].sentence == p.toks[t].sentence &&
         In(WordList::kEnPlacePreposition, FoldWord(p.Text(q)));
}

// A word of run [a, b) that the embedding type guess calls a person's name with some confidence
// ("Malhotra", "Okonjo"); false without the tagger's word list.
// No word of run [a, b) is written in lower case in the English word list ("State Opening" is
// common words, "Harriet Kaye" none); true without the tagger's word list.
bool EntityRecognizer::Impl::NoCommonWordIn(const Para& p, int a, int b) const {
  if (!tagger) return true;
  for (int q = a; q < b; ++q)
    if (p.IsWord(q) && p.toks[q].latin && tagger->EnglishWordInfo(StripPossessive(p.Text(q))).lower) return false;
  return true;
}

bool EntityRecognizer::Impl::PersonWordIn(const Para& p, int a, int b) const {
  if (!tagger) return false;
  for (int q = a; q < b; ++q) {
    if (!p.IsWord(q) || !p.toks[q].latin) continue;
    const NerTagger::EnglishWord w = tagger->EnglishWordInfo(StripPossessive(p.Text(q)));
    if (w.known && w.kind == 1 && w.confidence >= 2) return true;
  }
  return false;
}

// Every word of run [a, b) is a common word: the English word list holds it in lower case only
// ("Proxy", "Match Review", "Co-author"); false without the tagger's word list.
bool EntityRecognizer::Impl::CommonWordRun(const Para& p, int a, int b) const {
  if (!tagger) return false;
  int seen = 0;
  for (int q = a; q < b; ++q) {
    if (p.IsPunct(q, "-")) continue;
    if (!p.IsWord(q) || !p.toks[q].latin || p.toks[q].all_caps) return false;
    const NerTagger::EnglishWord w = tagger->EnglishWordInfo(StripPossessive(p.Text(q)));
    if (!w.lower || w.cap) return false;
    ++seen;
  }
  return seen > 0;
}

// "organization" when run [a, b) holds the head of an organization name, or ends in a compound
// whose end is one ("Justizministerium", "Trabzonspor", "Adana Demirspor"); nullptr otherwise.
const char* EntityRecognizer::Impl::LatinOrgHeadType(const Para& p, int a, int b, int words, double* conf) const {
  // (So does a compound of three parts or more named after a person that ends in the head:
  // "Heinrich-Böll-Stiftung", "Robert-Koch-Institut"; two parts are mostly a common noun:
  // "Nachhaltigkeits-Initiative".)
  // An acronym before the head names the body too: "NRW-Landesregierung", "US-Senat".
  auto person_compound = [&](int q) {
    if (q < a + 2 || !p.IsPunct(q - 1, "-") || p.toks[q].space_before || p.toks[q - 1].space_before) return false;
    if (q == a + 2 && p.toks[a].all_caps && p.Text(a).size() >= 2) return true;
    return q >= a + 4 && p.IsPunct(q - 3, "-") && !p.toks[q - 2].space_before && p.toks[q - 2].cap && p.toks[q - 4].cap;
  };
  // (A governing board opening the run is a body of another organization: "Board of Directors".)
  const int opening = a + (p.Text(a) == "The" && a + 1 < b);
  // (A genitive head ending a compound counts: "des Robert Koch-Instituts".)
  auto genitive_compound_head = [&](int q) {
    const std::string_view w = p.Text(q);
    return q >= a + 2 && p.IsPunct(q - 1, "-") && !p.toks[q].space_before && !p.toks[q - 1].space_before &&
           w.size() > 4 && w.back() == 's' && en_org_suffixes.count(w.substr(0, w.size() - 1)) > 0;
  };
  for (int q = a; q < b; ++q)
    if (p.IsWord(q) && (en_org_suffixes.count(StripPossessive(p.Text(q))) || genitive_compound_head(q)) &&
        (words >= 2 || person_compound(q)) && !(q <= opening && In(WordList::kEnOrgSuffixNamed, StripPossessive(p.Text(q))))) {
      *conf = 0.7;
      return "organization";
    }
  // A German compound head before a genitive or "für" tail: "Sozialversicherungsgericht des Kantons Zürich".
  // (Two words after the connector: "des Landes", "des US-Militärs" name no body of their own.)
  for (int q = a; p.lang == "de" && q + 3 < b; ++q)
    if (p.IsWord(q + 1) && (p.Text(q + 1) == "des" || p.Text(q + 1) == "der" || p.Text(q + 1) == "für") &&
        OrgHeadWordIn(p, q, q + 1)) {
      *conf = 0.65;
      return "organization";
    }
  // The compound may also open a two-word name: "Kantonsspital Sitten", "Landgericht Berlin" (a
  // Roman numeral after it: "Landgericht München I").
  if (b - a >= 3 && RomanNumeral(p.Text(b - 1))) --b;
  for (int q = std::max(a, b - 2); q < b; ++q) {
    if (!p.IsWord(q) || !p.toks[q].cap || p.toks[q].all_caps || (q < b - 1 && b - a != 2)) continue;
    std::string_view w = StripPossessive(p.Text(q));
    // German genitives: "des Statistischen Landesamtes", "des US-Europakommandos".
    const bool genitive = p.lang == "de" && (EndsWith(w, "es") || EndsWith(w, "s"));
    for (int cut = 0; cut <= (genitive ? 2 : 0); ++cut) {
      const std::string_view stem = w.substr(0, w.size() - cut);
      if (cut > 0 && !EndsWith(w.substr(stem.size()), cut == 1 ? "s" : "es")) continue;
      for (const std::string& e : EntityWords::Default().List(WordList::kOrgWordEnding))
        if (stem.size() >= e.size() + 3 && EndsWith(stem, e)) {
          *conf = 0.65;
          return "organization";
        }
    }
  }
  return nullptr;
}

// Company context around run [a, b): a cue word before ("startup X"), a title after ("X CEO"), a
// possessive and a title ("X's chief executive"), a move verb ("joined X"), an apposition
// ("Bridge, a stablecoin startup,"), the place of work of a title ("vice president at X").
bool EntityRecognizer::Impl::LatinCompanyContext(const Para& p, int a, int b, int words, bool poss_end,
                                                 const LatinContext& x, double* conf) const {
  const int n = p.Size(), after = b;
  bool cue_before = en_company_cues.count(x.prev_w) > 0 || GermanCompanyCue(p, a - 1);
  // "a fake consultancy, Avonmere Advisory, and": a cue, a comma and the name closed by punctuation.
  if (!cue_before && a >= 2 && p.IsPunct(a - 1, ",") && p.IsWord(a - 2) && en_company_cues.count(p.Text(a - 2)) &&
      (after >= n || p.toks[after].kind == kPunct) && !x.given)
    cue_before = true;
  // "Ms Patel told Mint.", "told BBC Radio 4": the outlet a person speaks to, closed by punctuation
  // (no listed given name, no word the word list knows only as a person's).
  if (!cue_before && x.prev_w == "told" && !x.given && words <= 3 && (after >= n || p.toks[after].kind == kPunct) &&
      !PersonWordIn(p, a, b) && (words == 1 || CommonWordRun(p, a, b)))
    cue_before = true;
  bool title_after = !x.next_w.empty() && EnTitleWord(p, after) && !x.given;
  // "Political analyst ...", "Sometimes President ...": a lone adjective or adverb opening the
  // sentence (opening quotes aside) is no company before a title.
  if (title_after && words == 1 && EndsWithAnyOf(WordList::kEnModifierEnding, p.Text(a))) {
    int q = a - 1;
    while (q >= 0 && p.toks[q].kind == kPunct && p.toks[q].sentence == p.toks[a].sentence) --q;
    if (q < 0 || p.toks[q].sentence != p.toks[a].sentence) title_after = false;
  }
  bool poss_title = poss_end && after < n && (EnTitleWord(p, after) || en_title_mods.count(x.next_w));
  // "Proxy adviser X", "Deputy Chief Minister X", "the AFL's Match Review Officer", "the Prime
  // Minister's official spokesman": common words or a title before a title are part of the title.
  // (Not before a company officer's title: "Vellum CEO", "Lantern founder"; nor a plural, a club
  // by its nickname: "Pies midfielder", "Swans coach".)
  const bool officer = after < n && p.IsWord(after) && (p.toks[after].all_caps || x.next_w == "founder" ||
                                                        x.next_w == "co-founder" || x.next_w == "cofounder");
  // (Two common words are a title only before a capitalized title word or when the second is a
  // title itself — "Match Review Officer", "Prime Minister's" — not "Channel Meridian chairman".)
  const bool two_word_title = words < 2 || (after < n && p.IsWord(after) && p.toks[after].cap) ||
                              IsLatinTitle(StripPossessive(p.Text(b - 1))) || EnTitleWord(p, b - 1);
  if ((title_after || poss_title) && words <= 2 &&
      ((CommonWordRun(p, a, b) && !officer && two_word_title && !EndsWith(StripPossessive(p.Text(b - 1)), "s")) ||
       (words == 1 && (IsLatinTitle(StripPossessive(p.Text(a))) || en_title_mods.count(FoldWord(StripPossessive(p.Text(a))))))))
    title_after = poss_title = false;
  bool joined = In(WordList::kEnMoveVerb, x.prev_w);
  // "Bridge, a stablecoin startup," / "Quorra, an AI lab".
  bool apposed = false;
  if (p.IsPunct(after, ",") && p.IsWord(after + 1) &&
      (p.Text(after + 1) == "a" || p.Text(after + 1) == "an")) {  // not "X, the company said"
    // ("Medrina, a 40-person Columbus start-up": hyphens inside the apposition.)
    for (int r = after + 2; r < n && r < after + 9 && (p.toks[r].kind != kPunct || p.IsPunct(r, "-")); ++r)
      if (p.IsWord(r) && en_company_cues.count(HyphenWordEndingAt(p, r))) apposed = true;
  }
  if (cue_before || title_after || poss_title || (joined && !x.given) || (apposed && !x.given) ||
      x.at_after_title) {
    *conf = cue_before || poss_title ? 0.7 : 0.6;
    return true;
  }
  return false;
}

// ---- Pass 4: tagger spans

namespace {

// Where a tagger span that stops before a particle in word t should end (`bs`, `be`: the span's
// bytes): when the part of the word it kept opens a longer listed particle ("인천레이크로|부터": 로 +
// 부터 is 로부터), before the longest listed particle that ends the word (KoreanStemLengths proposes
// only listed particles that fit the sound before them), if the span keeps two syllables.
int WholeParticleEnd(const Para& p, int t, int bs, int be) {
  const int ws = p.toks[t].start;
  for (int k : KoreanStemLengths(p.text.substr(ws, p.toks[t].end - ws))) {  // the longest particle first
    if (ws + k >= be) break;
    if (CountCodePoints(p.text.substr(bs, ws + k - bs)) >= 2) return ws + k;
  }
  return be;
}

// The last word of a Hangul organization span of several words [tb, *te) (ending at byte *be) when
// it is a board, meeting or programme of the name before it ("한빛방송 이사회", ko_organ_word) or a
// line of business ("한빛조선 조선해양사업"): the span ends with the word before it instead.
void TrimOrganWord(const Para& p, int tb, int* te, int* be) {
  const int last = *te - 1;
  if (last <= tb || !p.toks[last].has_hangul || !p.toks[last].space_before || !p.IsWord(last - 1)) return;
  std::string_view part = p.text.substr(p.toks[last].start, std::min(*be, p.toks[last].end) - p.toks[last].start);
  part = part.substr(0, static_cast<size_t>(KoreanWholeParticleStem(part)));
  if (!In(WordList::kKoOrganWord, part) && !BusinessLineWord(part)) return;
  *te = last;
  *be = p.toks[last - 1].end;
}

}  // namespace

void EntityRecognizer::Impl::TaggerPass(int pi, Para& p, std::vector<Cand>& cands, std::string_view lang,
                                        std::vector<std::pair<TaggedSpan, int>>* low) const {
  if (!tagger) return;
  std::vector<Cand> coordinated;  // lone person words waiting for a coordinated person
  // The tagger reads a wire dateline with the lede it opens, as the wire writes it (the analysis
  // makes the dateline a sentence of its own for the rules: extract::WireDatelineEnd).
  const int dateline = WireDatelineEnd(p.text);
  for (size_t si = 0; si < p.sentences.size(); ++si) {
    const int sa = p.sentences[si].start;
    int sb = p.sentences[si].end;
    if (dateline > 0 && sb == dateline && si + 1 < p.sentences.size()) sb = p.sentences[++si].end;
    std::string_view sent = p.text.substr(sa, sb - sa);
    // Hangul syllables (lead bytes EA-ED) or an ASCII capital letter.
    const bool any_hangul = NextByteIn(sent, 0, sent.size(), 0xEA, 3) < sent.size();
    const bool any_upper = NextByteIn(sent, 0, sent.size(), 'A', 25) < sent.size();
    if (!any_hangul && !any_upper) continue;
    std::string_view l = any_hangul ? "ko" : lang;
    if (l != "ko" && l != "en") continue;  // the model knows Korean and English only
    for (const TaggedSpan& s : TagSentence(sent, l)) {
      // The score squashes the span's mean emission margin; the format-6 English model often wins
      // a multi-word name through the transitions with a negative margin ("Mei-Lin Zhou"), so
      // English person spans with a space inside keep no threshold (the shape filters below apply).
      const bool latin_name = l == "en" && s.type == "PER" && sent.substr(s.start, s.end - s.start).find(' ') != std::string_view::npos;
      if (s.score < 0.5 && !latin_name) {
        if (low) low->emplace_back(s, sa);
        continue;
      }
      TaggerSpanClaim(pi, p, cands, &coordinated, s, sa);
    }
  }
  JoinCoordinatedPersons(p, cands, coordinated);
}

// The tagger's spans over one sentence; a list the tagger read as one person ("이정미·김이수·
// 이진성 재판관") is one name per item.
std::vector<TaggedSpan> EntityRecognizer::Impl::TagSentence(std::string_view sent, std::string_view l) const {
  std::vector<TaggedSpan> spans;
  for (TaggedSpan& t : tagger->Tag(sent, l)) {
    size_t from = t.start;
    for (size_t k = t.start; t.type == "PER" && k < static_cast<size_t>(t.end);) {
      bool dot = sent.compare(k, 2, "\xC2\xB7") == 0, comma = sent[k] == ',';
      if (!dot && !comma) {
        ++k;
        continue;
      }
      size_t a = from, b = k;
      while (a < b && sent[a] == ' ') ++a;
      while (b > a && sent[b - 1] == ' ') --b;
      if (b > a) spans.push_back({static_cast<int>(a), static_cast<int>(b), t.type, t.score});
      k += dot ? 2 : 1;
      from = k;
    }
    if (from != static_cast<size_t>(t.start)) {
      while (from < static_cast<size_t>(t.end) && sent[from] == ' ') ++from;
      if (from >= static_cast<size_t>(t.end)) continue;
      t.start = static_cast<int>(from);
    }
    spans.push_back(std::move(t));
  }
  return spans;
}

// A foreign name the tagger cut after its first word ("프리야 나라야난,", "토마스 벨랑제다."):
// the next word joins when it could be a foreign family name: two or more Hangul syllables,
// no Korean dictionary word (시리즈, 멤버), title, stop word or organization/company word.
void EntityRecognizer::Impl::ExtendForeignName(const Para& p, int tb, int* te, int* be) const {
  const int t2 = *te;
  if (t2 - tb != 1 || *be != p.toks[tb].end || !p.toks[tb].hangul || !HasForeignSyllable(p.Text(tb)) ||
      t2 >= p.Size() || !p.IsWord(t2) || !p.Free(t2) || !p.toks[t2].hangul || !p.toks[t2].space_before ||
      p.toks[t2].sentence != p.toks[tb].sentence)
    return;
  std::string_view w2 = p.Text(t2);
  std::vector<int> st = KoreanStemLengths(w2);
  std::string_view stem2 = st.empty() ? w2 : w2.substr(0, st.back());
  const int syl = CountCodePoints(stem2);
  bool org_word = false;
  for (const std::string& suf : ko_org_suffixes) org_word = org_word || EndsWith(stem2, suf);
  for (const std::string& suf : ko_company_suffixes) org_word = org_word || EndsWith(stem2, suf);
  // Any reading of the word as a dictionary word (클래식에서도 -> 클래식, 멤버들과 -> 멤버)
  // rules it out; so does a word that ends neither in a particle nor before punctuation
  // (a verb form: 생각하고).
  bool dict_word = IsKoWord(w2);
  for (int k : st) {
    std::string_view x = w2.substr(0, k);
    dict_word = dict_word || IsKoWord(x) || (EndsWith(x, "들") && IsKoWord(x.substr(0, x.size() - 3)));
  }
  const bool ends_np = !st.empty() || t2 + 1 >= p.Size() || !p.IsWord(t2 + 1) ||
                       p.toks[t2 + 1].sentence != p.toks[t2].sentence;
  // It must sound foreign itself, or close a list item ("프리야 나라야난, ...").
  const bool listed = t2 + 1 < p.Size() && (p.IsPunct(t2 + 1, ",") || p.IsPunct(t2 + 1, "·"));
  if (syl >= 2 && syl <= 5 && ends_np && (HasForeignSyllable(stem2) || listed) && !dict_word && !org_word &&
      !ko_stop.count(stem2) && !IsKoTitle(stem2) && !IsKoWord(stem2) && !ko_company_cues.count(stem2) &&
      !ko_person_cues.count(stem2)) {
    *be = p.toks[t2].start + static_cast<int>(stem2.size());
    ++*te;
  }
}

// The words of tagger span `s` (sentence at byte sa) as a name: whole words, or stopping right
// before a particle or 씨; particles that never end a name and function words opening a Latin
// span cut. False when the span is no name by its shape.
bool EntityRecognizer::Impl::TaggerSpanWords(const Para& p, const TaggedSpan& s, int sa, TaggerWords* w) const {
  int bs = sa + s.start, be = sa + s.end;
  // Token range covering the span.
  int tb = -1, te = -1;
  for (int t = 0; t < p.Size(); ++t) {
    if (p.toks[t].end <= bs) continue;
    if (p.toks[t].start >= be) break;
    if (tb < 0) tb = t;
    te = t + 1;
  }
  if (tb < 0) return false;
  for (int t = tb; t < te; ++t)
    if (p.owner[t] >= 0) return false;
  if (s.type == "PER") ExtendForeignName(p, tb, &te, &be);
  // Spans must cover whole words, or stop right before a particle or 씨 ("솔지씨는").
  if (bs != p.toks[tb].start) return false;
  bool ssi = false;
  if (be < p.toks[te - 1].end) {
    std::string_view rest = p.text.substr(be, p.toks[te - 1].end - be);
    // 씨 (Mr/Ms), 군 and 양 (a boy, a girl) written on a person's name.
    ssi = (rest.starts_with("씨") || (s.type == "PER" && (rest.starts_with("군") || rest.starts_with("양")))) &&
          (rest.size() == 3 || IsKoreanParticle(rest.substr(3)));
    // ("Rohit Sharma's tenure", "Statistics Canada's survey": the English model ends a name before its
    // possessive; a one-word organization keeps it, "Christie's" being the name.)
    const bool possessive = (s.type == "PER" || te - tb >= 2) && p.toks[te - 1].latin && !rest.empty() &&
                            StripPossessive(p.Text(te - 1)).size() == static_cast<size_t>(be - p.toks[te - 1].start);
    if (!ssi && !possessive && !IsKoreanParticle(rest)) return false;
    if (!ssi && p.toks[te - 1].has_hangul) be = WholeParticleEnd(p, te - 1, bs, be);
  }
  if (s.type == "ORG") {
    const int te0 = te;
    TrimOrganWord(p, tb, &te, &be);
    if (te != te0) ssi = false;
  }
  std::string_view last = p.Text(te - 1);
  int cut = std::min(be, p.toks[te - 1].end);
  if (p.toks[te - 1].has_hangul) {
    std::string_view part = p.text.substr(p.toks[te - 1].start, cut - p.toks[te - 1].start);
    std::vector<int> stems = KoreanStemLengths(part);
    // The tagger ends its spans before particles; a span that runs to the end of the word
    // keeps a last syllable that may be a particle or part of a name ("마크 러팔로",
    // "스튜어트 고든"), and loses only particles that never end a name.
    for (auto st = stems.rbegin(); cut == p.toks[te - 1].end && st != stems.rend(); ++st) {
      if (In(WordList::kKoNeverNameFinal, part.substr(*st))) cut = p.toks[te - 1].start + *st;
    }
  } else if (p.toks[te - 1].latin) {
    cut = p.toks[te - 1].start + static_cast<int>(StripPossessive(last).size());
  }
  // "이모씨(40)": 씨 the tagger took into the name is the cue, not the name.
  if (s.type == "PER" && cut == p.toks[te - 1].end && p.toks[te - 1].hangul && cut - bs > 6 &&
      p.text.substr(cut - 3, 3) == "씨") {
    cut -= 3;
    ssi = true;
  }
  // A Latin span that starts with a capitalized function word ("Según Hurtado", "Zdaniem
  // Jochena Stadta", "Doch Baerbock") keeps what follows it; a single name left after an
  // "according to" word is a person's family name.
  bool after_cue = false;
  while (te - tb > 1 && p.toks[tb].latin && p.IsWord(tb) && en_stop.count(p.Text(tb)) && p.toks[tb + 1].space_before) {
    after_cue = latin_person_cues.count(p.Text(tb)) > 0;
    ++tb;
    bs = p.toks[tb].start;
  }
  std::string_view surface = p.text.substr(bs, cut - bs);
  if (surface.empty() || ko_stop.count(surface) || en_stop.count(surface) || IsKoTitle(surface)) return false;
  int words = 0;
  for (int t = tb; t < te; ++t) {
    if (p.toks[t].kind == kNumber) return false;
    if (p.toks[t].kind != kWord) continue;
    ++words;
    std::string_view x = p.Text(t);
    if (ko_stop.count(x) || en_stop.count(x) || ((p.toks[t].latin || IsCyrillicLead(x)) && !p.toks[t].cap)) return false;
  }
  if (words == 0) return false;
  *w = TaggerWords{tb, te, bs, cut, words, ssi, after_cue, surface};
  return true;
}

// A title or person cue at word t in the sentence of word `tb` ("배우", "장관은"); `plural`: also
// "의원들" (members of an organization, never one person's title).
bool EntityRecognizer::Impl::KoTitleWordAt(const Para& p, int t, int tb, bool plural) const {
  if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].has_hangul || p.toks[t].sentence != p.toks[tb].sentence) return false;
  std::string_view w = p.Text(t);
  auto title = [&](std::string_view x) {
    if (plural && EndsWith(x, "들") && x.size() > 3) x.remove_suffix(3);
    return IsKoTitle(x) || ko_person_cues.count(x) > 0;
  };
  if (title(w)) return true;
  for (int st : KoreanStemLengths(w))
    if (title(w.substr(0, st))) return true;
  return false;
}

// The KoNNE gazetteer classes of a Hangul or acronym span (0 for other spans).
uint32_t EntityRecognizer::Impl::KoGazetteerOf(const Para& p, const TaggerWords& w) const {
  return p.toks[w.tb].has_hangul || p.toks[w.tb].all_caps ? tagger->KoreanGazetteerClasses(w.surface) : 0;
}

// Claims tagger span `s` (sentence at byte sa) when its shape, or other evidence, makes it a
// person or an organization. Evidence besides the tagger's own for spans the shape filters would
// drop: a title or person cue right before or after the bare name ("배우 배두나", "케리 장관은",
// "솔지씨"), and the KoNNE gazetteer built into the model (forms frequent and nearly always a
// person or an organization in KLUE's train split).
void EntityRecognizer::Impl::TaggerSpanClaim(int pi, Para& p, std::vector<Cand>& cands,
                                             std::vector<Cand>* coordinated, const TaggedSpan& s, int sa) const {
  TaggerWords w;
  if (!TaggerSpanWords(p, s, sa, &w)) return;
  const int tb = w.tb, te = w.te;
  const bool bare = w.cut == p.toks[te - 1].end;  // no particle between the name and what follows
  const bool per = s.type == "PER";
  // An age right after a name is a person cue: "채림(35)과", "김성동(54) 소장".
  const bool age_after = bare && p.IsPunct(te, "(") && !p.toks[te].space_before && te + 2 < p.Size() &&
                         p.toks[te + 1].kind == kNumber && p.IsPunct(te + 2, ")");
  const bool title_after = w.ssi || (per && age_after) ||
                           (bare && te < p.Size() && p.toks[te].space_before && KoTitleWordAt(p, te, tb, !per));
  const bool title_before = tb > 0 && p.toks[tb].space_before && KoTitleWordAt(p, tb - 1, tb, false) &&
                            p.Text(tb - 1) != "씨" && p.Stems(tb - 1).empty();
  if (CountCodePoints(w.surface) < 2) return;
  Cand c;
  c.para = pi;
  c.tb = tb;
  c.te = te;
  c.start = w.bs;
  c.end = w.cut;
  if (per) {
    const TaggerPerson v = TaggerPersonVerdict(p, w, title_after || title_before);
    if (v == TaggerPerson::kNo) return;
    if (v == TaggerPerson::kIfCoordinated) {
      // Kept aside: a name coordinated with a person is one too ("강인과 박세영의 연기").
      c.type = "person";
      c.conf = 0.4 + 0.4 * s.score;
      coordinated->push_back(std::move(c));
      return;
    }
    c.type = "person";
    // "Kleinen Zeitung", "Federación Internacional": a Latin span with the head of an
    // organization name is that organization.
    for (int t = tb; t < te; ++t)
      if (p.toks[t].latin && en_org_suffixes.count(p.Text(t))) c.type = "organization";
    // So is one whose words name an organization ("XL Axiata", "Portland Mariners"), with no listed
    // given name and no title before it.
    const bool titled = tb > 0 && (EnTitleWord(p, tb - 1) || IsLatinTitle(p.Text(tb - 1)));
    if (p.toks[tb].latin && !given_names.count(p.Text(tb)) && !titled && OrgWordIn(p, tb, te)) c.type = "organization";
  } else {
    const char* type = TaggerOrgType(p, w, title_after);
    if (!type) return;
    c.type = type;
  }
  c.conf = 0.4 + 0.4 * s.score;
  // A dictionary name the dictionary pass missed ("SK하이닉스로"): link it.
  if (auto it = alias_to_entry.find(w.surface); it != alias_to_entry.end() && entries[it->second].type != "person" &&
                                                c.type != "person") {
    c.dict = it->second;
    c.type = entries[it->second].type;
  }
  if (w.words == 1 && p.toks[tb].latin) {
    // Sentence-initial capitals say nothing ("Black voters ...", "Global demand ...").
    // Opening quotes or dashes before it change nothing ("“Sometimes President Trump ...").
    int q = tb - 1;
    while (q >= 0 && p.toks[q].kind == kPunct && p.toks[q].sentence == p.toks[tb].sentence) --q;
    if (q < 0 || p.toks[q].sentence != p.toks[tb].sentence) return;
    c.lone_tagged_word = true;
  }
  Claim(p, cands, std::move(c));
}

// Whether a PER span of the tagger is taken as a person (`cue`: a title or person cue next to it).
EntityRecognizer::Impl::TaggerPerson EntityRecognizer::Impl::TaggerPersonVerdict(const Para& p, const TaggerWords& w,
                                                                                bool cue) const {
  const int tb = w.tb;
  // The tagger's scores are not calibrated enough to trust a lone word: a single Hangul
  // word must look like a Korean name or have a cue or a gazetteer entry; a single Latin
  // word is left to coreference.
  if (w.words == 1 && !p.toks[tb].has_hangul && !(w.after_cue && p.toks[tb].latin)) return TaggerPerson::kNo;
  // Two-syllable gazetteer names are often also common nouns (제시, 승리: a singer's stage
  // name and "offer", "victory"); they need a cue.
  if (w.words == 1 && !IsKoreanNameShape(w.surface) && !cue &&
      !(CountCodePoints(w.surface) >= 3 && (KoGazetteerOf(p, w) & (ner::kGazStrongPer << 0))))
    return TaggerPerson::kIfCoordinated;
  // Several Hangul words: common-noun phrases ("제명 문제", "선고 때") are the tagger's usual
  // mistake; a transliterated foreign name has foreign sounds and a word of 2+ syllables
  // ("톰 크루즈", "앤 해서웨이"), and no title inside ("황 시장").
  if (w.words > 1 && p.toks[tb].has_hangul) {
    bool foreign = false, long_word = false, title = false;
    for (int t = tb; t < w.te; ++t) {
      std::string_view x = p.text.substr(p.toks[t].start, std::min(w.cut, p.toks[t].end) - p.toks[t].start);
      if (CountCodePoints(x) >= 2) long_word = true;
      if (HasForeignSyllable(x)) foreign = true;
      if (IsKoTitle(x) || ko_person_cues.count(x) || ko_stop.count(x)) title = true;
    }
    if (title || !long_word || !(foreign || cue)) return TaggerPerson::kNo;
  }
  return TaggerPerson::kYes;
}

// The type of an ORG span of the tagger ("company" or "organization"), nullptr when it is none.
// Lone acronyms (AI, GPU, FOMO) are mostly not organizations, a short lone Hangul word is more
// often a common noun (지도부, 무소속) than a company, and facilities (센터, 공항) are places,
// unless a title follows ("외교부 장관", "MBC 사장") or the gazetteer knows the form as an
// organization (MBC, 국정원, 첼시). Such bodies are mostly broadcasters, public bodies and clubs:
// organizations, not companies.
const char* EntityRecognizer::Impl::TaggerOrgType(const Para& p, const TaggerWords& w, bool title_after) const {
  const int tb = w.tb, te = w.te;
  const std::string_view surface = w.surface;
  // A kind of business or thing ("IB업계", "LNG선") or a line of business ("조선해양사업") is no name.
  if (w.words == 1 && (AcronymGenericNoun(surface) || (p.toks[tb].has_hangul && BusinessLineWord(surface)))) return nullptr;
  bool rescued = false;
  const int cps = CountCodePoints(surface);
  // Three-syllable short forms of public bodies: 공관위, 서울시, 경희대, 특허청, 산업부, 민주당.
  const bool body = w.words == 1 && p.toks[tb].hangul && cps == 3 && EndsWithAnyOf(WordList::kKoBodySuffix, surface);
  if (body) rescued = true;  // an organization, not a company
  // A lone acronym (not "AFP통신", "LG유플러스": Hangul after the letters makes a name; a
  // particle does not: "CATL의").
  const bool acronym = p.toks[tb].all_caps && IsAsciiUpper(surface[0]) &&
                       std::all_of(surface.begin(), surface.end(), [](char ch) {
                         return IsAsciiUpper(ch) || ch == '&' || (ch >= '0' && ch <= '9');
                       });
  if ((w.words == 1 && (acronym || (p.toks[tb].has_hangul && cps < 4 && !body))) ||
      EndsWithAnyOf(WordList::kKoPlaceSuffix, surface)) {
    // (A two-syllable dictionary word the gazetteer knows as a body is more often the common
    // noun: "지방 소방 인력", "현대가 더비"; it needs a title after it.)
    const bool common = cps == 2 && p.toks[tb].hangul && IsKoWord(surface);
    if (!title_after && (common || !(KoGazetteerOf(p, w) & (ner::kGazStrongPer << 1)))) return nullptr;
    rescued = true;
  }
  // Ministries, agencies, parties and committees of any length are organizations
  // (보건복지부, 국세청, 새누리당).
  const auto& bodies = EntityWords::Default().List(WordList::kKoBodySuffix);
  const bool body_suffix = p.toks[te - 1].has_hangul && cps >= 3 &&
                           std::any_of(bodies.begin(), bodies.end(), [&](std::string_view x) {
                             return x != "대" && x != "시" && EndsWith(surface, x);
                           });
  // A unit written after its parent ends a span of several words: the parent's unit is an
  // organization as the unit pass reads it ("질병청 감염병정책국", "국토교통부 도로정책과",
  // "한빛전자 디자인센터"), whatever the parent.
  const std::string_view last = p.text.substr(p.toks[te - 1].start, w.cut - p.toks[te - 1].start);
  const bool unit_tail = w.words >= 2 && p.toks[te - 1].has_hangul && CountCodePoints(last) >= 3 &&
                         (EndsWithAnyOf(WordList::kKoUnitHead, last) || WeakUnitShape(last));
  const char* type = rescued || body_suffix || unit_tail ? "organization" : "company";
  for (const std::string& suf : ko_company_suffixes)
    if (rescued && EndsWith(surface, suf)) type = "company";
  for (const std::string& suf : ko_org_suffixes)
    if (EndsWith(surface, suf)) type = "organization";
  for (int t = tb; t < te; ++t)
    if (en_org_suffixes.count(p.Text(t))) type = "organization";
  return type;
}

// "A와 B", "A, B", "A·B": a word the tagger took for a person (kept aside in `coordinated`) joins
// a person next to it.
void EntityRecognizer::Impl::JoinCoordinatedPersons(Para& p, std::vector<Cand>& cands,
                                                    std::vector<Cand>& coordinated) const {
  auto person_at = [&](int t) { return t >= 0 && t < p.Size() && p.owner[t] >= 0 && cands[p.owner[t]].type == "person"; };
  auto joins = [&](std::string_view particle) {
    return particle == "와" || particle == "과" || particle == "랑" || particle == "이랑" || particle == "하고";
  };
  for (bool changed = true; changed;) {
    changed = false;
    for (Cand& c : coordinated) {
      if (c.dropped) continue;
      const int tb = c.tb, te = c.te;
      bool next = false, prev = false;
      if (c.end < p.toks[te - 1].end) {
        next = joins(p.text.substr(c.end, p.toks[te - 1].end - c.end)) && person_at(te) &&
               cands[p.owner[te]].tb == te && p.toks[te].sentence == p.toks[tb].sentence;
      } else if ((p.IsPunct(te, ",") || p.IsPunct(te, "·")) && person_at(te + 1)) {
        next = cands[p.owner[te + 1]].tb == te + 1 && p.toks[te + 1].sentence == p.toks[tb].sentence;
      }
      if (person_at(tb - 1)) {
        const Cand& o = cands[p.owner[tb - 1]];
        prev = o.te == tb && o.end < p.toks[tb - 1].end && joins(p.text.substr(o.end, p.toks[tb - 1].end - o.end));
      } else if ((p.IsPunct(tb - 1, ",") || p.IsPunct(tb - 1, "·")) && person_at(tb - 2)) {
        prev = cands[p.owner[tb - 2]].end == p.toks[tb - 2].end;
      }
      if (!next && !prev) continue;
      c.dropped = true;  // handled
      Cand keep = c;
      keep.dropped = false;
      if (Claim(p, cands, std::move(keep)) >= 0) changed = true;
    }
  }
}

// ---- Person spans in Latin script that carry more than the name

// Outside English, lower-case words inside a person span mark where the name is not: the span
// keeps its last run of two or more capitalized words ("Berater von Ex-Kanzlerin Angela Merkel",
// "Guido Westerwelle starb jung"; "Ursula von der Leyen" has no such run and stays whole). In
// every language, words before the first listed given name of a span of three words or more go
// when none of them is a listed name ("Kanzler Friedrich Merz", "Justice Clarence Thomas").
void EntityRecognizer::Impl::TrimLatinPersonSpan(Para& p, Cand* c, std::string_view lang) const {
  std::vector<int> words;
  for (int t = c->tb; t < c->te; ++t)
    if (p.IsWord(t) && (t == c->tb || p.toks[t].space_before)) words.push_back(t);
  if (words.size() < 2) return;
  int first = 0, last = static_cast<int>(words.size());  // kept words [first, last)
  // Titles and honorifics at either end are not the name ("Mme Binet", "Prof Datuk Mohd Faiz
  // Abdullah", "Außenministerin Beate Meinl-Reisinger", "Schmid Generalsekretärin"); what is left
  // may be one word, the family name, which then links to the full name.
  auto word_text = [&](int k) {  // the whole word, hyphenated parts included ("Ex-Kanzlerin")
    const int to = k + 1 < static_cast<int>(words.size()) ? words[k + 1] : c->te;
    return StripPossessive(p.text.substr(p.toks[words[k]].start, p.toks[to - 1].end - p.toks[words[k]].start));
  };
  while (last - first > 1 && IsLatinTitle(word_text(first))) ++first;
  while (last - first > 1 && (IsLatinTitle(word_text(last - 1)) || In(WordList::kEnPostNominal, word_text(last - 1))))
    --last;
  if (lang != "en" && !lang.empty()) {
    int best_a = -1, best_b = -1;
    for (int a = first; a < last;) {
      if (!p.toks[words[a]].cap) {
        ++a;
        continue;
      }
      int b = a;
      while (b < last && p.toks[words[b]].cap) ++b;
      if (b - a >= 2) best_a = a, best_b = b;
      a = b;
    }
    bool any_lower = false;
    for (int k = first; k < last; ++k) any_lower |= !p.toks[words[k]].cap;
    if (any_lower && best_a >= 0) first = best_a, last = best_b;
  }
  if (tagger && last - first >= 3) {
    for (int k = first + 1; k < last - 1; ++k) {
      const std::string_view w = p.Text(words[k]);
      if (!p.toks[words[k]].cap) continue;  // a name particle ("von") starts no name
      if (!(tagger->EnglishGazetteerClasses(w) & ner::kGazPer) && !given_names.count(w)) continue;
      bool listed_before = false;
      for (int j = first; j < k; ++j) {
        const std::string_view x = p.Text(words[j]);
        // (Or a word the embedding reads as a person's name and the word list never writes in lower case:
        // "Ashish Kumar Chauhan" keeps its given name before the listed middle name; "Prosecutor" is none.)
        const NerTagger::EnglishWord info = tagger->EnglishWordInfo(x);
        listed_before |= (tagger->EnglishGazetteerClasses(x) & ner::kGazPer) || given_names.count(x) > 0 ||
                         (info.known && info.kind == 1 && info.confidence >= 2 && !info.lower);
      }
      if (!listed_before) first = k;
      break;
    }
  }
  if (first == 0 && last == static_cast<int>(words.size())) return;
  const int tb = words[first];
  int te = last < static_cast<int>(words.size()) ? words[last] : c->te;
  while (te > tb + 1 && !p.IsWord(te - 1)) --te;
  for (int t = c->tb; t < tb; ++t) p.owner[t] = -1;
  for (int t = te; t < c->te; ++t) p.owner[t] = -1;
  c->start = p.toks[tb].start;
  if (te != c->te) c->end = p.toks[te - 1].end;
  c->tb = tb;
  c->te = te;
}

// ---- Pass 4b: Japanese and Chinese tagger spans (the character model of `lang`, "ja" or "zh")

// Marks of a clause inside a span the tagger took for an organization.
constexpr std::string_view kZhClauseMarks[] = {"了", "我", "你", "他", "她", "在", "是", "将", "把", "被", "这", "着", "过", "吗", "呢", "吧", "期待"};
constexpr std::string_view kJaClauseMarks[] = {"は", "が", "を", "ます", "です", "した"};
// "Former" before a Japanese title ("元社員", "元社長").
constexpr std::string_view kJaFormer = "元";
// Staff nouns after a Japanese name ("中野元社員"), but also after a company ("トヨタ社員"), so no title.
constexpr std::string_view kJaStaffNouns[] = {"社員", "職員", "従業員"};
// The mark of an anonymized Chinese name ("王某", "李某某"), its end.
constexpr std::string_view kZhAnonymous = "某";
// Heads that end organization names in Chinese and Japanese.
constexpr std::string_view kCjkOrgHeads[] = {
    "大学", "大學", "学院", "學院", "研究所", "研究院", "公司", "集团", "集團", "银行", "銀行", "委员会",
    "委員会", "委員會", "协会", "協會", "協会", "基金会", "联盟", "聯盟", "组织", "組織", "中心", "局",
    "社", "党", "黨", "军", "軍", "署", "厅", "廳", "庁", "省", "司", "办", "辦", "部", "院", "会", "會",
    "队", "隊", "团", "團", "馆", "館", "网", "網", "报", "報", "台", "金庫", "会議所", "会议所"};

namespace {
bool IsKanji(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || c == 0x3005; }  // (々 too)
bool IsHiragana(char32_t c) { return c >= 0x3041 && c <= 0x309F; }
}  // namespace

// A Japanese name written right before a title ("…の石黒拓海投手(29)", "片山さつき財務相",
// "川端沙織主席エコノミスト"): three to five kanji, or two or three kanji and two or three hiragana,
// after no kanji or katakana, with no organization head or title inside, before a title of two
// code points or more (`cjk_title`) or a two-kanji portfolio + 相. The character model misses such
// names or cuts them ("阿部慎之" of "阿部慎之助監督").
void EntityRecognizer::Impl::JapaneseNameBeforeTitle(int pi, Para& p, std::vector<Cand>& cands) const {
  const std::string_view text = p.text;
  std::vector<std::pair<size_t, char32_t>> cps;  // (byte offset, code point)
  for (size_t i = 0; i < text.size();) {
    const size_t at = i;
    cps.emplace_back(at, DecodeUtf8(text, &i));
  }
  const int n = static_cast<int>(cps.size());
  for (int e = 3; e < n; ++e) {  // e: the first code point of the title
    size_t title = ListWordAt(WordList::kCjkTitle, text.substr(cps[e].first)).size();
    if (title > 0 && CountCodePoints(text.substr(cps[e].first, title)) < 2) title = 0;
    bool portfolio = e + 2 < n && IsKanji(cps[e].second) && IsKanji(cps[e + 1].second) && cps[e + 2].second == U'相';
    // A one-kanji portfolio + 相 that is a title itself ("佐伯誠一郎首相") leaves the name whole.
    if (portfolio && CountCodePoints(ListWordAt(WordList::kCjkTitle, text.substr(cps[e + 1].first))) >= 2) portfolio = false;
    if (title == 0 && !portfolio) continue;
    // A rank prefix belongs to the title, not the name: "小林誠副頭取", "前社長", "現会長".
    if (std::u32string_view(U"副前現元").find(cps[e - 1].second) != std::u32string_view::npos) continue;
    // No longer title covers it: not "副知事" of "水野副知事", "特任教授" of "澤芳樹特任教授".
    // (ICU's words do not help: "阿部慎之|助監督".)
    bool opens = true;
    for (int d = 1; d <= 3 && e - d >= 0; ++d)
      opens = opens && CountCodePoints(ListWordAt(WordList::kCjkTitle, text.substr(cps[e - d].first))) <= d;
    if (!opens) continue;
    // A title prefix belongs to the title ("澤芳樹名誉教授", "岩佐浩審査局長"; cjk_title_prefix).
    int ne = e;
    for (const std::string& w : EntityWords::Default().List(WordList::kCjkTitlePrefix))
      if (text.substr(0, cps[e].first).ends_with(w)) ne = e - CountCodePoints(w);
    int b = ne, hira = 0, kanji = 0;
    while (b > 0 && IsHiragana(cps[b - 1].second) && hira < 4) --b, ++hira;
    while (b > 0 && IsKanji(cps[b - 1].second) && kanji < 6) --b, ++kanji;
    if (hira > 3 || (hira > 0 && (hira < 2 || kanji < 2 || kanji > 3)) || (hira == 0 && (kanji < 3 || kanji > 5))) continue;
    // A hiragana given name holds no particle or verb ending ("最終的には", "反対した"); 元
    // ("former") opens a title, no name ("元経理部長").
    bool particle = false;
    for (int k = ne - hira; k < ne; ++k) particle = particle || std::u32string_view(U"をにはがでたしのともへや").find(cps[k].second) != std::u32string_view::npos;
    if (particle || cps[b].second == U'元') continue;
    if (b > 0 && (IsKanji(cps[b - 1].second) || (cps[b - 1].second >= 0x30A1 && cps[b - 1].second <= 0x30FF))) continue;
    const size_t bs = cps[b].first, be = cps[ne].first;
    const std::string_view name = text.substr(bs, be - bs);
    bool bad = alias_to_entry.count(name) > 0;
    // (One-character heads only at the end: 阿部 is a family name, 党 in the middle a party's.)
    for (std::string_view h : kCjkOrgHeads)
      bad = bad || EndsWith(name, h) || (CountCodePoints(h) >= 2 && name.find(h) != std::string_view::npos);
    for (WordList l : {WordList::kCjkTitle, WordList::kCjkNameHead, WordList::kCjkGenericOrgFinal})
      for (const std::string& w : EntityWords::Default().List(l))
        bad = bad || (CountCodePoints(w) >= 2 && name.find(w) != std::string_view::npos);
    if (bad) continue;
    int tb = -1, te = -1;
    for (int t = 0; t < p.Size(); ++t) {
      if (p.toks[t].end <= static_cast<int>(bs)) continue;
      if (p.toks[t].start >= static_cast<int>(be)) break;
      if (tb < 0) tb = t;
      te = t + 1;
    }
    if (tb < 0 || p.toks[tb].start != static_cast<int>(bs)) continue;
    bool free = true;
    for (int t = tb; t < te; ++t) free = free && p.owner[t] < 0;
    if (free) ClaimSpan(pi, p, cands, tb, te, static_cast<int>(be), "person", 0.6);
  }
}

namespace {
// The end of a dateline that opens a paragraph, "【ソウル＝小池和樹】", "【北京＝共同】" (a place and
// the reporter or agency in lenticular brackets, joined by an equals sign), or 0.
size_t DatelineEnd(std::string_view text) {
  const size_t a = text.find_first_not_of(" \t");
  if (a == std::string_view::npos || !text.substr(a).starts_with("【")) return 0;
  const size_t close = text.find("】", a);
  if (close == std::string_view::npos || close - a > 90) return 0;
  const std::string_view inside = text.substr(a, close - a);
  if (inside.find("＝") == std::string_view::npos && inside.find('=') == std::string_view::npos) return 0;
  return close + std::string_view("】").size();
}

// Bytes [bs, be) of `text` are the whole of a bracket right after a kanji and all katakana: the
// reading of that word ("地震の規模（マグニチュード）", "尹錫悦（ユンソンニョル）"), no organization.
bool KatakanaReading(std::string_view text, int bs, int be) {
  const std::string_view open = text.substr(0, bs), close = text.substr(be);
  if (!(open.ends_with("（") || open.ends_with("(")) || !(close.starts_with("）") || close.starts_with(")"))) return false;
  const size_t o = open.ends_with("（") ? open.size() - 3 : open.size() - 1;
  if (o == 0) return false;
  size_t prev = LastCodePointStart(text, o);
  if (!IsKanji(DecodeUtf8(text, &prev))) return false;
  for (size_t i = bs; i < static_cast<size_t>(be);) {
    const char32_t cp = DecodeUtf8(text, &i);
    if (!(cp >= 0x30A1 && cp <= 0x30FC)) return false;
  }
  return true;
}
}  // namespace

// The bounds of an organization span of the character model, [start, end) as ICU's words widened
// it: no clause inside, cut after its last head or widened to a head right after it, no generic
// body, a Chinese start past glue. False when the span is no name.
bool EntityRecognizer::Impl::CjkOrgBounds(const Para& p, std::string_view lang, int end, CjkSpan* sp) const {
  int tb = sp->tb, te = sp->te, start = sp->start, cut = sp->cut;
  std::string_view surface = p.text.substr(start, end - start);
  // A clause is no name ("中国助力玻利维亚成功发射了通信卫星", "我期待玻中两国未来在航天"):
  // Chinese function words and Japanese case particles never stand inside one.
  bool clause = false;
  const std::span<const std::string_view> marks =
      lang == "zh" ? std::span<const std::string_view>(kZhClauseMarks) : std::span<const std::string_view>(kJaClauseMarks);
  for (std::string_view f : marks) clause = clause || surface.find(f) != std::string_view::npos;
  if (clause) return false;
  // "自民、公明両党", "双方两国": 両/两/兩 and one head character after a name say "both", the last
  // of a list of names, and are no part of it.
  for (std::string_view both : {"両", "两", "兩"}) {
    const size_t at = surface.rfind(both);
    if (at == std::string_view::npos || at < 6 || CountCodePoints(surface.substr(at)) != 2) continue;
    surface = surface.substr(0, at);
    end = start + static_cast<int>(at);
    cut = std::min(cut, end);
  }
  // A name runs to its head ("…大学", "…研究所", "新华社"); what the span carries past the
  // last head is the next word ("南京航空航天大学航空", "…研究所研究员米歇尔", "新华社北京").
  size_t head_end = 0;
  bool ends_in_head = false;
  for (std::string_view h : kCjkOrgHeads) {
    for (size_t at = surface.find(h); at != std::string_view::npos; at = surface.find(h, at + 1)) {
      head_end = std::max(head_end, at + h.size());
      ends_in_head = ends_in_head || at + h.size() == surface.size();
    }
  }
  if (!ends_in_head && head_end >= 6 && head_end < surface.size()) cut = start + static_cast<int>(head_end);
  // The model often stops right before the head ("財務" of "財務省内"): a head that follows
  // the span belongs to it (heads of two characters, or the unambiguous ones: 省, 庁, 党 ...).
  if (!ends_in_head && cut == end) {
    std::string_view after = p.text.substr(end);
    for (std::string_view h : kCjkOrgHeads) {
      if (!after.starts_with(h) || (CountCodePoints(h) < 2 && !In(WordList::kCjkFollowingHead, h))) continue;
      cut = end + static_cast<int>(h.size());
      ends_in_head = true;
      break;
    }
    // (Chinese: the listed heads of two characters or more too, "交通运输" + "出版社".)
    if (const std::string_view h = ListWordAt(WordList::kZhOrgHead, after);
        lang == "zh" && !ends_in_head && CountCodePoints(h) >= 2) {
      cut = end + static_cast<int>(h.size());
      ends_in_head = true;
    }
    int nte = te;
    while (nte < p.Size() && p.toks[nte].start < cut) ++nte;
    bool free_more = true;
    for (int t = te; t < nte; ++t) free_more &= p.owner[t] < 0;
    if (!free_more) cut = end;
    else te = nte;
  }
  while (te - 1 > tb && p.toks[te - 1].start >= cut) --te;
  // Generic bodies are no names (対策本部, 災害対策本部, 取締役会).
  bool generic = false;
  for (const std::string& g : EntityWords::Default().List(WordList::kCjkGenericOrgFinal))
    generic = generic || EndsWith(p.text.substr(start, cut - start), g);
  if (generic) return false;
  if (lang == "zh" && !ChineseOrgSpanStart(p, &tb, te, &start, &cut)) return false;
  while (te - 1 > tb && p.toks[te - 1].start >= cut) --te;
  *sp = CjkSpan{tb, te, start, cut, false};
  return true;
}

// Whether the span [sp->start, sp->cut) the model tagged (a person when sp->person) names a person
// or a body: a head of two characters or more ends a body, a name before a title is a person. False
// when it is neither (a head alone, a word before a title that is no name).
bool EntityRecognizer::Impl::CjkSpanIsPerson(const Para& p, CjkSpan* sp) const {
  const int start = sp->start, cut = sp->cut;
  bool person = sp->person;
  // A span ending in an organization head of two characters or more names a body, no person
  // ("尼崎信用金庫", "…银行").
  if (person)
    for (std::string_view h : kCjkOrgHeads)
      person = person && !(CountCodePoints(h) >= 2 && EndsWith(p.text.substr(start, cut - start), h) &&
                           cut - start > static_cast<int>(h.size()));
  // "尼崎信用金庫": a person span ending in an organization head of two characters or more
  // (cjk_name_head) after two characters at least is that organization; the head alone is
  // a kind of body, no name.
  if (person) {
    const std::string_view name = p.text.substr(start, cut - start);
    bool head_only = false;
    for (const std::string& h : EntityWords::Default().List(WordList::kCjkNameHead)) {
      if (CountCodePoints(h) < 2 || !EndsWith(name, h)) continue;
      const int before = CountCodePoints(name.substr(0, name.size() - h.size()));
      head_only = head_only || before == 0;
      person = person && before < 2;
    }
    if (head_only) return false;
  }
  if (!person && cut < static_cast<int>(p.text.size()) &&
      !ListWordAt(WordList::kCjkTitle, p.text.substr(cut)).empty()) {
    const std::string_view name = p.text.substr(start, cut - start);
    bool head = false;
    for (std::string_view h : kCjkOrgHeads) head = head || EndsWith(name, h);
    if (head) {
    } else if (CountCodePoints(name) >= 3 && CountCodePoints(name) <= 4) {
      person = true;
    } else {
      return false;
    }
  }
  sp->person = person;
  return true;
}

// A person span's name: an anonymized name ends after 某, a title or a Chinese trailer verb the span
// took in goes, a Chinese name ends at its last character, Japanese 元 before a title goes.
void EntityRecognizer::Impl::CjkPersonName(const Para& p, std::string_view lang, CjkSpan* sp) const {
  const int tb = sp->tb, start = sp->start;
  int te = sp->te, cut = sp->cut;
  // "王某退": an anonymized name ends after 某 (王某, 李某某); "阿部慎之助監督": a title the
  // span took in is no part of the name (two code points of the name left at least).
  const std::string_view name = p.text.substr(start, cut - start);
  size_t first_cp = 0;
  if (!name.empty()) DecodeUtf8(name, &first_cp);
  if (name.substr(first_cp).starts_with(kZhAnonymous)) {
    size_t e = first_cp + kZhAnonymous.size();
    if (name.substr(e).starts_with(kZhAnonymous)) e += kZhAnonymous.size();
    cut = start + static_cast<int>(e);
  } else {
    size_t title = 0;
    // (Also a verb the span took in: "郑凯说", "苏念饰", `zh_name_trailer`.)
    for (WordList l : {WordList::kCjkTitle, WordList::kZhNameTrailer})
      for (const std::string& w : EntityWords::Default().List(l))
        // (Trailers only in Chinese: 野村達也 is a Japanese name.)
        if ((l == WordList::kCjkTitle || lang == "zh") && w.size() > title && EndsWith(name, w) &&
            CountCodePoints(name.substr(0, name.size() - w.size())) >= 2)
          title = w.size();
    cut -= static_cast<int>(title);
    // "韩松坦" of "韩松坦言", "澤芳樹名誉" of "澤芳樹名誉教授": a trailer verb (Chinese) that opens inside the
    // name and runs past it, or a title prefix (cjk_title_prefix) before a title, is no part of it.
    if (title == 0) cut = CjkNameEndBeforeTrailer(p, lang, start, cut);
    if (lang == "zh" && title == 0 && cut == sp->cut) cut = ChineseNameLastChar(p, start, cut);
    // "中野元社員": 元 "former" before a title is no part of a Japanese name (three code
    // points of the span at least: 秋元, 坂元 stay).
    const std::string_view kept = p.text.substr(start, cut - start);
    const std::string_view after = p.text.substr(cut);
    bool title_after = !ListWordAt(WordList::kCjkTitle, after).empty();
    for (std::string_view w : kJaStaffNouns) title_after = title_after || after.starts_with(w);
    if (lang == "ja" && EndsWith(kept, kJaFormer) && CountCodePoints(kept) >= 3 && title_after)
      cut -= static_cast<int>(kJaFormer.size());
  }
  while (te < p.Size() && p.toks[te].start < cut) ++te;
  while (te - 1 > tb && p.toks[te - 1].start >= cut) --te;
  sp->te = te;
  sp->cut = cut;
}

void EntityRecognizer::Impl::CjkTaggerPass(int pi, Para& p, std::vector<Cand>& cands,
                                           std::string_view lang) const {
  if (!tagger) return;
  const int dateline = static_cast<int>(DatelineEnd(p.text));
  for (const auto& [sa, sb] : p.sentences) {
    std::string_view sent = p.text.substr(sa, sb - sa);
    for (const TaggedSpan& s : tagger->Tag(sent, lang)) {
      // No score threshold: the character model's spans often win through the transitions
      // with a negative mean emission margin (the score is not a probability).
      const int bs = sa + s.start, be = sa + s.end;
      // The reporter of a dateline is a byline, no person of the story.
      if (s.type == "PER" && bs < dateline) continue;
      if (s.type == "ORG" && lang == "ja" && KatakanaReading(p.text, bs, be)) continue;
      std::string_view surface = p.text.substr(bs, be - bs);
      if (CountCodePoints(surface) < 2) continue;
      // Tokens covering the span (ICU's words need not end where the tagger's span does).
      int tb = -1, te = -1;
      for (int t = 0; t < p.Size(); ++t) {
        if (p.toks[t].end <= bs) continue;
        if (p.toks[t].start >= be) break;
        if (tb < 0) tb = t;
        te = t + 1;
      }
      if (tb < 0) continue;
      bool free = true, word = false;
      for (int t = tb; t < te; ++t) {
        free &= p.owner[t] < 0;
        word |= p.toks[t].kind == kWord;
      }
      if (!free || !word) continue;
      // Latin words inside Japanese or Chinese text are left to the English rules (capitalized
      // runs, dictionary): the character model is weak on them.
      if (p.toks[tb].latin && p.toks[te - 1].latin) continue;
      // A span that starts or ends inside one of ICU's dictionary words takes the whole word
      // ("イオン銀" of "イオン銀行"): the character model's boundaries are its weak point.
      int start = p.toks[tb].kind == kWord ? std::min(bs, p.toks[tb].start) : bs;
      const int end = p.toks[te - 1].kind == kWord ? std::max(be, p.toks[te - 1].end) : be;
      surface = p.text.substr(start, end - start);
      int cut = end;
      if (s.type == "ORG") {
        CjkSpan sp{tb, te, start, cut, false};
        if (!CjkOrgBounds(p, lang, end, &sp)) continue;
        tb = sp.tb, te = sp.te, start = sp.start, cut = sp.cut;
      }
      // "サンライズ・ミュージック": katakana parts after a middle dot continue the name.
      if (size_t more = KatakanaContinuation(p.text, static_cast<size_t>(cut)); more > 0) {
        const int new_cut = cut + static_cast<int>(more);
        int nte = te;
        while (nte < p.Size() && p.toks[nte].start < new_cut) ++nte;
        bool free_more = true;
        for (int t = te; t < nte; ++t) free_more &= p.owner[t] < 0;
        if (free_more) {
          cut = new_cut;
          te = nte;
        }
      }
      // The first characters of a listed title that runs on past the span are no part of the name
      // before it ("山口広美副" + "知事" of "副知事", "堀内最高経営" + "責任者" of
      // "最高経営責任者"); two code points of the name are left at least.
      if (const int title_at = TitleStraddleStart(p.text, start, cut); title_at < cut) {
        cut = title_at;
        while (te - 1 > tb && p.toks[te - 1].start >= cut) --te;
      }
      // A name before a title is a person ("野村証券の松本彩アナリスト"); a word before a
      // minister's title is a portfolio ("財務相"), no name.
      bool person = s.type == "PER";
      {
        CjkSpan sp{tb, te, start, cut, person};
        if (!CjkSpanIsPerson(p, &sp)) continue;
        person = sp.person;
      }
      if (person) {
        CjkSpan sp{tb, te, start, cut, true};
        CjkPersonName(p, lang, &sp);
        te = sp.te, cut = sp.cut;
      }
      Cand c;
      c.para = pi;
      c.tb = tb;
      c.te = te;
      c.start = start;
      c.end = cut;
      surface = p.text.substr(start, cut - start);
      c.type = person ? "person" : "organization";
      c.conf = 0.4 + 0.4 * s.score;
      if (auto it = alias_to_entry.find(surface); it != alias_to_entry.end() &&
                                                  (entries[it->second].type == "person") == person) {
        c.dict = it->second;
        c.type = entries[it->second].type;
      }
      Claim(p, cands, std::move(c));
    }
  }
}

// The end of a CJK person name [start, cut) before a word that starts inside it: a Chinese trailer
// verb (zh_name_trailer) opening in the last code point and running past cut ("韩松坦" + "坦言"), or a
// title prefix (cjk_title_prefix) ending the span right before a listed title ("澤芳樹名誉" + "教授");
// two code points of the name are left at least. `cut` when none.
int EntityRecognizer::Impl::CjkNameEndBeforeTrailer(const Para& p, std::string_view lang, int start, int cut) const {
  const std::string_view name = p.text.substr(start, cut - start);
  const size_t last = LastCodePointStart(name, name.size());
  if (lang == "zh" && CountCodePoints(name.substr(0, last)) >= 2)
    for (const std::string& w : EntityWords::Default().List(WordList::kZhNameTrailer))
      if (w.size() > name.size() - last && p.text.substr(start + last).starts_with(w)) return start + static_cast<int>(last);
  if (ListWordAt(WordList::kCjkTitle, p.text.substr(cut)).empty()) return cut;
  for (const std::string& w : EntityWords::Default().List(WordList::kCjkTitlePrefix))
    if (EndsWith(name, w) && CountCodePoints(name.substr(0, name.size() - w.size())) >= 2)
      return cut - static_cast<int>(w.size());
  return cut;
}

// The end of a Chinese person span [start, cut) the character model cut before the name's last
// character: a family name and one character, then one free Han character that opens no stop,
// trailer or cue word, then a trailer verb ("胡一" of "胡一鸣评价称", "何立" of "何立新则认为").
int EntityRecognizer::Impl::ChineseNameLastChar(const Para& p, int start, int cut) const {
  const std::string_view name = p.text.substr(start, cut - start);
  size_t first = 0;
  if (name.empty() || CountCodePoints(name) != 2) return cut;
  DecodeUtf8(name, &first);
  if (!In(WordList::kZhSurname, name.substr(0, first))) return cut;
  const std::string_view rest = p.text.substr(cut);
  size_t x = 0;
  const char32_t c = DecodeUtf8(rest, &x);
  if (x == 0 || c < 0x4E00 || c > 0x9FFF) return cut;
  for (int t = 0; t < p.Size(); ++t)
    if (p.toks[t].start < cut + static_cast<int>(x) && p.toks[t].end > cut && p.owner[t] >= 0) return cut;
  for (WordList l : {WordList::kZhNameLeftStop, WordList::kZhNameTrailer, WordList::kZhPersonCue, WordList::kCjkTitle})
    for (const std::string& w : EntityWords::Default().List(l))
      if (rest.starts_with(w)) return cut;
  for (const std::string& w : EntityWords::Default().List(WordList::kZhNameTrailer))
    if (rest.substr(x).starts_with(w)) return cut + static_cast<int>(x);
  return cut;
}

// A Chinese organization span of the character model [*start, *cut) over tokens [*tb, te) that
// took in the words before the name: verbs or function words opening it (zh_name_left_stop:
// "举行新闻", "请来浙江大学") are no part of it; an anonymized body ("某电商平台") is none. A team of the body ("北京协和医院团队", "清华团队") is the body. False when no name of two
// code points or more (three after a stop word) is left.
bool EntityRecognizer::Impl::ChineseOrgSpanStart(const Para& p, int* tb, int te, int* start, int* cut) const {
  for (std::string_view tail : {std::string_view("团队"), std::string_view("小组")})
    if (EndsWith(p.text.substr(*start, *cut - *start), tail)) *cut -= static_cast<int>(tail.size());
  // ("杭州一公司", "上海一物流公司": a place, "a" and a kind of body name none.)
  for (int t = *tb; t < te && p.toks[t].end <= *cut; ++t)
    if (p.IsWord(t) && (p.Text(t) == kZhAnonymous || p.Text(t) == "一")) return false;
  int k = -1;
  for (int t = *tb; t < te && p.toks[t].end <= *cut && p.IsWord(t) && In(WordList::kZhNameLeftStop, p.Text(t)); ++t) k = t;
  if (k >= 0) {
    if (k + 1 >= te || p.toks[k + 1].start >= *cut ||
        CountCodePoints(p.text.substr(p.toks[k + 1].start, *cut - p.toks[k + 1].start)) < 3)
      return false;
    *tb = k + 1;
    *start = p.toks[k + 1].start;
  }
  return CountCodePoints(p.text.substr(*start, *cut - *start)) >= 2;
}

// ---- Pass 4a: Japanese company cues. A katakana word written right after a company cue word
// ("新興企業ソラリスが", "スタートアップのアルテミスは" is left to the tagger) and closed by a
// particle or punctuation is a company: the character model misses such new names.

namespace {
bool IsHanWord(std::string_view w);
// The word that joins two modifiers inside one name ("发展和改革委员会").
constexpr std::string_view kZhNameJoin = "和";
constexpr std::string_view kZhNameJoinFormal = "与";
// Every code point is katakana (the long vowel mark included) or Han ("ナ", "ミノ", "食品").
bool IsKatakanaOrHanWord(std::string_view w) {
  if (w.empty()) return false;
  for (size_t i = 0; i < w.size();) {
    const char32_t c = DecodeUtf8(w, &i);
    if (!((c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC || (c >= 0x3400 && c <= 0x9FFF))) return false;
  }
  return true;
}
bool IsKatakanaWord(std::string_view w) {
  int n = 0;
  for (size_t i = 0; i < w.size();) {
    char32_t c = DecodeUtf8(w, &i);
    if (!((c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC)) return false;  // katakana, long vowel mark
    ++n;
  }
  return n >= 2;
}
}  // namespace

void EntityRecognizer::Impl::JapaneseCuePass(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int t = 1; t + 1 < p.Size(); ++t) {
    if (!p.IsWord(t) || !p.Free(t) || p.toks[t].space_before || !IsKatakanaWord(p.Text(t))) continue;
    std::string_view prev = p.Text(t - 1);
    bool cue = false;
    for (const std::string& c : EntityWords::Default().List(WordList::kJaCompanyCue)) cue = cue || prev.ends_with(c);
    // The name ends where a particle or punctuation follows (not inside a longer katakana word).
    if (!cue || !p.IsWord(t - 1) || IsKatakanaWord(p.Text(t + 1)) || p.toks[t + 1].space_before) continue;
    ClaimWord(pi, p, cands, t, "company", 0.55);
  }
}

// "投資コンサルティング会社「グローバル・ブリッジ」", "NPO法人「おたりの足」", "5人組ボーカルグループ「星屑
// ライン」", "电商平台“优选汇”": a name in corner brackets or double quotes written right after a
// word that ends in a kind of organization (`cjk_quote_org_cue`) is an organization, whatever its
// script (hiragana and spaces included: "炉ばた 月光"). A quote of two to sixteen code points with no
// sentence or list punctuation inside; a listed name inside keeps its entry.
void EntityRecognizer::Impl::CjkQuotedNamePass(int pi, Para& p, std::vector<Cand>& cands) const {
  static constexpr std::pair<std::string_view, std::string_view> kQuotes[] = {
      {"「", "」"}, {"『", "』"}, {"“", "”"}, {"《", "》"}};
  // Ends of newspaper and magazine names ("北京青年报", "新闻周刊").
  static constexpr std::string_view kPublicationEnds[] = {"报", "報", "杂志", "雜誌", "周刊", "週刊"};
  for (int t = 1; t + 2 < p.Size(); ++t) {
    std::string_view close;
    for (const auto& [o, c] : kQuotes)
      if (p.IsPunct(t, o)) close = c;
    if (close.empty() || !p.IsWord(t - 1) || p.toks[t].space_before) continue;
    bool cue = false;
    // (The text before the quote, not the last word: ICU may split the cue, "俱|乐部".)
    const std::string_view before = p.text.substr(0, p.toks[t].start);
    for (const std::string& c : EntityWords::Default().List(WordList::kCjkQuoteOrgCue)) cue = cue || before.ends_with(c);
    // Book-title brackets hold works as well as publications: 《…》 names a newspaper or magazine
    // by a cue before it (期刊《自然》), a publication ending (《北京青年报》) or "据《…》报道".
    const bool book = close == "》";
    if (!cue && !book) continue;
    int r = t + 1;
    while (r < p.Size() && r < t + 12 && !p.IsPunct(r, close)) ++r;
    if (r >= p.Size() || !p.IsPunct(r, close) || r == t + 1) continue;
    const int start = p.toks[t + 1].start, end = p.toks[r - 1].end;
    const std::string_view name = p.text.substr(start, end - start);
    if (book && !cue) {
      bool publication = before.ends_with("据") && p.text.substr(p.toks[r].end).starts_with("报道");
      for (std::string_view e : kPublicationEnds) publication = publication || EndsWith(name, e);
      if (!publication) continue;
    }
    const int n = CountCodePoints(name);
    bool clean = n >= 2 && n <= 16;
    for (std::string_view x : {"。", "、", "，", "！", "？", "「", "“"}) clean = clean && name.find(x) == std::string_view::npos;
    for (int k = t + 1; k < r && clean; ++k) clean = p.owner[k] < 0;
    if (!clean) continue;
    // 「LUMINOVA(ルミノバ)」: a name and its other script's spelling in brackets (ScriptPairGloss) are one
    // name written twice, the bracketed one a gloss of the first.
    if (const int open = BracketedSpellingAt(p, t + 1, r); open > 0) {
      const int first = ClaimHanOrganization(pi, p, cands, t + 1, open, start, 0.7);
      if (first >= 0) {
        const int g = ClaimHanOrganization(pi, p, cands, open + 1, r - 1, p.toks[open + 1].start, 0.7);
        if (g >= 0) {
          cands[g].key = "#" + std::to_string(first);
          cands[g].type = cands[first].type;
        }
      }
      continue;
    }
    ClaimHanOrganization(pi, p, cands, t + 1, r, start, 0.7);
  }
}

// Tokens [b, e) of `p` end in a bracketed spelling of the words before it in another script
// (ScriptPairGloss: "LUMINOVA(ルミノバ)", "ルミナス（LUMINUS）"): the opening bracket's token, else -1.
int EntityRecognizer::Impl::BracketedSpellingAt(const Para& p, int b, int e) const {
  if (e - b < 4 || !(p.IsPunct(e - 1, ")") || p.IsPunct(e - 1, "）"))) return -1;
  int open = e - 2;
  while (open > b && !(p.IsPunct(open, "(") || p.IsPunct(open, "（"))) --open;
  if (open <= b || open + 1 >= e - 1) return -1;
  const std::string_view name = p.text.substr(p.toks[b].start, p.toks[open - 1].end - p.toks[b].start);
  const std::string_view gloss = p.text.substr(p.toks[open + 1].start, p.toks[e - 2].end - p.toks[open + 1].start);
  return ScriptPairGloss(name, gloss) ? open : -1;
}

// "株式会社ナミノ食品が", "所属事務所の株式会社ヒカリエージェンシーが": a legal form written before
// the name (`ja_company_form`) and the katakana and Han words after it, up to a particle or
// punctuation, are one company (the character model takes the form for a name, or half the name).
void EntityRecognizer::Impl::JapaneseLegalFormPass(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int t = 0; t + 1 < p.Size(); ++t) {
    if (!p.IsWord(t) || !p.Free(t)) continue;
    // The form may end a word ICU wrote together ("企業株式会社"): the name starts at the form.
    int at = -1;
    std::string_view form;
    for (const std::string& x : EntityWords::Default().List(WordList::kJaCompanyForm))
      if (const size_t k = p.text.substr(p.toks[t].start, p.Text(t).size() + x.size()).find(x); k < p.Text(t).size() && at < 0) {
        at = p.toks[t].start + static_cast<int>(k);
        form = x;
      }
    if (at < 0) continue;
    int f = t;  // the form's last token
    while (f < p.Size() && p.toks[f].end < at + static_cast<int>(form.size())) ++f;
    if (f >= p.Size() || p.toks[f].end != at + static_cast<int>(form.size())) continue;
    int e = f + 1, cps = 0;
    while (e < p.Size() && e < f + 6 && p.IsWord(e) && !p.toks[e].space_before && p.toks[e].sentence == p.toks[t].sentence &&
           (IsKatakanaOrHanWord(p.Text(e)) || (p.toks[e].latin && e == f + 1)))
      cps += CountCodePoints(p.Text(e++));
    if (e == f + 1 || cps < 2 || cps > 16) continue;
    bool listed = false;
    for (int k = t; k < e; ++k) listed |= p.owner[k] >= 0 && cands[p.owner[k]].dict >= 0;
    if (listed) continue;
    EraseCands(p, cands, t, e);
    Cand c;
    c.para = pi;
    c.tb = t;
    c.te = e;
    c.start = at;
    c.end = p.toks[e - 1].end;
    c.type = "company";
    c.conf = 0.7;
    Claim(p, cands, std::move(c));
  }
}

// ---- Pass 4c: longer Japanese and Chinese organization names

// "阿里巴巴集团", "华为技术有限公司", "みずほ証券", "SMBC日興証券", "杭州市公安局公共交通分局",
// "全国人大常委会预算工作委员会": a listed or tagged organization followed, written together, by
// up to ten Han characters (sixteen with katakana) that end in a head of `cjk_name_head` is the start of a
// longer name. Repeated, so a branch of a committee is read whole.
bool EntityRecognizer::Impl::ExtendCjkOrgName(Para& p, std::vector<Cand>& cands, int ci) const {
  Cand& c = cands[ci];
  if (c.type == "person" || (c.dict >= 0 && entries[c.dict].type == "other") || c.te <= c.tb ||
      c.end != p.toks[c.te - 1].end)
    return false;
  int cps = 0;
  for (int q = c.te; q < p.Size() && q < c.te + 6; ++q) {
    const Token& t = p.toks[q];
    // Parent + unit: another organization written right after it is a unit of it, one name
    // ("経済産業省資源エネルギー庁", "中国科学院国家天文台").
    if (q == c.te && t.kind == kWord && p.owner[q] >= 0 && p.owner[q] != ci && !t.space_before && !t.latin &&
        t.sentence == p.toks[c.tb].sentence) {
      const int o = p.owner[q];
      Cand& u = cands[o];
      // (A listed company is no unit: "电商平台京东".)
      if (u.tb != q || u.dropped || u.type == "person" || !u.key.empty() || u.end != p.toks[u.te - 1].end ||
          (u.dict >= 0 && (entries[u.dict].type == "other" || entries[u.dict].type == "company")))
        break;
      for (int k = u.tb; k < u.te; ++k) p.owner[k] = ci;
      c.te = u.te;
      c.end = u.end;
      c.dict = -1;
      c.type = "organization";
      u.dropped = true;
      u.drop_rule = -1;
      return true;
    }
    // Latin letters written inside the unit's name ("京都大学iPS細胞研究所"), not after a space.
    if (t.kind != kWord || p.owner[q] >= 0 || t.sentence != p.toks[c.tb].sentence || (t.latin && t.space_before) ||
        t.has_hangul)
      break;
    const std::string_view w = p.Text(q);
    // A Chinese stop word is no part of a name ("发改委已会同财政部"); "财政部和水利部": 和 after a
    // name that ends in a head opens the next item of a list.
    if (In(WordList::kZhNameLeftStop, w) ||
        (w == kZhNameJoin && (EndsWithAnyOf(WordList::kZhOrgHead, p.text.substr(c.start, c.end - c.start)) ||
                              EndsWithAnyOf(WordList::kCjkNameHead, p.text.substr(c.start, c.end - c.start)))))
      break;
    if (t.latin) {
      cps += CountCodePoints(w);
      continue;
    }
    // A space only before a katakana word ("パナソニック エナジー"); hiragana are particles.
    if (t.space_before && !(q == c.te && IsKatakanaWord(w))) break;
    bool kana_or_han = true;
    for (size_t b = 0; b < w.size() && kana_or_han;) {
      const char32_t cp = DecodeUtf8(w, &b);
      kana_or_han = (cp >= 0x30A1 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF);
    }
    // (Katakana spell long: "フィナンシャルグループ" is eleven code points.)
    if (!kana_or_han || (cps += CountCodePoints(w)) > (IsKatakanaWord(w) ? 16 : 10)) break;
    // A one-character head is a word of its own or ends one of three characters or more ("検査"
    // + "局", "公安局"; not "部署").
    bool head = false;
    for (const std::string& h : EntityWords::Default().List(WordList::kCjkNameHead))
      head = head || (EndsWith(w, h) ? CountCodePoints(h) >= 2 || w.size() == h.size() || CountCodePoints(w) >= 3
                                     : CountCodePoints(h) >= 2 && EndsWith(p.text.substr(c.end, t.end - c.end), h));
    // A centre or a head office is a unit only with a qualifier of its own ("反诈" + "中心").
    const std::string_view unit_text = p.text.substr(c.end, t.end - c.end);
    for (const std::string& h : EntityWords::Default().List(WordList::kCjkQualifiedHead))
      head = head || (EndsWith(unit_text, h) && CountCodePoints(unit_text) >= CountCodePoints(h) + 2);
    // A relation word ends the name ("…有限公司" + "全资子公司": a subsidiary of it, named elsewhere).
    bool relation = false;
    for (size_t b = 0; head && !relation && b < unit_text.size();) {
      const std::string_view tail = unit_text.substr(b);
      relation = CountCodePoints(tail) >= 2 && In(WordList::kZhNameLeftStop, tail);
      DecodeUtf8(unit_text, &b);
    }
    if (relation) break;
    if (!head) continue;
    for (int k = c.te; k <= q; ++k) p.owner[k] = ci;
    c.te = q + 1;
    c.end = t.end;
    // "みずほ" + "リサーチ" + "&テクノロジーズ": katakana parts after a joiner continue the name, another
    // company than the listed one.
    if (const size_t more = KatakanaContinuation(p.text, static_cast<size_t>(c.end)); more > 0) {
      const int new_end = c.end + static_cast<int>(more);
      int nte = c.te;
      bool free_more = true;
      for (; nte < p.Size() && p.toks[nte].start < new_end; ++nte) free_more = free_more && p.owner[nte] < 0;
      if (free_more && p.toks[nte - 1].end == new_end) {
        for (int k = c.te; k < nte; ++k) p.owner[k] = ci;
        c.te = nte;
        c.end = new_end;
        c.dict = -1;
      }
    }
    // A listed company stays itself ("阿里巴巴集团" is Alibaba, "みずほ証券" Mizuho's arm); a
    // committee or branch of a listed body is another body.
    // A unit of a listed company is another body too ("腾讯" + "可持续社会价值事业部").
    if (c.dict >= 0 && (entries[c.dict].type != "company" ||
                        EndsWithAnyOf(WordList::kCjkUnitHead, p.text.substr(c.start, c.end - c.start))))
      c.dict = -1;
    if (c.type == "publication") c.type = "organization";
    return true;
  }
  return false;
}

// ---- Pass 4d: Korean parent + unit, "부산시의회 문화복지위원회", "경찰청 국가수사본부",
// "삼성 메모리사업부": an organization or company followed, after a space, by a Hangul word of
// three syllables or more that ends in a unit head (`ko_unit_head`: 위원회, 수사본부, 사업부) is
// one organization with it. The unit word may already be a candidate of its own (then it stays
// a name of the joined organization).

void EntityRecognizer::Impl::JoinKoreanUnits(Para& p, std::vector<Cand>& cands, int first) const {
  for (int ci = first; ci < static_cast<int>(cands.size()); ++ci) {
    Cand& c = cands[ci];
    const int q = c.te;
    if (c.dropped || c.type == "person" || !c.key.empty() || (c.dict >= 0 && entries[c.dict].type == "other") ||
        c.te <= c.tb || c.end != p.toks[c.te - 1].end || !p.IsWord(q) || !p.toks[q].space_before ||
        !p.toks[q].has_hangul || p.toks[q].sentence != p.toks[c.tb].sentence)
      continue;
    // The unit's words, written together ("형사합의" "25" "부").
    int r = q + 1;
    while (r < p.Size() && !p.toks[r].space_before &&
           (p.IsWord(r) || p.toks[r].kind == kNumber || (p.IsPunct(r, "·") && p.IsWord(r + 1) && !p.toks[r + 1].space_before)))
      ++r;
    // (A candidate may hold the unit's last part after a middle dot: "금융·증권범죄합동수사단".)
    int other = p.owner[q];
    if (other < 0 && p.owner[r - 1] >= 0 && cands[p.owner[r - 1]].te == r && cands[p.owner[r - 1]].tb > q &&
        p.IsPunct(cands[p.owner[r - 1]].tb - 1, "·"))
      other = p.owner[r - 1];
    if (other >= 0 && ((cands[other].tb != q && !p.IsPunct(cands[other].tb - 1, "·")) || cands[other].te != r ||
                       cands[other].type == "person"))
      continue;
    bool free = true;
    for (int t = q; t < r; ++t) free &= p.owner[t] < 0 || p.owner[t] == other;
    // The unit's word with its particle cut, or whole when it ends in a head ("도시공학과", not
    // "도시공학" + 과); the stem that ends in a head when several particles fit ("위원회에도": 에도,
    // not 도).
    bool had_particle = false;
    const std::string_view w = p.Text(r - 1);
    int end = p.toks[r - 1].end;
    auto unit_head = [&](std::string_view u) {
      return EndsWithAnyOf(WordList::kKoUnitHead, u) || EndsWithAnyOf(WordList::kKoBranchSuffix, u) ||
             EndsWithAnyOf(WordList::kKoUnitHeadWeak, u);
    };
    if (!unit_head(w)) {
      end = p.toks[r - 1].start + NameStemLength(w, &had_particle);
      for (const int len : KoreanStemLengths(w))
        if (unit_head(w.substr(0, len))) end = p.toks[r - 1].start + len;
    }
    const std::string_view unit = p.text.substr(p.toks[q].start, end - p.toks[q].start);
    // A region after a company names its local arm ("하이브 재팬", "유니버설 뮤직 재팬").
    const bool region = In(WordList::kKoRegionWord, unit);
    // A union named by the word alone ("기아 노조").
    const bool whole_unit = In(WordList::kKoUnitWord, unit);
    if (!free || (CountCodePoints(unit) < 3 && !region && !whole_unit)) continue;
    // A numbered panel or division: "형사합의25부", "반부패수사3부".
    const bool numbered = EndsWith(unit, "부") && unit.size() > 4 && IsAsciiDigit(unit[unit.size() - 4]);
    // A branch ("대한적십자사 서울지사") is a unit too, as the batches from entities-b6 on annotate it.
    bool head = numbered || region || whole_unit || EndsWithAnyOf(WordList::kKoUnitHead, unit) ||
                EndsWithAnyOf(WordList::kKoBranchSuffix, unit) || WeakKoreanUnit(p, unit, r, had_particle, cands);
    if (!head || EndsWithAnyOf(WordList::kKoGenericOrgFinal, unit)) continue;
    for (int t = q; t < r; ++t) p.owner[t] = ci;
    c.te = r;
    c.end = end;
    if (!region) c.type = "organization";
    c.dict = -1;
    // A unit found on its own stays a name of the joined organization ("예산결산특별위원회"); a
    // part of it after a middle dot names nothing.
    if (other >= 0 && cands[other].tb == q) cands[other].key = "#" + std::to_string(ci);
    if (other >= 0 && cands[other].tb != q) {
      cands[other].dropped = true;
      cands[other].drop_rule = -1;
    }
    // A unit of a unit joins too ("삼성전자 DS부문 메모리사업부"): the same candidate again.
    --ci;
  }
}

// Word `unit` has the shape of a unit ending in a one-syllable head that is also a particle or a
// common ending (`ko_unit_head_weak`: 국, 과, 실): three syllables or more, neither the word nor its
// last two syllables a dictionary word ("회원국", "경영성과": 성과), and no title before the head
// ("카르텔조사국장과" is a bureau chief "and").
bool EntityRecognizer::Impl::WeakUnitShape(std::string_view unit) const {
  if (!EndsWithAnyOf(WordList::kKoUnitHeadWeak, unit) || CountCodePoints(unit) < 3 || IsKoWord(unit)) return false;
  size_t cut = unit.size();
  for (int k = 0; k < 2 && cut > 0; ++k) cut = LastCodePointStart(unit, cut);
  const std::string_view tail = unit.substr(cut);
  const std::string_view stem = unit.substr(0, LastCodePointStart(unit, unit.size()));
  if (IsKoWord(tail) || IsKoTitle(stem)) return false;
  for (const std::string& t : ko_titles)
    if (CountCodePoints(t) >= 2 && EndsWith(stem, t)) return false;
  return true;
}

// A unit ending in a one-syllable head that is also a particle or a common ending
// (`ko_unit_head_weak`: 국, 과, 실; "감염병정책국", "소아청소년과", "재난안전관리실") is a unit only with
// evidence that the word is a name: three syllables or more, neither the word nor its last two
// syllables a dictionary word ("회원국", "경영성과": 성과), and a particle after the head
// ("건축과는") or a person named right after it ("소아청소년과 백승우 교수"); "장관과" (a title + 과
// "and") has none of it.
bool EntityRecognizer::Impl::WeakKoreanUnit(const Para& p, std::string_view unit, int r, bool had_particle,
                                            const std::vector<Cand>& cands) const {
  if (!WeakUnitShape(unit)) return false;
  if (had_particle) return true;
  return p.IsWord(r) && p.owner[r] >= 0 && cands[p.owner[r]].tb == r && cands[p.owner[r]].type == "person";
}

// "the Tamil Nadu government", "Maharashtra govt", "the NSW Government": one to three free capitalized
// words (a state, a region, a union) before a word of `en_government_word` are that place's government,
// one organization. Lower-case "government" after a nationality ("the Swedish government"), a given
// name or a kind of government (`en_government_kind`: Conservative, Federal, Interim) names none; a
// listed country or person before it is claimed already ("the UK government", "the Starmer government").
void EntityRecognizer::Impl::EnglishGovernmentPass(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int g = 1; g < p.Size(); ++g) {
    if (!p.IsWord(g) || !p.Free(g) || !In(WordList::kEnGovernmentWord, p.Text(g))) continue;
    int a = g;
    while (a - 1 >= 0 && g - a < 3 && p.IsWord(a - 1) && p.Free(a - 1) && p.toks[a - 1].latin &&
           (p.toks[a - 1].cap || p.toks[a - 1].all_caps) && p.toks[a].space_before &&
           p.toks[a - 1].sentence == p.toks[g].sentence && StripPossessive(p.Text(a - 1)).size() == p.Text(a - 1).size())
      --a;
    while (a < g && (en_stop.count(p.Text(a)) || In(WordList::kDeDefiniteArticle, p.Text(a)))) ++a;
    if (a == g) continue;
    const bool proper = std::isupper(static_cast<unsigned char>(p.Text(g)[0])) != 0;
    bool ok = !given_names.count(p.Text(a));
    for (int t = a; t < g && ok; ++t) {
      const std::string_view w = p.Text(t);
      ok = !IsLatinTitle(w) && !en_titles.count(w) && !In(WordList::kEnGovernmentKind, w) &&
           (proper || !In(WordList::kDemonym, w));
    }
    if (!ok) continue;
    ClaimSpan(pi, p, cands, a, g + 1, p.toks[g].end, "organization", 0.7);
  }
}

// A known organization and the unit after it are one organization:
// - "NASA's Office of Inspector General": an organization's possessive right before an organization
//   that opens with a unit word (`en_possessive_unit`: Office, Department, Bureau);
// - "BBC Scotland", "BBC Radio 1": a listed organization or publication right before a unit word
//   (`en_unit_word`: Scotland, Wales, Radio, Sport), and for Radio a number or name after it;
// - "DFB-Sportgericht": an acronym joined by a hyphen to an organization written right after it.
void EntityRecognizer::Impl::JoinLatinUnits(Para& p, std::vector<Cand>& cands, int first) const {
  for (int ci = first; ci < static_cast<int>(cands.size()); ++ci) {
    if (cands[ci].dropped || cands[ci].type == "person" || cands[ci].te <= cands[ci].tb) continue;
    if (cands[ci].dict >= 0 && entries[cands[ci].dict].type == "other") continue;
    const int last = cands[ci].te - 1, k = cands[ci].te;
    if (k >= p.Size() || p.toks[k].sentence != p.toks[last].sentence) continue;
    const bool possessive = cands[ci].end < p.toks[last].end &&
                            StripPossessive(p.Text(last)).size() < p.Text(last).size();
    const bool whole = cands[ci].end == p.toks[last].end;
    int join_end = -1;  // the last token of the joined name
    if (possessive && p.toks[k].space_before && p.owner[k] >= 0 && p.owner[k] != ci) {
      const Cand& u = cands[p.owner[k]];
      if (u.tb == k && !u.dropped && u.type != "person" && u.dict < 0 && In(WordList::kEnPossessiveUnit, p.Text(k)))
        join_end = u.te - 1;
    } else if (whole && cands[ci].dict >= 0 && p.toks[k].space_before && p.Free(k) && p.toks[k].cap &&
               In(WordList::kEnUnitWord, p.Text(k))) {
      join_end = k;
      // ("BBC Radio 1", "BBC Radio Cornwall")
      if (p.Text(k) == "Radio" && k + 1 < p.Size() && p.toks[k + 1].space_before && p.Free(k + 1) &&
          p.toks[k + 1].sentence == p.toks[k].sentence &&
          (p.toks[k + 1].kind == kNumber || (p.IsWord(k + 1) && p.toks[k + 1].cap && !en_stop.count(p.Text(k + 1)))))
        join_end = k + 1;
    } else if (whole && RegionBranchAfter(p, cands, ci)) {
      join_end = k;  // "ÖVP Niederösterreich", "Greenpeace Schweiz"
    } else if (whole && p.toks[last].all_caps && k + 1 < p.Size() && p.IsPunct(k, "-") && !p.toks[k].space_before &&
               !p.toks[k + 1].space_before && p.owner[k + 1] >= 0 && p.owner[k + 1] != ci) {
      const Cand& u = cands[p.owner[k + 1]];
      if (u.tb == k + 1 && !u.dropped && u.type == "organization" && u.dict < 0) join_end = u.te - 1;
    }
    if (join_end < 0) continue;
    const int jo = p.owner[join_end];
    int end = p.toks[join_end].end;
    if (jo >= 0 && jo != ci) {
      end = cands[jo].end;
      cands[jo].dropped = true;
      cands[jo].drop_rule = -1;
    }
    Cand& c = cands[ci];
    for (int t = c.te; t <= join_end; ++t) p.owner[t] = ci;
    c.te = join_end + 1;
    c.end = end;
    c.type = "organization";
    c.dict = -1;
  }
}

// A listed organization (dictionary type organization: a party, a body, an NGO; not a company, whose
// "KPMG UK" the event golds name by the company) is followed by a region (region_branch_word)
// or a country (national_branch_word) that ends the sentence's run of capitalized words: its regional
// or national branch ("ÖVP Niederösterreich", "Greenpeace Schweiz"). The region may be free or a
// dictionary place ("Amnesty International UK").
bool EntityRecognizer::Impl::RegionBranchAfter(const Para& p, const std::vector<Cand>& cands, int ci) const {
  const Cand& c = cands[ci];
  const int k = c.te;
  if (c.dict < 0 || entries[c.dict].type != "organization" ||
      k >= p.Size() || !p.IsWord(k) || !p.toks[k].space_before || !p.toks[k].cap || p.toks[k].sentence != p.toks[c.tb].sentence)
    return false;
  if (const int o = p.owner[k]; o >= 0 && !(cands[o].tb == k && cands[o].te == k + 1 && cands[o].dict >= 0 &&
                                            entries[cands[o].dict].type == "other"))
    return false;
  if (!In(WordList::kRegionBranchWord, p.Text(k)) && !In(WordList::kNationalBranchWord, p.Text(k))) return false;
  return !(k + 1 < p.Size() && p.IsWord(k + 1) && p.toks[k + 1].cap && p.toks[k + 1].sentence == p.toks[k].sentence);
}

// German parent + unit: "Institut für Physik der Universität Greifswald": an organization named
// with a tail (für, of, for inside; three words or more) right before der/des and another
// organization or company of the same sentence is one organization with it (the written
// batches' convention: a parent and unit written as one phrase are one name).
void EntityRecognizer::Impl::JoinGermanUnits(Para& p, std::vector<Cand>& cands, int first) const {
  for (int ci = first; ci < static_cast<int>(cands.size()); ++ci) {
    Cand& c = cands[ci];
    if (c.dropped || c.type == "person" || !c.key.empty() || c.dict >= 0 || c.te - c.tb < 3 ||
        c.end != p.toks[c.te - 1].end)
      continue;
    // (A numbered chamber is a unit too: "6. Strafkammer des Landgerichts München I".)
    bool tail = p.toks[c.tb].kind == kNumber;
    for (int t = c.tb; t < c.te; ++t)
      tail = tail || (p.IsWord(t) && (p.Text(t) == "für" || p.Text(t) == "of" || p.Text(t) == "for"));
    const int k = c.te;
    if (!tail || !p.IsWord(k) || (p.Text(k) != "der" && p.Text(k) != "des") || k + 1 >= p.Size() ||
        p.toks[k + 1].sentence != p.toks[c.te - 1].sentence)
      continue;
    const int o = p.owner[k + 1];
    if (o < 0 || o == ci || p.owner[k] >= 0) continue;
    Cand& u = cands[o];
    if (u.tb != k + 1 || u.type == "person" || u.dropped || !u.key.empty() ||
        (u.dict >= 0 && entries[u.dict].type == "other"))
      continue;
    for (int t = k; t < u.te; ++t) p.owner[t] = ci;
    c.te = u.te;
    c.end = u.end;
    c.type = "organization";
    u.dropped = true;
    u.drop_rule = -1;
  }
}

// ---- Pass 4e: Chinese organizations by their head and by lists

namespace {
// Every code point is a Han character (CJK unified ideographs and extension A).
bool IsHanWord(std::string_view w) {
  if (w.empty()) return false;
  for (size_t b = 0; b < w.size();) {
    const char32_t cp = DecodeUtf8(w, &b);
    if (cp < 0x3400 || cp > 0x9FFF) return false;
  }
  return true;
}
}  // namespace

// Candidates of tokens [tb, te) are no names: another reading of their words wins. Their
// tokens are freed; they are never output nor revived.
void EntityRecognizer::Impl::EraseCands(Para& p, std::vector<Cand>& cands, int tb, int te) const {
  for (int t = tb; t < te; ++t) {
    const int o = p.owner[t];
    if (o < 0) continue;
    Cand& c = cands[o];
    for (int k = c.tb; k < c.te; ++k) p.owner[k] = -1;
    c.dropped = true;
    c.drop_rule = -1;
  }
}

// The Han words [a, k) written before a name that starts at token k (a tagger span or a listed name)
// are glue, no part of it: the word right before the name is a one-character function word
// (`zh_name_left_stop` or 和, 同, 跟: "会同|工业和信息化部", "和|中国建筑集团"), the words end in a stop word of
// two characters or more (a relation cue or verb: "赔偿原告", "合作方", "加入") or in a kind of
// organization ("经纪公司", "服务机构", "部件厂商"), or a personal pronoun stands among them ("他希望").
bool EntityRecognizer::Impl::ZhGluedLead(const Para& p, int a, int k) const {
  if (a >= k || k <= 0) return false;
  const std::string_view last = p.Text(k - 1);
  if (CountCodePoints(last) == 1 &&
      (In(WordList::kZhNameLeftStop, last) || last == kZhNameJoin || In(WordList::kZhLeftGlue, last)))
    return true;
  const std::string_view lead = p.text.substr(p.toks[a].start, p.toks[k].start - p.toks[a].start);
  for (int q = a; q < k; ++q) {
    if (In(WordList::kZhPronoun, p.Text(q))) return true;
    const std::string_view tail = p.text.substr(p.toks[q].start, p.toks[k].start - p.toks[q].start);
    if (CountCodePoints(tail) >= 2 && (In(WordList::kZhNameLeftStop, tail) || In(WordList::kZhLeftGlue, tail)))
      return true;
  }
  return EndsWithAnyOf(WordList::kZhOrgCue, lead) || EndsWith(lead, "公司") ||
         (EndsWithAnyOf(WordList::kZhListKind, lead) && !EndsWithAnyOf(WordList::kZhOrgHead, lead) &&
          !EndsWithAnyOf(WordList::kCjkNameHead, lead));
}

// A Chinese organization span that opens with a preposition or function word (`zh_name_left_stop`:
// "通过北京康寿园…" "through") or with a kind of organization before a place ("经纪公司北京声浪…": an
// agency, `zh_org_cue` or a word ending in 公司, then a `zh_place_name`) starts after it; the rest keeps
// four code points or more.
void EntityRecognizer::Impl::TrimChineseOrgLeads(Para& p, std::vector<Cand>& cands, int first) const {
  for (int ci = first; ci < static_cast<int>(cands.size()); ++ci) {
    Cand& c = cands[ci];
    if (c.dropped || c.type == "person" || c.dict >= 0 || c.te - c.tb < 2) continue;
    for (int k = c.tb + 1; k < c.te; ++k) {
      const std::string_view lead = p.text.substr(c.start, p.toks[k].start - c.start);
      const std::string_view rest = p.text.substr(p.toks[k].start, c.end - p.toks[k].start);
      if (!IsHanWord(lead) || CountCodePoints(rest) < 4) break;
      bool place = false;
      for (const std::string& pl : EntityWords::Default().List(WordList::kZhPlaceName))
        place = place || rest.substr(0, pl.size()) == pl;
      // (Also a stop word of two characters or more that ends the lead: "京华东方置业母公司|京华城建集团".)
      bool stop = In(WordList::kZhNameLeftStop, lead) || In(WordList::kZhLeftGlue, lead);
      for (int q = c.tb + 1; q < k && !stop; ++q) {
        const std::string_view tail = p.text.substr(p.toks[q].start, p.toks[k].start - p.toks[q].start);
        stop = CountCodePoints(tail) >= 2 && In(WordList::kZhNameLeftStop, tail);
      }
      const bool kind = place && (EndsWithAnyOf(WordList::kZhOrgCue, lead) || EndsWith(lead, "公司"));
      if (!stop && !kind) continue;
      for (int q = c.tb; q < k; ++q) p.owner[q] = -1;
      c.tb = k;
      c.start = p.toks[k].start;
      break;
    }
  }
}

// Where a Chinese name ending with token t (inclusive) starts: Han words going left, free, in
// the same sentence, up to `max_cps` code points, stopping at a function word or a verb that
// opens the phrase before a name (`zh_name_left_stop`: 从, 据, 在, 表示, 包括); -1 if none.
// "和" joins two modifiers when the word before it ends no organization head.
int EntityRecognizer::Impl::ZhNameStart(const Para& p, int t, int sentence, int max_cps, int ignore, bool* stopped) const {
  int a = -1, cps = 0;
  *stopped = false;
  for (int k = t; k >= 0; --k) {
    const std::string_view w = p.Text(k);
    // (A word that is a head by itself ends the name before: "一审法院|浦东新区人民法院".)
    if (!p.IsWord(k) || !IsHanWord(w) || (p.owner[k] >= 0 && p.owner[k] != ignore) || p.toks[k].sentence != sentence ||
        (k < t && p.toks[k + 1].space_before) || (k < t && CountCodePoints(w) >= 2 && In(WordList::kZhOrgHead, w)))
      break;
    // (与 joins modifiers too: "交通运输与物流学院", "音像与数字出版协会"; "并与" opens the phrase.)
    // (The word before it is one of two characters or more: "将与中国…" opens the phrase with 将.)
    if ((w == kZhNameJoin || w == kZhNameJoinFormal) && a >= 0 && k > 0 && p.IsWord(k - 1) && IsHanWord(p.Text(k - 1)) &&
        CountCodePoints(p.Text(k - 1)) >= 2 &&
        !EndsWithAnyOf(WordList::kZhOrgHead, p.text.substr(0, p.toks[k - 1].end)) && !In(WordList::kZhNameLeftStop, p.Text(k - 1))) {
    } else if (In(WordList::kZhNameLeftStop, w) || w == kZhNameJoin ||
               (a >= 0 && w.size() > kZhNameJoinFormal.size() && EndsWith(w, kZhNameJoinFormal))) {
      // (A word ICU wrote ending in 与 opens the phrase: "将与|中国音像与数字出版协会".)
      *stopped = true;
      break;
    }
    if ((cps += CountCodePoints(w)) > max_cps) break;
    a = k;
  }
  return a;
}

// "杭州市发展和改革委员会", "华东政法大学", "商务部", "杭州日报": a head of `zh_org_head` ending a
// word, after a modifier of Han words (ZhNameStart) of two code points or more, is an
// organization. A head of one character must be a word of its own ("商务|部", not "内部").
void EntityRecognizer::Impl::ChineseHeadNames(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int h = 1; h < p.Size(); ++h) {
    // An unlisted tagger span that ends in the same head may start later than the name does
    // ("区人民法院" of "浦东新区人民法院") or take in the words before it ("这家长河大学"): the
    // head's modifier decides.
    const int tagged = p.owner[h];
    const bool retake = tagged >= 0 && cands[tagged].dict < 0 && cands[tagged].type != "person" &&
                        cands[tagged].source == EntitySource::kCjkTagger && cands[tagged].te == h + 1 &&
                        cands[tagged].end == p.toks[h].end;
    if (!p.IsWord(h) || (p.owner[h] >= 0 && !retake) || !IsHanWord(p.Text(h))) continue;
    const std::string_view upto = p.text.substr(0, p.toks[h].end);
    std::string_view head;
    for (const std::string& x : EntityWords::Default().List(WordList::kZhOrgHead))
      if (x.size() > head.size() && EndsWith(upto, x)) head = x;
    if (head.empty()) continue;
    const int head_start = p.toks[h].end - static_cast<int>(head.size());
    if (CountCodePoints(head) == 1 && p.toks[h].start != head_start) continue;
    int h0 = h;
    while (h0 > 0 && p.toks[h0].start > head_start) --h0;
    const int ignore = retake ? tagged : -1;
    bool free = true;
    for (int t = h0; t < h; ++t) free &= (p.owner[t] < 0 || p.owner[t] == ignore) && IsHanWord(p.Text(t));
    if (!free) continue;
    // The modifier: what the head's first word holds before it, and the words before that.
    int a = p.toks[h0].start < head_start ? h0 : h0 - 1;
    if (a < 0) continue;
    // ("锁定|胜|局": a one-character head after a one-character word is a word's end.)
    if (CountCodePoints(head) == 1 && (a != h - 1 || CountCodePoints(p.Text(a)) < 2)) continue;
    bool stopped = false;
    const int first = ZhNameStart(p, a, p.toks[h].sentence, 12, ignore, &stopped);
    if (first < 0 || first > a) continue;
    // A stop word of two characters or more that ICU wrote together with the next word ("这|家长|河"
    // of "这家长河大学") still ends the phrase before the name: the name starts after its last one
    // (when two characters of modifier are left: "中国企业联合会" keeps 企业).
    // (Also one ICU wrote as two words, the first a stop word of its own: "这|家".)
    int start = p.toks[first].start;
    const int window = p.toks[first > 0 && IsHanWord(p.Text(first - 1)) ? first - 1 : first].start;
    const std::string_view modifier = p.text.substr(window, head_start - window);
    for (const std::string& x : EntityWords::Default().List(WordList::kZhNameLeftStop)) {
      if (x.size() < 6) continue;
      if (const size_t at = modifier.rfind(x); at != std::string_view::npos && modifier.size() - at - x.size() >= 6 &&
                                               window + static_cast<int>(at + x.size()) > start) {
        start = window + static_cast<int>(at + x.size());
        stopped = true;
      }
    }
    // A tagger span is retaken when the name reaches further left, or when a stop word opens the
    // tagger's span ("并与同济大学").
    if (head_start - start < 6 ||
        (retake && (start == cands[tagged].start || (start > cands[tagged].start && !stopped))))
      continue;
    // The tagger's span is kept when the words the modifier adds before it are glue ("他希望|协和医院",
    // "经纪公司|星辰体育管理有限公司", "赔偿原告|锐驰智联科技有限公司").
    if (retake && start < cands[tagged].start) {
      int a0 = first;
      while (p.toks[a0].end <= start) ++a0;
      if (ZhGluedLead(p, a0, cands[tagged].tb)) continue;
    }
    const std::string_view name = p.text.substr(start, p.toks[h].end - start);
    bool generic = false;
    for (const std::string& g : EntityWords::Default().List(WordList::kCjkGenericOrgFinal)) generic = generic || EndsWith(name, g);
    if (generic) continue;
    if (retake) EraseCands(p, cands, h, h + 1);
    // A unit written right after its parent is one organization with it ("浙江大学建筑工程学院").
    if (const int o = first > 0 && start == p.toks[first].start && !p.toks[first].space_before ? p.owner[first - 1] : -1;
        o >= 0 && cands[o].type != "person" && !cands[o].dropped && cands[o].te == first &&
        cands[o].end == p.toks[first - 1].end && (cands[o].dict < 0 || entries[cands[o].dict].type != "other")) {
      for (int t = first; t <= h; ++t) p.owner[t] = o;
      cands[o].te = h + 1;
      cands[o].end = p.toks[h].end;
      cands[o].type = "organization";
      cands[o].dict = -1;
      continue;
    }
    int tb = first;
    while (p.toks[tb].end <= start) ++tb;
    ClaimHanOrganization(pi, p, cands, tb, h + 1, static_cast<int>(start));
  }
}

// An organization candidate over tokens [tb, te) from byte `start`, with its dictionary entry
// when the name is listed (not as a person).
int EntityRecognizer::Impl::ClaimHanOrganization(int pi, Para& p, std::vector<Cand>& cands, int tb, int te,
                                                  int start, double conf) const {
  Cand c;
  c.para = pi;
  c.tb = tb;
  c.te = te;
  c.start = start;
  c.end = p.toks[te - 1].end;
  c.type = "organization";
  c.conf = conf;
  const std::string_view name = p.text.substr(c.start, c.end - c.start);
  if (auto it = alias_to_entry.find(name); it != alias_to_entry.end() && entries[it->second].type != "person") {
    c.dict = it->second;
    c.type = entries[it->second].type;
  }
  return Claim(p, cands, std::move(c));
}

// "中国铁建、中国中铁等央企", "猫眼娱乐、华谊兄弟、万达电影等院线公司": the items of a list joined by
// "、" before 等 and a kind of organization (`zh_list_kind`: 企业, 公司, 机构) are organizations
// (the character model reads some as persons: "华谊", "万达"). A listed name keeps its entry.
void EntityRecognizer::Impl::ChineseListNames(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int t = 2; t + 1 < p.Size(); ++t) {
    if (p.Text(t) != "等" || p.toks[t + 1].space_before) continue;
    const std::string_view kind = ListWordAt(WordList::kZhListKind, p.text.substr(p.toks[t].end));
    if (kind.empty()) continue;
    // Items right to left: [a, b) ends before "等" or "、".
    std::vector<std::pair<int, int>> items;
    const int sentence = p.toks[t].sentence;
    for (int b = t;;) {
      int a = b - 1;
      while (a - 1 >= 0 && p.IsWord(a - 1) && IsHanWord(p.Text(a - 1)) && p.toks[a - 1].sentence == sentence && b - a < 6) --a;
      if (a >= b || !p.IsWord(a) || !IsHanWord(p.Text(a))) break;
      items.emplace_back(a, b);
      if (!p.IsPunct(a - 1, "、")) break;
      b = a - 1;
    }
    if (items.size() < 2) continue;
    // The first item may follow a verb ("包括比亚迪"): it starts where a name could.
    std::pair<int, int>& first_item = items.back();
    for (int k = first_item.first; k < first_item.second; ++k)
      if (In(WordList::kZhNameLeftStop, p.Text(k))) first_item.first = k + 1;
    for (auto [a, b] : items) {
      const std::string_view name = p.text.substr(p.toks[a].start, p.toks[b - 1].end - p.toks[a].start);
      const int n = CountCodePoints(name);
      if (a >= b || n < 2 || n > 8) continue;
      const int o = p.owner[a];
      if (o >= 0 && cands[o].dict >= 0 && cands[o].type != "person" && cands[o].tb == a && cands[o].te == b) continue;
      // A name found inside the item after glue words stays itself ("会同|工业和信息化部、财政部等部门").
      if (const int in = p.owner[b - 1]; in >= 0 && cands[in].type != "person" && cands[in].te == b &&
                                          cands[in].tb > a && ZhGluedLead(p, a, cands[in].tb))
        continue;
      EraseCands(p, cands, a, b);
      ClaimHanOrganization(pi, p, cands, a, b, p.toks[a].start);
    }
  }
}

// Characters that refer to a place named before instead of naming one ("同市", "该市", "本区"), and the most
// code points a place of a government's name takes ("广东省广州市天河区").
constexpr std::string_view kCjkPlaceDeictic[] = {"同", "该", "該", "本", "当", "當", "全", "各", "此", "其", "某", "我"};
constexpr int kCjkPlaceMaxCps = 12;

// The first byte of the place whose place suffix (`cjk_place_suffix`: 省, 市, 区, 府, 県 ...) starts at byte
// `suffix`: free Han words written together, the last ending in the suffix ("杭州市") or the suffix
// alone after the name ("大阪" "市"), and before them more such places ("广东省" "广州市", "大阪市"
// "北区"); -1 when no name of one code point or more stands before the suffix, or it refers back ("同市").
int EntityRecognizer::Impl::CjkPlaceStart(const Para& p, size_t suffix) const {
  int k = -1;
  for (int t = 0; t < p.Size() && k < 0; ++t)
    if (static_cast<size_t>(p.toks[t].start) <= suffix && suffix < static_cast<size_t>(p.toks[t].end)) k = t;
  if (k < 0 || !p.IsWord(k) || !p.Free(k)) return -1;
  const auto han_free = [&](int t) { return t >= 0 && p.IsWord(t) && p.Free(t) && IsHanWord(p.Text(t)); };
  if (static_cast<size_t>(p.toks[k].start) == suffix) {
    if (p.toks[k].space_before || !han_free(k - 1)) return -1;
    --k;
  } else if (!IsHanWord(p.text.substr(p.toks[k].start, suffix - p.toks[k].start))) {
    return -1;
  }
  // ("武" "侯区", "拱" "墅区": ICU cut a name of two characters before its suffix.)
  if (suffix - p.toks[k].start <= 3 && !p.toks[k].space_before && han_free(k - 1) &&
      CountCodePoints(p.Text(k - 1)) == 1 && !In(WordList::kZhNameLeftStop, p.Text(k - 1)) &&
      !In(WordList::kCjkPlaceSuffix, p.Text(k - 1)))
    --k;
  const auto ends_in_suffix = [&](std::string_view w) {
    const size_t last = LastCodePointStart(w, w.size());
    return In(WordList::kCjkPlaceSuffix, w.substr(last));
  };
  while (!p.toks[k].space_before && han_free(k - 1)) {
    const std::string_view w = p.Text(k - 1);
    size_t first = 0;
    DecodeUtf8(p.Text(k), &first);
    if (CountCodePoints(w) >= 2 && ends_in_suffix(w)) {
      --k;
    } else if (first < p.Text(k).size() && In(WordList::kCjkPlaceSuffix, p.Text(k).substr(0, first)) &&
               CountCodePoints(w) <= 3 && !In(WordList::kZhNameLeftStop, w)) {
      --k;  // ("大阪" "市北" "区役所": ICU joined the suffix to the next place's name.)
    } else if (CountCodePoints(w) == 1 && ends_in_suffix(w) && !p.toks[k - 1].space_before && han_free(k - 2)) {
      k -= 2;
    } else {
      break;
    }
  }
  const std::string_view place = p.text.substr(p.toks[k].start, suffix + 3 - p.toks[k].start);
  if (CountCodePoints(place) > kCjkPlaceMaxCps || In(WordList::kZhNameLeftStop, p.Text(k))) return -1;
  for (std::string_view d : kCjkPlaceDeictic)
    if (place.starts_with(d)) return -1;
  return p.toks[k].start;
}

// "杭州市人民政府", "广东省人民政府", "大阪市北区役所", "横浜市役所", "大阪府庁": a place (CjkPlaceStart)
// right before a government head (`cjk_government_head`: 人民政府, 政府, 役所, 庁) is one organization.
void EntityRecognizer::Impl::CjkGovernmentPass(int pi, Para& p, std::vector<Cand>& cands) const {
  const std::string_view text = p.text;
  for (const std::string& h : EntityWords::Default().List(WordList::kCjkGovernmentHead)) {
    for (size_t at = text.find(h); at != std::string_view::npos; at = text.find(h, at + h.size())) {
      if (at < 6) continue;
      const size_t suffix = LastCodePointStart(text, at);
      if (!In(WordList::kCjkPlaceSuffix, text.substr(suffix, at - suffix))) continue;
      const int start = CjkPlaceStart(p, suffix);
      if (start < 0) continue;
      const int end = static_cast<int>(at + h.size());
      int tb = -1, te = -1;
      bool free = true;
      for (int t = 0; t < p.Size(); ++t) {
        if (p.toks[t].end <= start || p.toks[t].start >= end) continue;
        if (tb < 0) tb = t;
        te = t + 1;
        free = free && p.Free(t);
      }
      if (tb < 0 || !free) continue;
      Cand c;
      c.para = pi;
      c.tb = tb;
      c.te = te;
      c.start = start;
      c.end = end;
      c.type = "organization";
      c.conf = 0.7;
      Claim(p, cands, std::move(c));
    }
  }
}

// "家住良渚的张女士", "市民李先生说": a Chinese family name written as a word of its own right before a
// form of address (zh_address_title: 女士, 先生, 阿姨, 师傅) names a person by the family name alone, when
// the word before it is no single character of a name (a word of two characters or more, 的, or none).
// The person is the family name; a full name of the article that starts with it takes it in
// (LinkCjkFamilyNames).
void EntityRecognizer::Impl::ChineseAddressedFamilyNames(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int t = 0; t + 1 < p.Size(); ++t) {
    if (!p.IsWord(t) || !p.Free(t) || !p.IsWord(t + 1) || p.toks[t + 1].space_before ||
        p.toks[t + 1].sentence != p.toks[t].sentence || !In(WordList::kZhSurname, p.Text(t)) ||
        !In(WordList::kZhAddressTitle, p.Text(t + 1)))
      continue;
    const bool glued_char = t > 0 && p.IsWord(t - 1) && !p.toks[t].space_before &&
                            p.toks[t - 1].sentence == p.toks[t].sentence && IsHanWord(p.Text(t - 1)) &&
                            CountCodePoints(p.Text(t - 1)) == 1 && p.Text(t - 1) != "的";
    if (!glued_char) ClaimWord(pi, p, cands, t, "person", 0.6);
  }
}

// "总经理陈立群表示", "替补中锋梁子豪在", "成员马嘉祺为": two or three free Han characters opening
// with a family name (`zh_surname`) right after a role noun (`zh_role_noun`, `cjk_title`) and closed
// by punctuation, a stop word, a verb glued to names (`zh_name_trailer`) or a person cue are a
// person the character model missed.
void EntityRecognizer::Impl::ChineseRoleNames(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int t = 1; t + 1 < p.Size(); ++t) {
    if (!p.IsWord(t) || !p.Free(t) || p.toks[t].space_before || !IsHanWord(p.Text(t))) continue;
    const std::string_view before = p.text.substr(0, p.toks[t].start);
    bool role = false;
    for (WordList l : {WordList::kZhRoleNoun, WordList::kCjkTitle})
      for (const std::string& r : EntityWords::Default().List(l)) role = role || (CountCodePoints(r) >= 2 && before.ends_with(r));
    if (!role) continue;
    size_t first = 0;
    DecodeUtf8(p.Text(t), &first);
    if (!In(WordList::kZhSurname, p.Text(t).substr(0, first)) || In(WordList::kZhNameLeftStop, p.Text(t)) ||
        In(WordList::kZhNameTrailer, p.Text(t)) || In(WordList::kZhPersonCue, p.Text(t)))
      continue;
    auto boundary = [&](int k) {
      if (k >= p.Size() || !p.IsWord(k) || p.toks[k].sentence != p.toks[t].sentence || !IsHanWord(p.Text(k))) return true;
      const std::string_view w = p.text.substr(p.toks[k].start);
      for (WordList l : {WordList::kZhNameLeftStop, WordList::kZhNameTrailer, WordList::kZhPersonCue})
        for (const std::string& x : EntityWords::Default().List(l))
          if (w.starts_with(x) && (CountCodePoints(x) >= 2 || p.Text(k) == x)) return true;
      return false;
    };
    int e = t, cps = 0;
    while (e < p.Size() && cps < 3 && !(e > t && boundary(e)) && p.IsWord(e) && p.Free(e) && IsHanWord(p.Text(e)) &&
           p.toks[e].sentence == p.toks[t].sentence && (e == t || !p.toks[e].space_before))
      cps += CountCodePoints(p.Text(e++));
    if (cps < 2 || cps > 3 || !boundary(e)) continue;
    Cand c;
    c.para = pi;
    c.tb = t;
    c.te = e;
    c.start = p.toks[t].start;
    c.end = p.toks[e - 1].end;
    c.type = "person";
    c.conf = 0.6;
    Claim(p, cands, std::move(c));
    t = e - 1;
  }
}

// The unlisted candidate `ci` is a short form of the organization claiming exactly tokens [b, e) in
// the brackets after it: its Hangul, Han or kana code points, two to five, open that name and
// appear in it in order ("전준위(전국당원대회준비위원회)", "中汽协（中国汽车工业协会）").
bool EntityRecognizer::Impl::IsGlossedShortForm(const Para& p, const std::vector<Cand>& cands, int ci, int b, int e) const {
  const int o = p.owner[b];
  if (o < 0 || o == ci || cands[o].type == "person" || cands[o].tb != b || cands[o].te != e || cands[ci].dict >= 0 ||
      !cands[ci].key.empty() || (!cands[o].key.empty() && cands[o].key[0] == '#'))
    return false;
  const std::string_view x = p.text.substr(cands[ci].start, cands[ci].end - cands[ci].start);
  const std::string_view y = p.text.substr(cands[o].start, cands[o].end - cands[o].start);
  const int n = static_cast<int>(CountCodePoints(x));
  if (n < 2 || n > 5 || CountCodePoints(y) < n + 2) return false;
  size_t at = 0;
  for (size_t i = 0; i < x.size();) {
    const size_t from = i;
    const char32_t cp = DecodeUtf8(x, &i);
    const bool cjk = (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7A3);
    const size_t found = y.find(x.substr(from, i - from), at);
    if (!cjk || found == std::string_view::npos || (from == 0 && found != 0)) return false;
    at = found + (i - from);
  }
  return true;
}

// "乐队野草莓为影片创作", "电池结构件企业甬翔精密总经理", "女团星芒成员": two to six free Han characters
// right after a kind of organization (`zh_org_cue`), opening with a word ICU finds no longer word for (one
// character: names are no dictionary words) and closed by punctuation, a stop word, a verb glued to
// names, a role noun or a title, are an organization the character model missed.
void EntityRecognizer::Impl::ChineseCueOrgNames(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int t = 1; t + 1 < p.Size(); ++t) {
    if (!p.IsWord(t) || p.toks[t].space_before || !IsHanWord(p.Text(t))) continue;
    const std::string_view before = p.text.substr(0, p.toks[t].start);
    bool cue = false, weak = false;
    for (const std::string& r : EntityWords::Default().List(WordList::kZhOrgCue)) cue = cue || before.ends_with(r);
    for (const std::string& r : EntityWords::Default().List(WordList::kZhOrgCueWeak)) weak = weak || before.ends_with(r);
    if (!cue && !weak) continue;
    // (A name the character tagger typed person right after the kind noun is that kind: "乐队甬翔",
    // "企业甬翔精密总经理"; the tagger reads a name, the cue its type and where it starts: "女团甬翔"
    // tagged 团甬翔 starts after the cue.)
    if (const int o = p.owner[t]; o >= 0) {
      Cand& c = cands[o];
      if (c.tb <= t && c.te > t && c.dict < 0 && c.type == "person" && c.source == EntitySource::kCjkTagger) {
        for (int k = c.tb; k < t; ++k) p.owner[k] = -1;
        c.tb = t;
        c.start = p.toks[t].start;
        c.type = "organization";
      }
      continue;
    }
    if (CountCodePoints(p.Text(t)) != 1) continue;
    // (After a weak cue only a role noun, a title or a speech verb closes the name.)
    auto boundary = [&](int k) {
      if (k >= p.Size() || !p.IsWord(k) || p.toks[k].sentence != p.toks[t].sentence || !IsHanWord(p.Text(k))) return cue;
      const std::string_view w = p.text.substr(p.toks[k].start);
      for (WordList l : {WordList::kZhNameLeftStop, WordList::kZhNameTrailer, WordList::kZhPersonCue, WordList::kZhRoleNoun,
                         WordList::kCjkTitle})
        for (const std::string& x : EntityWords::Default().List(l))
          if (w.starts_with(x) && (CountCodePoints(x) >= 2 || p.Text(k) == x) && (cue || l != WordList::kZhNameLeftStop))
            return true;
      return false;
    };
    if (boundary(t)) continue;
    int e = t, cps = 0;
    while (e < p.Size() && cps <= 6 && !(e > t && boundary(e)) && p.IsWord(e) && p.Free(e) && IsHanWord(p.Text(e)) &&
           (e == t || !p.toks[e].space_before))
      cps += CountCodePoints(p.Text(e++));
    if (cps < 2 || cps > 6 || !boundary(e)) continue;
    // (A clause is no name: "最关心的是".)
    const std::string_view name = p.text.substr(p.toks[t].start, p.toks[e - 1].end - p.toks[t].start);
    bool clause = name.find("的") != std::string_view::npos;
    for (std::string_view m : kZhClauseMarks) clause = clause || name.find(m) != std::string_view::npos;
    if (clause) continue;
    ClaimHanOrganization(pi, p, cands, t, e, p.toks[t].start, 0.6);
    t = e - 1;
  }
}

// "国家发展和改革委员会（国家发改委）", "中国汽车工业协会（中汽协）": a Han or kana short form in
// brackets right after an organization, its characters taken in order from the name, is
// another name of it.
void EntityRecognizer::Impl::CjkGlossPass(int pi, Para& p, std::vector<Cand>& cands, int first) const {
  const int n = static_cast<int>(cands.size());
  for (int ci = first; ci < n; ++ci) {
    const Cand& c = cands[ci];
    int k = c.te;
    const bool person = c.type == "person";
    // (「STELLAR7」（ステラセブン）: a closing quote between the name and the bracket, for a spelling in
    // another script only.)
    const bool quoted = (p.IsPunct(k, "」") || p.IsPunct(k, "』")) && !p.toks[k].space_before;
    if (quoted) ++k;
    if (c.para != pi || c.dropped || !c.key.empty() || c.te <= c.tb ||
        c.end != p.toks[c.te - 1].end || !(p.IsPunct(k, "（") || p.IsPunct(k, "(")) || p.toks[k].space_before)
      continue;
    int close = k + 1;
    while (close < p.Size() && close < k + 7 && (p.IsWord(close) || p.toks[close].kind == kNumber)) ++close;
    if (close == k + 1 || !(p.IsPunct(close, "）") || p.IsPunct(close, ")"))) continue;
    if (!quoted && ListedGlossNames(p, cands, ci, k + 1, close)) continue;
    const std::string_view g = p.text.substr(p.toks[k + 1].start, p.toks[close - 1].end - p.toks[k + 1].start);
    const std::string_view name = p.text.substr(c.start, c.end - c.start);
    // An organization's name spelled in another script ("ルミナス（LUMINUS）", "루미에르(LUMIÈRE)"): a
    // free Latin gloss of a Hangul name is GlossPass's.
    const bool script_pair = !person && ScriptPairGloss(name, g) &&
                             (p.owner[k + 1] >= 0 || WholeScriptOf(name) == NameScript::kKana ||
                              WholeScriptOf(g) == NameScript::kKana);
    if (quoted && !script_pair) continue;
    // The short form's code points (kana, Han, Hangul: "대한의사협회(의협)") appear in the name in
    // order, and it is shorter; a person's gloss is the katakana reading of a name in kanji
    // ("青木悠真（ユウマ）").
    size_t at = 0;
    bool in_order = true, reading = person, kanji = person;
    for (size_t b = 0; b < g.size() && in_order;) {
      const size_t from = b;
      const char32_t cp = DecodeUtf8(g, &b);
      in_order = (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7A3);
      reading = reading && cp >= 0x30A1 && cp <= 0x30FC;
      const size_t found = name.find(g.substr(from, b - from), at);
      in_order = in_order && found != std::string_view::npos;
      at = in_order ? found + (b - from) : at;
    }
    for (size_t b = 0; b < name.size() && kanji;) {
      const char32_t cp = DecodeUtf8(name, &b);
      kanji = cp >= 0x4E00 && cp <= 0x9FFF;
    }
    // A Latin acronym the Hangul or CJK name opens with ("SM엔터테인먼트(SM)").
    const bool latin_prefix = !person && g.size() < name.size() && name.substr(0, g.size()) == g &&
                              std::all_of(g.begin(), g.end(), [](char ch) { return IsAsciiUpper(ch) || (ch >= '0' && ch <= '9'); }) &&
                              static_cast<unsigned char>(name[g.size()]) >= 0x80;
    // A short name in katakana that keeps the name's first two characters ("大阪市高速電気軌道（大阪メトロ）").
    bool kana_short = !person && g.size() < name.size();
    size_t nb = 0, gb = 0;
    for (int k2 = 0; k2 < 2 && kana_short; ++k2) kana_short = gb < g.size() && DecodeUtf8(name, &nb) == DecodeUtf8(g, &gb);
    bool has_kana = false;
    for (size_t b = gb; b < g.size() && kana_short;) {
      const char32_t cp = DecodeUtf8(g, &b);
      has_kana = has_kana || (cp >= 0x30A1 && cp <= 0x30FC);
    }
    kana_short = kana_short && has_kana;
    const int o = p.owner[k + 1];
    if (!script_pair && !latin_prefix && !kana_short &&
        (person ? !(reading && kanji) : !in_order || g.size() >= name.size())) {
      if (IsGlossedShortForm(p, cands, ci, k + 1, close)) {
        // "전준위(전국당원대회준비위원회)": the short form first, the body's name in the brackets;
        // the short form is that body, whatever the tagger typed it.
        cands[ci].type = cands[o].type;
        cands[ci].key = "#" + std::to_string(o);
        cands[ci].short_form = true;
        cands[ci].glossed = true;
      }
      continue;
    }
    if (CountCodePoints(g) < 2) continue;
    bool one = true;
    for (int t = k + 1; t < close; ++t) one &= p.owner[t] == o;
    // (The other spelling of an organization is that organization, whatever the tagger typed it.)
    if (o >= 0 && script_pair && one && cands[o].tb == k + 1 && cands[o].te == close && cands[o].dict < 0)
      cands[o].type = c.type;
    if (o >= 0 && (!one || cands[o].tb != k + 1 || cands[o].te != close || (cands[o].type == "person") != person)) continue;
    if (o >= 0 && cands[o].dict >= 0 && c.dict < 0) {
      // The listed short form names the organization ("国家发改委").
      cands[ci].dict = cands[o].dict;
      cands[ci].type = entries[cands[o].dict].type;
      continue;
    }
    if (o >= 0) {
      cands[o].key = "#" + std::to_string(ci);
      continue;
    }
    Cand a;
    a.para = pi;
    a.tb = k + 1;
    a.te = close;
    a.start = p.toks[k + 1].start;
    a.end = p.toks[close - 1].end;
    a.type = c.type;
    a.dict = c.dict;
    a.conf = c.conf;
    a.key = "#" + std::to_string(ci);
    Claim(p, cands, std::move(a));
  }
}

// A listed short form in brackets, tokens [b, e), names the unknown organization `ci` before it
// ("미국항공우주국(NASA)", "三菱UFJフィナンシャル・グループ（MUFG）"): the candidate takes its entry.
bool EntityRecognizer::Impl::ListedGlossNames(const Para& p, std::vector<Cand>& cands, int ci, int b, int e) const {
  const int o = b < p.Size() ? p.owner[b] : -1;
  if (o < 0 || cands[o].tb != b || cands[o].te != e || cands[o].dict < 0 || cands[ci].dict >= 0 ||
      cands[ci].type == "person" || cands[o].type == "person" || entries[cands[o].dict].type == "other")
    return false;
  cands[ci].dict = cands[o].dict;
  cands[ci].type = entries[cands[o].dict].type;
  return true;
}

// ---- Pass 5: parenthetical glosses, "씽킹머신즈랩(TML)", "앤드루 털록(Andrew Tulloch)"

namespace {
// Folded `w` is made of non-empty starts of `words` in order, the first word's start first, any
// later word skipped ("sebi" of securities|exchange|board|india, "ofcom" of office|communications).
bool StartsOfWords(std::string_view w, const std::vector<std::string>& words, size_t i, bool first) {
  if (w.empty()) return !first;
  for (size_t j = i; j < words.size(); ++j) {
    for (size_t n = std::min(w.size(), words[j].size()); n >= 1; --n)
      if (w.substr(0, n) == std::string_view(words[j]).substr(0, n) && StartsOfWords(w.substr(n), words, j + 1, false))
        return true;
    if (first) return false;
  }
  return false;
}
}  // namespace

// Word t, a capitalized ASCII word of three to eight letters (not all capitals), is a clipped short
// form of the name at tokens [tb, te): the starts of its capitalized words, in order, the first word's
// first ("Sebi" of "Securities and Exchange Board of India").
bool EntityRecognizer::Impl::ClippedShortForm(const Para& p, int tb, int te, int t) const {
  if (!p.IsWord(t) || !p.toks[t].latin || !p.toks[t].cap || p.toks[t].all_caps) return false;
  const std::string_view w = p.Text(t);
  if (w.size() < 3 || w.size() > 8) return false;
  for (char ch : w)
    if (!std::isalpha(static_cast<unsigned char>(ch))) return false;
  std::vector<std::string> words;
  for (int q = tb; q < te; ++q)
    if (p.IsWord(q) && p.toks[q].cap) words.push_back(FoldWord(p.Text(q)));
  // "Wettbewerbskommission (Weko)": one compound clipped to its first syllable's two letters and
  // later letters of it in order.
  if (words.size() == 1 && te - tb == 1 && CountCodePoints(words[0]) >= 8) {
    const std::string folded = FoldWord(w);
    size_t at = 0, i = 0;
    for (; i < folded.size() && at < words[0].size(); ++i) {
      const size_t f = words[0].find(folded[i], at);
      if (f == std::string::npos || (i < 2 && f != i)) return false;
      at = f + 1;
    }
    return i == folded.size();
  }
  if (words.size() < 2) return false;
  return StartsOfWords(FoldWord(w), words, 0, true);
}

void EntityRecognizer::Impl::GlossPass(int pi, Para& p, std::vector<Cand>& cands) const {
  const size_t before = cands.size();
  // The paragraph's candidates are the last ones (passes run paragraph by paragraph).
  size_t first = before;
  while (first > 0 && cands[first - 1].para == pi) --first;
  for (size_t ci = first; ci < before; ++ci) {
    int k = cands[ci].te;
    // The candidate must end at its token's end (no particle between name and bracket), and a
    // bracket must follow it.
    if (k >= p.Size() || cands[ci].end != p.toks[k - 1].end) continue;
    // In Latin text a space comes before the bracket: "Wiener Zentrum für Migrationspolitik
    // (ICMPD)", an acronym of an organization (after a person it is the party: "Olaf Scholz (SPD)").
    // So is a capitalized word made of the starts of the name's capitalized words, in order ("Securities
    // and Exchange Board of India (Sebi)", "Office of Communications (Ofcom)").
    const bool spaced = p.toks[k].space_before && cands[ci].type != "person" && p.toks[k - 1].latin &&
                        p.IsPunct(k + 2, ")");
    const bool clipped = spaced && !IsAcronym(p, k + 1) && ClippedShortForm(p, cands[ci].tb, cands[ci].te, k + 1);
    const bool spaced_acronym = spaced && (IsAcronym(p, k + 1) || clipped);
    if (!p.IsPunct(k, "(") || (p.toks[k].space_before && !spaced_acronym)) continue;
    int close = k + 1;
    while (close < p.Size() && close < k + 7 && !p.IsPunct(close, ")")) ++close;
    if (!p.IsPunct(close, ")") || close == k + 1) continue;
    // "마이클 첸(Michael Chen·55)", "(Michael Chen, 55)": the age after the gloss is not part of it.
    int gloss_end = close;
    if (close - k >= 4 && (p.IsPunct(close - 2, "·") || p.IsPunct(close - 2, ",")) &&
        p.toks[close - 1].kind == kNumber)
      gloss_end = close - 2;
    // A gloss is Latin words only: not an age ("배두나(35)") nor a Hangul word after a Latin
    // prefix ("네이마르(FC바르셀로나)").
    bool free = true, latin = true, any_word = false;
    for (int t = k + 1; t < gloss_end; ++t) {
      free &= p.owner[t] < 0;
      if (p.toks[t].kind == kWord) latin &= p.toks[t].latin && !p.toks[t].has_hangul;
      any_word |= p.toks[t].kind == kWord;
    }
    if (!free && ListedGlossNames(p, cands, static_cast<int>(ci), k + 1, gloss_end)) continue;
    if (!free || !latin || !any_word) continue;
    std::string_view g = p.text.substr(p.toks[k + 1].start, p.toks[gloss_end - 1].end - p.toks[k + 1].start);
    if (en_titles.count(g) || ko_titles.count(g)) continue;
    Cand c;
    c.para = pi;
    c.tb = k + 1;
    c.te = gloss_end;
    c.start = p.toks[k + 1].start;
    c.end = p.toks[gloss_end - 1].end;
    c.type = cands[ci].type;
    c.dict = cands[ci].dict;
    c.conf = cands[ci].conf;
    // Link by the gloss key of the parent: grouping uses `hint` = parent index marker.
    c.key = "#" + std::to_string(ci);
    if (cands[ci].dict < 0 && p.toks[k + 1].cap && cands[ci].type == "person" && gloss_end - k - 1 >= 3)
      cands[ci].hint = std::string(g);
    if (cands[ci].dict < 0 && cands[ci].type != "person" && !p.toks[k + 1].all_caps && !clipped)
      cands[ci].hint = std::string(g);
    Claim(p, cands, std::move(c));
  }
}

// ---- Pass 3b: Cyrillic names (the English model, tried on Cyrillic text, finds none)

// A listed Cyrillic given name in any case: "Сергей", "Сергея", "Ольгой", "Юлии" (the name, or
// its stem without a final й, ь, а or я, followed by a case ending of name_inflection).
bool EntityRecognizer::Impl::IsCyrillicGivenName(std::string_view w) const {
  if (!IsCyrillicLead(w)) return false;
  if (In(WordList::kCyrillicGivenName, w)) return true;
  for (size_t k = 4; k + 1 < w.size(); k += 2) {  // Cyrillic letters are two bytes
    const std::string_view stem = w.substr(0, k), ending = w.substr(k);
    if (!In(WordList::kNameInflection, ending)) continue;
    if (In(WordList::kCyrillicGivenName, stem)) return true;
    for (const char* last : {"й", "ь", "а", "я"})
      if (In(WordList::kCyrillicGivenName, std::string(stem) + last)) return true;
  }
  return false;
}

// A listed given name and one or two capitalized Cyrillic words after it (a patronymic, a family
// name) are a person: "Сергей Лавров", "Андрея Ермака", "Владимир Владимирович Путин".
void EntityRecognizer::Impl::CyrillicPersonPass(int pi, Para& p, std::vector<Cand>& cands) const {
  const int n = p.Size();
  auto name_word = [&](int q, int s) {
    return q < n && p.IsWord(q) && p.Free(q) && p.toks[q].cap && p.toks[q].space_before && p.toks[q].sentence == s &&
           IsCyrillicLead(p.Text(q)) && CountCodePoints(p.Text(q)) >= 2;
  };
  for (int t = 0; t + 1 < n; ++t) {
    if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].cap || !IsCyrillicGivenName(p.Text(t))) continue;
    const int s = p.toks[t].sentence;
    if (!name_word(t + 1, s) || IsCyrillicGivenName(p.Text(t + 1))) continue;
    int te = t + 2;
    // A patronymic (-ович, -евич, -овна, -евна, in any case) is followed by the family name.
    const std::string_view second = p.Text(t + 1);
    const bool patronymic = second.find("ович") != std::string_view::npos ||
                            second.find("евич") != std::string_view::npos ||
                            second.find("овн") != std::string_view::npos || second.find("евн") != std::string_view::npos;
    if (patronymic && name_word(te, s)) ++te;
    ClaimSpan(pi, p, cands, t, te, p.toks[te - 1].end, "person", 0.75);
    t = te - 1;
  }
}

// ---- Pass 6: acronyms in Latin-script text

// A word of 2-5 capital letters (no digits; a possessive aside) that is no listed non-body
// abbreviation (US, CEO, GDP, EUR, II) nor a capitalized common word.
bool EntityRecognizer::Impl::IsAcronym(const Para& p, int t) const {
  if (!p.IsWord(t) || !(p.toks[t].latin || IsCyrillicLead(p.Text(t)))) return false;
  const std::string_view w = StripPossessive(p.Text(t));
  if (w.size() < 2) return false;
  int letters = 0;
  for (size_t i = 0; i < w.size();) {
    const char32_t cp = DecodeUtf8(w, &i);
    if (!u_isupper(static_cast<UChar32>(cp))) return false;
    ++letters;
  }
  if (letters < 2 || letters > 5 || In(WordList::kNonOrgAcronym, w)) return false;
  std::string title(w.substr(0, 1));
  for (char ch : w.substr(1)) title.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(ch))));
  return !en_stop.count(title) && !In(WordList::kEnFunctionWord, title) && !In(WordList::kDemonym, title);
}

// An acronym no other pass claimed is an organization in news (parties, agencies, unions,
// broadcasters: "SPD", "CGT", "APA", "UNHCR") when it stands alone: not in capitals text (a
// headline, a byline: the nearest word on either side in capitals too), not a label ("WATCH:"),
// not part of a longer name (a capitalized word right before or after it: "Keystone XL", "MK
// Party"), not the modifier of a compound ("WM-Titel", "NS-Vergangenheit"), not a model before a
// number ("ATR 72") and not a bracketed abbreviation (of a phrase, "(MTEF)", or a person's
// canton or party, "Thomas Matter (ZH)"; an organization's is a gloss, GlossPass). Korean,
// Japanese and Chinese paragraphs are left to their rules.
void EntityRecognizer::Impl::AcronymPass(int pi, Para& p, std::vector<Cand>& cands) const {
  const int n = p.Size();
  for (int t = 0; t < n; ++t) {
    if (!p.Free(t) || !IsAcronym(p, t)) continue;
    const int s = p.toks[t].sentence;
    auto in_sentence = [&](int q) { return q >= 0 && q < n && p.toks[q].sentence == s; };
    auto nearest_word = [&](int q, int step) {
      while (in_sentence(q) && p.toks[q].kind == kNumber) q += step;
      return in_sentence(q) && p.IsWord(q) ? q : -1;
    };
    const int prev = nearest_word(t - 1, -1), next = nearest_word(t + 1, 1);
    if ((prev >= 0 && AllCaps(p.Text(prev))) || (next >= 0 && AllCaps(p.Text(next)))) continue;
    auto cap_word = [&](int q) {
      return in_sentence(q) && p.IsWord(q) && (p.toks[q].latin || IsCyrillicLead(p.Text(q))) && p.toks[q].cap;
    };
    if (cap_word(t + 1) && p.toks[t + 1].space_before) continue;
    // In German every noun is capitalized: a noun after a lower-case word is a common noun in
    // apposition ("der Verbände IBF", "des Militärnachrichtendienstes GRU"), not a name's start
    // (two letters after a place are its canton or state: "in Küssnacht SZ").
    const bool de_apposition = p.lang == "de" && t >= 2 && p.IsWord(t - 2) && p.toks[t - 2].latin &&
                               CountCodePoints(p.Text(t)) >= 3 &&
                               !p.toks[t - 2].cap && p.toks[t - 1].space_before;
    if (cap_word(t - 1) && p.toks[t].space_before && t - 1 > 0 && in_sentence(t - 2) && !de_apposition) continue;
    // After a title it is a person's initials ("Präsident DJT"), also at a sentence's start.
    if (cap_word(t - 1) && p.toks[t].space_before && IsLatinTitle(p.Text(t - 1))) continue;
    // Among words of a script without case (Devanagari, Arabic, Thai) nothing shows whether it
    // opens a longer name or is a title before one ("ASP संजय पांडे"): left to the other rules.
    auto caseless = [&](int q) { return q >= 0 && !p.toks[q].latin && !IsCyrillicLead(p.Text(q)); };
    if ((prev >= 0 || next >= 0) && (prev < 0 || caseless(prev)) && (next < 0 || caseless(next))) continue;
    if (p.IsPunct(t + 1, ":") || p.IsPunct(t + 1, "|") || (p.IsPunct(t + 1, "-") && !p.toks[t + 1].space_before))
      continue;
    // A product named by its maker: "the PUBG developer's engine", "the ZX maker".
    if (in_sentence(t + 1) && p.IsWord(t + 1) && In(WordList::kProductMakerNoun, StripPossessive(p.Text(t + 1))))
      continue;
    // Joined to a word before it: "Air France-KLM", "AP-NORC", "CDU/CSU".
    if ((p.IsPunct(t - 1, "-") || p.IsPunct(t - 1, "/")) && !p.toks[t].space_before) continue;
    if (in_sentence(t + 1) && p.toks[t + 1].kind == kNumber) continue;
    if (p.IsPunct(t - 1, "(") && p.IsPunct(t + 1, ")")) continue;
    const int end = p.toks[t].start + static_cast<int>(StripPossessive(p.Text(t)).size());
    ClaimSpan(pi, p, cands, t, t + 1, end, "organization", 0.6);
    if (p.owner[t] >= 0) cands[p.owner[t]].acronym = true;
  }
}

// ---- Pass 2b: names spelled out before their acronym, in any Latin-script language

// The first letter of word `w`, case-folded (ICU simple folding).
UChar32 FoldedInitial(std::string_view w) {
  size_t i = 0;
  return u_foldCase(static_cast<UChar32>(DecodeUtf8(w, &i)), U_FOLD_CASE_DEFAULT);
}

// "Deutschen Gesellschaft für Auswärtige Politik (DGAP)", "Unidad Militar de Emergencias (UME)",
// "Tasarruf Mevduatı Sigorta Fonu (TMSF)", "České bankovní asociace (ČBA)": the words before a
// bracketed acronym (token `open` is the bracket) whose initials spell it, read backwards; short
// lower-case words between them (für, de, y, of) are skipped, and the later parts of a hyphenated
// word ("Co-operation") give no letter. The first word of the name, or -1 when the words before
// the bracket do not spell the acronym.
int EntityRecognizer::Impl::SpelledOutStart(const Para& p, int open, bool single) const {
  const std::string_view acr = StripPossessive(p.Text(open + 1));
  std::vector<UChar32> letters;
  for (size_t i = 0; i < acr.size();)
    letters.push_back(u_foldCase(static_cast<UChar32>(DecodeUtf8(acr, &i)), U_FOLD_CASE_DEFAULT));
  const int sentence = p.toks[open].sentence;
  // Letters k..need spelled by compound `w` from its initial on, in order.
  auto spells = [&](std::string_view w, int k, int need) {
    if (FoldedInitial(w) != letters[static_cast<size_t>(k)]) return false;
    const std::string folded = FoldWord(w);
    size_t at = 1;
    for (int m = k + 1; m <= need; ++m) {
      std::string letter;
      icu::UnicodeString(letters[static_cast<size_t>(m)]).toUTF8String(letter);
      const size_t f = folded.find(letter, at);
      if (f == std::string::npos) return false;
      at = f + letter.size();
    }
    return true;
  };
  // Letters 0..need spelled by the words from j backwards; `compound`: a compound gave more than one.
  auto spell = [&](auto&& self, int j, int need, bool compound) -> int {
    for (; j >= 0 && p.toks[j].sentence == sentence && p.Free(j); --j) {
      if (p.IsPunct(j, ",") || (p.IsPunct(j, "-") && !p.toks[j].space_before)) continue;
      if (!p.IsWord(j) || !p.toks[j].latin) return -1;
      if (p.IsPunct(j - 1, "-") && !p.toks[j].space_before) continue;  // "Co-operation": one letter
      const std::string_view w = p.Text(j);
      if (FoldedInitial(w) == letters[static_cast<size_t>(need)]) {
        if (need == 0)
          return p.toks[j].cap && (j < open - 2 || compound) && !en_stop.count(w) &&
                         !In(WordList::kDeDeterminer, FoldWord(w))
                     ? j
                     : -1;
        if (const int first = self(self, j - 1, need - 1, compound); first >= 0) return first;
      }
      // "Deutschen Forschungsgemeinschaft (DFG)", "Österreichischen Bundesbahnen (ÖBB)": a
      // capitalized compound of eight letters or more gives the initials of its parts, its own
      // initial and later letters of it in order (the name then may be two words); tried when
      // its initial alone does not spell the name.
      if (p.toks[j].cap && CountCodePoints(w) >= 8)
        for (int k = need - 1; k >= 0; --k) {
          if (!spells(w, k, need)) continue;
          if (k == 0) {
            if ((j < open - 1 || single) && !en_stop.count(w)) return j;
            continue;
          }
          if (const int first = self(self, j - 1, k - 1, true); first >= 0) return first;
        }
      if (FoldedInitial(w) == letters[static_cast<size_t>(need)]) return -1;
      // "Institut der deutschen Wirtschaft (IW)": a German inflected adjective in lower case gives
      // no letter.
      if (!p.toks[j].cap && p.lang == "de" && GermanInflectedAdjective(p, j)) continue;
      if (p.toks[j].cap || CountCodePoints(w) > 4) return -1;
    }
    return -1;
  };
  return spell(spell, open - 1, static_cast<int>(letters.size()) - 1, false);
}

// German word t in lower case is an inflected adjective: five letters or more ending in e, em, en,
// er or es, no determiner ("deutschen", "freien"; not "der", "eines").
bool EntityRecognizer::Impl::GermanInflectedAdjective(const Para& p, int t) const {
  if (!p.IsWord(t) || !p.toks[t].latin || p.toks[t].cap) return false;
  const std::string_view w = p.Text(t);
  if (CountCodePoints(w) < 5 || In(WordList::kDeDeterminer, w) || In(WordList::kDeIndefinite, w)) return false;
  for (std::string_view e : {"e", "em", "en", "er", "es"})
    if (EndsWith(w, e)) return true;
  return false;
}

// A short form of three to five letters in mixed case, a capital first and a capital or small
// letter after it, no listed non-body abbreviation nor a common word ("Weko", "SdK"; not "Foto").
bool EntityRecognizer::Impl::MixedCaseShortForm(const Para& p, int t) const {
  if (!p.IsWord(t) || !p.toks[t].latin || !p.toks[t].cap || p.toks[t].all_caps) return false;
  const std::string_view w = p.Text(t);
  const int letters = CountCodePoints(w);
  if (letters < 3 || letters > 5 || In(WordList::kNonOrgAcronym, w)) return false;
  for (size_t i = 0; i < w.size();)
    if (!u_isalpha(static_cast<UChar32>(DecodeUtf8(w, &i)))) return false;
  return !en_stop.count(w) && !In(WordList::kEnFunctionWord, w) && !In(WordList::kDemonym, w) &&
         !(tagger && tagger->EnglishWordInfo(w).lower);
}

// A name spelled out before its acronym of three letters or more is an organization (a company
// when it ends in a company suffix); GlossPass then links the acronym to it. An acronym that names no body (GDP, CEO: see
// IsAcronym) or a name ending in an event or treaty word (Act, Cup, Agreement) is left alone.
void EntityRecognizer::Impl::SpelledOutAcronymPass(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int t = 1; t + 2 < p.Size(); ++t) {
    // (Two letters are spelled out by chance too often: "Soporte de Video (SV)"; not by a German
    // compound ending in an institution's head: "Arbeiterkammer (AK)".)
    if (!p.IsPunct(t, "(") || !p.toks[t].space_before || !p.IsPunct(t + 2, ")")) continue;
    // ("Wettbewerbskommission (Weko)": a short form in mixed case only after an institution's head.)
    bool compound = false;
    const bool mixed = !IsAcronym(p, t + 1) && MixedCaseShortForm(p, t + 1);
    if (!IsAcronym(p, t + 1) && !(mixed && GermanInstitutionHead(p, t - 1, &compound))) continue;
    const bool single = p.lang == "de" && GermanInstitutionHead(p, t - 1, &compound) && compound &&
                        !(p.IsWord(t - 2) && p.toks[t - 2].cap && p.toks[t - 1].space_before &&
                          !en_stop.count(p.Text(t - 2)) && !In(WordList::kDeDeterminer, FoldWord(p.Text(t - 2))));
    const int letters = CountCodePoints(p.Text(t + 1));
    if (letters < 2) continue;
    if (!p.IsWord(t - 1) || In(WordList::kNonEntityHead, p.Text(t - 1))) continue;
    const int first = SpelledOutStart(p, t, single);
    if (first < 0) continue;
    // Two letters only after a compound head or for a name opened by an institution's head
    // ("Institut der deutschen Wirtschaft (IW)"; not "Soporte de Video (SV)").
    if (bool c = false; letters < 3 && !single &&
                        !(GermanInstitutionHead(p, first, &c) || en_org_suffixes.count(p.Text(first))))
      continue;
    // "Eidgenössische Institut für Schnee- und Lawinenforschung (SLF)", "Versuchsanstalt für Wasserbau,
    // Hydrologie und Glaziologie (VAW)": the letters spell the tail of a German institution; the
    // institution pass reads the name from its head.
    if (bool c = false; p.lang == "de" && first >= 2 && p.Text(first - 1) == "für" && GermanInstitutionHead(p, first - 2, &c))
      continue;
    const bool company = en_company_suffixes.count(p.Text(t - 1)) || In(WordList::kLegalSuffix, p.Text(t - 1));
    ClaimSpan(pi, p, cands, first, t, p.toks[t - 1].end, company ? "company" : "organization", 0.75);
  }
}

// ---- Pass 2c: legal forms after a company name, in any Latin-script language

// The token after a legal form (legal_suffix, not an English company suffix, which
// ClassifyLatinRun reads) written as listed from token t on ("S.A.", "A/S", "AŞ", "a.s."); its
// end byte in `end_byte`. 0 when none starts at t.
int EntityRecognizer::Impl::LegalFormEnd(const Para& p, int t, int* end_byte) const {
  if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].space_before) return 0;
  const std::string_view rest = p.text.substr(static_cast<size_t>(p.toks[t].start));
  const auto first = static_cast<unsigned char>(rest[0]);  // (a word token is never empty)
  if (!(legal_form_first_bytes[first >> 6] >> (first & 63) & 1)) return 0;
  size_t best = 0;
  for (const std::string& f : legal_forms) {
    if (f.size() <= best || !rest.starts_with(f)) continue;
    // The form ends the word: "AS" is no legal form in "ASML", "S.A." none in "S.A.Z".
    const unsigned char next = f.size() < rest.size() ? static_cast<unsigned char>(rest[f.size()]) : ' ';
    if (std::isalnum(next) || next >= 0x80 || (f.back() != '.' && next == '/')) continue;
    best = f.size();
  }
  if (best == 0) return 0;
  *end_byte = p.toks[t].start + static_cast<int>(best);
  int e = t;
  while (e < p.Size() && p.toks[e].start < *end_byte) ++e;
  return e;
}

// "Ozan Elektronik Para AŞ", "Telefónica S.A.", "Maersk A/S", "Zentrix GmbH": capitalized words
// (up to four, no title; a stop word only inside) right before a legal form are a company with it.
void EntityRecognizer::Impl::LegalFormPass(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int t = 1; t < p.Size(); ++t) {
    // "Hansekontor Bankhaus & Co. KG": "Co." before the form belongs to the name.
    const int last = t >= 3 && p.IsPunct(t - 1, ".") && p.Text(t - 2) == "Co" && !p.toks[t - 1].space_before ? t - 2 : t;
    if (!LatinCapWord(p, last - 1) && !(last < t && p.IsPunct(last - 1, "&"))) continue;
    if (last == t && p.toks[t - 1].all_caps) continue;
    int end_byte = 0;
    int e = LegalFormEnd(p, t, &end_byte);
    if (e == 0) continue;
    const int a = LegalFormNameStart(p, last);
    if (a == last) continue;
    // "Hagedorn Fördertechnik GmbH & Co. KG": a limited partnership's second form ends the name.
    if (int end2 = 0; e + 3 < p.Size() && p.IsPunct(e, "&") && p.Text(e + 1) == "Co" && p.IsPunct(e + 2, ".") &&
                      !p.toks[e + 2].space_before) {
      if (const int e2 = LegalFormEnd(p, e + 3, &end2); e2 > 0) {
        e = e2;
        end_byte = end2;
      }
    }
    ClaimSpan(pi, p, cands, a, e, end_byte, "company", 0.75);
    t = e - 1;
  }
}

// The first token of the company name that ends right before token `last` (a legal form or the
// "Co." before one): capitalized words (up to four, no title; a stop word only inside); partners
// joined by an ampersand and commas take up to eight tokens ("Kessler, Brandt & Oyelaran LLP",
// "Brunner Stocker & Partner AG"), a hyphen joins the parts of a compound ("S-Bahn Berlin GmbH").
// A noun naming the kind of company before the name is no part of it, nor in German a place
// adjective before one or before a name of two words or more ("Baukonzern Strabag SE", "Grazer
// Steirer Gleistechnik AG", "Hamburger Privatbank Hansekontor Bankhaus & Co. KG"; not before
// partners: "Brunner Stocker & Partner AG").
int EntityRecognizer::Impl::LegalFormNameStart(const Para& p, int last) const {
  int a = last;
  bool amp = a > 0 && p.IsPunct(a - 1, "&");
  if (amp) --a;
  while (a - 1 >= 0 && last - a < (amp ? 8 : 4) && p.toks[a - 1].sentence == p.toks[last].sentence) {
    const int q = a - 1;
    if (p.IsPunct(q, "&") && amp) break;
    if (p.IsPunct(q, "&") || (p.IsPunct(q, ",") && amp && !p.toks[q].space_before)) {
      if (!LatinCapWord(p, q - 1) || p.toks[q - 1].all_caps || !p.toks[a].space_before) break;
      amp = amp || p.IsPunct(q, "&");
      a = q;
      continue;
    }
    if (p.IsPunct(q, "-") && !p.toks[q].space_before && !p.toks[a].space_before && q >= 1 && p.IsWord(q - 1) &&
        p.toks[q - 1].cap && p.Free(q - 1)) {
      a = q - 1;
      continue;
    }
    if (!LatinCapWord(p, q) || p.toks[q].all_caps || (IsLatinTitle(p.Text(q)) && !p.IsPunct(q - 1, "&")) ||
        (a != last && p.IsWord(a) && !p.toks[a].space_before))
      break;
    a = q;
  }
  while (a < last && (!p.IsWord(a) || en_stop.count(p.Text(a)))) ++a;
  auto words_from = [&](int k) {
    int w = 0;
    for (int q = k; q < last; ++q) w += p.IsWord(q) && p.toks[q].space_before;
    return w;
  };
  for (bool cut = true; cut && a < last;) {
    cut = false;
    if (const int k = CompanyCueWordEnd(p, a); k > a && k < last) {
      a = k;
      cut = true;
    } else if (p.lang == "de" && GermanPlaceAdjective(p, a) &&
               (CompanyCueWordEnd(p, a + 1) > a + 1 || (words_from(a + 1) >= 2 && !amp))) {
      ++a;
      cut = true;
    }
  }
  return a;
}

// The token after the noun naming a kind of company that starts at token a, parts joined by
// hyphens included ("Baukonzern", "Biotech-Unternehmen", "Start-up"); a when none starts there.
int EntityRecognizer::Impl::CompanyCueWordEnd(const Para& p, int a) const {
  if (!p.IsWord(a)) return a;
  int k = a;
  while (k + 2 < p.Size() && p.IsPunct(k + 1, "-") && !p.toks[k + 1].space_before && !p.toks[k + 2].space_before &&
         p.IsWord(k + 2))
    k += 2;
  if (GermanCompanyCue(p, k)) return k + 1;
  std::string lower(HyphenWordEndingAt(p, k));
  for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return en_company_cues.count(lower) ? k + 1 : a;
}

// ---- Roles

void EntityRecognizer::Impl::ReadRoles(const Para& p, const Cand& c, const std::vector<Cand>& cands,
                                       const std::vector<std::string>& canon_of,
                                       std::vector<Role>* roles) const {
  const RoleSink r{p, cands, canon_of, roles};
  ReadTitleBefore(r, c);
  ReadTitleAfter(r, c);
  ReadApposition(r, c);
}

// Korean or English title right before the name, possibly with a gloss: "책임자 루오밍 팡",
// "최고기술책임자(CTO) 미라 무라티", "OpenAI CTO Mira Murati".
void EntityRecognizer::Impl::ReadTitleBefore(const RoleSink& r, const Cand& c) const {
  const Para& p = r.p;
  const std::vector<Cand>& cands = r.cands;
  int e = c.tb - 1;
  std::string gloss;
  if (p.IsPunct(e, ")")) {
    int open = e - 1;
    while (open > 0 && !p.IsPunct(open, "(") && e - open < 5) --open;
    if (p.IsPunct(open, "(") && open + 1 < e) {
      gloss = std::string(p.text.substr(p.toks[open + 1].start, p.toks[e - 1].end - p.toks[open + 1].start));
      e = open - 1;
    }
  }
  bool hangul_title = p.IsWord(e) && p.Free(e) && p.toks[e].has_hangul && IsKoTitle(p.Text(e));
  bool latin_title = p.IsWord(e) && p.Free(e) && p.toks[e].latin && en_titles.count(p.Text(e));
  if ((hangul_title || latin_title) && p.toks[e].sentence == p.toks[c.tb].sentence && p.Text(e) != "씨") {
    int s = e;
    int org = -1;
    bool former = false;
    for (int q = e - 1; q >= 0 && e - q <= 4; --q) {
      if (p.toks[q].sentence != p.toks[e].sentence) break;
      if ((org = r.OrgAt(q)) >= 0) {
        int ob = cands[org].tb - 1;
        if (ob >= 0 && p.IsWord(ob) && (p.Text(ob) == "전" || p.Text(ob) == "former" ||
                                        p.Text(ob) == "Former" || p.Text(ob) == "前"))
          former = true;
        break;
      }
      if (!p.IsWord(q) || !p.Free(q)) break;
      std::string_view w = p.Text(q);
      if (w == "전" || w == "former" || w == "Former") {
        former = true;
        org = r.OrgAt(q - 1);  // "깃허브 전 최고경영자"
        break;
      }
      if (hangul_title) {
        if (ko_title_stops.count(w) || (!KoreanStemLengths(w).empty() && !p.toks[q].latin)) break;
        if (!p.toks[q].has_hangul && !p.toks[q].all_caps) break;
      } else {
        if (!en_title_mods.count(w) && !en_titles.count(w)) break;
      }
      s = q;
    }
    std::string title = (!gloss.empty() && s == e)
                            ? gloss
                            : std::string(p.text.substr(p.toks[s].start, p.toks[e].end - p.toks[s].start));
    if (former) title = (p.toks[e].has_hangul && gloss.empty() ? "전 " : "former ") + title;
    r.Add(title, org);
  }
}

// Title right after the name: "마크 저커버그 최고경영자(CEO)가", "김철수 대표는".
void EntityRecognizer::Impl::ReadTitleAfter(const RoleSink& r, const Cand& c) const {
  const Para& p = r.p;
  const std::vector<Cand>& cands = r.cands;
  const int n = p.Size();
  int a = c.te;
  // Between name and title: "전"/"현" and the organization ("이재용 삼성전자 회장",
  // "마이클 브래넌 전 인텔 부사장").
  bool former_after = false;
  int org_after = -1;
  if (c.end == p.toks[c.te - 1].end && p.IsWord(a) && p.Free(a) && p.toks[a].has_hangul &&
      (p.Text(a) == "전" || p.Text(a) == "현")) {
    former_after = p.Text(a) == "전";
    ++a;
  }
  if (c.end == p.toks[c.te - 1].end && (org_after = r.OrgAt(a)) >= 0 && cands[org_after].end == p.toks[cands[org_after].te - 1].end &&
      p.toks[a].has_hangul)
    a = cands[org_after].te;
  else
    org_after = -1;
  if (c.end == p.toks[c.te - 1].end && a < n && p.IsWord(a) && p.Free(a) &&
      p.toks[a].sentence == p.toks[c.tb].sentence) {
    std::string_view w = p.Text(a);
    std::string_view stem = w;
    if (!IsKoTitle(w))
      for (int s2 : KoreanStemLengths(w))
        if (IsKoTitle(w.substr(0, s2))) stem = w.substr(0, s2);
    if (IsKoTitle(stem) && stem != "씨") {
      std::string title(stem);
      if (stem == w && p.IsPunct(a + 1, "(") && p.IsPunct(a + 3, ")") && p.toks[a + 2].latin)
        title = std::string(p.Text(a + 2));
      int org = org_after >= 0 ? org_after : r.OrgAt(c.tb - 1);
      if (former_after) title = (title == stem ? "전 " : "former ") + title;
      r.Add(title, org);
    }
  }
}

// English apposition: "Dana Whitfield, chief executive of Vellum," / "X, Meta's CEO".
void EntityRecognizer::Impl::ReadApposition(const RoleSink& r, const Cand& c) const {
  const Para& p = r.p;
  const int n = p.Size();
  const int a = c.te;
  if (p.IsPunct(a, ",")) {
    int q = a + 1;
    bool former = false;
    if (p.IsWord(q) && (p.Text(q) == "previously" || p.Text(q) == "formerly")) {
      former = true;
      ++q;
    }
    if (p.IsWord(q) && (p.Text(q) == "the" || p.Text(q) == "a" || p.Text(q) == "an")) ++q;
    if (p.IsWord(q) && p.Text(q) == "former") {
      former = true;
      ++q;
    }
    int org = r.OrgAt(q);
    if (org >= 0) ++q;
    int s = q, last_title = -1;
    while (q < n && q - s < 7 && p.IsWord(q) && p.Free(q) &&
           (en_titles.count(p.Text(q)) || en_title_mods.count(p.Text(q)))) {
      if (en_titles.count(p.Text(q))) last_title = q;
      ++q;
    }
    if (last_title >= 0) {
      int te = q;
      while (te > s && !en_titles.count(p.Text(te - 1)) && !In(WordList::kEnTitleTail, p.Text(te - 1)))
        --te;
      if (org < 0 && q < n && p.IsWord(q) && (p.Text(q) == "at" || p.Text(q) == "of")) org = r.OrgAt(q + 1);
      if (org < 0 && te < q && p.Text(te) == "of" && r.OrgAt(q) >= 0) org = r.OrgAt(q);
      if (org < 0) org = r.OrgAt(q);
      std::string title(p.text.substr(p.toks[s].start, p.toks[te - 1].end - p.toks[s].start));
      if (EndsWith(title, " of") || EndsWith(title, " at")) title.resize(title.size() - 3);
      r.Add(former ? "former " + title : title, org);
    }
  }
}

// ---- Create / Recognize

EntityRecognizer::EntityRecognizer() : impl_(std::make_unique<Impl>()) {}
EntityRecognizer::~EntityRecognizer() = default;

// The word sets of the recognizer's passes (entity_words.tsv lists) and the Korean common words.
void EntityRecognizer::Impl::LoadWordLists() {
  ko_titles = MakeSet(WordList::kKoTitle);
  ko_title_suffixes = MakeSet(WordList::kKoTitleSuffix);
  ko_title_suffix_lengths = Impl::RowLengths(ko_title_suffixes);
  ko_surnames = MakeSet(WordList::kKoSurname);
  {
    std::string_view all = EmbeddedKoCommonWords();
    for (size_t pos = 0; pos < all.size();) {
      size_t nl = all.find('\n', pos);
      if (nl == std::string_view::npos) nl = all.size();
      std::string_view w = all.substr(pos, nl - pos);
      if (!w.empty() && w[0] != '#') ko_words.push_back(w);
      pos = nl + 1;
    }
    if (!std::is_sorted(ko_words.begin(), ko_words.end())) std::sort(ko_words.begin(), ko_words.end());
  }
  ko_stop = MakeSet(WordList::kKoStop);
  ko_title_stops = MakeSet(WordList::kKoTitleStop);
  ko_company_suffixes = MakeSet(WordList::kKoCompanySuffix);
  ko_org_suffixes = MakeSet(WordList::kKoOrgSuffix);
  ko_company_suffix_lengths = Impl::RowLengths(ko_company_suffixes);
  ko_org_suffix_lengths = Impl::RowLengths(ko_org_suffixes);
  ko_company_cues = MakeSet(WordList::kKoCompanyCue);
  ja_company_cues = MakeSet(WordList::kJaCompanyCue);
  ko_person_cues = MakeSet(WordList::kKoPersonCue);
  en_titles = MakeSet(WordList::kEnTitle);
  en_title_mods = MakeSet(WordList::kEnTitleModifier);
  en_honorifics = MakeSet(WordList::kEnHonorific);
  en_company_suffixes = MakeSet(WordList::kEnCompanySuffix);
  en_org_suffixes = MakeSet(WordList::kEnOrgSuffix);
  en_company_cues = MakeSet(WordList::kEnCompanyCue);
  en_person_verbs = MakeSet(WordList::kEnPersonVerb);
  en_stop = MakeSet(WordList::kEnStop);
  given_names = MakeSet(WordList::kGivenName);
  latin_title_suffixes = EntityWords::Default().List(WordList::kLatinTitleSuffix);
  for (const std::string& f : EntityWords::Default().List(WordList::kLegalSuffix)) {
    if (f.empty() || en_company_suffixes.count(f)) continue;
    legal_forms.push_back(f);
    const auto b = static_cast<unsigned char>(f[0]);
    legal_form_first_bytes[b >> 6] |= uint64_t{1} << (b & 63);
  }
  for (const std::string& suf : latin_title_suffixes) {
    if (suf.empty()) {
      title_suffix_empty = true;
      continue;
    }
    title_suffixes_by_last[static_cast<unsigned char>(suf.back())].push_back(suf);
  }
  latin_person_cues = MakeSet(WordList::kLatinPersonCue);
  org_connectors = MakeSet(WordList::kOrgNameConnector);
  non_entity_heads = MakeSet(WordList::kNonEntityHead);
}

// The alias dictionary (aliases.tsv and the world aliases): entries, their keys and prefixes, Hangul
// joined forms and romanized skeletons of persons.
Status EntityRecognizer::Impl::LoadAliases() {
  auto parsed = ParseAliasTsv(EmbeddedAliasTsv());
  if (!parsed.ok()) return parsed.status();
  auto world = ParseAliasTsv(EmbeddedWorldAliasTsv());
  if (!world.ok()) return world.status();
  for (AliasRecord& rec : *world) parsed->push_back(std::move(rec));
  Para tmp;
  ParagraphAnalysis tmp_analysis;
  std::map<std::pair<std::string, std::string>, int> entry_of;  // (type, canonical) -> entry
  for (AliasRecord& rec : *parsed) {
    // A record of a known type and canonical adds its spellings to that entry.
    auto [known, fresh] = entry_of.emplace(std::make_pair(rec.type, rec.canonical), static_cast<int>(entries.size()));
    const int id = known->second;
    for (const std::string& alias : rec.aliases) {
      tmp_analysis = analyzer->Analyze(alias);
      Bind(alias, tmp_analysis, &tmp);
      if (tmp.toks.empty()) continue;
      std::string key;
      for (int t = 0; t < tmp.Size(); ++t) {
        if (t > 0 && tmp.toks[t].space_before) key.push_back(' ');
        key.append(tmp.Text(t));
      }
      if (tmp.Size() > kMaxDictTokens) continue;
      alias_to_entry.emplace(key, id);  // first entry wins on a clash
      Impl::SetBit(alias_bits, key);
      // The first four bytes of a person's last word: words with a case ending are looked up only
      // when some listed person's name starts like them.
      if (rec.type == "person" && tmp.Text(tmp.Size() - 1).size() >= 4)
        Impl::SetBit(person_word_bits, tmp.Text(tmp.Size() - 1).substr(0, 4));
      if (tmp.Size() > 1) {
        Impl::SetBit(first_bits, tmp.Text(0));
        int& mx = first_token_max[std::string(tmp.Text(0))];
        mx = std::max(mx, tmp.Size());
        std::string prefix;
        for (int t = 0; t + 1 < tmp.Size(); ++t) {
          if (t > 0 && tmp.toks[t].space_before) prefix.push_back(' ');
          prefix.append(tmp.Text(t));
          alias_prefixes.insert(prefix);
        }
      }
      // Hangul aliases without spaces also match with them removed ("마크저커버그").
      bool hangul = true;
      for (const Token& t : tmp.toks) hangul &= t.hangul;
      if (hangul && tmp.Size() > 1) {
        std::string joined;
        for (int t = 0; t < tmp.Size(); ++t) joined.append(tmp.Text(t));
        alias_to_entry.emplace(joined, id);
        Impl::SetBit(alias_bits, joined);
        std::string sk = SkeletonOfAscii(Romanize(alias));
        if (rec.type == "person" && sk.size() >= 4) {
          auto [it, inserted] = skeleton_to_entry.emplace(sk, id);
          if (!inserted && it->second != id) it->second = -2;
        }
      }
    }
    if (fresh) {
      entries.push_back(DictEntry{rec.type, rec.canonical, std::move(rec.aliases)});
    } else {
      std::vector<std::string>& all = entries[id].aliases;
      for (std::string& a : rec.aliases)
        if (std::find(all.begin(), all.end(), a) == all.end()) all.push_back(std::move(a));
    }
  }
  return Status::Ok();
}

Result<std::unique_ptr<EntityRecognizer>> EntityRecognizer::Create(EntityOptions options) {
  std::unique_ptr<EntityRecognizer> r(new EntityRecognizer());
  Impl& m = *r->impl_;
  m.options = options;
  UErrorCode st = U_ZERO_ERROR;
  auto analyzer = SentenceAnalyzer::Create();
  if (!analyzer.ok()) return analyzer.status();
  m.analyzer = std::move(analyzer).value();
  m.romanizer.reset(icu::Transliterator::createInstance("Hangul-Latin; Latin-ASCII", UTRANS_FORWARD, st));
  if (U_FAILURE(st)) return Status::Internal(std::string("ICU Hangul-Latin: ") + u_errorName(st));
  m.LoadWordLists();
  if (Status aliases = m.LoadAliases(); !aliases.ok()) return aliases;
  m.tagger = NerTagger::Embedded();
  return r;
}

// Person groups whose names are variants of one name (SamePersonName) become one group, the
// earlier one; a shorter name that ends two or more longer ones stays apart. Latin and Cyrillic
// names only (Hangul and CJK names have their own linking).
// "강준혁(제임스 강)", "Kim Jun-hyuk (James Kang)", "王伟（Wang Wei）": a person name followed by a
// bracket that holds exactly another person name gives one person written two ways; the bracketed
// name's group joins the first (a known name wins: the first joins a listed bracketed name).
void JoinBracketedPersonAliases(const std::vector<Para>& paras, const std::vector<Cand>& cands, std::vector<int>* group) {
  std::map<std::pair<int, int>, size_t> person_at;  // (paragraph, start byte) -> person candidate
  for (size_t i = 0; i < cands.size(); ++i)
    if ((*group)[i] >= 0 && cands[i].type == "person") person_at.emplace(std::pair{cands[i].para, cands[i].start}, i);
  auto skip_spaces = [](std::string_view t, size_t at) {
    while (at < t.size() && t[at] == ' ') ++at;
    return at;
  };
  for (size_t i = 0; i < cands.size(); ++i) {
    const Cand& c = cands[i];
    if ((*group)[i] < 0 || c.type != "person") continue;
    const std::string_view t = paras[c.para].text;
    size_t at = skip_spaces(t, static_cast<size_t>(c.end));
    size_t open = 0;
    if (t.substr(std::min(at, t.size())).starts_with("(")) open = 1;
    else if (t.substr(std::min(at, t.size())).starts_with("\xEF\xBC\x88")) open = 3;  // （
    if (open == 0) continue;
    const auto it = person_at.find({c.para, static_cast<int>(at + open)});
    if (it == person_at.end()) continue;
    const Cand& b = cands[it->second];
    const size_t close = static_cast<size_t>(b.end);
    if (!t.substr(std::min(close, t.size())).starts_with(open == 1 ? ")" : "\xEF\xBC\x89")) continue;  // ） closes （
    int from = (*group)[it->second], into = (*group)[i];
    if (from == into) continue;
    if (b.dict >= 0 && c.dict < 0) std::swap(from, into);
    else if (b.dict >= 0 && c.dict >= 0 && b.dict != c.dict) continue;
    for (int& g : *group)
      if (g == from) g = into;
  }
}

void MergePersonVariants(const std::vector<Para>& paras, const std::vector<Cand>& cands, std::vector<int>* group) {
  std::map<int, std::vector<std::vector<std::string>>> names;  // group -> folded words of each surface
  std::multimap<int, std::string> titled_surname;  // group -> family name written after an honorific
  std::map<int, int> dict_of;
  std::vector<int> order;
  for (size_t i = 0; i < cands.size(); ++i) {
    const Cand& c = cands[i];
    const int g = (*group)[i];
    if (g < 0 || c.type != "person" || c.te - c.tb < 2) continue;
    const Para& p = paras[c.para];
    if (!p.toks[c.tb].latin && !IsCyrillicLead(p.Text(c.tb))) continue;
    std::vector<std::string> words;
    // (A nickname in quotes is no word of the name: "Caleb "Moth" Duarte" is Caleb Duarte.)
    // (An honorific is no word of it either: "Mr. Duarte" is the family name alone.)
    bool quoted = false, honorific = false;
    for (int t = c.tb; t < c.te; ++t) {
      if (p.IsPunct(t, "\"") || p.IsPunct(t, "“") || p.IsPunct(t, "”")) quoted = !quoted;
      if (t == c.tb && In(WordList::kEnHonorific, p.Text(t))) {
        honorific = true;
        continue;
      }
      if (p.IsWord(t) && !quoted) words.push_back(FoldWord(StripPossessive(p.Text(t))));
    }
    // (A generation after the family name is no word of it: "Robert F. Kennedy Jr." ends in Kennedy.)
    for (int t = c.te - 1; t > c.tb && words.size() > 2; --t) {
      if (p.IsPunct(t, ".")) continue;
      if (!p.IsWord(t) || !In(WordList::kEnNameGeneration, p.Text(t))) break;
      words.pop_back();
      break;
    }
    if (honorific && words.size() == 1) titled_surname.emplace(g, words[0]);
    if (words.size() < 2) continue;
    if (!names.count(g)) order.push_back(g);
    auto& v = names[g];
    if (std::find(v.begin(), v.end(), words) == v.end()) v.push_back(std::move(words));
    if (c.dict >= 0) dict_of[g] = c.dict;
  }
  std::map<int, int> into;  // group -> group it joins
  for (size_t j = 1; j < order.size(); ++j) {
    const int gj = order[j];
    int target = -1;
    bool ambiguous = false;
    for (size_t i = 0; i < j && !ambiguous; ++i) {
      const int gi = order[i];
      if (into.count(gi)) continue;
      if (dict_of.count(gi) && dict_of.count(gj) && dict_of[gi] != dict_of[gj]) continue;
      bool match = false;
      for (const auto& x : names[gi])
        for (const auto& y : names[gj]) match = match || SamePersonName(x, y);
      if (!match) continue;
      if (target >= 0) ambiguous = true;
      target = gi;
    }
    if (target >= 0 && !ambiguous) into[gj] = target;
  }
  // "Mr. Duarte" after "Caleb "Moth" Duarte": a family name after an honorific, in a group with no full
  // name, joins the one full name of the page that ends in it.
  for (const auto& [g, surname] : titled_surname) {
    if (names.count(g) || into.count(g)) continue;
    int target = -1;
    bool ambiguous = false;
    for (const int gi : order)
      for (const auto& x : names[gi])
        if (gi != g && !into.count(gi) && x.back() == surname && target != gi) {
          ambiguous = ambiguous || target >= 0;
          target = gi;
        }
    if (target >= 0 && !ambiguous) into[g] = target;
  }
  // A person named by one word alone that is an inner or first word of exactly one longer person
  // name joins it ("Faiz" of "Mohd Faiz Abdullah", "Alexander" of "Alexander Soros"; the last word
  // is the short-form rule's).
  std::map<std::string, int, std::less<>> inner_of;  // folded word -> group, -1 ambiguous
  for (int g : order) {
    if (into.count(g)) continue;
    for (const auto& words : names[g])
      for (size_t k = 0; k + 1 < words.size(); ++k) {
        if (CountCodePoints(words[k]) < 4) continue;
        auto [it, inserted] = inner_of.emplace(words[k], g);
        if (!inserted && it->second != g) it->second = -1;
      }
  }
  std::map<int, bool> lone;  // group -> every member is one word
  for (size_t i = 0; i < cands.size(); ++i) {
    const int g = (*group)[i];
    if (g < 0 || cands[i].type != "person") continue;
    const bool one = cands[i].te - cands[i].tb == 1 && paras[cands[i].para].toks[cands[i].tb].latin;
    auto [it, inserted] = lone.emplace(g, one);
    if (!inserted) it->second = it->second && one;
  }
  for (size_t i = 0; i < cands.size(); ++i) {
    const int g = (*group)[i];
    if (g < 0 || into.count(g) || !lone.count(g) || !lone[g] || cands[i].dict >= 0) continue;
    auto it = inner_of.find(FoldWord(StripPossessive(paras[cands[i].para].Text(cands[i].tb))));
    if (it != inner_of.end() && it->second >= 0 && it->second != g) into[g] = it->second;
  }
  for (int& g : *group) {
    auto it = into.find(g);
    if (it != into.end()) g = it->second;
  }
}

// ---- Recognize: per-paragraph passes, then article-level filters, linking and output

void EntityRecognizer::Impl::RecognizeParagraph(int pi, Para& p, std::vector<Cand>& cands, std::string_view lang,
                                                std::vector<std::pair<TaggedSpan, int>>* low) const {
  p.lang = lang;
  const std::string_view text = p.text;
  bool hangul = false, upper = false;
  // Kana (U+3040-30FF: E3 81 80 - E3 83 BF) and Han (U+4E00-9FFF: lead bytes E4-E9) by bytes.
  bool kana = false, han = false;
  // (Only lead bytes E3-E9 can set either: the scan skips to them.)
  const size_t scan_end = text.empty() ? 0 : text.size() - 1;
  for (size_t b = NextByteIn(text, 0, scan_end, 0xE3, 6); b + 1 < text.size() && !kana;
       b = NextByteIn(text, b + 1, scan_end, 0xE3, 6)) {
    const unsigned char c = static_cast<unsigned char>(text[b]), d = static_cast<unsigned char>(text[b + 1]);
    // The katakana middle dot (U+30FB) also separates transliterated names in Chinese text.
    kana = c == 0xE3 && d >= 0x81 && d <= 0x83 &&
           !(d == 0x83 && b + 2 < text.size() && static_cast<unsigned char>(text[b + 2]) == 0xBB);
    han = han || (c >= 0xE4 && c <= 0xE9);
  }
  int words = 0, function_words = 0;
  for (const Token& t : p.toks) {
    hangul |= t.has_hangul;
    upper |= t.cap || t.all_caps;
    if (t.kind != kWord || !t.latin) continue;
    ++words;
    std::string_view w = text.substr(t.start, t.end - t.start);
    function_words += In(WordList::kEnFunctionWord, w);
  }
  // The tagger knows Korean and English; an article without a language tag is taken as
  // English where English function words are frequent.
  std::string_view para_lang = lang;
  if (para_lang.empty()) para_lang = function_words * 12 >= words && function_words >= 2 ? "en" : "";
  // Other languages in Latin script (de, fr, es, nl, pl ...): the English model, which keys on
  // capitalization and name lists more than on English words, finds their persons and
  // organizations too (fundus-dev pages of 20 countries: persons matched 96 -> 118).
  if (IsLatinScriptLanguage(para_lang) && words > 0) para_lang = "en";
  // Each new candidate remembers its pass (a feature of the keep step, extract/entity_keep.h).
  size_t marked = cands.size();
  const int first_cand = static_cast<int>(cands.size());
  auto mark = [&](EntitySource s) {
    for (; marked < cands.size(); ++marked) cands[marked].source = s;
  };
  DictPass(pi, p, cands, lang);
  if (upper && !hangul) GroupAffiliateNames(pi, p, cands, first_cand);
  if (upper && p.union_bloc) UnionBlocPass(pi, p, cands);
  mark(EntitySource::kDictionary);
  if (hangul) KoreanCuePass(pi, p, cands);
  mark(EntitySource::kKoreanCue);
  if (upper && !hangul) SpelledOutAcronymPass(pi, p, cands);
  if (upper && !hangul) LegalFormPass(pi, p, cands);
  if (upper && lang == "de") GermanPlacedBodyPass(pi, p, cands);
  if (upper && lang == "de") GermanClubPass(pi, p, cands);
  if (upper && lang == "de") GermanShopPass(pi, p, cands);
  if (upper && lang == "de") GermanInstitutionPass(pi, p, cands);
  if (upper && lang == "de") GermanCouncilPass(pi, p, cands);
  if (upper && !hangul) NicknamePersonPass(pi, p, cands);
  if (upper && !hangul) InitialsPersonPass(pi, p, cands);
  if (upper && !hangul) EnglishGovernmentPass(pi, p, cands);
  if (upper) EnglishPass(pi, p, cands, lang);
  mark(EntitySource::kLatinRule);
  if (upper && !hangul) CyrillicPersonPass(pi, p, cands);
  mark(EntitySource::kCyrillic);
  // Japanese and Chinese paragraphs: kana make a paragraph Japanese; Han text without kana or
  // Hangul follows the article's language (Chinese when it has none).
  const std::string_view cjk = kana ? "ja" : hangul || !han ? "" : lang == "ja" ? "ja" : lang.empty() || lang == "zh" ? "zh" : "";
  if (!cjk.empty()) {
    CjkQuotedNamePass(pi, p, cands);
    if (cjk == "ja") JapaneseLegalFormPass(pi, p, cands);
    if (cjk == "ja") JapaneseCuePass(pi, p, cands);
    if (cjk == "ja") JapaneseNameBeforeTitle(pi, p, cands);
    mark(EntitySource::kJapaneseCue);
    CjkGovernmentPass(pi, p, cands);
    mark(EntitySource::kJapaneseCue);
    CjkTaggerPass(pi, p, cands, cjk);
    mark(EntitySource::kCjkTagger);
    for (int ci = first_cand; ci < static_cast<int>(cands.size()); ++ci)
      if (cands[ci].para == pi)
        for (int round = 0; round < 3 && ExtendCjkOrgName(p, cands, ci); ++round) {
        }
    if (cjk == "zh") {
      ChineseListNames(pi, p, cands);
      ChineseRoleNames(pi, p, cands);
      ChineseCueOrgNames(pi, p, cands);
      ChineseHeadNames(pi, p, cands);
      ChineseAddressedFamilyNames(pi, p, cands);
      mark(EntitySource::kCjkTagger);
      TrimChineseOrgLeads(p, cands, first_cand);
    }
    CjkGlossPass(pi, p, cands, first_cand);
    mark(EntitySource::kGloss);
  } else if (hangul || upper) {
    TaggerPass(pi, p, cands, para_lang, low);
    mark(EntitySource::kTagger);
    if (upper && !hangul) ListMemberPersonPass(pi, p, cands);
    mark(EntitySource::kLatinRule);
    if (hangul) KoreanClauseOrgPass(pi, p, cands);
    if (hangul) KoGenitiveOrgPass(pi, p, cands);
    mark(EntitySource::kKoreanCue);
    if (hangul) CjkGlossPass(pi, p, cands, first_cand);
    mark(EntitySource::kGloss);
  }
  GlossPass(pi, p, cands);
  mark(EntitySource::kGloss);
  if (hangul) JoinKoreanUnits(p, cands, first_cand);
  if (upper && lang == "de") JoinGermanUnits(p, cands, first_cand);
  if (upper && !hangul && cjk.empty()) JoinLatinUnits(p, cands, first_cand);
  if (!hangul && cjk.empty() && upper) AcronymPass(pi, p, cands);
  mark(EntitySource::kAcronym);
  if (!hangul && cjk.empty() && upper) CoordinatedCompanyPass(pi, p, cands);
  mark(EntitySource::kLatinRule);
}

// Word t could be a one-word company name listed with others: a free capitalized Latin word of
// three letters or more, alone between list separators, that is no stop word, title, given name,
// nationality or common word of the paragraph (written in lower case or after a German article).
bool EntityRecognizer::Impl::CoordinatedNameWord(const Para& p, int t) const {
  if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].latin || !p.toks[t].cap) return false;
  const std::string_view w = p.Text(t);
  if (CountCodePoints(w) < 3 || en_stop.count(w) || IsLatinTitle(w) || given_names.count(w) ||
      In(WordList::kDemonym, w) || en_titles.count(w))
    return false;
  if ((p.IsWord(t - 1) && p.toks[t - 1].cap && p.toks[t].space_before) ||
      (p.IsWord(t + 1) && p.toks[t + 1].cap && p.toks[t + 1].space_before) || p.IsPunct(t + 1, "-") ||
      p.IsPunct(t - 1, "-"))
    return false;
  const std::string folded = FoldWord(w);
  for (int k = 0; k < p.Size(); ++k) {
    if (k == t || !p.IsWord(k) || FoldWord(p.Text(k)) != folded) continue;
    if (!p.toks[k].cap) return false;
    if (p.lang == "de" && k >= 1 && p.IsWord(k - 1) && In(WordList::kDeDeterminer, p.Text(k - 1))) return false;
  }
  return true;
}

// "Temu, Aliexpress und Wish", "Amazon, Etsy and Shein": an unknown one-word name listed (comma,
// and/und/or/oder/sowie) right next to a company found by another pass is a company too; the
// list is followed both ways until no word joins.
void EntityRecognizer::Impl::CoordinatedCompanyPass(int pi, Para& p, std::vector<Cand>& cands) const {
  auto separator = [&](int k) {
    if (p.IsPunct(k, ",")) return true;
    if (!p.IsWord(k)) return false;
    const std::string_view w = p.Text(k);
    return w == "and" || w == "or" || w == "und" || w == "oder" || w == "sowie";
  };
  auto company_at = [&](int k) {
    return k >= 0 && k < p.Size() && p.owner[k] >= 0 && cands[p.owner[k]].type == "company" &&
           p.toks[k].latin;
  };
  for (bool changed = true; changed;) {
    changed = false;
    for (int t = 1; t + 1 < p.Size(); ++t) {
      if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].cap) continue;
      const bool left = separator(t - 1) && company_at(t - 2) && cands[p.owner[t - 2]].te == t - 1 &&
                        p.toks[t - 2].sentence == p.toks[t].sentence;
      const bool right = separator(t + 1) && company_at(t + 2) && cands[p.owner[t + 2]].tb == t + 2 &&
                         p.toks[t + 2].sentence == p.toks[t].sentence;
      if ((!left && !right) || !CoordinatedNameWord(p, t)) continue;
      ClaimWord(pi, p, cands, t, "company", 0.55);
      changed = true;
    }
  }
}

// A page about sport: a lower-case en_sport_word on it.
bool EntityRecognizer::Impl::SportPage(const Doc& d) const {
  for (const Para& p : d.paras)
    for (int t = 0; t < p.Size(); ++t)
      if (p.IsWord(t) && !p.toks[t].cap && In(WordList::kEnSportWord, p.Text(t))) return true;
  return false;
}

// On an English page about sport (a lower-case en_sport_word on it), a town's name alone that is
// a sport_town_club row is the town's club ("Collingwood has confirmed", "approached by Geelong and
// Carlton"): a free word, no capitalized word next to it but a stop word ("Carlton Draught",
// "Richmond Park"; "But Carlton failed" is the club), not after a place preposition ("grew up in
// Geelong").
void EntityRecognizer::Impl::SportTownClubs(Doc& d) const {
  if (d.lang != "en" || !SportPage(d)) return;
  std::map<std::string, int> towns;  // town -> its first candidate
  for (size_t pi = 0; pi < d.paras.size(); ++pi) {
    Para& p = d.paras[pi];
    for (int t = 0; t < p.Size(); ++t) {
      if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].latin || !In(WordList::kSportTownClub, StripPossessive(p.Text(t))))
        continue;
      auto cap_at = [&](int q) {
        return q >= 0 && q < p.Size() && p.IsWord(q) && p.toks[q].cap && p.toks[q].sentence == p.toks[t].sentence &&
               (q < t ? p.toks[t].space_before : p.toks[q].space_before);
      };
      if (cap_at(t + 1) || (cap_at(t - 1) && !en_stop.count(p.Text(t - 1))) ||
          AfterPlacePreposition(p, t))
        continue;
      Cand c;
      c.para = static_cast<int>(pi);
      c.tb = t;
      c.te = t + 1;
      c.start = p.toks[t].start;
      c.end = p.toks[t].start + static_cast<int>(StripPossessive(p.Text(t)).size());
      c.type = "organization";
      c.conf = 0.7;
      c.source = EntitySource::kLatinRule;
      const std::string town(StripPossessive(p.Text(t)));
      const int idx = Claim(p, d.cands, std::move(c));
      if (idx >= 0) towns.emplace(town, idx);
    }
  }
  LinkClubNicknames(d, towns);
}

// "the Magpies", "Pies midfielder": on a page where a town names its club (`towns`: town -> its first
// candidate), the club's nickname (sport_club_nickname: "Collingwood Magpies") written alone is that
// club: a free nickname is claimed, a candidate that is just the nickname joins the town's entity.
void EntityRecognizer::Impl::LinkClubNicknames(Doc& d, const std::map<std::string, int>& towns) const {
  for (const std::string& row : EntityWords::Default().List(WordList::kSportClubNickname)) {
    const size_t sp = row.find(' ');
    if (sp == std::string::npos) continue;
    const auto town = towns.find(row.substr(0, sp));
    if (town == towns.end()) continue;
    const std::string_view nick = std::string_view(row).substr(sp + 1);
    for (size_t pi = 0; pi < d.paras.size(); ++pi) {
      Para& p = d.paras[pi];
      for (size_t at = p.text.find(nick); at != std::string_view::npos; at = p.text.find(nick, at + 1)) {
        int tb = 0;
        while (tb < p.Size() && p.toks[tb].start < static_cast<int>(at)) ++tb;
        int te = tb;
        while (te < p.Size() && p.toks[te].end <= static_cast<int>(at + nick.size())) ++te;
        if (tb >= p.Size() || p.toks[tb].start != static_cast<int>(at) || te == tb ||
            p.toks[te - 1].end != static_cast<int>(at + nick.size()) || (te < p.Size() && p.IsWord(te) && !p.toks[te].space_before))
          continue;
        const int o = p.owner[tb];
        if (o < 0) {
          bool free = true;
          for (int q = tb; q < te; ++q) free = free && p.owner[q] < 0;
          if (!free) continue;
          Cand c;
          c.para = static_cast<int>(pi);
          c.tb = tb;
          c.te = te;
          c.start = p.toks[tb].start;
          c.end = p.toks[te - 1].end;
          c.type = "organization";
          c.conf = 0.7;
          c.source = EntitySource::kLatinRule;
          c.key = "#" + std::to_string(town->second);
          Claim(p, d.cands, std::move(c));
        } else if (Cand& c = d.cands[o]; o != town->second && !c.dropped && c.type != "person" && c.dict < 0 &&
                                         c.start == p.toks[tb].start && c.end == p.toks[te - 1].end) {
          c.type = "organization";
          c.key = "#" + std::to_string(town->second);
        }
      }
    }
  }
}

// "Separately, the bank …": a lone capitalized word the English word list holds in lower case, ending
// in a sentence_adverb_ending row, opening its sentence before a comma is an adverb, no name.
void EntityRecognizer::Impl::DropSentenceAdverbs(Doc& d) const {
  for (Cand& c : d.cands) {
    if (c.dropped || c.dict >= 0 || c.te - c.tb != 1) continue;
    const Para& p = d.paras[c.para];
    const int t = c.tb;
    if (!p.toks[t].latin || !p.IsPunct(t + 1, ",") || (t > 0 && p.toks[t - 1].sentence == p.toks[t].sentence) ||
        !EndsWithAnyOf(WordList::kSentenceAdverbEnding, p.Text(t)) || !CommonWordRun(p, t, t + 1))
      continue;
    c.dropped = true;
  }
}

// "Shiv Sena (UBT)": a Latin name that opens a bracket inside it ends after the bracket's close when
// that follows it; a bracket left open is cut off ("Shiv Sena (UBT" was a name).
void EntityRecognizer::Impl::CloseBracketsInNames(Doc& d) const {
  for (Cand& c : d.cands) {
    if (c.dropped || c.type == "person" || c.te - c.tb < 3) continue;
    Para& p = d.paras[c.para];
    if (!p.toks[c.tb].latin) continue;
    int open = -1, depth = 0;
    for (int q = c.tb; q < c.te; ++q) {
      if (p.IsPunct(q, "(")) {
        if (depth++ == 0) open = q;
      } else if (p.IsPunct(q, ")")) {
        --depth;
      }
    }
    if (depth != 1 || open <= c.tb) continue;
    const int idx = static_cast<int>(&c - d.cands.data());
    if (c.end == p.toks[c.te - 1].end && c.te < p.Size() && p.IsPunct(c.te, ")") && p.owner[c.te] < 0 &&
        p.toks[c.te].sentence == p.toks[c.te - 1].sentence) {
      p.owner[c.te] = idx;
      c.end = p.toks[c.te].end;
      ++c.te;
      continue;
    }
    for (int q = open; q < c.te; ++q) p.owner[q] = -1;
    c.te = open;
    c.end = p.toks[open - 1].end;
  }
}

// Candidates that name no person or organization: dictionary names of type `other`
// (competitions, products, places keep their words claimed, so that no rule reads them as a
// name, and are not output), nationality words, award and event names.
void EntityRecognizer::Impl::DropNonNames(Doc& d) const {
  for (Cand& c : d.cands) {
    if (c.dict < 0 || entries[c.dict].type != "other") continue;
    // "Downing Street said", "The White House has said": a seat that acts names its body; on an
    // English page so does a seat that is no place after a preposition ("pressure from the White
    // House", "White House press secretary"; not "stayed at the White House").
    const Para& p = d.paras[c.para];
    if (p.toks[c.tb].latin && In(WordList::kEnSeat, entries[c.dict].canonical) &&
        (ActsAsBody(p, c.te) || ((p.lang == "en" || p.lang.empty()) && !AfterPlacePreposition(p, c.tb)))) {
      c.dict = -1;
      c.type = "organization";
      continue;
    }
    c.dropped = true;
  }
  // A nationality word alone ("Palestinians", "Israeli") is no organization.
  for (Cand& c : d.cands) {
    const Para& p = d.paras[c.para];
    if (c.dict < 0 && c.type != "person" && c.te - c.tb == 1 && p.toks[c.tb].latin &&
        In(WordList::kDemonym, StripPossessive(p.Text(c.tb))))
      c.dropped = true;
  }
  // A lone capitalized title word is no organization ("Deputy Chief Minister D.K. Shivakumar",
  // "The Prime Minister's official spokesman", "Co-author X").
  for (Cand& c : d.cands) {
    const Para& p = d.paras[c.para];
    if (c.dict >= 0 || c.type == "person" || c.te - c.tb != 1 || !p.toks[c.tb].latin || p.toks[c.tb].all_caps) continue;
    std::string lower(StripPossessive(p.Text(c.tb)));
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    // (A German council is named like its members: "im Nationalrat" is the body.)
    if (In(WordList::kDeCouncil, StripPossessive(p.Text(c.tb)))) continue;
    if (en_titles.count(lower) || en_title_mods.count(lower) || IsLatinTitle(lower)) c.dropped = true;
  }
  // In German, an unlisted name after an indefinite or possessive article is a kind ("eine
  // Schweizer Bank", "keine Kleinere Bank"), no name.
  for (Cand& c : d.cands) {
    const Para& p = d.paras[c.para];
    if (d.lang == "de" && c.dict < 0 && c.type != "person" && p.toks[c.tb].latin && c.tb >= 1 &&
        p.IsWord(c.tb - 1) && In(WordList::kDeIndefinite, p.Text(c.tb - 1)))
      c.dropped = true;
  }
  // Latin names ending in an award or event word ("Paul Harris Award") are no person or body, nor
  // are the words right before one ("Labor" of "Labor Day").
  for (Cand& c : d.cands) {
    const Para& p = d.paras[c.para];
    if (c.dict < 0 && c.te - c.tb >= 2 && p.toks[c.te - 1].latin && non_entity_heads.count(p.Text(c.te - 1)))
      c.dropped = true;
    if (c.dict < 0 && p.toks[c.te - 1].latin && p.IsWord(c.te) && p.toks[c.te].space_before && p.owner[c.te] < 0 &&
        p.toks[c.te].sentence == p.toks[c.tb].sentence && non_entity_heads.count(p.Text(c.te)))
      c.dropped = true;
  }
}

namespace {

// A capitalized German definite article opening an organization's name ("Die Grünen fordern", "Die
// Linke kritisierte": the dictionary lists the party with it) is no part of the mention; mid-sentence
// the article is written in lower case and stays out. A publication keeps it ("Der Spiegel").
void TrimLeadingArticles(Doc& d) {
  for (Cand& c : d.cands) {
    Para& p = d.paras[c.para];
    if (c.dropped || c.te - c.tb < 2 || (c.type != "organization" && c.type != "company") || !p.toks[c.tb].latin ||
        !p.toks[c.tb].cap || !p.IsWord(c.tb + 1) || !p.toks[c.tb + 1].cap || !p.toks[c.tb + 1].space_before)
      continue;
    std::string lower(p.Text(c.tb));
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (!In(WordList::kDeDefiniteArticle, lower)) continue;
    if (p.owner[c.tb] == static_cast<int>(&c - d.cands.data())) p.owner[c.tb] = -1;
    ++c.tb;
    c.start = p.toks[c.tb].start;
  }
}

}  // namespace

// "Gewerkschaft Unia", "Verein Pro Velo Zürich": a German organization with no dictionary entry
// that opens with a kind of organization and a name after it is the name alone (the kind heads
// the name only with a tail: "Verein der Freunde der Salzburger Festspiele"). So with a kind of
// company (en_company_cue, GermanCompanyCue) glued on by a name head: "der Anbieter Westbahn",
// "den Konkurrenten Flixbahn", "Bahnbetreiber Nordbahn".
void EntityRecognizer::Impl::TrimGermanKindCues(Doc& d) const {
  for (Cand& c : d.cands) {
    Para& p = d.paras[c.para];
    if (c.dropped || c.dict >= 0 || c.te - c.tb < 2 || c.type == "person" ||
        (!DeOrgKindCue(p, c.tb) && !GermanCompanyCue(p, c.tb)) || !DeKindNameStart(p, c.tb + 1))
      continue;
    if (p.owner[c.tb] == static_cast<int>(&c - d.cands.data())) p.owner[c.tb] = -1;
    ++c.tb;
    c.start = p.toks[c.tb].start;
  }
}

// A German adjective in lower case with an inflection (-e, -en, -es, -em) after a stem of four
// letters or less ("neuen") or a stem ending in a de_adjective_stem_end row ("kommunalen").
static bool DeAdjectiveForm(std::string_view folded) {
  for (std::string_view infl : {"en", "em", "es", "e"}) {
    if (!EndsWith(folded, infl)) continue;
    const std::string_view stem = folded.substr(0, folded.size() - infl.size());
    if (CountCodePoints(stem) <= 4) return CountCodePoints(stem) >= 3;
    for (const std::string& e : EntityWords::Default().List(WordList::kDeAdjectiveStemEnd))
      if (stem.size() > e.size() + 2 && EndsWith(stem, e)) return true;
    return false;
  }
  return false;
}

// "der «Neuen Zürcher Zeitung»", "des Kommunalen Arbeitgeberverbands Berlin": in German an adjective
// is written in lower case unless it opens a name, so a capitalized word with an adjective's
// inflection (DeAdjectiveForm; five letters or more) right before an organization, inside its
// sentence after a lower-case word or an opening quote, is the first word of the name. No title,
// given name, nationality, article or function word, nor before an acronym; "-er" forms are left
// out (the demonyms: "Wiener Burgtheater").
void EntityRecognizer::Impl::JoinGermanAdjectives(Doc& d) const {
  for (size_t i = 0; i < d.cands.size(); ++i) {
    Cand& c = d.cands[i];
    Para& p = d.paras[c.para];
    const int q = c.tb - 1;
    if (c.dropped || p.lang != "de" || c.type == "person" || q < 1 || !p.toks[c.tb].latin || !p.toks[c.tb].cap ||
        !p.toks[c.tb].space_before || !p.IsWord(q) || p.owner[q] >= 0 || !p.toks[q].latin || !p.toks[q].cap ||
        p.toks[q].all_caps || p.toks[q].sentence != p.toks[c.tb].sentence)
      continue;
    const int r = q - 1;
    const bool opened = p.toks[r].sentence == p.toks[q].sentence &&
                        ((p.IsWord(r) && p.toks[r].latin && !p.toks[r].cap) ||
                         p.IsPunct(r, "«") || p.IsPunct(r, "„") || p.IsPunct(r, "\"") || p.IsPunct(r, "»"));
    const std::string_view w = p.Text(q);
    const std::string folded = FoldWord(w);
    if (!opened || CountCodePoints(w) < 5 || In(WordList::kEnFunctionWord, folded) || IsLatinTitle(w) || given_names.count(w) ||
        In(WordList::kDemonym, w) || In(WordList::kDeDeterminer, folded) || !DeAdjectiveForm(folded) ||
        p.toks[c.tb].all_caps)  // (a plural in apposition: "der Verbände ZKWB", "die Banken UBS")
      continue;
    c.tb = q;
    c.start = p.toks[q].start;
    p.owner[q] = static_cast<int>(i);
  }
}

namespace {

// True when capitalized Latin words of one sentence on the page have `acronym`'s letters as their
// initials, lower-case joining words skipped ("Cricket Australia" for CA, "Board of Control" for BC).
bool SpelledOnPage(const Doc& d, std::string_view acronym) {
  for (const Para& p : d.paras)
    for (int a = 0; a < p.Size(); ++a) {
      if (!p.IsWord(a) || !p.toks[a].latin || !p.toks[a].cap || p.text[p.toks[a].start] != acronym[0]) continue;
      size_t k = 0;
      int lower = 0;
      for (int t = a; t < p.Size() && k < acronym.size() && p.IsWord(t) && p.toks[t].sentence == p.toks[a].sentence; ++t) {
        if (!p.toks[t].cap) {
          if (++lower > 2) break;
          continue;
        }
        if (p.toks[t].all_caps || p.text[p.toks[t].start] != acronym[k]) break;
        ++k;
        lower = 0;
      }
      if (k == acronym.size() && k >= 2) return true;
    }
  return false;
}

// An acronym the article introduces in brackets after a lower-case word ("over the medium-term
// expenditure framework (MTEF)") abbreviates a phrase, not a body: none of its mentions that
// AcronymPass read as an organization are output; nor is a `non_org_acronym` alone the page does not spell out.
void DropPhraseAcronyms(Doc& d) {
  std::set<std::string, std::less<>> phrases;
  for (const Para& p : d.paras)
    for (int t = 2; t + 1 < p.Size(); ++t)
      if (p.IsPunct(t - 1, "(") && p.IsPunct(t + 1, ")") && p.toks[t].all_caps && p.IsWord(t - 2) &&
          p.toks[t - 2].latin && !p.toks[t - 2].cap)
        phrases.emplace(p.Text(t));
  for (Cand& c : d.cands) {
    const Para& p = d.paras[c.para];
    if (c.acronym && phrases.count(p.text.substr(c.start, c.end - c.start))) c.dropped = true;
    // ("named Gill as ODI captain", "der DAX schloss": an abbreviation that names no organization — a
    // country, a currency, a format, an index — is none alone, whatever word follows it, unless the
    // page spells it out: "Cricket Australia … CA chief executive".)
    if (!c.dropped && c.dict < 0 && c.type != "person" && c.te - c.tb == 1 && p.toks[c.tb].all_caps &&
        p.toks[c.tb].latin) {
      const std::string_view w = StripPossessive(p.Text(c.tb));
      if (In(WordList::kNonOrgAcronym, w) && !SpelledOnPage(d, w)) c.dropped = true;
    }
  }
}

}  // namespace

// Page-level consistency: a Latin-script name read as an organization somewhere on the page (by its
// head, a cue or its place in a clause) is that organization wherever else the page writes the same
// words, free and not inside a longer capitalized run ("the Harbor City Hawks" read as the subject of
// "hired" in the lead; "The Harbor City Hawks said" later). One-word names not in German (every noun
// is capitalized), and one that the English word list knows in lower case not where a sentence opens.
void EntityRecognizer::Impl::SamePageNames(Doc& d) const {
  struct Name {
    std::vector<std::string_view> words;
    std::string_view surface;
    size_t cand;
  };
  std::vector<Name> names;
  std::unordered_set<std::string_view> seen;  // a name written twice is looked for once
  for (size_t i = 0; i < d.cands.size(); ++i) {
    const Cand& c = d.cands[i];
    if (c.dropped || c.type == "person" || c.dict >= 0 || c.short_form) continue;
    const Para& p = d.paras[c.para];
    Name n{{}, p.text.substr(c.start, c.end - c.start), i};
    if (!seen.insert(n.surface).second) continue;
    bool latin = p.toks[c.tb].cap;
    for (int t = c.tb; t < c.te && latin; ++t) {
      latin = p.toks[t].latin || p.toks[t].kind == kPunct;
      if (p.IsWord(t)) n.words.push_back(p.Text(t));
    }
    if (!latin || n.words.empty() || (n.words.size() == 1 && d.lang == "de")) continue;
    names.push_back(std::move(n));
  }
  SamePageKoreanNames(d);
  for (const Name& n : names) {
    for (size_t pi = 0; pi < d.paras.size(); ++pi) {
      Para& p = d.paras[pi];
      for (int t = 0; t + static_cast<int>(n.words.size()) <= p.Size(); ++t) {
        if (p.Text(t) != n.words[0] || p.text.compare(p.toks[t].start, n.surface.size(), n.surface) != 0) continue;
        const size_t end = p.toks[t].start + n.surface.size();
        if (end < p.text.size() && std::isalnum(static_cast<unsigned char>(p.text[end]))) continue;
        int e = t;
        bool free = true;
        for (; e < p.Size() && p.toks[e].start < static_cast<int>(end); ++e) free = free && p.owner[e] < 0;
        if (!free || p.toks[e - 1].end != static_cast<int>(end) || p.toks[e - 1].sentence != p.toks[t].sentence) continue;
        // A one-word name that is also a common word: not where a sentence opens.
        if (n.words.size() == 1 && !NoCommonWordIn(p, t, e) &&
            (t == 0 || p.toks[t - 1].sentence != p.toks[t].sentence ||
             (p.toks[t - 1].kind == kPunct && (t < 2 || p.toks[t - 2].sentence != p.toks[t].sentence))))
          continue;
        // Not inside a longer run of capitalized words.
        if ((t > 0 && p.IsWord(t - 1) && p.toks[t - 1].cap && p.toks[t - 1].sentence == p.toks[t].sentence) ||
            (e < p.Size() && p.IsWord(e) && p.toks[e].cap && p.toks[e].space_before))
          continue;
        const Cand& src = d.cands[n.cand];
        Cand c;
        c.para = static_cast<int>(pi);
        c.tb = t;
        c.te = e;
        c.start = p.toks[t].start;
        c.end = static_cast<int>(end);
        c.type = src.type;
        c.conf = src.conf;
        c.key = src.key;
        c.source = src.source;
        Claim(p, d.cands, std::move(c));
        t = e - 1;
      }
    }
  }
}

// A two-word Hangul name a region opens, read once by the clause pass ("부산 아이파크가 … 선임했다"), is that
// body wherever else the page writes the region and the name, the name alone or with a particle ("부산
// 아이파크는 마 감독과 계약했다"), when both words are free there.
void EntityRecognizer::Impl::SamePageKoreanRegionNames(Doc& d) const {
  std::vector<size_t> names;
  for (size_t i = 0; i < d.cands.size(); ++i) {
    const Cand& c = d.cands[i];
    if (!c.dropped && c.type != "person" && c.dict < 0 && c.source == EntitySource::kKoreanCue && c.te == c.tb + 2 &&
        In(WordList::kKoPlaceName, d.paras[c.para].Text(c.tb)))
      names.push_back(i);
  }
  for (const size_t i : names) {
    const Cand src = d.cands[i];
    const std::string_view region = d.paras[src.para].Text(src.tb);
    const Para& sp = d.paras[src.para];
    const std::string name(sp.text.substr(sp.toks[src.tb + 1].start, src.end - sp.toks[src.tb + 1].start));
    for (size_t pi = 0; pi < d.paras.size(); ++pi) {
      Para& p = d.paras[pi];
      for (int t = 0; t + 1 < p.Size(); ++t) {
        if (!p.IsWord(t) || !p.Free(t) || !p.Free(t + 1) || p.Text(t) != region || !p.toks[t + 1].space_before ||
            p.toks[t + 1].sentence != p.toks[t].sentence || p.Text(t + 1).substr(0, name.size()) != name)
          continue;
        const std::string_view w = p.Text(t + 1);
        bool whole = w.size() == name.size();
        for (const int k : whole ? std::vector<int>() : KoreanStemLengths(w)) whole = whole || static_cast<size_t>(k) == name.size();
        if (!whole) continue;
        Cand c;
        c.para = static_cast<int>(pi);
        c.tb = t;
        c.te = t + 2;
        c.start = p.toks[t].start;
        c.end = p.toks[t + 1].start + static_cast<int>(name.size());
        c.type = src.type;
        c.conf = src.conf;
        c.source = src.source;
        Claim(p, d.cands, std::move(c));
      }
    }
  }
}

// The Korean side of SamePageNames: a word dropped as a descriptor ("음성AI 스타트업 딥리프") is
// dropped wherever a Korean cue read it; a one-word Hangul name a Korean cue read as a company or
// organization ("게임 개발사 하루엔이", "KN텔레콤이") is that body wherever else the page writes the
// word, alone or with a particle ("하루엔은 내년 상장을 추진한다"), when the word is free there.
void EntityRecognizer::Impl::SamePageKoreanNames(Doc& d) const {
  std::set<std::string, std::less<>> descriptors;
  for (const Cand& c : d.cands)
    if (c.descriptor) descriptors.insert(d.Surface(c));
  for (Cand& c : d.cands)
    if (!c.dropped && c.dict < 0 && c.source == EntitySource::kKoreanCue && descriptors.count(d.Surface(c)))
      c.dropped = true;
  std::map<std::string, size_t, std::less<>> names;  // surface -> the first candidate read
  for (size_t i = 0; i < d.cands.size(); ++i) {
    const Cand& c = d.cands[i];
    if (c.dropped || c.type == "person" || c.dict >= 0 || c.short_form || c.source != EntitySource::kKoreanCue ||
        c.te != c.tb + 1 || !d.paras[c.para].toks[c.tb].has_hangul)
      continue;
    const std::string s = d.Surface(c);
    if (CountCodePoints(s) >= 2) names.emplace(s, i);
  }
  SamePageKoreanRegionNames(d);
  if (names.empty()) return;
  for (size_t pi = 0; pi < d.paras.size(); ++pi) {
    Para& p = d.paras[pi];
    for (int t = 0; t < p.Size(); ++t) {
      if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].has_hangul) continue;
      const std::string_view w = p.Text(t);
      auto it = names.find(w);
      for (const int k : it == names.end() ? KoreanStemLengths(w) : std::vector<int>())
        if (it = names.find(w.substr(0, static_cast<size_t>(k))); it != names.end()) break;
      if (it == names.end()) continue;
      const Cand& src = d.cands[it->second];
      Cand c;
      c.para = static_cast<int>(pi);
      c.tb = t;
      c.te = t + 1;
      c.start = p.toks[t].start;
      c.end = p.toks[t].start + static_cast<int>(it->first.size());
      c.type = src.type;
      c.conf = src.conf;
      c.source = src.source;
      Claim(p, d.cands, std::move(c));
    }
  }
}

// A name inside a competition's title is a sponsor or the organizer, no organization there: a
// candidate followed, after a space in Korean or written together in Chinese and Japanese, by a word
// holding a `competition_word` ("하나은행 K리그1", "中国足球协会超级联赛", "明治安田J1リーグ"). Plural
// party members (`party_member_plural`: "Republicans were divided", "Tories in the area") are no
// party either unless the article writes the party with "the" ("the Tories would force a vote").
void EntityRecognizer::Impl::DropTitleSponsorsAndMembers(Doc& d) const {
  std::set<int> parties;  // dictionary entries written "the" + a plural somewhere
  for (Cand& c : d.cands) {
    const Para& p = d.paras[c.para];
    if (c.type == "person" || c.dropped) continue;
    const int nx = c.te;
    if (c.end == p.toks[c.te - 1].end && p.IsWord(nx) && p.toks[nx].sentence == p.toks[c.tb].sentence &&
        p.toks[nx].space_before == p.toks[nx].has_hangul) {
      // (The next word, its parts written together: "K리그" "1", "超级" "联赛".)
      int e = nx + 1;
      while (e < p.Size() && e < nx + 3 && !p.toks[e].space_before && p.toks[e].kind != kPunct) ++e;
      const std::string_view w = p.text.substr(p.toks[nx].start, p.toks[e - 1].end - p.toks[nx].start);
      bool competition = false;
      for (const std::string& h : EntityWords::Default().List(WordList::kCompetitionWord))
        competition = competition || w.find(h) != std::string_view::npos;
      if (competition) c.dropped = true;
    }
    if (c.dict >= 0 && c.te == c.tb + 1 && In(WordList::kPartyMemberPlural, d.Surface(c))) {
      // On an English page a plural no number or quantifier counts names the party too ("Democrats
      // blamed …", "accused Democrats of"; not "several Democrats balked", "two Republicans").
      const bool the = c.tb > 0 && (p.Text(c.tb - 1) == "the" || p.Text(c.tb - 1) == "The");
      const bool counted = c.tb > 0 && p.toks[c.tb - 1].sentence == p.toks[c.tb].sentence &&
                           (p.toks[c.tb - 1].kind == kNumber || In(WordList::kMemberQuantifier, FoldWord(p.Text(c.tb - 1))));
      if (the || (p.lang == "en" && !counted)) parties.insert(c.dict);
    }
  }
  for (Cand& c : d.cands)
    if (!c.dropped && c.dict >= 0 && c.te == c.tb + 1 && In(WordList::kPartyMemberPlural, d.Surface(c)) &&
        !parties.count(c.dict))
      c.dropped = true;
}

// A platform used as a medium ("said on Twitter", "sur Google", "페이스북에 글을 올려", "Google
// Trends") is a venue or a product, not the company: those mentions are not output.
void EntityRecognizer::Impl::DropPlatformVenues(Doc& d) const {
  for (Cand& c : d.cands) {
    if (c.type == "person" || c.dropped) continue;
    const Para& p = d.paras[c.para];
    if (!In(WordList::kPlatformName, p.text.substr(c.start, c.end - c.start))) continue;
    bool venue = false;
    // A preposition of place before it, one or two lower-case words (its, official) between.
    for (int q = c.tb - 1, skipped = 0; q >= 0 && p.IsWord(q) && p.toks[q].sentence == p.toks[c.tb].sentence && !venue; --q) {
      const std::string_view w = p.Text(q);
      if (In(WordList::kPlatformVenueWord, w)) venue = true;
      else if (!p.toks[q].latin || p.toks[q].cap || ++skipped > 2) break;
    }
    // A Korean locative particle after it (페이스북에, 유튜브에서).
    const int te_end = p.toks[c.te - 1].end;
    // (에서 is also "from": "구글에서 애플로 옮겨".)
    const std::string_view particle = p.text.substr(c.end, te_end - c.end);
    if (particle == "에" || particle == "에다" || particle == "에다가") venue = true;
    // A capitalized word right after a Latin name makes a product name ("Google Trends"; not an
    // acronym: "Google TPU team").
    const int nx = c.te;
    if (c.end == te_end && p.toks[c.tb].latin && p.IsWord(nx) && p.toks[nx].space_before && p.toks[nx].latin &&
        p.toks[nx].cap && !p.toks[nx].all_caps && p.toks[nx].sentence == p.toks[c.tb].sentence && p.owner[nx] < 0)
      venue = true;
    c.dropped = venue;
  }
}

namespace {
// Word w is a ko_convene_verb row, or starts with one of two syllables or more ("열겠다", "개최했다").
bool IsKoConveneVerb(std::string_view w) {
  for (const std::string& v : EntityWords::Default().List(WordList::kKoConveneVerb))
    if (w == v || (v.size() >= 6 && w.starts_with(v))) return true;
  return false;
}
}  // namespace

// Hangul organization candidate c names a meeting of a body: the object of a convening verb
// ("상벌위원회를 열어", "법안심사소위를 다시 열 예정", "이사회를 소집") or the subject of its passive
// ("위원회가 열린다"); at most one word (an adverb: 다시, 곧) between.
bool EntityRecognizer::Impl::KoConvenedMeeting(const Para& p, const Cand& c) const {
  const int last = c.te - 1;
  if (c.end >= p.toks[last].end) return false;
  const std::string_view particle = p.text.substr(c.end, p.toks[last].end - c.end);
  const bool object = particle == "을" || particle == "를", subject = particle == "이" || particle == "가";
  if (!object && !subject) return false;
  for (int t = c.te; t < c.te + 2 && p.IsWord(t) && p.toks[t].sentence == p.toks[last].sentence; ++t) {
    const std::string_view w = p.Text(t);
    if (IsKoConveneVerb(w)) {
      // The passive forms (열린, 열려, 열렸, 열리-) take the meeting as their subject.
      const bool passive = w.starts_with("열리") || w.starts_with("열린") || w.starts_with("열려") || w.starts_with("열렸");
      return object != passive;
    }
    if (!p.toks[t].has_hangul || CountCodePoints(w) > 2) return false;
  }
  return false;
}

// Hangul organizations: a body named by its kind ("참여정부", "다음 정부", "지도부"), a meeting of a
// body ("상벌위원회를 열어", and so every mention of it in the article, the headline's too) and an
// academic unit with no parent ("물리학과 교수") are no names.
void EntityRecognizer::Impl::TrimKoreanOrgs(Doc& d) const {
  auto hangul_org = [&d](const Cand& c) {
    return c.dict < 0 && c.type != "person" && !c.dropped && d.paras[c.para].toks[c.te - 1].has_hangul;
  };
  std::set<std::string, std::less<>> meetings;
  for (const Cand& c : d.cands)
    if (hangul_org(c) && c.type == "organization" && KoConvenedMeeting(d.paras[c.para], c)) meetings.emplace(d.Surface(c));
  for (Cand& c : d.cands) {
    const Para& p = d.paras[c.para];
    if (!hangul_org(c)) continue;
    // "최고기술책임자(CTO)도 딥러닝본부": one syllable glued to a closing bracket is the particle of the
    // bracketed word, never the first word of a name.
    if (c.te - c.tb >= 2 && c.tb > 0 && p.IsPunct(c.tb - 1, ")") && !p.toks[c.tb].space_before &&
        p.toks[c.tb].has_hangul && CountCodePoints(p.Text(c.tb)) == 1 && p.toks[c.tb + 1].space_before) {
      ++c.tb;
      c.start = p.toks[c.tb].start;
    }
    const std::string_view sv = p.text.substr(c.start, c.end - c.start);
    for (const std::string& g : EntityWords::Default().List(WordList::kKoGenericOrgFinal))
      c.dropped = c.dropped || EndsWith(sv, g);
    c.dropped = c.dropped || (c.type == "organization" && meetings.count(sv)) ||
                (c.te - c.tb == 1 && EndsWithAnyOf(WordList::kKoUnitNeverAlone, sv));
  }
}

namespace {
// "第三部", "野党第1党", "第5位": a rank — 第, a number, one character of a head — is no name, nor
// is a candidate that ends in one.
bool EndsInOrdinalHead(std::string_view s) {
  std::vector<char32_t> cps;
  for (size_t b = 0; b < s.size();) cps.push_back(DecodeUtf8(s, &b));
  constexpr std::u32string_view kNumerals = U"0123456789０１２３４５６７８９一二三四五六七八九十百两〇";
  if (cps.size() < 3) return false;
  size_t k = cps.size() - 1;  // the head character; numerals before it, then 第
  while (k > 0 && kNumerals.find(cps[k - 1]) != std::u32string_view::npos) --k;
  return k + 1 < cps.size() && k >= 1 && cps[k - 1] == U'第';
}
}  // namespace

// A place and its government written as one name ("杭州市人民政府", "广东省政府"): a
// cjk_government_head ends it after a cjk_place_suffix, with one code point of the place before.
namespace {
bool PlaceGovernmentName(std::string_view sv) {
  for (const std::string& h : EntityWords::Default().List(WordList::kCjkGovernmentHead)) {
    if (!EndsWith(sv, h) || sv.size() <= h.size()) continue;
    const size_t suffix = LastCodePointStart(sv, sv.size() - h.size());
    if (suffix > 0 && In(WordList::kCjkPlaceSuffix, sv.substr(suffix, sv.size() - h.size() - suffix))) return true;
  }
  return false;
}
}  // namespace

// CJK organizations named by their kind (cjk_generic_org_final: 社区医院, 三甲医院, 官邸, 取引銀行)
// or by a rank (第三部, 野党第1党) are no names, whichever pass read them: a candidate that ends
// in one, or opens with one and runs on ("社区医院即可预约…").
void EntityRecognizer::Impl::DropGenericCjkOrgs(Doc& d) const {
  for (Cand& c : d.cands) {
    if (c.dict >= 0 || c.type == "person" || c.dropped) continue;
    const Para& p = d.paras[c.para];
    const std::string_view sv = p.text.substr(c.start, c.end - c.start);
    if (sv.empty() || static_cast<unsigned char>(sv[0]) < 0x80) continue;  // Latin
    bool generic = EndsInOrdinalHead(sv);
    // A counted kind: a numeral and a measure word open it ("七家医院", "两所大学", "3家银行").
    {
      constexpr std::u32string_view kNumerals = U"0123456789０１２３４５６７８９一二三四五六七八九十百千万两几多数";
      constexpr std::u32string_view kMeasures = U"家所个座间";
      size_t at = 0;
      const char32_t c0 = DecodeUtf8(sv, &at);
      if (kNumerals.find(c0) != std::u32string_view::npos) {
        while (at < sv.size()) {
          size_t next = at;
          const char32_t ch = DecodeUtf8(sv, &next);
          if (kNumerals.find(ch) == std::u32string_view::npos) {
            generic = generic || (kMeasures.find(ch) != std::u32string_view::npos && next < sv.size());
            break;
          }
          at = next;
        }
      }
    }
    for (const std::string& g : EntityWords::Default().List(WordList::kCjkGenericOrgFinal))
      generic = generic || EndsWith(sv, g) || (sv.size() > g.size() && sv.starts_with(g));
    // (A place's government is a name: "杭州市人民政府", "广东省政府".)
    if (!generic || PlaceGovernmentName(sv)) continue;
    c.dropped = true;
    for (int t = c.tb; t < c.te; ++t)
      if (d.paras[c.para].owner[t] == static_cast<int>(&c - d.cands.data())) d.paras[c.para].owner[t] = -1;
  }
}

// Chinese person candidates that are no names: one ending in a place word ("徐汇区": zh_place_final)
// and one written right after a numeral, whose first character is a measure word ("8万张门票", "一张专辑":
// 张 is also a family name).
void EntityRecognizer::Impl::DropChineseNonPersons(Doc& d) const {
  constexpr std::u32string_view kNumerals = U"0123456789０１２３４５６７８９一二三四五六七八九十百千万两几";
  for (Cand& c : d.cands) {
    Para& p = d.paras[c.para];
    if (c.dropped || c.dict >= 0 || c.type != "person" || p.toks[c.tb].latin || p.toks[c.tb].has_hangul) continue;
    const std::string_view sv = p.text.substr(c.start, c.end - c.start);
    if (!IsHanWord(sv) || CountCodePoints(sv) < 2) continue;
    bool drop = false;
    for (const std::string& f : EntityWords::Default().List(WordList::kZhPlaceFinal)) drop = drop || EndsWith(sv, f);
    if (c.start > 0) {
      const size_t b = LastCodePointStart(p.text, static_cast<size_t>(c.start));
      size_t at = b;
      drop = drop || kNumerals.find(DecodeUtf8(p.text, &at)) != std::u32string_view::npos;
    }
    if (!drop) continue;
    c.dropped = true;
    for (int t = c.tb; t < c.te; ++t)
      if (p.owner[t] == static_cast<int>(&c - d.cands.data())) p.owner[t] = -1;
  }
}

// Outside English, two capitalized words opening a sentence are more often an adjective and a
// noun ("Heftiger Schusswechsel", "Rauer Seegang") than a name: with neither word a listed name
// and the second word nowhere else in the article, they are not taken as a person.
void EntityRecognizer::Impl::DropSentenceOpeningPairs(Doc& d) const {
  // A word ending like a common noun or an adjective ("Zionismus", "Regierung", "Religiösen
  // Gemeinschaft", "Islamischen") is no part of a person's name, in any Latin-script language.
  for (Cand& c : d.cands) {
    const Para& p = d.paras[c.para];
    if (c.type != "person" || c.dict >= 0 || !p.toks[c.tb].latin) continue;
    for (int t = c.tb; t < c.te && !c.dropped; ++t) {
      if (!p.IsWord(t)) continue;
      std::string lower(StripPossessive(p.Text(t)));
      for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      for (const std::string& e : EntityWords::Default().List(WordList::kNonNameEnding))
        if (lower.size() >= e.size() + 3 && EndsWith(lower, e)) c.dropped = true;
    }
    if (c.dropped)
      for (int t = c.tb; t < c.te; ++t) d.paras[c.para].owner[t] = -1;
  }
  if (d.lang.empty() || d.lang == "en" || !IsLatinScriptLanguage(d.lang)) return;
  for (Cand& c : d.cands) {
    const Para& p = d.paras[c.para];
    if (c.type != "person" || c.dict >= 0 || c.dropped || c.te - c.tb != 2 || !p.toks[c.tb].latin) continue;
    const bool initial = c.tb == 0 || p.toks[c.tb - 1].sentence != p.toks[c.tb].sentence ||
                         (c.tb == 1 && p.toks[0].kind == kPunct);
    const std::string_view first = p.Text(c.tb), second = p.Text(c.te - 1);
    if (!initial || given_names.count(first) || GermanTitleApposition(p, c.te) ||
        (tagger && (tagger->EnglishGazetteerClasses(first) & ner::kGazPer)) ||
        (tagger && (tagger->EnglishGazetteerClasses(second) & ner::kGazPer)))
      continue;
    int seen = 0;
    for (const Para& q : d.paras)
      for (size_t at = q.text.find(second); at != std::string_view::npos && seen < 2; at = q.text.find(second, at + 1))
        ++seen;
    if (seen < 2) c.dropped = true;
  }
}

// "副秘书长孙志海", "董事长孙伟": a Chinese name read with a double family name (长孙) whose first character
// ends a title written before it (秘书长, 董事长: cjk_title, zh_role_noun) starts after that character,
// when the rest opens with a family name of its own and keeps two characters; a double family name
// after no title stays ("长孙晓明是").
void EntityRecognizer::Impl::TrimChineseTitleTail(const Para& p, Cand* c) const {
  const std::string_view name = p.text.substr(c->start, c->end - c->start);
  size_t first = 0;
  DecodeUtf8(name, &first);
  size_t second = first;
  DecodeUtf8(name, &second);
  if (CountCodePoints(name) < 3 || !In(WordList::kZhSurname, name.substr(0, second)) ||
      !In(WordList::kZhSurname, name.substr(first, second - first)))
    return;
  const std::string_view through = p.text.substr(0, c->start + first);
  for (WordList l : {WordList::kCjkTitle, WordList::kZhRoleNoun})
    for (const std::string& r : EntityWords::Default().List(l))
      if (CountCodePoints(r) >= 2 && through.ends_with(r)) {
        c->start += static_cast<int>(first);
        return;
      }
}

// A person span that is a word followed by another person's full name of the same article is
// that name after a title or a sentence adverb ("Kanzler Friedrich Merz", "Ostatecznie Friedrich
// Merz", "Nationalrat Gregor Rutz" next to "Gregor Rutz"): the first word goes.
void EntityRecognizer::Impl::TrimPersonTitles(Doc& d) const {
  std::set<std::string, std::less<>> person_names;
  for (const Cand& c : d.cands) {
    std::string_view sv = d.paras[c.para].text.substr(c.start, c.end - c.start);
    if (c.type == "person" && sv.find(' ') != std::string_view::npos) person_names.emplace(sv);
  }
  for (Cand& c : d.cands) {
    if (c.type == "person" && d.paras[c.para].toks[c.tb].latin) TrimLatinPersonSpan(d.paras[c.para], &c, d.lang);
  }
  for (Cand& c : d.cands)
    if (c.type == "person" && c.dict < 0 && !d.paras[c.para].toks[c.tb].latin) TrimChineseTitleTail(d.paras[c.para], &c);
  for (Cand& c : d.cands) {
    if (c.type != "person" || c.te - c.tb < 3) continue;
    const Para& p = d.paras[c.para];
    std::string_view sv = p.text.substr(c.start, c.end - c.start);
    const size_t sp = sv.find(' ');
    if (sp == std::string_view::npos || !person_names.count(sv.substr(sp + 1))) continue;
    int t = c.tb + 1;
    while (t < c.te && p.toks[t].start < c.start + static_cast<int>(sp) + 1) ++t;
    if (t >= c.te || p.toks[t].start != c.start + static_cast<int>(sp) + 1) continue;
    for (int k = c.tb; k < t; ++k) d.paras[c.para].owner[k] = -1;
    c.tb = t;
    c.start = p.toks[t].start;
  }
}

// A single capitalized word from the tagger that the article also writes in lower case is a
// common word ("Black", "beyond").
void EntityRecognizer::Impl::DropLowerCaseWords(Doc& d) const {
  for (Cand& c : d.cands) {
    if (!c.lone_tagged_word) continue;
    std::string lower(d.paras[c.para].text.substr(c.start, c.end - c.start));
    for (char& ch : lower)
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    for (size_t pi = 0; pi < d.paras.size() && !c.dropped; ++pi) {
      std::string_view t = d.paras[pi].text;
      for (size_t at = t.find(lower); at != std::string_view::npos && !c.dropped; at = t.find(lower, at + 1)) {
        bool left = at == 0 || !std::isalpha(static_cast<unsigned char>(t[at - 1]));
        size_t e = at + lower.size();
        bool right = e >= t.size() || !std::isalpha(static_cast<unsigned char>(t[e]));
        c.dropped = left && right;
      }
    }
    if (c.dropped)
      for (int t = c.tb; t < c.te; ++t) d.paras[c.para].owner[t] = -1;
  }
}

// Paragraph 0 is an English headline in title case: the article has no separate title, a body
// follows, the paragraph is short and not closed like a sentence, and most of its Latin words of
// four letters or more are capitalized ("Vantora CEO Steps Down Abruptly; Finance Chief Named
// Interim Leader").
bool TitleCaseHeadline(const Article& a, std::string_view lang) {
  if ((!lang.empty() && lang != "en") || !a.title.empty() || a.paragraphs.size() < 2) return false;
  std::string_view h = a.paragraphs[0];
  while (!h.empty() && (h.back() == ' ' || h.back() == '\r')) h.remove_suffix(1);
  if (h.empty() || h.size() > 240 || h.back() == '.') return false;
  int words = 0, capitalized = 0;
  for (size_t i = 0; i < h.size();) {
    size_t j = i;
    while (j < h.size() && std::isalpha(static_cast<unsigned char>(h[j]))) ++j;
    if (j - i >= 4 && (i == 0 || !std::isalpha(static_cast<unsigned char>(h[i - 1])))) {
      ++words;
      capitalized += std::isupper(static_cast<unsigned char>(h[i])) ? 1 : 0;
    }
    i = j == i ? i + 1 : j;
  }
  return words >= 3 && capitalized * 4 >= words * 3;
}

// In a title-case headline every word is capitalized, so a verb or a noun of the headline joins
// the name next to it ("Kim Steps Down", "Million Offer From Helix Labs", "Medora Health
// Replaces"). A headline candidate the body does not write is cut to the longest run of its words
// that the body names as a candidate; a person candidate of words the word list holds in lower
// case, none a given or family name, with no such run, is no name ("Named Interim Leader", "Backs Out"). Dictionary names and linked candidates stay.
void EntityRecognizer::Impl::TrimHeadlinePhrases(Doc& d) const {
  if (!d.title_case_headline || !tagger || d.paras.size() < 2) return;
  Para& p = d.paras[0];
  std::set<std::string_view> body;
  for (const Cand& c : d.cands)
    if (c.para > 0 && !c.dropped) body.insert(d.paras[c.para].text.substr(c.start, c.end - c.start));
  // (A headline capitalizes verbs and adverbs the word list also holds capitalized: "Down".)
  auto common_words = [&](const Cand& c) {
    for (int t = c.tb; t < c.te; ++t) {
      if (!p.IsWord(t)) continue;
      const std::string_view w = StripPossessive(p.Text(t));
      if (!p.toks[t].latin || p.toks[t].all_caps || !tagger->EnglishWordInfo(w).lower || given_names.count(w) ||
          (tagger->EnglishGazetteerClasses(w) & ner::kGazPer))
        return false;
    }
    return true;
  };
  auto in_body_text = [&](std::string_view s) {
    for (size_t pi = 1; pi < d.paras.size(); ++pi)
      if (d.paras[pi].text.find(s) != std::string_view::npos) return true;
    return false;
  };
  for (Cand& c : d.cands) {
    if (c.para != 0 || c.dropped || c.dict >= 0 || (!c.key.empty() && c.key[0] == '#')) continue;
    if (in_body_text(p.text.substr(c.start, c.end - c.start))) continue;
    int best_b = -1, best_e = -1;
    for (int b = c.tb; b < c.te; ++b) {
      if (!p.IsWord(b)) continue;
      for (int e = c.te; e > b; --e) {
        if (!p.IsWord(e - 1) || (b == c.tb && e == c.te) || e - b <= best_e - best_b) continue;
        const int s = p.toks[b].start, en = p.toks[e - 1].end;
        if (body.count(p.text.substr(s, en - s))) best_b = b, best_e = e;
      }
    }
    if (best_b >= 0) {
      for (int t = c.tb; t < c.te; ++t)
        if (t < best_b || t >= best_e) p.owner[t] = -1;
      c.tb = best_b, c.te = best_e;
      c.start = p.toks[best_b].start, c.end = p.toks[best_e - 1].end;
      continue;
    }
    if (c.type == "person" && common_words(c)) {
      c.dropped = true;
      for (int t = c.tb; t < c.te; ++t) p.owner[t] = -1;
    }
  }
}

// Groups candidates into entities. Group key: dictionary entry, else type + surface (unknown
// Hangul persons linked to the dictionary, and to each other, by their romanization skeleton);
// glosses join their parent; variants of one Latin name join (MergePersonVariants).
// German writes every noun with a capital, so two capitalized words are often a noun phrase
// ("27.000 Tonnen Fleisch", "Weitere Mitglieder", "Rolle Genfs"). A person candidate of two
// words or more in a German article that opens with no listed given name and follows no title is none when a number stands
// right before it, when the article writes its first word in lower case ("weitere"), or when one
// of its words follows a determiner somewhere in the article (de_determiner rows: "die Rolle",
// "den Tonnen"); family names rarely take an article in news.
// A de_determiner row, also capitalized at the start of a sentence ("Die Rolle").
bool IsDeDeterminer(std::string_view w) {
  if (w.empty() || w.size() > 8) return false;
  std::string lower(w);
  lower[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lower[0])));
  return In(WordList::kDeDeterminer, lower);
}

void EntityRecognizer::Impl::DropGermanNounPhrases(Doc& d) const {
  if (d.lang != "de") return;
  std::set<std::string_view> after_determiner;  // words written right after a determiner
  std::set<std::string_view> lower_words;       // words written in lower case
  bool any = false;
  for (const Cand& c : d.cands) any |= c.type == "person" && !c.dropped && c.dict < 0;
  if (!any) return;
  for (const Para& p : d.paras)
    for (int t = 0; t < p.Size(); ++t) {
      if (!p.IsWord(t) || !p.toks[t].latin) continue;
      if (!p.toks[t].cap) lower_words.insert(p.Text(t));
      // (Not the first part of a compound: "die Söder-Regierung".)
      else if (t > 0 && p.IsWord(t - 1) && IsDeDeterminer(p.Text(t - 1)) && !p.IsPunct(t + 1, "-"))
        after_determiner.insert(StripPossessive(p.Text(t)));
    }
  for (Cand& c : d.cands) {
    Para& p = d.paras[c.para];
    if (c.type != "person" || c.dropped || c.dict >= 0 || c.te - c.tb < 2 || !p.toks[c.tb].latin || !p.toks[c.tb].cap)
      continue;
    const std::string_view first = p.Text(c.tb);
    if (given_names.count(first) || (c.tb > 0 && p.IsWord(c.tb - 1) && IsLatinTitle(p.Text(c.tb - 1)))) continue;
    bool noun = c.tb > 0 && p.toks[c.tb - 1].kind == kNumber;
    std::string lower;
    icu::UnicodeString::fromUTF8(icu::StringPiece(first.data(), static_cast<int32_t>(first.size())))
        .toLower(icu::Locale::getGerman())
        .toUTF8String(lower);
    noun = noun || lower_words.count(lower) > 0;
    for (int t = c.tb; t < c.te && !noun; ++t)
      noun = p.IsWord(t) && p.toks[t].cap && after_determiner.count(StripPossessive(p.Text(t))) > 0;
    // "Wichtiger Hinweis", "Vorbeugende Geschwindigkeitsbegrenzungen", "Ecke Lagerstraße": a word
    // with the ending of a German adjective, plural noun or street is no part of a name.
    for (int t = c.tb; t < c.te && !noun; ++t) {
      if (!p.IsWord(t)) continue;
      std::string w(p.Text(t));
      for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      for (const std::string& e : EntityWords::Default().List(WordList::kDeNonNameEnding))
        noun = noun || (w.size() >= e.size() + 3 && EndsWith(w, e));
    }
    if (!noun) continue;
    c.dropped = true;
    for (int t = c.tb; t < c.te; ++t) p.owner[t] = -1;
  }
}

// The word w (lower case) ends in a row of `list` with at least three letters before it, or a
// German genitive s / es after it ("Instituts", "Gewerkschaftes" aside, "Robert Koch-Instituts").
bool EndsInRowOf(WordList list, std::string_view w, size_t min_before) {
  for (size_t cut = 0; cut <= 2 && cut < w.size(); ++cut) {
    const std::string_view stem = w.substr(0, w.size() - cut);
    if (cut > 0 && w.substr(stem.size()) != (cut == 1 ? "s" : "es")) continue;
    for (const std::string& e : EntityWords::Default().List(list))
      if (stem.size() >= e.size() + min_before && EndsWith(stem, e)) return true;
  }
  return false;
}

// German organizations that are common nouns: a one-word compound of a kind head
// (de_kind_compound_head: "die Verkehrsgewerkschaft vida", "die Konzernzentrale", "von der
// Grundversicherung", "die Fanorganisation"), or the head alone ("Team", "Organisation"), names a
// kind of body, not one; a place after it ("Verbraucherzentrale Bayern") makes a longer candidate
// and stays. "Hartwigs Team", "Zanettis Team": a person's family name on the page in the genitive
// and one noun name that person's group, no organization.
void EntityRecognizer::Impl::DropGermanKindNouns(Doc& d) const {
  if (d.lang != "de") return;
  std::set<std::string> family_names;  // last words of the page's persons
  for (const Cand& c : d.cands)
    if (c.type == "person" && !c.dropped && c.te > c.tb && d.paras[c.para].IsWord(c.te - 1))
      family_names.insert(std::string(d.paras[c.para].Text(c.te - 1)));
  for (Cand& c : d.cands) {
    if (c.type == "person" || c.dropped || c.dict >= 0) continue;
    Para& p = d.paras[c.para];
    bool kind = false;
    if (c.te - c.tb == 1 && p.IsWord(c.tb) && p.toks[c.tb].latin && p.toks[c.tb].cap) {
      const std::string w = FoldWord(p.Text(c.tb));
      kind = In(WordList::kDeKindCompoundHead, w) || EndsInRowOf(WordList::kDeKindCompoundHead, w, 3);
      // (A public body's compound stays: "Bundeszentrale", "Landesversicherung".)
      kind = kind && !StartsWithAnyOf(WordList::kDePublicPrefix, w);
    }
    if (!kind && c.te - c.tb == 2 && p.IsWord(c.tb) && p.IsWord(c.tb + 1) && p.toks[c.tb + 1].space_before) {
      const std::string_view first = p.Text(c.tb);
      const std::string_view stem = EndsWith(first, "s") ? first.substr(0, first.size() - 1) : std::string_view();
      kind = stem.size() >= 3 && family_names.count(std::string(stem)) > 0 && !OrgHeadWordIn(p, c.tb + 1, c.te);
    }
    if (!kind) continue;
    c.dropped = true;
    for (int t = c.tb; t < c.te; ++t) p.owner[t] = -1;
  }
}

// A person candidate whose last word, joined by a hyphen, ends in an institution head
// (de_institution_head, also in the genitive) is the institution named after the person: "des
// Robert Koch-Instituts", "das Fritz Haber-Institut", "die Hans Böckler-Stiftung".
void EntityRecognizer::Impl::RetypeInstitutionPersons(Doc& d) const {
  for (Cand& c : d.cands) {
    if (c.type != "person" || c.dropped || c.dict >= 0 || c.te - c.tb < 3) continue;
    const Para& p = d.paras[c.para];
    const int last = c.te - 1;
    if (!p.IsWord(last) || !p.toks[last].cap || !p.IsPunct(last - 1, "-") || p.toks[last - 1].space_before ||
        p.toks[last].space_before)
      continue;
    if (EndsInRowOf(WordList::kDeInstitutionHead, FoldWord(p.Text(last)), 0)) c.type = "organization";
  }
}

namespace {
// A German name with the case endings of its adjectives taken off: the words before the last one
// ending in e + n/r/m/s lose that letter ("Jungen Union" and "Junge Union", "Deutschen Bank"
// and "Deutsche Bank" are one organization).
std::string GermanAdjectiveBase(std::string_view s) {
  std::string out;
  size_t from = 0;
  for (size_t sp = s.find(' '); sp != std::string_view::npos; from = sp + 1, sp = s.find(' ', from)) {
    std::string_view w = s.substr(from, sp - from);
    if (w.size() >= 4 && w[w.size() - 2] == 'e' && std::string_view("nrms").find(w.back()) != std::string_view::npos &&
        std::isupper(static_cast<unsigned char>(w[0])))
      w.remove_suffix(1);
    out.append(w).push_back(' ');
  }
  out.append(s.substr(from));
  return out;
}
}  // namespace

namespace {
// The rest of an organization's name after a short form of it: a Chinese legal form after at most
// two characters of trade ("华信达" of "华信达科技有限公司"), or the syllables left of a Hangul head
// the short form cut inside ("천문연" of "한국천문연구원": 구원 is no organization suffix).
bool ShortFormRest(std::string_view x, std::string_view y, size_t at) {
  const std::string_view rest = y.substr(at + x.size());
  for (const std::string& f : EntityWords::Default().List(WordList::kZhLegalForm))
    if (rest.size() >= f.size() && EndsWith(rest, f) && CountCodePoints(rest.substr(0, rest.size() - f.size())) <= 2)
      return at == 0;
  const bool hangul = IsAllHangul(x) && IsAllHangul(y);
  return hangul && at > 0 && CountCodePoints(x) >= 3 && CountCodePoints(rest) >= 2 &&
         !In(WordList::kKoOrgSuffix, rest) && !In(WordList::kKoCompanySuffix, rest) && !In(WordList::kKoBodySuffix, rest);
}

// A Hangul organization name cut inside its head, keeping the head's first syllables: "인재영입위" of
// "인재영입위원회", "국가인권위" of "국가인권위원회", "서울대" of "서울대학교" (the head a ko_org_suffix row of
// two syllables or more; "서울시" of "서울시교육청" keeps no part of a head and stays apart).
bool KoreanHeadCut(std::string_view x, std::string_view y) {
  if (y.size() <= x.size() || !y.starts_with(x) || CountCodePoints(x) < 3 || !IsAllHangul(y)) return false;
  const std::string_view rest = y.substr(x.size());
  for (const std::string& h : EntityWords::Default().List(WordList::kKoOrgSuffix))
    if (h.size() > rest.size() && CountCodePoints(h) >= 2 && EndsWith(y, h) && EndsWith(h, rest) && y.size() - h.size() >= 6)
      return true;
  return false;
}

// A CJK or Hangul person candidate written as a short form of an organization of the article
// (ShortFormRest) is that organization's short form, no person ("华信达", "천문연").
bool OrgShortFormShape(std::string_view s,
                       const std::map<std::string, std::pair<std::string, double>, std::less<>>& orgs) {
  for (const auto& [y, type] : orgs)
    if (const size_t at = y.find(s); y.size() > s.size() && at != std::string::npos && ShortFormRest(s, y, at))
      return true;
  return false;
}

// A gloss names its parent wherever the article writes it alone: the headline's "国家发改委" of
// "国家发展和改革委员会（国家发改委）" joins the parent's group (an unlisted organization candidate of
// the same surface, or one of the parent's entry; a person's gloss the same person).
void JoinGlossSurfaces(Doc& d) {
  for (size_t i = 0; i < d.cands.size(); ++i) {
    const Cand& c = d.cands[i];
    if (c.key.empty() || c.key[0] != '#' || d.group[i] < 0) continue;
    const std::string s = d.Surface(c);
    for (size_t j = 0; j < d.cands.size(); ++j) {
      const Cand& o = d.cands[j];
      const int old = d.group[j];
      // (A person's gloss, "青木悠真（ユウマ）", joins the same person written alone: "ユウマは". A
      // short form glossed by a body's name, "전준위(전국당원대회준비위원회)", is that body wherever
      // it stands, whatever the tagger typed it there.)
      const bool glossed_short = c.glossed && o.dict < 0;
      if (old < 0 || old == d.group[i] || ((o.type == "person") != (c.type == "person") && !glossed_short) ||
          (!o.key.empty() && o.key[0] == '#') ||
          (o.dict >= 0 && o.dict != c.dict) || d.Surface(o) != s)
        continue;
      for (size_t k = 0; k < d.group.size(); ++k) {
        if (d.group[k] != old) continue;
        d.group[k] = d.group[i];
        if (glossed_short) d.cands[k].type = c.type;
      }
    }
  }
}
}  // namespace

// "sagte Achleitner" after "Richter Georg Achleitner": a family name alone that the dictionary lists for a
// well-known person is the page's person of that family name when the page writes one with a full name
// the dictionary does not list, and not the listed person's full name ("George Soros" and his son
// "Alexander Soros": Soros stays George).
void EntityRecognizer::Impl::YieldListedSurnames(Doc& d) const {
  for (Cand& c : d.cands) {
    if (c.dropped || c.dict < 0 || c.type != "person" || c.te - c.tb != 1) continue;
    const Para& p = d.paras[c.para];
    if (!p.toks[c.tb].latin) continue;
    const std::string w = FoldWord(StripPossessive(p.Text(c.tb)));
    if (FoldWord(entries[c.dict].canonical) == w) continue;
    bool page_person = false, listed_full = false;
    for (const Cand& o : d.cands) {
      listed_full = listed_full || (!o.dropped && o.dict == c.dict && o.te - o.tb >= 2);
      if (o.dropped || o.type != "person" || o.dict >= 0 || o.te - o.tb < 2) continue;
      const Para& q = d.paras[o.para];
      page_person = page_person || (q.toks[o.tb].latin && FoldWord(StripPossessive(q.Text(o.te - 1))) == w);
    }
    if (page_person && !listed_full) c.dict = -1;
  }
}

void EntityRecognizer::Impl::GroupCandidates(Doc& d) const {
  d.group.assign(d.cands.size(), -1);
  std::map<std::string, std::string> skeleton_key;  // skeleton -> first group key using it
  // surface -> type and confidence of an organization candidate (a cue rule's, "걸그룹 트와이스와",
  // "IT企業「ネクサリンク」", counts as certain: its evidence is the words around it, not a score)
  std::map<std::string, std::pair<std::string, double>, std::less<>> org_type_of;
  for (const Cand& c : d.cands)
    if (!c.dropped && c.type != "person" && c.dict < 0 && (c.key.empty() || c.key[0] != '#')) {
      const double conf = c.source == EntitySource::kKoreanCue || c.source == EntitySource::kJapaneseCue ? 1.0 : c.conf;
      auto [it, added] = org_type_of.emplace(d.Surface(c), std::pair<std::string, double>{c.type, conf});
      if (!added && conf > it->second.second) it->second = {c.type, conf};
    }
  // "Die Arbeiterkammer (AK)", "AK-Expertin": an unlisted acronym alone abbreviates a body, not a
  // person.
  for (Cand& c : d.cands) {
    const Para& p = d.paras[c.para];
    if (c.type == "person" && c.dict < 0 && c.te - c.tb == 1 && p.toks[c.tb].latin && p.toks[c.tb].all_caps &&
        c.end - c.start >= 2)
      c.type = "organization";
  }
  for (size_t i = 0; i < d.cands.size(); ++i) {
    Cand& c = d.cands[i];
    if (!c.key.empty() && c.key[0] == '#') continue;
    if (c.dict >= 0) {
      c.key = "d" + std::to_string(c.dict);
      continue;
    }
    std::string s = d.Surface(c);
    // One surface is never both a person and an organization on a page: a CJK person candidate
    // written like an organization candidate of the article, read with as much confidence, is that
    // organization ("ソラリス・データ"). (Not in Latin script, where a family name can end like a
    // company: "Malín Brand".)
    if (c.type == "person" && !d.paras[c.para].toks[c.tb].latin) {
      if (auto it = org_type_of.find(s); it != org_type_of.end() && it->second.second >= c.conf)
        c.type = it->second.first;
      else if (c.dict < 0 && OrgShortFormShape(s, org_type_of))
        c.type = "organization";
    }
    // One surface is one body: a company and an organization candidate written alike take the type
    // read with more confidence ("Collingwood president Jeff Browne" and "Collingwood defender").
    if (c.type != "person") {
      if (auto it = org_type_of.find(s); it != org_type_of.end()) c.type = it->second.first;
    }
    // ("Maharashtra govt" and "Maharashtra government" are one name.)
    if (const size_t sp = s.rfind(' '); c.type != "person" && sp != std::string::npos &&
                                        In(WordList::kEnGovernmentWord, std::string_view(s).substr(sp + 1)))
      s = s.substr(0, sp) + " government";
    c.key = c.type + ":" + (d.lang == "de" && c.type != "person" ? GermanAdjectiveBase(s) : s);
    const Para& p = d.paras[c.para];
    bool hangul_name = c.type == "person" && c.te - c.tb >= 2;
    for (int t = c.tb; t < c.te && hangul_name; ++t) hangul_name &= p.toks[t].has_hangul;
    if (hangul_name) {
      std::string sk = SkeletonOfAscii(Romanize(s));
      auto it = skeleton_to_entry.find(sk);
      if (sk.size() >= 4 && it != skeleton_to_entry.end() && it->second >= 0) {
        c.dict = it->second;
        c.key = "d" + std::to_string(c.dict);
        c.conf = std::min(c.conf, 0.7);
      } else if (sk.size() >= 4) {
        auto [it2, inserted] = skeleton_key.emplace(sk, c.key);
        if (!inserted) c.key = it2->second;
      }
    }
  }
  for (size_t i = 0; i < d.cands.size(); ++i) {
    Cand& c = d.cands[i];
    if ((!c.key.empty() && c.key[0] == '#') || c.dropped) continue;
    d.group[i] = d.GroupFor(c.key);
  }
  for (size_t i = 0; i < d.cands.size(); ++i) {
    Cand& c = d.cands[i];
    if (c.key.empty() || c.key[0] != '#') continue;
    int parent = std::stoi(c.key.substr(1));
    d.group[i] = d.group[parent];
  }
  JoinGlossSurfaces(d);
  MergePersonVariants(d.paras, d.cands, &d.group);
  JoinBracketedPersonAliases(d.paras, d.cands, &d.group);
  // An acronym another pass read as a name elsewhere in the article (a gloss "(ICMPD)", a listed
  // body) is that name.
  for (size_t i = 0; i < d.cands.size(); ++i) {
    Cand& c = d.cands[i];
    if (!c.acronym || d.group[i] < 0) continue;
    const std::string s = d.Surface(c);
    for (size_t j = 0; j < d.cands.size(); ++j) {
      const Cand& o = d.cands[j];
      if (o.acronym || d.group[j] < 0 || o.type == "person" || d.Surface(o) != s) continue;
      d.group[i] = d.group[j];
      c.type = o.type;
      c.dict = o.dict;
      break;
    }
  }
}

// A capitalized word the article never writes in lower case (and no stop word or title).
bool EntityRecognizer::Impl::NeverLower(Doc& d, std::string_view word) const {
  if (word.size() < 4 || en_stop.count(word) || en_titles.count(word)) return false;
  if (!d.lower_words_built) {  // once per article, linear in its size
    d.lower_words_built = true;
    for (const Para& q : d.paras)
      for (int k = 0; k < q.Size(); ++k)
        if (q.IsWord(k) && IsAsciiLower(q.text[q.toks[k].start])) d.lower_words.insert(q.Text(k));
  }
  std::string lower(word);
  for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return d.lower_words.count(lower) == 0;
}

// The short form of candidate `c` ("" if none): the last word of a multi-word person name
// ("다이크가" -> 매트 다이크, "Zuckerberg"; the family name first for romanized Korean names), a
// Korean company without its suffix, the first word of a Latin company name. A given name used
// alone is added to d.short_forms here too.
std::string EntityRecognizer::Impl::ShortFormOf(Doc& d, size_t i) const {
  const Cand& c = d.cands[i];
  const Para& p = d.paras[c.para];
  const bool ko_company = c.type == "company" && c.dict < 0 && c.te - c.tb == 1 && p.toks[c.tb].hangul;
  if (c.te - c.tb < 2 && !ko_company) return "";
  // "법무법인 세종" -> "세종", "재단법인 아름다운재단" -> "아름다운재단": the name after its legal form.
  // "법무법인(유한) 태평양" -> "태평양" too.
  if (c.type != "person" && c.te - c.tb >= 2 && p.toks[c.te - 1].has_hangul && KoreanFormBefore(p, c.te - 1, /*free=*/false) == c.tb &&
      (In(WordList::kKoCompanyForm, p.Text(c.tb)) || In(WordList::kKoOrgForm, p.Text(c.tb)))) {
    std::string_view rest = p.text.substr(p.toks[c.te - 1].start, c.end - p.toks[c.te - 1].start);
    return CountCodePoints(rest) >= 2 ? std::string(rest) : "";
  }
  std::string w;
  if (c.type == "person") {
    int last = c.te - 1;
    // Romanized Korean names put the family name first: "Jun Hee-chul" -> "Jun".
    bool korean_order = p.toks[c.tb].latin && last >= 2 && p.IsPunct(last - 1, "-");
    if (korean_order) last = c.tb;
    w = std::string(p.text.substr(p.toks[last].start,
                                  (last == c.te - 1 ? c.end : p.toks[last].end) - p.toks[last].start));
    if (!p.toks[last].has_hangul && CountCodePoints(w) < 3 && !korean_order) return "";
    // A given name used alone ("Sofia has built ...", "Marisol understands ..."): a common
    // given name, or any first word the article never writes in lower case.
    if (p.toks[c.tb].latin && !korean_order &&
        (given_names.count(p.Text(c.tb)) || (c.te - c.tb == 2 && NeverLower(d, p.Text(c.tb))))) {
      auto [it, inserted] = d.short_forms.emplace(std::string(p.Text(c.tb)), d.group[i]);
      if (!inserted && it->second != d.group[i]) it->second = -1;
    }
  } else if (ko_company) {
    // "뤼튼테크놀로지스" -> "뤼튼", "젠큐어바이오" -> "젠큐어": the name without its company suffix.
    std::string_view full = p.text.substr(c.start, c.end - c.start);
    for (const std::string& suf : ko_company_suffixes) {
      if (full.size() > suf.size() && EndsWith(full, suf) &&
          CountCodePoints(full.substr(0, full.size() - suf.size())) >= 2 &&
          (w.empty() || full.size() - suf.size() < w.size()))
        w = std::string(full.substr(0, full.size() - suf.size()));
    }
  } else if (c.type != "person" && p.lang == "de" && c.dict < 0 && c.te - c.tb >= 2 && p.toks[c.tb].latin &&
             p.toks[c.tb + 1].space_before &&
             ((p.toks[c.tb].all_caps && IsAcronym(p, c.tb)) || In(WordList::kDeClubPrefix, p.Text(c.tb)))) {
    // German: "MSV Duisburg" -> "MSV", "ETH Zürich" -> "ETH" (an acronym before a place); "SK Rapid" ->
    // "Rapid", "SV Werder Bremen" -> "Werder" (a club's first name word after its letters).
    const int k = p.toks[c.tb].all_caps && !In(WordList::kDeClubPrefix, p.Text(c.tb)) ? c.tb : c.tb + 1;
    w = std::string(p.Text(k));
    if (CountCodePoints(w) < 2 || In(WordList::kNonOrgAcronym, w) || (k > c.tb && CountCodePoints(w) < 4)) return "";
  } else if (c.type == "company" && p.toks[c.tb].latin &&
             (c.dict < 0 || (c.te - c.tb >= 2 && NeverLower(d, p.Text(c.tb))))) {
    // A known multi-word company's first word too ("Goldman Sachs" -> "Goldman"), when the
    // article never writes it in lower case.
    w = std::string(p.Text(c.tb));
    if (In(WordList::kDemonym, w)) return "";  // "Palestinian" of "Palestinian Dialogue Group"
    // "Wiz Inc." -> "Wiz": a short first word is safe when the rest is only a legal suffix.
    bool legal_pair = c.te - c.tb == 2 && In(WordList::kLegalSuffix, p.Text(c.tb + 1)) > 0;
    if ((w.size() < 4 && !(legal_pair && w.size() >= 2)) || en_stop.count(w)) return "";
  }
  return w;
}

// Korean abbreviations of an organization written as one Hangul word that ends in a head of two
// syllables or more (ko_org_suffix: 연구원, 협회, 위원회): two syllables of the name after a prefix of
// one to three syllables, then the head's first syllable ("한국천문연구원" -> 천문연, "한국표준과학연구원"
// -> 표준연). Each form only claims words the article writes (ClaimShortFormMentions).
void EntityRecognizer::Impl::AddKoreanAbbreviations(Doc& d, size_t i) const {
  const Cand& c = d.cands[i];
  const std::string_view full = d.paras[c.para].text.substr(c.start, c.end - c.start);
  std::string_view head;
  for (const std::string& suf : EntityWords::Default().List(WordList::kKoOrgSuffix))
    if (CountCodePoints(suf) >= 2 && IsAllHangul(suf) && full.size() > suf.size() && EndsWith(full, suf) && suf.size() > head.size())
      head = suf;
  if (head.empty() || !IsAllHangul(full)) return;
  const std::string_view name = full.substr(0, full.size() - head.size());  // Hangul: 3 bytes a syllable
  for (size_t k = 3; k <= 9 && k + 6 <= name.size(); k += 3) {
    const std::string w = std::string(name.substr(k, 6)) + std::string(head.substr(0, 3));
    if (ko_stop.count(w) || IsKoTitle(w)) continue;
    auto [it, inserted] = d.short_forms.emplace(w, d.group[i]);
    if (!inserted && it->second != d.group[i]) it->second = -1;
  }
}

// The Korean title written within `words` words from word t of the sentence ("김철수 대표는" -> 대표,
// "남궁윤재 딥노을 대표는" -> 대표), without its particle; "" when none.
std::string EntityRecognizer::Impl::KoTitleAfter(const Para& p, int t, int words) const {
  for (int k = t; k < t + words && p.IsWord(k) && p.toks[k].sentence == p.toks[t].sentence; ++k) {
    const std::string_view w = p.Text(k);
    if (!p.toks[k].has_hangul && !p.toks[k].latin) break;
    if (IsKoTitle(w)) return std::string(w);
    for (int st : KoreanStemLengths(w))
      if (IsKoTitle(w.substr(0, st))) return std::string(w.substr(0, st));
  }
  return "";
}

// Short forms of the grouped names (word -> group, -1 if ambiguous), then unknown single-word
// candidates that are a short form join the full name's group.
void EntityRecognizer::Impl::CollectShortForms(Doc& d) const {
  // An acronym glossing a spelled-out name ("Österreichischen Bundesbahnen (ÖBB)") is that name's
  // short form before any other's first word ("ÖBB-Infrastruktur AG").
  std::set<std::string> glossed;
  for (size_t i = 0; i < d.cands.size(); ++i) {
    const Cand& c = d.cands[i];
    const Para& p = d.paras[c.para];
    if (d.group[i] < 0 || c.type == "person" || c.key.empty() || c.key[0] != '#' || c.te - c.tb != 1 ||
        !p.toks[c.tb].all_caps || !IsAcronym(p, c.tb))
      continue;
    const std::string w = d.Surface(c);
    auto [it, inserted] = d.short_forms.emplace(w, d.group[i]);
    if (!inserted && it->second != d.group[i]) it->second = -1;
    glossed.insert(w);
  }
  for (size_t i = 0; i < d.cands.size(); ++i) {
    const Cand& c = d.cands[i];
    if (d.group[i] < 0) continue;
    const Para& p = d.paras[c.para];
    if (c.type == "person" && c.te - c.tb == 1 && p.toks[c.tb].hangul) {
      // A Korean name's family name before a title ("박 CPO는", "윤 박사는"), when only one
      // person in the article has that family name, or only one has it with that title ("김 대표"
      // of 김철수 대표 beside 김영희 교수). A two-syllable family name ("남궁 교수는" of 남궁현,
      // 남궁윤재) too.
      std::string_view full = p.text.substr(c.start, c.end - c.start);
      const int n = CountCodePoints(full);
      if ((n == 3 || n == 4) && IsKoreanNameShape(full)) {
        const std::string title = KoTitleAfter(p, c.te);
        for (const size_t len : {size_t{3}, size_t{6}}) {
          if ((len == 3 && n == 4) || (len == 6 && !ko_surnames.count(full.substr(0, 6)))) continue;
          const std::string key = "#surname " + std::string(full.substr(0, len));
          for (const std::string& k : {key, title.empty() ? std::string() : key + " " + title}) {
            if (k.empty()) continue;
            auto [it, inserted] = d.short_forms.emplace(k, d.group[i]);
            if (!inserted && it->second != d.group[i]) it->second = -1;
          }
        }
      }
    }
    // A foreign name in Hangul closed by a one-syllable family name ("마이클 리", "로버트 첸"): that name before a
    // title ("리 부사장의 연봉은", "첸 교수는") is the person, as a Korean family name is.
    if (c.type == "person" && c.te - c.tb == 2 && p.toks[c.tb].hangul && p.toks[c.te - 1].hangul) {
      const std::string_view last = p.text.substr(p.toks[c.te - 1].start, c.end - p.toks[c.te - 1].start);
      if (CountCodePoints(last) == 1 && (ko_surnames.count(last) || In(WordList::kKoForeignSurname, last))) {
        const std::string title = KoTitleAfter(p, c.te);
        const std::string key = "#surname " + std::string(last);
        for (const std::string& k : {key, title.empty() ? std::string() : key + " " + title}) {
          if (k.empty()) continue;
          auto [it, inserted] = d.short_forms.emplace(k, d.group[i]);
          if (!inserted && it->second != d.group[i]) it->second = -1;
        }
      }
    }
    if (c.type != "person" && c.te - c.tb == 1 && p.toks[c.tb].hangul) AddKoreanAbbreviations(d, i);
    const std::string w = ShortFormOf(d, i);
    if (w.empty() || ko_stop.count(w) || en_stop.count(w) || IsKoTitle(w) || glossed.count(w)) continue;
    auto [it, inserted] = d.short_forms.emplace(w, d.group[i]);
    if (!inserted && it->second != d.group[i]) it->second = -1;
  }
  for (size_t i = 0; i < d.cands.size(); ++i) {
    Cand& c = d.cands[i];
    if (c.dict >= 0 || c.te - c.tb != 1 || (!c.key.empty() && c.key[0] == '#')) continue;
    auto it = d.short_forms.find(d.Surface(c));
    // A two-syllable family name tagged as a person of its own ("남궁 교수는") is the page's one
    // person of that family name.
    if (const std::string s = d.Surface(c); it == d.short_forms.end() && c.type == "person" && CountCodePoints(s) == 2 &&
                                            ko_surnames.count(s)) {
      it = d.short_forms.find("#surname " + s);
      if (const std::string title = KoTitleAfter(d.paras[c.para], c.te);
          (it == d.short_forms.end() || it->second < 0) && !title.empty())
        it = d.short_forms.find("#surname " + s + " " + title);
    }
    if (it != d.short_forms.end() && it->second >= 0) {
      d.group[i] = it->second;
      c.short_form = true;
    }
  }
}

namespace {

// An organization written as the end of a longer organization name of the same article is that
// body: "민주당" of "더불어민주당" (Korean, Japanese and Chinese names shorten from the front).
// Hangul, kana or Han surfaces of three code points or more; a suffix of two different bodies
// stays apart.
void LinkOrgSuffixes(Doc& d) {
  std::map<std::string, int, std::less<>> org_suffix;  // proper suffix -> group, -1 ambiguous
  for (size_t j = 0; j < d.cands.size(); ++j) {
    if (d.group[j] < 0 || d.cands[j].type == "person") continue;
    const std::string t = d.Surface(d.cands[j]);
    if (d.paras[d.cands[j].para].toks[d.cands[j].tb].latin) {
      // "Air Force" of "U.S. Air Force": a Latin name without a country's capital letters before it.
      const size_t sp = t.find(' ');
      std::string first = t.substr(0, sp == std::string::npos ? 0 : sp);
      while (!first.empty() && first.back() == '.') first.pop_back();
      bool caps = !first.empty() && first.size() <= 4;
      for (char ch : first) caps = caps && (IsAsciiUpper(ch) || ch == '.');
      if (caps && In(WordList::kOrgLeadWord, first) && t.size() - sp - 1 >= 6) {
        auto [it, inserted] = org_suffix.emplace(t.substr(sp + 1), d.group[j]);
        if (!inserted && it->second != d.group[j]) it->second = -1;
      }
      continue;
    }
    for (size_t k = 1; k < t.size(); ++k) {
      if ((static_cast<unsigned char>(t[k]) & 0xC0) == 0x80) continue;  // code point starts only
      std::string_view suf = std::string_view(t).substr(k);
      if (CountCodePoints(suf) < 3) break;
      auto [it, inserted] = org_suffix.emplace(std::string(suf), d.group[j]);
      if (!inserted && it->second != d.group[j]) it->second = -1;
    }
  }
  for (size_t i = 0; i < d.cands.size() && !org_suffix.empty(); ++i) {
    Cand& c = d.cands[i];
    if (d.group[i] < 0 || c.dict >= 0 || c.type == "person") continue;
    auto it = org_suffix.find(d.Surface(c));
    if (it == org_suffix.end() || it->second < 0 || it->second == d.group[i]) continue;
    d.group[i] = it->second;
    c.short_form = true;
  }
}

}  // namespace

namespace {
// The name opens with a Hangul syllable, kana or a Han character.
bool IsCjkOrHangulLead(std::string_view s) {
  size_t b = 0;
  const char32_t cp = DecodeUtf8(s, &b);
  return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7A3);
}
}  // namespace

// A CJK or Hangul name that ends in a head of its own kind names a body by itself (서울시, 京都大学,
// 国家医保局, 삼성전자): no short form of a longer name.
bool EntityRecognizer::Impl::EndsInOrgHead(std::string_view s) const {
  for (WordList l : {WordList::kZhOrgHead, WordList::kZhOrgSuffix, WordList::kCjkNameHead, WordList::kCjkUnitHead,
                     WordList::kKoOrgSuffix, WordList::kKoCompanySuffix, WordList::kKoUnitHead, WordList::kZhLegalForm,
                     WordList::kJaCompanyForm})
    if (EndsWithAnyOf(l, s)) return true;
  return IsAllHangul(s) && KoSuffixType(s) != nullptr;
}

// An organization written as the start of exactly one longer organization name of the article is
// that body when no head of its own ends it: "公明" of "公明党", "立憲" of "立憲民主党", "吉利" of
// "吉利汽车", "울산" of "울산 HD", "浦和" of "浦和レッズ", "SM" of "SM엔터테인먼트"; so is one written as the end of
// exactly one name after a Chinese place (zh_place_name: "海港" of "上海海港"). Han, kana or Hangul short
// forms of two code points or more (or a Latin acronym the name opens with, "LG" of "LG 트윈스"), no dictionary name; the longer name is no parent with a unit after it. A prefix of
// two bodies (삼성 of 삼성전자 and 삼성SDI) stays apart.
void EntityRecognizer::Impl::LinkOrgPrefixes(Doc& d) const {
  std::vector<size_t> orgs;
  for (size_t j = 0; j < d.cands.size(); ++j)
    if (d.group[j] >= 0 && d.cands[j].type != "person") orgs.push_back(j);
  for (const size_t i : orgs) {
    Cand& c = d.cands[i];
    const std::string s = d.Surface(c);
    // A Latin short form is an acronym that opens a Hangul or CJK name ("SM" of "SM엔터테인먼트").
    const Token& first = d.paras[c.para].toks[c.tb];
    const bool acronym = first.latin && c.te - c.tb == 1 && first.all_caps;
    // (A listed acronym only before a space and a Hangul or CJK word: "LG" of "LG 트윈스" on a baseball page;
    // glued to one, "SK하이닉스", the name is an affiliate of the listed group.)
    const bool listed = c.dict >= 0;
    if ((listed && !acronym) || CountCodePoints(s) < 2 || (!acronym && !IsCjkOrHangulLead(s)) || EndsInOrgHead(s) ||
        EndsWithAnyOf(WordList::kCjkPlaceFinal, s))
      continue;
    int target = -1;
    bool ambiguous = false;
    for (const size_t j : orgs) {
      const int gy = d.group[j];
      if (gy == d.group[i] || gy == target) continue;
      const std::string t = d.Surface(d.cands[j]);
      if (t.size() <= s.size() || (listed && t[s.size()] != ' ')) continue;
      // "海港" of "上海海港", "国安" of "北京国安": a Chinese place, then the short name.
      if (!acronym && t.ends_with(s)) {
        std::string_view place = std::string_view(t).substr(0, t.size() - s.size());
        if (place.ends_with("市") || place.ends_with("省")) place.remove_suffix(3);
        if (In(WordList::kZhPlaceName, place)) {
          ambiguous = ambiguous || target >= 0;
          target = gy;
          continue;
        }
      }
      // (An acronym opens the name glued to a Hangul or CJK word or before one with a space: "LG 트윈스".)
      if (!t.starts_with(s) ||
          (acronym && static_cast<unsigned char>(t[s.size()]) < 0x80 &&
           !(t[s.size()] == ' ' && t.size() > s.size() + 1 && static_cast<unsigned char>(t[s.size() + 1]) >= 0x80)))
        continue;
      std::string_view rest = std::string_view(t).substr(s.size());
      if (rest.starts_with(" ")) rest.remove_prefix(1);
      // A company's kind or legal form after its name is the same company ("SM엔터테인먼트",
      // "锐驰新能源科技有限公司"), as is a party's or a club's name after its short form ("立憲民主党",
      // "浦和レッズ"); a unit, a holding or a group after it makes another body ("星澜传媒法务部",
      // "カナメ精工半導体事業本部", "ソラテックホールディングス").
      const bool same_company = EndsWithAnyOf(WordList::kKoCompanySuffix, rest) ||
                                EndsWithAnyOf(WordList::kZhLegalForm, rest) || EndsWithAnyOf(WordList::kJaCompanyForm, rest);
      if (rest.empty() || (!same_company && (EndsWithAnyOf(WordList::kCjkNameHead, rest) ||
                                             EndsWithAnyOf(WordList::kCjkUnitHead, rest) ||
                                             EndsWithAnyOf(WordList::kKoUnitHead, rest))))
        continue;
      ambiguous = ambiguous || target >= 0;
      target = gy;
    }
    if (target < 0 || ambiguous) continue;
    d.group[i] = target;
    c.short_form = true;
    c.dict = -1;  // (the article's name outranks the listed one)
  }
}

namespace {

// Korean, Japanese and Chinese bodies are shortened to the first syllable of some of their words
// and the head: "금감원" of "금융감독원", "행안부" of "행정안전부", "経産省" of "経済産業省",
// "공정위" of "공정거래위원회", "国家发改委" of "国家发展和改革委员会". A Hangul, kana or Han
// organization of three to five code points
// that starts like exactly one longer organization name of the article and is spelled by its
// characters in order, not as one piece of it (서울시 is not 서울시교육청), is that body.
void LinkCjkAbbreviations(Doc& d) {
  auto cps_of = [](std::string_view s) {
    std::vector<std::string_view> v;
    for (size_t i = 0; i < s.size();) {
      const size_t len = std::max<size_t>(1, Utf8SequenceLength(s, i));
      v.push_back(s.substr(i, len));
      i += len;
    }
    return v;
  };
  struct Org {
    size_t cand;
    std::string surface;
    std::vector<std::string_view> cps;  // views into `surface`
  };
  std::vector<Org> orgs;
  for (size_t j = 0; j < d.cands.size(); ++j) {
    const Cand& c = d.cands[j];
    if (d.group[j] < 0 || c.type == "person" || d.paras[c.para].toks[c.tb].latin) continue;
    orgs.push_back({j, d.Surface(c), {}});
  }
  for (Org& o : orgs) o.cps = cps_of(o.surface);
  for (const Org& x : orgs) {
    Cand& c = d.cands[x.cand];
    if (c.dict >= 0 || x.cps.size() < 2) continue;
    int target = -1;
    bool ambiguous = false;
    for (const Org& y : orgs) {
      const int gy = d.group[y.cand];
      if (gy == d.group[x.cand] || y.cps.size() < x.cps.size() + 2) continue;
      // A company named without its place prefix and legal form: "三峡集团" of
      // "中国长江三峡集团有限公司" (zh_legal_form rows). A Chinese body of two characters named
      // without its head of two or more: "清华" of "清华大学" (zh_org_head rows).
      if (const size_t at = y.surface.find(x.surface); at != std::string::npos) {
        const std::string_view rest = std::string_view(y.surface).substr(at + x.surface.size());
        if (x.cps.size() == 2 ? at != 0 || CountCodePoints(rest) < 2 || !In(WordList::kZhOrgHead, rest)
                              : !In(WordList::kZhLegalForm, rest) && !ShortFormRest(x.surface, y.surface, at) &&
                                    !KoreanHeadCut(x.surface, y.surface))
          continue;
        if (target >= 0 && target != gy) ambiguous = true;
        target = gy;
        continue;
      }
      if (y.cps[0] != x.cps[0] || x.cps.size() < 3 || x.cps.size() > 5) continue;
      size_t k = 0;
      for (size_t q = 0; q < y.cps.size() && k < x.cps.size(); ++q)
        if (y.cps[q] == x.cps[k]) ++k;
      if (k < x.cps.size()) continue;
      if (target >= 0 && target != gy) ambiguous = true;
      target = gy;
    }
    if (target < 0 || ambiguous) continue;
    d.group[x.cand] = target;
    c.short_form = true;
  }
}

// A capitalized word alone that ends exactly one longer Latin organization name of the article
// is that body ("House" of "North Carolina House", "Council" of "Apex Town Council").
// So is a listed body's head word alone after a German city adjective's regional body ("Senat" of
// "Berliner Senat", "Staatsrat" of "Walliser Staatsrat"): on that page the bare head is no national body.
void LinkOrgLastWords(Doc& d) {
  std::map<std::string, int, std::less<>> last_word_of;  // last word -> group, -1 ambiguous
  std::set<std::string, std::less<>> regional;             // last words of "<Place>er HEAD" bodies
  for (size_t j = 0; j < d.cands.size(); ++j) {
    const Cand& c = d.cands[j];
    if (d.group[j] < 0 || c.type == "person" || c.te - c.tb < 2 || !d.paras[c.para].toks[c.te - 1].latin) continue;
    const std::string_view w = StripPossessive(d.paras[c.para].Text(c.te - 1));
    if (w.size() < 4 || !d.paras[c.para].toks[c.te - 1].cap) continue;
    auto [it, inserted] = last_word_of.emplace(std::string(w), d.group[j]);
    if (!inserted && it->second != d.group[j]) it->second = -1;
    const std::string_view first = d.paras[c.para].Text(c.tb);
    if (d.lang == "de" && c.te - c.tb == 2 && first.size() >= 5 && first.ends_with("er") && In(WordList::kEnOrgSuffix, w))
      regional.emplace(w);
  }
  for (size_t i = 0; i < d.cands.size() && !last_word_of.empty(); ++i) {
    Cand& c = d.cands[i];
    if (d.group[i] < 0 || c.type == "person" || c.te - c.tb != 1 || !d.paras[c.para].toks[c.tb].latin) continue;
    if (c.dict >= 0 && !regional.count(StripPossessive(d.paras[c.para].Text(c.tb)))) continue;
    auto it = last_word_of.find(StripPossessive(d.paras[c.para].Text(c.tb)));
    if (it == last_word_of.end() || it->second < 0 || it->second == d.group[i]) continue;
    d.group[i] = it->second;
    c.short_form = true;
  }
}

// A Latin organization written as the words before "of" of exactly one longer organization name
// of the article is that body ("National Bank" of "National Bank of Canada", "Royal Bank").
// So is one written as the words before "für" / "for" ("Max-Planck-Institut" of "Max-Planck-Institut für
// Infektionsbiologie") or as the words before a last company word ("Tread Lunar" of "Tread Lunar Systems":
// en_company_suffix and legal_suffix rows; two words or more remain).
void LinkOrgOfHeads(Doc& d) {
  std::map<std::string, int, std::less<>> head_of;  // words before " of " -> group, -1 ambiguous
  auto add = [&](std::string key, int g) {
    auto [it, inserted] = head_of.emplace(std::move(key), g);
    if (!inserted && it->second != g) it->second = -1;
  };
  for (size_t j = 0; j < d.cands.size(); ++j) {
    const Cand& c = d.cands[j];
    if (d.group[j] < 0 || c.type == "person" || c.te - c.tb < 3 || !d.paras[c.para].toks[c.tb].latin) continue;
    const std::string t = d.Surface(c);
    size_t of = std::string::npos;
    for (const std::string_view conn : {" of ", " für ", " for "})
      if (const size_t at = t.find(conn); at != std::string::npos && at < of) of = at;
    if (of != std::string::npos && of >= 4) {
      add(t.substr(0, of), d.group[j]);
      // (A German genitive before the connector: "des Max-Planck-Instituts für …" and "das Max-Planck-Institut".)
      if (d.lang == "de" && t[of - 1] == 's') add(t.substr(0, of - 1), d.group[j]);
    }
    const size_t sp = t.rfind(' ');
    const std::string_view last = sp == std::string::npos ? std::string_view() : std::string_view(t).substr(sp + 1);
    if (sp != std::string::npos && t.find(' ') < sp && !d.paras[c.para].toks[c.te - 1].all_caps &&
        (In(WordList::kEnCompanySuffix, last) || In(WordList::kLegalSuffix, last)))
      add(t.substr(0, sp), d.group[j]);
  }
  for (size_t i = 0; i < d.cands.size() && !head_of.empty(); ++i) {
    Cand& c = d.cands[i];
    if (d.group[i] < 0 || c.dict >= 0 || c.type == "person" || !d.paras[c.para].toks[c.tb].latin) continue;
    auto it = head_of.find(d.Surface(c));
    if (it == head_of.end() || it->second < 0 || it->second == d.group[i]) continue;
    d.group[i] = it->second;
    c.short_form = true;
  }
}

// A Latin word that heads an organization's name by itself: "Trust", "Association", "Systems", "GmbH".
bool LatinNameHead(std::string_view w) {
  w = StripPossessive(w);
  return In(WordList::kEnOrgSuffix, w) || In(WordList::kEnCompanySuffix, w) || In(WordList::kLegalSuffix, w);
}

// A Latin organization written as the front words of exactly one longer organization name of the
// article is that body: the name without its last word, a head (LatinNameHead), and at most one
// capitalized word before the head ("Little Lanterns" of "Little Lanterns Hospice Trust", "Keller & Stein" of
// "Keller & Stein Logistik GmbH", "Grey Harbour" of "Grey Harbour Housing Association"), when two
// capitalized words or more remain and the last of them is no head ("Deutsche Bank" of "Deutsche Bank
// Research Institute" is a body of its own). A person candidate written so is that body too, unless it
// opens with a listed given name ("Walt Disney" of "Walt Disney Company").
void LinkOrgFrontWords(Doc& d) {
  std::map<std::string, int, std::less<>> front_of;  // front words -> group, -1 ambiguous
  for (size_t j = 0; j < d.cands.size(); ++j) {
    const Cand& c = d.cands[j];
    const Para& p = d.paras[c.para];
    if (d.group[j] < 0 || c.type == "person" || c.te - c.tb < 3 || !p.toks[c.tb].latin || !p.IsWord(c.te - 1) ||
        !LatinNameHead(p.Text(c.te - 1)))
      continue;
    for (int cut = c.te - 1; cut >= c.te - 2 && cut > c.tb; --cut) {
      if (cut < c.te - 1 && (!p.IsWord(cut) || !p.toks[cut].cap)) break;
      int caps = 0;
      for (int t = c.tb; t < cut; ++t) caps += p.IsWord(t) && p.toks[t].cap;
      if (caps < 2 || !p.IsWord(cut - 1) || LatinNameHead(p.Text(cut - 1))) continue;
      auto [it, inserted] = front_of.emplace(std::string(p.text.substr(c.start, p.toks[cut - 1].end - c.start)), d.group[j]);
      if (!inserted && it->second != d.group[j]) it->second = -1;
    }
  }
  for (size_t i = 0; i < d.cands.size() && !front_of.empty(); ++i) {
    Cand& c = d.cands[i];
    const Para& p = d.paras[c.para];
    if (d.group[i] < 0 || c.dict >= 0 || !p.toks[c.tb].latin) continue;
    if (c.type == "person" && (c.te - c.tb < 2 || In(WordList::kGivenName, p.Text(c.tb)))) continue;
    auto it = front_of.find(d.Surface(c));
    if (it == front_of.end() || it->second < 0 || it->second == d.group[i]) continue;
    const int old = d.group[i];
    std::string type;
    for (size_t j = 0; j < d.cands.size() && type.empty(); ++j)
      if (d.group[j] == it->second) type = d.cands[j].type;
    // (Every mention of a person group written so moves with it.)
    for (size_t k = 0; k < d.cands.size(); ++k) {
      if (d.group[k] != old || (k != i && d.Surface(d.cands[k]) != d.Surface(c))) continue;
      d.group[k] = it->second;
      d.cands[k].type = type;
      d.cands[k].short_form = true;
    }
  }
}

// Every word of tokens [tb, te) of `p` is in Latin script ("NHK広報局" is a unit of NHK, no name NHK spells).
bool LatinWordsOnly(const Para& p, int tb, int te) {
  for (int t = tb; t < te; ++t)
    if (p.IsWord(t) && !p.toks[t].latin) return false;
  return true;
}

// The letters a Latin organization name at tokens [tb, te) of `p` can be abbreviated to, in capitals:
// the first letter of each capitalized word ("Bank of East Asia" -> BEA; numbers and lower-case words
// skipped); every letter of a capitals word within it ("1. FC Kaiserslautern" -> FCK, "Hamburger SV"
// -> HSV); and, for a name whose last word follows a head of its own (en_org_suffix, en_company_suffix)
// and is none, both without that last word, the body's seat ("Technische Universität Wien" -> TU).
std::vector<std::string> NameInitials(const Para& p, int tb, int te) {
  std::string first, spelled;  // first letters; capitals words spelled out
  size_t seat_first = 0, seat_spelled = 0;  // lengths before the last word when it is a seat
  int last_cap = -1;
  for (int t = tb; t < te; ++t) {
    if (!p.IsWord(t) || !p.toks[t].latin || !p.toks[t].cap) continue;
    const std::string_view w = StripPossessive(p.Text(t));
    if (w.empty()) continue;
    if (last_cap >= 0 && t == te - 1) {
      const std::string_view prev = StripPossessive(p.Text(last_cap));
      const bool prev_head = In(WordList::kEnOrgSuffix, prev) || In(WordList::kEnCompanySuffix, prev);
      const bool head = In(WordList::kEnOrgSuffix, w) || In(WordList::kEnCompanySuffix, w) || p.toks[t].all_caps;
      if (prev_head && !head) seat_first = first.size(), seat_spelled = spelled.size();
    }
    first.push_back(IsAsciiUpper(w[0]) ? w[0] : '?');  // ("Österreichische": no ASCII acronym letter)
    const bool caps = p.toks[t].all_caps && w.size() <= 4 &&
                      std::all_of(w.begin(), w.end(), [](char ch) { return IsAsciiUpper(ch); });
    spelled += caps ? std::string(w) : std::string(1, first.back());
    last_cap = t;
  }
  std::vector<std::string> out;
  for (const std::string& s : {first, spelled, first.substr(0, seat_first), spelled.substr(0, seat_spelled)})
    if (s.size() >= 2 && std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
  return out;
}

// A one-word surface written as an acronym: all capitals ("BMA", "FCK"), or a capital and two to five
// lower-case letters, the British and Indian way of writing a pronounced one ("Sebi", "Asic"); in
// capitals, or "" when it is neither.
std::string AcronymLetters(std::string_view s) {
  if (s.size() >= 2 && std::all_of(s.begin(), s.end(), [](char ch) { return IsAsciiUpper(ch); })) return std::string(s);
  if (s.size() < 3 || s.size() > 6 || !IsAsciiUpper(s[0]) ||
      !std::all_of(s.begin() + 1, s.end(), [](char ch) { return IsAsciiLower(ch); }))
    return "";
  std::string up(s);
  for (char& ch : up) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  return up;
}

// An acronym is the organization of the same article whose name it spells (NameInitials: "NBC" ->
// "Namibian Broadcasting Corporation", "FCK" -> "1. FC Kaiserslautern", "TU" -> "Technische Universität
// Wien", "Sebi" -> "Securities and Exchange Board of India"), when only one does.
void LinkAcronyms(Doc& d) {
  std::map<std::string, int, std::less<>> initials_of;  // initials -> group, -1 ambiguous
  for (size_t j = 0; j < d.cands.size(); ++j) {
    const Cand& c = d.cands[j];
    if (d.group[j] < 0 || c.type == "person" || c.te - c.tb < 2 || !LatinWordsOnly(d.paras[c.para], c.tb, c.te)) continue;
    for (std::string& ini : NameInitials(d.paras[c.para], c.tb, c.te)) {
      auto [it, inserted] = initials_of.emplace(std::move(ini), d.group[j]);
      if (!inserted && it->second != d.group[j]) it->second = -1;
    }
  }
  for (size_t i = 0; i < d.cands.size() && !initials_of.empty(); ++i) {
    Cand& c = d.cands[i];
    if (d.group[i] < 0 || c.type == "person" || c.te - c.tb != 1) continue;
    // (The surface, not the token: "the BMA's council" keeps its possessive on the token.)
    const std::string letters = AcronymLetters(d.Surface(c));
    if (letters.empty()) continue;
    auto it = initials_of.find(letters);
    if (it == initials_of.end() || it->second < 0 || it->second == d.group[i]) continue;
    // The article's spelled-out name outranks a listed body of the same letters ("NBC" on a
    // Namibian page is not NBC News).
    d.group[i] = it->second;
    c.dict = -1;
    for (size_t j = 0; j < d.cands.size(); ++j)
      if (d.group[j] == it->second && j != i) {
        c.type = d.cands[j].type;
        break;
      }
    c.short_form = true;
  }
}

// The family name of a Chinese person candidate written as a family name and a title or a form of
// address ("黄律师", "李总", "陈导", "张女士": zh_surname + cjk_title, zh_person_cue or
// zh_address_title), or "" when it is none.
std::string_view ZhTitledFamilyName(std::string_view s) {
  for (size_t len : {size_t{6}, size_t{3}}) {  // a double family name (欧阳) first
    if (s.size() <= len || !In(WordList::kZhSurname, s.substr(0, len))) continue;
    const std::string_view rest = s.substr(len);
    if (In(WordList::kCjkTitle, rest) || In(WordList::kZhPersonCue, rest) || In(WordList::kZhAddressTitle, rest))
      return s.substr(0, len);
  }
  return {};
}

// A Japanese or Chinese family name alone is the person of the same article whose name starts
// with it ("木坂" -> "木坂有朗"), when only one does; so is a Chinese family name with a title
// ("黄律师" -> "黄立新"), and a Chinese given name alone ("嘉豪" -> "徐嘉豪"). A family name with a title
// when no full name of the article has that family name (an unnamed "张女士") is a person of its own,
// named by the family name.
void LinkCjkFamilyNames(Doc& d) {
  std::map<std::string, int, std::less<>> prefix_of;  // proper prefix -> group, -1 ambiguous
  std::map<std::string, int, std::less<>> given_of;   // Chinese given name -> group, -1 ambiguous
  auto cjk_person = [&](const Cand& c) {
    const Token& t = d.paras[c.para].toks[c.tb];
    return c.type == "person" && !t.latin && !t.has_hangul;
  };
  std::vector<char> titled(d.cands.size(), 0);
  for (size_t j = 0; j < d.cands.size(); ++j)
    titled[j] = cjk_person(d.cands[j]) && d.cands[j].dict < 0 && !ZhTitledFamilyName(d.Surface(d.cands[j])).empty();
  for (size_t j = 0; j < d.cands.size(); ++j) {
    if (d.group[j] < 0 || !cjk_person(d.cands[j]) || titled[j]) continue;
    const std::string t = d.Surface(d.cands[j]);
    for (size_t k = 1; k < t.size(); ++k) {
      if ((static_cast<unsigned char>(t[k]) & 0xC0) == 0x80) continue;
      auto [it, inserted] = prefix_of.emplace(t.substr(0, k), d.group[j]);
      if (!inserted && it->second != d.group[j]) it->second = -1;
    }
    // 徐嘉豪, 欧阳小满: a family name of one or two characters and a two-character given name, all Han.
    for (const size_t fam : {size_t{3}, size_t{6}})
      if (t.size() == fam + 6 && In(WordList::kZhSurname, std::string_view(t).substr(0, fam)) && IsHanWord(t)) {
        auto [it, inserted] = given_of.emplace(t.substr(fam), d.group[j]);
        if (!inserted && it->second != d.group[j]) it->second = -1;
      }
  }
  std::map<std::string, int, std::less<>> nobody_of;  // family name of nobody named -> its group
  for (size_t i = 0; i < d.cands.size(); ++i) {
    Cand& c = d.cands[i];
    if (d.group[i] < 0 || c.dict >= 0 || !cjk_person(c)) continue;
    const std::string s = d.Surface(c);
    const std::string_view family = titled[i] ? ZhTitledFamilyName(s) : std::string_view(s);
    int to = -1;
    if (auto it = prefix_of.find(family); it != prefix_of.end()) to = it->second;
    else if (auto g = given_of.find(s); !titled[i] && g != given_of.end()) to = g->second;
    if (to < 0 && (titled[i] || In(WordList::kZhSurname, s))) {
      // A family name of nobody named in the article, titled or not, is a person named by that family
      // name ("张女士" -> 张, as ChineseAddressedFamilyNames reads it), one person on the page.
      if (titled[i]) {
        c.end = c.start + static_cast<int>(family.size());
        while (c.te - 1 > c.tb && d.paras[c.para].toks[c.te - 1].start >= c.end) --c.te;
      }
      auto [it, inserted] = nobody_of.emplace(std::string(family), d.group[i]);
      if (!inserted) d.group[i] = it->second;
      continue;
    }
    if (to < 0 || to == d.group[i]) continue;
    d.group[i] = to;
    c.short_form = true;
  }
}

}  // namespace

// A pronounced acronym of four letters or more written with one capital ("Asic" of "Australian Securities
// and Investments Commission", NameInitials) is a short form of the Latin organization it spells wherever
// the article writes it and no pass read it (ClaimShortFormMentions), when the article never writes the
// word in lower case and it is no stop word or given name.
void EntityRecognizer::Impl::AddPronouncedAcronyms(Doc& d) const {
  const size_t n = d.cands.size();
  for (size_t j = 0; j < n; ++j) {
    const Cand& c = d.cands[j];
    if (d.group[j] < 0 || c.type == "person" || c.te - c.tb < 3 || !LatinWordsOnly(d.paras[c.para], c.tb, c.te)) continue;
    for (const std::string& ini : NameInitials(d.paras[c.para], c.tb, c.te)) {
      if (ini.size() < 4 || !std::all_of(ini.begin(), ini.end(), [](char ch) { return IsAsciiUpper(ch); })) continue;
      std::string w = ini;
      for (size_t k = 1; k < w.size(); ++k) w[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(w[k])));
      if (en_stop.count(w) || given_names.count(w) || !NeverLower(d, w)) continue;
      auto [it, inserted] = d.short_forms.emplace(w, d.group[j]);
      if (!inserted && it->second != d.group[j]) it->second = -1;
    }
  }
}

// The short form that word t of `p` is or begins with (w, its stem before a Korean particle, w
// without a possessive or a case ending: each a prefix of the word), else d.short_forms.end();
// `*end` as in ShortFormAt.
Doc::ShortForms::const_iterator EntityRecognizer::Impl::PrefixShortForm(const Doc& d, const Para& p, int t,
                                                                       int* end) const {
  const auto& short_forms = d.short_forms;
  std::string_view w = p.Text(t);
  auto it = short_forms.find(w);
  // A one-syllable family name ("팡") counts only with a particle ("팡이", "팡은").
  if (it != short_forms.end() && p.toks[t].hangul && CountCodePoints(w) < 2) it = short_forms.end();
  if (it == short_forms.end() && p.toks[t].has_hangul) {
    for (int s : KoreanStemLengths(w)) {
      auto it2 = short_forms.find(w.substr(0, s));
      if (it2 != short_forms.end()) {
        it = it2;
        *end = p.toks[t].start + s;
      }
    }
  } else if (it == short_forms.end() && p.toks[t].latin) {
    std::string_view s = StripPossessive(w);
    it = short_forms.find(s);
    *end = p.toks[t].start + static_cast<int>(s.size());
  }
  // "Redla", "Redlovi", "Trumpa": a family name with a case ending.
  auto starts_like_short_form = [&](std::string_view x) {
    auto lb = short_forms.lower_bound(x.substr(0, 4));
    return lb != short_forms.end() && lb->first.starts_with(x.substr(0, 4));
  };
  if (it == short_forms.end() && p.toks[t].cap && w.size() >= 5 && (p.toks[t].latin || IsCyrillicLead(w)) &&
      starts_like_short_form(w)) {
    for (size_t k = w.size() > 8 ? w.size() - 8 : 1; k < w.size() && it == short_forms.end(); ++k) {
      if ((static_cast<unsigned char>(w[k]) & 0xC0) == 0x80 || CountCodePoints(w.substr(0, k)) < 4) continue;
      it = short_forms.find(w.substr(0, k));
      if (it != short_forms.end() && !In(WordList::kNameInflection, w.substr(k))) it = short_forms.end();
      *end = p.toks[t].end;
    }
  }
  return it;
}

// The group of the short form written at free word t of `p` (-1 if none or ambiguous); `*end`:
// the byte where the mention ends (before a particle or a possessive).
int EntityRecognizer::Impl::ShortFormAt(const Doc& d, const Para& p, int t, int* end) const {
  const auto& short_forms = d.short_forms;
  std::string_view w = p.Text(t);
  *end = p.toks[t].end;
  // Only a word that a short form may begin gets the prefix lookups.
  auto it = d.MayStartShortForm(w) ? PrefixShortForm(d, p, t, end) : short_forms.end();
  if (it == short_forms.end() && p.toks[t].hangul && (CountCodePoints(w) == 1 || (CountCodePoints(w) == 2 && ko_surnames.count(w))) &&
      p.IsWord(t + 1) &&
      p.toks[t + 1].space_before && p.toks[t + 1].sentence == p.toks[t].sentence) {
    // "배 전 부사장을", "김 현 대표는": former/current between the surname and the title.
    int nt = t + 1;
    if ((p.Text(nt) == "전" || p.Text(nt) == "현") && p.IsWord(nt + 1) && p.toks[nt + 1].space_before &&
        p.toks[nt + 1].sentence == p.toks[t].sentence)
      ++nt;
    if (const std::string title = KoTitleAfter(p, t + 1, /*words=*/nt - t); !title.empty()) {
      it = short_forms.find("#surname " + std::string(w));
      // Two persons of the family name: the one written with the same title.
      if (it == short_forms.end() || it->second < 0) it = short_forms.find("#surname " + std::string(w) + " " + title);
      *end = p.toks[t].end;
    }
  }
  if (it == short_forms.end() || it->second < 0) return -1;
  // A nationality word is never a short form ("Palestinians", "Americans").
  if (p.toks[t].latin && In(WordList::kDemonym, StripPossessive(w))) return -1;
  return it->second;
}

// Every free word of the article that is a short form becomes a mention of its group (a
// capitalized Latin short form must be capitalized in the text too: it is an exact match).
void EntityRecognizer::Impl::ClaimShortFormMentions(Doc& d) const {
  if (d.short_forms.empty()) return;
  d.FilterShortForms();
  for (size_t pi = 0; pi < d.paras.size(); ++pi) {
    Para& p = d.paras[pi];
    for (int t = 0; t < p.Size(); ++t) {
      if (!p.IsWord(t) || p.owner[t] >= 0) continue;
      int end = 0;
      const int gi = ShortFormAt(d, p, t, &end);
      if (gi < 0) continue;
      Cand c;
      c.para = static_cast<int>(pi);
      c.tb = t;
      c.te = t + 1;
      c.start = p.toks[t].start;
      c.end = end;
      c.conf = 0.8;
      c.short_form = true;
      c.source = EntitySource::kShortForm;
      // Inherit type/dict from any member of the group.
      for (size_t j = 0; j < d.cands.size(); ++j)
        if (d.group[j] == gi) {
          c.type = d.cands[j].type;
          c.dict = d.cands[j].dict;
          c.key = d.cands[j].key;
          break;
        }
      int idx = Claim(p, d.cands, std::move(c));
      if (idx >= 0) d.group.push_back(gi);
    }
  }
}

// Canonical name of group g: the dictionary's, else a gloss, else the fullest surface (Latin
// first); an unknown foreign name written in Hangul is romanized and title-cased, and
// `*penalty` lowers its confidence.
std::string EntityRecognizer::Impl::CanonicalName(const Doc& d, int g, double* penalty) const {
  int first = -1;
  std::string hint;
  int dict = -1;
  for (size_t i = 0; i < d.cands.size(); ++i) {
    if (d.group[i] != g) continue;
    if (first < 0 || (d.cands[i].para < d.cands[first].para ||
                      (d.cands[i].para == d.cands[first].para && d.cands[i].start < d.cands[first].start)))
      first = static_cast<int>(i);
    if (d.cands[i].dict >= 0) dict = d.cands[i].dict;
    if (!d.cands[i].hint.empty() && hint.empty()) hint = d.cands[i].hint;
  }
  if (dict >= 0) return entries[dict].canonical;
  if (!hint.empty()) return hint;
  if (first < 0) return "";
  // The longest surface of the group is the fullest form of the name (a short form linked to it,
  // "黄律师" of 黄立新, is none).
  std::string best;
  bool latin_seen = false, full = false;
  for (size_t i = 0; i < d.cands.size(); ++i) full = full || (d.group[i] == g && !d.cands[i].short_form);
  for (size_t i = 0; i < d.cands.size(); ++i) {
    if (d.group[i] != g || (full && d.cands[i].short_form)) continue;
    std::string s = d.Surface(d.cands[i]);
    bool lat = d.paras[d.cands[i].para].toks[d.cands[i].tb].latin;
    if ((lat && !latin_seen) || (lat == latin_seen && s.size() > best.size())) {
      best = s;
      latin_seen = latin_seen || lat;
    }
  }
  const Cand& f = d.cands[first];
  bool hangul = !latin_seen && d.paras[f.para].toks[f.tb].has_hangul;
  bool korean_native = f.type == "person" && f.te - f.tb == 1 && IsKoreanNameShape(best);
  if (!hangul || f.type != "person" || korean_native) return best;
  // An unknown foreign name written in Hangul: romanize, title-case, lower confidence.
  std::string r = Romanize(best);
  bool up = true;
  for (char& ch : r) {
    if (up && ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
    up = ch == ' ' || ch == '-';
  }
  *penalty = 0.75;
  return r;
}

namespace {

// Name, canonical, aliases and confidence of an entity whose mentions are gathered.
void FinishEntity(Entity& e, const std::string& canonical, double penalty) {
  std::sort(e.mentions.begin(), e.mentions.end(), [](const Mention& x, const Mention& y) {
    return std::tie(x.paragraph, x.start, x.end) < std::tie(y.paragraph, y.start, y.end);
  });
  // Name: the first surface that is not a short form of a longer one seen later.
  e.name = e.mentions.front().surface;
  for (const Mention& mm : e.mentions)
    if (mm.surface.size() > e.name.size() && EndsWith(mm.surface, e.name) &&
        mm.surface[mm.surface.size() - e.name.size() - 1] == ' ') {
      e.name = mm.surface;
      break;
    }
  e.canonical = canonical;
  for (const Mention& mm : e.mentions)
    if (mm.surface != e.name && std::find(e.aliases.begin(), e.aliases.end(), mm.surface) == e.aliases.end())
      e.aliases.push_back(mm.surface);
  // "The New York Times" also goes by "New York Times".
  if (e.type != "person" && e.name.starts_with("The ") && e.name.size() > 4 &&
      std::find(e.aliases.begin(), e.aliases.end(), e.name.substr(4)) == e.aliases.end())
    e.aliases.push_back(e.name.substr(4));
  // Several independent mentions raise confidence a little.
  double c = e.confidence * penalty;
  if (e.mentions.size() >= 3) c = std::min(1.0, c + 0.05);
  e.confidence = std::round(c * 100) / 100;
}

}  // namespace

// One entity per group, in order of first mention.
std::vector<Entity> EntityRecognizer::Impl::BuildEntities(const Doc& d, std::vector<int>* groups) const {
  const int ng = static_cast<int>(d.group_key.size());
  std::vector<std::string> canon(ng);
  std::vector<double> canon_penalty(ng, 1.0);
  for (int g = 0; g < ng; ++g) canon[g] = CanonicalName(d, g, &canon_penalty[g]);
  std::vector<std::string> canon_of(d.cands.size());
  for (size_t i = 0; i < d.cands.size(); ++i)
    if (d.group[i] >= 0) canon_of[i] = canon[d.group[i]];
  std::vector<Entity> out(ng);
  std::vector<std::pair<int, int>> first_pos(ng, {1 << 30, 1 << 30});
  std::vector<bool> dict_typed(ng, false);
  for (size_t i = 0; i < d.cands.size(); ++i) {
    int g = d.group[i];
    if (g < 0) continue;
    const Cand& c = d.cands[i];
    Entity& e = out[g];
    Mention mention{c.para, c.start, c.end, d.Surface(c)};
    if (std::find(e.mentions.begin(), e.mentions.end(), mention) == e.mentions.end())
      e.mentions.push_back(mention);
    // "at The Moscow Times": a capitalized article inside a sentence is part of the name.
    if (const Para& p = d.paras[c.para]; c.type != "person" && c.tb >= 2 && p.toks[c.tb].latin &&
                                         p.IsWord(c.tb - 1) && p.Text(c.tb - 1) == "The" &&
                                         p.toks[c.tb].space_before && p.toks[c.tb - 1].sentence == p.toks[c.tb].sentence &&
                                         p.toks[c.tb - 2].sentence == p.toks[c.tb].sentence &&
                                         p.toks[c.tb - 2].kind == kWord) {
      std::string with_the = "The " + mention.surface;
      if (std::find(e.aliases.begin(), e.aliases.end(), with_the) == e.aliases.end()) e.aliases.push_back(with_the);
    }
    // "Dr Meera Bose", "Sir Cameron Mackintosh": the name with the honorific before it also names
    // the person.
    if (const Para& p = d.paras[c.para]; c.type == "person" && c.tb >= 1 && p.toks[c.tb].latin) {
      int q = c.tb - 1;
      if (p.IsPunct(q, ".") && !p.toks[q].space_before) --q;
      if (p.IsWord(q) && en_honorifics.count(p.Text(q)) && p.toks[c.tb].space_before) {
        std::string with = std::string(p.text.substr(p.toks[q].start, c.end - p.toks[q].start));
        if (std::find(e.aliases.begin(), e.aliases.end(), with) == e.aliases.end()) e.aliases.push_back(with);
      }
      // "Rebecca Hale KC": so does the name with the post-nominal letters cut from it.
      if (p.IsWord(c.te) && p.toks[c.te].space_before && p.toks[c.te].start == c.end + 1 &&
          In(WordList::kEnPostNominal, p.Text(c.te))) {
        std::string with = std::string(p.text.substr(c.start, p.toks[c.te].end - c.start));
        if (std::find(e.aliases.begin(), e.aliases.end(), with) == e.aliases.end()) e.aliases.push_back(with);
      }
    }
    // A full Latin name opening with a listed given name ("Paul Decker") types its group a person over
    // an earlier bare surname another pass typed ("Amazon's Decker" in a headline); a dictionary entry
    // still decides.
    const Para& cp = d.paras[c.para];
    const bool named_person = c.dict < 0 && c.type == "person" && c.te - c.tb >= 2 && cp.toks[c.tb].latin &&
                              given_names.count(cp.Text(c.tb)) > 0;
    if (e.type.empty() || (c.dict >= 0 && e.type != entries[c.dict].type) || (named_person && !dict_typed[g]))
      e.type = c.dict >= 0 ? entries[c.dict].type : c.type;
    dict_typed[g] = dict_typed[g] || c.dict >= 0;
    e.confidence = std::max(e.confidence, c.conf);
    if (c.type == "person") ReadRoles(d.paras[c.para], c, d.cands, canon_of, &e.roles);
    first_pos[g] = std::min(first_pos[g], std::pair<int, int>{c.para, c.start});
  }
  std::vector<int> order;
  for (int g = 0; g < ng; ++g)
    if (!out[g].mentions.empty()) order.push_back(g);
  std::sort(order.begin(), order.end(), [&](int x, int y) { return first_pos[x] < first_pos[y]; });
  std::vector<Entity> result;
  for (int g : order) {
    FinishEntity(out[g], canon[g], canon_penalty[g]);
    result.push_back(std::move(out[g]));
  }
  *groups = std::move(order);
  return result;
}

// ---- Facts for the keep step (extract/entity_keep.h)

// The tagger's spans under its score floor, on words still free once every pass and link is done
// (so that they change no other entity): each passes the tagger span checks and joins the entity
// with its key, or becomes an entity of its own the keep step judges (Cand::low_score).
void EntityRecognizer::Impl::OfferLowSpans(Doc& d, const std::vector<std::vector<std::pair<TaggedSpan, int>>>& low) const {
  std::vector<Cand> unused;  // a low span is no coordination partner
  const size_t first = d.cands.size();
  for (size_t pi = 0; pi < low.size(); ++pi) {
    for (const auto& [s, sa] : low[pi]) {
      const size_t at = d.cands.size();
      TaggerSpanClaim(static_cast<int>(pi), d.paras[pi], d.cands, &unused, s, sa);
      for (size_t i = at; i < d.cands.size(); ++i) {
        d.cands[i].source = EntitySource::kTagger;
        d.cands[i].low_score = true;
      }
    }
  }
  // "전준위(전국당원대회준비위원회)": a low span glossed by an organization's name in the brackets
  // after it is that organization, there and wherever the article writes it.
  std::map<std::string, size_t, std::less<>> glossed;  // surface -> the organization's candidate
  for (size_t i = 0; i < first; ++i)
    if (d.cands[i].glossed && d.group[i] >= 0) glossed.emplace(d.Surface(d.cands[i]), std::stoul(d.cands[i].key.substr(1)));
  for (size_t i = first; i < d.cands.size(); ++i) {
    const Cand& c = d.cands[i];
    const Para& p = d.paras[c.para];
    const int k = c.te;
    if (k >= p.Size() || c.end != p.toks[k - 1].end || p.toks[k].space_before || !(p.IsPunct(k, "(") || p.IsPunct(k, "（")))
      continue;
    int close = k + 1;
    while (close < p.Size() && close < k + 7 && p.IsWord(close)) ++close;
    if (close >= p.Size() || !(p.IsPunct(close, ")") || p.IsPunct(close, "）"))) continue;
    if (IsGlossedShortForm(p, d.cands, static_cast<int>(i), k + 1, close) && d.group[p.owner[k + 1]] >= 0)
      glossed.emplace(d.Surface(c), static_cast<size_t>(p.owner[k + 1]));
  }
  for (size_t i = first; i < d.cands.size(); ++i) {
    Cand& c = d.cands[i];
    if (auto g = glossed.find(d.Surface(c)); g != glossed.end() && c.dict < 0) {
      c.type = d.cands[g->second].type;
      c.short_form = true;
      c.glossed = true;
      c.key = "#" + std::to_string(g->second);
      d.group.push_back(d.group[g->second]);
      continue;
    }
    // (A CJK surface read as an organization elsewhere on the page is that organization, not a
    // person, as GroupCandidates reads it: "마켓온은" after "이커머스 업체 마켓온이".)
    if (c.type == "person" && c.dict < 0 && !d.paras[c.para].toks[c.tb].latin)
      for (const char* org : {"company", "organization"})
        if (d.key_to_group.count(std::string(org) + ":" + d.Surface(c))) c.type = org;
    c.key = c.dict >= 0 ? "d" + std::to_string(c.dict) : c.type + ":" + d.Surface(c);
    auto it = d.key_to_group.find(c.key);
    d.group.push_back(it != d.key_to_group.end() ? it->second : d.GroupFor("offered:" + c.key));
  }
}

// Candidates an article-level check dropped (not dictionary names of type `other`) become
// entities of their own again, unless a kept entity has their key: the keep step decides.
void EntityRecognizer::Impl::ReviveDropped(Doc& d) const {
  for (size_t i = 0; i < d.cands.size(); ++i) {
    Cand& c = d.cands[i];
    // (drop_rule -1: erased by a pass that read its words another way, EraseCands.)
    if (!c.dropped || c.drop_rule <= 0 || d.group[i] >= 0 || (c.dict >= 0 && entries[c.dict].type == "other")) continue;
    if (c.key.empty() || c.key[0] == '#' || d.key_to_group.count(c.key)) continue;
    c.revived = true;
    d.group[i] = d.GroupFor("revived:" + c.key);
  }
}

namespace {

NameScript ScriptOf(const Token& t, std::string_view w) {
  if (t.latin) return NameScript::kLatin;
  if (t.has_hangul) return NameScript::kHangul;
  const unsigned char c = w.empty() ? 0 : static_cast<unsigned char>(w[0]);
  const unsigned char n = w.size() > 1 ? static_cast<unsigned char>(w[1]) : 0;
  if (c == 0xE3 && n >= 0x81 && n <= 0x83) return NameScript::kKana;
  if (c >= 0xE4 && c <= 0xE9) return NameScript::kHan;
  if (c >= 0xD0 && c <= 0xD4) return NameScript::kCyrillic;
  return NameScript::kOther;
}

// The name `inner` occurs in `outer` as whole words (Latin) or at all (other scripts).
bool NamePartOf(std::string_view inner, std::string_view outer) {
  if (inner.empty() || inner.size() >= outer.size()) return false;
  for (size_t at = outer.find(inner); at != std::string_view::npos; at = outer.find(inner, at + 1)) {
    const size_t e = at + inner.size();
    const bool left = at == 0 || !std::isalpha(static_cast<unsigned char>(outer[at - 1]));
    const bool right = e >= outer.size() || !std::isalpha(static_cast<unsigned char>(outer[e]));
    if (left && right) return true;
  }
  return false;
}

}  // namespace

// The cue words around one mention; `*initial` false when a word of its sentence comes before it.
void EntityRecognizer::Impl::FactsOfMention(Doc& d, const Cand& c, EntityFacts* f, bool* initial) const {
  const Para& p = d.paras[c.para];
  int q = c.tb - 1;
  while (q >= 0 && p.toks[q].kind != kWord && p.toks[q].sentence == p.toks[c.tb].sentence) --q;
  if (q >= 0 && p.toks[q].sentence == p.toks[c.tb].sentence) *initial = false;
  if (p.IsWord(c.tb - 1)) {
    const std::string_view w = p.Text(c.tb - 1);
    f->title_next |= p.toks[c.tb - 1].latin ? IsLatinTitle(w) : p.toks[c.tb - 1].has_hangul && IsKoTitle(w);
  }
  if (p.IsWord(c.te)) {
    const std::string_view w = p.Text(c.te);
    if (p.toks[c.te].latin) f->person_verb_after |= en_person_verbs.count(w) > 0;
    else f->title_next |= p.toks[c.te].has_hangul ? IsKoTitle(w) : In(WordList::kCjkTitle, w);
  } else if (p.IsPunct(c.te, ",") && p.IsWord(c.te + 1)) {
    f->title_next |= IsLatinTitle(p.Text(c.te + 1));
  }
}

// The words of one mention (the entity's longest): head, legal form, given name, places, common
// words and endings.
void EntityRecognizer::Impl::FactsOfName(Doc& d, const Cand& c, EntityFacts* f) const {
  const Para& p = d.paras[c.para];
  if (c.te <= c.tb) return;
  const std::string_view last = p.Text(c.te - 1);
  f->org_head |= en_org_suffixes.count(last) > 0 || en_company_suffixes.count(last) > 0 ||
                 EndsWithAnyOf(WordList::kOrgWordEnding, last) || EndsWithAnyOf(WordList::kZhOrgSuffix, last) ||
                 (p.toks[c.te - 1].has_hangul && KoSuffixType(last) != nullptr);
  f->given_name_first |= given_names.count(p.Text(c.tb)) > 0;
  for (int t = c.tb; t < c.te; ++t) {
    if (!p.IsWord(t)) continue;
    const std::string_view w = p.Text(t);
    f->legal_suffix |= In(WordList::kLegalSuffix, w) || In(WordList::kKoCompanyForm, w);
    const std::string_view stem = StripPossessive(w);
    f->place_word |= In(WordList::kRegionWord, w) || In(WordList::kDemonym, stem);
    f->inflected |= stem.size() < w.size();
    if (!p.toks[t].latin) continue;
    // A capitalized word the article also writes in lower case is a common word.
    f->lower_elsewhere |= p.toks[t].cap && !p.toks[t].all_caps && w.size() >= 4 && !NeverLower(d, w) &&
                          !en_stop.count(w) && !en_titles.count(w);
    std::string lower(stem);
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    for (const std::string& ending : EntityWords::Default().List(WordList::kNonNameEnding))
      f->non_name_ending |= lower.size() >= ending.size() + 3 && EndsWith(lower, ending);
    if (auto it = alias_to_entry.find(w); it != alias_to_entry.end() && entries[it->second].type == "other")
      f->place_word = true;
  }
}

// The facts of entity `e` of `out`, whose candidates are `members`.
EntityFacts EntityRecognizer::Impl::FactsOf(Doc& d, const std::vector<int>& members, const std::vector<Entity>& out,
                                            size_t e) const {
  EntityFacts f;
  const Entity& ent = out[e];
  f.type = ent.type;
  f.lang = std::string(d.lang);
  f.mentions = static_cast<int>(ent.mentions.size());
  f.has_roles = !ent.roles.empty();
  bool initial = true, first_para = true;
  f.offered = true;
  std::set<int> paras;
  size_t longest = 0;
  int longest_cand = -1;
  for (const int i : members) {
    const Cand& c = d.cands[i];
    const Para& p = d.paras[c.para];
    if (c.source != EntitySource::kCount) f.sources |= 1u << static_cast<int>(c.source);
    f.max_conf = std::max(f.max_conf, c.conf);
    f.dictionary |= c.dict >= 0;
    f.lone_tagged_word |= c.lone_tagged_word;
    if (c.revived) f.revived = kDropRules[c.drop_rule - 1];
    f.low_score |= c.low_score;
    f.offered &= c.low_score || c.short_form;
    paras.insert(c.para);
    first_para &= c.para == 0;
    FactsOfMention(d, c, &f, &initial);
    if (static_cast<size_t>(c.end - c.start) <= longest || c.te <= c.tb) continue;
    longest = static_cast<size_t>(c.end - c.start);
    longest_cand = i;
    const std::string_view s = p.text.substr(c.start, c.end - c.start);
    f.script = ScriptOf(p.toks[c.tb], s);
    f.tokens = 0;
    f.all_caps = true;
    for (int t = c.tb; t < c.te; ++t) {
      if (!p.IsWord(t) && p.toks[t].kind != kNumber) continue;
      ++f.tokens;
      f.all_caps &= p.toks[t].all_caps;
    }
    f.chars = CountCodePoints(s);
    f.has_digit = std::any_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
  }
  if (longest_cand >= 0) FactsOfName(d, d.cands[longest_cand], &f);
  f.paragraphs = static_cast<int>(paras.size());
  f.sentence_initial_only = initial;
  f.in_first_paragraph_only = first_para;
  for (size_t j = 0; j < out.size(); ++j) {
    if (j == e) continue;
    f.contained |= NamePartOf(ent.name, out[j].name);
    f.contains_other |= NamePartOf(out[j].name, ent.name);
  }
  return f;
}

std::vector<Entity> EntityRecognizer::Recognize(const Article& article) const {
  if (!impl_->options.keep_model) return impl_->Run(article, nullptr, false);
  std::vector<std::vector<std::string>> features;
  const EntityKeepModel& model = impl_->options.model ? *impl_->options.model : EntityKeepModel::Default();
  // A table that keeps no offered entity (offered threshold above 1) is not offered any.
  std::vector<Entity> out = impl_->Run(article, &features, impl_->options.offer_low && model.offered_threshold <= 1.0);
  model.Apply(&out, features);
  return out;
}

std::vector<Entity> EntityRecognizer::Candidates(const Article& article,
                                                 std::vector<std::vector<std::string>>* features) const {
  features->clear();
  return impl_->Run(article, features, impl_->options.offer_low);
}

// ---- Group prefixes and team short names (twenty-sixth session, branch entgaz26)

// The words (1 or 2) of a group_prefix row written at word t ("CJ", "HD Hyundai"), 0 when none.
int EntityRecognizer::Impl::GroupRowAt(const Para& p, int t) const {
  if (!p.IsWord(t) || !p.toks[t].latin) return 0;
  if (p.IsWord(t + 1) && p.toks[t + 1].latin && p.toks[t + 1].space_before &&
      p.toks[t + 1].sentence == p.toks[t].sentence) {
    std::string two(p.Text(t));
    two.push_back(' ');
    two.append(p.Text(t + 1));
    if (In(WordList::kGroupPrefix, two)) return 2;
  }
  return In(WordList::kGroupPrefix, p.Text(t)) ? 1 : 0;
}

// Word t can continue an affiliate's name after a group prefix in the sentence of word a: a free
// capitalized Latin word written with a space, no stop word, title, given name, nationality,
// region, all-capitals word ("LG OLED") or word with a digit; a single capital only with `letter`,
// after another name word ("POSCO Future M").
bool EntityRecognizer::Impl::AffiliateNameWord(const Para& p, int t, int a, bool letter) const {
  if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].latin || !p.toks[t].cap || p.toks[t].all_caps ||
      !p.toks[t].space_before || p.toks[t].sentence != p.toks[a].sentence)
    return false;
  const std::string_view w = StripPossessive(p.Text(t));
  return (w.size() >= 2 || letter) && !en_stop.count(w) && !IsLatinTitle(w) && !given_names.count(w) &&
         !In(WordList::kDemonym, w) && !In(WordList::kRegionWord, w) &&
         std::none_of(w.begin(), w.end(), [](char ch) { return IsAsciiDigit(ch); });
}

// "CJ Olive Young", "Lotte Shopping", "HD Hyundai Heavy Industries": a business group's name
// (group_prefix) written before an affiliate's capitalized name is part of the affiliate's name, no
// company of its own (so is a network's name before its local body's: "Healthwatch Kent"). The
// dictionary's group candidate (of this paragraph, from `first` on) written as the row takes one to
// three free name words after it and becomes the affiliate (unlisted, of the group's type); a free row right before a listed company of two words or more, or sharing its first
// word ("HD Hyundai" + "Hyundai Heavy Industries"), joins that company's written name. Not in
// German, which capitalizes every noun.
void EntityRecognizer::Impl::GroupAffiliateNames(int pi, Para& p, std::vector<Cand>& cands, int first) const {
  if (p.lang == "de") return;
  for (int ci = first; ci < static_cast<int>(cands.size()); ++ci) {
    Cand& c = cands[ci];
    if (c.para != pi || (c.type != "company" && c.type != "organization") || c.dict < 0 || !p.toks[c.tb].latin)
      continue;
    if (GroupRowAt(p, c.tb) == c.te - c.tb && c.end == p.toks[c.te - 1].end) {
      int e = c.te;
      while (e < c.te + 3 && AffiliateNameWord(p, e, c.tb, e > c.te)) {
        const bool poss = StripPossessive(p.Text(e)).size() < p.Text(e).size();
        ++e;
        if (poss) break;
      }
      if (e == c.te) continue;
      for (int t = c.te; t < e; ++t) p.owner[t] = ci;
      c.te = e;
      c.end = p.toks[e - 1].start + static_cast<int>(StripPossessive(p.Text(e - 1)).size());
      c.dict = -1;
      c.conf = 0.75;
      continue;
    }
    const int g = c.tb - 1;
    if (c.type != "company" || c.te - c.tb < 2 || !p.Free(g) || !p.toks[g].cap || !p.toks[c.tb].space_before ||
        p.toks[g].sentence != p.toks[c.tb].sentence)
      continue;
    if (GroupRowAt(p, g) > 0) {
      p.owner[g] = ci;
      c.tb = g;
      c.start = p.toks[g].start;
    }
  }
}

// A capitalized word shaped like a team's plural nickname ("Riverhawks", "Rangers"): four letters
// or more ending in a single s, no stop word, title, given name, party plural, or word the tagger's
// gazetteer knows as a person's name ("Evans", "Williams"); a town club's listed nickname is left to
// LinkClubNicknames ("Pies").
bool EntityRecognizer::Impl::TeamNicknameWord(std::string_view w) const {
  for (const std::string& row : EntityWords::Default().List(WordList::kSportClubNickname))
    if (row.size() > w.size() && row.ends_with(w) && row[row.size() - w.size() - 1] == ' ') return false;
  if (w.size() < 4 || w.back() != 's' || w[w.size() - 2] == 's' || w[w.size() - 2] == 'u' || !IsAsciiUpper(w[0]) ||
      en_stop.count(w) || IsLatinTitle(w) || given_names.count(w) || In(WordList::kPartyMemberPlural, w) ||
      In(WordList::kDemonym, w))
    return false;
  return !tagger || !(tagger->EnglishGazetteerClasses(w) & ner::kGazPer);
}

// "Nashville Riverhawks": the page's free mentions of a team's nickname `w` after one or two free
// capitalized name words (no stop word, title, given name or article) are its full name, one
// organization; the index of the first, -1 when the page writes none.
int EntityRecognizer::Impl::ClaimTeamFullNames(Doc& d, std::string_view w) const {
  int first = -1;
  for (size_t pi = 0; pi < d.paras.size(); ++pi) {
    Para& p = d.paras[pi];
    for (int t = 1; t < p.Size(); ++t) {
      if (!p.IsWord(t) || !p.Free(t) || StripPossessive(p.Text(t)) != w) continue;
      int a = t;
      while (a > 0 && t - a < 2 && p.IsWord(a - 1) && p.Free(a - 1) && p.toks[a - 1].latin && p.toks[a - 1].cap &&
             !p.toks[a - 1].all_caps && p.toks[a].space_before && p.toks[a - 1].sentence == p.toks[t].sentence &&
             !en_stop.count(p.Text(a - 1)) && !IsLatinTitle(p.Text(a - 1)) && !given_names.count(p.Text(a - 1)) &&
             !ArticleAt(p, a - 1, t))
        --a;
      if (a == t) continue;
      Cand c;
      c.para = static_cast<int>(pi);
      c.tb = a;
      c.te = t + 1;
      c.start = p.toks[a].start;
      c.end = p.toks[t].start + static_cast<int>(w.size());
      c.type = "organization";
      c.conf = 0.7;
      c.source = EntitySource::kLatinRule;
      if (first >= 0) c.key = "#" + std::to_string(first);
      const int idx = Claim(p, d.cands, std::move(c));
      if (first < 0) first = idx;
    }
  }
  return first;
}

// "The Riverhawks said", "the Rangers' offer": on an English sport page (a lower-case en_sport_word), a
// team's nickname written alone after "the", no capitalized word after it, is the team. It joins the one
// longer name of the page that ends in it and opens with no given name ("Nashville Riverhawks", typed
// organization, also when a pass read it as a person); with no such candidate, when a possessive, a
// speech verb or an actor verb follows, it is the team, with the free full names the page writes
// (ClaimTeamFullNames). A dictionary name is left alone ("the Netherlands").
void EntityRecognizer::Impl::TeamShortNames(Doc& d) const {
  if (d.lang != "en" || !SportPage(d)) return;
  std::map<std::string, int, std::less<>> full;  // nickname -> the candidate of its longer name, -1 if two
  for (size_t i = 0; i < d.cands.size(); ++i) {
    const Cand& c = d.cands[i];
    const Para& p = d.paras[c.para];
    if (c.dropped || c.dict >= 0 || c.te - c.tb < 2 || c.te - c.tb > 3 || !p.toks[c.tb].latin ||
        given_names.count(p.Text(c.tb)))
      continue;
    const std::string_view w = StripPossessive(p.Text(c.te - 1));
    if (!TeamNicknameWord(w)) continue;
    auto [it, fresh] = full.emplace(std::string(w), static_cast<int>(i));
    if (!fresh && it->second >= 0 && d.Surface(d.cands[it->second]) != d.Surface(c)) it->second = -1;
  }
  for (size_t pi = 0; pi < d.paras.size(); ++pi) {
    Para& p = d.paras[pi];
    for (int t = 1; t < p.Size(); ++t) {
      if (!p.IsWord(t) || !p.toks[t].latin || !p.toks[t].cap || p.toks[t].all_caps || !ArticleAt(p, t - 1, t)) continue;
      const std::string_view w = StripPossessive(p.Text(t));
      if (!TeamNicknameWord(w) || (p.IsWord(t + 1) && p.toks[t + 1].cap && p.toks[t + 1].space_before &&
                                   p.toks[t + 1].sentence == p.toks[t].sentence))
        continue;
      const int o = p.owner[t];
      if (o >= 0 && (d.cands[o].dict >= 0 || d.cands[o].dropped || d.cands[o].te - d.cands[o].tb != 1)) continue;
      const auto f = full.find(w);
      if (f != full.end() && f->second < 0) continue;
      int fi = f == full.end() ? -1 : f->second;
      const bool poss = w.size() < p.Text(t).size() || (p.IsPunct(t + 1, "'") && !p.toks[t + 1].space_before);
      const bool acts = poss || ActsAsBody(p, t + 1) || (p.IsWord(t + 1) && en_person_verbs.count(p.Text(t + 1)));
      if (fi < 0 && !acts) continue;
      if (fi < 0) fi = ClaimTeamFullNames(d, w);
      if (fi >= 0) {
        const std::string name = d.Surface(d.cands[fi]);
        for (Cand& c : d.cands)
          if (!c.dropped && c.type == "person" && d.Surface(c) == name) c.type = "organization";
      }
      const std::string key = fi >= 0 ? "#" + std::to_string(fi) : std::string();
      if (o >= 0) {
        d.cands[o].type = "organization";
        if (!key.empty()) d.cands[o].key = key;
        continue;
      }
      Cand c;
      c.para = static_cast<int>(pi);
      c.tb = t;
      c.te = t + 1;
      c.start = p.toks[t].start;
      c.end = p.toks[t].start + static_cast<int>(w.size());
      c.type = "organization";
      c.conf = 0.7;
      c.source = EntitySource::kLatinRule;
      c.key = key;
      Claim(p, d.cands, std::move(c));
    }
  }
}


// A German page that names the CDU or the CSU (as a word: "CDU", "CSU-Landesgruppe", "CDU/CSU").
static bool NamesUnionParty(const Article& a) {
  auto word_at = [](std::string_view s, size_t at) {
    return (at == 0 || !std::isalpha(static_cast<unsigned char>(s[at - 1]))) &&
           (at + 3 >= s.size() || !std::isalpha(static_cast<unsigned char>(s[at + 3])));
  };
  for (std::string_view para : a.paragraphs)
    for (std::string_view party : {"CDU", "CSU"})
      for (size_t at = para.find(party); at != std::string_view::npos; at = para.find(party, at + 1))
        if (word_at(para, at)) return true;
  return false;
}

// "die Union und die SPD", "rief die Union zur Geschlossenheit auf": on a German page naming the CDU or
// the CSU (Para::union_bloc), "Union" alone is their parliamentary bloc, an organization: a free word
// after no capitalized word but a determiner ("Junge Union", "Europäische Union" are other bodies) and
// before no capitalized word or glued hyphen ("Union Berlin", "Union-Fraktion").
void EntityRecognizer::Impl::UnionBlocPass(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int t = 0; t < p.Size(); ++t) {
    if (!p.IsWord(t) || !p.Free(t) || p.Text(t) != "Union") continue;
    const bool cap_before = t > 0 && p.IsWord(t - 1) && p.toks[t - 1].cap && p.toks[t - 1].sentence == p.toks[t].sentence &&
                            !In(WordList::kDeDefiniteArticle, FoldWord(p.Text(t - 1)));
    const bool cap_after = t + 1 < p.Size() && p.toks[t + 1].sentence == p.toks[t].sentence &&
                           ((p.IsWord(t + 1) && p.toks[t + 1].cap && p.toks[t + 1].space_before) ||
                            (p.IsPunct(t + 1, "-") && !p.toks[t + 1].space_before));
    if (cap_before || cap_after) continue;
    // (The listed entry of the bloc, Unionsparteien, names it: a one-word listed name joins no longer name
    // ending in it, "Junge Union".)
    const int ci = ClaimWord(pi, p, cands, t, "organization", 0.7);
    if (auto it = alias_to_entry.find(std::string_view("Unionsparteien")); ci >= 0 && it != alias_to_entry.end())
      cands[ci].dict = it->second;
  }
}

std::vector<Entity> EntityRecognizer::Impl::Run(const Article& article, std::vector<std::vector<std::string>>* features,
                                                bool offer_low) const {
  const Impl& m = *this;
  const size_t np = std::min(article.paragraphs.size(), kMaxParagraphs);
  // The article's shared analysis when it fits its paragraphs, else one made here.
  std::vector<ParagraphAnalysis> own_analysis;
  const std::vector<ParagraphAnalysis>* analysis = &article.analysis;
  if (!HasAnalysis(article)) {
    own_analysis = m.analyzer->AnalyzeParagraphs(article.paragraphs, np);
    analysis = &own_analysis;
  }
  Doc d;
  d.paras.resize(np);
  const bool offer = features != nullptr && offer_low;
  std::vector<std::vector<std::pair<TaggedSpan, int>>> low(offer ? np : 0);
  d.lang = article.language;
  if (d.lang.size() > 2) d.lang = d.lang.substr(0, 2);
  const bool union_bloc = d.lang == "de" && NamesUnionParty(article);
  for (size_t i = 0; i < np; ++i) {
    std::string_view text = article.paragraphs[i];
    if (text.size() > kMaxParagraphBytes) text = text.substr(0, kMaxParagraphBytes);
    Bind(text, (*analysis)[i], &d.paras[i]);
    d.paras[i].union_bloc = union_bloc;
    m.RecognizeParagraph(static_cast<int>(i), d.paras[i], d.cands, d.lang, offer ? &low[i] : nullptr);
  }
  int rule = 0;
  auto note_drops = [&d, &rule] {
    ++rule;
    for (Cand& c : d.cands)
      if (c.dropped && c.drop_rule == 0) c.drop_rule = rule;
  };
  m.DropNonNames(d);
  m.DropSentenceAdverbs(d);
  note_drops();
  m.CloseBracketsInNames(d);
  m.SportTownClubs(d);
  m.TeamShortNames(d);
  DropPhraseAcronyms(d);
  note_drops();
  m.DropTitleSponsorsAndMembers(d);
  m.DropPlatformVenues(d);
  note_drops();
  m.TrimKoreanOrgs(d);
  note_drops();
  m.DropGenericCjkOrgs(d);
  m.DropChineseNonPersons(d);
  note_drops();
  m.DropSentenceOpeningPairs(d);
  note_drops();
  m.TrimPersonTitles(d);
  note_drops();
  m.DropLowerCaseWords(d);
  note_drops();
  m.DropGermanNounPhrases(d);
  m.DropGermanKindNouns(d);
  note_drops();
  m.RetypeInstitutionPersons(d);
  d.title_case_headline = TitleCaseHeadline(article, d.lang);
  m.TrimHeadlinePhrases(d);
  note_drops();
  TrimLeadingArticles(d);
  m.TrimGermanKindCues(d);
  m.JoinGermanAdjectives(d);
  m.YieldListedSurnames(d);
  m.SamePageNames(d);
  m.GroupCandidates(d);
  m.CollectShortForms(d);
  LinkOrgSuffixes(d);
  LinkCjkAbbreviations(d);
  m.LinkOrgPrefixes(d);
  LinkOrgLastWords(d);
  LinkOrgOfHeads(d);
  LinkOrgFrontWords(d);
  LinkAcronyms(d);
  m.AddPronouncedAcronyms(d);
  LinkCjkFamilyNames(d);
  m.ClaimShortFormMentions(d);
  if (features && m.options.revive_dropped) m.ReviveDropped(d);
  if (offer) m.OfferLowSpans(d, low);
  std::vector<int> groups;
  std::vector<Entity> out = m.BuildEntities(d, &groups);
  if (features) {
    features->resize(out.size());
    std::vector<std::vector<int>> members(d.group_key.size());
    for (size_t i = 0; i < d.cands.size(); ++i)
      if (d.group[i] >= 0) members[d.group[i]].push_back(static_cast<int>(i));
    for (size_t i = 0; i < out.size(); ++i) (*features)[i] = EntityKeepFeatures(FactsOf(d, members[groups[i]], out, i));
  }
  return out;
}

}  // namespace hirewire::extract
