// Korean move shapes of the twenty-eighth session (docs/events.md, branch evko28). Own paraphrases (none a
// sentence of a test batch), each a whole article through the pipeline's steps; the reading before the change
// (main bfab791) is in the comments.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // The verbs 맡기다 (the post its object, ":post") and 앉히다 as appointment triggers; conjoined
    // promotions keep
    // both members (main: the first only, or none).
    {"ko-entrusted-post-conjoined",
     "세진전자, 사장단 인사\n\n세진전자는 이날 오민석 가전사업부 부사장을 사장으로 승진시켜 가전사업부장에 임명하고, 한지수 "
     "전장연구소장(부사장)을 사장으로 승진시켜 전장사업부장을 맡겼다고 밝혔다.",
     {{"hire", "세진전자", "오민석", "*", "joined"}, {"hire", "세진전자", "한지수", "*", "joined"}}},
    {"ko-seated-conjoined",
     "누리은행 인사\n\n누리은행은 강민호 부행장을 디지털본부장에 앉히고, 윤서현 전무를 리스크관리본부장에 앉혔다.",
     {{"hire", "누리은행", "강민호", "*", "joined"}, {"hire", "누리은행", "윤서현", "*", "joined"}}},
    {"ko-seated-then-appointed",
     "누리증권 인사\n\n누리증권은 강민호 전무를 IB부문 대표에 앉히고, 윤서현 상무를 리서치센터장에 임명했다.",
     {{"hire", "누리증권", "강민호", "*", "joined"}, {"hire", "누리증권", "윤서현", "*", "joined"}}},
    {"ko-seated-after-promotion",
     "대산건설 인사\n\n대산건설은 최재원 전무를 부사장으로 승진시켜 해외사업본부장에 앉혔다.",
     {{"hire", "대산건설", "최재원", "*", "joined"}}},
    // The person given the post in the dative (에게 … 을 맡겼다; main none).
    {"ko-entrusted-dative",
     "미래생명 인사\n\n미래생명은 이날 서지훈 상무에게 자산운용본부장을 맡겼다.",
     {{"hire", "미래생명", "서지훈", "*", "joined"}}},
    {"ko-entrusted-dative-acting",
     "한빛FC 감독 사퇴\n\n한빛FC 구단은 김태균 감독의 사퇴를 수용했다. 구단은 새 감독을 찾을 때까지 박상우 수석코치에게 "
     "감독대행을 맡겼다.",
     {{"departure", "한빛FC", "김태균", "*", "left"}, {"hire", "한빛FC", "박상우", "*", "joined"}}},
    // A Korean object is measured from the particle closing its noun phrase: a long apposition between the
    // name
    // and 을 does not put the verb out of reach (main: 정우진 lost, and 문서영 with 앉혔다).
    {"ko-object-long-apposition",
     "한결화학, 사장 2명 승진\n\n한결화학은 정우진 배터리소재사업부 양극재개발실장(부사장)을 사장으로 승진시켜 "
     "배터리소재사업부장에 임명하고, 문서영 정밀화학연구소장(부사장)을 사장으로 승진시켜 정밀화학사업부장에 앉혔다.",
     {{"hire", "한결화학", "정우진", "*", "joined"}, {"hire", "한결화학", "문서영", "*", "joined"}}},
    {"ko-object-long-apposition",
     "태성중공업 인사\n\n태성중공업은 이날 박민재 해양플랜트사업부 설계기술담당 임원(전무)을 부사장으로 승진시켜 "
     "조선해양사업부장에 임명했다.",
     {{"hire", "태성중공업", "박민재", "*", "joined"}}},
};

class EventsKo28 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsKo28, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "ko28-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsKo28, testing::ValuesIn(kCases));

// A group appointing at an affiliate's unit ("ORG W 부문 대표이사로"): the affiliate is the employer, not the
// group.
TEST(EventsKo28, AffiliateUnitSlotIsTheEmployer) {
  const auto got = testing_support::PipelineEvents(
      "한빛화학 대표 선임\n\n한빛그룹은 4일 김민수 전 삼성전자 부사장을 한빛화학 소재 부문 대표이사로 선임했다고 밝혔다.",
      "ko28-test");
  testing_support::ExpectEvents(got, {{"hire", "한빛화학", "김민수", "joined"}});
  for (const Event& e : got) EXPECT_NE(e.employer, "한빛그룹") << e.candidate;
}

// What must not be read: a dative that is no person ("검증된 경영진에게 사업을 맡겼다") makes no hire.
TEST(EventsKo28, EntrustingToNoPersonIsNoHire) {
  const auto got = testing_support::PipelineEvents(
      "세진그룹 인사 평가\n\n한 관계자는 \"세진그룹이 검증된 경영진에게 주력 사업을 맡겼다\"고 말했다.",
      "ko28-test");
  for (const Event& e : got) EXPECT_NE(e.type, EventType::kHire) << e.candidate;
}

}  // namespace
}  // namespace hirewire::normalize
