// The outcome of an event from what the whole article says, thirty-fourth session (docs/events.md, branch
// evoutcome34). Own sentences (new names and companies, none a sentence of a batch), each a whole article. On
// the start binary (main 589c40f2) each case but the controls and the coordinated one (read right already
// when the start is told by surnames alone) read an outcome wrong: a start pending an approval still to come
// joined ("…, pending approval by the trustees", "X's new term requires approval at …", "주주총회에서
// 재선임되면 … 이끈다"), a reappointment confirmed in the past accepted, the members of a Korean list closed
// by "등 3명은" joined though their start is next month, a counted group moving "같은 날" with an accepted
// companion joined, two coordinated people who "started this week" accepted.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "normalize/frames.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // 1. An approval still to come, in a sentence the appointee opens (name or possessive): accepted.
    {"en-pending-approval",
     "Westbrook College hires Nadia Ferris as athletic director\n\nWestbrook College hired Nadia Ferris, the deputy "
     "athletic director at Corran State, as its athletic director on Friday.\n\nFerris agreed to a five-year "
     "contract worth $4 million, pending approval by the college's trustees, who meet next week.\n\n\"She knows how "
     "to build programs,\" president Alan Medway said.",
     {{"hire", "Westbrook College", "Nadia Ferris", "*", "accepted"}}},
    {"en-appointment-requires-approval",
     "Calder Shipping names Martin Hollis CEO\n\nCalder Shipping on Wednesday named Martin Hollis, its chief operating "
     "officer, as chief executive.\n\nHollis's appointment requires approval at the company's annual meeting in "
     "April.\n\nThe shipper's shares were little changed.",
     {{"hire", "Calder Shipping", "Martin Hollis", "", "accepted"}}},
    // Controls: an approval already given, and another person's pending approval, leave the hire joined.
    {"en-approval-given",
     "Westbrook College hires Nadia Ferris as athletic director\n\nWestbrook College hired Nadia Ferris, the deputy "
     "athletic director at Corran State, as its athletic director on Friday.\n\nThe college's trustees approved her "
     "five-year contract on Thursday, and Ferris started work the same day.\n\n\"She knows how to build programs,\" "
     "president Alan Medway said.",
     {{"hire", "Westbrook College", "Nadia Ferris", "*", "joined"}}},
    {"en-other-person-pending",
     "Pellworth Bank names Ruth Anand treasurer\n\nPellworth Bank said on Monday it had appointed Ruth Anand, "
     "previously at Harlow Capital, as treasurer.\n\nSeparately, the bank said its plan to list its card unit "
     "requires approval from regulators.\n\nAnand reports to the chief financial officer.",
     {{"hire", "Pellworth Bank", "Ruth Anand", "*", "joined"}}},
    // 2. Coordinated subjects of a start told as made: both joined; the one still to come stays accepted.
    {"en-coordinated-begun",
     "Orrin Labs hires three robotics researchers\n\nOrrin Labs has hired robotics researchers Kofi Ames, Lena Qureshi "
     "and Pavel Lindgren from Teller Dynamics for its new manipulation group, a spokeswoman said on Tuesday.\n\nAmes "
     "and Qureshi started this week, while Lindgren will join in March after finishing a project, she said.\n\nAmes "
     "will lead the group.",
     {{"hire", "Orrin Labs", "Kofi Ames", "*", "joined"},
      {"hire", "Orrin Labs", "Lena Qureshi", "*", "joined"},
      {"hire", "Orrin Labs", "Pavel Lindgren", "*", "accepted"}}},
    // 3. Korean: a start waiting for the shareholders' meeting ("재선임되면"), accepted; a reappointment told
    // as
    // confirmed, with no start to come, joined.
    {"ko-pending-shareholders",
     "다온캐피탈 오세훈 대표 연임 가닥\n\n다온캐피탈 임원후보추천위원회는 오세훈 대표를 차기 대표이사 후보로 단독 추천했다고 "
     "4일 밝혔다.\n\n오 대표는 내년 3월 정기 주주총회에서 재선임되면 2년 더 회사를 이끈다.\n\n오 대표는 2022년 취임 이후 "
     "자동차 금융 비중을 늘렸다.",
     {{"hire", "다온캐피탈", "오세훈", "", "accepted"}}},
    {"ko-renewal-confirmed",
     "누리유통 사장단 인사\n\n누리그룹은 2일 계열사 사장단 인사를 단행했다.\n\n누리유통 한태민 사장은 실적 개선을 인정받아 "
     "연임이 확정됐다.\n\n그룹 관계자는 \"안정 속 혁신에 방점을 둔 인사\"라고 설명했다.",
     {{"hire", "누리유통", "한태민", "", "joined"}}},
    // 4. Korean: everyone of a list closed by "등 3명은" starts next month: accepted.
    {"ko-counted-list-start",
     "[더벨] 세온생명, 외부 임원 3명 영입\n\n세온생명은 최고재무책임자(CFO)에 민재경 한빛화재 전무를 선임했다고 "
     "12일 밝혔다.\n\n리스크관리본부장에는 강태윤 상무를, 자산운용본부장에는 서유리 상무를 각각 영입했다.\n\n민 전무와 "
     "강태윤 상무, 서유리 상무 등 3명은 다음 달 1일자로 업무를 시작한다.",
     {{"hire", "세온생명", "민재경", "*", "accepted"},
      {"hire", "세온생명", "강태윤", "*", "accepted"},
      {"hire", "세온생명", "서유리", "*", "accepted"}}},
    // 5. Korean: a counted group moving "같은 날" with its leader takes the leader's accepted start.
    {"ko-group-same-day",
     "가람증권, 태림증권 IB팀 영입\n\n가람증권이 태림증권 투자은행(IB)부문의 노재헌 상무와 그가 이끌던 팀원 5명을 영입한다."
     "\n\n노 상무는 다음 달 1일 가람증권에 합류할 예정이다.\n\n인수금융을 맡아온 팀원 5명도 같은 날 가람증권으로 자리를 "
     "옮긴다.",
     {{"hire", "가람증권", "노재헌", "*", "accepted"}},
     {{"hire", "가람증권", "*", "*", "joined"}}},
};

class EventsOutcome34 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsOutcome34, ReadsTheOutcome) { testing_support::ExpectCase(GetParam(), "outcome34-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsOutcome34, testing::ValuesIn(kCases));

// The frame reader's pieces: an approval to come in English, the Korean conditional start rows.
TEST(EventsOutcome34, FrameReaderPieces) {
  const FrameReader& fr = FrameReader::Default();
  EXPECT_TRUE(fr.PendingApproval("ferris agreed to a deal, pending approval by the trustees."));
  EXPECT_FALSE(fr.PendingApproval("the trustees approved the deal on monday."));
  EXPECT_TRUE(fr.KoreanStart("오 대표는 주주총회에서 재선임되면 2년 더 회사를 이끈다."));
  EXPECT_FALSE(fr.KoreanStart("오 대표는 지난해 주주총회에서 재선임됐다."));
}

}  // namespace
}  // namespace hirewire::normalize
