// Scores ExtractArticle on every page of ../shared/corpus/fundus-dev against gold-dev.jsonl with
// the metrics of ../shared/eval/score.py (ported: same tokens, shingles, averaging, title,
// authors and date rules) and asserts the floors in extraction_floors.h, overall and per page
// language (ko, ja, en, de; the language of the gold body).
#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "corpus/dates.h"
#include "corpus/input.h"
#include "extract/article.h"
#include "extract/language.h"
#include "tests/extract/extraction_floors.h"

namespace hirewire::extract {
namespace {

using nlohmann::json;

// ------------------------------------------------------------------ score.py, ported

bool IsCjk(UChar32 c) {
  return (c >= 0x3005 && c <= 0x3007) || (c >= 0x3021 && c <= 0x3029) || (c >= 0x3031 && c <= 0x3035) ||
         c == 0x303B || (c >= 0x3040 && c <= 0x309F) || (c >= 0x30A0 && c <= 0x30FF) ||
         (c >= 0x31F0 && c <= 0x31FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF66 && c <= 0xFF9F) || (c >= 0x20000 && c <= 0x3134F);
}

// Python's \w for str patterns: alphanumeric (L*, numeric) or underscore.
bool IsWord(UChar32 c) {
  if (c == '_') return true;
  switch (u_charType(c)) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER: return true;
    default: return u_getNumericValue(c) != U_NO_NUMERIC_VALUE;
  }
}

std::vector<std::string> Tokens(const std::string& text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) out.push_back(std::move(cur));
    cur.clear();
  };
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    std::string utf8;
    icu::UnicodeString(c).toUTF8String(utf8);
    if (!IsWord(c)) {
      flush();
    } else if (IsCjk(c)) {
      flush();
      out.push_back(utf8);
    } else {
      cur += utf8;
    }
  }
  flush();
  return out;
}

std::unordered_map<std::string, int> Shingles(const std::vector<std::string>& t) {
  std::unordered_map<std::string, int> out;
  if (t.empty()) return out;
  auto key = [&](size_t b, size_t e) {
    std::string k;
    for (size_t i = b; i < e; ++i) {
      k += t[i];
      k.push_back('\x1f');
    }
    return k;
  };
  if (t.size() < 4) {
    out[key(0, t.size())] = 1;
    return out;
  }
  for (size_t i = 0; i + 4 <= t.size(); ++i) ++out[key(i, i + 4)];
  return out;
}

struct BodyCounts {
  long tp = 0, fp = 0, fn = 0;
};

BodyCounts CountBody(const std::vector<std::string>& gold, const std::vector<std::string>& pred) {
  auto g = Shingles(gold), p = Shingles(pred);
  long ng = 0, np = 0, tp = 0;
  for (auto& [k, v] : g) ng += v;
  for (auto& [k, v] : p) {
    np += v;
    auto it = g.find(k);
    if (it != g.end()) tp += std::min(v, it->second);
  }
  return {tp, np - tp, ng - tp};
}

double PagePrecision(const BodyCounts& c) {
  if (c.fp == 0 && c.fn == 0) return 1.0;
  if (c.tp == 0 && c.fp == 0) return 0.0;
  return static_cast<double>(c.tp) / (c.tp + c.fp);
}
double PageRecall(const BodyCounts& c) {
  if (c.fp == 0 && c.fn == 0) return 1.0;
  if (c.tp == 0 && c.fn == 0) return 0.0;
  return static_cast<double>(c.tp) / (c.tp + c.fn);
}
double HMean(double a, double b) { return a + b > 0 ? 2 * a * b / (a + b) : 0.0; }

bool IsPySpace(UChar32 c) { return u_isUWhiteSpace(c) || (c >= 0x1C && c <= 0x1F); }

// " ".join(unicodedata.normalize("NFKC", s).split())
std::string NormWs(const std::string& s) {
  UErrorCode st = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(st);
  icu::UnicodeString n = nfkc->normalize(icu::UnicodeString::fromUTF8(s), st);
  icu::UnicodeString out;
  bool pending = false;
  for (int32_t i = 0; i < n.length();) {
    UChar32 c = n.char32At(i);
    i += U16_LENGTH(c);
    if (IsPySpace(c)) {
      pending = out.length() > 0;
      continue;
    }
    if (pending) out.append(static_cast<UChar>(' '));
    pending = false;
    out.append(c);
  }
  std::string r;
  out.toUTF8String(r);
  return r;
}

std::string Fold(const std::string& s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(NormWs(s));
  u.foldCase();
  std::string r;
  u.toUTF8String(r);
  return r;
}

struct Date {
  int y = 0, m = 0, d = 0, hh = 0, mm = 0;
  std::optional<int> offset_min;
};

std::optional<Date> ParseIso(const std::string& s) {
  Date r;
  if (std::sscanf(s.c_str(), "%4d-%2d-%2d", &r.y, &r.m, &r.d) != 3) return std::nullopt;
  if (s.size() > 10 && (s[10] == 'T' || s[10] == ' ')) {
    std::sscanf(s.c_str() + 11, "%2d:%2d", &r.hh, &r.mm);
    size_t tz = s.find_first_of("Z+-", 11);
    if (tz != std::string::npos) {
      if (s[tz] == 'Z') {
        r.offset_min = 0;
      } else {
        int oh = 0, om = 0;
        if (std::sscanf(s.c_str() + tz + 1, "%2d:%2d", &oh, &om) >= 1 ||
            std::sscanf(s.c_str() + tz + 1, "%2d%2d", &oh, &om) >= 1)
          r.offset_min = (s[tz] == '-' ? -1 : 1) * (oh * 60 + om);
      }
    }
  }
  return r;
}

bool SameDay(const std::string& gold, const std::string& pred) {
  auto g = ParseIso(gold), p = ParseIso(pred);
  if (!g || !p) return false;
  if (g->offset_min && p->offset_min) {
    long minutes = hirewire::DaysFromCivil(p->y, p->m, p->d) * 1440 + p->hh * 60 + p->mm - *p->offset_min +
                   *g->offset_min;
    long day = static_cast<long>(std::floor(minutes / 1440.0));
    return day == hirewire::DaysFromCivil(g->y, g->m, g->d);
  }
  return g->y == p->y && g->m == p->m && g->d == p->d;
}

struct Row {
  BodyCounts c;
  std::optional<double> title, authors, date;
};

struct Agg {
  double f1 = 0, p = 0, r = 0, title = NAN, authors = NAN, date = NAN;
  size_t pages = 0;
};

Agg Aggregate(const std::vector<Row>& rows) {
  Agg a;
  a.pages = rows.size();
  double ps = 0, rs = 0, ts = 0, as = 0, ds = 0;
  size_t pn = 0, rn = 0, tn = 0, an = 0, dn = 0;
  for (const Row& r : rows) {
    if (r.c.tp + r.c.fp > 0) ps += PagePrecision(r.c), ++pn;
    if (r.c.tp + r.c.fn > 0) rs += PageRecall(r.c), ++rn;
    if (r.title) ts += *r.title, ++tn;
    if (r.authors) as += *r.authors, ++an;
    if (r.date) ds += *r.date, ++dn;
  }
  a.p = pn ? ps / pn : 0.0;
  a.r = rn ? rs / rn : NAN;
  a.f1 = HMean(a.p, a.r);
  if (tn) a.title = ts / tn;
  if (an) a.authors = as / an;
  if (dn) a.date = ds / dn;
  return a;
}

std::string ReadFile(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

std::string JoinBody(const json& body) {
  std::string s;
  if (body.is_string()) return body.get<std::string>();
  if (!body.is_array()) return s;
  for (const json& p : body) {
    if (!p.is_string() || p.get<std::string>().empty()) continue;
    if (!s.empty()) s.push_back('\n');
    s += p.get<std::string>();
  }
  return s;
}

std::string JoinParas(const std::vector<std::string>& ps) {
  std::string s;
  for (const std::string& p : ps) {
    if (p.empty()) continue;
    if (!s.empty()) s.push_back('\n');
    s += p;
  }
  return s;
}

TEST(FundusGolden, MeetsExtractionFloors) {
  const std::string dir = std::string(HIREWIRE_SHARED_DIR) + "/corpus/fundus-dev";
  std::ifstream gold(dir + "/gold-dev.jsonl");
  ASSERT_TRUE(gold.good()) << "missing " << dir;
  // HIREWIRE_SHOW_MISSES=1 prints every title the extractor got wrong (for diagnosis only).
  const bool show_misses = std::getenv("HIREWIRE_SHOW_MISSES") != nullptr;
  std::vector<Row> all;
  std::map<std::string, std::vector<Row>> by_lang;
  std::string line;
  while (std::getline(gold, line)) {
    if (line.empty()) continue;
    json g = json::parse(line);
    std::string id = g["id"];
    Result<std::string> html = Gunzip(ReadFile(dir + "/" + id + ".html.gz"), 256u << 20);
    ASSERT_TRUE(html.ok()) << id;
    PageContext ctx;
    ctx.source = id;
    Result<Article> art = ExtractArticle(*html, ctx);
    Article a = art.ok() ? std::move(art).value() : Article{};

    std::string gold_body = JoinBody(g["body"]);
    Row row;
    row.c = CountBody(Tokens(gold_body), Tokens(JoinParas(a.paragraphs)));
    if (g["title"].is_string() && !g["title"].get<std::string>().empty()) {
      row.title = !a.title.empty() && NormWs(g["title"]) == NormWs(a.title) ? 1.0 : 0.0;
      if (show_misses && *row.title == 0.0)
        std::printf("title miss %s\n  gold: %s\n  got:  %s\n", id.c_str(), NormWs(g["title"]).c_str(),
                    a.title.c_str());
    }
    if (g["authors"].is_array() && !g["authors"].empty()) {
      std::set<std::string> ga, pa;
      for (const json& x : g["authors"])
        if (x.is_string() && !NormWs(x).empty()) ga.insert(Fold(x));
      for (const std::string& x : a.authors)
        if (!NormWs(x).empty()) pa.insert(Fold(x));
      size_t common = 0;
      for (const std::string& x : pa) common += ga.count(x);
      row.authors = pa.empty() ? 0.0 : HMean(double(common) / pa.size(), double(common) / ga.size());
    }
    if (g["published"].is_string() && !g["published"].get<std::string>().empty())
      row.date = SameDay(g["published"], a.published) ? 1.0 : 0.0;
    all.push_back(row);
    by_lang[DetectLanguage(gold_body)].push_back(row);
  }
  ASSERT_GT(all.size(), 100u);

  auto print = [](const std::string& name, const Agg& a) {
    std::printf("%-6s pages=%3zu F1=%.3f P=%.3f R=%.3f title=%.3f authors=%.3f date=%.3f\n", name.c_str(),
                a.pages, a.f1, a.p, a.r, a.title, a.authors, a.date);
  };
  Agg total = Aggregate(all);
  print("all", total);
  for (const auto& [lang, rows] : by_lang) print(lang, Aggregate(rows));

  EXPECT_GE(total.f1, floors::kBodyF1);
  EXPECT_GE(total.title, floors::kTitleExact);
  EXPECT_GE(total.date, floors::kDateSameDay);
  EXPECT_GE(total.authors, floors::kAuthorsF1);
  for (const char* lang : {"ko", "ja", "en", "de"}) {
    ASSERT_TRUE(by_lang.count(lang)) << lang;
    EXPECT_GE(Aggregate(by_lang[lang]).f1, floors::kBodyF1PerLanguage) << "language " << lang;
    EXPECT_GE(Aggregate(by_lang[lang]).title, floors::kTitleExactPerLanguage) << "language " << lang;
  }
}

}  // namespace
}  // namespace hirewire::extract
