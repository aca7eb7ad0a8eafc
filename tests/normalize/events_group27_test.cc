// Groups, counts made up by named persons, Korean move shapes and a relative clause's negation of the
// twenty-seventh session (docs/events.md, branch evgroup27). Own paraphrases (none a sentence of a test
// batch), each a whole article through the pipeline's steps; the reading before the change (main 2eec917) is
// in the comments.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // Korean group nouns 디자이너, 애널리스트 with a count (cues.tsv group rows): main no group.
    {"ko-group-designers",
     "한빛모터스, 현대차 디자인 총괄 영입\n\n한빛모터스는 현대자동차 디자인센터장을 지낸 김태호 전무를 디자인 총괄 부사장으로 "
     "영입했다고 3일 밝혔다. 현대자동차 출신 디자이너 5명도 다음달 한빛모터스에 합류한다.",
     {{"hire", "한빛모터스", "김태호", "*", "joined"},
      {"hire", "한빛모터스", "designers*", "*", "accepted"}}},
    {"ko-group-analysts",
     "대신증권, 리서치센터장 영입\n\n대신증권은 미래에셋증권 리서치센터장을 지낸 박정민 상무를 리서치센터장으로 영입했다고 "
     "밝혔다. 미래에셋증권 출신 애널리스트 4명도 같은 날 대신증권에 합류했다.",
     {{"hire", "대신증권", "analysts*", "*", "joined"}}},
    {"ko-group-analysts-counted",
     "한빛증권, 애널리스트 3명 영입\n\n한빛증권은 애널리스트 3명을 영입했다.",
     {{"hire", "한빛증권", "analysts*", "*", "joined"}}},
    // A counted group as the subject of 자리를 옮겼다 (main already read it; kept).
    {"ko-group-moved",
     "에이스반도체, 삼성 연구원 영입\n\n에이스반도체는 삼성전자 메모리사업부 출신 최민수 상무를 연구소장으로 영입했다고 2일 "
     "밝혔다. 삼성전자 연구원 5명도 같은 날 에이스반도체로 자리를 옮겼다.",
     {{"hire", "에이스반도체", "researchers*", "*", "joined"}}},
    // "A는 X로, B는 Y로 각각 자리를 옮겼다": both members (main: the second only) ...
    {"ko-each-moved",
     "케이넷, 딥보이스 인수 완료\n\n케이넷은 음성 AI 스타트업 딥보이스 인수를 마쳤다고 밝혔다. 딥보이스 창업자인 김서준 대표는 "
     "케이넷 AI연구소 상무로, 공동창업자인 박지호 CTO는 케이넷 클라우드 수석연구원으로 각각 자리를 옮겼다.",
     {{"hire", "케이넷", "김서준", "*", "joined"}, {"hire", "케이넷", "박지호", "*", "joined"}}},
    {"ko-each-moved",
     "한빛금융, 임원 인사\n\n한빛금융은 정기 임원 인사를 단행했다. 최민호 부사장은 한빛은행 부행장으로, 이수진 전무는 "
     "한빛카드 대표로 각각 자리를 옮겼다.",
     {{"hire", "한빛은행", "최민호", "*", "joined"}, {"hire", "한빛카드", "이수진", "*", "joined"}}},
    // ... the second naming no organization continues the first's, with a team head's post (팀장 compound).
    {"ko-each-moved-team-head",
     "케이넷, 딥보이스 인수 완료\n\n케이넷은 음성 AI 스타트업 딥보이스 인수를 마쳤다고 밝혔다. 딥보이스 창업자인 김서준 대표는 "
     "케이넷 AI연구소 상무로, 공동창업자인 박지호 CTO는 음성AI팀장으로 각각 자리를 옮겼다.",
     {{"hire", "케이넷", "김서준", "*", "joined"}, {"hire", "케이넷", "박지호", "*", "joined"}}},
    // "연임이 확정돼": the reappointment decided (main none).
    {"ko-renewal-decided",
     "세진화학 부회장 연임\n\n세진화학은 3일 이사회를 열고 신임 사외이사를 선임했다. 김정수 대표이사 부회장은 이날 이사회 "
     "의결로 연임이 확정돼 2년 더 회사를 이끈다.",
     {{"hire", "세진화학", "김정수", "*", "accepted"}}},
    // A subjectless join whose hirer is the paragraph's topic (main none).
    {"ko-subjectless-join",
     "셀바이오, CMO 영입\n\n셀바이오는 신약 개발 조직을 강화하고 있다. 노바티스 출신 김하늘 박사가 최고의학책임자로 "
     "합류했다.",
     {{"hire", "셀바이오", "김하늘", "*", "joined"}}},
    {"ko-subjectless-join",
     "한결로보틱스, 연구소장 영입\n\n한결로보틱스는 올해 연구 인력을 크게 늘리고 있다. 이번에는 KAIST 출신 박서연 교수가 "
     "연구소장으로 합류했다.",
     {{"hire", "한결로보틱스", "박서연", "*", "joined"}}},
    // "ORG와 … 계약했다" with the person as the subject (main none).
    {"ko-contract-with-club",
     "서울 베어스, 김민수 영입\n\n자유계약선수(FA) 외야수 김민수는 서울 베어스와 4년 계약했다고 구단이 5일 밝혔다.",
     {{"hire", "서울 베어스", "김민수", "*", "joined"}}},
    {"ko-contract-with-club",
     "박정우, 한화 이글스 입단\n\n내야수 박정우가 한화 이글스와 계약했다.",
     {{"hire", "한화 이글스", "박정우", "*", "joined"}}},
    // "ORG에 고문으로 합류한다": the organization's word closed by 에 is no person titled 고문 (main none).
    {"ko-adviser-joins",
     "로펌 한결, 전 장관 영입\n\n법무법인 한결은 이번 인사에서 전 산업부 장관을 영입했다. 김동수 전 장관은 다음달 한결에 고문으로 "
     "합류한다.",
     {{"hire", "법무법인 한결", "김동수", "*", "accepted"}}},
    // A negation or "since YEAR" in a relative clause after the hire does not cancel it (main none).
    {"en-relative-negation",
     "Lakeview hires new coach\n\nLakeview State hired Ridgeway College coach Tom Baker on Saturday to rebuild a "
     "program that has not had a winning season since 2015.",
     {{"hire", "Lakeview State", "Tom Baker", "*", "joined"}}},
    {"en-relative-negation",
     "Northfield names coach\n\nNorthfield University hired Bryce Allen, the head coach at Pine Valley College, on "
     "Monday to revive a team that has not reached the playoffs since 2011.",
     {{"hire", "Northfield University", "Bryce Allen", "*", "joined"}}},
    {"en-relative-negation",
     "Hospital hires new chief\n\nMercy General Hospital hired Dr. Nina Patel, a surgeon at Baylor Medical Center, to "
     "lead a department that has not had a permanent chief since 2020.",
     {{"hire", "Mercy General Hospital", "Nina Patel", "*", "joined"}}},
};

class EventsGroup27 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsGroup27, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "group27-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsGroup27, testing::ValuesIn(kCases));

// What must not be read: a headline's count made up by the persons the body names is no group (main: an open
// offer to "executives from LG Group"); a failed bid's planned recruitment is no hire (main: a joined group);
// a counted part of a group's make-up is no group of its own.
TEST(EventsGroup27, CountsOfNamedPersonsAndPlansAreNoGroups) {
  const auto headline = testing_support::PipelineEvents(
      "한빛전자, 삼성·LG 출신 임원 3명 영입\n\n한빛전자는 반도체 사업 강화를 위해 삼성전자 출신 김영수 전무, LG전자 출신 이지은 "
      "상무, SK하이닉스 출신 박준호 상무를 영입했다고 5일 밝혔다.",
      "group27-test");
  EXPECT_FALSE(testing_support::HasCandidate(headline, "executives*"));
  testing_support::ExpectEvents(headline, {{"hire", "한빛전자", "김영수", "joined"},
                                           {"hire", "한빛전자", "이지은", "joined"},
                                           {"hire", "한빛전자", "박준호", "joined"}});

  const auto plan = testing_support::PipelineEvents(
      "한빛그룹의 인수 시도 불발\n\n한빛그룹은 스타트업 루미랩 인수를 추진했으나 협상이 결렬됐다고 밝혔다. 한빛그룹은 루미랩 연구원 "
      "20명을 영입해 AI 조직을 꾸릴 계획이었다.",
      "group27-test");
  for (const Event& e : plan) EXPECT_NE(e.type, EventType::kHire) << e.candidate << " at " << e.employer;

  const auto english_plan = testing_support::PipelineEvents(
      "Deal collapses\n\nVantage Systems said its bid for Orrin Labs had collapsed. Vantage had planned to hire 30 "
      "engineers from Orrin Labs.",
      "group27-test");
  for (const Event& e : english_plan)
    EXPECT_NE(e.type, EventType::kHire) << e.candidate << " at " << e.employer;

  const auto parts = testing_support::PipelineEvents(
      "넥스플레이, 스튜디오 팀 영입\n\n넥스플레이는 넷게임즈 출신 정다은 PD와 팀원 9명을 영입했다. 합류한 팀원은 프로그래머 4명, "
      "아트 3명, 기획 2명으로 구성됐다.",
      "group27-test");
  EXPECT_FALSE(testing_support::HasCandidate(parts, "programmers*"));
}

// Controls that keep their reading: a negated hire stays unread; a move dated in its own clause stays
// background.
TEST(EventsGroup27, ControlsKeepTheirReading) {
  const auto negated = testing_support::PipelineEvents(
      "Coach search\n\nLakeview State has not hired a coach for the program that lost every game last year.",
      "group27-test");
  EXPECT_TRUE(negated.empty());
  const auto dated = testing_support::PipelineEvents(
      "Naver profile\n\nKim Ji-woo joined Naver in 2018 and has led its search team since then.",
      "group27-test");
  for (const Event& e : dated) EXPECT_NE(e.type, EventType::kHire) << e.candidate;
}

}  // namespace
}  // namespace hirewire::normalize
