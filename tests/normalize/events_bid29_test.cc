// Failed bids and groups of the twenty-ninth session (docs/events.md, branch evbid29). Own articles (none a
// sentence of a test batch), each through the pipeline's steps; the reading before the change (main fb273061)
// is in the comments and in docs/events.md.
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
    // 1. The Korean team of a failed bid's target, past a link and modifiers (main: the attempt on the
    // company).
    {"korean-team",
     "한빛제약, 바이오 스타트업 온셀랩 인수 무산\n\n한빛제약이 세포치료제 스타트업 온셀랩 인수를 추진했으나 최종 결렬됐다. 한빛제약은 이번 거래로 온셀랩의 세포치료 연구팀 12명을 통째로 확보하려 했다.\n\n업계에 따르면 양측은 기업가치를 두고 이견을 좁히지 못했다.",
     {{"acquisition_attempt", "한빛제약", "team from 온셀랩", "온셀랩", "failed"}}},
    {"korean-team",
     "대경중공업, 설계업체 한길마린 인수 불발\n\n대경중공업이 선박 설계 전문업체 한길마린 인수를 추진했으나 협상이 결렬됐다. 한길마린이 보유한 구조 설계 엔지니어 50명을 확보해 설계 역량을 키우려던 계획에도 차질이 생겼다.\n\n대경중공업 관계자는 \"다른 방안을 찾겠다\"고 말했다.",
     {{"acquisition_attempt", "대경중공업", "engineers from 한길마린", "한길마린", "failed"}}},
    {"korean-team",
     "하늘모빌리티, 자율주행 업체 비전웍스 인수 무산\n\n하늘모빌리티가 추진해 온 자율주행 스타트업 비전웍스 인수가 최종 무산됐다. 하늘모빌리티는 인수를 통해 비전웍스의 인지 소프트웨어 엔지니어 28명을 한꺼번에 확보할 계획이었다.\n\n비전웍스 최영준 대표는 \"독자 성장을 택했다\"고 말했다.",
     {{"acquisition_attempt", "하늘모빌리티", "engineers from 비전웍스", "비전웍스", "failed"}}},
    // 2. The bid's team and a real group hire from the same origin stay two events (main: they merged).
    {"two-groups",
     "하늘랩 인수 무산…한빛소프트, 연구원 4명만 채용\n\n한빛소프트가 추진해 온 AI 스타트업 하늘랩 인수가 최종 무산됐다. 한빛소프트는 하늘랩의 자연어처리(NLP) 연구진 20여명을 한꺼번에 확보하려 했지만 가격 차이를 좁히지 못했다.\n\n한빛소프트는 인수 대신 하늘랩 출신 연구원 4명을 새로 채용했다. 이들은 이번 주부터 한빛소프트 연구소로 출근했다.",
     {{"acquisition_attempt", "한빛소프트", "researchers from 하늘랩", "하늘랩", "failed"},
      {"hire", "한빛소프트", "researchers from 하늘랩", "하늘랩", "joined"}}},
    {"two-groups",
     "Brightwater fails to buy Solvane, hires engineers instead\n\nBrightwater Telecom's attempt to acquire network startup Solvane Networks has fallen through, the company said Monday.\n\nBrightwater had sought the deal mainly to bring in Solvane's 40-person research team, people familiar with the talks said.\n\nSince then, Brightwater has hired at least a dozen engineers from Solvane Networks, who joined its lab in Austin this month.",
     {{"acquisition_attempt", "Brightwater Telecom", "team", "Solvane Networks", "failed"},
      {"hire", "Brightwater Telecom", "engineers from Solvane Networks", "Solvane Networks", "joined"}}},
    // 3. The founders a failed bid was aimed at are its candidates (main: an open offer and a joined hire).
    {"bid-founders",
     "Veltro talks to buy robotics startup Quantel collapse\n\nVeltro Systems has ended talks to acquire robotics startup Quantel Robotics for about $900 million, a deal that was aimed largely at bringing the startup's co-founders Irene Vasquez and Marcus Hale into Veltro, two people familiar with the matter said.\n\nThe talks broke down over price, the people said.",
     {{"acquisition_attempt", "Veltro Systems", "Irene Vasquez", "Quantel Robotics", "failed"},
      {"acquisition_attempt", "Veltro Systems", "Marcus Hale", "Quantel Robotics", "failed"}}},
    {"bid-founders",
     "Dunmore's bid for Pellucid falls apart\n\nDunmore Analytics' effort to acquire Pellucid, a data startup, has fallen apart after the two sides failed to agree on a price.\n\nDunmore wanted the deal mainly to bring in Pellucid's co-founders, chief scientist Naomi Achterberg and chief executive Rafael Ortega, to lead a new research unit, the people said.",
     {{"acquisition_attempt", "Dunmore Analytics", "Naomi Achterberg", "Pellucid", "failed"},
      {"acquisition_attempt", "Dunmore Analytics", "Rafael Ortega", "Pellucid", "failed"}}},
    {"bid-founders",
     "Halden abandons Corvex deal\n\nHalden Group has abandoned its attempt to acquire software startup Corvex Labs, which it had pursued mainly to bring in Corvex's co-founders Lena Moretti and Tom Abara, the company said on Tuesday.\n\nCorvex will remain independent.",
     {{"acquisition_attempt", "Halden Group", "Lena Moretti", "Corvex Labs", "failed"},
      {"acquisition_attempt", "Halden Group", "Tom Abara", "Corvex Labs", "failed"}}},
};

class EventsBid29 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsBid29, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "bid29-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsBid29, testing::ValuesIn(kCases));

// The bid's planned team told again as a move ("이번 인수로 NAME 대표를 포함한 … 인력 11명을 확보할
// 계획이었다") is the attempt's candidate only: no joined group, no hire of the person it includes (main:
// both, joined).
TEST(EventsBid29, PlannedTeamIsNoMove) {
  const auto events = testing_support::PipelineEvents(
      "청명증권, 부티크 누리파트너스 인수 무산\n\n청명증권이 추진하던 자문 부티크 누리파트너스 인수가 최종 무산됐다. 청명증권은 "
      "이번 인수로 박지훈 대표를 포함한 누리파트너스 자문 인력 11명을 한꺼번에 확보할 계획이었다.\n\n양측은 성과보수 배분 방식을 "
      "두고 이견을 좁히지 못했다.",
      "bid29-test");
  EXPECT_FALSE(HasEvent(events, "청명증권", "박지훈"));
  int groups = 0;
  for (const Event& e : events) groups += e.candidate_kind == CandidateKind::kGroup ? 1 : 0;
  EXPECT_EQ(groups, 1);
  testing_support::ExpectCaseEvents(
      events, {{"acquisition_attempt", "청명증권", "staff from 누리파트너스", "누리파트너스", "failed"}});
}

// What must not change: a founder of the target with a move of their own elsewhere keeps it; a founder of the
// bidder
// ("Orbis co-founder …") is no candidate of the bid; a completed acquisition's founders stay hires.
TEST(EventsBid29, ControlsKeepTheirReading) {
  const auto elsewhere = testing_support::PipelineEvents(
      "Tessaro's bid for Lumio fails\n\nTessaro Inc's attempt to acquire design startup Lumio Studio has fallen through, "
      "the company said.\n\nLumio's co-founder Hana Weiss has since joined Figmint as chief designer.",
      "bid29-test");
  EXPECT_FALSE(HasEvent(elsewhere, "Tessaro Inc", "Hana Weiss"));
  const auto bidder = testing_support::PipelineEvents(
      "Corliss drops Vantage bid\n\nCorliss Systems has ended talks to acquire analytics startup Vantage Metrics, "
      "Corliss co-founder Peter Lindgren said on Monday.",
      "bid29-test");
  EXPECT_FALSE(HasEvent(bidder, "Corliss Systems", "Peter Lindgren"));
  const auto done = testing_support::PipelineEvents(
      "라온전자, 음성 AI 스타트업 큐브랩 인수\n\n라온전자가 음성 AI 스타트업 큐브랩을 인수했다고 3일 밝혔다. 큐브랩 연구원 15명은 "
      "이날 전원 라온전자에 합류했다.",
      "bid29-test");
  testing_support::ExpectCaseEvents(
      done, {{"acquihire", "라온전자", "researchers from 큐브랩", "큐브랩", "joined"}});
}

}  // namespace
}  // namespace hirewire::normalize
