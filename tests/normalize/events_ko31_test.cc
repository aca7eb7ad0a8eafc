// Korean shapes of the thirty-first session (docs/events.md, branch evko31): the direction of an acqui-hire
// (the buyer employs, the company bought is the origin), an acting head with no hire verb, a renewal
// confirmed at the shareholders' meeting, a biography sentence whose "끌어올렸다" is no raise, a headline
// hiring plan, and a list of promotions "A를 X로, B·C를 Y로 승진시키는". Own sentences (none a sentence of a
// test batch), each a whole article through the pipeline's steps; the reading before the change (main
// bce55d36) is in docs/events.md.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // 1. "A가 B를 인수하며 …", then "NAME B TITLE은 A … 부문장을 맡는다": the buyer employs, the company
    // bought is the
    //    origin (before: a hire at B from A, the team an acqui-hire at B).
    {"acquihire-direction",
     "한결테크, 비전 스타트업 픽셀원 인수\n\n한결테크가 비전 스타트업 픽셀원을 인수하며 핵심 인력을 확보했다.\n\n이번 "
     "거래로 오세훈 픽셀원 대표는 한결테크 AI 비전 부문장을 맡는다. 픽셀원 개발자 15명도 한결테크로 옮겼다.",
     {{"hire", "한결테크", "오세훈", "픽셀원", ""}, {"acquihire", "한결테크", "*", "픽셀원", ""}},
     {},
     {"픽셀원"}},
    {"acquihire-direction",
     "대성전자, 칩 설계사 코어웨이브 인수\n\n대성전자가 반도체 설계 스타트업 코어웨이브를 인수하며 창업자와 엔지니어를 "
     "함께 데려왔다.\n\n류지호 코어웨이브 대표는 대성전자 시스템 반도체 설계센터장을 맡는다.",
     {{"hire", "대성전자", "류지호", "코어웨이브", ""}},
     {},
     {"코어웨이브"}},
    {"acquihire-direction",
     "누리소프트, 보안 스타트업 큐브실드 인수\n\n누리소프트가 보안 스타트업 큐브실드를 인수하며 큐브실드의 창업자 장민재 "
     "대표와 연구진 20명을 영입했다고 4일 밝혔다.\n\n장민재 큐브실드 대표는 누리소프트 클라우드 보안 부문장을 맡는다.",
     {{"hire", "누리소프트", "장민재", "큐브실드", ""}},
     {},
     {"큐브실드"}},
    // 2. An acting head with no hire verb: "POST 직무는 NAME TITLE이 직무대행으로 수행한다", "NAME이 POST
    // 직무를
    //    대행한다" (before: no event, or accepted): a hire, joined.
    {"acting-head",
     "누리은행장 사퇴\n\n누리은행 오상훈 행장이 사퇴했다. 정하윤 수석부행장이 행장 직무를 대행한다.",
     {{"departure", "누리은행", "오상훈", "", "left"}, {"hire", "누리은행", "정하윤", "", "joined"}}},
    {"acting-head",
     "세진물산 대표 사임\n\n세진물산 최한결 대표가 물러났다. 이도현 전무가 대표 직무대행을 맡는다.",
     {{"departure", "세진물산", "최한결", "", "left"}, {"hire", "세진물산", "이도현", "", "joined"}}},
    // 3. "주주총회에서 연임이 확정됐다": the meeting that approves the term has met (before: accepted, as the
    // bare
    //    "연임이 확정됐다", which stays accepted).
    {"agm-renewal",
     "세진생명 대표 연임\n\n세진생명 박한솔 대표는 주주총회에서 연임이 확정됐다.",
     {{"hire", "세진생명", "박한솔", "", "joined"}}},
    {"agm-renewal",
     "한빛카드 정기 주총\n\n한빛카드는 26일 정기 주주총회를 열었다. 김서후 사장은 이날 주총에서 연임이 확정됐다.",
     {{"hire", "한빛카드", "김서후", "", "joined"}}},
    // 4. A dated biography join of the current employer ("2017년 ORG에 합류해 … 수익률을 끌어올렸다"): no
    // counter-offer
    //    of that employer (before: "끌어올렸" read as the raise row 올렸, an open offer at the current
    //    employer).
    {"biography-join",
     "누리캐피탈, 한결생명 CIO 영입 추진\n\n업계에 따르면 누리캐피탈은 최근 서민준 한결생명 최고투자책임자(CIO)에게 "
     "한국법인 대표 자리를 제안했다. 제시한 보수는 연봉 15억원이다.\n\n서 CIO는 2017년 한결생명에 합류해 해외 대체투자 "
     "비중을 늘리며 수익률을 끌어올렸다는 평가를 받는다.",
     {{"offer", "누리캐피탈", "서민준", "한결생명", "offered"}},
     {},
     {"한결생명"},
     {},
     {},
     1},
    {"biography-join",
     "대한바이오, 누리증권 오가람 상무에 CFO 제안\n\n대한바이오는 누리증권 오가람 상무에게 최고재무책임자(CFO) 자리를 "
     "제안했다.\n\n오 상무는 2012년 누리증권에 입사해 기업금융 부문 실적을 두 자릿수로 끌어올렸다.",
     {{"offer", "대한바이오", "오가람", "누리증권", ""}},
     {},
     {"누리증권"}},
    // 5. A hiring plan in a headline with a time of the year to come ("ORG, 내년 … N명 채용"): no offer to a
    // group.
    {"headline-plan",
     "한울제약, 내년 연구인력 300명 채용\n\n한울제약이 내년 연구개발 인력을 대폭 늘린다. 회사는 신약 개발 역량을 키우기 "
     "위한 중장기 계획을 발표했다.",
     {},
     {},
     {},
     {},
     {},
     0},
    {"headline-plan",
     "누리전자, 하반기 반도체 인력 500명 채용…\"인재가 경쟁력\"\n\n누리전자가 반도체 설계 역량 강화에 나선다. 회사는 "
     "연구소를 확충하고 처우를 개선하기로 했다.",
     {},
     {},
     {},
     {},
     {},
     0},
    // 6. "A 전무를 부사장으로, B·C 상무를 전무로 승진시키는": every member (before: the last one only).
    {"promotion-list",
     "한빛화학 인사\n\n한빛화학은 오태민 상무를 전무로, 유서진 상무보를 상무로 승진시켰다.",
     {{"hire", "한빛화학", "오태민", "", "joined"}, {"hire", "한빛화학", "유서진", "", "joined"}}},
    // 7. "NAME 대표도 … 사의를 표명했다": a departure.
    {"resignation",
     "유통업계 대표 교체\n\n유통업계 CEO 교체가 이어지고 있다. 같은 날 누리마트의 정해진 대표도 임기를 남기고 사의를 "
     "표명했다.",
     {{"departure", "누리마트", "정해진", "", "left"}}},
};

class EventsKo31 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsKo31, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "ko31-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsKo31, testing::ValuesIn(kCases));

// What must keep its reading: a move into a company bought by a manager of the buyer stays at the company
// bought; a hire from a company with no purchase keeps its direction; a renewal confirmed in the past with no
// start to come is joined (thirty-fourth session, evoutcome34: accepted before; the gold of b41 ko-01 and the
// writer of events-b50 read a settled renewal with no later start as joined); a headline naming a completed
// hire of a group keeps it.
TEST(EventsKo31, ControlsKeepTheirReading) {
  const auto sent = testing_support::PipelineEvents(
      "한결테크, 픽셀원 인수\n\n한결테크가 비전 스타트업 픽셀원을 인수했다.\n\n김민재 한결테크 전무는 픽셀원 대표를 "
      "맡는다.",
      "ko31-test");
  EXPECT_TRUE(testing_support::HasEvent(sent, "픽셀원", "김민재"))
      << "the buyer's manager runs the company bought";
  const auto plain = testing_support::PipelineEvents(
      "픽셀원, 새 대표에 오세훈\n\n스타트업 픽셀원은 오세훈 한결테크 부사장을 새 대표로 영입했다고 밝혔다.",
      "ko31-test");
  const Event* hire = testing_support::FindEvent(plain, "픽셀원", "오세훈");
  ASSERT_NE(hire, nullptr);
  EXPECT_EQ(hire->previous_employer, "한결테크");
  const auto bare = testing_support::PipelineEvents(
      "하나카드 대표 연임\n\n하나카드 서동훈 사장은 임기 1년의 연임이 확정됐다.", "ko31-test");
  const Event* renewal = testing_support::FindEvent(bare, "하나카드", "서동훈");
  ASSERT_NE(renewal, nullptr);
  EXPECT_EQ(OutcomeName(renewal->outcome), std::string("joined"));
}

}  // namespace
}  // namespace hirewire::normalize
