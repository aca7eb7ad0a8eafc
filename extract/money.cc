// Money scanner: a hand-written linear scanner over UTF-8 (no regex). It walks the text once,
// stops only at characters that can start a number (ASCII/full-width digits, Hangul and CJK
// numerals, English number words), parses the number with its units, and then looks a few
// characters left and right for the currency, qualifiers, periods, ranges and glosses.
// Work per candidate is bounded by the fixed word lists below, so the whole scan is linear.
#include "extract/money.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>
#include <vector>

#include "corpus/decimal.h"
#include "corpus/text.h"
#include "corpus/tsv.h"
#include "corpus/utf8.h"
#include "extract/analysis.h"
#include "extract/currency_context.h"

namespace hirewire::extract {
namespace {

// ---------------------------------------------------------------------------------------------
// UTF-8 helpers

struct Cp {
  char32_t c = 0;
  int len = 0;  // 0 at end of text
};

inline Cp At(std::string_view s, size_t i) {
  if (i >= s.size()) return {};
  size_t len = 0;
  char32_t c = DecodeUtf8At(s, i, &len);
  return {c, static_cast<int>(len)};
}

// The code point that ends at byte i.
inline Cp Before(std::string_view s, size_t i) {
  if (i == 0 || i > s.size()) return {};
  size_t j = i - 1;
  int n = 0;
  while (j > 0 && n < 3 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) {
    --j;
    ++n;
  }
  Cp cp = At(s, j);
  if (j + cp.len != i) return {0xFFFD, 1};
  return cp;
}

inline bool IsHangul(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }
inline bool IsKana(char32_t c) { return c >= 0x3040 && c <= 0x30FF; }
inline bool IsHan(char32_t c) { return c >= 0x4E00 && c <= 0x9FFF; }
inline bool IsLetterish(char32_t c) { return IsAsciiAlpha(c) || (c >= 0xC0 && c < 0x2000); }

inline int DigitValue(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 0xFF10 && c <= 0xFF19) return static_cast<int>(c - 0xFF10);
  return -1;
}

inline int NumeralValue(char32_t c) {
  switch (c) {
    case U'일':
    case U'一': return 1;
    case U'이':
    case U'二':
    case U'两':
    case U'兩': return 2;
    case U'삼':
    case U'三': return 3;
    case U'사':
    case U'四': return 4;
    case U'오':
    case U'五': return 5;
    case U'육':
    case U'六': return 6;
    case U'칠':
    case U'七': return 7;
    case U'팔':
    case U'八': return 8;
    case U'구':
    case U'九': return 9;
    default: return -1;
  }
}

inline int SmallUnitExp(char32_t c) {
  switch (c) {
    case U'십':
    case U'十':
    case U'拾': return 1;
    case U'백':
    case U'百':
    case U'佰': return 2;
    case U'천':
    case U'千':
    case U'仟': return 3;
    default: return 0;
  }
}

inline int BigUnitExp(char32_t c) {
  switch (c) {
    case U'만':
    case U'万':
    case U'萬': return 4;
    case U'억':
    case U'億':
    case U'亿': return 8;
    case U'조':
    case U'兆': return 12;
    default: return 0;
  }
}

inline bool StartsAt(std::string_view s, size_t i, std::string_view lit) {
  return i <= s.size() && s.size() - i >= lit.size() && s.compare(i, lit.size(), lit) == 0;
}

inline bool StartsAtCI(std::string_view s, size_t i, std::string_view lit) {
  if (i > s.size() || s.size() - i < lit.size()) return false;
  for (size_t k = 0; k < lit.size(); ++k) {
    char a = s[i + k], b = lit[k];
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a + 32);
    if (b >= 'A' && b <= 'Z') b = static_cast<char>(b + 32);
    if (a != b) return false;
  }
  return true;
}

// Bytes of one space at i (ASCII space, NBSP, narrow NBSP), else 0.
inline int SpaceAt(std::string_view s, size_t i) {
  if (i < s.size() && s[i] == ' ') return 1;
  if (StartsAt(s, i, "\xC2\xA0")) return 2;
  if (StartsAt(s, i, "\xE2\x80\xAF")) return 3;
  return 0;
}
inline int SpaceBefore(std::string_view s, size_t i) {
  if (i >= 1 && s[i - 1] == ' ') return 1;
  if (i >= 2 && s.compare(i - 2, 2, "\xC2\xA0") == 0) return 2;
  if (i >= 3 && s.compare(i - 3, 3, "\xE2\x80\xAF") == 0) return 3;
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Word lists

enum WordFlag : unsigned {
  kCI = 1,            // ASCII case-insensitive; needs ASCII word boundaries
  kHangulEnd = 2,     // a Hangul word: the next syllable must be a particle or nothing
  kEuro = 4,          // German/French currency word: "25.000 Dollar" has a thousands dot
  kNeedScale = 8,     // "pounds": money only after million/billion ("45 pounds" is weight)
  kCents = 16,        // minor unit: value / 100
  kAttached = 32,     // only directly after the digits ("50p")
  kHangulStart = 64,  // a Hangul word: the previous character must not be Hangul
};

struct CurWord {
  std::string text;
  std::string iso;  // "¥" = JPY or CNY by language
  unsigned flags;
};

// The currency words of extract/data/currency_words.tsv (compiled in), split by position.
struct CurrencyWords {
  std::vector<CurWord> suffixes;  // after the number ("1억 달러", "5 million dollars", "3億円")
  std::vector<CurWord> prefixes;  // before it ("$5", "US$20 million", "人民币 5亿元", "미화 20억 달러")
  // Words earlier in the sentence that make a bare European-scaled amount money in the page's
  // currency ("un paquete de ayudas de 3.000 millones"); ASCII-lower-cased.
  std::vector<std::string> cues;
  // Chinese/Japanese pay words ("年薪", "月給"): a bare 万/億 or k/w figure just after one is pay
  // in the page's currency ("年薪 250万").
  std::vector<std::string> pay;
  // Counters that make such a figure a count ("年薪30万的人有300万人"), right after the number.
  std::vector<std::string> counters;
  // Words after a bare scaled amount that let it take the paragraph's currency ("3,9 milliards
  // en 2024"); a noun there names what is counted ("3 millions d'habitants").
  std::vector<std::string> carry;
  // Words written after the opening parenthesis of a gloss, before its amount, naming the currency the amount
  // before is converted into ("300만 달러(한화 약 41억원)", "(원화 약 41억원)").
  std::vector<std::string> gloss;
  Status status;
};

Result<unsigned> ParseWordFlags(std::string_view field) {
  static constexpr std::pair<std::string_view, unsigned> kNames[] = {{"ci", kCI},
                                                                     {"hangul_end", kHangulEnd},
                                                                     {"euro", kEuro},
                                                                     {"need_scale", kNeedScale},
                                                                     {"cents", kCents},
                                                                     {"attached", kAttached},
                                                                     {"hangul_start", kHangulStart}};
  unsigned flags = 0;
  if (field == "-") return flags;
  while (!field.empty()) {
    size_t comma = field.find(',');
    std::string_view name = field.substr(0, comma);
    bool known = false;
    for (const auto& [n, f] : kNames)
      if (n == name) flags |= f, known = true;
    if (!known) return Status::InvalidArgument("unknown flag '" + std::string(name) + "'");
    field = comma == std::string_view::npos ? std::string_view() : field.substr(comma + 1);
  }
  return flags;
}

CurrencyWords ParseCurrencyWords(std::string_view tsv) {
  CurrencyWords out;
  out.status =
      ForEachTsvRow(tsv, "currency_words.tsv", TsvHeader::kSkip, [&](const std::vector<std::string>& f, int) {
        if (f.size() != 6 || f[1].empty() || f[2].empty())
          return Status::InvalidArgument("expected 6 tab-separated fields");
        Result<unsigned> flags = ParseWordFlags(f[3]);
        if (!flags.ok()) return flags.status();
        CurWord w{f[1], f[2], *flags};
        if (f[0] == "suffix") {
          out.suffixes.push_back(std::move(w));
        } else if (f[0] == "prefix") {
          out.prefixes.push_back(std::move(w));
        } else if (f[0] == "cue") {
          out.cues.push_back(AsciiLower(w.text));
        } else if (f[0] == "pay") {
          out.pay.push_back(std::move(w.text));
        } else if (f[0] == "counter") {
          out.counters.push_back(std::move(w.text));
        } else if (f[0] == "carry") {
          out.carry.push_back(std::move(w.text));
        } else if (f[0] == "gloss") {
          out.gloss.push_back(std::move(w.text));
        } else {
          return Status::InvalidArgument(
              "position must be prefix, suffix, cue, pay, counter, carry or gloss");
        }
        return Status::Ok();
      });
  return out;
}

const CurrencyWords& Words() {
  static const CurrencyWords* words = new CurrencyWords(ParseCurrencyWords(EmbeddedCurrencyWordsTsv()));
  return *words;
}

enum class Kind { kNone, kExact, kApprox, kUpper, kLower };

struct QualWord {
  std::string_view text;
  Kind kind;
  unsigned flags;
};

// Immediately before the amount (one space allowed between).
constexpr QualWord kPreQualifiers[] = {
    {"약", Kind::kApprox, kHangulStart},
    {"대략", Kind::kApprox, kHangulStart},
    {"최대", Kind::kUpper, kHangulStart},
    {"최고", Kind::kUpper, kHangulStart},
    {"최소", Kind::kLower, kHangulStart},
    {"적어도", Kind::kLower, kHangulStart},
    {"about", Kind::kApprox, kCI},
    {"around", Kind::kApprox, kCI},
    {"approximately", Kind::kApprox, kCI},
    {"roughly", Kind::kApprox, kCI},
    {"nearly", Kind::kApprox, kCI},
    {"almost", Kind::kApprox, kCI},
    {"an estimated", Kind::kApprox, kCI},
    {"some", Kind::kApprox, kCI},
    {"up to", Kind::kUpper, kCI},
    {"as much as", Kind::kUpper, kCI},
    {"as high as", Kind::kUpper, kCI},
    {"under", Kind::kUpper, kCI},
    {"less than", Kind::kUpper, kCI},
    {"below", Kind::kUpper, kCI},
    {"no more than", Kind::kUpper, kCI},
    {"at most", Kind::kUpper, kCI},
    {"no less than", Kind::kLower, kCI},
    {"not less than", Kind::kLower, kCI},
    {"more than", Kind::kLower, kCI},
    {"over", Kind::kLower, kCI},
    {"at least", Kind::kLower, kCI},
    {"upwards of", Kind::kLower, kCI},
    {"in excess of", Kind::kLower, kCI},
    {"north of", Kind::kLower, kCI},
    {"start at", Kind::kLower, kCI},
    {"starts at", Kind::kLower, kCI},
    {"starting at", Kind::kLower, kCI},
    {"starting from", Kind::kLower, kCI},
    {"約", Kind::kApprox, 0},
    {"约", Kind::kApprox, 0},
    {"約合", Kind::kApprox, 0},
    {"约合", Kind::kApprox, 0},
    {"大約", Kind::kApprox, 0},
    {"大约", Kind::kApprox, 0},
    {"およそ", Kind::kApprox, 0},
    {"最大", Kind::kUpper, 0},
    {"最高", Kind::kUpper, 0},
    {"最高可达", Kind::kUpper, 0},
    {"最高可達", Kind::kUpper, 0},
    {"最多", Kind::kUpper, 0},
    {"不到", Kind::kUpper, 0},
    {"最低", Kind::kLower, 0},
    {"至少", Kind::kLower, 0},
    {"少なくとも", Kind::kLower, 0},
    {"超过", Kind::kLower, 0},
    {"超過", Kind::kLower, 0},
    {"逾", Kind::kLower, 0},
    {"超", Kind::kLower, 0},
    {"过", Kind::kLower, 0},
    {"過", Kind::kLower, 0},
    {"高达", Kind::kNone, 0},
    {"高達", Kind::kNone, 0},
    {"rund", Kind::kApprox, kCI},
    {"etwa", Kind::kApprox, kCI},
    {"ungefähr", Kind::kApprox, kCI},
    {"knapp", Kind::kApprox, kCI},
    {"fast", Kind::kApprox, kCI},
    {"bis zu", Kind::kUpper, kCI},
    {"höchstens", Kind::kUpper, kCI},
    {"weniger als", Kind::kUpper, kCI},
    {"unter", Kind::kUpper, kCI},
    {"über", Kind::kLower, kCI},
    {"mehr als", Kind::kLower, kCI},
    {"mindestens", Kind::kLower, kCI},
    {"environ", Kind::kApprox, kCI},
    {"près de", Kind::kApprox, kCI},
    {"quelque", Kind::kApprox, kCI},
    {"jusqu'à", Kind::kUpper, kCI},
    {"jusqu’à", Kind::kUpper, kCI},
    {"moins de", Kind::kUpper, kCI},
    {"plus de", Kind::kLower, kCI},
    {"au moins", Kind::kLower, kCI},
    {"unos", Kind::kApprox, kCI},
    {"unas", Kind::kApprox, kCI},
    {"cerca de", Kind::kApprox, kCI},
    {"alrededor de", Kind::kApprox, kCI},
    {"casi", Kind::kApprox, kCI},
    {"hasta", Kind::kUpper, kCI},
    {"menos de", Kind::kUpper, kCI},
    {"más de", Kind::kLower, kCI},
    {"al menos", Kind::kLower, kCI},
};

// Immediately after the amount (one space allowed between).
constexpr QualWord kPostQualifiers[] = {
    {"이상", Kind::kLower, 0},      {"이하", Kind::kUpper, 0},      {"초과", Kind::kLower, 0},
    {"미만", Kind::kUpper, 0},      {"가량", Kind::kApprox, 0},     {"쯤", Kind::kApprox, 0},
    {"정도", Kind::kApprox, 0},     {"안팎", Kind::kApprox, 0},     {"내외", Kind::kApprox, 0},
    {"남짓", Kind::kApprox, 0},     {"을 넘는", Kind::kLower, 0},   {"를 넘는", Kind::kLower, 0},
    {"을 넘어", Kind::kLower, 0},   {"를 넘어", Kind::kLower, 0},   {"을 넘었", Kind::kLower, 0},
    {"를 넘었", Kind::kLower, 0},   {"이 넘는", Kind::kLower, 0},   {"가 넘는", Kind::kLower, 0},
    {"넘게", Kind::kLower, 0},      {"을 돌파", Kind::kLower, 0},   {"를 돌파", Kind::kLower, 0},
    {"을 웃도는", Kind::kLower, 0}, {"를 웃도는", Kind::kLower, 0}, {"에 달하는", Kind::kExact, 0},
    {"에 달한", Kind::kExact, 0},   {"에 이르는", Kind::kExact, 0}, {"에 육박", Kind::kApprox, 0},
    {"or more", Kind::kLower, kCI}, {"-plus", Kind::kLower, kCI},   {"plus", Kind::kLower, kCI},
    {"+", Kind::kLower, 0},         {"or so", Kind::kApprox, kCI},  {"or less", Kind::kUpper, kCI},
    {"以上", Kind::kLower, 0},      {"超", Kind::kLower, 0},        {"を超える", Kind::kLower, 0},
    {"を超え", Kind::kLower, 0},    {"超え", Kind::kLower, 0},      {"未満", Kind::kUpper, 0},
    {"以下", Kind::kUpper, 0},      {"程度", Kind::kApprox, 0},     {"前後", Kind::kApprox, 0},
    {"近く", Kind::kApprox, 0},     {"余り", Kind::kLower, 0},      {"左右", Kind::kApprox, 0},
    {"上下", Kind::kApprox, 0},     {"多", Kind::kLower, 0},        {"余", Kind::kLower, 0},
};

struct PeriodWord {
  std::string_view text;
  std::string_view period;
  bool adjacent_only;  // must touch the amount (one space allowed)
  unsigned flags;
};

// Looked up in a short window before the amount (the same clause).
constexpr PeriodWord kPrePeriods[] = {
    {"연봉", "annual", false, 0},
    {"연간", "annual", false, 0},
    {"매년", "annual", false, 0},
    {"해마다", "annual", false, 0},
    {"초봉", "annual", false, 0},
    {"연", "annual", true, kHangulStart},
    {"월급", "monthly", false, 0},
    {"매월", "monthly", false, 0},
    {"매달", "monthly", false, 0},
    {"월", "monthly", true, kHangulStart},
    {"시급", "hourly", false, 0},
    {"시간당", "hourly", false, 0},
    {"첫 해", "first_year", false, 0},
    {"첫해", "first_year", false, 0},
    {"1년 차", "first_year", false, 0},
    {"1년차", "first_year", false, 0},
    {"총", "total", true, kHangulStart},
    {"年収", "annual", false, 0},
    {"年間", "annual", false, 0},
    {"年俸", "annual", false, 0},
    {"年薪", "annual", false, 0},
    {"每年", "annual", false, 0},
    {"月給", "monthly", false, 0},
    {"月薪", "monthly", false, 0},
    {"月収", "monthly", false, 0},
    {"每月", "monthly", false, 0},
    {"時給", "hourly", false, 0},
    {"时薪", "hourly", false, 0},
    {"時薪", "hourly", false, 0},
    {"初年度", "first_year", false, 0},
    {"第一年", "first_year", false, 0},
    {"首年", "first_year", false, 0},
    {"salary", "annual", false, kCI},
    {"first-year", "first_year", false, kCI},
    {"first year", "first_year", false, kCI},
};

// Right after the amount.
constexpr PeriodWord kPostPeriods[] = {
    {"a year", "annual", true, kCI},       {"per year", "annual", true, kCI},
    {"per annum", "annual", true, kCI},    {"annually", "annual", true, kCI},
    {"each year", "annual", true, kCI},    {"a month", "monthly", true, kCI},
    {"per month", "monthly", true, kCI},   {"an hour", "hourly", true, kCI},
    {"per hour", "hourly", true, kCI},     {"a share", "per_share", true, kCI},
    {"per share", "per_share", true, kCI}, {"in the first year", "first_year", true, kCI},
    {"/year", "annual", true, kCI},        {"/yr", "annual", true, kCI},
    {"/month", "monthly", true, kCI},      {"/mo", "monthly", true, kCI},
    {"/hour", "hourly", true, kCI},        {"/hr", "hourly", true, kCI},
    {"/share", "per_share", true, kCI},
};

constexpr std::string_view kSmallNumberWords[] = {"zero",    "one",     "two",       "three",    "four",
                                                  "five",    "six",     "seven",     "eight",    "nine",
                                                  "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                                  "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::string_view kTensWords[] = {"",      "",      "twenty",  "thirty", "forty",
                                           "fifty", "sixty", "seventy", "eighty", "ninety"};

struct ScaleWord {
  std::string_view text;
  int exp;
  bool attached_only;  // single letters: "$5m" but not "5 m"
  bool european;
  bool before_symbol = false;  // French "19,6 M€", "2 G$", "50 k€": only right before a currency sign
};
constexpr ScaleWord kScales[] = {
    {"thousand", 3, false, false},
    {"million", 6, false, false},
    {"millions", 6, false, false},
    {"billion", 9, false, false},
    {"billions", 9, false, false},
    {"trillion", 12, false, false},
    {"mn", 6, false, false},
    {"mln", 6, false, false},
    {"bn", 9, false, false},
    {"tn", 12, false, false},
    {"trn", 12, false, false},
    {"k", 3, true, false},
    {"m", 6, true, false},
    {"b", 9, true, false},
    {"lakh", 5, false, false},
    {"lakhs", 5, false, false},
    {"crore", 7, false, false},
    {"crores", 7, false, false},
    {"Mrd.", 9, false, true},
    {"Mrd", 9, false, true},
    {"Mio.", 6, false, true},
    {"Mio", 6, false, true},
    {"Milliarden", 9, false, true},
    {"Millionen", 6, false, true},
    {"milliards", 9, false, true},
    {"milliard", 9, false, true},
    {"millones", 6, false, true},
    {"millón", 6, false, true},
    {"mil millones", 9, false, true},
    {"millardos", 9, false, true},
    {"billones", 12, false, true},
    {"billón", 12, false, true},
    {"millioner", 6, false, true},
    {"milliarder", 9, false, true},
    {"miljoner", 6, false, true},
    {"miljarder", 9, false, true},
    {"mia.", 9, false, true},
    {"mrd.", 9, false, true},
    {"Milliarde", 9, false, true},
    {"Million", 6, false, true},
    {"Billionen", 12, false, true},
    {"mil", 3, false, true},
    {"mille", 3, false, true},
    {"w", 4, true, false},  // Chinese forum shorthand for 万: "80-120w"
    {"M", 6, false, true, true},
    {"G", 9, false, true, true},
    {"Md", 9, false, true, true},
    {"Mds", 9, false, true, true},
    {"k", 3, false, true, true},
};

// The currency signs a before_symbol scale must touch.
bool CurrencySignAt(std::string_view s, size_t i) {
  for (std::string_view sign : {"€", "$", "£", "¥"})
    if (StartsAt(s, i, sign)) return true;
  return false;
}

// Syllables that may follow a Hangul currency word ("원을", "달러씩", "원가량", "달러화").
bool IsParticleStart(char32_t c) {
  switch (c) {
    case U'을':
    case U'를':
    case U'이':
    case U'가':
    case U'은':
    case U'는':
    case U'의':
    case U'에':
    case U'로':
    case U'으':
    case U'와':
    case U'과':
    case U'도':
    case U'만':
    case U'씩':
    case U'쯤':
    case U'까':
    case U'대':
    case U'선':
    case U'화':
    case U'어':
    case U'짜':
    case U'상':
    case U'규':
    case U'정':
    case U'안':
    case U'미':
    case U'초':
    case U'밖':
    case U'뿐':
    case U'보':
    case U'부':
    case U'였':
    case U'라':
    case U'내':
    case U'남':
    case U'넘':
    case U'씨':
    case U'며':
    case U'고':
    case U'나':
    case U'면':
    case U'다':
    case U'인':
    case U'입':
    case U'임':
    case U'권':
    case U'당': return true;
    default: return false;
  }
}

// Checks the boundary conditions of a word that occupies [b, e).
bool WordBoundaryOk(std::string_view s, size_t b, size_t e, std::string_view text, unsigned flags) {
  if (flags & kCI) {
    unsigned char first = static_cast<unsigned char>(text.front());
    unsigned char last = static_cast<unsigned char>(text.back());
    if (IsAsciiAlnum(first) && IsAsciiAlpha(Before(s, b).c)) return false;
    if (IsAsciiAlnum(last) && IsAsciiAlpha(At(s, e).c)) return false;
  }
  if (flags & kHangulEnd) {
    Cp n = At(s, e);
    if (IsHangul(n.c) && !IsParticleStart(n.c)) return false;
  }
  if (flags & kHangulStart) {
    if (IsHangul(Before(s, b).c)) return false;
  }
  return true;
}

bool MatchAt(std::string_view s, size_t i, std::string_view text, unsigned flags) {
  bool m = (flags & kCI) ? StartsAtCI(s, i, text) : StartsAt(s, i, text);
  return m && WordBoundaryOk(s, i, i + text.size(), text, flags);
}

bool MatchEndingAt(std::string_view s, size_t e, std::string_view text, unsigned flags) {
  if (e < text.size()) return false;
  return MatchAt(s, e - text.size(), text, flags);
}

// A small sorted set of code points: the first (or last) characters of a word list, so that
// a candidate position is rejected with one binary search instead of a scan of the list.
struct CodePointSet {
  std::vector<char32_t> cps;
  bool Has(char32_t c) const { return std::binary_search(cps.begin(), cps.end(), c); }
};

CodePointSet EdgeCodePoints(const std::vector<CurWord>& words, bool last) {
  CodePointSet set;
  for (const CurWord& w : words) {
    std::string_view t = w.text;
    char32_t c = last ? Before(t, t.size()).c : At(t, 0).c;
    set.cps.push_back(c);
    if (c >= 'a' && c <= 'z') set.cps.push_back(c - 32);
    if (c >= 'A' && c <= 'Z') set.cps.push_back(c + 32);
  }
  std::sort(set.cps.begin(), set.cps.end());
  set.cps.erase(std::unique(set.cps.begin(), set.cps.end()), set.cps.end());
  return set;
}

// ---------------------------------------------------------------------------------------------
// Numbers

struct Num {
  size_t start = 0, end = 0;
  Fixed value;
  bool ok = false;
  bool overflow = false;
  int top_exp = -1;          // exponent of the largest unit (CJK big unit or scale word); -1 none
  bool has_unit = false;     // any CJK unit or scale word
  bool big_unit = false;     // a CJK 만/억/조 unit
  bool hangul = false;       // begins with a Hangul numeral or unit
  bool cjk_numeral = false;  // begins with a CJK numeral or unit
  bool dot3 = false;         // "25.000" / "1,762": one separator then exactly three digits
  Fixed dot3_value;          // the value under the European reading (dot = thousands, comma = decimal)
  bool yeo = false;          // "1억여"
  bool word = false;         // spelled English number
  bool european_scale = false;
  bool shorthand = false;  // a one-letter scale glued to the digits ("25k", "80w", "$5m")
  bool mil = false;        // Spanish/Portuguese "mil" (thousand), English slang for million
};

// The digit groups of a run at i: "1,234.56" is three groups (1 / ,234 / .56), each with its
// separator; "600 000" and "90'000" are one group (spaced thousands after a first group of <= 3).
struct DigitGroups {
  struct Grp {
    size_t start, end;
    int ndig;
    char sep;
  };
  std::array<Grp, 12> g{};
  int ng = 0;
  size_t end = 0;
};

// Bytes of a digit-group space at q: space, NBSP, narrow NBSP, thin space, apostrophe, ’.
size_t GroupSpaceAt(std::string_view s, size_t q) {
  for (std::string_view sp : {" ", "\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x89", "'", "\xE2\x80\x99"})
    if (StartsAt(s, q, sp)) return sp.size();
  return 0;
}

DigitGroups ReadDigitGroups(std::string_view s, size_t i) {
  DigitGroups d;
  size_t p = i;
  auto read_group = [&](char sep) {
    DigitGroups::Grp gr{p, p, 0, sep};
    for (;;) {
      Cp c = At(s, p);
      if (c.len == 0 || DigitValue(c.c) < 0) break;
      p += c.len;
      ++gr.ndig;
    }
    // "600 000 euros", "90'000 Franken", "1 398,69 euros": groups of three after a space or an
    // apostrophe belong to the first group (never after a comma/dot group, never after 4+ digits).
    if (sep == 0 && gr.ndig <= 3) {
      for (;;) {
        size_t w = GroupSpaceAt(s, p);
        if (w == 0) break;
        size_t q = p + w;
        int nd = 0;
        while (nd < 4 && q + nd < s.size() && s[q + nd] >= '0' && s[q + nd] <= '9') ++nd;
        if (nd != 3) break;
        p = q + 3;
        gr.ndig += 3;
      }
    }
    gr.end = p;
    d.g[d.ng++] = gr;
  };
  read_group(0);
  while (d.ng < static_cast<int>(d.g.size()) && p + 1 < s.size() && (s[p] == ',' || s[p] == '.') &&
         DigitValue(At(s, p + 1).c) >= 0) {
    char sep = s[p];
    ++p;
    read_group(sep);
  }
  d.end = p;
  return d;
}

// Reads a digit run with separators at i. Returns false for malformed runs (dates, versions);
// *end is then the end of the run so the caller can skip it.
bool ParseDigits(std::string_view s, size_t i, Fixed* out, size_t* end, bool* overflow, bool* dot3,
                 Fixed* dot3_value) {
  const DigitGroups d = ReadDigitGroups(s, i);
  const auto& g = d.g;
  const int ng = d.ng;
  const size_t p = d.end;
  *end = p;
  *overflow = false;
  *dot3 = false;
  int commas = 0, dots = 0;
  for (int k = 1; k < ng; ++k) (g[k].sep == ',' ? commas : dots)++;

  auto digits_of = [&](int from, int to, std::string* out_str) {
    for (int k = from; k < to; ++k)
      for (size_t q = g[k].start; q < g[k].end;) {
        Cp c = At(s, q);
        if (DigitValue(c.c) >= 0) out_str->push_back(static_cast<char>('0' + DigitValue(c.c)));
        q += std::max<size_t>(c.len, 1);
      }
  };
  auto all3 = [&](int from, int to) {
    for (int k = from; k < to; ++k)
      if (g[k].ndig != 3) return false;
    return g[0].ndig <= 3;
  };
  std::string ip, fp;
  if (commas == 0 && dots == 0) {
    digits_of(0, 1, &ip);
  } else if (dots == 0) {
    if (all3(1, ng)) {
      digits_of(0, ng, &ip);
      if (commas == 1) {  // "1,762": thousands in English, 1.762 in German/French
        std::string alt;
        digits_of(0, 1, &alt);
        alt.push_back('.');
        digits_of(1, 2, &alt);
        *dot3 = ParseFixed(alt, dot3_value);
      }
    } else if (commas == 1 && g[1].ndig <= 2) {
      digits_of(0, 1, &ip);
      digits_of(1, 2, &fp);
    } else {  // "1,23": stop before the first comma
      digits_of(0, 1, &ip);
      *end = g[0].end;
    }
  } else if (commas == 0) {
    if (dots == 1) {
      digits_of(0, 1, &ip);
      digits_of(1, 2, &fp);
      if (g[1].ndig == 3 && g[0].ndig <= 3) {
        *dot3 = true;
        std::string alt;
        digits_of(0, 2, &alt);
        if (!ParseFixed(alt, dot3_value)) *dot3 = false;
      }
    } else if (all3(1, ng)) {
      digits_of(0, ng, &ip);
    } else {
      return false;  // 2024.02.27, 3.5.1
    }
  } else {
    char last = g[ng - 1].sep;
    for (int k = 1; k < ng - 1; ++k)
      if (g[k].sep == last) return false;
    if (!all3(1, ng - 1)) return false;
    digits_of(0, ng - 1, &ip);
    digits_of(ng - 1, ng, &fp);
  }
  if (fp.size() > static_cast<size_t>(kFixedDigits)) return false;
  size_t nz = ip.find_first_not_of('0');
  if (nz != std::string::npos && ip.size() - nz > 24) {
    *overflow = true;
    return true;
  }
  std::string all = ip.empty() ? "0" : ip;
  if (!fp.empty()) all += "." + fp;
  if (!ParseFixed(all, out)) *overflow = true;
  return true;
}

// Parses a spelled English number (one..ninety-nine) at i; returns its value or -1.
int ParseNumberWord(std::string_view s, size_t i, size_t* end) {
  auto word_at = [&](size_t p, std::string_view w) {
    return StartsAtCI(s, p, w) && !IsAsciiAlpha(At(s, p + w.size()).c);
  };
  for (int t = 2; t < 10; ++t) {
    if (word_at(i, kTensWords[t])) {
      size_t p = i + kTensWords[t].size();
      if (p < s.size() && s[p] == '-')
        for (int u = 1; u < 10; ++u)
          if (word_at(p + 1, kSmallNumberWords[u])) {
            *end = p + 1 + kSmallNumberWords[u].size();
            return t * 10 + u;
          }
      *end = p;
      return t * 10;
    }
  }
  for (int u = 1; u < 20; ++u)
    if (word_at(i, kSmallNumberWords[u])) {
      *end = i + kSmallNumberWords[u].size();
      return u;
    }
  return -1;
}

bool StartsNumeral(char32_t c) { return NumeralValue(c) > 0 || SmallUnitExp(c) > 0; }

// One section of a CJK-style number: "2500", "오천", "三千", "5천", "250百". Returns false when
// nothing was read.
bool ParseSection(std::string_view s, size_t i, Fixed* out, size_t* end, bool* overflow, bool* any_unit,
                  bool* dot3, Fixed* dot3_value) {
  Fixed sec{};
  std::optional<Fixed> cur;
  int last_small = 4;
  size_t p = i;
  bool any = false;
  const bool digit_led = DigitValue(At(s, i).c) >= 0;  // "5천" vs "오천": scripts do not mix
  for (;;) {
    Cp c = At(s, p);
    if (c.len == 0) break;
    if (!cur && DigitValue(c.c) >= 0 && (digit_led || !any)) {
      Fixed v;
      size_t e;
      bool of = false, d3 = false;
      Fixed d3v;
      if (!ParseDigits(s, p, &v, &e, &of, &d3, &d3v)) {
        *end = e;
        return false;
      }
      if (of) *overflow = true;
      if (!any) {
        *dot3 = d3;
        *dot3_value = d3v;
      }
      cur = v;
      p = e;
      any = true;
      continue;
    }
    int nv = NumeralValue(c.c);
    if (!cur && nv > 0 && !digit_led) {
      Fixed v;
      FixedFromInt(static_cast<unsigned long long>(nv), &v);
      cur = v;
      p += c.len;
      any = true;
      continue;
    }
    int se = SmallUnitExp(c.c);
    if (se > 0 && se < last_small) {
      Fixed base = cur ? *cur : Fixed{};
      if (!cur) FixedFromInt(1, &base);
      Fixed m;
      if (!FixedMulPow10(base, se, &m) || !FixedAdd(sec, m, &sec)) *overflow = true;
      cur.reset();
      last_small = se;
      *any_unit = true;
      *dot3 = false;
      p += c.len;
      any = true;
      continue;
    }
    break;
  }
  if (!any) return false;
  // Chinese "三千五" is 3500: a last numeral right after 百/千 counts in the next lower place.
  if (cur && !digit_led && IsHan(At(s, i).c) && last_small >= 2 && last_small < 4 &&
      NumeralValue(Before(s, p).c) > 0 && SmallUnitExp(Before(s, p - Before(s, p).len).c) == last_small) {
    Fixed scaled;
    if (FixedMulPow10(*cur, last_small - 1, &scaled)) cur = scaled;
  }
  if (cur && !FixedAdd(sec, *cur, &sec)) *overflow = true;
  *out = sec;
  *end = p;
  return true;
}

bool MatchSuffixWord(std::string_view s, size_t p, bool scaled, const CurWord** which, size_t* end);

// The sections read so far of a CJK-style number ("1억 2500만"): their sum and the exponent of
// the last big unit (99 before the first).
struct SectionSum {
  Fixed total{};
  int last_big = 99;
  bool first_section = true;
};

// After a section at `sec_start` ending at *e: steps over one space before a Han big unit
// ("2000 萬美元", "5321 萬元") and over 여/多 (= "some") before a big unit ("9000여만원",
// "30多萬"). Returns the code point at the new *e.
Cp StepToBigUnit(std::string_view s, size_t sec_start, size_t* e, Num* n) {
  Cp u = At(s, *e);
  if (u.c == ' ' && DigitValue(At(s, sec_start).c) >= 0 && IsHan(At(s, *e + 1).c) &&
      BigUnitExp(At(s, *e + 1).c) > 0) {
    *e += 1;
    u = At(s, *e);
  }
  if ((u.c == U'여' || u.c == U'多') && BigUnitExp(At(s, *e + u.len).c) > 0) {
    n->yeo = true;
    *e += u.len;
    u = At(s, *e);
  }
  return u;
}

// Multiplies the section `sec` by the big unit `u` (exponent be) at e, with a following bigger
// unit (万亿 = 10^12) outside Hangul; adds it to the sum. Returns the end of the unit(s).
size_t ApplyBigUnit(std::string_view s, size_t e, Cp u, int be, const Fixed& sec, SectionSum* sum, Num* n) {
  size_t q = e + u.len;
  Cp u2 = At(s, q);
  int be2 = BigUnitExp(u2.c);
  if (be2 > be && be + be2 < sum->last_big && !n->hangul) {
    be += be2;
    q += u2.len;
  }
  Fixed m;
  if (!FixedMulPow10(sec, be, &m) || !FixedAdd(sum->total, m, &sum->total)) n->overflow = true;
  if (sum->first_section) n->top_exp = be;
  n->has_unit = n->big_unit = true;
  n->dot3 = false;
  sum->last_big = be;
  sum->first_section = false;
  return q;
}

// After a big unit ending at *p: true when another section follows, glued ("1억2500만",
// "1만30원", "8만6천"), or after one space when it ends in a smaller big unit ("2억 5천만") or
// right before a currency word ("1억 2500 달러"); *p then moves to its start. A lone numeral
// syllable is a particle ("1억이"), not a section. Chinese "四萬五" (45,000: one numeral right
// after the big unit counts in the next lower place) is added here and ends the number.
bool NextSectionFollows(std::string_view s, size_t* p, SectionSum* sum, Num* n) {
  int sp = SpaceAt(s, *p);
  Cp nx = At(s, *p + sp);
  if (!(DigitValue(nx.c) >= 0 || StartsNumeral(nx.c))) return false;
  Fixed sec2;
  size_t e2;
  bool of2 = false, au2 = false, d32 = false;
  Fixed d3v2;
  if (!ParseSection(s, *p + sp, &sec2, &e2, &of2, &au2, &d32, &d3v2)) return false;
  int be3 = BigUnitExp(At(s, e2).c);
  const CurWord* w;
  size_t we;
  bool digit_start = DigitValue(nx.c) >= 0;
  bool accept = (be3 > 0 && be3 < sum->last_big && (digit_start || au2 || sp == 0)) ||
                (be3 == 0 && sp == 0 && (digit_start || au2)) ||
                (be3 == 0 && sp > 0 && MatchSuffixWord(s, e2, false, &w, &we));
  if (accept) {
    *p += sp;
    return true;
  }
  if (n->cjk_numeral && sp == 0 && be3 == 0 && !au2 && NumeralValue(nx.c) > 0 && e2 == *p + nx.len &&
      BigUnitExp(At(s, e2).c) == 0) {
    Fixed m;
    if (!FixedMulPow10(sec2, sum->last_big - 1, &m) || !FixedAdd(sum->total, m, &sum->total))
      n->overflow = true;
    *p = e2;
  }
  return false;
}

// The sections and big units of a digit or CJK number from i ("1억2500만", "三千五百万", "2,500").
// Returns false when not even a first section was read (n->end is then where to skip to);
// else *end is where the number ends and n->value its value.
bool ParseSections(std::string_view s, size_t i, Num* n, size_t* end) {
  SectionSum sum;
  size_t p = i;
  for (;;) {
    Fixed sec;
    size_t e;
    bool any_unit = false, d3 = false;
    Fixed d3v;
    size_t sec_start = p;
    if (!ParseSection(s, p, &sec, &e, &n->overflow, &any_unit, &d3, &d3v)) {
      if (sum.first_section) {
        n->end = e > i ? e : i + std::max(At(s, i).len, 1);
        return false;
      }
      p = sec_start;
      break;
    }
    if (any_unit) n->has_unit = true;
    if (sum.first_section) {
      n->dot3 = d3;
      n->dot3_value = d3v;
    }
    Cp u = StepToBigUnit(s, sec_start, &e, n);
    int be = BigUnitExp(u.c);
    if (be > 0 && be < sum.last_big) {
      p = ApplyBigUnit(s, e, u, be, sec, &sum, n);
      if (At(s, p).c == U'여') {  // 1억여 원
        n->yeo = true;
        p += 3;
        break;
      }
      if (NextSectionFollows(s, &p, &sum, n)) continue;
      break;
    }
    // A section without a big unit ends the number.
    if (!FixedAdd(sum.total, sec, &sum.total)) n->overflow = true;
    p = e;
    break;
  }
  n->value = sum.total;
  *end = p;
  return true;
}

// "10^40": a power of ten written with a caret right after the "10" at i; moves *p past it.
void ApplyCaretPower(std::string_view s, size_t i, Num* n, size_t* p) {
  size_t at = *p;
  if (!(at + 1 < s.size() && s[at] == '^' && IsAsciiDigit(s[at + 1]) && at - i == 2 &&
        s.compare(i, 2, "10") == 0))
    return;
  size_t q = at + 1;
  int exp = 0;
  while (q < s.size() && IsAsciiDigit(s[q])) exp = std::min(exp * 10 + (s[q++] - '0'), 1000);
  Fixed one;
  FixedFromInt(1, &one);
  if (!FixedMulPow10(one, exp, &n->value)) n->overflow = true;
  *p = q;
}

// The longest English/European scale word at p (glued, after one space or a hyphen): "million",
// "bn", "5M", "Millionen", "m$"; nullptr when none. *end is where it ends.
const ScaleWord* FindScaleWord(std::string_view s, size_t p, size_t* end) {
  const ScaleWord* best = nullptr;
  size_t best_e = 0;
  int gap = (p < s.size() && s[p] == '-') ? 1 : SpaceAt(s, p);
  for (const ScaleWord& sw : kScales) {
    for (int g : {0, gap}) {
      if (g != 0 && sw.attached_only) continue;
      size_t b = p + g;
      bool m;
      if (sw.attached_only) {
        m = StartsAt(s, b, sw.text) ||
            (b < s.size() && s[b] == static_cast<char>(sw.text[0] - 32));  // 5M, 500K, 3B
      } else if (sw.before_symbol) {
        m = StartsAt(s, b, sw.text) && CurrencySignAt(s, b + sw.text.size());
      } else if (sw.european) {
        m = StartsAt(s, b, sw.text);
      } else {
        m = StartsAtCI(s, b, sw.text);
      }
      if (!m) continue;
      size_t e = b + sw.text.size();
      if (sw.text.back() != '.' && IsAsciiAlpha(At(s, e).c)) continue;
      if (!best || e > best_e) {
        best = &sw;
        best_e = e;
      }
    }
  }
  *end = best_e;
  return best;
}

// Scales the number ending at p by the scale word `best` that ends at e; the number is then
// complete.
void ApplyScaleWord(std::string_view s, size_t p, const ScaleWord& best, size_t e, Num* n) {
  Fixed v;
  // "1.500 millones", "2.300 Millionen": a European scale word reads the dot as thousands
  // (a comma before three digits, "2,500 millones", is the Latin American thousands comma).
  if (best.european && n->dot3 && s.substr(n->start, p - n->start).find('.') != std::string_view::npos)
    n->value = n->dot3_value;
  if (!FixedMulPow10(n->value, best.exp, &v)) n->overflow = true;
  n->value = v;
  n->has_unit = true;
  n->top_exp = best.exp;
  n->european_scale = best.european && !best.before_symbol;
  n->shorthand = best.attached_only;
  n->mil = best.text == "mil";
  n->dot3 = false;
  n->end = e;
  n->ok = true;
}

// A digit or CJK number at i, with its CJK units. False when the number is done (not a number,
// or a lone numeral: 이, 一 are words); n->end is then set.
bool ParseDigitOrCjkNumber(std::string_view s, size_t i, Num* n, size_t* end) {
  Cp first = At(s, i);
  n->hangul = IsHangul(first.c);
  n->cjk_numeral = IsHan(first.c);
  size_t p = i;
  if (!ParseSections(s, i, n, &p)) return false;
  ApplyCaretPower(s, i, n, &p);
  if (!n->has_unit && (n->hangul || n->cjk_numeral)) {
    n->end = p;
    return false;  // a lone numeral (이, 一) is a word, not a number
  }
  *end = p;
  return true;
}

Num ParseNumber(std::string_view s, size_t i) {
  Num n;
  n.start = i;
  size_t p = i;
  if (IsAsciiAlpha(At(s, i).c)) {
    size_t e;
    int w = ParseNumberWord(s, i, &e);
    if (w < 0) return n;
    FixedFromInt(static_cast<unsigned long long>(w), &n.value);
    n.word = true;
    p = e;
  } else if (!ParseDigitOrCjkNumber(s, i, &n, &p)) {
    return n;
  }
  // English scale word (not after CJK units).
  if (!n.big_unit && !(n.hangul || n.cjk_numeral)) {
    size_t e;
    if (const ScaleWord* best = FindScaleWord(s, p, &e)) {
      ApplyScaleWord(s, p, *best, e, &n);
      return n;
    }
    if (n.word) {  // spelled numbers need a scale word ("five million dollars")
      n.end = p;
      return n;
    }
  }
  n.end = p;
  n.ok = true;
  return n;
}

bool MatchSuffixWord(std::string_view s, size_t p, bool scaled, const CurWord** which, size_t* end) {
  // First bytes of all suffix words (both cases): most numbers are followed by none of them.
  static const CodePointSet kFirst = EdgeCodePoints(Words().suffixes, /*last=*/false);
  int sp = SpaceAt(s, p);
  auto first_ok = [&](size_t q) { return kFirst.Has(At(s, q).c); };
  if (!first_ok(p) && !(sp > 0 && first_ok(p + sp))) return false;
  const CurWord* best = nullptr;
  size_t best_end = 0;
  bool best_exact = false;
  for (const CurWord& w : Words().suffixes) {
    for (int g : {0, sp}) {
      if (g != 0 && (w.flags & kAttached)) continue;
      size_t b = p + g;
      bool m = (w.flags & kCI) ? StartsAtCI(s, b, w.text) : StartsAt(s, b, w.text);
      if (!m) continue;
      if ((w.flags & kCI) && w.text.size() <= 3 && w.text != "won" && w.text != "yen" && w.text != "p" &&
          !StartsAt(s, b, w.text))
        continue;  // ISO codes must be upper case
      if (!WordBoundaryOk(s, b, b + w.text.size(), w.text, w.flags & ~kHangulStart)) continue;
      if ((w.flags & kNeedScale) && !scaled) continue;
      size_t e = b + w.text.size();
      // On a tie the exact-case word wins ("Dollar" is the German word, "dollar" English).
      bool exact_case = StartsAt(s, b, w.text);
      if (!best || e > best_end || (e == best_end && exact_case && !best_exact)) {
        best = &w;
        best_end = e;
        best_exact = exact_case;
      }
    }
  }
  if (!best) return false;
  *which = best;
  *end = best_end;
  return true;
}

bool MatchPrefixWord(std::string_view s, size_t q, const CurWord** which, size_t* start) {
  static const CodePointSet kLast = EdgeCodePoints(Words().prefixes, /*last=*/true);
  int sp = SpaceBefore(s, q);
  if (!kLast.Has(Before(s, q).c) && !(sp > 0 && kLast.Has(Before(s, q - sp).c))) return false;
  const CurWord* best = nullptr;
  size_t best_start = q;
  for (const CurWord& w : Words().prefixes) {
    for (int g : {0, sp}) {
      if (q < static_cast<size_t>(g) + w.text.size()) continue;
      size_t b = q - g - w.text.size();
      bool m = (w.flags & kCI) ? StartsAt(s, b, w.text) : StartsAt(s, b, w.text);
      if (!m) continue;
      if (!WordBoundaryOk(s, b, b + w.text.size(), w.text, w.flags)) continue;
      if (!best || b < best_start) {
        best = &w;
        best_start = b;
      }
    }
  }
  if (!best) return false;
  *which = best;
  *start = best_start;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Amounts

struct Core {
  size_t start = 0, end = 0;  // prefix start .. suffix end
  Num num;
  std::string currency;  // empty: none found
  bool euro = false;
};

std::string_view KindName(Kind k) {
  switch (k) {
    case Kind::kApprox: return "approx";
    case Kind::kUpper: return "upper_bound";
    case Kind::kLower: return "lower_bound";
    default: return "exact";
  }
}

struct Context {
  std::string_view s;
  std::string_view language;
  std::string_view country;
  mutable int han_without_kana = -1;  // lazily computed paragraph property
  bool YenIsCny() const {
    if (!language.empty()) return language.substr(0, 2) == "zh";
    if (han_without_kana < 0) {
      bool han = false, kana = false;
      for (size_t i = 0; i < s.size();) {
        Cp c = At(s, i);
        if (IsKana(c.c)) kana = true;
        if (IsHan(c.c)) han = true;
        i += c.len ? c.len : 1;
      }
      han_without_kana = han && !kana;
    }
    return han_without_kana == 1;
  }
};

// The ISO code of a word's currency; symbols ($, ¥, 元, kr, R) through the page's country.
// "" when the symbol means no currency here ("R" off a South African page).
std::string ResolveIso(std::string_view iso, const Context& ctx) {
  auto upper = [](char ch) { return ch >= 'A' && ch <= 'Z'; };
  if (iso.size() == 3 && upper(iso[0]) && upper(iso[1]) && upper(iso[2])) return std::string(iso);
  std::string r = ResolveCurrencySymbol(iso, ctx.country, ctx.language);
  if (r.empty() && iso == "¥") return ctx.YenIsCny() ? "CNY" : "JPY";
  return r;
}

// A bare "달러" in a paragraph that declares "캐나다 달러로" etc. means that dollar.
std::string DollarContext(std::string_view s, size_t before) {
  static constexpr std::pair<std::string_view, std::string_view> kDecl[] = {
      {"캐나다 달러로", "CAD"},   {"캐나다달러로", "CAD"},   {"호주 달러로", "AUD"}, {"호주달러로", "AUD"},
      {"홍콩 달러로", "HKD"},     {"홍콩달러로", "HKD"},     {"대만 달러로", "TWD"}, {"대만달러로", "TWD"},
      {"싱가포르 달러로", "SGD"}, {"싱가포르달러로", "SGD"},
  };
  std::string_view head = s.substr(0, before);
  std::string found;
  size_t best = std::string_view::npos;
  for (const auto& [text, iso] : kDecl) {
    size_t at = head.rfind(text);
    if (at != std::string_view::npos && (best == std::string_view::npos || at > best)) {
      best = at;
      found = std::string(iso);
    }
  }
  return found;
}

// "(약 1.814kg)" right after "4파운드": the pounds are a weight.
bool WeightGlossFollows(std::string_view s, size_t e) {
  size_t q = e + SpaceAt(s, e);
  if (StartsAt(s, q, "(")) {
    q += 1;
  } else if (StartsAt(s, q, "（")) {
    q += 3;
  } else {
    return false;
  }
  for (std::string_view w : {"약 ", "약", "about ", "約"})
    if (StartsAt(s, q, w)) {
      q += w.size();
      break;
    }
  size_t d = q;
  while (d < s.size() && (IsAsciiDigit(s[d]) || s[d] == '.' || s[d] == ',')) ++d;
  if (d == q) return false;
  d += SpaceAt(s, d);
  return StartsAt(s, d, "kg") || StartsAt(s, d, "킬로") || StartsAt(s, d, "㎏") || StartsAt(s, d, "g)");
}

// "12.3." / "1.10.": a day and a month (1..12) followed by the dot of a German date.
bool DayMonthAt(std::string_view s, size_t b, size_t e) {
  if (e >= s.size() || s[e] != '.') return false;
  std::string_view t = s.substr(b, e - b);
  size_t dot = t.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot > 2 || t.size() - dot - 1 == 0 ||
      t.size() - dot - 1 > 2)
    return false;
  int day = 0, month = 0;
  for (char ch : t.substr(0, dot)) {
    if (!IsAsciiDigit(ch)) return false;
    day = day * 10 + (ch - '0');
  }
  for (char ch : t.substr(dot + 1)) {
    if (!IsAsciiDigit(ch)) return false;
    month = month * 10 + (ch - '0');
  }
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

// Parses [prefix] number [suffix] at i. ok() when a number was read (currency may be empty).
bool ParseCore(const Context& ctx, size_t i, size_t floor, Core* c) {
  std::string_view s = ctx.s;
  c->num = ParseNumber(s, i);
  if (!c->num.ok) {
    c->end = c->num.end;
    return false;
  }
  c->start = i;
  c->end = c->num.end;
  const CurWord* pw = nullptr;
  size_t pstart;
  if (c->num.mil && ctx.language.substr(0, 2) == "en") {  // "$20 mil" is twenty million in English
    Fixed v;
    if (!FixedMulPow10(c->num.value, 3, &v)) c->num.overflow = true;
    c->num.value = v;
    c->num.top_exp = 6;
  }
  if (!c->num.hangul && !c->num.word && MatchPrefixWord(s, i, &pw, &pstart) && pstart >= floor) {
    c->currency = ResolveIso(pw->iso, ctx);
    // A symbol with no meaning on this page; "Fr. 12.3." is Friday the 12th of March.
    if (c->currency.empty() || (pw->iso == "Fr." && DayMonthAt(s, i, c->num.end))) {
      pw = nullptr;
      c->currency.clear();
    } else {
      c->start = pstart;
    }
  }
  const CurWord* sw = nullptr;
  size_t send;
  if (MatchSuffixWord(s, c->num.end, c->num.top_exp >= 3 && !c->num.big_unit, &sw, &send)) {
    bool ok = true;
    if (sw->flags & kAttached) {  // "50p": pence below a pound, never 1080p
      Fixed hundred;
      FixedFromInt(100, &hundred);
      ok = !c->num.has_unit && c->num.value < hundred && !pw;
    }
    if ((sw->flags & kCents) && (pw || c->num.has_unit)) ok = false;
    if (ok && sw->iso == "GBP" && WeightGlossFollows(s, send)) ok = false;  // 4파운드(약 1.8kg)
    if (ok && pw && sw->text == "$") ok = false;
    if (ok && !pw && ResolveIso(sw->iso, ctx).empty()) ok = false;
    if (ok) {
      c->end = send;
      if (sw->flags & kCents) {
        if (!FixedDivPow10Exact(c->num.value, 2, &c->num.value)) return true;
      }
      // A prefix is the more specific word: 新台幣/港幣 … 元 keep the prefix.
      if (!pw) c->currency = ResolveIso(sw->iso, ctx);
      c->euro = (sw->flags & kEuro) != 0;
      if (c->currency == "USD" && !pw && sw->text == "달러") {
        std::string ctx_iso = DollarContext(s, c->start);
        if (!ctx_iso.empty()) c->currency = ctx_iso;
      }
      // "99 dollars and 99 cents"
      if ((sw->iso == "USD" || sw->iso == "$") && !(sw->flags & kCents) && StartsAtCI(s, send, " and ")) {
        size_t q = send + 5;
        Fixed cents;
        size_t e;
        bool of, d3;
        Fixed d3v;
        if (DigitValue(At(s, q).c) >= 0 && ParseDigits(s, q, &cents, &e, &of, &d3, &d3v) && !of &&
            StartsAtCI(s, e, " cents") && !IsAsciiAlpha(At(s, e + 6).c)) {
          Fixed add;
          if (FixedDivPow10Exact(cents, 2, &add) && FixedAdd(c->num.value, add, &add)) {
            c->num.value = add;
            c->end = e + 6;
          }
        }
      }
    }
  }
  // "234.315" / "1,762": one separator before three digits reads by the page's decimal mark
  // (a European currency word settles it when neither language nor country does).
  if (c->num.dot3 && !c->num.has_unit && !c->currency.empty()) {
    char mark = DecimalMark(ctx.country, ctx.language);
    if (mark == ',' || (mark == 0 && c->euro)) c->num.value = c->num.dot3_value;
  }
  return true;
}

struct Found {
  size_t start = 0, end = 0;
  std::string currency;
  Fixed value, low, high;
  bool range = false, vague = false;
  Kind kind = Kind::kExact;
  std::string period = "none";
  bool total_adjacent = false;
};

// Lookback limit for period words, in bytes (about ten CJK characters).
constexpr size_t kPeriodWindow = 30;

size_t ClauseStart(std::string_view s, size_t floor, size_t start) {
  size_t lo = start > kPeriodWindow ? start - kPeriodWindow : 0;
  lo = std::min(std::max(lo, floor), start);
  // Stop at a sentence end.
  for (size_t k = start; k > lo; --k) {
    char ch = s[k - 1];
    if (ch == '\n' || ((ch == '.' || ch == '!' || ch == '?') && k < s.size() && s[k] == ' ')) return k;
    if (k >= 3 && s.compare(k - 3, 3, "。") == 0) return k;
  }
  // Do not start in the middle of a UTF-8 sequence.
  while (lo < start && (static_cast<unsigned char>(s[lo]) & 0xC0) == 0x80) ++lo;
  return lo;
}

int YearsWord(std::string_view s, size_t i, size_t* end) {
  if (DigitValue(At(s, i).c) >= 0) {
    int v = 0;
    size_t e = i;
    while (e < s.size() && IsAsciiDigit(s[e]) && v < 1000) v = v * 10 + (s[e++] - '0');
    *end = e;
    return v;
  }
  return ParseNumberWord(s, i, end);
}

// "5년간", "3年契約", "3年間", "four-year", "over three years" -> "over_Ny".
std::string MultiYearBefore(std::string_view s, size_t lo, size_t start) {
  static constexpr std::string_view kMarks[] = {"년간",   "년 동안", "년에 걸쳐", "年間",
                                                "年契約", "年合同",  "年合约",    "年期"};
  for (size_t k = lo; k < start; ++k) {
    if (DigitValue(At(s, k).c) < 0 || (k > lo && DigitValue(Before(s, k).c) >= 0)) continue;
    size_t e = k;
    int years = 0;
    while (e < start && IsAsciiDigit(s[e]) && years < 1000) years = years * 10 + (s[e++] - '0');
    for (std::string_view m : kMarks)
      if (StartsAt(s, e, m) && years >= 2 && years <= 100) return "over_" + std::to_string(years) + "y";
  }
  // English: "a four-year, $300 million contract", "3-year deal worth $10m".
  std::string_view win = s.substr(lo, start - lo);
  for (size_t at = win.find("-year"); at != std::string_view::npos; at = win.find("-year", at + 1)) {
    size_t w = lo + at;
    size_t b = w;
    while (b > lo && IsAsciiAlnum(static_cast<unsigned char>(s[b - 1]))) --b;
    size_t e;
    int years = YearsWord(s, b, &e);
    if (e == w && years >= 2 && years <= 100) return "over_" + std::to_string(years) + "y";
  }
  return "";
}

void ApplyPeriods(std::string_view s, size_t floor, Found* f) {
  // After: "a year", "over three years", "(는) 첫 해".
  size_t e = f->end;
  int sp = SpaceAt(s, e);
  for (const PeriodWord& w : kPostPeriods) {
    bool slash = w.text[0] == '/';  // "$12/month" touches the amount
    if (slash ? MatchAt(s, e, w.text, w.flags) : (sp > 0 && MatchAt(s, e + sp, w.text, w.flags))) {
      if (slash) sp = 0;
      f->period = std::string(w.period);
      f->end = e + sp + w.text.size();
      return;
    }
  }
  if (sp > 0) {
    size_t q = e + sp;
    for (std::string_view over : {"over ", "for "}) {
      if (!StartsAtCI(s, q, over)) continue;
      size_t ye;
      int years = YearsWord(s, q + over.size(), &ye);
      if (years >= 2 && years <= 100 && (StartsAtCI(s, ye, " years") || StartsAtCI(s, ye, "-year"))) {
        f->period = "over_" + std::to_string(years) + "y";
        f->end = ye + (StartsAtCI(s, ye, " years") ? 6 : 5);
        return;
      }
    }
  }
  {
    size_t q = e;
    Cp p = At(s, q);
    if (p.c == U'는' || p.c == U'은' || p.c == U'이' || p.c == U'가') q += p.len;
    q += SpaceAt(s, q);
    if (q > e && (StartsAt(s, q, "첫 해") || StartsAt(s, q, "첫해"))) {
      f->period = "first_year";
      return;
    }
  }
  // Before: nearest period word in the same clause.
  size_t lo = ClauseStart(s, floor, f->start);
  std::string multi = MultiYearBefore(s, lo, f->start);
  size_t best_pos = 0;
  const PeriodWord* best = nullptr;
  for (const PeriodWord& w : kPrePeriods) {
    if (w.adjacent_only) {
      size_t q = f->start - SpaceBefore(s, f->start);
      if (MatchEndingAt(s, q, w.text, w.flags) && q - w.text.size() >= lo &&
          DigitValue(Before(s, q - w.text.size()).c) < 0 &&
          (w.text != "월" || (SpaceBefore(s, f->start) > 0))) {
        size_t pos = q - w.text.size();
        if (!best || pos >= best_pos) {
          best = &w;
          best_pos = pos;
        }
      }
      continue;
    }
    std::string_view win = s.substr(lo, f->start - lo);
    size_t at = win.rfind(w.text);
    while (at != std::string_view::npos) {
      if (WordBoundaryOk(s, lo + at, lo + at + w.text.size(), w.text, w.flags & kCI)) break;
      at = at == 0 ? std::string_view::npos : win.rfind(w.text, at - 1);
    }
    if (at == std::string_view::npos) continue;
    size_t pos = lo + at;
    // 年間 after a digit is a multi-year span ("3年間"), not "annual".
    if (w.text == "年間" && DigitValue(Before(s, pos).c) >= 0) continue;
    if (!best || pos >= best_pos) {
      best = &w;
      best_pos = pos;
    }
  }
  if (!multi.empty() && (!best || best->period == "total")) {
    f->period = multi;
    return;
  }
  if (!best) return;
  if (best->period == "total") {
    f->total_adjacent = true;  // decided later against the neighbours
    f->start = best_pos;
    return;
  }
  f->period = std::string(best->period);
  if (best->adjacent_only || best_pos + best->text.size() + 1 >= f->start) {
    // Period word touching the amount ("연간 7천만 달러", "年収1000万円") joins the surface.
    size_t gap_end = best_pos + best->text.size();
    bool only_space = true;
    for (size_t k = gap_end; k < f->start; ++k)
      if (s[k] != ' ') only_space = false;
    if (only_space) f->start = best_pos;
  }
}

Kind PreQualifier(std::string_view s, size_t start, size_t floor, size_t* new_start, bool* between) {
  *between = false;
  int sp = SpaceBefore(s, start);
  size_t q = start - sp;
  for (std::string_view w : {"between", "zwischen", "entre"}) {  // en, de, fr/es
    if (sp > 0 && q >= floor + w.size() && MatchEndingAt(s, q, w, kCI)) {
      *between = true;
      *new_start = q - w.size();
      return Kind::kExact;
    }
  }
  const QualWord* best = nullptr;
  size_t best_start = start;
  for (const QualWord& w : kPreQualifiers) {
    for (int g : {0, sp}) {
      // Words in Latin script need the space; CJK ones may touch.
      if ((w.flags & kCI) && g == 0) continue;
      size_t e = start - g;
      if (!MatchEndingAt(s, e, w.text, w.flags)) continue;
      size_t b = e - w.text.size();
      if (b < floor) continue;
      if (!best || b < best_start) {
        best = &w;
        best_start = b;
      }
    }
  }
  if (!best) return Kind::kExact;
  *new_start = best_start;
  return best->kind;
}

// The text at `at` ends a phrase: the end, or punctuation after optional spaces.
bool ClosesPhrase(std::string_view s, size_t at) {
  while (at < s.size() && s[at] == ' ') ++at;
  return at >= s.size() || std::string_view(",.;:)!?\"'").find(s[at]) != std::string_view::npos;
}

Kind PostQualifier(std::string_view s, size_t end, size_t* new_end) {
  int sp = SpaceAt(s, end);
  const QualWord* best = nullptr;
  size_t best_end = end;
  for (const QualWord& w : kPostQualifiers) {
    for (int g : {0, sp}) {
      if (!MatchAt(s, end + g, w.text, w.flags)) continue;
      if (w.text == "plus" && g == 0) continue;
      // "$2 million plus a performance bonus": "plus" before more words adds another item ("and"); only
      // "plus" that closes the amount's phrase ("$2 million plus.", "$2 million plus, …") is "at least".
      if (w.text == "plus" && !ClosesPhrase(s, end + g + w.text.size())) continue;
      if (w.text == "多" || w.text == "余" || w.text == "超") {
        // "60万元多" but not "多个"; keep it simple: only before punctuation or end.
        Cp n = At(s, end + g + w.text.size());
        if (IsHan(n.c) && w.text != "超") continue;
      }
      size_t e = end + g + w.text.size();
      if (!best || e > best_end) {
        best = &w;
        best_end = e;
      }
    }
  }
  if (!best) return Kind::kExact;
  *new_end = best_end;
  return best->kind;
}

// "von " right before the number that ends at `e` (German "von 1,50 auf 1,75 Euro").
bool ClauseHasVonBefore(std::string_view s, size_t e) {
  size_t b = e;
  while (b > 0 && (IsAsciiDigit(s[b - 1]) || s[b - 1] == ',' || s[b - 1] == '.' || s[b - 1] == '\'')) --b;
  return b >= 4 && (s.compare(b - 4, 4, "von ") == 0 || s.compare(b - 4, 4, "Von ") == 0) &&
         (b == 4 || !IsAsciiAlpha(static_cast<unsigned char>(s[b - 5])));
}

// Range connector after a first amount; returns the start of the second amount or npos.
size_t RangeConnector(std::string_view s, size_t e, bool between, bool first_has_currency) {
  size_t q = e;
  int sp = SpaceAt(s, q);
  size_t r = q + sp;
  for (std::string_view c : {"~", "∼", "〜", "～", "–", "—", "-", "至", "到"}) {
    if (StartsAt(s, r, c)) {
      size_t b = r + c.size();
      b += SpaceAt(s, b);
      return b;
    }
  }
  // "between 3 and 5", "zwischen 49 und 189", "entre 3 et 5", "entre 3 y 5"; "3 to 5", "2 bis 3",
  // "800 à 1 200", "de 3 a 5".
  if (between)
    for (std::string_view c : {" and ", " und ", " et ", " y "})
      if (StartsAtCI(s, q, c)) return q + c.size();
  if (!between)
    for (std::string_view c : {" to ", " bis ", " à ", " a "})
      if (StartsAtCI(s, q, c)) return q + c.size();
  if (first_has_currency && (StartsAt(s, q, "에서 ") || StartsAt(s, q, "부터 "))) {
    size_t b = q + std::strlen("에서 ");
    if (StartsAt(s, b, "최대 ")) b += std::strlen("최대 ");
    return b;
  }
  if (first_has_currency && StartsAt(s, q, "から")) return q + std::strlen("から");  // 5000万円から8000万円
  // "von 1,50 auf 1,75 Euro": a change (two amounts), read like a range to share the currency.
  if (!between && StartsAt(s, q, " auf ") && ClauseHasVonBefore(s, e)) return q + std::strlen(" auf ");
  return std::string_view::npos;
}

// "4,500원에서 5,000원으로 올랐다", "5000万円から8000万円に": from one figure to another is a
// change, two amounts, not a range.
bool ChangeTargetAt(std::string_view s, size_t e) {
  for (std::string_view w : {"으로", "로", "に", "へ"})
    if (StartsAt(s, e, w)) return true;
  return false;
}

bool IsRangeStartChar(char32_t c) {
  return DigitValue(c) >= 0 || c == '$' || c == U'€' || c == U'£' || c == U'₩' || c == U'¥' || c == U'￥' ||
         StartsNumeral(c) || IsAsciiAlpha(c);
}

// Vague amounts: "수십억 원", "수백만 달러", "数十亿美元", "millions of dollars".
bool TryVague(const Context& ctx, size_t i, Found* f, size_t* skip) {
  std::string_view s = ctx.s;
  Cp c = At(s, i);
  *skip = i + std::max(c.len, 1);
  size_t p = i;
  if (c.c == U'수' || c.c == U'몇' || c.c == U'数' || c.c == U'數' || c.c == U'几' || c.c == U'幾') {
    if ((c.c == U'수' || c.c == U'몇') && IsHangul(Before(s, i).c)) return false;
    p += c.len;
    if (c.c == U'몇') p += SpaceAt(s, p);  // "몇 천원", "몇억 원"
    bool any = false;
    Cp u = At(s, p);
    if (SmallUnitExp(u.c) > 0) {
      p += u.len;
      any = true;
      u = At(s, p);
    }
    if (BigUnitExp(u.c) > 0) {
      p += u.len;
      any = true;
    }
    if (!any) return false;
    const CurWord* w;
    size_t e;
    if (!MatchSuffixWord(s, p, false, &w, &e) || (w->flags & (kCents | kCI))) return false;
    f->start = i;
    f->end = e;
    f->currency = ResolveIso(w->iso, ctx);
    f->vague = true;
    *skip = e;
    return true;
  }
  if (!IsAsciiAlpha(c.c) || IsAsciiAlpha(Before(s, i).c)) return false;
  if (StartsAtCI(s, p, "tens of "))
    p += 8;
  else if (StartsAtCI(s, p, "hundreds of "))
    p += 12;
  bool scale = false;
  for (std::string_view w : {"thousands of ", "millions of ", "billions of ", "trillions of "}) {
    if (StartsAtCI(s, p, w)) {
      p += w.size();
      scale = true;
      break;
    }
  }
  if (!scale) return false;
  for (auto [w, iso] :
       std::initializer_list<std::pair<std::string_view, std::string_view>>{{"dollars", "USD"},
                                                                            {"euros", "EUR"},
                                                                            {"pounds", "GBP"},
                                                                            {"won", "KRW"},
                                                                            {"yen", "JPY"},
                                                                            {"yuan", "CNY"}}) {
    if (StartsAtCI(s, p, w) && !IsAsciiAlpha(At(s, p + w.size()).c)) {
      f->start = i;
      f->end = p + w.size();
      f->currency = std::string(iso);
      f->vague = true;
      *skip = f->end;
      return true;
    }
  }
  return false;
}

// Multipliers: "두 배", "2배", "2倍", "doubled", "3 times".
bool TryMultiplier(std::string_view s, size_t i, Multiplier* m, size_t* skip) {
  Cp c = At(s, i);
  *skip = i + std::max(c.len, 1);
  if (c.c == U'배' || c.c == U'倍') {
    Cp n = At(s, i + c.len);
    if (c.c == U'배' && IsHangul(n.c)) {
      switch (n.c) {
        case U'로':
        case U'를':
        case U'가':
        case U'의':
        case U'에':
        case U'나':
        case U'이':
        case U'인':
        case U'는':
        case U'씩':
        case U'까':
        case U'만':
        case U'도':
        case U'였':
        case U'다':
        case U'라':
        case U'쯤': break;
        default: return false;
      }
    }
    size_t q = i - SpaceBefore(s, i);
    static constexpr std::pair<std::string_view, int> kWords[] = {
        {"두", 2},  {"세", 3}, {"네", 4}, {"다섯", 5}, {"여섯", 6}, {"일곱", 7}, {"여덟", 8}, {"아홉", 9},
        {"열", 10}, {"两", 2}, {"兩", 2}, {"二", 2},   {"三", 3},   {"四", 4},   {"五", 5},   {"十", 10}};
    for (auto [w, v] : kWords) {
      if (MatchEndingAt(s, q, w,
                        IsHangul(At(s, q - w.size()).c) ? static_cast<unsigned>(kHangulStart) : 0u)) {
        m->start = static_cast<int>(q - w.size());
        m->end = static_cast<int>(i + c.len);
        m->factor = std::to_string(v);
        return true;
      }
    }
    // Digits: "2배", "1.5倍".
    size_t b = q;
    while (b > 0 && (IsAsciiDigit(s[b - 1]) || s[b - 1] == '.')) --b;
    if (b < q && IsAsciiDigit(s[b]) && IsAsciiDigit(s[q - 1])) {
      Fixed f;
      if (!ParseFixed(s.substr(b, q - b), &f) || f.units == 0) return false;
      m->start = static_cast<int>(b);
      m->end = static_cast<int>(i + c.len);
      m->factor = FixedToString(f);
      return true;
    }
    return false;
  }
  if (!IsAsciiAlpha(c.c) || IsAsciiAlpha(Before(s, i).c)) return false;
  static constexpr std::pair<std::string_view, int> kVerbs[] = {
      {"doubled", 2}, {"tripled", 3}, {"trebled", 3}, {"quadrupled", 4}};
  for (auto [w, v] : kVerbs) {
    if (StartsAtCI(s, i, w) && !IsAsciiAlpha(At(s, i + w.size()).c)) {
      m->start = static_cast<int>(i);
      m->end = static_cast<int>(i + w.size());
      m->factor = std::to_string(v);
      *skip = i + w.size();
      return true;
    }
  }
  return false;
}

bool TryEnglishTimes(std::string_view s, size_t i, Multiplier* m, size_t* skip) {
  // i at a digit or number word: "3 times", "three times", "10-fold".
  size_t e;
  int v = YearsWord(s, i, &e);
  *skip = e > i ? e : i + 1;
  if (v < 2 || v > 100) return false;
  size_t t;
  if (StartsAtCI(s, e, " times") && !IsAsciiAlpha(At(s, e + 6).c))
    t = e + 6;
  else if (StartsAtCI(s, e, "-fold") && !IsAsciiAlpha(At(s, e + 5).c))
    t = e + 5;
  else
    return false;
  m->start = static_cast<int>(i);
  m->end = static_cast<int>(t);
  m->factor = std::to_string(v);
  *skip = t;
  return true;
}

// Implicit KRW: "연봉 2억." (a salary word right before a number in 만/억/조 and no currency).
bool ImplicitWon(std::string_view s, size_t floor, const Core& c) {
  if (!c.num.big_unit || c.num.hangul || !c.currency.empty()) return false;
  size_t q = c.start - SpaceBefore(s, c.start);
  bool salary = false;
  for (std::string_view w : {"연봉", "월급", "초봉", "시급", "연봉은", "연봉이", "월급은", "초봉은"})
    if (MatchEndingAt(s, q, w, 0) && q - w.size() >= floor) salary = true;
  if (!salary) return false;
  Cp n = At(s, c.num.end);
  if (IsHangul(n.c)) {
    return n.c == U'을' || n.c == U'은' || n.c == U'이' || n.c == U'의' || n.c == U'에' || n.c == U'으' ||
           n.c == U'까' || n.c == U'씩';
  }
  size_t q2 = c.num.end + SpaceAt(s, c.num.end);
  if (IsAsciiAlpha(At(s, q2).c)) return false;
  // "연봉 500억 실화?", "연봉 1억 이상": a following word is fine unless it counts something
  // ("연봉 3천만 명").
  static constexpr std::string_view kCounters[] = {"명",   "개", "건", "곳", "가구", "장",   "주", "대",
                                                   "마리", "권", "채", "척", "회",   "번",   "세", "살",
                                                   "년",   "배", "톤", "평", "차례", "시간", "달", "일"};
  for (std::string_view w : kCounters) {
    if (!StartsAt(s, q2, w)) continue;
    Cp after = At(s, q2 + w.size());
    if (!IsHangul(after.c) || IsParticleStart(after.c)) return false;
  }
  return true;
}

// A Chinese or Japanese pay word ("年薪", "月薪", "总包", "年収") ending at most four characters before
// `start`
// ("年薪只有30多萬", "月薪 90-110k"), or right before the previous pay figure of the same clause
// ("年薪从45万涨到了70万": `chain` is where that figure ended, npos when there is none).
bool PayWordBefore(std::string_view s, size_t start, size_t chain) {
  size_t q = start;
  for (int k = 0; k <= 4 && q > 0; ++k) {
    q -= SpaceBefore(s, q);
    if (q == chain) return true;
    for (const std::string& w : Words().pay)
      if (MatchEndingAt(s, q, w, 0)) return true;
    Cp b = Before(s, q);
    if (!IsHan(b.c) && !IsKana(b.c)) return false;  // punctuation, digits and Latin words end the clause
    q -= b.len;
  }
  return false;
}

// Implicit local currency in Chinese salary figures: "年薪 250万", "月薪3萬", "月薪 25k", "总包
// 80w" (a pay word just before a number in 万/萬/億 or k/w shorthand, and no currency) are in the
// page's currency; never a count ("年薪30万的人有300万人"). Pay words and counters: currency_words.tsv.
bool ImplicitHanSalary(std::string_view s, size_t chain, const Core& c) {
  if (!(c.num.big_unit || c.num.shorthand) || c.num.hangul || !c.currency.empty()) return false;
  for (const std::string& counter : Words().counters)
    if (StartsAt(s, c.num.end, counter)) return false;
  return PayWordBefore(s, c.start, chain);
}

// The page's currency for implicit amounts: its country's, else the language region's, else CNY.
std::string HanLocalCurrency(const Context& ctx) {
  std::string cur = LocalCurrency(ctx.country);
  if (cur.empty()) cur = LocalCurrency(RegionOfLanguageTag(ctx.language));
  return cur.empty() ? "CNY" : cur;
}

// A bare scaled amount that takes the currency of an earlier amount in the paragraph ("… 12,4
// milliards de couronnes. Le groupe a perdu 3,9 milliards."): a number with a scale word
// (million, milliards, Millionen …) and no currency, followed by punctuation, the end, or a
// preposition (a carry word of currency_words.tsv); never by "of/de/d'/von…" or a noun, which
// name what is counted ("3 millions d'habitants", "5 Millionen Menschen").
bool CarriesCurrency(std::string_view s, const Core& c) {
  if (!c.currency.empty() || !c.num.has_unit || c.num.big_unit || c.num.top_exp < 6 || c.num.word)
    return false;
  size_t q = c.num.end + SpaceAt(s, c.num.end);
  if (q >= s.size()) return true;
  char ch = s[q];
  if (ch == '.' || ch == ',' || ch == ';' || ch == ':' || ch == ')' || ch == '!' || ch == '?') return true;
  size_t w = q;
  while (w < s.size() && IsLetterish(At(s, w).c)) w += std::max(At(s, w).len, 1);
  std::string_view word = s.substr(q, w - q);
  for (const std::string& p : Words().carry)
    if (word == p) return true;
  return false;
}

// A cue word of currency_words.tsv starts a word between the sentence start and `start`.
bool MoneyCueBefore(std::string_view s, size_t start) {
  size_t b = start;
  while (b > 0 && !(s[b - 1] == '\n' ||
                    ((s[b - 1] == '.' || s[b - 1] == '!' || s[b - 1] == '?') && b < start && s[b] == ' ')))
    --b;
  std::string head = AsciiLower(s.substr(b, start - b));
  for (const std::string& cue : Words().cues) {
    for (size_t at = head.find(cue); at != std::string::npos; at = head.find(cue, at + 1))
      if (at == 0 || !IsLetterish(Before(head, at).c)) return true;
  }
  return false;
}

bool IsNumberStart(std::string_view s, size_t i, Cp c) {
  if (DigitValue(c.c) >= 0) {
    Cp b = Before(s, i);
    return DigitValue(b.c) < 0 && b.c != '^';
  }
  if (IsHangul(c.c)) {
    if (!StartsNumeral(c.c)) return false;
    return !IsHangul(Before(s, i).c);
  }
  if (IsHan(c.c)) {
    if (!StartsNumeral(c.c)) return false;
    Cp b = Before(s, i);
    return !StartsNumeral(b.c) && BigUnitExp(b.c) == 0;
  }
  return false;
}

std::string FixedStr(Fixed f) { return FixedToString(f); }

// Latin words that can start an amount or a multiplier.
bool IsTriggerWord(std::string_view w) {
  static constexpr std::string_view kOthers[] = {"doubled",  "tripled",  "trebled",   "quadrupled",
                                                 "tens",     "hundreds", "thousands", "millions",
                                                 "billions", "trillions"};
  if (w.size() < 3 || w.size() > 10) return false;
  auto eq = [&](std::string_view cand) { return cand.size() == w.size() && StartsAtCI(w, 0, cand); };
  for (std::string_view c : kSmallNumberWords)
    if (eq(c)) return true;
  for (std::string_view c : kTensWords)
    if (!c.empty() && eq(c)) return true;
  for (std::string_view c : kOthers)
    if (eq(c)) return true;
  return false;
}

// A paragraph longer than kMaxMoneyParagraphBytes is cut at a code point boundary (with a warning).
std::string_view LimitParagraph(std::string_view text, int paragraph, std::vector<std::string>* warnings) {
  if (text.size() <= kMaxMoneyParagraphBytes) return text;
  warnings->push_back("money: paragraph " + std::to_string(paragraph) + " longer than " +
                      std::to_string(kMaxMoneyParagraphBytes) + " bytes; scanned in part");
  size_t cut = kMaxMoneyParagraphBytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut);
}

// One paragraph's walk: stops only where an amount, a vague amount or a multiplier can start,
// and collects the amounts found (multipliers and warnings go straight to `out`).
class ParagraphWalk {
 public:
  ParagraphWalk(const Context& ctx, int paragraph, std::string carried, MoneyScan* out)
      : ctx_(ctx), s_(ctx.s), paragraph_(paragraph), carried_(std::move(carried)), out_(out) {}

  std::vector<Found> Run() {
    size_t i = 0;
    while (i < s_.size() && !full_) {
      size_t next;
      i = CandidateAt(i, &next) ? ScanAt(i) : next;
    }
    return std::move(found_);
  }

 private:
  // Whether i can start something; when not, *next is where to look again. Latin words matter
  // only when they are number words ("five million dollars"), multiplier verbs ("doubled") or
  // start a vague amount ("millions of").
  bool CandidateAt(size_t i, size_t* next) const {
    const size_t n = s_.size();
    unsigned char b = static_cast<unsigned char>(s_[i]);
    if (b < 0x80 && !IsAsciiDigit(b) && !IsAsciiAlpha(b)) {  // fast skip
      *next = i + 1;
      return false;
    }
    if (b < 0x80 && IsAsciiAlpha(b)) {
      size_t w = i;
      while (w < n && IsAsciiAlpha(static_cast<unsigned char>(s_[w]))) ++w;
      bool word_start = i == 0 || !IsAsciiAlnum(static_cast<unsigned char>(s_[i - 1]));
      *next = w;
      return word_start && IsTriggerWord(s_.substr(i, w - i));
    }
    if (b >= 0x80) {
      Cp c = At(s_, i);
      *next = i + c.len;
      return c.c == U'배' || c.c == U'倍' || c.c == U'수' || c.c == U'몇' || c.c == U'数' || c.c == U'數' ||
             c.c == U'几' || c.c == U'幾' || IsNumberStart(s_, i, c);
    }
    return true;
  }

  // Reads what starts at candidate i; returns where to go on.
  size_t ScanAt(size_t i) {
    unsigned char b = static_cast<unsigned char>(s_[i]);
    Cp c = At(s_, i);
    size_t skip = i + std::max(c.len, 1);
    size_t next;
    if (TakeMultiplier(i, b, skip, &next)) return next;
    Found f;
    if (TryVague(ctx_, i, &f, &next)) {
      found_.push_back(f);
      floor_ = f.end;
      salary_chain_ = std::string_view::npos;
      return next;
    }
    bool number_start =
        IsAsciiDigit(b) || IsNumberStart(s_, i, c) || (IsAsciiAlpha(b) && !IsAsciiAlpha(Before(s_, i).c));
    if (!number_start) return skip;
    Core a;
    if (!ParseCore(ctx_, i, floor_, &a)) return std::max(a.end, skip);
    const std::string local = CueLocalCurrency(a);
    if (IsPlainNumber(a, local)) return std::max(a.num.end, skip);
    return ScanAmount(std::move(a), local, skip);
  }

  // Multipliers: "두 배", "2倍", "doubled", "3 times".
  bool TakeMultiplier(size_t i, unsigned char b, size_t skip, size_t* next) {
    Multiplier m;
    size_t ms;
    bool hit = TryMultiplier(s_, i, &m, &ms);
    if (!hit && (IsAsciiDigit(b) || IsAsciiAlpha(b))) hit = TryEnglishTimes(s_, i, &m, &ms);
    if (!hit) return false;
    m.paragraph = paragraph_;
    m.surface = std::string(s_.substr(m.start, m.end - m.start));
    out_->multipliers.push_back(std::move(m));
    *next = std::max(ms, skip);
    return true;
  }

  // A bare European-scaled amount on a page whose country is known, before any other currency,
  // after a money word: "un paquete de ayudas de 3.000 millones para el campo" (ES) is in euros.
  std::string CueLocalCurrency(const Core& a) const {
    const bool english = ctx_.language.substr(0, 2) == "en";
    return carried_.empty() && (a.num.european_scale || !english) && a.currency.empty() &&
                   !LocalCurrency(ctx_.country).empty() && MoneyCueBefore(s_, a.start)
               ? LocalCurrency(ctx_.country)
               : "";
  }

  // Most numbers have no currency and start no range ("19일", "3만 명"): they are left early.
  bool IsPlainNumber(const Core& a, const std::string& local) const {
    return a.currency.empty() && !a.num.overflow &&
           RangeConnector(s_, a.end, false, false) == std::string_view::npos &&
           RangeConnector(s_, a.end, true, false) == std::string_view::npos && !ImplicitWon(s_, floor_, a) &&
           !ImplicitHanSalary(s_, salary_chain_, a) &&
           ((carried_.empty() && local.empty()) || !CarriesCurrency(s_, a));
  }

  // The amount (or range) whose number is `a`; returns where to go on.
  size_t ScanAmount(Core a, const std::string& local, size_t skip) {
    Found f;
    bool implicit_salary = false;
    bool between = false;
    size_t pre_start = a.start;
    Kind pre = PreQualifier(s_, a.start, floor_, &pre_start, &between);
    Core b;
    const bool range = TryRange(&a, between, pre_start, &b, &f, &implicit_salary);
    if (between && !range) pre = Kind::kExact, pre_start = a.start;
    if (!range) {
      if (a.currency.empty() && !ResolveBareCurrency(&a, local, &implicit_salary))
        return std::max(a.num.end, skip);
      f.currency = a.currency;
      f.value = a.num.value;
    }
    if (a.num.overflow || (range && b.num.overflow)) {
      size_t e = range ? b.end : a.end;
      out_->warnings.push_back("money: amount too large, rejected: " +
                               std::string(s_.substr(a.start, std::min<size_t>(e - a.start, 80))));
      return std::max(e, skip);
    }
    f.range = range;
    f.start = pre_start;
    f.end = range ? b.end : a.end;
    SetKind(pre, a.num.yeo, &f);
    ApplyPeriods(s_, floor_, &f);
    if (!f.currency.empty()) carried_ = f.currency;
    found_.push_back(f);
    floor_ = f.end;
    salary_chain_ = implicit_salary ? f.end : std::string_view::npos;
    if (found_.size() >= kMaxAmountsPerParagraph) {
      out_->warnings.push_back("money: too many amounts in paragraph " + std::to_string(paragraph_));
      full_ = true;
    }
    return std::max(range ? b.end : a.end, skip);
  }

  // The qualifier of f (ending at f->end, which a post-qualifier of a single amount extends):
  // a pre-qualifier wins over a post-qualifier, either over 여 ("1억여": more than).
  void SetKind(Kind pre, bool yeo, Found* f) const {
    size_t post_end = f->end;
    Kind post = f->range ? Kind::kExact : PostQualifier(s_, f->end, &post_end);
    f->end = post_end;
    f->kind = Kind::kExact;
    if (yeo) f->kind = Kind::kLower;
    if (pre != Kind::kExact && pre != Kind::kNone)
      f->kind = pre;
    else if (post != Kind::kExact && post != Kind::kNone)
      f->kind = post;
  }

  // Where the second figure of a range starts after the connector ending at rb: over a currency
  // prefix ("$10m–$20m", "between $1 million and $2 million") or a currency word ("Rs 8 lakh to
  // Rs 12 lakh", "US$5 to US$10").
  size_t SecondFigureStart(size_t rb) const {
    const size_t n = s_.size();
    size_t bstart = rb;
    for (int k = 0; k < 8 && bstart < n && DigitValue(At(s_, bstart).c) < 0 &&
                    !StartsNumeral(At(s_, bstart).c) && !IsAsciiAlpha(At(s_, bstart).c);
         ++k)
      bstart += std::max(At(s_, bstart).len, 1);
    if (bstart < n && bstart != rb && IsAsciiAlpha(At(s_, bstart).c)) bstart = rb;
    if (bstart == rb && IsAsciiAlpha(At(s_, rb).c)) {
      size_t d = rb;
      while (d < n && d - rb < 12 && DigitValue(At(s_, d).c) < 0) d += std::max(At(s_, d).len, 1);
      const CurWord* w;
      size_t ps;
      if (d < n && DigitValue(At(s_, d).c) >= 0 && MatchPrefixWord(s_, d, &w, &ps) && ps == rb) bstart = d;
    }
    return bstart;
  }

  // A change rather than a range: "1억에서 2억으로", "von 5 auf 7 Millionen", "grew by A$5bn to
  // A$34.1bn" (the first figure is the change, not a bound).
  bool IsChange(size_t rb, const Core& b, size_t pre_start) const {
    return (rb >= 3 &&
            (StartsAt(s_, rb - std::strlen("에서 "), "에서 ") ||
             StartsAt(s_, rb - std::strlen("から"), "から")) &&
            ChangeTargetAt(s_, b.end)) ||
           (rb >= 5 && StartsAt(s_, rb - std::strlen(" auf "), " auf ")) ||
           (rb >= 4 && StartsAt(s_, rb - std::strlen(" to "), " to ") && pre_start >= 3 &&
            MatchEndingAt(s_, pre_start - SpaceBefore(s_, pre_start), "by", kCI));
  }

  // A range from `a` to a second figure *b after a connector ("1억~2억원", "$5–10 million",
  // "月薪 60萬-80萬"): fills f's bounds and currency. A change's first figure takes the currency
  // stated after the second (a->currency).
  bool TryRange(Core* a, bool between, size_t pre_start, Core* b, Found* f, bool* implicit_salary) const {
    size_t rb = RangeConnector(s_, a->end, between, !a->currency.empty());
    if (rb == std::string_view::npos || rb >= s_.size() || !IsRangeStartChar(At(s_, rb).c) || a->num.overflow)
      return false;
    size_t bstart = SecondFigureStart(rb);
    // "月薪 60萬-80萬", "月薪 90-110k", "总包80-120w"
    const bool han_salary =
        a->currency.empty() && !a->num.hangul && PayWordBefore(s_, a->start, salary_chain_);
    if (!(ParseCore(ctx_, bstart, a->end, b) && b->start == rb && !b->num.overflow &&
          (!a->currency.empty() || !b->currency.empty() ||
           (han_salary && (b->num.big_unit || b->num.shorthand))) &&
          (a->currency.empty() || b->currency.empty() || a->currency == b->currency)))
      return false;
    Fixed low = a->num.value;
    if (a->num.top_exp < 0 && !a->num.has_unit && b->num.top_exp > 0)
      FixedMulPow10(low, b->num.top_exp, &low);
    bool change = IsChange(rb, *b, pre_start);
    if (change && a->currency.empty() && !b->currency.empty() && !a->num.has_unit) a->currency = b->currency;
    if (!(low < b->num.value && low.units > 0 && !change)) return false;
    f->low = low;
    f->high = b->num.value;
    f->currency = a->currency.empty() ? b->currency : a->currency;
    if (f->currency.empty()) f->currency = HanLocalCurrency(ctx_), *implicit_salary = true;
    return true;
  }

  // The currency of a single amount written without one: won by Korean units, the page's
  // currency after a Chinese pay word, the paragraph's last currency, or the cue's local one.
  // False when it has none (a count, not money).
  bool ResolveBareCurrency(Core* a, const std::string& local, bool* implicit_salary) const {
    if (ImplicitWon(s_, floor_, *a)) {
      a->currency = "KRW";
    } else if (ImplicitHanSalary(s_, salary_chain_, *a)) {
      a->currency = HanLocalCurrency(ctx_);
      *implicit_salary = true;
    } else if (!carried_.empty() && CarriesCurrency(s_, *a)) {
      a->currency = carried_;
    } else if (!local.empty() && CarriesCurrency(s_, *a)) {
      a->currency = local;
    } else {
      return false;
    }
    return true;
  }

  const Context& ctx_;
  std::string_view s_;
  int paragraph_;
  std::string carried_;  // the latest currency seen, for bare amounts
  MoneyScan* out_;
  std::vector<Found> found_;
  size_t floor_ = 0;  // end of the previous amount: no qualifier reaches before it
  size_t salary_chain_ = std::string_view::npos;  // end of the previous implicit pay figure
  bool full_ = false;                             // kMaxAmountsPerParagraph reached
};

// The record of a found amount.
Amount AmountRecord(std::string_view s, int paragraph, const Found& f) {
  Amount a;
  a.paragraph = paragraph;
  a.start = static_cast<int>(f.start);
  a.end = static_cast<int>(f.end);
  a.surface = std::string(s.substr(f.start, f.end - f.start));
  a.currency = f.currency;
  a.period = f.period;
  if (f.vague) {
    a.kind = "vague";
  } else if (f.range) {
    a.kind = "range";
    a.low = FixedStr(f.low);
    a.high = FixedStr(f.high);
  } else {
    a.kind = std::string(KindName(f.kind));
    a.value = FixedStr(f.value);
  }
  return a;
}

// "총" next to an amount is a total only when set against a per-period amount of the same
// sentence.
void ResolveTotal(std::string_view s, const Amount& prev, Amount* a) {
  std::string_view between = s.substr(prev.end, a->start - prev.end);
  bool same_sentence =
      between.find(". ") == std::string_view::npos && between.find("。") == std::string_view::npos;
  if (same_sentence && (prev.period == "annual" || prev.period == "monthly" || prev.period == "hourly" ||
                        prev.period == "first_year"))
    a->period = "total";
}

// An amount in another currency in parentheses right after the previous one glosses it ("300만
// 달러(약 41억원)", also after a gloss word of currency_words.tsv: "(한화 약 41억원)"); a USD/KRW pair
// implies a rate.
void ResolveGloss(std::string_view s, const Amount& prev, size_t prev_index, Amount* a) {
  std::string_view gap = s.substr(prev.end, a->start - prev.end);
  size_t sp = 0;
  while (sp < gap.size() && gap[sp] == ' ') ++sp;
  gap.remove_prefix(sp);
  for (const std::string& w : Words().gloss)
    for (std::string_view open : {std::string_view("("), std::string_view("（")})
      if (gap.size() == open.size() + w.size() + 1 && gap.starts_with(open) &&
          gap.substr(open.size(), w.size()) == w && gap.back() == ' ')
        gap = gap.substr(0, open.size());
  if (!((gap == "(" || gap == "（") && prev.currency != a->currency)) return;
  a->glosses = static_cast<int>(prev_index);
  if (a->period == "none") a->period = prev.period;
  const Amount* usd = prev.currency == "USD" ? &prev : a->currency == "USD" ? a : nullptr;
  const Amount* krw = prev.currency == "KRW" ? &prev : a->currency == "KRW" ? a : nullptr;
  Fixed u, w, r;
  if (usd && krw && ParseFixed(usd->value, &u) && ParseFixed(krw->value, &w) && FixedDivRound(w, u, 4, &r))
    a->implied_rate = FixedStr(r);
}

}  // namespace

// ---------------------------------------------------------------------------------------------

struct MoneyScanner::Impl {};

MoneyScanner::MoneyScanner() : impl_(std::make_unique<Impl>()) {}
MoneyScanner::~MoneyScanner() = default;

Result<std::unique_ptr<MoneyScanner>> MoneyScanner::Create() {
  if (!Words().status.ok()) return Words().status;
  if (Status st = CountryTableStatus(); !st.ok()) return st;
  return std::unique_ptr<MoneyScanner>(new MoneyScanner());
}

MoneyScan MoneyScanner::Scan(std::string_view text, int paragraph) const { return Scan(text, paragraph, ""); }

MoneyScan MoneyScanner::Scan(std::string_view text, int paragraph, std::string_view language) const {
  return Scan(text, paragraph, MoneyContext{language, ""});
}

MoneyScan MoneyScanner::Scan(std::string_view text, int paragraph, const MoneyContext& context) const {
  MoneyScan out;
  text = LimitParagraph(text, paragraph, &out.warnings);
  Context ctx{text, context.language, context.country};
  std::vector<Found> found = ParagraphWalk(ctx, paragraph, std::string(context.carried_currency), &out).Run();
  for (size_t k = 0; k < found.size(); ++k) {
    Amount a = AmountRecord(text, paragraph, found[k]);
    if (found[k].total_adjacent && k > 0) ResolveTotal(text, out.amounts.back(), &a);
    if (k > 0) ResolveGloss(text, out.amounts.back(), k - 1, &a);
    out.amounts.push_back(std::move(a));
  }
  return out;
}

void MoneyScanner::ScanArticle(Article* article) const {
  article->money.clear();
  article->multipliers.clear();
  for (size_t p = 0; p < article->paragraphs.size(); ++p) {
    std::string carried = article->money.empty() ? "" : article->money.back().currency;
    MoneyScan scan = Scan(article->paragraphs[p], static_cast<int>(p),
                          MoneyContext{article->language, article->country, carried});
    int base = static_cast<int>(article->money.size());
    for (Amount& a : scan.amounts) {
      if (a.glosses >= 0) a.glosses += base;
      article->money.push_back(std::move(a));
    }
    for (Multiplier& m : scan.multipliers) article->multipliers.push_back(std::move(m));
    for (std::string& w : scan.warnings) article->warnings.push_back(std::move(w));
  }
  IndexAmounts(article);  // into the shared sentence analysis, when the article carries one
}

}  // namespace hirewire::extract
