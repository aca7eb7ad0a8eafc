// Korean shapes of the thirty-third session (docs/events.md, branch evko33): a list's origin told in the
// sentence after it ("이들은 모두 X 출신이다") or before it ("ORG이 X … 인력을 대거 영입했다"), a counted
// group moving "함께" with a person hired before it, a unit ending in 랩 / 연구소 / 센터 / 본부 read as the
// employer, a founder written "공동창업자인 NAME ORG 대표", a business word between a name and a title, a
// foreign company glossed in Latin letters, and a nominating committee as an origin. Own sentences (none a
// sentence of a test batch), each a whole article through the pipeline's steps; the reading before the change
// (main 96560b7c) is in docs/events.md.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // 1. The origin of a list named in the sentence after it, opened by a plural pronoun (before: no origin).
    {"list-origin-after",
     "한결증권, 전무 등 3명 영입\n\n한결증권은 박민수 전무와 정하늘 상무, 오세린 이사 등 3명을 영입했다. 이들은 모두 "
     "대한투자증권 출신이다.",
     {{"hire", "한결증권", "박민수", "대한투자증권", "joined"},
      {"hire", "한결증권", "정하늘", "대한투자증권", "joined"},
      {"hire", "한결증권", "오세린", "대한투자증권", "joined"}}},
    // 1b. ... or in the sentence before it: the employer, the organization the people come from, a hiring
    // verb; a
    //     unit of that organization stands for it (before: no origin).
    {"list-origin-before",
     "한결증권, 리서치 인력 영입\n\n한결증권이 대한투자증권 리서치센터 핵심 인력을 대거 영입했다. 박민수 전무와 "
     "정하늘 상무, 오세린 이사 등 3명이 이달 1일 한결증권에 합류했다.",
     {{"hire", "한결증권", "박민수", "대한투자증권", "joined"},
      {"hire", "한결증권", "정하늘", "대한투자증권", "joined"},
      {"hire", "한결증권", "오세린", "대한투자증권", "joined"}}},
    // 2. A counted group moving "함께" after a lead hired from a named firm takes the lead's origin (before:
    // none).
    {"companion-group",
     "로펌 팀 이동\n\n법무법인 서정은 법무법인 율촌 노동팀을 이끌어 온 김태호 변호사가 이달 합류했다고 밝혔다. 같은 팀 "
     "소속 변호사 5명도 함께 서정으로 자리를 옮겼다.",
     {{"hire", "법무법인 서정", "김태호", "법무법인 율촌", "joined"},
      {"hire", "법무법인 서정", "lawyers*", "법무법인 율촌", "joined", 5}}},
    // 3. A unit ending in 랩 that never acts as a subject, in the conjunct after the company's post: the hire
    // is at
    //    the company (before: at 음성AI랩).
    {"unit-employer",
     "한빛소프트, 보이스랩 인수\n\n한빛소프트가 음성 AI 스타트업 보이스랩을 인수했다. 보이스랩을 공동 창업한 김하늘 "
     "대표는 한빛소프트 AI연구소장을, 이지아 최고기술책임자(CTO)는 음성AI랩 리더를 맡는다.",
     {{"hire", "한빛소프트", "이지아", "*", "joined"}},
     {},
     {"음성AI랩"}},
    // 3b. A unit written only right after its company: the company (before: at 자율주행랩).
    {"unit-employer",
     "한빛소프트 인사\n\n카카오 출신 이지아 박사가 한빛소프트 자율주행랩에 합류했다.",
     {{"hire", "한빛소프트", "이지아", "Kakao", "joined"}},
     {},
     {"자율주행랩"}},
    // 3c. "공동창업자인 NAME ORG 대표": the founder and the company (before: one name "김하늘 딥브릭스").
    {"founder-name-company",
     "한빛소프트, 스타트업 인수\n\n한빛소프트가 AI 스타트업 딥브릭스를 인수했다.\n\n공동창업자인 김하늘 딥브릭스 대표는 "
     "한빛소프트에 합류했다.",
     {{"hire", "한빛소프트", "김하늘", "딥브릭스", "joined"}},
     {},
     {"김하늘 딥브릭스"}},
    // 4. A business word between a name and a title is no organization (before: origin 이커머스).
    {"business-word",
     "한결쇼핑 인사\n\n한결쇼핑은 정태윤 이커머스 대표를 영입했다고 밝혔다.",
     {{"hire", "한결쇼핑", "정태윤", "", "joined"}},
     {},
     {"이커머스"}},
    // 4c. A field of work before a stop word that ends a title (담당) is no name (coordinator, after
    // events-d13 ko-06
    //     lost its hire to "경량화" on the branch's first rule).
    {"field-before-title-suffix",
     "한결소프트, AI 리더 영입\n\n한결소프트는 네이버 출신 김도윤 박사를 AI 경량화 담당 리더로 영입했다고 밝혔다.",
     {{"hire", "한결소프트", "김도윤", "*", "joined"}},
     {},
     {"경량화"}},
    // 4b. A bank's unit before a title is no person (before: a hire of "한결은행 영업그룹").
    {"unit-no-person",
     "한결은행장 후보 추천\n\n한결금융지주는 박정우(58) 한결은행 영업그룹 부행장을 차기 한결은행장 후보로 추천했다. 박 "
     "부행장은 내년 1월 취임한다.",
     {{"hire", "한결은행", "박정우", "*", ""}},
     {},
     {},
     {"한결은행 영업그룹"}},
    // 4c. A foreign company glossed in Latin letters, named again later (before: no organization, the offer
    // lost).
    {"glossed-company",
     "美 팹리스, 한결반도체 임원에 영입 제안\n\n미국 팹리스 노스카이실리콘(Norsky Silicon)이 한결반도체의 설계를 "
     "총괄하는 유재민 전무에게 영입을 제안한 것으로 확인됐다.\n\n업계에 따르면 노스카이실리콘은 유 전무에게 연봉 200만 "
     "달러를 제시했다.",
     {{"offer", "*", "유재민", "한결반도체", "offered"}}},
    // 5. A nominating committee is no origin (before: the committee as the previous employer).
    {"committee-no-origin",
     "한빛은행장에 오세훈 부행장 내정…임추위 단독 추천\n\n한빛금융지주 자회사최고경영자후보추천위원회(임추위)는 차기 "
     "한빛은행장 후보로 오세훈 한빛은행 부행장을 단독 추천했다고 3일 밝혔다.\n\n오 후보는 다음 달 주주총회를 거쳐 "
     "행장으로 취임한다. 임기는 2년이다.\n\n임추위는 \"디지털 전환을 이끌 적임자\"라고 설명했다.",
     {{"hire", "한빛은행", "오세훈", "", "accepted"}}},
};

class EventsKo33 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsKo33, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "ko33-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsKo33, testing::ValuesIn(kCases));

// What must keep its reading: a list promoted inside the company gets no origin from the sentence after it; a
// startup whose name ends in 랩 and that acts as a subject keeps its own offer.
TEST(EventsKo33, ControlsKeepTheirReading) {
  const auto promoted = testing_support::PipelineEvents(
      "한결증권 인사\n\n한결증권은 박민수 전무와 정하늘 상무를 부사장으로 승진시켰다. 이들은 모두 대한투자증권 "
      "출신이다.",
      "ko33-test");
  for (const Event& e : promoted) EXPECT_NE(e.previous_employer, "대한투자증권") << e.candidate;
  const auto lab = testing_support::PipelineEvents(
      "AI 인재 쟁탈전\n\n생성형 AI 스타트업 큐브로직랩은 한결전자 이수민 리더에게 연봉 12억원을 제시했다. 그러나 이 "
      "리더는 이 제안을 거절하고 한결전자에 남았다.",
      "ko33-test");
  EXPECT_TRUE(testing_support::HasEvent(lab, "큐브로직랩", "이수민"))
      << "a company ending in 랩 keeps its offer";
}

}  // namespace
}  // namespace hirewire::normalize
