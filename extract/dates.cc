// Date/time parsing for news pages. RE2 finds the date part; anchored RE2 patterns read an
// optional time and zone after it. Compiled once (function-local static), then shared.
#include "extract/dates.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "corpus/dates.h"
#include "corpus/text.h"

namespace hirewire::extract {
namespace {

constexpr size_t kMaxInput = 4096;

struct MonthName {
  const char* name;
  int month;
};

// Lowercase month names and abbreviations (en, de, fr, es, it, pt, nl, sv/da/no, pl/cs
// genitive, tr, id, fi is not handled). Longer names must win: the alternation is sorted.
constexpr MonthName kMonths[] = {
    // English
    {"january", 1},
    {"february", 2},
    {"march", 3},
    {"april", 4},
    {"may", 5},
    {"june", 6},
    {"july", 7},
    {"august", 8},
    {"september", 9},
    {"october", 10},
    {"november", 11},
    {"december", 12},
    {"jan", 1},
    {"feb", 2},
    {"mar", 3},
    {"apr", 4},
    {"jun", 6},
    {"jul", 7},
    {"aug", 8},
    {"sep", 9},
    {"sept", 9},
    {"oct", 10},
    {"nov", 11},
    {"dec", 12},
    // German
    {"januar", 1},
    {"jänner", 1},
    {"jäner", 1},
    {"februar", 2},
    {"feber", 2},
    {"märz", 3},
    {"märz", 3},
    {"mai", 5},
    {"juni", 6},
    {"juli", 7},
    {"oktober", 10},
    {"dezember", 12},
    {"jän", 1},
    {"mrz", 3},
    {"okt", 10},
    {"dez", 12},
    // French
    {"janvier", 1},
    {"février", 2},
    {"fevrier", 2},
    {"mars", 3},
    {"avril", 4},
    {"juin", 6},
    {"juillet", 7},
    {"août", 8},
    {"aout", 8},
    {"septembre", 9},
    {"octobre", 10},
    {"novembre", 11},
    {"décembre", 12},
    {"decembre", 12},
    {"janv", 1},
    {"févr", 2},
    {"avr", 4},
    {"juil", 7},
    // Spanish
    {"enero", 1},
    {"febrero", 2},
    {"marzo", 3},
    {"abril", 4},
    {"mayo", 5},
    {"junio", 6},
    {"julio", 7},
    {"agosto", 8},
    {"septiembre", 9},
    {"setiembre", 9},
    {"octubre", 10},
    {"noviembre", 11},
    {"diciembre", 12},
    // Italian
    {"gennaio", 1},
    {"febbraio", 2},
    {"aprile", 4},
    {"maggio", 5},
    {"giugno", 6},
    {"luglio", 7},
    {"settembre", 9},
    {"ottobre", 10},
    {"dicembre", 12},
    // Portuguese
    {"janeiro", 1},
    {"fevereiro", 2},
    {"março", 3},
    {"maio", 5},
    {"junho", 6},
    {"julho", 7},
    {"setembro", 9},
    {"outubro", 10},
    {"novembro", 11},
    {"dezembro", 12},
    // Dutch
    {"januari", 1},
    {"februari", 2},
    {"maart", 3},
    {"mei", 5},
    {"augustus", 8},
    // Swedish, Danish, Norwegian
    {"marts", 3},
    {"augusti", 8},
    {"desember", 12},
    {"maj", 5},
    // Polish (genitive)
    {"stycznia", 1},
    {"lutego", 2},
    {"marca", 3},
    {"kwietnia", 4},
    {"maja", 5},
    {"czerwca", 6},
    {"lipca", 7},
    {"sierpnia", 8},
    {"września", 9},
    {"października", 10},
    {"listopada", 11},
    {"grudnia", 12},
    // Czech (genitive)
    {"ledna", 1},
    {"února", 2},
    {"března", 3},
    {"dubna", 4},
    {"května", 5},
    {"června", 6},
    {"července", 7},
    {"srpna", 8},
    {"září", 9},
    {"října", 10},
    {"listopadu", 11},
    {"prosince", 12},
    // Turkish
    {"ocak", 1},
    {"şubat", 2},
    {"mart", 3},
    {"nisan", 4},
    {"mayıs", 5},
    {"haziran", 6},
    {"temmuz", 7},
    {"ağustos", 8},
    {"eylül", 9},
    {"ekim", 10},
    {"kasım", 11},
    {"aralık", 12},
    // Indonesian / Malay
    {"maret", 3},
    {"agustus", 8},
    {"desember", 12},
    {"ogos", 8},
    {"disember", 12},
};

struct Zone {
  const char* name;
  int minutes;
};

// Common zone abbreviations ("ET"/"PT" are left out: their DST state is unknown). CST is US Central unless
// the page is Chinese (see ZoneOffset).
constexpr Zone kZones[] = {
    {"UTC", 0},    {"GMT", 0},    {"UT", 0},     {"Z", 0},      {"KST", 540},  {"JST", 540},   {"HKT", 480},
    {"SGT", 480},  {"PHT", 480},  {"AWST", 480}, {"WIB", 420},  {"ICT", 420},  {"IST", 330},   {"PKT", 300},
    {"MSK", 180},  {"EEST", 180}, {"EET", 120},  {"SAST", 120}, {"CEST", 120}, {"MESZ", 120},  {"CET", 60},
    {"MEZ", 60},   {"BST", 60},   {"WEST", 60},  {"WET", 0},    {"EST", -300}, {"EDT", -240},  {"CST", -360},
    {"CDT", -300}, {"MST", -420}, {"MDT", -360}, {"PST", -480}, {"PDT", -420}, {"AKST", -540}, {"AKDT", -480},
    {"HST", -600}, {"AEST", 600}, {"AEDT", 660}, {"ACST", 570}, {"ACDT", 630}, {"NZST", 720},  {"NZDT", 780},
};

std::string_view Sv(re2::StringPiece p) { return {p.data(), p.size()}; }

int ToInt(std::string_view s);
int ToInt(re2::StringPiece p) { return ToInt(Sv(p)); }

int ToInt(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

// Full-width digits/colon/space and NBSP -> ASCII, so one set of patterns serves all.
std::string Normalize(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    auto b = static_cast<unsigned char>(in[i]);
    if (b == 0xEF && i + 2 < in.size() && static_cast<unsigned char>(in[i + 1]) == 0xBC) {
      auto c = static_cast<unsigned char>(in[i + 2]);
      if (c >= 0x90 && c <= 0x99) {  // U+FF10..U+FF19
        out.push_back(static_cast<char>('0' + (c - 0x90)));
        i += 2;
        continue;
      }
      if (c == 0x9A) {  // U+FF1A fullwidth colon
        out.push_back(':');
        i += 2;
        continue;
      }
    }
    if (b == 0xC2 && i + 1 < in.size() && static_cast<unsigned char>(in[i + 1]) == 0xA0) {
      out.push_back(' ');
      ++i;
      continue;
    }
    if (b == 0xE3 && i + 2 < in.size() && static_cast<unsigned char>(in[i + 1]) == 0x80 &&
        static_cast<unsigned char>(in[i + 2]) == 0x80) {  // U+3000 ideographic space
      out.push_back(' ');
      i += 2;
      continue;
    }
    out.push_back(in[i]);
  }
  return out;
}

enum class Order { kYmd, kDmy, kDmyShort, kMdyName, kDmyName, kSlash };

struct DatePattern {
  std::unique_ptr<RE2> re;
  Order order;
};

struct Patterns {
  std::vector<DatePattern> dates;
  std::unique_ptr<RE2> time;
  std::unique_ptr<RE2> zone_offset;
  std::unique_ptr<RE2> zone_name;
  std::unique_ptr<RE2> time_before;
  std::map<std::string, int> months;
};

const Patterns& GetPatterns() {
  static const Patterns* patterns = [] {
    auto* p = new Patterns;
    std::vector<std::string> names;
    for (const auto& m : kMonths) {
      p->months[m.name] = m.month;
      names.push_back(m.name);
    }
    std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
      return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    names.erase(std::unique(names.begin(), names.end()), names.end());
    std::string alt;
    for (const auto& n : names) {
      if (!alt.empty()) alt += "|";
      alt += n;
    }
    RE2::Options opts;
    opts.set_log_errors(false);
    auto add = [&](const std::string& re, Order order) {
      p->dates.push_back({std::make_unique<RE2>(re, opts), order});
    };
    add(R"((\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2}))", Order::kYmd);
    add(R"((\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일)", Order::kYmd);
    add(R"((\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)", Order::kYmd);
    add(R"((\d{1,2})\s*[.-]\s*(\d{1,2})\s*[.-]\s*(\d{4}))", Order::kDmy);
    add(R"((\d{1,2})/(\d{1,2})/(\d{4}))", Order::kSlash);
    // "25.04.24" (German short year): dots only, read as 20yy.
    add(R"((\d{1,2})\.(\d{1,2})\.(\d{2}))", Order::kDmyShort);
    add(R"((?i)(\d{1,2})(?:st|nd|rd|th|er|\.|º)?\s*(?:de\s+|of\s+)?()" + alt +
            R"()\.?,?\s*(?:de\s+|del\s+)?(\d{4}))",
        Order::kDmyName);
    add(R"((?i)()" + alt + R"()\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))", Order::kMdyName);
    // Time after a date: separators, "um"/"at"/..., a weekday in parentheses, am/pm before
    // (Korean, Japanese) or after the time, "14:30", "14.30", "14h30", "오후 3시 20분", "14時30分".
    p->time = std::make_unique<RE2>(
        R"(\.?\s*(?:[T,|@·•/–—-])?\s*(?:(?i:at|um|à|a las|alle|às|om|kl\.?|godz\.?)\s+)?)"
        R"((?:[(（][^)）]{1,9}[)）]\s*)?(?:(오전|오후|午前|午後|(?i:am|pm))\s*)?)"
        R"((\d{1,2})\s*(?:(?::|h|\.)\s*(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?|시(?:\s*(\d{1,2})\s*분)?)"
        R"(|時(?:\s*(\d{1,2})\s*分)?))"
        R"(\s*(?:((?i:am|pm|a\.m\.|p\.m\.))|(?i:uhr))?)",
        opts);
    p->time = p->time->ok() ? std::move(p->time) : nullptr;
    // ISO: "Z" glued to the time, or "+09:00" / "+0900" / "GMT+9" / "(UTC+09:00)".
    p->zone_offset =
        std::make_unique<RE2>(R"(\s*\(?\s*(?:UTC|GMT|UT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?\)?)", opts);
    p->zone_name = std::make_unique<RE2>(R"(\s*\(?([A-Z]{1,5})\)?)", opts);
    // A time written before the date: "12:20pm Jan 7, 2024", "14:30, 1. August 2025".
    p->time_before = std::make_unique<RE2>(
        R"((\d{1,2}):(\d{2})\s*((?i:am|pm|a\.m\.|p\.m\.))?\s*(?i:uhr)?\s*[,|•·–—-]?\s*$)", opts);
    return p;
  }();
  return *patterns;
}

bool ValidDate(const ParsedDate& d) {
  if (!IsValidCivilDate(d.year, d.month, d.day)) return false;
  if (d.hour < 0 || d.hour > 23 || d.minute < 0 || d.minute > 59 || d.second < 0 || d.second > 60) {
    return false;
  }
  return true;
}

bool DayFirstForSlash(std::string_view language) {
  std::string lang = AsciiLower(language);
  // m/d/y is the US habit (and "en" pages we cannot place); most others write d/m/y.
  return !(lang.empty() || lang == "en" || lang == "en-us" || lang == "en_us");
}

bool IsChinese(std::string_view language) { return AsciiLower(language).rfind("zh", 0) == 0; }

// Reads a time (and zone) right after a date ending at `pos`; fills `d`.
void ReadTimeAndZone(std::string_view text, size_t pos, const DateHints& hints, ParsedDate* d) {
  const Patterns& p = GetPatterns();
  if (!p.time) return;
  std::string_view rest = text.substr(pos);
  std::array<re2::StringPiece, 9> g;
  if (p.time->Match(rest, 0, rest.size(), RE2::ANCHOR_START, g.data(), g.size())) {
    // g[1] am/pm before, g[2] hour, g[3] minute, g[4] second, g[5] 분, g[6] 分, g[7] am/pm after.
    size_t end = static_cast<size_t>(g[0].data() + g[0].size() - rest.data());
    bool digit_follows = end < rest.size() && IsAsciiDigit(rest[end]);
    int hour = ToInt(g[2]);
    int minute = !g[3].empty() ? ToInt(g[3]) : !g[5].empty() ? ToInt(g[5]) : ToInt(g[6]);
    int second = g[4].empty() ? 0 : ToInt(g[4]);
    std::string ampm = AsciiLower(!g[1].empty() ? g[1] : g[7]);
    bool is_pm = ampm == "pm" || ampm == "p.m." || ampm == "오후" || ampm == "午後";
    bool is_am = ampm == "am" || ampm == "a.m." || ampm == "오전" || ampm == "午前";
    if (!digit_follows && hour <= 24 && minute < 60 && second <= 60 && !(!ampm.empty() && hour > 12)) {
      if (is_pm && hour < 12) hour += 12;
      if (is_am && hour == 12) hour = 0;
      if (hour == 24) hour = 0;
      d->hour = hour;
      d->minute = minute;
      d->second = second;
      d->has_time = true;
      pos += end;
      rest = text.substr(pos);
    }
  }
  if (!d->has_time) return;
  // Zone: "Z" glued to the time; numeric offsets; abbreviations.
  if (!rest.empty() && rest[0] == 'Z' && (rest.size() == 1 || !IsAsciiAlpha(rest[1]))) {
    d->has_offset = true;
    d->offset_minutes = 0;
    return;
  }
  std::array<re2::StringPiece, 4> z;
  if (p.zone_offset->Match(rest, 0, rest.size(), RE2::ANCHOR_START, z.data(), z.size())) {
    int h = ToInt(z[2]);
    int m = z[3].empty() ? 0 : ToInt(z[3]);
    bool named = z[0].find("UT") != std::string_view::npos || z[0].find("GMT") != std::string_view::npos;
    bool glued = rest[0] == '+' || rest[0] == '-';
    // "+09:00", "+0900", "UTC+9", "GMT-5"; a bare " - 3" after a time is not an offset.
    if ((named || !z[3].empty() || (glued && z[2].size() == 2)) && h <= 14 && m < 60) {
      d->has_offset = true;
      d->offset_minutes = (z[1] == "-" ? -1 : 1) * (h * 60 + m);
      return;
    }
  }
  std::array<re2::StringPiece, 2> n;
  if (p.zone_name->Match(rest, 0, rest.size(), RE2::ANCHOR_START, n.data(), n.size())) {
    size_t end = static_cast<size_t>(n[0].data() + n[0].size() - rest.data());
    if (end >= rest.size() || !IsAsciiAlpha(rest[end])) {
      for (const Zone& zone : kZones) {
        if (n[1] == zone.name) {
          d->has_offset = true;
          d->offset_minutes = zone.minutes;
          if (n[1] == "CST" && IsChinese(hints.language)) d->offset_minutes = 480;
          return;
        }
      }
    }
  }
  if (hints.default_offset_minutes) {
    d->has_offset = true;
    d->offset_minutes = *hints.default_offset_minutes;
  }
}

// Reads a time that ends right before a date ("12:20pm Jan 7, 2024").
void ReadTimeBefore(std::string_view prefix, const DateHints& hints, ParsedDate* d) {
  const Patterns& p = GetPatterns();
  if (!p.time_before || prefix.empty()) return;
  if (prefix.size() > 40) prefix = prefix.substr(prefix.size() - 40);
  std::array<re2::StringPiece, 4> g;
  if (!p.time_before->Match(prefix, 0, prefix.size(), RE2::UNANCHORED, g.data(), g.size())) return;
  size_t start = static_cast<size_t>(g[0].data() - prefix.data());
  if (start > 0 &&
      (IsAsciiDigit(prefix[start - 1]) || prefix[start - 1] == ':' || prefix[start - 1] == '.')) {
    return;
  }
  int hour = ToInt(g[1]);
  int minute = ToInt(g[2]);
  std::string ampm = AsciiLower(Sv(g[3]));
  if (hour > 23 || minute > 59 || (!ampm.empty() && (hour > 12 || hour == 0))) return;
  if ((ampm == "pm" || ampm == "p.m.") && hour < 12) hour += 12;
  if ((ampm == "am" || ampm == "a.m.") && hour == 12) hour = 0;
  d->hour = hour;
  d->minute = minute;
  d->second = 0;
  d->has_time = true;
  if (hints.default_offset_minutes) {
    d->has_offset = true;
    d->offset_minutes = *hints.default_offset_minutes;
  }
}

struct Candidate {
  size_t start = 0;
  ParsedDate date;
};

bool Plausible(const ParsedDate& d, const DateHints& hints, const std::optional<int64_t>& bound) {
  if (!ValidDate(d)) return false;
  if (d.year < hints.min_year || d.year > 2200) return false;
  if (bound && d.UnixSeconds() > *bound + 86400) return false;
  return true;
}

std::optional<ParsedDate> ParseWholeNumber(std::string_view t) {
  // Unix timestamps (JSON) and compact ISO dates.
  if (t.size() == 10 || t.size() == 13) {
    int64_t v = 0;
    auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
    if (ec != std::errc() || ptr != t.data() + t.size()) return std::nullopt;
    if (t.size() == 13) v /= 1000;
    return FromUnixSeconds(v);
  }
  if (t.size() == 8 || t.size() == 14) {
    ParsedDate d;
    d.year = ToInt(t.substr(0, 4));
    d.month = ToInt(t.substr(4, 2));
    d.day = ToInt(t.substr(6, 2));
    if (t.size() == 14) {
      d.hour = ToInt(t.substr(8, 2));
      d.minute = ToInt(t.substr(10, 2));
      d.second = ToInt(t.substr(12, 2));
      d.has_time = true;
    }
    return d;
  }
  return std::nullopt;
}

}  // namespace

std::string ParsedDate::FormatIso() const {
  if (!has_time) return FormatIsoDate({year, month, day});
  return FormatIsoDateTime({year, month, day}, hour, minute, second,
                           has_offset ? std::optional<int>(offset_minutes) : std::nullopt);
}

int64_t ParsedDate::UnixSeconds() const {
  int64_t days = DaysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
  int64_t secs = days * 86400 + hour * 3600 + minute * 60 + second;
  if (has_offset) secs -= static_cast<int64_t>(offset_minutes) * 60;
  return secs;
}

ParsedDate FromUnixSeconds(int64_t seconds) {
  int64_t days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
  int64_t rem = seconds - days * 86400;
  const CivilDate civil = CivilFromDays(days);
  ParsedDate out;
  out.year = civil.year;
  out.month = civil.month;
  out.day = civil.day;
  out.hour = static_cast<int>(rem / 3600);
  out.minute = static_cast<int>(rem % 3600 / 60);
  out.second = static_cast<int>(rem % 60);
  out.has_time = true;
  out.has_offset = true;
  out.offset_minutes = 0;
  return out;
}

int MonthOfName(std::string_view word) {
  if (word.ends_with('.')) word.remove_suffix(1);
  std::string lower(word);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  const auto& months = GetPatterns().months;
  const auto it = months.find(lower);
  return it == months.end() ? 0 : it->second;
}

std::optional<ParsedDate> ParseDate(std::string_view text, const DateHints& hints) {
  if (text.size() > kMaxInput) text = text.substr(0, kMaxInput);
  std::string norm = Normalize(text);
  std::string_view s = norm;

  std::optional<int64_t> bound;
  if (!hints.not_after.empty()) {
    DateHints plain;
    plain.min_year = 0;
    if (auto na = ParseDate(hints.not_after, plain)) bound = na->UnixSeconds();
  }

  // Whole-string numbers: timestamps, compact dates.
  {
    std::string_view t = s;
    while (!t.empty() && (t.front() == ' ' || t.front() == '"')) t.remove_prefix(1);
    while (!t.empty() && (t.back() == ' ' || t.back() == '"')) t.remove_suffix(1);
    if (!t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return IsAsciiDigit(c); })) {
      auto d = ParseWholeNumber(t);
      if (d && Plausible(*d, hints, bound)) return d;
      return std::nullopt;
    }
  }

  const Patterns& p = GetPatterns();
  std::vector<Candidate> candidates;
  for (const DatePattern& dp : p.dates) {
    if (!dp.re->ok()) continue;
    size_t pos = 0;
    std::array<re2::StringPiece, 4> g;
    int found = 0;
    while (pos < s.size() && found < 8 &&
           dp.re->Match(s, pos, s.size(), RE2::UNANCHORED, g.data(), g.size())) {
      size_t start = static_cast<size_t>(g[0].data() - s.data());
      size_t end = start + g[0].size();
      pos = start + 1;
      // Digits must not continue before or after the match ("12025-08-01", "2025-08-011").
      if (start > 0 && IsAsciiDigit(s[start - 1])) continue;
      if (end < s.size() && IsAsciiDigit(s[end])) continue;
      if ((dp.order == Order::kMdyName) && start > 0 && IsAsciiAlpha(s[start - 1])) continue;
      ParsedDate d;
      switch (dp.order) {
        case Order::kYmd:
          d.year = ToInt(g[1]);
          d.month = ToInt(g[2]);
          d.day = ToInt(g[3]);
          break;
        case Order::kDmyShort:
          d.day = ToInt(g[1]);
          d.month = ToInt(g[2]);
          d.year = 2000 + ToInt(g[3]);
          // "1.2.34.5", "v1.2.34": version numbers, not dates.
          if (end < s.size() && s[end] == '.') continue;
          if (start > 0 && (IsAsciiAlpha(s[start - 1]) || s[start - 1] == '.')) continue;
          break;
        case Order::kDmy:
          d.day = ToInt(g[1]);
          d.month = ToInt(g[2]);
          d.year = ToInt(g[3]);
          break;
        case Order::kSlash: {
          int a = ToInt(g[1]), b = ToInt(g[2]);
          bool day_first = DayFirstForSlash(hints.language);
          if (a > 12) day_first = true;
          if (b > 12) day_first = false;
          d.day = day_first ? a : b;
          d.month = day_first ? b : a;
          d.year = ToInt(g[3]);
          break;
        }
        case Order::kDmyName: {
          auto it = p.months.find(AsciiLower(g[2]));
          if (it == p.months.end()) {
            // Non-ASCII capitals ("März", "Ağustos"): RE2 matched case-insensitively; try
            // the lowercase-first-letter spelling as written in the table.
            continue;
          }
          d.day = ToInt(g[1]);
          d.month = it->second;
          d.year = ToInt(g[3]);
          break;
        }
        case Order::kMdyName: {
          auto it = p.months.find(AsciiLower(g[1]));
          if (it == p.months.end()) continue;
          d.month = it->second;
          d.day = ToInt(g[2]);
          d.year = ToInt(g[3]);
          break;
        }
      }
      if (!ValidDate(d)) continue;
      ReadTimeAndZone(s, end, hints, &d);
      if (!d.has_time) ReadTimeBefore(s.substr(0, start), hints, &d);
      candidates.push_back({start, d});
      ++found;
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.start < b.start; });
  for (const Candidate& c : candidates) {
    if (Plausible(c.date, hints, bound)) return c.date;
  }
  return std::nullopt;
}

}  // namespace hirewire::extract
