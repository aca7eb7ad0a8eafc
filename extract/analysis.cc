#include "extract/analysis.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "corpus/text.h"
#include "corpus/utf8.h"
#include "extract/dates.h"
#include "extract/entity_words.h"
#include "extract/korean.h"

namespace hirewire::extract {
namespace {

char32_t DecodeAt(std::string_view s, size_t i, int* len) {
  size_t n = 0;
  char32_t cp = DecodeUtf8At(s, i, &n);
  *len = static_cast<int>(n);
  return cp;
}

char32_t FirstCp(std::string_view s) {
  if (s.empty()) return 0;
  int len;
  return DecodeAt(s, 0, &len);
}

bool IsAsciiLetter(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// No byte of `w` is 0x80 or above (eight bytes at a time).
bool AllAscii(std::string_view w) {
  uint64_t acc = 0;
  size_t k = 0;
  for (; k + 8 <= w.size(); k += 8) {
    uint64_t x;
    std::memcpy(&x, w.data() + k, 8);
    acc |= x;
  }
  for (; k < w.size(); ++k) acc |= static_cast<unsigned char>(w[k]);
  return (acc & 0x8080808080808080ULL) == 0;
}

// u_isUWhiteSpace of each ASCII code point, read once from ICU.
bool IsAsciiUWhiteSpace(unsigned char c) {
  static const std::array<bool, 128> white = [] {
    std::array<bool, 128> w{};
    for (int i = 0; i < 128; ++i) w[static_cast<size_t>(i)] = u_isUWhiteSpace(i) != 0;
    return w;
  }();
  return white[c & 0x7F];
}

void ClassifyToken(std::string_view w, TextToken* t) {
  // ASCII words (most Latin-script text) without decoding or ICU property lookups: among ASCII
  // code points ICU's letters are exactly A-Z and a-z, and its upper case letters A-Z.
  if (AllAscii(w)) {
    const char first = w.empty() ? '\0' : w[0];
    t->hangul = false;
    t->has_hangul = false;
    t->latin = IsAsciiLetter(static_cast<unsigned char>(first));
    t->cap = first >= 'A' && first <= 'Z';
    // All capitals: two letters or more, none of them lower case (so the first is upper case).
    bool all_caps = t->cap;
    int uppers = 1;
    for (size_t k = 1; k < w.size() && all_caps; ++k) {
      all_caps = !(w[k] >= 'a' && w[k] <= 'z');
      uppers += w[k] >= 'A' && w[k] <= 'Z';
    }
    t->all_caps = all_caps && uppers >= 2;
    return;
  }
  bool all_hangul = true, any_hangul = false;
  int letters = 0, uppers = 0;
  for (size_t i = 0; i < w.size();) {
    int len;
    char32_t cp = DecodeAt(w, i, &len);
    i += len;
    bool h = IsHangulSyllable(cp);
    any_hangul |= h;
    all_hangul &= h;
    if (cp < 0x80 && IsAsciiLetter(cp)) {
      ++letters;
      if (cp >= 'A' && cp <= 'Z') ++uppers;
    } else if (!h && u_isalpha(cp)) {
      ++letters;
      if (u_isupper(cp)) ++uppers;
    }
  }
  char32_t first = FirstCp(w);
  t->hangul = all_hangul && !w.empty();
  t->has_hangul = any_hangul;
  t->latin = first < 0x250 && u_isalpha(first);
  t->cap = u_isupper(first);
  t->all_caps = t->latin && letters >= 2 && uppers == letters;
}

}  // namespace

class SentenceAnalyzer::Scratch {
 public:
  std::unique_ptr<icu::BreakIterator> word;
  std::unique_ptr<icu::BreakIterator> sent;
  // The paragraph in UTF-16 and the byte offset of each UTF-16 unit (one more at the end).
  std::vector<UChar> utf16;
  std::vector<int32_t> byte_at;
};

namespace {

// The well-formed UTF-8 `text` as UTF-16 in *utf16 and, for each unit, the byte where its code
// point starts in *byte_at (text.size() appended); false, with both undefined, when `text` is
// not well-formed UTF-8. ICU's break iterators walk UTF-16 text in place, where a UTF-8 UText
// is converted chunk by chunk for each iterator (about a third of their instructions); the
// breaks are the same, as the code points are (ill-formed text keeps the UTF-8 UText, whose
// U+FFFD substitution this does not copy).
bool ToUtf16(std::string_view text, std::vector<UChar>* utf16, std::vector<int32_t>* byte_at) {
  utf16->resize(text.size());  // never more units than bytes
  byte_at->resize(text.size() + 1);
  size_t u = 0;
  for (size_t i = 0; i < text.size();) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    if (b0 < 0x80) {
      (*utf16)[u] = b0;
      (*byte_at)[u++] = static_cast<int32_t>(i++);
      continue;
    }
    const size_t len = Utf8SequenceLength(text, i);
    if (len == 0) return false;
    size_t next = i;
    const char32_t cp = DecodeUtf8(text, &next);
    if (cp < 0x10000) {
      (*utf16)[u] = static_cast<UChar>(cp);
      (*byte_at)[u++] = static_cast<int32_t>(i);
    } else {
      (*utf16)[u] = static_cast<UChar>(0xD7C0 + (cp >> 10));
      (*byte_at)[u++] = static_cast<int32_t>(i);
      (*utf16)[u] = static_cast<UChar>(0xDC00 | (cp & 0x3FF));
      (*byte_at)[u++] = static_cast<int32_t>(i);
    }
    i += len;
  }
  (*byte_at)[u] = static_cast<int32_t>(text.size());
  utf16->resize(u);
  byte_at->resize(u + 1);
  return true;
}

}  // namespace

struct SentenceAnalyzer::Impl {
  std::unique_ptr<icu::BreakIterator> word_proto;
  std::unique_ptr<icu::BreakIterator> sent_proto;
};

namespace {

// Sentence bounds that an abbreviation does not end: ICU's English suppressions ("Mr.", "Inc.",
// "U.S.") plus the honorifics of entity_words.tsv (en_honorific: "Dr.", "Prof.", "Sra."), so that
// "Dr. Laura Bennett joined Novartis." is one sentence. The Korean and CJK sentence rules are
// the root ones either way. Null with `st` set when ICU fails.
icu::BreakIterator* SentenceBreaker(UErrorCode* st) {
  const icu::Locale en("en");
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> b(
      icu::FilteredBreakIteratorBuilder::createInstance(en, *st));
  if (U_FAILURE(*st)) return nullptr;
  for (const std::string& h : EntityWords::Default().List(WordList::kEnHonorific))
    b->suppressBreakAfter(icu::UnicodeString::fromUTF8(h + "."), *st);
  if (U_FAILURE(*st)) return nullptr;
  icu::BreakIterator* plain = icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), *st);
  if (U_FAILURE(*st)) return nullptr;
  return b->wrapIteratorWithFilter(plain, *st);
}

}  // namespace

SentenceAnalyzer::SentenceAnalyzer() : impl_(std::make_unique<Impl>()) {}
SentenceAnalyzer::~SentenceAnalyzer() = default;

Result<std::unique_ptr<SentenceAnalyzer>> SentenceAnalyzer::Create() {
  std::unique_ptr<SentenceAnalyzer> a(new SentenceAnalyzer());
  UErrorCode st = U_ZERO_ERROR;
  a->impl_->word_proto.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), st));
  if (U_FAILURE(st)) return Status::Internal(std::string("ICU word breaker: ") + u_errorName(st));
  a->impl_->sent_proto.reset(SentenceBreaker(&st));
  if (U_FAILURE(st)) return Status::Internal(std::string("ICU sentence breaker: ") + u_errorName(st));
  return a;
}

const SentenceAnalyzer* SentenceAnalyzer::Default() {
  static const SentenceAnalyzer* analyzer = [] {
    auto a = Create();
    return a.ok() ? std::move(a).value().release() : nullptr;
  }();
  return analyzer;
}

ParagraphAnalysis SentenceAnalyzer::Analyze(std::string_view paragraph) const {
  Scratch s{std::unique_ptr<icu::BreakIterator>(impl_->word_proto->clone()),
            std::unique_ptr<icu::BreakIterator>(impl_->sent_proto->clone())};
  ParagraphAnalysis out;
  Analyze(paragraph, s, &out);
  return out;
}

std::vector<ParagraphAnalysis> SentenceAnalyzer::AnalyzeParagraphs(const std::vector<std::string>& paragraphs,
                                                                   size_t n) const {
  Scratch s{std::unique_ptr<icu::BreakIterator>(impl_->word_proto->clone()),
            std::unique_ptr<icu::BreakIterator>(impl_->sent_proto->clone())};
  std::vector<ParagraphAnalysis> out(std::min(n, paragraphs.size()));
  for (size_t i = 0; i < out.size(); ++i) Analyze(paragraphs[i], s, &out[i]);
  return out;
}

void SentenceAnalyzer::AnalyzeArticle(Article* article) const {
  article->analysis = AnalyzeParagraphs(article->paragraphs);
}

void SentenceAnalyzer::Analyze(std::string_view text, Scratch& br, ParagraphAnalysis* p) const {
  if (text.size() > kMaxAnalyzedBytes) text = text.substr(0, kMaxAnalyzedBytes);
  *p = ParagraphAnalysis{};
  p->analyzed_bytes = static_cast<int>(text.size());
  p->quotes = QuotedSpeech(text);
  p->speech = ReportedSpeechCues(text, p->quotes);
  if (text.empty()) return;
  UErrorCode st = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  // The iterators' offsets are UTF-16 units (mapped to bytes by `at`), or bytes of ill-formed text.
  const bool utf16 = ToUtf16(text, &br.utf16, &br.byte_at);
  if (utf16) {
    utext_openUChars(&ut, br.utf16.data(), static_cast<int64_t>(br.utf16.size()), &st);
  } else {
    utext_openUTF8(&ut, text.data(), static_cast<int64_t>(text.size()), &st);
  }
  if (U_FAILURE(st)) return;
  const int32_t* const byte_at = br.byte_at.data();
  const auto at = [utf16, byte_at](int32_t i) { return utf16 ? byte_at[i] : i; };
  br.sent->setText(&ut, st);
  if (U_SUCCESS(st)) {
    int32_t a = br.sent->first();
    for (int32_t b = br.sent->next(); b != icu::BreakIterator::DONE; a = b, b = br.sent->next())
      p->sentences.push_back({at(a), at(b)});
  }
  if (p->sentences.empty()) p->sentences.push_back({0, static_cast<int>(text.size())});
  // A wire dateline is a sentence of its own ("NEW YORK (AP) — | Carl Benning, …, will retire").
  if (const int d = WireDatelineEnd(text); d > 0)
    for (size_t i = 0; i < p->sentences.size(); ++i)
      if (p->sentences[i].start < d && d < p->sentences[i].end) {
        p->sentences.insert(p->sentences.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                            {d, p->sentences[i].end});
        p->sentences[i].end = d;
        break;
      }
  st = U_ZERO_ERROR;
  br.word->setText(&ut, st);
  if (U_FAILURE(st)) {
    utext_close(&ut);
    return;
  }
  bool space = false;
  size_t si = 0;
  auto add = [&](int a, int b, int status) {
    TextToken t;
    t.start = a;
    t.end = b;
    t.space_before = space;
    space = false;
    std::string_view w = text.substr(a, b - a);
    // "Nex1", "GPT4o": a token that starts with a letter is a word even with digits in it.
    if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT && !u_isalpha(FirstCp(w))) {
      t.kind = TokenKind::kNumber;
    } else if (status == UBRK_WORD_NONE) {
      t.kind = TokenKind::kPunct;
    } else {
      t.kind = TokenKind::kWord;
    }
    if (t.kind != TokenKind::kPunct) ClassifyToken(w, &t);
    while (si + 1 < p->sentences.size() && a >= p->sentences[si].end) ++si;
    t.sentence = static_cast<int>(si);
    p->tokens.push_back(t);
  };
  int32_t ua = br.word->first();
  for (int32_t ub = br.word->next(); ub != icu::BreakIterator::DONE; ua = ub, ub = br.word->next()) {
    const int32_t a = at(ua), b = at(ub);
    int status = br.word->getRuleStatus();
    if (status == UBRK_WORD_NONE) {
      const auto b0 = static_cast<unsigned char>(text[a]);
      int len;
      if (b0 < 0x80 ? IsAsciiUWhiteSpace(b0)
                    : u_isUWhiteSpace(DecodeAt(text.substr(a, b - a), 0, &len)) != 0) {
        space = true;
        continue;
      }
    }
    // Split words at a middle dot ("슬랙·디스코드"), which UAX 29 keeps inside a word.
    size_t dot;
    int s = a;
    while (status != UBRK_WORD_NONE &&
           (dot = text.substr(s, b - s).find("\xC2\xB7")) != std::string_view::npos) {
      if (dot > 0) add(s, s + static_cast<int>(dot), status);
      add(s + static_cast<int>(dot), s + static_cast<int>(dot) + 2, UBRK_WORD_NONE);
      s += static_cast<int>(dot) + 2;
    }
    if (s < b) {
      // Hangul and Latin written together form one eojeol ("오픈AI의", "GPU가"): merge them.
      if (!space && status != UBRK_WORD_NONE && !p->tokens.empty() &&
          p->tokens.back().kind == TokenKind::kWord && p->tokens.back().end == s &&
          !(status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT)) {
        TextToken& prev = p->tokens.back();
        TextToken probe;
        ClassifyToken(text.substr(s, b - s), &probe);
        if ((prev.has_hangul && (probe.latin || probe.has_hangul)) || (prev.latin && probe.has_hangul)) {
          bool space_before = prev.space_before;
          prev.end = b;
          ClassifyToken(text.substr(prev.start, b - prev.start), &prev);
          prev.space_before = space_before;
          continue;
        }
      }
      add(s, b, status);
    }
  }
  utext_close(&ut);
  // Korean particle stems of every token that ends in a non-ASCII byte (the others have none).
  for (TextToken& t : p->tokens) {
    t.stem_begin = static_cast<int>(p->stems.size());
    if (t.kind == TokenKind::kPunct || static_cast<unsigned char>(text[t.end - 1]) < 0x80) continue;
    std::vector<int> stems = KoreanStemLengths(text.substr(t.start, t.end - t.start));
    p->stems.insert(p->stems.end(), stems.begin(), stems.end());
    t.stem_count = static_cast<int>(stems.size());
  }
}

namespace {

bool UpperAscii(char c) { return c >= 'A' && c <= 'Z'; }

// The end of the dash after byte i (spaces, then "--", "-", an em or en dash, then a space): past the
// space, or 0.
int DashEnd(std::string_view s, size_t i) {
  while (i < s.size() && s[i] == ' ') ++i;
  for (std::string_view d : {"--", "-", "\u2014", "\u2013"})
    if (s.substr(i).starts_with(d))
      return i + d.size() < s.size() && s[i + d.size()] == ' ' ? static_cast<int>(i + d.size() + 1) : 0;
  return 0;
}

// The end of one to three words in capitals opening s ("NEW YORK", "SAN JOSE"), or 0.
size_t CapitalPlaceEnd(std::string_view s) {
  size_t i = 0;
  for (int words = 0; words < 3;) {
    size_t e = i;
    while (e < s.size() && (UpperAscii(s[e]) || s[e] == '.' || s[e] == '-' || s[e] == '\'')) ++e;
    if (e - i < 2 || !UpperAscii(s[i])) return 0;
    ++words;
    i = e;
    if (i + 2 < s.size() && s[i] == ' ' && UpperAscii(s[i + 1]) && UpperAscii(s[i + 2])) {
      ++i;
      continue;
    }
    break;
  }
  return i;
}

// The end of a month and a day opening s and the spaces after them ("Nov 13 ", "March 4 "), or 0.
size_t MonthDayEnd(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && (std::isalpha(static_cast<unsigned char>(s[i])) || s[i] == '.')) ++i;
  if (i < 3 || !UpperAscii(s[0]) || MonthOfName(s.substr(0, i)) == 0 || i >= s.size() || s[i] != ' ')
    return 0;
  size_t d = ++i;
  while (d < s.size() && d - i < 3 && std::isdigit(static_cast<unsigned char>(s[d]))) ++d;
  if (d == i || d - i > 2) return 0;
  while (d < s.size() && s[d] == ' ') ++d;
  return d;
}

}  // namespace

int WireDatelineEnd(std::string_view p) {
  // The agency in brackets: "(Reuters) - " alone, or after a place in capitals and what follows it,
  // or after a month and day alone ("Nov 13 (Reuters) - ").
  const std::string_view head = p.substr(0, 80);
  const size_t open = head.find('('), close = head.find(')');
  if (open != std::string_view::npos && close != std::string_view::npos && open < close &&
      (open == 0 || CapitalPlaceEnd(p) > 0 || MonthDayEnd(p) == open))
    if (const int d = DashEnd(p, close + 1); d > 0) return d;
  // The place in capitals, perhaps a state or a date after a comma, then the dash: "SEOUL, March 3 -- ".
  size_t i = CapitalPlaceEnd(p);
  if (i == 0) return 0;
  if (p.substr(i).starts_with(", ")) {
    size_t e = i + 2;
    while (e < p.size() && e < i + 24 &&
           (std::isalnum(static_cast<unsigned char>(p[e])) || p[e] == '.' || p[e] == ' ' || p[e] == ',') &&
           !p.substr(e).starts_with(" -") && !p.substr(e).starts_with(" \u2014") &&
           !p.substr(e).starts_with(" \u2013"))
      ++e;
    i = e;
  }
  return p.size() > i && p[i] == ' ' ? DashEnd(p, i) : 0;
}

bool AnalysisFits(const ParagraphAnalysis& analysis, std::string_view paragraph) {
  return static_cast<size_t>(analysis.analyzed_bytes) == std::min(paragraph.size(), kMaxAnalyzedBytes);
}

bool HasAnalysis(const Article& article) {
  if (article.analysis.size() != article.paragraphs.size()) return false;
  for (size_t i = 0; i < article.paragraphs.size(); ++i)
    if (!AnalysisFits(article.analysis[i], article.paragraphs[i])) return false;
  return true;
}

namespace {

// The first byte at or after i that is '"', 0xE2 or 0xE3 (p.size() if none): 16 bytes at a time.
size_t NextQuoteLead(std::string_view p, size_t i) {
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"'), e2 = _mm_set1_epi8(static_cast<char>(0xE2)),
                e3 = _mm_set1_epi8(static_cast<char>(0xE3));
  for (; i + 16 <= p.size(); i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p.data() + i));
    const int m = _mm_movemask_epi8(
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, e2)), _mm_cmpeq_epi8(x, e3)));
    if (m != 0) return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(m)));
  }
#endif
  for (; i < p.size(); ++i) {
    const auto c = static_cast<unsigned char>(p[i]);
    if (c == '"' || c == 0xE2 || c == 0xE3) return i;
  }
  return p.size();
}

}  // namespace

std::vector<TextSpan> QuotedSpeech(std::string_view p) {
  std::vector<TextSpan> out;
  bool in = false;
  size_t open = 0;
  for (size_t i = 0; i < p.size();) {
    // Every quote mark starts with '"', 0xE2 (curly) or 0xE3 (CJK corner brackets): skip other
    // bytes without the six comparisons.
    i = NextQuoteLead(p, i);
    if (i >= p.size()) break;
    bool is_open_curly = StartsWith(p, i, "“") || StartsWith(p, i, "「") || StartsWith(p, i, "『");
    bool is_close_curly = StartsWith(p, i, "”") || StartsWith(p, i, "」") || StartsWith(p, i, "』");
    size_t len = (is_open_curly || is_close_curly) ? 3 : 1;
    if (p[i] == '"' || is_open_curly || is_close_curly) {
      if (!in && (p[i] == '"' || is_open_curly)) {
        in = true;
        open = i;
      } else if (in && (p[i] == '"' || is_close_curly)) {
        if (p.substr(open, i - open).find(' ') != std::string_view::npos)
          out.push_back({static_cast<int>(open), static_cast<int>(i + len)});
        in = false;
      }
    }
    i += len;
  }
  return out;
}

namespace {

struct SpeechRow {
  std::string text;
  bool after = false;
};

// The embedded speech table, longest text first; aborts on a malformed embedded table (a test
// reads it).
const std::vector<SpeechRow>& SpeechRows() {
  static const std::vector<SpeechRow>* rows = [] {
    auto* v = new std::vector<SpeechRow>;
    std::string_view rest = EmbeddedSpeechTsv();
    int line_no = 0;
    while (!rest.empty()) {
      size_t nl = rest.find('\n');
      std::string_view line = rest.substr(0, nl);
      rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
      ++line_no;
      if (line.empty() || line[0] == '#') continue;
      size_t t1 = line.find('\t'), t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
      std::string_view side = t2 == std::string_view::npos ? std::string_view() : line.substr(t2 + 1);
      const std::string_view lang = t1 == std::string_view::npos ? std::string_view() : line.substr(0, t1);
      const bool lang_ok =
          lang.size() == 2 && lang[0] >= 'a' && lang[0] <= 'z' && lang[1] >= 'a' && lang[1] <= 'z';
      if (t2 == std::string_view::npos || !lang_ok || t2 == t1 + 1 || (side != "before" && side != "after")) {
        std::fprintf(stderr, "speech table line %d: malformed row\n", line_no);
        std::abort();
      }
      v->push_back({std::string(line.substr(t1 + 1, t2 - t1 - 1)), side == "after"});
    }
    std::stable_sort(v->begin(), v->end(),
                     [](const SpeechRow& a, const SpeechRow& b) { return a.text.size() > b.text.size(); });
    return v;
  }();
  return *rows;
}

// The rows by the first byte of their text, each list longest first, and for each byte of the
// text whether it opens a row in ASCII lower case (with the second bytes of those rows).
struct SpeechRowIndex {
  std::array<std::vector<const SpeechRow*>, 256> by_first;
  std::array<bool, 256> opens{};                      // by any byte of the text: its lower case opens a row
  std::array<std::array<uint64_t, 4>, 256> second{};  // by first byte: bit b when a row goes on with b
  std::array<bool, 256> short_row{};                  // by first byte: a row of one byte opens with it
  // Bit (b0 << 8 | b1) where a cue may start at b1 after b0: b1 opens a row and b0 is no ASCII word
  // character (one table read per byte of the text instead of two tests).
  std::array<uint64_t, 1024> start_pair{};
};

bool AsciiWordChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

const SpeechRowIndex& SpeechRowsByFirstByte() {
  static const auto* index = [] {
    auto* v = new SpeechRowIndex;
    for (const SpeechRow& r : SpeechRows()) {
      const auto first = static_cast<unsigned char>(r.text[0]);
      v->by_first[first].push_back(&r);
      if (r.text.size() < 2) {
        v->short_row[first] = true;
      } else {
        const auto second = static_cast<unsigned char>(r.text[1]);
        v->second[first][second >> 6] |= uint64_t{1} << (second & 63);
      }
    }
    for (int b = 0; b < 256; ++b) {
      const int lower = b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b;
      v->opens[static_cast<size_t>(b)] = !v->by_first[static_cast<size_t>(lower)].empty();
    }
    for (int b0 = 0; b0 < 256; ++b0) {
      if (AsciiWordChar(static_cast<char>(b0))) continue;
      for (int b1 = 0; b1 < 256; ++b1) {
        if (!v->opens[static_cast<size_t>(b1)]) continue;
        const int pair = b0 << 8 | b1;
        v->start_pair[static_cast<size_t>(pair >> 6)] |= uint64_t{1} << (pair & 63);
      }
    }
    return v;
  }();
  return *index;
}

}  // namespace

std::vector<SpeechCue> ReportedSpeechCues(std::string_view p, const std::vector<TextSpan>& quotes) {
  std::vector<SpeechCue> out;
  if (p.empty()) return out;
  // The rows match the text in ASCII lower case; cues never overlap quoted speech or each other.
  const auto fold = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  std::vector<bool> quoted;  // (only for a paragraph with quoted speech)
  if (!quotes.empty()) {
    quoted.assign(p.size(), false);
    for (const TextSpan& q : quotes)
      for (int i = std::max(0, q.start); i < q.end && static_cast<size_t>(i) < quoted.size(); ++i)
        quoted[i] = true;
  }
  size_t cue_end = 0;  // the end of the last cue found (cues are found in text order)
  // One pass over the word starts; the rows that open with the byte there, longest first.
  const SpeechRowIndex& index = SpeechRowsByFirstByte();
  unsigned prev = ' ';  // the byte before f (a space before the paragraph)
  for (size_t f = 0; f < p.size(); prev = static_cast<unsigned char>(p[f]), ++f) {
    const unsigned pair = prev << 8 | static_cast<unsigned char>(p[f]);
    if (!(index.start_pair[pair >> 6] >> (pair & 63) & 1)) continue;
    const auto first = static_cast<unsigned char>(fold(p[f]));
    // (No row goes on with the next byte: only a one-byte row could match here.)
    if (!index.short_row[first]) {
      if (f + 1 >= p.size()) continue;
      const auto second = static_cast<unsigned char>(fold(p[f + 1]));
      if (!(index.second[first][second >> 6] >> (second & 63) & 1)) continue;
    }
    for (const SpeechRow* r : index.by_first[first]) {
      const std::string& t = r->text;
      const size_t e = f + t.size();
      // (The second byte first: most rows that share the first byte differ there.)
      if (e > p.size() || (t.size() > 1 && fold(p[f + 1]) != t[1])) continue;
      size_t k = 2;
      while (k < t.size() && fold(p[f + k]) == t[k]) ++k;
      if (k < t.size() || (e < p.size() && AsciiWordChar(p[e]))) continue;
      if (f < cue_end) continue;
      if (!quoted.empty() && std::any_of(quoted.begin() + static_cast<long>(f),
                                         quoted.begin() + static_cast<long>(e), [](bool b) { return b; }))
        continue;
      cue_end = e;
      out.push_back({{static_cast<int>(f), static_cast<int>(e)}, r->after});
      break;
    }
  }
  return out;
}

bool IsSpeaker(std::string_view p, const std::vector<SpeechCue>& cues, int start, int end) {
  if (start < 0 || end < start || static_cast<size_t>(end) > p.size()) return false;
  // Past an apposition or age after the name: "Harper, 34, said", "Grant, an analyst at X, said".
  size_t after = static_cast<size_t>(end);
  if (StartsWith(p, after, ", ")) {
    size_t close = p.find(", ", after + 2);
    size_t stop = p.find(". ", after);
    if (close != std::string_view::npos && close - after <= 110 &&
        (stop == std::string_view::npos || stop > close))
      after = close + 1;
  }
  while (after < p.size() && p[after] == ' ') ++after;
  size_t before = static_cast<size_t>(start);
  while (before > 0 && p[before - 1] == ' ') --before;
  for (const SpeechCue& c : cues) {
    if (!c.speaker_after && static_cast<size_t>(c.cue.start) == after) {
      // "Gupta said he rejected …": the speaker reports about themself and stays in the clause.
      size_t r = static_cast<size_t>(c.cue.end);
      // "told Reuters that she …": past the listener to the reported clause.
      size_t that = p.find(" that ", r);
      if (that != std::string_view::npos && that - r <= 40 &&
          p.substr(r, that - r).find_first_of(",.;") == std::string_view::npos)
        r = that + 5;
      bool self = false;
      for (std::string_view w : {" he ", " she ", " they ", " he'd ", " she'd ", " he's ", " she's "})
        self = self || StartsWith(p, r, w);
      return !self;
    }
    if (c.speaker_after && static_cast<size_t>(c.cue.end) == before) return true;
    // "said Hollis Grant": a speech verb right before the name, at the end of a clause.
    if (!c.speaker_after && static_cast<size_t>(c.cue.end) == before && c.cue.start > 1 &&
        (p[c.cue.start - 2] == ',' || p[c.cue.start - 2] == '"'))
      return true;
  }
  return false;
}

void IndexMentions(Article* article) {
  if (article->analysis.size() != article->paragraphs.size()) return;
  for (ParagraphAnalysis& a : article->analysis) a.mentions.clear();
  for (size_t ei = 0; ei < article->entities.size(); ++ei) {
    const Entity& e = article->entities[ei];
    for (size_t mi = 0; mi < e.mentions.size(); ++mi) {
      int p = e.mentions[mi].paragraph;
      if (p < 0 || static_cast<size_t>(p) >= article->analysis.size()) continue;
      article->analysis[p].mentions.push_back({static_cast<int>(ei), static_cast<int>(mi)});
    }
  }
}

bool MentionsIndexed(const Article& article) {
  if (!HasAnalysis(article)) return false;
  size_t indexed = 0, total = 0;
  for (const ParagraphAnalysis& a : article.analysis) {
    for (const MentionRef& r : a.mentions)
      if (r.entity < 0 || static_cast<size_t>(r.entity) >= article.entities.size() || r.mention < 0 ||
          static_cast<size_t>(r.mention) >= article.entities[r.entity].mentions.size())
        return false;
    indexed += a.mentions.size();
  }
  for (const Entity& e : article.entities)
    for (const Mention& m : e.mentions)
      total += m.paragraph >= 0 && static_cast<size_t>(m.paragraph) < article.analysis.size();
  return indexed == total;
}

void IndexAmounts(Article* article) {
  if (article->analysis.size() != article->paragraphs.size()) return;
  for (ParagraphAnalysis& a : article->analysis) a.amounts.clear();
  for (size_t i = 0; i < article->money.size(); ++i) {
    int p = article->money[i].paragraph;
    if (p < 0 || static_cast<size_t>(p) >= article->analysis.size()) continue;
    article->analysis[p].amounts.push_back(static_cast<int>(i));
  }
}

}  // namespace hirewire::extract
