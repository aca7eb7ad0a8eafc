// Korean list, term and group shapes of the thirtieth session (docs/events.md, branch evko30): the members of
// an affiliate list promoted each at their own affiliate, the organization a person leads now ("ORG를 이끄는
// NAME"), a term start owned by a short genitive opener ("김 신임 총장의 임기는 3월 1일부터"), and a counted
// group of executives leaving. Own sentences (none a sentence of a test batch), each a whole article through
// the pipeline's steps; the reading before the change (main dd2dc886) is in docs/events.md.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;
using testing_support::HasEvent;

const EventCase kCases[] = {
    // 1. "ORG1 A 부사장, ORG2 B 부사장, ORG3 C 부사장이 각각 사장으로 승진했다": a promotion is where the
    // person's noun
    //    phrase places them, for every member (before: all at the last member's or the group's, the others'
    //    affiliates as previous employers).
    {"affiliate-list",
     "세진그룹, 사장단 인사\n\n세진그룹은 2일 2027년 사장단 인사를 발표했다. 세진화학 오민석 부사장, 세진건설 한다인 부사장, "
     "세진물산 류재훈 부사장이 각각 사장으로 승진해 소속 계열사 대표를 맡는다.",
     {{"hire", "세진화학", "오민석", "", "joined"},
      {"hire", "세진건설", "한다인", "", "joined"},
      {"hire", "세진물산", "류재훈", "", "joined"}},
     {},
     {"세진그룹"}},
    {"affiliate-list",
     "누리금융그룹 인사\n\n누리금융그룹은 정기 임원 인사를 단행했다. 누리카드 김태오 전무와 누리캐피탈 서하린 전무가 각각 "
     "부사장으로 승진했다.",
     {{"hire", "누리카드", "김태오", "", "joined"}, {"hire", "누리캐피탈", "서하린", "", "joined"}}},
    {"affiliate-list",
     "한울그룹 임원 인사\n\n한울그룹이 28일 임원 인사를 실시했다. 한울제약 정우성 부사장, 한울바이오 이채원 부사장이 각각 "
     "사장으로 승진했다. 인사는 다음 달 1일자로 시행된다.",
     {{"hire", "한울제약", "정우성", "", "accepted"}, {"hire", "한울바이오", "이채원", "", "accepted"}}},
    {"affiliate-list",
     "대산그룹 사장단 인사\n\n대산그룹은 사장단 인사를 냈다. 대산케미칼 박도윤 전무, 대산로지스 최가은 전무, 대산전자 윤서후 "
     "전무가 부사장으로 승진했다.",
     {{"hire", "대산케미칼", "박도윤", "", "joined"},
      {"hire", "대산로지스", "최가은", "", "joined"},
      {"hire", "대산전자", "윤서후", "", "joined"}},
     {},
     {"대산그룹"}},
    // 2. "지주사 ORG를 이끄는 NAME TITLE은 연임이 결정됐다": the organization a person leads now is the
    // employer of a
    //    renewal or promotion naming none (before: the group of the previous sentence).
    {"leads-now",
     "한울그룹 임원 인사\n\n한울그룹이 28일 임원 인사를 실시했다. 지주사 한울홀딩스를 이끄는 강민호 부회장은 연임이 "
     "결정됐다.",
     {{"hire", "한울홀딩스", "강민호", "", ""}},
     {},
     {"한울그룹"}},
    {"leads-now",
     "세진그룹 인사\n\n세진그룹은 2일 사장단 인사를 발표했다. 세진화학을 이끄는 오민석 사장은 부회장으로 승진했다.",
     {{"hire", "세진화학", "오민석", "", "joined"}},
     {},
     {"세진그룹"}},
    {"leads-now",
     "대산그룹 인사\n\n대산그룹은 사장단 인사를 냈다. 대산전자를 이끌고 있는 윤서후 사장은 연임에 성공했다.",
     {{"hire", "대산전자", "윤서후", "", ""}},
     {},
     {"대산그룹"}},
    // 3. "김 신임 총장의 임기는 3월 1일부터 4년이다": a term owned by a short genitive opener (a surname and
    // a title, no
    //    entity), starting on a month and day with no year, is a start to come: the appointment is accepted.
    {"term-start",
     "한빛대 새 총장에 김서윤 교수\n\n학교법인 한빛학원 이사회는 한빛대학교 총장에 김서윤 서울대 교수를 선임했다고 5일 "
     "밝혔다.\n\n김 신임 총장의 임기는 3월 1일부터 4년이다.",
     {{"hire", "한빛대학교", "김서윤", "*", "accepted"}}},
    {"term-start",
     "누리은행장에 박지훈 부행장\n\n누리은행 이사회는 박지훈 부행장을 차기 행장으로 선임했다.\n\n박 신임 행장의 임기는 4월 "
     "1일부터 3년이다.",
     {{"hire", "누리은행", "박지훈", "", "accepted"}}},
    {"term-start",
     "세진카드 새 대표에 오하늘\n\n세진금융지주는 세진카드 대표에 오하늘 전무를 선임했다고 10일 밝혔다.\n\n오 신임 대표의 "
     "임기는 1월 1일부터 2년이다.",
     {{"hire", "세진카드", "오하늘", "", "accepted"}}},
    // 4. "기존 부행장 3명은 임기 만료로 물러났다": a counted group of executives (a title group, 임원)
    // leaving in a clause
    //    that tells no other move is one departure of the group, from the company the article is about.
    {"group-departure",
     "대성증권 임원 인사\n\n대성증권은 4일 임원 인사를 단행했다. 김도현 상무와 이서준 상무가 전무로 승진했다.\n\n기존 전무 "
     "2명은 임기 만료로 물러났다.",
     {{"hire", "대성증권", "김도현", "", "joined"}, {"departure", "대성증권", "전무*", "", "left"}}},
    {"group-departure",
     "한빛은행 인사\n\n한빛은행은 부행장 인사를 실시했다. 오지훈 본부장이 부행장으로 승진했다. 기존 부행장 4명은 임기 만료로 "
     "물러났다.",
     {{"departure", "한빛은행", "부행장*", "", "left"}}},
    {"group-departure",
     "누리캐피탈 인사\n\n누리캐피탈은 임원 인사를 냈다. 박서연 상무가 전무로 승진했다.\n\n임원 3명은 임기를 마치고 "
     "물러났다.",
     {{"departure", "누리캐피탈", "executives*", "", "left"}}},
    // 5. "X에서 20년간 근무한 뒤 Y로 옮겨 …을 이끌어 왔다": an undated career told in sequence is the
    // background of a
    //    person the article hires or offers a post elsewhere (before: a joined hire at Y).
    {"spanned-background",
     "대양중공업, 美 MRO 전문가 영입 추진\n\n대양중공업은 미국 하이랜드마린의 데이비드 콜린스 부사장에게 특수선사업부장 "
     "자리를 제안했다고 3일 밝혔다.\n\n콜린스 부사장은 미 해군 정비창에서 20년간 근무한 뒤 하이랜드마린으로 옮겨 함정 "
     "정비 사업을 이끌어 왔다.",
     {},
     {{"hire", "하이랜드마린", "데이비드 콜린스", "*", ""}}},
    {"spanned-background",
     "한빛자산운용 새 CIO에 최서윤\n\n한빛자산운용은 최서윤 전 누리투자증권 상무를 최고투자책임자(CIO)로 선임했다.\n\n"
     "최 CIO는 국민연금공단에서 12년간 일한 뒤 누리투자증권으로 옮겨 대체투자 부문을 이끌었다.",
     {{"hire", "한빛자산운용", "최서윤", "*", ""}},
     {{"hire", "누리투자증권", "최서윤", "*", ""}}},
    {"spanned-background",
     "세진바이오 연구소장에 박하준\n\n세진바이오는 박하준 박사를 연구소장으로 영입했다고 2일 밝혔다.\n\n박 소장은 "
     "셀트리온에서 8년 동안 근무한 후 한미약품으로 자리를 옮겨 항체 연구를 맡아 왔다.",
     {{"hire", "세진바이오", "박하준", "*", ""}},
     {{"hire", "한미약품", "박하준", "*", ""}}},
    // 6. "ORG는 NAME과 … 재계약했다": a re-signing is a hire (joined) at the club or company, with its pay
    // (the golds'
    //    convention; before: no event, "20억원에 재계약했다" is no "과 계약했" row).
    {"re-signing",
     "두산 베어스, 김태균과 재계약\n\n두산 베어스는 내야수 김태균과 2년 총액 20억원에 재계약했다고 5일 밝혔다.",
     {{"hire", "두산 베어스", "김태균", "", "joined"}}},
    {"re-signing",
     "LG 트윈스 박민호 잔류\n\nLG 트윈스는 9일 베테랑 투수 박민호와 3년 총액 36억원에 재계약을 맺었다.",
     {{"hire", "LG 트윈스", "박민호", "", "joined"}}},
    {"re-signing",
     "한빛증권, 간판 애널리스트와 재계약\n\n한빛증권은 리서치센터 이서진 수석연구원과 연봉 5억원에 재계약했다.",
     {{"hire", "한빛증권", "이서진", "", "joined"}}},
};

class EventsKo30 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsKo30, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "ko30-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsKo30, testing::ValuesIn(kCases));

// What must not be read: a term begun in a past year keeps the appointment joined; staff leaving in numbers
// is no group departure (no event of the group at all); a single promotion with no list keeps its
// organization.
TEST(EventsKo30, ControlsKeepTheirReading) {
  const auto past = testing_support::PipelineEvents(
      "누리은행장에 박지훈 부행장\n\n누리은행 이사회는 박지훈 부행장을 행장으로 선임했다.\n\n박 행장의 임기는 2024년 4월 "
      "1일부터였다.",
      "ko30-test");
  for (const Event& e : past) {
    if (e.candidate == "박지훈") {
      EXPECT_EQ(OutcomeName(e.outcome), std::string("joined"));
    }
  }
  const auto staff = testing_support::PipelineEvents(
      "누리캐피탈 인사\n\n누리캐피탈은 임원 인사를 냈다. 박서연 상무가 전무로 승진했다.\n\n직원 30명은 지난달 회사를 떠났다.",
      "ko30-test");
  for (const Event& e : staff) EXPECT_NE(e.candidate_kind, CandidateKind::kGroup) << e.candidate;
  const auto single = testing_support::PipelineEvents(
      "세진그룹 인사\n\n세진그룹은 2일 임원 인사를 발표했다. 세진화학 오민석 부사장이 사장으로 승진했다.",
      "ko30-test");
  EXPECT_TRUE(HasEvent(single, "세진화학", "오민석"));
}

}  // namespace
}  // namespace hirewire::normalize
