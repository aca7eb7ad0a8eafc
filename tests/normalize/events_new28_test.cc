// New error classes of the twenty-eighth session's blind analysis (docs/events.md, branch evnew28). Own
// sentences (none a sentence of a test batch), each a whole article through the pipeline's steps:
// - a present hiring plan of an unnamed counted group is no event (cues.tsv hiring_plan rows);
// - a dated move in the biography of a person hired elsewhere is no hire;
// - a Korean predecessor's or incumbent's departure (cues.tsv predecessor rows) is at the appointee's
// employer;
// - a failed bid for a target's counted team of architects or technicians is the team's (cues.tsv group
// rows).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    {"hiring-plan",
     "한결제약, 올해 300명 채용\n\n한결제약은 올해 연구직 300명을 채용한다고 5일 밝혔다.",
     {},
     {},
     {"한결제약"}},
    {"hiring-plan",
     "누리건설 하반기 공채\n\n누리건설은 하반기 신입사원 500명을 신규 채용할 계획이라고 3일 밝혔다.",
     {},
     {},
     {"누리건설"}},
    {"hiring-plan",
     "코스모항공 승무원 채용\n\n코스모항공은 객실 승무원 400명을 뽑는다고 7일 밝혔다.",
     {},
     {},
     {"코스모항공"}},
    {"hiring-plan",
     "대경물산 생산직 채용\n\n대경물산이 내년 생산직 인력 200명을 채용할 예정이다.",
     {},
     {},
     {"대경물산"}},
    {"hiring-plan",
     "Castor Foods hiring\n\nCastor Foods will hire 500 delivery drivers this year, the company said on Tuesday.",
     {},
     {},
     {"Castor Foods"}},
    {"hiring-plan",
     "Brixel expands\n\nBrixel Systems plans to hire 200 engineers in Austin over the next two years.",
     {},
     {},
     {"Brixel Systems"}},
    {"dated-bio",
     "한국데이터진흥원 새 원장\n\n한국소재연구원은 윤태경 원장을 신임 원장으로 선임했다고 4일 밝혔다. 윤 원장은 포스코에서 소재기술팀장 등을 지낸 뒤 2014년 한빛공과대 신소재공학과 교수로 자리를 옮겼다.",
     {{"hire", "한국소재연구원", "윤태경", "*", "joined"}},
     {},
     {"한빛공과대"}},
    {"dated-bio",
     "해양진흥원 원장 선임\n\n해양진흥원은 최미란 원장을 신임 원장으로 선임했다. 최 원장은 현대중공업에서 설계팀장을 지낸 뒤 2012년 부산해양대 조선공학과 교수로 옮겼다.",
     {{"hire", "해양진흥원", "최미란", "*", "joined"}},
     {},
     {"부산해양대"}},
    {"dated-bio",
     "Kestrel Bio names CEO\n\nKestrel Bio named Anna Moss chief executive on Monday. Moss spent a decade at Pfizer before moving to Genentech in 2016.",
     {{"hire", "Kestrel Bio", "Anna Moss", "*", "joined"}},
     {},
     {"Genentech"}},
    {"predecessor",
     "한성은행장 후보 추천\n\n대양금융지주는 2일 자회사최고경영자후보추천위원회를 열고 조민규 대양은행 부행장을 차기 은행장 최종 후보로 단독 추천했다. 현 한지수 행장은 이달 말 임기를 마치고 물러난다.",
     {{"departure", "대양은행", "한지수", "", "left"}},
     {},
     {}},
    {"predecessor",
     "보험공사 사장 임명\n\n금융위원회는 3일 오성진 전 한빛생명 부사장을 예금보험공사 사장으로 임명했다. 전임 배영훈 사장은 지난달 임기 만료로 퇴임했다.",
     {{"departure", "예금보험공사", "배영훈", "", "left"}},
     {},
     {}},
    {"predecessor",
     "교육개발원장 임명\n\n교육부는 3일 박서연 전 한국교육연구소 소장을 한국교육개발원 원장으로 임명했다. 현 이준호 원장은 이달 말 임기를 마치고 물러난다.",
     {{"departure", "한국교육개발원", "이준호", "", "left"}},
     {},
     {}},
    {"failed-bid-team",
     "Halden deal collapses\n\nHalden Yards' attempt to acquire Norsea Design collapsed on Friday after talks broke down. The deal would have brought in Norsea's roughly 40 naval architects.",
     {{"acquisition_attempt", "Halden Yards", "architects from Norsea Design", "Norsea Design", "failed"}},
     {},
     {"Norsea Design"}},
    {"failed-bid-team",
     "Vireo bid fails\n\nVireo Labs' attempt to acquire Lumatek Systems collapsed on Monday. The deal would have brought in Lumatek's 25 lab technicians.",
     {{"acquisition_attempt", "Vireo Labs", "technicians from Lumatek Systems", "Lumatek Systems", "failed"}},
     {},
     {"Lumatek Systems"}},
};

class EventsNew28 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsNew28, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "new28-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsNew28, testing::ValuesIn(kCases));

// What must stay: a group hire with an origin, a hire that happened, and an undated biography move.
TEST(EventsNew28, ControlsKeepTheirReading) {
  const auto origin = testing_support::PipelineEvents(
      "한결제약 영입\n\n한결제약은 셀바이오 출신 연구원 12명을 영입했다고 5일 밝혔다.", "new28-test");
  bool group = false;
  for (const Event& e : origin)
    group = group || (e.employer == "한결제약" && e.candidate_kind == CandidateKind::kGroup);
  EXPECT_TRUE(group);
  const auto done = testing_support::PipelineEvents(
      "한결제약 채용\n\n한결제약은 지난달 연구원 300명을 채용했다고 5일 밝혔다.", "new28-test");
  bool hired = false;
  for (const Event& e : done) hired = hired || e.employer == "한결제약";
  EXPECT_TRUE(hired);
}

}  // namespace
}  // namespace hirewire::normalize
