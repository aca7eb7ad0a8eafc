// Every row of extract/data/currency_words.tsv and extract/data/country_currencies.tsv is a test:
// its example, scanned (with the row's country when the expectation names one), yields an amount
// in the expected currency whose surface contains the word.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "corpus/text.h"
#include "extract/currency_context.h"
#include "extract/money.h"

namespace hirewire::extract {
namespace {

std::vector<std::vector<std::string>> DataRows(std::string_view tsv) {
  std::vector<std::vector<std::string>> rows;
  bool header = true;
  for (std::string_view rest = tsv; !rest.empty();) {
    std::string_view line = NextLine(rest);
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    rows.push_back(SplitTabs(line));
  }
  return rows;
}

// "" when `example` scanned in `country` has an amount in `iso` whose surface contains `word`.
std::string Check(const MoneyScanner& scanner, const std::string& example, const std::string& country,
                  const std::string& iso, const std::string& word) {
  MoneyScan scan = scanner.Scan(example, 0, MoneyContext{"", country});
  std::string got;
  for (const Amount& a : scan.amounts) {
    if (a.currency == iso && (word.empty() || a.surface.find(word) != std::string::npos)) return "";
    got += " [" + a.surface + " " + a.currency + " " + a.value + "]";
  }
  return "'" + example + "' (country '" + country + "'): want " + iso + " on '" + word + "', got" + got;
}

std::pair<std::string, std::string> SplitExpect(const std::string& expect) {
  size_t colon = expect.find(':');
  if (colon == std::string::npos) return {"", expect};
  return {expect.substr(0, colon), expect.substr(colon + 1)};
}

TEST(CurrencyWordsData, EveryRowFindsItsCurrencyInItsExample) {
  auto scanner = MoneyScanner::Create();
  ASSERT_TRUE(scanner.ok()) << scanner.status().message();
  std::vector<std::vector<std::string>> rows = DataRows(EmbeddedCurrencyWordsTsv());
  ASSERT_GT(rows.size(), 150u);
  for (const auto& r : rows) {
    ASSERT_EQ(r.size(), 6u) << r[0];
    auto [country, iso] = SplitExpect(r[5]);
    std::string why = Check(**scanner, r[4], country, iso, r[1]);
    EXPECT_EQ(why, "") << r[0] << " word '" << r[1] << "'";
  }
}

TEST(CountryCurrenciesData, EveryRowResolvesItsSymbolOnItsCountrysPage) {
  auto scanner = MoneyScanner::Create();
  ASSERT_TRUE(scanner.ok()) << scanner.status().message();
  std::vector<std::vector<std::string>> rows = DataRows(EmbeddedCountryCurrenciesTsv());
  ASSERT_GT(rows.size(), 30u);
  for (const auto& r : rows) {
    ASSERT_EQ(r.size(), 6u) << r[0];
    EXPECT_EQ(LocalCurrency(r[0]), r[1]);
    if (r[4] == "-") continue;
    EXPECT_EQ(Check(**scanner, r[4], r[0], r[5], ""), "") << "country " << r[0];
  }
}

TEST(CurrencyContext, ReadsTheCountryFromItsSignals) {
  EXPECT_EQ(CountryOfUrl("https://www.cbc.ca/news/x"), "CA");
  EXPECT_EQ(CountryOfUrl("https://www.smh.com.au/business"), "AU");
  EXPECT_EQ(CountryOfUrl("https://www.bbc.co.uk/news"), "GB");
  EXPECT_EQ(CountryOfUrl("https://techcrunch.com/2024/"), "");
  EXPECT_EQ(CountryOfUrl("https://example.io/x"), "");
  EXPECT_EQ(RegionOfLanguageTag("en-CA"), "CA");
  EXPECT_EQ(RegionOfLanguageTag("en_ZA"), "ZA");
  EXPECT_EQ(RegionOfLanguageTag("zh-Hant-TW"), "TW");
  EXPECT_EQ(RegionOfLanguageTag("de"), "");
  EXPECT_EQ(PageCountry("", "https://news.example.com/a", "en_AU", "en-US"), "AU");
  EXPECT_EQ(PageCountry("SG", "https://www.cbc.ca/x", "en_CA", ""), "SG");
  EXPECT_EQ(PageCountry("", "https://www.cbc.ca/x", "en_US", ""), "CA");
  EXPECT_EQ(PageCountry("", "", "", "zh-TW"), "TW");
}

TEST(CurrencyContext, LeavesSymbolsAtTheirDefaultsWithoutACountry) {
  EXPECT_EQ(ResolveCurrencySymbol("$", "", ""), "USD");
  EXPECT_EQ(ResolveCurrencySymbol("$", "KR", "ko"), "USD");
  EXPECT_EQ(ResolveCurrencySymbol("元", "", "zh"), "CNY");
  EXPECT_EQ(ResolveCurrencySymbol("R", "", "en"), "");
  EXPECT_EQ(ResolveCurrencySymbol("R", "ZA", "en"), "ZAR");
  EXPECT_EQ(ResolveCurrencySymbol("kr", "", "sv"), "SEK");
  EXPECT_EQ(ResolveCurrencySymbol("kr", "", "en"), "");
}

}  // namespace
}  // namespace hirewire::extract
