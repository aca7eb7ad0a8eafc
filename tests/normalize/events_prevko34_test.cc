// Korean previous employers read from what the whole article says about one person (thirty-fourth session, branch
// evprevko34; docs/events.md): a person promoted inside the company gets no origin from the learned model (the
// organization it picks is another person's, named in the headline's second half). Own sentences (none a sentence
// of a test batch), each a whole article through the pipeline's steps; the reading before the change (main
// 589c40f2) is in the comment of each case.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // 1. A promotion and an outside hire in the headline: the promoted person has no origin (before: Amazon, the
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
    // 2. "승진 발탁" in a bank; the hire's origin told with the foreign company's Korean name (before: Microsoft for
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
    // 3. Control: one sentence promotes one person and hires another; the hire (after the promote word) keeps its
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
};

class EventsPrevKo34 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsPrevKo34, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "prevko34-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsPrevKo34, testing::ValuesIn(kCases));

}  // namespace
}  // namespace hirewire::normalize
