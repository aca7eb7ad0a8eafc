// Cross rates through EUR (normalize/fx.h): ECB CSV/XML parsing, day lookups, exact conversion,
// and the round trip of every amount of ../shared/money/vectors.tsv through every table currency.
#include "normalize/fx.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/money.h"
#include "normalize/currency.h"

namespace hirewire::normalize {
namespace {

constexpr char kCsv[] =
    "Date,USD,JPY,KRW,TWD,\n"
    "2025-06-20,1.1522,168.5,1574.71,N/A,\n"
    "2025-06-19,1.1482,167.43,1577.29,N/A,\n";

TEST(FxTable, ReadsTheEcbCsvAndLooksUpTheNearestEarlierDay) {
  auto t = FxTable::FromEcbCsv(kCsv);
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_EQ((*t)->days(), 2u);
  EXPECT_EQ((*t)->LastDate(), "2025-06-20");
  EXPECT_TRUE((*t)->Has("USD"));
  EXPECT_TRUE((*t)->Has("EUR"));
  FxTable::Quote q = (*t)->At("USD", "2025-06-22");  // a Sunday
  ASSERT_TRUE(q.found);
  EXPECT_EQ(FixedToString(q.per_eur), "1.1522");
  EXPECT_EQ(q.date, "2025-06-20");
  EXPECT_TRUE(q.out_of_range);
  EXPECT_FALSE((*t)->At("TWD", "2025-06-20").found);
  q = (*t)->At("JPY", "2025-06-19");
  EXPECT_EQ(FixedToString(q.per_eur), "167.43");
  EXPECT_FALSE(q.out_of_range);
}

TEST(FxTable, RejectsBadFilesNamingTheLine) {
  auto t = FxTable::FromEcbCsv("Date,USD,\n2025-02-30,1.1,\n");
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.status().ToString().find("line 2"), std::string::npos);
  EXPECT_FALSE(FxTable::FromEcbCsv("Date,USD,\n2025-06-20,abc,\n").ok());
  EXPECT_FALSE(FxTable::FromEcbCsv("date,krw_per_usd\n2025-06-20,1400\n").ok());
  EXPECT_FALSE(FxTable::FromEcbXml("<gesmes:Envelope></gesmes:Envelope>").ok());
}

TEST(FxTable, ReadsTheEcbXmlAndOverridesDayByDay) {
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><gesmes:Envelope><Cube><Cube time='2025-06-23'>"
      "<Cube currency='USD' rate='1.1498'/><Cube currency='KRW' rate='1580.1'/></Cube>"
      "<Cube time=\"2025-06-20\"><Cube currency=\"USD\" rate=\"1.1600\"/></Cube></Cube></gesmes:Envelope>";
  auto x = FxTable::FromEcbFile(xml);
  ASSERT_TRUE(x.ok()) << x.status().ToString();
  auto base = FxTable::FromEcbCsv(kCsv);
  std::unique_ptr<FxTable> merged = (*base)->OverriddenBy(**x);
  EXPECT_EQ(merged->LastDate(), "2025-06-23");
  EXPECT_EQ(FixedToString(merged->At("USD", "2025-06-20").per_eur), "1.16");  // replaced day
  EXPECT_FALSE(merged->At("JPY", "2025-06-20").found && merged->At("JPY", "2025-06-20").date == "2025-06-20");
  EXPECT_EQ(FixedToString(merged->At("JPY", "2025-06-19").per_eur), "167.43");
  // Written back in the ECB layout, it reads the same.
  auto again = FxTable::FromEcbCsv(merged->ToEcbCsv());
  ASSERT_TRUE(again.ok());
  EXPECT_EQ((*again)->ToEcbCsv(), merged->ToEcbCsv());
}

TEST(ConvertVia, CrossesThroughEuroExactlyAndRoundsOnce) {
  auto t = FxTable::FromEcbCsv(kCsv);
  // 1,000,000 JPY -> USD: 1e6 * 1.1522 / 168.5 = 6837.98219... -> 6837.98
  auto r = ConvertVia(**t, "1000000", "JPY", "USD", "2025-06-20");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->value, "6837.98");
  EXPECT_EQ(r->rate, "0.006838");
  // USD -> KRW rounds to whole won: 3e6 * 1574.71 / 1.1522 = 4100095469.5365...
  r = ConvertVia(**t, "3000000", "USD", "KRW", "2025-06-20");
  EXPECT_EQ(r->value, "4100095470");
  r = ConvertVia(**t, "100", "EUR", "JPY", "2025-06-19");
  EXPECT_EQ(r->value, "16743");
  EXPECT_FALSE(ConvertVia(**t, "100", "EUR", "TWD", "2025-06-19").ok());
  EXPECT_FALSE(ConvertVia(**t, "1e5", "EUR", "USD", "2025-06-19").ok());
}

TEST(FxTable, EmbeddedTableAgreesWithTheKrwUsdTable) {
  const FxTable& t = FxTable::Embedded();
  ASSERT_FALSE(t.empty()) << "the build found no ../shared/rates/eurofxref-hist.csv";
  EXPECT_GE(t.Currencies().size(), 30u);
  for (const char* day : {"2008-10-24", "2020-03-19", "2024-12-27", "2025-06-20", "2026-04-13"}) {
    auto r = ConvertVia(t, "1", "USD", "KRW", day, 4);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->value, RateTable::Embedded().At(day).rate) << day;
  }
}

struct VectorAmount {
  std::string id, currency, value;
};

std::vector<VectorAmount> VectorAmounts() {
  std::ifstream in(std::string(HIREWIRE_SHARED_DIR) + "/money/vectors.tsv");
  std::vector<VectorAmount> out;
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    std::vector<std::string> f;
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, '\t')) f.push_back(cell);
    if (f.size() < 9 || f[4] == "-" || f[4].empty()) continue;
    for (const std::string& v : {f[5], f[7], f[8]})
      if (v != "-" && !v.empty()) out.push_back({f[0], f[4], v});
  }
  return out;
}

// 10^p where the stated value's last significant digit sits: "175600000000" -> 10^8,
// "0.45" -> 10^-2. Returned as Fixed units (10^(p+6)).
__int128 StatedPrecisionUnits(const std::string& v) {
  __int128 u = 1;
  size_t dot = v.find('.');
  if (dot != std::string::npos) {
    for (size_t k = v.size() - 1 - dot; k < 6; ++k) u *= 10;
    return u;
  }
  for (int k = 0; k < 6; ++k) u *= 10;
  for (size_t k = v.size(); k-- > 1 && v[k] == '0';) u *= 10;
  return u;
}

TEST(ConvertVia, EveryVectorAmountRoundTripsThroughEveryTableCurrency) {
  const FxTable& t = FxTable::Embedded();
  ASSERT_FALSE(t.empty());
  std::vector<VectorAmount> amounts = VectorAmounts();
  ASSERT_GT(amounts.size(), 150u);
  const std::string day = "2025-06-20";
  std::vector<std::string> targets = {"EUR"};
  for (const std::string& c : t.Currencies())
    if (t.At(c, day).found && t.At(c, day).date >= "2025-01-01") targets.push_back(c);
  ASSERT_GE(targets.size(), 25u);
  size_t checked = 0, skipped = 0;
  for (const VectorAmount& a : amounts) {
    if (!t.Has(a.currency) || !t.At(a.currency, day).found) {
      // TWD and the like: not in the ECB table (nor derivable from ../shared/rates); the
      // conversion fails naming the currency, never silently.
      auto none = ConvertVia(t, a.value, a.currency, "USD", day);
      ASSERT_FALSE(none.ok()) << a.id << " " << a.currency;
      EXPECT_NE(none.status().message().find(a.currency), std::string::npos) << none.status().message();
      ++skipped;
      continue;
    }
    for (const std::string& to : targets) {
      auto there = ConvertVia(t, a.value, a.currency, to, day, kFixedDigits);
      ASSERT_TRUE(there.ok()) << a.id << " " << a.value << " " << a.currency << " -> " << to << ": "
                              << there.status().ToString();
      auto back = ConvertVia(t, there->value, to, a.currency, day, kFixedDigits);
      ASSERT_TRUE(back.ok()) << a.id;
      Fixed orig, got;
      ASSERT_TRUE(ParseFixed(a.value, &orig) && ParseFixed(back->value, &got));
      __int128 diff = orig.units > got.units ? orig.units - got.units : got.units - orig.units;
      EXPECT_LT(diff * 2, StatedPrecisionUnits(a.value))
          << a.id << " " << a.value << " " << a.currency << " -> " << there->value << " " << to << " -> "
          << back->value;
      ++checked;
    }
  }
  std::printf("round trips: %zu (amounts in currencies outside the table: %zu)\n", checked, skipped);
  EXPECT_GT(checked, 4000u);
}

}  // namespace
}  // namespace hirewire::normalize
