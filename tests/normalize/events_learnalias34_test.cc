// Group short forms and leagues learnt from the blind batches events-b49/b50, thirty-fourth session
// (docs/events.md, "Group names and leagues", branch learnalias34). Own sentences (no sentence, person or
// invented company of a test batch), each a whole article through the pipeline's steps, with the employer and
// the previous employer checked.
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
    // 2. (ko) A league written right before its club ("메이저리그(MLB) 시애틀 매리너스가"): the club offers,
    // the league
    //    employs no one there.
    {"league-club",
     "시애틀, 한빛 타이탄스 에이스 강민호에 3년 5000만달러 제안\n\n미국 메이저리그(MLB) 시애틀 매리너스가 한빛 타이탄스의 "
     "에이스 강민호에게 3년 총액 5000만 달러의 계약을 제안했다.\n\n강민호는 아직 결정하지 않았다고 말했다.",
     {{"offer", "시애틀 매리너스", "강민호", "*", ""}},
     {},
     {"Major League Baseball"}},
    // 3. (ko) The league before the club a person moves to: the club is the employer, the origin stays the
    // club left.
    {"league-club",
     "최동우 감독, 미국 무대로\n\nLG 트윈스를 이끈 최동우 감독이 메이저리그 시애틀 매리너스 벤치코치로 자리를 옮긴다.\n\n"
     "시애틀 매리너스는 2일 최 감독을 벤치코치로 영입했다고 발표했다.",
     {{"hire", "시애틀 매리너스", "최동우", "LG 트윈스", "joined"}},
     {},
     {"Major League Baseball"}},
    // 4. Negative: a league that is itself the employer ("메이저리그 사무국은 … 영입했다": no club name after
    // it) keeps it.
    {"league-employs",
     "메이저리그 사무국, 한지호 부사장 영입\n\n메이저리그 사무국은 3일 한지호 전 누리스포츠 대표를 국제사업 담당 부사장으로 "
     "영입했다고 밝혔다.",
     {{"hire", "메이저리그 사무국", "한지호", "누리스포츠", ""}}},
    // 5. Negative (en): "the NBA hired X as deputy commissioner": the league employs.
    {"league-employs",
     "NBA hires Carla Mendes as deputy commissioner\n\nThe NBA hired Carla Mendes, a former executive at Orvel Media, as "
     "deputy commissioner, the league said on Monday.",
     {{"hire", "National Basketball Association", "Carla Mendes", "Orvel Media", ""}}},
};

class EventsLearnAlias34 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsLearnAlias34, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "learnalias34-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsLearnAlias34, testing::ValuesIn(kCases));

// A Korean headline's Hanja short form ("LG化" for LG화학): the brand before the Hanja is the one
// organization of the article whose name it begins, glued; with two such organizations (LG화학 and LG전자)
// nothing is guessed, and the previous employer is not the second one.
TEST(EventsLearnAlias34, HanjaShortFormIsTheOneOrganizationItBegins) {
  const char* kText =
      "누리조선, LG化 배터리 설계 총괄 최민혁 상무 영입…내년 3월 합류\n\n누리조선이 경쟁사 LG화학의 배터리 설계 책임자를 "
      "영입한다.\n\n업계에 따르면 LG화학 배터리설계담당 최민혁 상무는 누리조선으로 자리를 옮기기로 했으며, 내년 3월 2일자로 "
      "누리조선 소재부문장(전무)으로 합류할 예정이다. 최 상무는 이달 말 LG화학을 퇴사한다.";
  const auto one = testing_support::PipelineEvents(kText, "learnalias34-test");
  const Event* e = testing_support::FindCandidate(one, "최민혁");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->previous_employer, "LG Chem");
  // Two organizations the brand begins (LG화학, LG전자): the Hanja is not read, the short form goes to
  // neither.
  const std::string two = std::string(kText) + "\n\nLG전자도 배터리 인력을 늘리고 있다.";
  const auto both = testing_support::PipelineEvents(two, "learnalias34-test");
  const Event* f = testing_support::FindCandidate(both, "최민혁");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->previous_employer, "LG Electronics");
}

}  // namespace
}  // namespace hirewire::normalize
