// Korean shapes learned from the Korean halves of events-b47 / events-b48 after their first run (thirty-third
// session, branch evlearn33; docs/events.md): a post held before at another organization, written as the
// object of a verb of holding a post in its past adnominal form ("X 재무실장을 지낸 Y", "X 사장을 역임한 Y"),
// names Y's previous employer. Own sentences (none a sentence of a test batch), each a whole article through
// the pipeline's steps; the reading before the change (merge33) is in docs/events.md.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // 1. An active appointment; the post held before, with 지낸 (before: no origin).
    {"past-post-active",
     "대성건설 새 대표 선임\n\n대성건설은 한결화학 재무실장을 지낸 윤재석 부사장을 신임 대표이사로 선임했다.",
     {{"hire", "대성건설", "윤재석", "한결화학", "joined"}}},
    // 2. A passive appointment; the post held before, with 역임한 (before: no origin).
    {"past-post-passive",
     "서해물산 인사\n\n서해물산 신임 사장에는 동진해운 사장을 역임한 배경훈 씨가 발탁됐다.",
     {{"hire", "서해물산", "배경훈", "동진해운", "joined"}}},
    // 3. The same with the origin marked by 에서 keeps its reading.
    {"past-post-marked",
     "대성건설 인사\n\n대성건설은 한결화학에서 재무실장을 지낸 윤재석 부사장을 신임 대표이사로 선임했다.",
     {{"hire", "대성건설", "윤재석", "한결화학", "joined"}}},
};

class EventsKoLearn33 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsKoLearn33, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "kolearn33-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsKoLearn33, testing::ValuesIn(kCases));

// What must keep its reading: a post held before inside the employer (no organization named) gives no origin.
TEST(EventsKoLearn33, PostWithoutOrganizationGivesNoOrigin) {
  const auto promoted = testing_support::PipelineEvents(
      "대성건설 인사\n\n대성건설은 영업본부장을 지낸 윤재석 전무를 사장으로 승진시켰다.", "kolearn33-test");
  ASSERT_TRUE(testing_support::HasEvent(promoted, "대성건설", "윤재석"));
  for (const Event& e : promoted) EXPECT_EQ(e.previous_employer, "") << e.candidate;
}

}  // namespace
}  // namespace hirewire::normalize
