// Every row of extract/data/currency_words.tsv and extract/data/country_currencies.tsv is a test:
// its example, scanned (with the row's country when the expectation names one), yields an amount
// in the expected currency whose surface contains the word (cue, pay and carry words stand
// outside the amount). A counter row expects none: no amount, and one once the counter is deleted.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "corpus/tsv.h"
#include "extract/currency_context.h"
#include "extract/money.h"

namespace hirewire::extract {
namespace {

std::vector<std::vector<std::string>> DataRows(std::string_view tsv) {
  std::vector<std::vector<std::string>> rows;
  Status s = ForEachTsvRow(tsv, "table", TsvHeader::kSkip, [&](const std::vector<std::string>& f, int) {
    rows.push_back(f);
    return Status::Ok();
  });
  EXPECT_TRUE(s.ok()) << s.ToString();
  return rows;
}

// "" when `example` scanned in `country` has an amount in `iso` whose surface contains `word`
// (and whose value, or low for a range, is `value` when that is not empty).
std::string Check(const MoneyScanner& scanner, const std::string& example, const std::string& country,
                  const std::string& iso, const std::string& word, const std::string& value = "") {
  MoneyScan scan = scanner.Scan(example, 0, MoneyContext{"", country});
  std::string got;
  for (const Amount& a : scan.amounts) {
    std::string v = a.kind == "range" ? a.low : a.value;
    if (a.currency == iso && (word.empty() || a.surface.find(word) != std::string::npos) &&
        (value.empty() || v == value))
      return "";
    got += " [" + a.surface + " " + a.currency + " " + v + "]";
  }
  return "'" + example + "' (country '" + country + "'): want " + iso + (value.empty() ? "" : "=" + value) +
         " on '" + word + "', got" + got;
}

std::vector<Amount> Amounts(const MoneyScanner& scanner, const std::string& text,
                            const std::string& country) {
  return scanner.Scan(text, 0, MoneyContext{"", country}).amounts;
}

struct Expect {
  std::string country, iso, value;
};

// "ISO", "CC:ISO", "ISO=value", "CC:ISO=value".
Expect SplitExpect(const std::string& expect) {
  Expect e;
  std::string rest = expect;
  if (size_t colon = rest.find(':'); colon != std::string::npos) {
    e.country = rest.substr(0, colon);
    rest = rest.substr(colon + 1);
  }
  if (size_t eq = rest.find('='); eq != std::string::npos) {
    e.value = rest.substr(eq + 1);
    rest = rest.substr(0, eq);
  }
  e.iso = rest;
  return e;
}

TEST(CurrencyWordsData, EveryRowFindsItsCurrencyInItsExample) {
  auto scanner = MoneyScanner::Create();
  ASSERT_TRUE(scanner.ok()) << scanner.status().message();
  std::vector<std::vector<std::string>> rows = DataRows(EmbeddedCurrencyWordsTsv());
  ASSERT_GT(rows.size(), 150u);
  for (const auto& r : rows) {
    ASSERT_EQ(r.size(), 6u) << r[0];
    if (r[0] == "counter") {
      ASSERT_EQ(r[5], "none") << r[1];
      EXPECT_TRUE(Amounts(**scanner, r[4], "CN").empty()) << "counter '" << r[1] << "': " << r[4];
      std::string without = r[4];
      size_t at = without.find(r[1]);
      ASSERT_NE(at, std::string::npos) << r[1];
      without.erase(at, r[1].size());
      EXPECT_FALSE(Amounts(**scanner, without, "CN").empty()) << "counter '" << r[1] << "': " << without;
      continue;
    }
    Expect e = SplitExpect(r[5]);
    if (r[0] == "gloss") {
      // The amount after the gloss word glosses the one before it; without the word it still does.
      for (const std::string& text : {r[4], [&] {
                                        std::string without = r[4];
                                        without.erase(without.find(r[1] + " "), r[1].size() + 1);
                                        return without;
                                      }()}) {
        std::vector<Amount> got = Amounts(**scanner, text, "KR");
        ASSERT_GE(got.size(), 2u) << "gloss '" << r[1] << "': " << text;
        EXPECT_EQ(got.back().currency, e.iso) << text;
        EXPECT_EQ(got.back().value, e.value) << text;
        EXPECT_EQ(got.back().glosses, static_cast<int>(got.size()) - 2) << "gloss '" << r[1] << "': " << text;
      }
      continue;
    }
    // A cue, pay or carry word is not part of the amount; its example holds a bare amount it makes money.
    bool outside = r[0] == "cue" || r[0] == "pay" || r[0] == "carry";
    std::string why = Check(**scanner, r[4], e.country, e.iso, outside ? "" : r[1], e.value);
    EXPECT_EQ(why, "") << r[0] << " word '" << r[1] << "'";
  }
}

TEST(CountryCurrenciesData, EveryRowResolvesItsSymbolOnItsCountrysPage) {
  auto scanner = MoneyScanner::Create();
  ASSERT_TRUE(scanner.ok()) << scanner.status().message();
  std::vector<std::vector<std::string>> rows = DataRows(EmbeddedCountryCurrenciesTsv());
  ASSERT_GT(rows.size(), 30u);
  for (const auto& r : rows) {
    ASSERT_EQ(r.size(), 7u) << r[0];
    EXPECT_EQ(LocalCurrency(r[0]), r[0] == "ZZ" ? "" : r[1]);
    if (r[5] == "-") continue;
    Expect e = SplitExpect(r[6]);
    EXPECT_EQ(Check(**scanner, r[5], r[0], e.iso, "", e.value), "") << "country " << r[0];
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
