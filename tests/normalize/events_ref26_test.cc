// Refusals, counter-offers, English groups, background and English move shapes of the twenty-sixth
// session (docs/events.md, branch evref26). Own paraphrases (none a sentence of a test batch), each a
// whole article through the pipeline's steps; the reading before the change (main 2e0483f) is in the
// comments.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // A refusal whose subject is a descriptor ending in a person noun (employer_names.tsv person_noun) takes
    // the name the next sentence gives: main none.
    {"en-descriptor-refusal",
     "Chip designer turns down Nvidia\n\nA lead chip architect at Orison Semiconductor has declined a job offer from "
     "Nvidia worth about $12 million, the company said on Tuesday.\n\nThe architect, Raj Menon, has spent nine years "
     "at Orison.",
     {{"offer", "Nvidia", "Raj Menon", "*", "declined"}}},
    {"en-descriptor-refusal",
     "Game studio loses bid\n\nA veteran level designer at Corvid Games has turned down an offer from Riot Games, "
     "people familiar with the matter said.\n\nThe designer, Lena Sato, will stay at Corvid.",
     {{"offer", "Riot Games", "Lena Sato", "*", "declined"}}},
    // ... or opens the next paragraph and speaks of an organization the descriptor's sentence named: main
    // offered.
    {"en-descriptor-refusal-org-tie",
     "Researcher rejects Meta package\n\nA senior researcher at Quillon Labs, a Boston startup, has turned down an "
     "offer from Meta Platforms worth $90 million, according to people familiar with the matter.\n\nAnna Holt, who "
     "runs Quillon's safety team, received the offer last month, the people said.",
     {{"offer", "Meta Platforms", "Anna Holt", "*", "declined"}}},
    // "경쟁사로부터 … 제안을 받았지만 이를 거절하고" with the offerer named elsewhere: main offered; the
    // retention offer (역제안) is the current employer's offer, accepted: main none.
    {"ko-unnamed-offerer",
     "AI 연구원, 경쟁사 제안 거절하고 잔류\n\n스타트업 노바랩의 최서윤 수석연구원이 경쟁사로부터 연봉 9억원의 스카우트 제안을 "
     "받았지만 이를 거절하고 회사에 남기로 했다. 노바랩이 연봉 11억원을 내건 역제안을 하자 이를 받아들인 것이다.\n\n업계에 "
     "따르면 로봇 개발사 아크로봇은 지난달 최 연구원에게 연봉 9억원과 스톡옵션을 조건으로 연구소장 자리를 제안했다.",
     {{"offer", "아크로봇", "최서윤", "*", "declined"}, {"offer", "노바랩", "최서윤", "*", "accepted"}}},
    {"ko-unnamed-offerer",
     "데이터랩 개발자, 이직 제안 뿌리쳐\n\n검색 기업 데이터랩의 정민호 팀장이 다른 회사로부터 연봉 5억원의 제안을 받았지만 이를 "
     "거절했다.\n\n정 팀장에게 제안한 곳은 클라우드 업체 네오클라우드였다. 네오클라우드는 정 팀장에게 연봉 5억원을 제시했다.",
     {{"offer", "네오클라우드", "정민호", "*", "declined"}}},
    // An English counter-offer the person takes: the current employer's offer accepted, the other declined
    // (main: both offered).
    {"en-matched-offer",
     "Bank keeps its star banker\n\nGoldcrest Bank offered Sam Ortega, a managing director at Pellham Securities, a "
     "$6 million package. Pellham matched the offer, and Ortega decided to stay.",
     {{"offer", "Goldcrest Bank", "Sam Ortega", "*", "declined"},
      {"offer", "Pellham Securities", "Sam Ortega", "*", "accepted"}}},
    // English groups: a group noun programmers and the verb "followed him" with no destination: main none.
    {"en-group-programmers",
     "Studio hires veteran director\n\nBrightforge Games has hired Aaron Pike, the creative director of Stonefield "
     "Interactive, to lead its new studio. At least ten engine programmers from Stonefield have followed him.",
     {{"hire", "Brightforge Games", "Aaron Pike", "*", "joined"},
      {"hire", "Brightforge Games", "programmers*", "*", "joined"}}},
    {"en-group-followed",
     "Quant fund adds traders\n\nKestrel Capital has hired Mia Chen, head of rates at Harbor Bank. Six traders from "
     "Harbor Bank have followed her.",
     {{"hire", "Kestrel Capital", "Mia Chen", "*", "joined"},
      {"hire", "Kestrel Capital", "traders*", "*", "joined"}}},
    // "bringing a team of N with them": main none for the team.
    {"en-group-bringing",
     "Law firm adds partners\n\nLaw firm Fenwick Lowe LLP has hired two litigation partners, Clara Reyes and Tom "
     "Avery, from Bexley Hart LLP. They are bringing a team of about 20 lawyers with them.",
     {{"hire", "Fenwick Lowe LLP", "Clara Reyes", "*", "joined"},
      {"hire", "Fenwick Lowe LLP", "team*", "*", "joined"}}},
    // English shapes: a reappointment nominated for another N-year term (main none) ...
    {"en-another-term",
     "Kaiyo Bank keeps its chairman\n\nKaiyo Bank said its board had nominated chairman Kenji Morita for another "
     "three-year term.",
     {{"hire", "Kaiyo Bank", "Kenji Morita", "*", "accepted"}}},
    // ... a contract agreed with a day between the verb's words (main none) ...
    {"en-agreed-day",
     "Peaks sign shortstop\n\nThe Denver Peaks agreed Friday to a $90 million, six-year contract with shortstop Marco "
     "Diaz.",
     {{"hire", "Denver Peaks", "Marco Diaz", "*", "accepted"}}},
    {"en-agreed-day",
     "Harbor FC signs striker\n\nHarbor FC agreed on Monday to a three-year contract with striker Tomas Brandt.",
     {{"hire", "Harbor FC", "Tomas Brandt", "*", "accepted"}}},
    // ... the group's leader in its "led by" apposition (main none) ...
    {"en-led-group",
     "Tencent studio hires Ubisoft group\n\nA group of 14 designers has left Ubisoft Montreal. The group, led by art "
     "director Mei Lin, joined Tencent's Chengdu studio.",
     {{"hire", "Tencent", "Mei Lin", "*", "joined"}}},
    {"en-led-group",
     "Bank hires credit team\n\nOrwell Bank hired eight credit traders from Dunmore Securities. The traders, led by "
     "managing director Paul Grant, will join Orwell Bank in March.",
     {{"hire", "Orwell Bank", "Paul Grant", "*", "accepted"}}},
    // ... and a start on a weekday after "has hired" (main joined).
    {"en-weekday-start",
     "Netflix hires HBO executive\n\nNetflix has hired Laura Kim, a programming executive at HBO, as head of drama. "
     "Kim starts on Monday.",
     {{"hire", "Netflix", "Laura Kim", "*", "accepted"}}},
    // Background: a dated move in a long clause (main: a hire at Hynex Semiconductor) keeps the news hire.
    {"en-long-dated-clause",
     "Micron hires packaging chief\n\nMicron Technology has hired Park Ji-ho, who ran packaging at Hynex "
     "Semiconductor, as a vice president. Park joined Hynex Semiconductor from Samsung Electronics in 2016 and led the "
     "team that developed the process used in Hynex Semiconductor's latest memory stacks.",
     {{"hire", "Micron Technology", "Park Ji-ho", "*", "joined"}}},
    // Korean: looking for a new nest (새 둥지를 찾지 못했다) is no move; the refusal stays (main joined).
    {"ko-new-nest-search",
     "FA 시장\n\n원소속팀 한강 타이거즈가 제시한 3년 총액 30억원 조건을 거절하고 시장에 나온 내야수 박재훈(30)은 아직 새 둥지를 "
     "찾지 못했다.",
     {{"offer", "한강 타이거즈", "박재훈", "*", "declined"}}},
};

class EventsRef26 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsRef26, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "ref26-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsRef26, testing::ValuesIn(kCases));

// What must not be read: a retention offer is no hire; an obituary's career is no move; a dated move in a
// long clause is background; a person's own earlier hire does not undo the lede's departure.
TEST(EventsRef26, BackgroundAndRetentionsAreNoHires) {
  const auto retention = testing_support::PipelineEvents(
      "딥로직, 핵심 연구원 지켜\n\nAI 스타트업 카이론이 딥로직의 이승연 연구원에게 연봉 8억원을 제안했다. 딥로직은 연봉 10억원의 "
      "역제안을 했고, 이 연구원은 딥로직에 남기로 했다.",
      "ref26-test");
  EXPECT_FALSE(testing_support::HasEvent(retention, "딥로직", "이승연", EventType::kHire));
  EXPECT_TRUE(testing_support::HasEvent(retention, "딥로직", "이승연", EventType::kOffer));

  const auto obituary = testing_support::PipelineEvents(
      "Former Daesan Motors chairman dies at 88\n\nLee Byung-ho, a former chairman of Daesan Motors, has died. He was "
      "88.\n\nLee joined Daesan Motors in 1965 as a clerk and rose to become its chairman. Lee joined Daesan Motors as "
      "a clerk and later ran its export business.",
      "ref26-test");
  for (const Event& e : obituary) EXPECT_NE(e.type, EventType::kHire) << e.candidate << " at " << e.employer;

  const auto dated = testing_support::PipelineEvents(
      "Micron hires packaging chief\n\nMicron Technology has hired Park Ji-ho, who ran packaging at Hynex "
      "Semiconductor, as a vice president. Park joined Hynex Semiconductor from Samsung Electronics in 2016 and led the "
      "team that developed the process used in Hynex Semiconductor's latest memory stacks.",
      "ref26-test");
  EXPECT_FALSE(testing_support::HasEvent(dated, "Hynex Semiconductor", "Park Ji-ho", EventType::kHire));

  const auto departure = testing_support::PipelineEvents(
      "한빛유통 이재석 대표 사임\n\n유통업체 한빛유통의 이재석 대표가 실적 악화의 책임을 지고 대표이사 자리에서 물러났다.\n\n이 대표는 "
      "지난해 외부에서 영입돼 한빛유통의 체질 개선을 이끌어 왔다.",
      "ref26-test");
  EXPECT_TRUE(testing_support::HasEvent(departure, "한빛유통", "이재석", EventType::kDeparture));
}

// Controls that keep their reading: "left … for another two-year stint" is no reappointment; a group led by
// a person that names no join is no hire of the leader; an unnamed offerer with no refusal refuses nothing.
TEST(EventsRef26, ControlsKeepTheirReading) {
  const auto stint = testing_support::PipelineEvents(
      "Rail news\n\nMark Hale left Orsted Rail for another two-year stint abroad.", "ref26-test");
  for (const Event& e : stint) EXPECT_NE(e.type, EventType::kHire) << e.candidate;
  const auto led = testing_support::PipelineEvents(
      "Bank desk\n\nThe team, led by managing director Paul Grant, reported record revenue at Orwell Bank.",
      "ref26-test");
  EXPECT_FALSE(testing_support::HasEvent(led, "Orwell Bank", "Paul Grant", EventType::kHire));
  // An unnamed offerer with no refusal in its sentence leaves the open offer open.
  const auto open = testing_support::PipelineEvents(
      "연구원 영입 제안\n\n세진로보틱스가 노바랩의 최서윤 연구원에게 연봉 7억원에 영입을 제안했다. 최 연구원은 경쟁사로부터도 "
      "여러 제안을 받았다고 말했다.",
      "ref26-test");
  testing_support::ExpectEvents(open, {{"offer", "세진로보틱스", "최서윤", "offered"}});
}

}  // namespace
}  // namespace hirewire::normalize
