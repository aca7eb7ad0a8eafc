// Property tests: FormatKorean / FormatEnglish -> MoneyScanner round trips over random values,
// and scanning is idempotent on its own formatted output.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "corpus/decimal.h"
#include "extract/money.h"
#include "extract/money_format.h"

namespace hirewire::extract {
namespace {

const char* const kCurrencies[] = {"KRW", "USD", "JPY", "CNY", "EUR", "GBP", "HKD", "TWD",
                                   "CAD", "AUD", "SGD", "CHF", "INR", "NZD", "BRL"};

// Random values from 0.01 to ~10^20 with a random number of significant digits.
std::string RandomValue(std::mt19937_64& rng, bool allow_fraction) {
  int digits = 1 + static_cast<int>(rng() % 20);
  int significant = 1 + static_cast<int>(rng() % std::min(digits, 8));
  std::string v;
  for (int i = 0; i < digits; ++i) {
    char d = i < significant ? static_cast<char>('0' + rng() % 10) : '0';
    if (i == 0 && d == '0') d = '1';
    v.push_back(d);
  }
  if (allow_fraction && rng() % 4 == 0) {
    v += "." + std::to_string(1 + rng() % 9) + std::to_string(rng() % 10);
    while (v.back() == '0') v.pop_back();
  }
  return v;
}

class MoneyRoundTrip : public ::testing::Test {
 protected:
  void SetUp() override {
    auto s = MoneyScanner::Create();
    ASSERT_TRUE(s.ok());
    scanner_ = std::move(s).value();
  }
  // The text must scan to exactly one exact amount covering all of it.
  void ExpectReads(const std::string& text, const std::string& value, const std::string& cur) {
    MoneyScan scan = scanner_->Scan(text);
    ASSERT_EQ(scan.amounts.size(), 1u) << text;
    const Amount& a = scan.amounts[0];
    EXPECT_EQ(a.value, value) << text;
    EXPECT_EQ(a.currency, cur) << text;
    EXPECT_EQ(a.kind, "exact") << text;
    EXPECT_EQ(a.surface, text);
  }
  std::unique_ptr<MoneyScanner> scanner_;
};

TEST_F(MoneyRoundTrip, FormatsKnownValues) {
  EXPECT_EQ(FormatKorean("175600000000", "KRW"), "1756억 원");
  EXPECT_EQ(FormatKorean("1400000000000", "KRW"), "1조 4000억 원");
  EXPECT_EQ(FormatKorean("125000000", "USD"), "1억 2500만 달러");
  EXPECT_EQ(FormatKorean("1234.56", "USD"), "1,234.56 달러");
  EXPECT_EQ(FormatEnglish("125000000", "USD"), "$125 million");
  EXPECT_EQ(FormatEnglish("1400000000000", "KRW"), "₩1.4 trillion");
  EXPECT_EQ(FormatEnglish("175600000000", "KRW"), "₩175.6 billion");
  EXPECT_EQ(FormatEnglish("125000001", "USD"), "$125,000,001");
  EXPECT_EQ(FormatEnglish("0.45", "USD"), "$0.45");
  EXPECT_EQ(FormatEnglish("3000000000", "CNY"), "CNY 3 billion");
}

TEST_F(MoneyRoundTrip, KoreanStyleReadsBackExactly) {
  std::mt19937_64 rng(20260401);
  for (int i = 0; i < 3000; ++i) {
    std::string v = RandomValue(rng, true);
    std::string cur = kCurrencies[rng() % std::size(kCurrencies)];
    ExpectReads(FormatKorean(v, cur), v, cur);
  }
}

TEST_F(MoneyRoundTrip, EnglishStyleReadsBackExactly) {
  std::mt19937_64 rng(777);
  for (int i = 0; i < 3000; ++i) {
    std::string v = RandomValue(rng, true);
    std::string cur = kCurrencies[rng() % std::size(kCurrencies)];
    ExpectReads(FormatEnglish(v, cur), v, cur);
  }
}

TEST_F(MoneyRoundTrip, ScanIsIdempotentOnItsOwnOutput) {
  const std::string text =
      "메타는 1억2500만 달러(약 1756억원)를 제안했다. 최대 10억 달러(약 1조4000억원), "
      "연봉 5천만 달러, 오천만 원, 이십억 달러, 1.5조 원, 17억5600만원, 1,756억원. "
      "Meta offered US$20m, then $1.5bn and KRW 175.6bn; ₩1.4 trillion; 125 million dollars. "
      "1億2500万ドル, 1兆4000億円, 2000万美元, 人民币 5亿元, 3.5億新台幣, 6,7 Mrd. Euro.";
  MoneyScan first = scanner_->Scan(text);
  ASSERT_GE(first.amounts.size(), 20u);
  for (const Amount& a : first.amounts) {
    ASSERT_FALSE(a.value.empty()) << a.surface;
    for (const std::string& f : {FormatKorean(a.value, a.currency), FormatEnglish(a.value, a.currency)}) {
      MoneyScan again = scanner_->Scan(f);
      ASSERT_EQ(again.amounts.size(), 1u) << a.surface << " -> " << f;
      EXPECT_EQ(again.amounts[0].value, a.value) << f;
      EXPECT_EQ(again.amounts[0].currency, a.currency) << f;
      // Formatting what was read back gives the same text (a fixed point).
      EXPECT_EQ(FormatEnglish(again.amounts[0].value, again.amounts[0].currency),
                FormatEnglish(a.value, a.currency));
    }
  }
}

TEST(MoneyDecimal, RoundsHalfEvenOnce) {
  Fixed a, b, r;
  ASSERT_TRUE(ParseFixed("175600000000", &a));
  ASSERT_TRUE(ParseFixed("125000000", &b));
  ASSERT_TRUE(FixedDivRound(a, b, 4, &r));
  EXPECT_EQ(FixedToString(r), "1404.8");
  ASSERT_TRUE(ParseFixed("0.125", &a));
  ASSERT_TRUE(ParseFixed("1", &b));
  ASSERT_TRUE(FixedMulRound(a, b, 2, &r));
  EXPECT_EQ(FixedToString(r), "0.12");  // tie -> even
  ASSERT_TRUE(ParseFixed("0.135", &a));
  ASSERT_TRUE(FixedMulRound(a, b, 2, &r));
  EXPECT_EQ(FixedToString(r), "0.14");
  ASSERT_TRUE(ParseFixed("125000000", &a));
  ASSERT_TRUE(ParseFixed("1404.8", &b));
  ASSERT_TRUE(FixedMulRound(a, b, 0, &r));
  EXPECT_EQ(FixedToString(r), "175600000000");
  ASSERT_TRUE(ParseFixed("1", &a));
  ASSERT_TRUE(ParseFixed("3", &b));
  ASSERT_TRUE(FixedDivRound(a, b, 2, &r));
  EXPECT_EQ(FixedToString(r), "0.33");
}

TEST(MoneyDecimal, RejectsOverflowInsteadOfWrapping) {
  Fixed a;
  EXPECT_FALSE(ParseFixed("10000000000000000000000000", &a));  // 10^25
  ASSERT_TRUE(ParseFixed("1000000000000000000000", &a));       // 10^21
  Fixed r;
  EXPECT_FALSE(FixedMulPow10(a, 4, &r));
  Fixed big;
  ASSERT_TRUE(ParseFixed("900000000000000000000000", &big));
  EXPECT_FALSE(FixedMulRound(big, Fixed{2000000}, 0, &r));
  EXPECT_FALSE(FixedDivRound(a, Fixed{0}, 2, &r));
}

}  // namespace
}  // namespace hirewire::extract
