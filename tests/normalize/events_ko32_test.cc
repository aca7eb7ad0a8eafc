// Korean shapes of the thirty-second session (docs/events.md, branch evko32): a hiring plan told in the
// body's lede in the plain present, a signing "ORG는 NAME과 … N원에 계약했다" (also inside the club's
// announced quote), a passive slot with one member and a post the frames did not know ("X 상임감사에는 NAME이
// 임명됐다"), the middle member of a list of former posts ("A 전 X 부장판사와 B 전 Y 과장, C 변호사 등"), and
// a unit word closed by 실 or 과 that is no person. Own sentences (none a sentence of a test batch), each a
// whole article through the pipeline's steps; the reading before the change (main c074db9c) is in
// docs/events.md.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // 1. A hiring plan in the body's lede, closed by the plain present ("… 300명을 채용한다."): no event
    // (before: a
    //    hire of "staff" / "employees", accepted).
    {"lede-hiring-plan",
     "한결텔레콤, 올해 AI 인력 300명 뽑는다\n\n한결텔레콤이 인공지능 사업 강화를 위해 올해 AI 전문 인력 300명을 "
     "채용한다. 회사는 상반기와 하반기로 나눠 공개채용을 진행한다.",
     {},
     {},
     {},
     {},
     {},
     0},
    {"lede-hiring-plan",
     "한빛증권, 올해 150명 신규 채용\n\n한빛증권이 디지털 자산관리 사업을 키우기 위해 올해 신입 및 경력 직원 150명을 "
     "채용한다. 채용 규모는 지난해의 두 배다.",
     {},
     {},
     {},
     {},
     {},
     0},
    // 2. "ORG는 NAME과 N년 최대 N원에 계약했다": a signing, joined (before: no event; "과 계약했" wanted the
    // verb right
    //    after the name).
    {"signing-at-amount",
     "FA 최대어 김태민, 한화행\n\n자유계약선수(FA) 최대어 김태민이 한화 이글스 유니폼을 입는다. 원소속구단 두산은 4년 "
     "50억원을 제시하며 잔류를 설득했지만 김태민은 한화행을 택했다. 한화 이글스는 김태민과 4년 최대 70억원에 "
     "계약했다고 밝혔다.",
     {{"hire", "한화 이글스", "김태민", "", "joined"}}},
    // 3. The club's own announcement in quotes ("ORG는 \"NAME과 … 계약했다\"고 발표했다"): read (before:
    // quoted speech
    //    was never read for a move).
    {"announced-quote",
     "이정우, 두산행 확정\n\n내야수 이정우의 두산행이 확정됐다. 두산 베어스는 20일 \"이정우와 계약기간 3년, 최대 "
     "30억원에 계약했다\"고 발표했다. 이정우는 지난 시즌 롯데 자이언츠에서 뛰었다.",
     {{"hire", "두산 베어스", "이정우", "롯데 자이언츠", "joined"}}},
    {"announced-quote",
     "이정우, 두산행 확정\n\n내야수 이정우의 두산행이 확정됐다. 두산 베어스는 20일 \"이정우와 3년 최대 30억원에 "
     "계약했다\"고 발표했다.",
     {{"hire", "두산 베어스", "이정우", "", "joined"}}},
    // 4. A passive slot with one member and the post 상임감사 / 상임이사 (before: no event, or the hire at
    // the
    //    person's former organization).
    {"passive-slot",
     "한국디지털진흥원 감사 임명\n\n한국디지털진흥원 상임감사에는 문준호 전 감사원 국장이 임명됐다.",
     {{"hire", "한국디지털진흥원", "문준호", "감사원", "joined"}}},
    {"passive-slot",
     "한국디지털진흥원 이사 선임\n\n한국디지털진흥원 상임이사에는 문준호 감사원 국장이 선임됐다.",
     {{"hire", "한국디지털진흥원", "문준호", "감사원", "joined"}},
     {},
     {"감사원"}},
    {"passive-slot",
     "한국디지털진흥원 감사 내정\n\n한국디지털진흥원 상임감사에는 문준호 전 감사원 국장이 내정됐다.",
     {{"hire", "한국디지털진흥원", "문준호", "감사원", "accepted"}}},
    // 5. The middle member of a list of former posts, titled 과장 after a unit of the organization (before:
    // no
    //    previous employer; 과장 was no title); the last member, a lawyer with no former post, gets none.
    {"list-middle-origin",
     "법무법인 한서, 전관 3명 영입\n\n법무법인 한서는 박지훈 전 서울중앙지법 부장판사와 김나래 전 금융위원회 "
     "자본시장과 과장, 이도윤 변호사 등 3명을 영입했다고 7일 밝혔다.",
     {{"hire", "법무법인 한서", "박지훈", "서울중앙지법", "joined"},
      {"hire", "법무법인 한서", "김나래", "Financial Services Commission", "joined"},
      {"hire", "법무법인 한서", "이도윤", "", "joined"}}},
    // 6. A unit word closed by 실 or 과 right after an organization, before the title 과장, is no person
    // (with 과장 a
    //    title, "세제실" was read as a name and hired).
    {"unit-no-person",
     "법무법인 한서, 전관 2명 영입\n\n법무법인 한서는 송지우 전 기획재정부 세제실 과장과 윤태림 전 산업통상자원부 "
     "통상정책과 과장 등 2명을 영입했다고 3일 밝혔다.",
     {{"hire", "법무법인 한서", "윤태림", "*", "joined"}},
     {},
     {},
     {"세제실", "통상정책과"}},
};

class EventsKo32 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsKo32, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "ko32-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsKo32, testing::ValuesIn(kCases));

// What must keep its reading: a hire named in a hiring-plan article stays; a person's quote with no
// announcement verb is still not read; a past hire of a counted group keeps its event.
TEST(EventsKo32, ControlsKeepTheirReading) {
  const auto plan = testing_support::PipelineEvents(
      "한결생명, 경력직 채용\n\n한결생명은 올해 경력직 40명을 채용하기로 했다. 한편 한결생명은 이날 박세윤 전무를 "
      "부사장으로 승진시켰다.",
      "ko32-test");
  EXPECT_TRUE(testing_support::HasEvent(plan, "한결생명", "박세윤"));
  EXPECT_EQ(plan.size(), 1u);
  const auto speech = testing_support::PipelineEvents(
      "프로야구 소식\n\n두산 베어스 김성호 감독은 \"이정우와 계약했으면 좋겠다\"고 말했다.", "ko32-test");
  EXPECT_FALSE(testing_support::HasEvent(speech, "두산 베어스", "이정우"))
      << "a coach's wish in quotes is no signing";
}

}  // namespace
}  // namespace hirewire::normalize
