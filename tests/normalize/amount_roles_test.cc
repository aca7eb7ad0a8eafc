// Amount roles (normalize/amount_roles.h): the marker word nearest to an amount says whether it
// is pay, money that is no pay, or the price of a company. Table-driven over real sentence
// shapes from the gold sets; the amount is the text between [[ and ]].
#include "normalize/amount_roles.h"

#include <gtest/gtest.h>

#include <string>

namespace hirewire::normalize {
namespace {

AmountRole RoleOf(std::string marked) {
  size_t b = marked.find("[["), e = marked.find("]]");
  std::string text = marked.substr(0, b) + marked.substr(b + 2, e - b - 2) + marked.substr(e + 2);
  return AmountRoleAt(text, static_cast<int>(b), static_cast<int>(e - 2));
}

struct Case {
  const char* text;
  AmountRole want;
};

TEST(AmountRoles, NearestMarkerDecides) {
  const Case cases[] = {
      {"Bennett will receive a base salary of [[$1.2 million]], the filing shows.", AmountRole::kPay},
      {"Moderna is offering a pay package worth more than [[$13 million]] to make the move.",
       AmountRole::kPay},
      {"연봉 [[150만 달러]](약 20억원)에 주식보상이 더해진 패키지로", AmountRole::kPay},
      {"최도윤 수석연구원에게 4년간 [[최대 3억 달러]](약 4100억원)에 이르는 보상을 제안했다.",
       AmountRole::kPay},
      {"Second Wind Games, which has raised [[$18 million]] in seed funding, said", AmountRole::kNonPay},
      {"Kinetiq, which had raised about [[$180 million]] from investors, will continue", AmountRole::kNonPay},
      {"the insurer took a surprise [[$640 million]] charge to shore up reserves", AmountRole::kNonPay},
      {"지난해 한 지점에서 불거진 [[400억원]]대 횡령 사고", AmountRole::kNonPay},
      {"구글이 노바코드를 [[약 30억 달러]](약 4조2000억원)에 인수하기 위해 협상을 벌였으나",
       AmountRole::kPrice},
      {"Microsoft abandons [[$6 billion]] bid for Helix Reasoning", AmountRole::kPrice},
      // Fees and licences are money that is no pay (a transfer fee, a licensing deal).
      {"Villa paid Sporting a release fee of [[about 10 million euros]] for the winger.",
       AmountRole::kNonPay},
      {"Google is paying [[$2.4 billion]] in licensing fees as part of the deal.", AmountRole::kNonPay},
      {"Google will pay about [[$2.7 billion]] for the license.", AmountRole::kNonPay},
      {"구단은 이적료 [[150억원]]을 지불하고 그를 데려왔다.", AmountRole::kNonPay},
      {"라이선스 비용 [[3000억원]]은 별도다.", AmountRole::kNonPay},
      // A marker inside the amount's own surface ("연봉 4억원" as the scanner reads it).
      {"총액 18억원(계약금 6억원, [[연봉 4억원]])에 계약했다", AmountRole::kPay},
      {"류 앵커는 채널온이 제시한 3년 총 [[15억원]] 규모의 계약 제안을 수락했다.", AmountRole::kPay},
      {"회사는 지난달 [[1조원]] 규모의 공급 계약을 따냈다.", AmountRole::kNonPay},
      // What someone earns is pay.
      {"The board voted to appoint her, and she will earn [[$425,000]] a year.", AmountRole::kPay},
      // Nearest wins: the offer is nearer than the raise.
      {"Meta raised its offer to [[$200 million]] last week.", AmountRole::kPay},
      // No marker within reach, or only beyond a comma after the amount.
      {"Meta has offered [[$100 million]] to him, industry sources said.", AmountRole::kUnknown},
      {"The deal is worth [[$5 million]], and the company's revenue grew.", AmountRole::kUnknown},
      // An organization's size is never pay (own sentences; b24 en-12 and b23 en-02 hold the shape).
      {"Halvorsen, the [[$18 billion]] multistrategy firm, had offered him a package.", AmountRole::kNonPay},
      {"A [[$2 billion]] hedge fund hired her last month.", AmountRole::kNonPay},
      {"Nova, a startup valued at [[$3 billion]], has hired him.", AmountRole::kNonPay},
      {"He left the [[$40 billion]] lender in May.", AmountRole::kNonPay},
      {"She got a sign-on grant of stock options valued at [[$2.4 million]].", AmountRole::kPay},
      {"Halvorsen made a [[$10 million]] rival offer.", AmountRole::kPay},
      // A marker behind another sentence stop does not count.
      {"Revenue fell. Meta offered [[$40 million]].", AmountRole::kUnknown},
  };
  for (const Case& c : cases) EXPECT_EQ(AmountRoleName(RoleOf(c.text)), AmountRoleName(c.want)) << c.text;
}

// What the person earns now is no offer (thirty-sixth session, branch evamount36; own sentences): the pay row
// holding a word of the present ("현재 연봉은", "currently earns") is the longer row and decides over the
// bare pay word ending at the same byte. The offer compared with it stays pay.
TEST(AmountRoles, CurrentPayIsNoOffer) {
  const Case cases[] = {
      {"강 본부장의 현재 연봉은 [[4억원]] 안팎으로 알려졌다.", AmountRole::kNonPay},
      {"그의 기존 연봉은 [[3억원]]대였던 것으로 전해졌다.", AmountRole::kNonPay},
      {"기존 연봉이 [[2억원]] 수준이던 그는 제안을 받아들였다.", AmountRole::kNonPay},
      {"현재 연봉이 [[5억원]]인 것으로 알려졌다.", AmountRole::kNonPay},
      {"She currently earns about [[$2 million]] a year at the bank.", AmountRole::kNonPay},
      {"His current salary of [[$900,000]] would nearly triple.", AmountRole::kNonPay},
      // Controls: the offer itself, and a comparison with the present pay, stay pay.
      {"회사는 기존 연봉의 두 배인 [[10억원]]을 제시했다.", AmountRole::kPay},
      {"She earns [[$2 million]] a year under the new contract.", AmountRole::kPay},
      {"The new salary of [[$900,000]] starts in May.", AmountRole::kPay},
      // The noun "pay" raised to a figure is pay, nearer than the raise verb ("raising" is no pay of itself:
      // "raising $18 million in funding").
      {"Citadel countered by raising his guaranteed pay to [[$18 million]] a year.", AmountRole::kPay},
      {"The startup is raising [[$18 million]] in new funding.", AmountRole::kNonPay},
  };
  for (const Case& c : cases) EXPECT_EQ(AmountRoleName(RoleOf(c.text)), AmountRoleName(c.want)) << c.text;
}

TEST(AmountRoles, EnglishMarkersAreWholeWords) {
  // "payroll" and "repaid" hold "pay"/"paid" but are no pay words.
  EXPECT_EQ(RoleOf("the payroll rose by [[$5 million]]"), AmountRole::kUnknown);
  EXPECT_EQ(RoleOf("it repaid [[$5 million]]"), AmountRole::kUnknown);
}

// A yearly, monthly or hourly figure with no marker near is pay ("Reyes' deal is worth $5 million a
// year"); the same figure without a period stays unknown, and a marker still decides.
TEST(AmountRoles, AYearlyFigureWithoutAMarkerIsPay) {
  Article a;
  a.paragraphs = {"Benton's deal is worth $3 million a year, people familiar with the terms said.",
                  "Its revenue reached $3 million a year."};
  for (int pi : {0, 1}) {
    Amount m;
    m.paragraph = pi;
    m.start = static_cast<int>(a.paragraphs[pi].find("$3"));
    m.end = static_cast<int>(a.paragraphs[pi].find(" a year")) + 7;
    m.period = "annual";
    a.money.push_back(m);
  }
  const int end0 = static_cast<int>(a.paragraphs[0].size()), end1 = static_cast<int>(a.paragraphs[1].size());
  EXPECT_EQ(AmountRoleIn(a, 0, 0, end0), AmountRole::kPay);
  EXPECT_EQ(AmountRoleIn(a, 1, 0, end1), AmountRole::kNonPay);
  a.money[0].period = "none";
  EXPECT_EQ(AmountRoleIn(a, 0, 0, end0), AmountRole::kUnknown);
}

TEST(AmountRoles, PerShareFigureIsNoPay) {
  Article a;
  a.paragraphs = {"Broadcom approached Veridian's chief executive with an initial offer of $71 a share."};
  Amount m;
  m.paragraph = 0;
  m.start = static_cast<int>(a.paragraphs[0].find("$71"));
  m.end = static_cast<int>(a.paragraphs[0].find("."));
  m.period = "per_share";
  a.money.push_back(m);
  EXPECT_EQ(AmountRoleIn(a, 0, 0, static_cast<int>(a.paragraphs[0].size())), AmountRole::kNonPay);
  m.period = "none";
  a.money[0] = m;
  EXPECT_EQ(AmountRoleIn(a, 0, 0, static_cast<int>(a.paragraphs[0].size())), AmountRole::kPay);
  EXPECT_EQ(AmountRoleIn(a, 1, 0, 10), AmountRole::kUnknown);  // no such amount
}

}  // namespace
}  // namespace hirewire::normalize
