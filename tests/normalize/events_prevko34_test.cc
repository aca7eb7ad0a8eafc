// Korean previous employers read from what the whole article says about one person (thirty-fourth session,
// branch evprevko34; docs/events.md): a person promoted inside the company gets no origin from the learned
// model (the organization it picks is another person's, named in the headline's second half); an origin that
// is a unit of a company stands for the company, none when that is the employer; colleagues who worked with a
// hired lead take the lead's origin. Own sentences (none a sentence of a test batch), each a whole article
// through the pipeline's steps; the reading before the change (main 589c40f2) is in the comment of each case.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // 1. A promotion and an outside hire in the headline: the promoted person has no origin (before: Amazon,
    // the
    // hire's origin), the hire keeps the one its 출신 names.
    {"promoted-no-model-origin",
     "한울전자, 2027년 임원 인사…박민호 부사장 승진·아마존 출신 최서진 상무 영입\n\n"
     "한울전자는 3일 2027년도 정기 임원 인사를 단행했다고 밝혔다.\n\n"
     "한울전자는 반도체사업부장인 박민호 전무를 부사장으로 승진시켰다. 박 부사장은 차세대 메모리 개발을 이끌어 왔다.\n\n"
     "클라우드사업부장에는 아마존 출신 최서진 상무를 영입했다. 최 상무는 이달부터 출근한다.",
     {{"hire", "한울전자", "최서진", "Amazon", "accepted"}},
     {},
     {},
     {},
     {{"hire", "한울전자", "박민호", "", "joined"}}},
    // 2. "승진 발탁" in a bank; the hire's origin told with the foreign company's Korean name (before:
    // Microsoft for
    // the promoted person too).
    {"promoted-bank-no-model-origin",
     "서해은행, 정다은 부행장 승진…MS 출신 류기현 전무 영입\n\n"
     "서해은행은 2일 정기 인사를 통해 디지털금융부문장인 정다은 전무를 부행장으로 승진 발탁했다.\n\n"
     "정 부행장은 모바일 뱅킹 개편을 주도한 공로를 인정받았다.\n\n"
     "서해은행은 또 마이크로소프트 출신 류기현 전무를 최고기술책임자(CTO)로 영입했다고 밝혔다.",
     {{"hire", "서해은행", "류기현", "Microsoft", "joined"}},
     {},
     {},
     {},
     {{"hire", "서해은행", "정다은", "", "joined"}}},
    // 3. Control: one sentence promotes one person and hires another; the hire (after the promote word) keeps
    // its
    // origin (unchanged).
    {"promoted-and-hired-one-sentence",
     "누리텔레콤 임원 인사\n\n"
     "누리텔레콤은 네트워크부문장인 강도윤 전무를 부사장으로 승진시키고, 구글 출신 한예린 상무를 AI센터장으로 영입했다고 4일 "
     "밝혔다.\n\n"
     "한 상무는 구글에서 검색 품질 개발을 맡아 왔다.",
     {{"hire", "누리텔레콤", "한예린", "Google", "joined"}},
     {},
     {},
     {},
     {{"hire", "누리텔레콤", "강도윤", "", "joined"}}},
    // 4. A counter-offer by the current employer, the person titled by a unit written after it ("한빛배터리
    // 차세대소재연구소의 정태오 연구위원"): no origin (before: the unit 차세대소재연구소).
    {"unit-of-employer-counter-offer",
     "한빛배터리, 정태오 연구위원 잔류\n\n"
     "한빛배터리 차세대소재연구소의 정태오 연구위원은 최근 미국 볼트셀로부터 연구소장 자리와 함께 연봉 15억원을 제안받았다.\n\n"
     "그러자 한빛배터리는 정 위원의 연봉을 두 배로 올리는 조건을 역제안했고, 정 위원은 회사에 남기로 했다.",
     {{"offer", "한빛배터리", "정태오", "", "accepted"}},
     {{"*", "*", "정태오", "차세대소재연구소", ""}}},
    // 5. A unit named after a company the recognizer does not tag alone ("전 넷마블 AI센터 실장"): the
    // company (before:
    // the unit 넷마블 AI센터).
    {"unit-after-untagged-company",
     "게임사 별빛게임즈, AI연구소장에 정하람 영입\n\n"
     "별빛게임즈는 정하람 전 넷마블 AI센터 실장을 AI연구소장으로 영입했다고 2일 밝혔다.\n\n"
     "정 소장은 이달부터 출근했다.",
     {{"hire", "별빛게임즈", "정하람", "넷마블", "joined"}}},
    // 6. Control: the rival's offer to a researcher of a unit keeps the company as origin, the current
    // employer's
    // counter-offer none (unchanged).
    {"unit-origin-rival-and-counter",
     "\"연봉 10억 주겠다\"…美 배터리사 제안 뿌리친 한빛배터리 연구원\n\n"
     "미국 배터리 업체 볼트셀이 한빛배터리 차세대소재연구소의 오민석 수석연구원에게 연봉 10억원을 제시하며 영입을 시도한 것으로 "
     "확인됐다.\n\n"
     "오 수석은 고심 끝에 이 제안을 거절했다.\n\n"
     "한빛배터리는 오 수석에게 연봉 3억원과 스톡옵션을 포함한 잔류 조건을 역제안했고, 오 수석은 이를 받아들였다.",
     {{"offer", "볼트셀", "오민석", "한빛배터리", "declined"},
      {"offer", "한빛배터리", "오민석", "", "accepted"}}},
    // 7. Colleagues who worked with a hired lead ("박 본부장과 함께 일하던 A, B 등 2명도 …으로 자리를
    // 옮겼다"): the lead's
    // origin (before: none).
    {"companions-of-lead",
     "서해증권, 동진증권 IB팀 통째 영입\n\n"
     "서해증권은 박도현 동진증권 IB부문 대표(전무)를 IB본부장으로 선임했다고 5일 밝혔다.\n\n"
     "박 본부장과 함께 일하던 정유나 상무, 고태윤 이사 등 2명도 서해증권으로 자리를 옮겼다.",
     {{"hire", "서해증권", "박도현", "동진증권", "joined"},
      {"hire", "서해증권", "정유나", "동진증권", "joined"},
      {"hire", "서해증권", "고태윤", "동진증권", "joined"}}},
    // 8. Control: "이와 함께" names no lead; the person promoted inside keeps no origin (unchanged).
    {"companion-word-without-lead",
     "서해증권, 동진증권 IB본부장 영입\n\n"
     "서해증권은 박도현 동진증권 IB부문 대표(전무)를 IB본부장으로 선임했다고 5일 밝혔다.\n\n"
     "서해증권은 이와 함께 정유나 상무를 리서치센터장으로 승진시켰다.",
     {{"hire", "서해증권", "박도현", "동진증권", "joined"}},
     {},
     {},
     {},
     {{"hire", "서해증권", "정유나", "", ""}}},
    // 9. Control: a person leaving in the sentence of a lead's hire ("박 부사장 영입과 함께 … 물러난다") is a
    // departure
    // with no origin (a draft of rule 7 gave it the lead's).
    {"companion-word-departure",
     "한결소재, 삼성SDI 출신 박현우 부사장 영입\n\n"
     "한결소재는 삼성SDI 출신 박현우 부사장을 최고기술책임자(CTO)로 영입했다고 4일 밝혔다.\n\n"
     "한결소재는 박 부사장 영입과 함께 기존 CTO인 최도진 부사장이 고문으로 물러난다고 밝혔다.",
     {},
     {{"*", "*", "최도진", "Samsung SDI", ""}}},
};

class EventsPrevKo34 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsPrevKo34, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "prevko34-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsPrevKo34, testing::ValuesIn(kCases));

}  // namespace
}  // namespace hirewire::normalize
