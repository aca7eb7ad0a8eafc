// Korean move shapes of the twenty-ninth session (docs/events.md, branch evko29): a promotion followed by a
// continuing verb, an internal move told with 자리를 옮겨, a rival's offer whose clause names no candidate,
// and a counter-offer told as a request to stay. Own sentences (none a sentence of a test batch), each a
// whole article through the pipeline's steps; the reading before the change (main 1a95d83b) is in
// docs/events.md.
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
    // 1. "승진해 … 계속 이끈다": 계속 after the promotion keeps the unit the person leads; the promotion is a
    // move.
    {"promoted-continues",
     "한빛전자, 사장단 인사\n\n한빛전자는 3일 정기 사장단 인사를 단행했다. 반도체사업부장인 오세훈 부사장은 사장으로 승진해 "
     "반도체사업부를 계속 이끈다.",
     {{"hire", "한빛전자", "오세훈", "", "joined"}}},
    {"promoted-continues",
     "대성화학 임원 인사\n\n대성화학은 10일 2027년 임원 인사를 발표했다. 석유화학본부장 한지민 전무는 부사장으로 승진해 "
     "석유화학본부를 계속 맡는다.",
     {{"hire", "대성화학", "한지민", "", "joined"}}},
    {"promoted-continues",
     "세진제약 인사\n\n세진제약 연구소장인 박서윤 전무가 부사장으로 승진했으며, 신약연구소를 계속 총괄한다.",
     {{"hire", "세진제약", "박서윤", "", "joined"}}},
    {"promoted-continues",
     "누리금융 인사\n\n누리금융은 4일 정기 인사를 실시했다. 자산관리부문장인 김도현 상무는 전무로 승진해 자산관리부문을 계속 "
     "이끈다.",
     {{"hire", "누리금융", "김도현", "", "joined"}}},
    // 2. "이사회 의장으로 자리를 옮겨 …에 집중한다": a move inside the company is a hire there; "자리를 옮겨
    // 선임됐다"
    //    is one move, read from the second verb's slot.
    {"internal-move",
     "라온소프트 새 대표에 김민재\n\n라온소프트는 김민재 전 네이버 부사장을 신임 대표이사로 선임했다고 2일 밝혔다.\n\n"
     "창업자인 박지훈 대표는 이사회 의장으로 자리를 옮겨 중장기 전략에 집중한다.",
     {{"hire", "라온소프트", "김민재", "Naver", "joined"}, {"hire", "라온소프트", "박지훈", "", "joined"}}},
    {"internal-move",
     "누리바이오 전문경영인 체제로\n\n누리바이오는 한서연 전 셀트리온 상무를 새 대표로 선임했다.\n\n회사를 세운 오준영 대표는 "
     "이사회 의장으로 자리를 옮겨 연구개발 자문을 맡는다.",
     {{"hire", "누리바이오", "오준영", "", "joined"}}},
    {"internal-move",
     "다온게임즈 대표 교체\n\n다온게임즈는 정하늘 부사장을 신임 대표로 선임했다.\n\n공동 창업자인 서민준 대표는 "
     "최고창의책임자(CCO)로 자리를 옮겨 신작 개발을 이끈다.",
     {{"hire", "다온게임즈", "서민준", "", "joined"}}},
    {"internal-move",
     "한결반도체 사장단 인사\n\n한결반도체가 정기 사장단 인사를 단행했다. 설계사업부장에는 그룹 계열사인 한결전자의 류지호 "
     "사장이 자리를 옮겨 선임됐다.",
     {{"hire", "한결반도체", "류지호", "한결전자", "joined"}}},
    // 3. A rival's offer clause names no candidate ("ORG는 이보다 많은 … 90억원을 제안"): its own offer to
    // the person
    //    the text follows, not a second amount of the first club's offer.
    {"rival-offer",
     "FA 김태균 영입전\n\nFA 최대어 투수 김태균을 두고 구단들의 영입전이 치열하다. 두산 베어스는 김태균에게 4년 총액 80억원을 "
     "제시했다. LG 트윈스는 이보다 많은 4년 총액 90억원을 제안한 것으로 알려졌다.",
     {{"offer", "두산 베어스", "김태균", "", "offered"}, {"offer", "LG 트윈스", "김태균", "", "offered"}}},
    {"rival-offer",
     "유격수 박민호 쟁탈전\n\n한화 이글스는 내야수 박민호에게 3년 총액 40억원을 제시했다. 롯데 자이언츠는 이보다 많은 3년 총액 "
     "45억원을 제안했다.",
     {{"offer", "한화 이글스", "박민호", "", "offered"},
      {"offer", "롯데 자이언츠", "박민호", "", "offered"}}},
    {"rival-offer",
     "포수 이재원 영입 경쟁\n\nSSG 랜더스는 포수 이재원에게 2년 총액 20억원을 제시했다고 밝혔다. NC 다이노스도 2년 총액 "
     "24억원을 제시한 것으로 전해졌다.",
     {{"offer", "SSG 랜더스", "이재원", "", "offered"}, {"offer", "NC 다이노스", "이재원", "", "offered"}}},
    // 4. "X도 … 조건을 내밀며 잔류를 요청했다": only the person's current employer asks them to stay — its
    //    counter-offer (offered, not a stay), and the previous employer of every other offer.
    {"stay-request",
     "FA 김태균 영입전\n\nFA 최대어 투수 김태균을 두고 구단들의 영입전이 치열하다. 두산 베어스는 김태균에게 4년 총액 80억원을 "
     "제시했다. LG 트윈스는 이보다 많은 4년 총액 90억원을 제안한 것으로 알려졌다.\n\n원소속 구단인 KIA 타이거즈도 4년 총액 "
     "85억원의 조건을 내밀며 잔류를 요청했다.",
     {{"offer", "두산 베어스", "김태균", "KIA 타이거즈", "offered"},
      {"offer", "LG 트윈스", "김태균", "KIA 타이거즈", "offered"},
      {"offer", "KIA 타이거즈", "김태균", "", "offered"}}},
    {"stay-request",
     "김태균 영입전\n\nFA 최대어 투수 김태균을 두고 영입전이 치열하다. 두산 베어스는 투수 김태균에게 4년 총액 80억원을 "
     "제시했다.\n\n원소속 구단인 KIA 타이거즈도 4년 총액 85억원의 조건을 내밀며 잔류를 요청했다.",
     {{"offer", "두산 베어스", "김태균", "KIA 타이거즈", "offered"},
      {"offer", "KIA 타이거즈", "김태균", "", "offered"}}},
    {"stay-request",
     "이재원 잔류 협상\n\nNC 다이노스는 포수 이재원에게 2년 총액 24억원을 제시했다. SSG 랜더스도 이재원에게 2년 총액 "
     "22억원을 제시하며 잔류를 요청했다.",
     {{"offer", "NC 다이노스", "이재원", "SSG 랜더스", "offered"},
      {"offer", "SSG 랜더스", "이재원", "", "offered"}}},
};

class EventsKo29 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsKo29, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "ko29-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsKo29, testing::ValuesIn(kCases));

// What must not be read: "계속 맡는다" with no promotion keeps a post (no move); a request to stay is no stay
// (the counter-offer is not accepted, the rival's offer not declined).
TEST(EventsKo29, ControlsKeepTheirReading) {
  const auto kept = testing_support::PipelineEvents(
      "한빛전자 인사\n\n한빛전자는 3일 정기 사장단 인사를 단행했다. 반도체사업부장인 오세훈 사장은 반도체사업부를 계속 맡는다.",
      "ko29-test");
  EXPECT_FALSE(HasEvent(kept, "한빛전자", "오세훈"));
  const auto asked = testing_support::PipelineEvents(
      "이재원 잔류 협상\n\nNC 다이노스는 포수 이재원에게 2년 총액 24억원을 제시했다. SSG 랜더스도 이재원에게 2년 총액 "
      "22억원을 제시하며 잔류를 요청했다.",
      "ko29-test");
  for (const Event& e : asked) EXPECT_EQ(OutcomeName(e.outcome), std::string("offered")) << e.employer;
}

}  // namespace
}  // namespace hirewire::normalize
