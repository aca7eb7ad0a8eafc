// Korean shapes learnt from the blind batches events-b45/b46, thirty-second session (docs/events.md, "Korean
// learning from b45/b46", branch evlearn32). Own sentences (no sentence, person or invented company of a test
// batch), each a whole article through the pipeline's steps, with the previous employer and the outcome
// checked where the rule sets them.
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
    // 1. A passive appointment whose subject's title names an organization ("김도윤 서울대 교수가") and whose
    // goal names
    //    none ("제3대 이사장에"), in a sentence opened by another organization as its topic
    //    ("한빛에너지공단은"): the
    //    topic appoints; the subject's organization is where the person comes from (before: the employer was
    //    it).
    {"topic-appoints-passive",
     "한빛에너지공단 신임 이사장\n\n한빛에너지공단은 제3대 이사장에 김도윤(60) 서울대 기계공학과 교수가 임명됐다고 2일 "
     "밝혔다.\n\n전임 최상민 이사장은 지난달 임기 만료로 퇴임했다.",
     {{"hire", "한빛에너지공단", "김도윤", "*", "joined"},
      {"departure", "한빛에너지공단", "최상민", "", "left"}}},
    {"topic-appoints-passive",
     "누리문화재단 대표 선임\n\n누리문화재단은 박서연 한양대 교수가 신임 대표이사로 선임됐다고 밝혔다.",
     {{"hire", "누리문화재단", "박서연", "*", "joined"}}},
    // 2. A nominee (후보자) or one elected (당선인) called by surname and title ("김 총장 후보자는") is
    // designated, not
    //    yet in the post (frames.tsv appointee_noun): the hire is accepted (before: joined).
    {"nominee-designate",
     "누리대학교 새 총장\n\n누리대학교는 이사회를 열어 제7대 총장에 김도윤(59) 서울대 교수를 선임했다고 12일 밝혔다.\n\n"
     "김 총장 후보자는 교육부 장관의 승인을 거쳐 내년 3월 취임한다.",
     {{"hire", "누리대학교", "김도윤", "*", "accepted"}}},
    {"nominee-designate",
     "한빛과학원 원장 선출\n\n한빛과학원은 이사회에서 박서연 한양대 교수를 제5대 원장으로 선출했다.\n\n박 원장 당선인은 "
     "연구 현장의 목소리를 듣겠다고 말했다.",
     {{"hire", "한빛과학원", "박서연", "*", "accepted"}}},
};

class EventsLearnKo32 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsLearnKo32, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "learnko32-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsLearnKo32, testing::ValuesIn(kCases));

// What must not be read: with no other organization opening the sentence, or with a holding as its topic, a
// promotion stays at the subject's own organization.
TEST(EventsLearnKo32, ControlsKeepTheirReading) {
  const auto own = testing_support::PipelineEvents(
      "한결화학 사장 선임\n\n김도윤 한결화학 부사장이 사장으로 선임됐다.", "learnko32-test");
  EXPECT_TRUE(HasEvent(own, "한결화학", "김도윤"));
  const auto holding = testing_support::PipelineEvents(
      "한결그룹 인사\n\n한결그룹은 김도윤 한결화학 부사장이 사장으로 선임됐다고 밝혔다.", "learnko32-test");
  EXPECT_TRUE(HasEvent(holding, "한결화학", "김도윤"));
  EXPECT_FALSE(HasEvent(holding, "한결그룹", "김도윤"));
}

}  // namespace
}  // namespace hirewire::normalize
