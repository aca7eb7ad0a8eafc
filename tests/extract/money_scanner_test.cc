// Unit tests of MoneyScanner on phrases from the issue (beyond ../shared/money/vectors.tsv):
// European formats, ranges, vague amounts, multipliers, overflow, limits and offsets.
#include <gtest/gtest.h>

#include <array>
#include <string>
#include <vector>

#include "extract/money.h"

namespace hirewire::extract {
namespace {

struct Case {
  const char* phrase;
  const char* lang;
  const char* currency;
  const char* value;  // "lo..hi" for ranges, "" for vague
  const char* kind;
  const char* period;
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.phrase; }

class MoneyPhrase : public ::testing::TestWithParam<Case> {
 protected:
  static void SetUpTestSuite() { scanner_ = std::move(MoneyScanner::Create()).value().release(); }
  static MoneyScanner* scanner_;
};
MoneyScanner* MoneyPhrase::scanner_ = nullptr;

struct CountryCase {
  const char* phrase;
  const char* country;
  const char* currency;
  const char* value;
};

void PrintTo(const CountryCase& c, std::ostream* os) { *os << c.phrase << " @" << c.country; }

class MoneyInCountry : public ::testing::TestWithParam<CountryCase> {};

TEST_P(MoneyInCountry, ResolvesThroughThePagesCountry) {
  static MoneyScanner* scanner = std::move(MoneyScanner::Create()).value().release();
  const CountryCase& c = GetParam();
  MoneyScan scan = scanner->Scan(c.phrase, 0, MoneyContext{"", c.country});
  ASSERT_EQ(scan.amounts.size(), 1u);
  EXPECT_EQ(scan.amounts[0].currency, c.currency);
  EXPECT_EQ(scan.amounts[0].value, c.value);
}

INSTANTIATE_TEST_SUITE_P(
    Issue12, MoneyInCountry,
    ::testing::Values(
        CountryCase{"Ottawa will spend $1.2 billion on transit.", "CA", "CAD", "1200000000"},
        CountryCase{"Ottawa will spend $1.2 billion on transit.", "", "USD", "1200000000"},
        CountryCase{"The deal is worth US$1.2 billion.", "CA", "USD", "1200000000"},
        CountryCase{"He earns R3500 a month.", "ZA", "ZAR", "3500"},
        CountryCase{"Eskom needs R1.8 billion.", "ZA", "ZAR", "1800000000"},
        CountryCase{"Il a payé 12,4 milliards de couronnes.", "SE", "SEK", "12400000000"},
        CountryCase{"Det kostet 4,5 millioner kr.", "NO", "NOK", "4500000"},
        CountryCase{"Pagó 1.500 millones de dólares.", "", "USD", "1500000000"},
        CountryCase{"Il a levé 3 milliards de dollars de Hong Kong.", "", "HKD", "3000000000"},
        CountryCase{"Die Regierung zahlt 2,5 Milliarden Kenia-Schilling.", "", "KES", "2500000000"},
        CountryCase{"他月薪3萬元。", "TW", "TWD", "30000"}, CountryCase{"他月薪3萬元。", "", "CNY", "30000"},
        CountryCase{"售价¥5000。", "CN", "CNY", "5000"}, CountryCase{"售价¥5000。", "JP", "JPY", "5000"},
        CountryCase{"他的年薪 250万。", "", "CNY", "2500000"},
        CountryCase{"他的年薪 250萬。", "TW", "TWD", "2500000"},
        CountryCase{"年薪超千萬，引發熱議。", "HK", "HKD", "10000000"},
        CountryCase{"這筆交易價值 2000 萬美元。", "TW", "USD", "20000000"},
        CountryCase{"約合人民幣 5321 萬元。", "TW", "CNY", "53210000"},
        CountryCase{"La prime atteint 600 000 euros.", "FR", "EUR", "600000"},
        CountryCase{"Le loyer est de 1\u202F398,69 euros.", "FR", "EUR", "1398.69"},
        CountryCase{"Er verdient 90'000 Franken im Jahr.", "CH", "CHF", "90000"},
        CountryCase{"La inversión fue de 2,500 millones de pesos mexicanos.", "MX", "MXN", "2500000000"}));

// Language and country together: every amount of the phrase as "CUR value" or "CUR lo..hi",
// joined by "; " ("" for none).
struct ContextCase {
  const char* phrase;
  const char* lang;
  const char* country;
  const char* want;
};

void PrintTo(const ContextCase& c, std::ostream* os) {
  *os << c.phrase << " @" << c.lang << "-" << c.country;
}

class MoneyInContext : public ::testing::TestWithParam<ContextCase> {};

TEST_P(MoneyInContext, ReadsEveryAmountOfThePhrase) {
  static MoneyScanner* scanner = std::move(MoneyScanner::Create()).value().release();
  const ContextCase& c = GetParam();
  MoneyScan scan = scanner->Scan(c.phrase, 0, MoneyContext{c.lang, c.country});
  std::string got;
  for (const Amount& a : scan.amounts) {
    if (!got.empty()) got += "; ";
    got += a.currency + " " + (a.kind == "range" ? a.low + ".." + a.high : a.value);
  }
  EXPECT_EQ(got, c.want);
}

INSTANTIATE_TEST_SUITE_P(
    Issue12, MoneyInContext,
    ::testing::Values(
        // Chinese tech-pay shorthand: k = thousand, w = 万, after a pay word; never a count.
        ContextCase{"坐标北京，P8岗位月薪 90-110k，这个offer值得接吗？", "zh", "CN", "CNY 90000..110000"},
        ContextCase{"大厂P7总包80-120w，这个水平算什么档次？", "zh", "CN", "CNY 800000..1200000"},
        ContextCase{"程序员月薪 25k，年终奖 3 个月。", "zh", "CN", "CNY 25000"},
        ContextCase{"这款灯泡功率100W，售价25元。", "zh", "CN", "CNY 25"},
        ContextCase{"不少新人的年薪只有30多萬。", "zh", "TW", "TWD 300000"},
        ContextCase{"跳槽之后，他的年薪从45万涨到了70万。", "zh", "CN", "CNY 450000; CNY 700000"},
        ContextCase{"月薪过万的人超过300万。", "zh", "CN", ""},
        ContextCase{"今年报名人数达1342万，月薪8k起。", "zh", "CN", "CNY 8000"},
        // Korean salary figures without 원, unless a counter follows; a change is two amounts.
        ContextCase{"연봉 500억 실화? 사우디 구단의 제안", "ko", "KR", "KRW 50000000000"},
        ContextCase{"연봉 1억 이상 직장인이 131만명을 넘어섰다.", "ko", "KR", "KRW 100000000"},
        ContextCase{"연봉 3천만 명이 넘는다.", "ko", "KR", ""},
        ContextCase{"가격이 4,500원에서 5,000원으로 올랐다.", "ko", "KR", "KRW 4500; KRW 5000"},
        ContextCase{"가격은 1만원에서 2만원 사이다.", "ko", "KR", "KRW 10000..20000"},
        // Japanese から: a range, unless に/へ makes it a change.
        ContextCase{"落札予想価格は5000万円から8000万円。", "ja", "JP", "JPY 50000000..80000000"},
        ContextCase{"株価は3000円から3500円に上昇した。", "ja", "JP", "JPY 3000; JPY 3500"},
        ContextCase{"大谷選手の年俸は約70億と報じられた。", "ja", "JP", "JPY 7000000000"},
        ContextCase{"登録者数は1342万人に達した。", "ja", "JP", ""},
        // French scale letters before a currency sign.
        ContextCase{"Le PDG a touché 19,6 M€ l'an dernier.", "fr", "", "EUR 19600000"},
        ContextCase{"Ottawa versera plus de 2 G$ aux provinces.", "fr", "CA", "CAD 2000000000"},
        ContextCase{"Le club réclame entre 60 et 70 M€ pour son attaquant.", "fr", "FR",
                    "EUR 60000000..70000000"},
        ContextCase{"Un contrat d'une valeur de 84 millions $ US.", "fr", "CA", "USD 84000000"},
        ContextCase{"Québec investira 3,9 milliards de dollars d'ici 2030.", "fr", "CA", "CAD 3900000000"},
        // The decimal mark follows the page: Spain and Argentina "1.134", Mexico "1,250".
        ContextCase{"El salario mínimo queda en 1.134 euros al mes.", "es", "ES", "EUR 1134"},
        ContextCase{"El salario mínimo sube a $234.315 a partir de agosto.", "es", "AR", "ARS 234315"},
        ContextCase{"El precio subió a $1,250 pesos.", "es", "MX", "MXN 1250"},
        ContextCase{"La inversión será de entre 1,000 y 1,500 millones de dólares.", "es", "MX",
                    "USD 1000000000..1500000000"},
        ContextCase{"Los sueldos van de 80 mil a 120 mil pesos mensuales.", "es", "MX", "MXN 80000..120000"},
        ContextCase{"El MEF asignó S/ 2 mil millones para la reconstrucción.", "es", "PE", "PEN 2000000000"},
        ContextCase{"La población creció en 1,5 millones.", "es", "ES", ""},
        ContextCase{"El club pagó 80 millones por el delantero.", "es", "ES", "EUR 80000000"},
        ContextCase{"Der Preis stieg von 1,50 auf 1,75 Euro.", "de", "DE", "EUR 1.5; EUR 1.75"},
        ContextCase{"Der Kurs stieg um 5 auf 1,75 Euro.", "de", "DE", "EUR 1.75"},
        ContextCase{"月薪1.5万到2万元不等。", "zh", "CN", "CNY 15000..20000"},
        ContextCase{"月薪四萬五，年終兩個月。", "zh", "TW", "TWD 45000"},
        ContextCase{"售价三千五元，另一款三千五百元。", "zh", "CN", "CNY 3500; CNY 3500"},
        ContextCase{"他身价过亿，年薪超百万。", "zh", "CN", "CNY 1000000"},
        ContextCase{"Salaries range from Rs 8 lakh to Rs 12 lakh per annum.", "en", "IN",
                    "INR 800000..1200000"},
        ContextCase{"The fortune grew by A$5bn to A$34.1bn over the year.", "en", "AU",
                    "AUD 5000000000; AUD 34100000000"},
        ContextCase{"Robó más de 500 mil pesos.", "es", "MX", "MXN 500000"},
        ContextCase{"He signed for $20 mil a year.", "en", "US", "USD 20000000"},
        // Swiss francs, and the German Friday that is no franc.
        ContextCase{"Ein Kaffee kostet im Schnitt Fr. 4.90.", "de", "CH", "CHF 4.9"},
        ContextCase{"Der Bundesrat budgetiert für die Armee 5,9 Mrd. Fr.", "de", "CH", "CHF 5900000000"},
        ContextCase{"Am Fr. 12.3. gibt es ein Konzert.", "de", "CH", ""},
        ContextCase{"Die Notenbank kaufte Staatsanleihen für 6 Billionen Yen.", "de", "",
                    "JPY 6000000000000"},
        ContextCase{"Die Kosten belaufen sich auf über 1 Milliarde Franken.", "de", "CH", "CHF 1000000000"},
        ContextCase{"Die Reichsbank meldete einen Verlust von 81 Milliarden schwedischen Kronen.", "de", "",
                    "SEK 81000000000"}));

TEST(MoneyInCountry, ReadsEuropeanRanges) {
  auto scanner = MoneyScanner::Create();
  ASSERT_TRUE(scanner.ok());
  for (const auto& [text, low, high, cur] : std::vector<std::array<std::string, 4>>{
           {"Der Schaden liegt bei 2 bis 3 Millionen Euro.", "2000000", "3000000", "EUR"},
           {"Les tickets coûtent entre 49 et 189 euros.", "49", "189", "EUR"},
           {"Das kostet zwischen 49 und 189 Euro.", "49", "189", "EUR"},
           {"Le loyer va de 800 à 1 200 euros.", "800", "1200", "EUR"}}) {
    MoneyScan r = (*scanner)->Scan(text, 0, MoneyContext{"", ""});
    ASSERT_EQ(r.amounts.size(), 1u) << text;
    EXPECT_EQ(r.amounts[0].kind, "range") << text;
    EXPECT_EQ(r.amounts[0].low, low) << text;
    EXPECT_EQ(r.amounts[0].high, high) << text;
    EXPECT_EQ(r.amounts[0].currency, cur) << text;
  }
}

TEST(MoneyInCountry, CarriesTheCurrencyOfTheSentenceBeforeToABareAmount) {
  auto scanner = MoneyScanner::Create();
  ASSERT_TRUE(scanner.ok());
  MoneyScan r = (*scanner)->Scan(
      "Le chiffre d'affaires atteint 12,4 milliards de couronnes. Le bénéfice net recule à 3,9 milliards.", 0,
      MoneyContext{"fr", "SE"});
  ASSERT_EQ(r.amounts.size(), 2u);
  EXPECT_EQ(r.amounts[1].currency, "SEK");
  EXPECT_EQ(r.amounts[1].value, "3900000000");
  // What is counted follows the scale word: no money.
  r = (*scanner)->Scan("Il a reçu 2 millions d'euros. La ville compte 3 millions d'habitants.", 0,
                       MoneyContext{"fr", "FR"});
  ASSERT_EQ(r.amounts.size(), 1u);
  r = (*scanner)->Scan("It raised $2 million. The app has 5 million users.", 0, MoneyContext{"en", ""});
  ASSERT_EQ(r.amounts.size(), 1u);
  // Without an earlier amount, a bare scaled number is in the page's currency, and no money
  // when the country is unknown.
  EXPECT_TRUE(
      (*scanner)->Scan("Le bénéfice net recule à 3,9 milliards.", 0, MoneyContext{"fr", ""}).amounts.empty());
  r = (*scanner)->Scan("El Consejo aprobó un paquete de ayudas de 3.000 millones para el campo.", 0,
                       MoneyContext{"es", "ES"});
  ASSERT_EQ(r.amounts.size(), 1u);
  EXPECT_EQ(r.amounts[0].currency, "EUR");
  EXPECT_EQ(r.amounts[0].value, "3000000000");
  EXPECT_TRUE((*scanner)
                  ->Scan("La ciudad tiene 3,5 millones de habitantes.", 0, MoneyContext{"es", "ES"})
                  .amounts.empty());
  EXPECT_TRUE((*scanner)->Scan("It has 3.5 million.", 0, MoneyContext{"en", "US"}).amounts.empty());
  // From the paragraph before, through MoneyContext::carried_currency.
  r = (*scanner)->Scan("Le bénéfice net recule à 3,9 milliards.", 0, MoneyContext{"fr", "SE", "SEK"});
  ASSERT_EQ(r.amounts.size(), 1u);
  EXPECT_EQ(r.amounts[0].currency, "SEK");
}

TEST(MoneyInCountry, ReadsBareChineseSalaryRangesAndSomeMore) {
  auto scanner = MoneyScanner::Create();
  ASSERT_TRUE(scanner.ok());
  MoneyScan r = (*scanner)->Scan("工程師月薪60萬-80萬不等。", 0, MoneyContext{"zh-TW", ""});
  ASSERT_EQ(r.amounts.size(), 1u);
  EXPECT_EQ(r.amounts[0].currency, "TWD");
  EXPECT_EQ(r.amounts[0].low, "600000");
  EXPECT_EQ(r.amounts[0].high, "800000");
  r = (*scanner)->Scan("他年薪30多萬。", 0, MoneyContext{"zh", "CN"});
  ASSERT_EQ(r.amounts.size(), 1u);
  EXPECT_EQ(r.amounts[0].currency, "CNY");
  EXPECT_EQ(r.amounts[0].value, "300000");
  EXPECT_EQ(r.amounts[0].kind, "lower_bound");
  // A bare 萬 figure without a pay word is no money: "3萬人".
  EXPECT_TRUE((*scanner)->Scan("現場有3萬人。", 0, MoneyContext{"zh", "TW"}).amounts.empty());
}

TEST(MoneyInCountry, LeavesRAloneOffASouthAfricanPage) {
  auto scanner = MoneyScanner::Create();
  ASSERT_TRUE(scanner.ok());
  EXPECT_TRUE((*scanner)->Scan("Grade R3500 block", 0, MoneyContext{"en", "GB"}).amounts.empty());
}

TEST_P(MoneyPhrase, ReadsTheOneAmount) {
  const Case& c = GetParam();
  MoneyScan scan = scanner_->Scan(c.phrase, 0, c.lang);
  ASSERT_EQ(scan.amounts.size(), 1u);
  const Amount& a = scan.amounts[0];
  EXPECT_EQ(a.currency, c.currency);
  std::string v = a.kind == "range" ? a.low + ".." + a.high : a.value;
  EXPECT_EQ(v, c.value);
  EXPECT_EQ(a.kind, c.kind);
  EXPECT_EQ(a.period, c.period);
  EXPECT_EQ(std::string(c.phrase).substr(a.start, a.end - a.start), a.surface);
}

INSTANTIATE_TEST_SUITE_P(
    Issue, MoneyPhrase,
    ::testing::Values(
        Case{"1억2500만 달러를 제안", "ko", "USD", "125000000", "exact", "none"},
        Case{"1조4000억원 규모", "ko", "KRW", "1400000000000", "exact", "none"},
        Case{"1,756억원이다", "ko", "KRW", "175600000000", "exact", "none"},
        Case{"1.5조 원을", "ko", "KRW", "1500000000000", "exact", "none"},
        Case{"17억5600만원", "ko", "KRW", "1756000000", "exact", "none"},
        Case{"오천만 원", "ko", "KRW", "50000000", "exact", "none"},
        Case{"이십억 달러를", "ko", "USD", "2000000000", "exact", "none"},
        Case{"대략 3억 원", "ko", "KRW", "300000000", "approx", "none"},
        Case{"1억~2억 달러", "ko", "USD", "100000000..200000000", "range", "none"},
        Case{"100억 원에서 최대 1,300억 원으로", "ko", "KRW", "10000000000..130000000000", "range", "none"},
        Case{"수십억 원을 들였다", "ko", "KRW", "", "vague", "none"},
        Case{"연봉 2억.", "ko", "KRW", "200000000", "exact", "annual"},
        Case{"첫 해 1억 달러", "ko", "USD", "100000000", "exact", "first_year"},
        Case{"$125 million", "en", "USD", "125000000", "exact", "none"},
        Case{"US$20m", "en", "USD", "20000000", "exact", "none"},
        Case{"USD 250,000,000", "en", "USD", "250000000", "exact", "none"},
        Case{"125 million dollars", "en", "USD", "125000000", "exact", "none"},
        Case{"₩1.4 trillion", "en", "KRW", "1400000000000", "exact", "none"},
        Case{"KRW 175.6bn", "en", "KRW", "175600000000", "exact", "none"},
        Case{"paid $10m–$20m", "en", "USD", "10000000..20000000", "range", "none"},
        Case{"between $1 million and $2 million", "en", "USD", "1000000..2000000", "range", "none"},
        Case{"a $100 million-plus deal", "en", "USD", "100000000", "lower_bound", "none"},
        // "plus" before more words adds an item ("and"): the amount is exact; closing the phrase it is "at
        // least".
        Case{"a package of $2 million plus a performance bonus", "en", "USD", "2000000", "exact", "none"},
        Case{"a package of $2 million plus, the people said", "en", "USD", "2000000", "lower_bound", "none"},
        Case{"millions of dollars", "en", "USD", "", "vague", "none"},
        Case{"$5 a share", "en", "USD", "5", "exact", "per_share"},
        Case{"just $12/month", "en", "USD", "12", "exact", "monthly"},
        Case{"a four-year, $300 million contract", "en", "USD", "300000000", "exact", "over_4y"},
        Case{"5년간 최대 4억 달러", "ko", "USD", "400000000", "upper_bound", "over_5y"},
        Case{"no less than $21 million", "en", "USD", "21000000", "lower_bound", "none"},
        Case{"추징금 1억6천400여만원을", "ko", "KRW", "164000000", "lower_bound", "none"},
        Case{"1억8천만불의", "ko", "USD", "180000000", "exact", "none"},
        Case{"몇 천원의 값", "ko", "KRW", "", "vague", "none"},
        Case{"5억2천700만원인 것으로", "ko", "KRW", "527000000", "exact", "none"},
        Case{"1億2500万ドル", "ja", "USD", "125000000", "exact", "none"},
        Case{"2000万美元", "zh", "USD", "20000000", "exact", "none"},
        Case{"人民币 5亿元", "zh", "CNY", "500000000", "exact", "none"},
        Case{"3.5億新台幣", "zh", "TWD", "350000000", "exact", "none"},
        Case{"售价¥1999", "zh", "CNY", "1999", "exact", "none"},
        Case{"25.000 Dollar", "de", "USD", "25000", "exact", "none"},
        Case{"6,7 Mrd. Euro", "de", "EUR", "6700000000", "exact", "none"},
        Case{"Der Euro fiel auf 1,762 Dollar", "de", "USD", "1.762", "exact", "none"},
        Case{"247,8 milliards de dollars", "fr", "USD", "247800000000", "exact", "none"}));

class NotMoney : public ::testing::TestWithParam<const char*> {};

TEST_P(NotMoney, YieldsNoAmount) {
  auto scanner = MoneyScanner::Create();
  MoneyScan scan = (*scanner)->Scan(GetParam());
  EXPECT_TRUE(scan.amounts.empty()) << scan.amounts[0].surface;
}

INSTANTIATE_TEST_SUITE_P(Issue, NotMoney,
                         ::testing::Values("GPU 3만장을 확보", "3만 명이 모였다", "10억 뷰를 넘었다",
                                           "2024.02.27", "지난달 31일", "0.1% 개발자", "1위를 기록",
                                           "010-1234-5678", "version 3.5.1", "연구원 300명", "회원 20만 명",
                                           "공무원 5만 명", "元選手の田中氏", "元宇宙", "3원색", "5개국어",
                                           "1년 차", "Korea won 3-1", "He lost 45 pounds", "1080p video",
                                           "4파운드(약 1.814kg) 감량", "이번 달", "사천 공장"));

TEST(MoneyScanner, RejectsOverflowWithAWarning) {
  auto scanner = MoneyScanner::Create();
  MoneyScan scan = (*scanner)->Scan("10000000000000000000000000000000000000000 달러와 10^40 달러");
  EXPECT_TRUE(scan.amounts.empty());
  EXPECT_EQ(scan.warnings.size(), 2u);
  scan = (*scanner)->Scan("10^6 달러");
  ASSERT_EQ(scan.amounts.size(), 1u);
  EXPECT_EQ(scan.amounts[0].value, "1000000");
}

TEST(MoneyScanner, RecordsMultipliers) {
  auto scanner = MoneyScanner::Create();
  MoneyScan scan = (*scanner)->Scan("제안을 두 배로 높였고, 매출은 3배, then doubled, 1.5倍, 3 times");
  std::vector<std::string> factors;
  for (const Multiplier& m : scan.multipliers) factors.push_back(m.factor);
  EXPECT_EQ(factors, (std::vector<std::string>{"2", "3", "2", "1.5", "3"}));
  EXPECT_TRUE(scan.amounts.empty());
  EXPECT_TRUE((*scanner)->Scan("배터리 두 개, 배우").multipliers.empty());
}

TEST(MoneyScanner, LinksAGlossAndItsImpliedRate) {
  auto scanner = MoneyScanner::Create();
  MoneyScan scan = (*scanner)->Scan("최대 10억 달러(약 1조4000억원)를");
  ASSERT_EQ(scan.amounts.size(), 2u);
  EXPECT_EQ(scan.amounts[1].glosses, 0);
  EXPECT_EQ(scan.amounts[1].implied_rate, "1400");
  EXPECT_EQ(scan.amounts[0].glosses, -1);
  // A conversion between other currencies is linked but implies no KRW/USD rate.
  scan = (*scanner)->Scan("The $2bn (£1.5bn) offer");
  ASSERT_EQ(scan.amounts.size(), 2u);
  EXPECT_EQ(scan.amounts[1].glosses, 0);
  EXPECT_TRUE(scan.amounts[1].implied_rate.empty());
}

TEST(MoneyScanner, OffsetsAreBytesIntoTheParagraph) {
  auto scanner = MoneyScanner::Create();
  std::string p = "메타는 1억 달러를";
  MoneyScan scan = (*scanner)->Scan(p, 7);
  ASSERT_EQ(scan.amounts.size(), 1u);
  EXPECT_EQ(scan.amounts[0].paragraph, 7);
  EXPECT_EQ(scan.amounts[0].start, static_cast<int>(p.find("1억")));
  EXPECT_EQ(scan.amounts[0].end, static_cast<int>(p.find("를")));
}

TEST(MoneyScanner, ScansHugeParagraphsOnlyUpToTheLimit) {
  auto scanner = MoneyScanner::Create();
  std::string big(kMaxMoneyParagraphBytes + 100, 'a');
  big.replace(10, 4, " $5 ");
  MoneyScan scan = (*scanner)->Scan(big);
  EXPECT_EQ(scan.amounts.size(), 1u);
  EXPECT_EQ(scan.warnings.size(), 1u);
}

TEST(MoneyScanner, ToleratesBrokenUtf8) {
  auto scanner = MoneyScanner::Create();
  std::string s = "\xff\xfe 1\xec\x96 억 \xea\xb0 1억 달러 \xe2\x82";
  MoneyScan scan = (*scanner)->Scan(s);
  ASSERT_EQ(scan.amounts.size(), 1u);
  EXPECT_EQ(scan.amounts[0].value, "100000000");
}

}  // namespace
}  // namespace hirewire::extract
