// Korean previous employers the recognizer did not know as organizations (thirty-fifth session, branch
// evorigin35; docs/events.md): a firm's kind written after its name, the word before a spaced 출신, a firm's
// name with an "&" infix (extract/entities/ko_origin_orgs.cc). Own sentences (none a sentence of a test
// batch; firms and people invented), each a whole article through the pipeline's steps; the reading before
// the change (main 64645ee3) is in the comment of each case.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // 1. A law firm hires from another firm written with its kind after its name ("누리솔 법률사무소에서 …
    // 맡아 온"): that
    // firm is the origin (before: none, the recognizer read no organization there).
    {"firm-head-origin",
     "법무법인 서해, 누리솔 출신 정민재 변호사 영입\n\n"
     "법무법인 서해는 누리솔 법률사무소에서 조세 분쟁 자문을 맡아 온 정민재 변호사를 파트너 변호사로 영입했다고 3일 밝혔다.\n\n"
     "정 변호사는 2011년 누리솔에 입사해 13년간 일했다.",
     {{"hire", "법무법인 서해", "정민재", "누리솔 법률사무소", "joined"}}},
    // 2. A foreign company written in Hangul before 출신 ("미국 바이오젠타 출신"): the origin (before: none).
    {"transcribed-foreign-origin",
     "다온바이오, 바이오젠타 출신 윌리엄 박 박사 영입\n\n"
     "다온바이오는 미국 바이오젠타 출신 윌리엄 박 박사를 최고의학책임자(CMO)로 영입했다고 5일 밝혔다.\n\n"
     "박 박사는 바이오젠타에서 항암 신약의 임상 개발을 총괄했으며 이달부터 출근한다.",
     {{"hire", "다온바이오", "윌리엄 박", "바이오젠타", ""}}},
    // 3. An insurer named by 화재 before 출신: the origin (before: none).
    {"insurer-origin",
     "한결생명, CFO에 대양화재 출신 오세린 전무 선임\n\n"
     "한결생명은 신임 최고재무책임자(CFO)로 대양화재 출신 오세린 전무를 선임했다고 2일 밝혔다.\n\n"
     "오 전무는 대양화재에서 자산운용과 재무기획을 맡아 왔다.",
     {{"hire", "한결생명", "오세린", "대양화재", "joined"}}},
    // 4. A firm's name with an "&" infix (앤드) before 에서: the origin, the kind of company before it no
    // part of it
    // (before: none).
    {"infix-firm-origin",
     "한결손보, 벨먼앤드파커 출신 최도윤 상무 영입\n\n"
     "한결손보는 글로벌 컨설팅사 벨먼앤드파커에서 보험 전략 자문을 이끈 최도윤 상무를 전략기획실장으로 영입했다고 4일 밝혔다.",
     {{"hire", "한결손보", "최도윤", "벨먼앤드파커", "joined"}}},
    // 5. Control: a city before 출신 is where the person is from, no previous employer (unchanged).
    {"control-place-origin",
     "서해FC, 부산 출신 김도현 감독 선임\n\n"
     "프로축구 서해FC는 부산 출신 김도현 감독을 새 사령탑으로 선임했다고 6일 밝혔다.\n\n"
     "김 감독은 현역 시절 수비수로 뛰었으며 은퇴 후 유소년팀을 지도해 왔다.",
     {{"hire", "서해FC", "김도현", "", "joined"}}},
    // 6. Control: a post (검사) and a kind of company (컨설팅사) before 출신 are no previous employer
    // (unchanged).
    {"control-post-and-kind-origin",
     "법무법인 서해, 검사 출신 정민재 변호사 영입\n\n"
     "법무법인 서해는 검사 출신 정민재 변호사를 형사팀장으로 영입했다고 3일 밝혔다.\n\n"
     "또 글로벌 컨설팅사 출신 한도윤 변호사도 합류했다.",
     {{"hire", "법무법인 서해", "정민재", "", "joined"}},
     {{"*", "*", "*", "컨설팅사", ""}}},
};

class EventsOrigin35 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsOrigin35, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "origin35-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsOrigin35, testing::ValuesIn(kCases));

}  // namespace
}  // namespace hirewire::normalize
