// KRW <-> USD conversion: the embedded table against its source CSV, lookups on weekends,
// holidays and outside the range, user tables and rates, article (gloss) rates, and the >5% check.
#include "normalize/currency.h"

#include <gtest/gtest.h>

#include <array>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "extract/money.h"
#include "normalize/fx.h"

namespace hirewire::normalize {
namespace {

std::map<std::string, std::string> SourceCsv() {
  std::ifstream in(std::string(HIREWIRE_SHARED_DIR) + "/rates/krw_usd_daily.csv");
  std::map<std::string, std::string> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    size_t c = line.find(',');
    if (c != std::string::npos) rows[line.substr(0, c)] = line.substr(c + 1);
  }
  return rows;
}

// "1404.8000" -> "1404.8"; the table prints shortest decimals.
std::string Canonical(std::string r) {
  if (r.find('.') != std::string::npos) {
    while (r.back() == '0') r.pop_back();
    if (r.back() == '.') r.pop_back();
  }
  return r;
}

// rate * 10^8 as an integer string (rates have at most 4 decimals).
std::string TimesHundredMillion(const std::string& rate) {
  size_t dot = rate.find('.');
  std::string ip = rate.substr(0, dot), fp = dot == std::string::npos ? "" : rate.substr(dot + 1);
  fp.resize(8, '0');
  std::string out = ip + fp;
  return out.substr(out.find_first_not_of('0'));
}

Article SeedArticle(const std::string& published) {
  std::ifstream in(std::string(HIREWIRE_SHARED_DIR) + "/seed/article-ko-meta-hiring.txt");
  Article a;
  a.published = published;
  a.language = "ko";
  std::string line;
  int n = 0;
  while (std::getline(in, line))
    if (++n >= 3 && n <= 10) a.paragraphs.push_back(line);
  auto scanner = extract::MoneyScanner::Create();
  (*scanner)->ScanArticle(&a);
  return a;
}

TEST(RateTable, EmbeddedTableMatchesItsSourceCsvRowForRow) {
  std::map<std::string, std::string> src = SourceCsv();
  ASSERT_GT(src.size(), 6000u);
  const RateTable& t = RateTable::Embedded();
  EXPECT_EQ(t.size(), src.size());
  for (const auto& [date, rate] : src) {
    RateTable::Lookup l = t.At(date);
    ASSERT_EQ(l.date, date);
    ASSERT_EQ(l.rate, Canonical(rate)) << date;
    ASSERT_FALSE(l.out_of_range);
  }
}

TEST(RateTable, UsesTheLastWorkingDayForWeekendsAndHolidays) {
  const RateTable& t = RateTable::Embedded();
  std::map<std::string, std::string> src = SourceCsv();
  // 2025-06-21/22 is a weekend; 2024-12-25/26 and 2025-01-01 are TARGET holidays.
  for (auto [day, expect] : {std::pair{"2025-06-21", "2025-06-20"},
                             {"2025-06-22", "2025-06-20"},
                             {"2024-12-25", "2024-12-24"},
                             {"2024-12-26", "2024-12-24"},
                             {"2025-01-01", "2024-12-31"}}) {
    ASSERT_EQ(src.count(day), 0u) << day << " unexpectedly has a rate";
    RateTable::Lookup l = t.At(day);
    EXPECT_EQ(l.date, expect) << day;
    EXPECT_EQ(l.rate, Canonical(src.at(expect)));
    EXPECT_FALSE(l.out_of_range);
  }
  // An ISO timestamp works like its date.
  EXPECT_EQ(t.At("2025-06-22T09:00:00+09:00").date, "2025-06-20");
}

TEST(RateTable, ClampsOutsideTheRangeAndSaysSo) {
  const RateTable& t = RateTable::Embedded();
  RateTable::Lookup early = t.At("1995-03-01");
  EXPECT_EQ(early.date, "1999-01-04");
  EXPECT_TRUE(early.out_of_range);
  RateTable::Lookup late = t.At("2031-01-01");
  EXPECT_EQ(late.date, t.Latest().date);
  EXPECT_TRUE(late.out_of_range);
  EXPECT_TRUE(t.At("not a date").out_of_range);
}

TEST(RateTable, ReadsUserCsv) {
  auto t = RateTable::FromCsv("date,krw_per_usd\n2025-01-06,1460\n2025-01-02,1450.5\n\n");
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_EQ((*t)->size(), 2u);
  EXPECT_EQ((*t)->At("2025-01-05").rate, "1450.5");
  EXPECT_EQ((*t)->At("2025-01-05").date, "2025-01-02");
  EXPECT_EQ((*t)->At("2025-01-07").rate, "1460");
  EXPECT_FALSE(RateTable::FromCsv("date,krw_per_usd\n2025-01-02,abc\n").ok());
  EXPECT_FALSE(RateTable::FromCsv("date,krw_per_usd\n2025-13-02,1400\n").ok());
  auto feb30 = RateTable::FromCsv("date,krw_per_usd\n2025-01-02,1400\n2025-02-30,1400\n");
  ASSERT_FALSE(feb30.ok());  // not a calendar day
  EXPECT_NE(feb30.status().ToString().find("line 3: bad date '2025-02-30'"), std::string::npos)
      << feb30.status().ToString();
  EXPECT_FALSE(RateTable::FromCsv("date,krw_per_usd\n").ok());
  EXPECT_FALSE(RateTable::FromCsv("date,krw_per_usd\n2025-01-02,0\n").ok());
}

TEST(ConvertAmounts, GlossPairsUseTheArticleRateAndOthersTheTable) {
  Article a = SeedArticle("2025-08-01T10:00:00+09:00");
  ASSERT_EQ(a.money.size(), 9u);
  ConvertAmounts(&a, {});
  EXPECT_TRUE(a.warnings.empty());
  std::map<std::string, std::string> src = SourceCsv();
  const std::string table_rate = Canonical(src.at("2025-08-01"));
  int article = 0, table = 0;
  for (const Amount& m : a.money) {
    EXPECT_TRUE(m.warnings.empty()) << m.surface;
    if (m.rate_source == "article") {
      ++article;
      EXPECT_TRUE(m.rate == "1404.8" || m.rate == "1400") << m.rate;
    } else {
      ++table;
      EXPECT_EQ(m.rate_source, "table:2025-08-01");
      EXPECT_EQ(m.rate, table_rate);
      if (m.currency == "USD" && m.value == "100000000") {
        EXPECT_EQ(m.krw, TimesHundredMillion(table_rate));
      }
    }
  }
  EXPECT_EQ(article, 4);
  EXPECT_EQ(table, 5);
  // The first pair: 125,000,000 USD <-> 175,600,000,000 KRW, both at 1404.8.
  EXPECT_EQ(a.money[0].usd, "125000000");
  EXPECT_EQ(a.money[0].krw, "175600000000");
  EXPECT_EQ(a.money[1].usd, "125000000");
  EXPECT_EQ(a.money[1].krw, "175600000000");
}

TEST(ConvertAmounts, GlossPairsKeepBothStatedFiguresExactly) {
  auto scanner = extract::MoneyScanner::Create();
  ASSERT_TRUE(scanner.ok());
  for (const auto& [text, usd, krw, rate] : std::vector<std::array<std::string, 4>>{
           {"300만 달러(약 41억원)", "3000000", "4100000000", "1366.6667"},
           {"41억원(약 300만 달러)", "3000000", "4100000000", "1366.6667"},
           {"7억 달러(약 9,800억 원)", "700000000", "980000000000", "1400"}}) {
    Article a;
    a.published = "2025-08-01";
    a.paragraphs = {text};
    (*scanner)->ScanArticle(&a);
    ASSERT_EQ(a.money.size(), 2u) << text;
    ConvertAmounts(&a, {});
    for (const Amount& m : a.money) {
      EXPECT_EQ(m.usd, usd) << text << " " << m.surface;
      EXPECT_EQ(m.krw, krw) << text << " " << m.surface;
      EXPECT_EQ(m.rate, rate) << text;
      EXPECT_EQ(m.rate_source, "article");
    }
  }
}

TEST(ConvertAmounts, WarnsWhenTheArticleRateIsFarFromTheTable) {
  auto scanner = extract::MoneyScanner::Create();
  Article a;
  a.published = "2025-08-01";
  a.paragraphs = {"1억 달러(약 1조원)를 제안했다.", "1억 달러(약 1400억원)를 제안했다."};
  (*scanner)->ScanArticle(&a);
  ASSERT_EQ(a.money.size(), 4u);
  ConvertAmounts(&a, {});
  EXPECT_EQ(a.money[1].implied_rate, "10000");
  ASSERT_EQ(a.money[1].warnings.size(), 1u);
  EXPECT_NE(a.money[1].warnings[0].find("more than 5%"), std::string::npos);
  EXPECT_TRUE(a.money[3].warnings.empty());
  EXPECT_EQ(a.money[1].rate_source, "article");
}

TEST(ConvertAmounts, UserRateOverridesEverythingAndRoundsHalfEven) {
  auto scanner = extract::MoneyScanner::Create();
  Article a;
  a.published = "2025-08-01";
  a.paragraphs = {"1억 달러(약 1400억원), 1원, 3원, 5원, 300만 엔."};
  (*scanner)->ScanArticle(&a);
  ASSERT_EQ(a.money.size(), 6u);
  ConvertOptions o;
  o.user_rate = "8";
  ConvertAmounts(&a, o);
  for (const Amount& m : a.money) {
    if (m.currency != "JPY") {
      EXPECT_EQ(m.rate_source, "user");
    }
  }
  EXPECT_EQ(a.money[0].krw, "800000000");
  EXPECT_EQ(a.money[2].usd, "0.12");  // 0.125 -> half-even
  EXPECT_EQ(a.money[3].usd, "0.38");  // 0.375 -> half-even
  EXPECT_EQ(a.money[4].usd, "0.62");  // 0.625 -> half-even
  // JPY converts through EUR on the table, not at the user's KRW/USD rate.
  EXPECT_EQ(a.money[5].rate_source, "table:2025-08-01");
  EXPECT_EQ(a.money[5].usd, ConvertVia(FxTable::Embedded(), "3000000", "JPY", "USD", "2025-08-01")->value);
  EXPECT_EQ(a.money[5].krw, ConvertVia(FxTable::Embedded(), "3000000", "JPY", "KRW", "2025-08-01")->value);
  EXPECT_FALSE(a.money[5].usd_rate.empty());
}

TEST(ConvertAmounts, ConvertsOtherCurrenciesThroughEuroAndWarnsWhenTheTableIsStale) {
  auto scanner = extract::MoneyScanner::Create();
  Article a;
  a.published = "2026-06-30";
  a.country = "CA";
  a.paragraphs = {"Ottawa will spend $1.2 billion, and Tokyo 300 million yen."};
  (*scanner)->ScanArticle(&a);
  ASSERT_EQ(a.money.size(), 2u);
  ConvertAmounts(&a, {});
  EXPECT_EQ(a.money[0].currency, "CAD");
  EXPECT_EQ(a.money[0].rate_source, "table:2026-04-13");
  EXPECT_EQ(a.money[0].usd, ConvertVia(FxTable::Embedded(), "1200000000", "CAD", "USD", "2026-04-13")->value);
  ASSERT_EQ(a.warnings.size(), 1u);
  EXPECT_NE(a.warnings[0].find("stale_rates"), std::string::npos) << a.warnings[0];
}

TEST(ConvertAmounts, NamesEveryCurrencyTheTableHasNoRateFor) {
  auto scanner = extract::MoneyScanner::Create();
  Article a;
  a.published = "2026-04-10";
  a.country = "TW";
  a.paragraphs = {"他月薪3萬元。",
                  "The fine was KSh 2 million and KSh 5,000, or 5,000,000 VND; Tokyo paid 300 million yen."};
  (*scanner)->ScanArticle(&a);
  ASSERT_EQ(a.money.size(), 5u);
  ConvertAmounts(&a, {});
  for (const Amount& m : a.money) {
    if (m.currency == "JPY") {
      EXPECT_FALSE(m.usd.empty());
      EXPECT_TRUE(m.warnings.empty());
      continue;
    }
    EXPECT_TRUE(m.usd.empty() && m.krw.empty()) << m.surface;
    ASSERT_EQ(m.warnings.size(), 1u) << m.surface;
    EXPECT_EQ(m.warnings[0], "money: no_rate: the rate table has no " + m.currency + " rate; not converted");
  }
  std::vector<std::string> want = {"money: no_rate: the rate table has no TWD rate; 1 amount not converted",
                                   "money: no_rate: the rate table has no KES rate; 2 amounts not converted",
                                   "money: no_rate: the rate table has no VND rate; 1 amount not converted"};
  EXPECT_EQ(a.warnings, want);
}

TEST(ConvertAmounts, UsesTheUserTableAndTheFallbackDate) {
  auto t = RateTable::FromCsv("date,krw_per_usd\n2020-01-02,1000\n2020-01-03,1200\n");
  ASSERT_TRUE(t.ok());
  auto scanner = extract::MoneyScanner::Create();
  Article a;
  a.paragraphs = {"연봉 5000달러와 120만 원."};
  (*scanner)->ScanArticle(&a);
  ASSERT_EQ(a.money.size(), 2u);
  ConvertOptions o;
  o.table = t->get();
  o.date = "2020-01-02";
  ConvertAmounts(&a, o);
  EXPECT_EQ(a.money[0].krw, "5000000");
  EXPECT_EQ(a.money[1].usd, "1200");
  EXPECT_EQ(a.money[1].rate_source, "table:2020-01-02");
  EXPECT_TRUE(a.published.empty());  // never invented
  EXPECT_TRUE(a.warnings.empty());
}

TEST(ConvertAmounts, WithoutAnyDateUsesTheLatestRateWithAWarning) {
  auto scanner = extract::MoneyScanner::Create();
  Article a;
  a.paragraphs = {"$1 million"};
  (*scanner)->ScanArticle(&a);
  ConvertAmounts(&a, {});
  ASSERT_EQ(a.money.size(), 1u);
  EXPECT_EQ(a.money[0].rate_source, "table:" + RateTable::Embedded().Latest().date);
  ASSERT_EQ(a.warnings.size(), 1u);
  EXPECT_TRUE(a.published.empty());
}

// An amount with no gloss of its own that repeats one of a gloss pair (the headline's bare "3000만 달러", the
// body's "3000만 달러(한화 약 420억원)") converts as that member does; another value or a second pair does
// not.
TEST(ConvertAmounts, AGlossedTwinTakesThePairsConversion) {
  auto scanner = extract::MoneyScanner::Create();
  ASSERT_TRUE(scanner.ok());
  Article a;
  a.published = "2025-08-01";
  a.paragraphs = {"3000만 달러 제안", "회사는 3000만 달러(한화 약 420억원)를 제안했다.", "420억원 규모",
                  "5000만 달러 규모"};
  (*scanner)->ScanArticle(&a);
  ASSERT_EQ(a.money.size(), 5u);
  ConvertAmounts(&a, {});
  for (int k : {0, 1, 2, 3}) {
    EXPECT_EQ(a.money[k].rate_source, "article") << k;
    EXPECT_EQ(a.money[k].rate, "1400") << k;
    EXPECT_EQ(a.money[k].usd, "30000000") << k;
    EXPECT_EQ(a.money[k].krw, "42000000000") << k;
  }
  EXPECT_EQ(a.money[4].rate_source, "table:2025-08-01");
}

// The same in another currency: the bare twin of a glossed euro amount takes the stated won value.
TEST(ConvertAmounts, AGlossedTwinInAnotherCurrencyTakesTheStatedValue) {
  auto scanner = extract::MoneyScanner::Create();
  ASSERT_TRUE(scanner.ok());
  Article a;
  a.published = "2025-08-01";
  a.paragraphs = {"2000만 유로 제안", "회사는 2000만 유로(약 320억원)를 제안했다.", "3000만 유로 규모"};
  (*scanner)->ScanArticle(&a);
  ASSERT_EQ(a.money.size(), 4u);
  ConvertAmounts(&a, {});
  EXPECT_EQ(a.money[0].krw, "32000000000");
  EXPECT_EQ(a.money[0].rate_source, "article");
  EXPECT_EQ(a.money[1].krw, "32000000000");
  EXPECT_EQ(a.money[3].rate_source, "table:2025-08-01");
}

TEST(ValidateRate, AcceptsPositiveDecimalsOnly) {
  EXPECT_TRUE(ValidateRate("1404.8").ok());
  EXPECT_FALSE(ValidateRate("0").ok());
  EXPECT_FALSE(ValidateRate("-3").ok());
  EXPECT_FALSE(ValidateRate("1e3").ok());
}

}  // namespace
}  // namespace hirewire::normalize
