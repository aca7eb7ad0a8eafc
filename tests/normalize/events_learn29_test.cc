// Learning from this session's blind batches events-b39 and events-b40 (docs/events.md, twenty-ninth session,
// branch evlearn29). Own sentences (none a sentence of a test batch, no name of the batches), each a whole
// article through the pipeline's steps; the reading before the change (main, start of the session) is in
// docs/events.md.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "normalize/events.h"
#include "normalize/events/internal.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;
using testing_support::HasEvent;

const EventCase kCases[] = {
    // 1. Posts topicalized before subjects in a passive list: "X에는 A 부사장이, Y에는 B 부사장이 각각
    // 선임됐다" (the first member was lost).
    {"slot-subject",
     "누리화학 임원 인사\n\n누리화학이 정기 임원 인사를 단행했다고 3일 밝혔다. 소재사업부장에는 중국 법인장을 지낸 김도윤 전무가, 전략기획실장에는 이서진 전무가 각각 부사장으로 승진해 선임됐다.",
     {{"hire", "누리화학", "김도윤", "", ""}, {"hire", "누리화학", "이서진", "", ""}}},
    {"slot-subject",
     "한결증권 인사\n\n한결증권이 조직 개편과 함께 인사를 발표했다. 리서치센터장에는 박민재 상무가, 리스크관리본부장에는 최하은 상무가 각각 선임됐다.",
     {{"hire", "한결증권", "박민재", "", ""}, {"hire", "한결증권", "최하은", "", ""}}},
    {"slot-subject",
     "동해건설 사장단 인사\n\n동해건설이 사장단 인사를 단행했다. 플랜트사업본부장에는 오준호 부사장이, 재무실장에는 한예린 전무가 각각 승진 발탁됐다.",
     {{"hire", "동해건설", "오준호", "", ""}, {"hire", "동해건설", "한예린", "", ""}}},
    // 2. 실무진 with a count is a group ("한빛투자증권 소속 실무진 5명도 … 자리를 옮겼다"); without a count
    // it is none (control).
    {"counted-staff",
     "세원자산운용, 채권운용본부 통째 영입\n\n세원자산운용이 한빛투자증권 채권운용본부를 이끌던 정우성 상무를 영입했다. 정 상무와 함께 한빛투자증권 소속 실무진 5명도 세원자산운용으로 자리를 옮겼다.",
     {{"hire", "세원자산운용", "정우성", "한빛투자증권", "joined"},
      {"hire", "세원자산운용", "staff from 한빛투자증권", "한빛투자증권", "joined"}}},
    {"counted-staff",
     "누리바이오 임상팀 보강\n\n누리바이오가 임상 조직을 강화했다. 동아제약 임상개발팀 실무진 3명이 이달 누리바이오에 합류했다.",
     {{"hire", "누리바이오", "staff from 동아제약", "동아제약", "joined"}}},
    {"counted-staff",
     "한빛캐피탈 심사조직 확대\n\n한빛캐피탈은 세원은행 실무진 6명을 영입했다고 4일 밝혔다.",
     {{"hire", "한빛캐피탈", "staff from 세원은행", "세원은행", "joined"}}},
    // 3. A Korean adverb of time after the trigger belongs to a later verb ("사장으로 승진해 부문을 계속
    // 이끈다").
    {"adverb-after",
     "한결텔레콤 임원 인사\n\n한결텔레콤이 내년도 정기 임원 인사를 발표했다. 모바일부문장 정하윤 부사장은 사장으로 승진해 부문을 계속 이끈다.",
     {{"hire", "한결텔레콤", "정하윤", "", ""}}},
    {"adverb-after",
     "서림제약 인사\n\n서림제약이 정기 인사를 단행했다. 연구개발본부장 오민성 전무는 부사장으로 승진해 본부를 계속 맡는다.",
     {{"hire", "서림제약", "오민성", "", ""}}},
    {"adverb-after",
     "세진중공업 인사\n\n세진중공업이 정기 임원 인사를 실시했다. 해외영업본부장 김태호 상무는 전무로 승진해 본부를 계속 이끈다.",
     {{"hire", "세진중공업", "김태호", "", ""}}},
    // 4. An executive post ending in 담당 ("데이터플랫폼담당에는 A 상무가 발탁됐다").
    {"damdang-post",
     "한결텔레콤 임원 인사\n\n한결텔레콤이 정기 임원 인사를 발표했다. 데이터플랫폼담당에는 박서윤 상무가 발탁됐다.",
     {{"hire", "한결텔레콤", "박서윤", "", ""}}},
    {"damdang-post",
     "누리화학 인사\n\n누리화학이 임원 인사를 단행했다. 배터리소재담당에는 1978년생 이도현 상무가 선임됐다.",
     {{"hire", "누리화학", "이도현", "", ""}}},
    {"damdang-post",
     "세원생명 인사\n\n세원생명은 디지털채널담당에 최유나 상무를 선임했다고 밝혔다.",
     {{"hire", "세원생명", "최유나", "", ""}}},
    // 5. A reviewing body before 취업심사 / 승인 / 인가 is no employer (the hire stays at the firm,
    // accepted).
    {"review-body",
     "법무법인 세화, 전직 국장 영입\n\n법무법인 세화는 금융위원회 국장 출신 오세훈 변호사를 영입했다고 2일 밝혔다.\n\n오 변호사는 공직자윤리위원회 취업심사를 거쳐 다음 달 합류한다.",
     {{"hire", "법무법인 세화", "오세훈", "Financial Services Commission", "accepted"}}},
    {"review-body",
     "세원캐피탈 새 대표\n\n세원캐피탈이 정민우 전 한빛은행 부행장을 신임 대표로 선임했다. 정 대표는 금융감독원 승인을 받아 다음 달 취임한다.",
     {{"hire", "세원캐피탈", "정민우", "한빛은행", "accepted"}}},
    {"review-body",
     "동해은행 감사 선임\n\n동해은행은 박지성 전 감사원 국장을 상임감사로 선임했다. 박 감사는 금융위원회 인가 절차를 거쳐 다음 달 합류할 예정이다.",
     {{"hire", "동해은행", "박지성", "감사원", "accepted"}}},
    // 6. "ORG에서 음성AI 리더를 맡았다": the common word with capitals before a unit head's title is a unit;
    // the post is at the
    // organization closed by 에서.
    {"unit-title",
     "세원게임즈 소식\n\n세원게임즈의 신작 출시가 연기됐다. 한편 세원게임즈 공동창업자인 정하람 최고기술책임자(CTO)는 최근 회사를 떠나 카카오에 합류했다. 정 CTO는 카카오에서 영상AI 리더를 맡았다.",
     {{"hire", "Kakao", "정하람", "세원게임즈", "joined"}}},
    {"unit-title",
     "누리소프트 인재 이탈\n\n누리소프트 연구소장이던 한지우 박사가 지난달 삼성전자로 자리를 옮겼다. 한 박사는 삼성전자에서 보안AI 팀장을 맡았다.",
     {{"hire", "Samsung Electronics", "한지우", "누리소프트", "joined"}}},
    {"unit-title",
     "한빛데이터 CTO 영입\n\n한빛데이터는 네이버 출신 윤태오 박사를 영입했다. 윤 박사는 한빛데이터에서 금융IT 센터장을 맡는다.",
     {{"hire", "한빛데이터", "윤태오", "Naver", "joined"}}},
    // 7. English term ends told of the outgoing head: "whose term ends / expires", "would not seek another
    // term".
    {"term-end",
     "Orvel Telecom names CEO nominee\n\nOrvel Telecom on Monday named Kim Ji-won as its nominee for chief executive officer.\n\nOutgoing CEO Park Min-ho, whose term ends in March, said he would not seek another term.",
     {{"departure", "Orvel Telecom", "Park Min-ho", "", "left"}}},
    {"term-end",
     "Halden Bank picks new chairman\n\nHalden Bank said on Friday it had chosen Lena Ortiz as its next chairman.\n\nChairman Ray Dunn, whose term expires in June, backed the choice.",
     {{"departure", "Halden Bank", "Ray Dunn", "", "left"}}},
    {"term-end",
     "Vela Motors CEO to leave\n\nVela Motors is searching for a new leader.\n\nMark Tao said on Tuesday he would not seek another term as chief executive of Vela Motors.",
     {{"departure", "Vela Motors", "Mark Tao", "", "left"}}},
};

class EventsLearn29 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsLearn29, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "learn29-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsLearn29, testing::ValuesIn(kCases));

// What must not be read: 실무진 without a count names no group; a reviewing body is no employer; a common
// word with capitals before a unit head's title employs no one; a post held until a time is no move.
TEST(EventsLearn29, ControlsKeepTheirReading) {
  const auto talks = testing_support::PipelineEvents(
      "다온로보틱스 협상\n\n다온로보틱스와 세진중공업은 지난주 실무진 협의를 열었다. 양사 실무진은 다음 달 다시 만난다.",
      "learn29-test");
  for (const Event& e : talks) EXPECT_NE(e.candidate_kind, CandidateKind::kGroup) << e.candidate;
  const auto review = testing_support::PipelineEvents(
      "법무법인 세화, 전직 국장 영입\n\n법무법인 세화는 금융위원회 국장 출신 오세훈 변호사를 영입했다고 2일 밝혔다.\n\n오 변호사는 "
      "공직자윤리위원회 취업심사를 거쳐 다음 달 합류한다.",
      "learn29-test");
  EXPECT_FALSE(HasEvent(review, "공직자윤리위원회", "오세훈"));
  const auto unit = testing_support::PipelineEvents(
      "한빛데이터 CTO 영입\n\n한빛데이터는 네이버 출신 윤태오 박사를 영입했다. 윤 박사는 한빛데이터에서 금융IT 센터장을 맡는다.",
      "learn29-test");
  EXPECT_FALSE(HasEvent(unit, "금융IT", "윤태오"));
  // The league whose records a sentence compares ("in Western Hockey Association history") employs no one.
  const auto record = testing_support::PipelineEvents(
      "Pines hire Mark Dutton\n\nThe Portland Pines introduced Mark Dutton as their new head coach on Tuesday after he signed a five-year contract worth $30 million, the richest deal in Western Hockey Association history.",
      "learn29-test");
  EXPECT_TRUE(HasEvent(record, "Portland Pines", "Mark Dutton"));
  EXPECT_FALSE(HasEvent(record, "Western Hockey Association", "Mark Dutton"));
  // A post held until a time ("최근까지 넥슨에서 … 맡았다") is past: no move to that organization, the hire
  // stays.
  const auto past = testing_support::PipelineEvents(
      "한빛게임즈, 개발자 영입\n\n한빛게임즈가 이준호 프로듀서를 개발 총괄로 영입했다.\n\n이 프로듀서는 최근까지 넥슨에서 총괄 "
      "프로듀서를 맡았다.",
      "learn29-test");
  EXPECT_TRUE(HasEvent(past, "한빛게임즈", "이준호"));
  EXPECT_FALSE(HasEvent(past, "Nexon", "이준호"));
}

// A counted group the named hires make up ("hired three researchers from Halcyon's Lumen Labs"; three named
// persons joined, each from Lumen Labs as the body spells it) is those persons although a fourth person the
// employer courted turned the offer down: the one who declined is no member, so the count still matches (the
// group stayed).
TEST(EventsLearn29, APersonWhoDeclinedIsNoMemberOfTheGroupCounted) {
  auto person = [](const char* name, EventType type, Outcome outcome) {
    Event e;
    e.type = type;
    e.employer = "Orvel AI";
    e.candidate = name;
    e.candidate_kind = CandidateKind::kPerson;
    e.previous_employer = "Lumen Labs";
    e.outcome = outcome;
    return e;
  };
  Event group;
  group.type = EventType::kHire;
  group.employer = "Orvel AI";
  group.candidate = "researchers from Halcyon";
  group.candidate_kind = CandidateKind::kGroup;
  group.candidate_count = 3;
  group.previous_employer = "Halcyon";
  group.outcome = Outcome::kJoined;
  std::vector<Event> evs = {group, person("Tom Varga", EventType::kHire, Outcome::kJoined),
                            person("Mei Zhou", EventType::kHire, Outcome::kJoined),
                            person("Dan Osei", EventType::kHire, Outcome::kJoined),
                            person("Ravi Shah", EventType::kOffer, Outcome::kDeclined)};
  std::vector<bool> folded(evs.size(), false);
  events_detail::NamedGroupMembers(&evs, &folded, nullptr);
  EXPECT_TRUE(folded[0]);
  // Four who moved against a count of three: the group is no sum of them.
  evs[4].outcome = Outcome::kJoined;
  evs[4].type = EventType::kHire;
  std::fill(folded.begin(), folded.end(), false);
  events_detail::NamedGroupMembers(&evs, &folded, nullptr);
  EXPECT_FALSE(folded[0]);
}

}  // namespace
}  // namespace hirewire::normalize
