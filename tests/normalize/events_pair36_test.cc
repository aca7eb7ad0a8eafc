// Korean conjuncts of their own subjects that tell one hire each, thirty-sixth session (docs/events.md,
// "Parallel conjuncts", branch evpair36). Own sentences (no sentence, person or invented company of a test
// batch), each a whole article through the pipeline's steps; controls for a biography told in conjuncts and a
// conjunct naming its own company. Also: a bare stay after a refusal is no accepted offer of the current
// employer unless a retention is told.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // 1. The first conjunct takes a post ("맡았고,"), the second names no organization: both are hires at the
    // acquirer.
    {"took-post-then-moved",
     "미르테크, AI 스타트업 솔바람 인수\n\n클라우드 기업 미르테크가 음성인식 스타트업 솔바람을 인수했다고 3일 밝혔다.\n\n"
     "솔바람 창업자인 서하준 대표는 미르테크 음성AI센터장을 맡았고, 공동창업자인 구연서 최고기술책임자(CTO)는 "
     "수석연구원으로 자리를 옮겼다.\n\n미르테크 관계자는 \"음성 기술을 빠르게 확보했다\"고 말했다.",
     {{"hire", "미르테크", "서하준", "*", "joined"}, {"hire", "미르테크", "구연서", "*", "joined"}}},
    // 2. The first conjunct joins ("합류했고,"), the second takes a post with no organization named.
    {"joined-then-took-post",
     "솔빛테크, 스타트업 청연랩 인수\n\n솔빛테크가 경량화 모델 스타트업 청연랩을 인수했다.\n\n"
     "청연랩 창업자인 남궁윤 대표는 솔빛테크 모델연구소장으로 합류했고, 공동창업자인 탁세린 이사는 연구소 "
     "부소장을 맡았다.\n\n솔빛테크 관계자는 \"좋은 인재를 얻었다\"고 말했다.",
     {{"hire", "솔빛테크", "남궁윤", "청연랩", "joined"}, {"hire", "솔빛테크", "탁세린", "*", "joined"}}},
    // 3. Negative: a biography told in conjuncts of one subject ("입사해 … 맡았고, … 옮겨") is no hire at its
    // first
    //    company, and no other person shares the hire.
    {"biography",
     "가온제약, 신임 연구소장에 변지호 전무 영입\n\n가온제약은 변지호 전무를 중앙연구소장으로 영입했다고 5일 "
     "밝혔다.\n\n변 전무는 2009년 서해바이오에 입사해 임상 업무를 맡았고, 2017년 동림제약으로 옮겨 개발본부장을 "
     "지냈다.",
     {{"hire", "가온제약", "변지호", "*", ""}},
     {{"hire", "서해바이오", "변지호", "*", ""}}},
    // 4. Negative: the other conjunct names its own company: that subject does not take the first one's
    // employer.
    {"own-company",
     "한빛소재 임원 인사\n\n한빛소재는 정기 임원 인사를 단행했다고 7일 밝혔다.\n\n이번 인사에서 오태경 전무는 "
     "한빛소재 연구소장을 맡았고, 하은채 상무는 한빛케미칼 기획실장으로 자리를 옮겼다.",
     {{"hire", "한빛소재", "오태경", "*", ""}},
     {{"hire", "한빛소재", "하은채", "*", ""}}},
    // 5. (ko) A bare stay after a refusal with no retention told: the refusal only, no offer of the current
    // employer.
    {"bare-stay",
     "中 롱웨이반도체, 가온전자 설계자에 거액 제안…거절\n\n중국 롱웨이반도체가 가온전자 메모리 설계팀의 편지오 "
     "수석연구원에게 연봉 9억원과 주택 제공을 조건으로 이직을 제안했다. 하지만 편 수석은 이 제안을 거절하고 회사에 "
     "남기로 했다.\n\n가온전자 관계자는 \"확인해 줄 수 없다\"고 말했다.",
     {{"offer", "롱웨이반도체", "편지오", "가온전자", "declined"}},
     {{"offer", "가온전자", "편지오", "*", ""}}},
    // 6. Control: the same stay after a counter-offer (a retain row, 역제안) accepts the current employer's
    // offer.
    {"stay-after-counter-offer",
     "中 롱웨이반도체, 가온전자 설계자에 거액 제안…거절\n\n중국 롱웨이반도체가 가온전자 메모리 설계팀의 편지오 "
     "수석연구원에게 연봉 9억원과 주택 제공을 조건으로 이직을 제안했다. 가온전자가 연봉 인상을 담은 역제안을 내놓자 "
     "편 수석은 이 제안을 거절하고 회사에 남기로 했다.\n\n가온전자 관계자는 \"확인해 줄 수 없다\"고 말했다.",
     {{"offer", "롱웨이반도체", "편지오", "가온전자", "declined"},
      {"offer", "가온전자", "편지오", "*", "accepted"}}},
};

class EventsPair36 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsPair36, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "pair36-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsPair36, testing::ValuesIn(kCases));

}  // namespace
}  // namespace hirewire::normalize
