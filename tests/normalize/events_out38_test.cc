// Outcomes and false events (thirty-eighth session, branch evout38; docs/events.md): the tense of an English
// appointment's verb group ("will become", "will succeed") and a Korean move told in the present ("자리를
// 옮긴다") make the hire accepted; a negator in a subordinate clause after the move ("because the company did
// not find …") tells of the reason, not of the move; a move told only by a rumour ("…을 영입했다는 설이
// 퍼졌다", "rejected a report that …") in an article that denies is no event. Own articles (invented people
// and companies, none a sentence of the regression or blind batches), each a whole article, with controls.
#include <gtest/gtest.h>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // 1. "NAME, 61, will become chairman": the person's own appointment still to come, accepted (no date
    // needed).
    {"en-will-become",
     "Harlow Bank names Bill Poe chief executive\n\nHarlow Bank said on Monday it had named Bill Poe, its head of "
     "retail lending, as chief executive.\n\nCurrent president Jane Marsh, 61, will become chairman, the bank said.\n\n"
     "Poe joined Harlow Bank in 2009.",
     {{"hire", "Harlow Bank", "Jane Marsh", "", "accepted"}}},
    // 2. "will succeed X as ROLE": accepted.
    {"en-will-succeed",
     "Marsh to lead Tessaly Bank's retail arm\n\nJane Marsh, currently chief risk officer, will succeed Tom Ray as "
     "head of retail banking at Tessaly Bank, the bank said on Tuesday.\n\nRay is retiring after 30 years.",
     {{"hire", "Tessaly Bank", "Jane Marsh", "", "accepted"}}},
    // Control: the same move told as done stays joined.
    {"en-succeeded-control",
     "Marsh takes over Tessaly Bank's retail arm\n\nJane Marsh, the bank's chief risk officer, succeeded Tom Ray as "
     "head of retail banking at Tessaly Bank on Monday, the bank said.\n\nRay retired after 30 years.",
     {{"hire", "Tessaly Bank", "Jane Marsh", "", "joined"}}},
    // 3. Korean: "NAME 전무는 자회사인 ORG 대표로 자리를 옮긴다": a move told in the present, accepted.
    {"ko-moves-present",
     "한빛생명, 새 CFO에 백지훈 상무 발탁\n\n한빛생명은 최고재무책임자(CFO)에 백지훈 상무를 발탁했다고 3일 "
     "밝혔다. 백 상무는 투자전략팀장 출신이다.\n\n전임 CFO인 조상민 전무는 자회사인 한빛손해사정 대표로 자리를 "
     "옮긴다.",
     {{"hire", "한빛손해사정", "조상민", "*", "accepted"}}},
    // Control: the same move told in the past stays joined.
    {"ko-moved-past-control",
     "한빛생명, 새 CFO에 백지훈 상무 발탁\n\n한빛생명은 최고재무책임자(CFO)에 백지훈 상무를 발탁했다고 3일 "
     "밝혔다. 백 상무는 투자전략팀장 출신이다.\n\n전임 CFO인 조상민 전무는 지난달 자회사인 한빛손해사정 대표로 "
     "자리를 옮겼다.",
     {{"hire", "한빛손해사정", "조상민", "*", "joined"}}},
    // 4. A negator in a reason clause after the move ("because the company did not find …") keeps the hire.
    {"en-negated-reason",
     "Acme Robotics hires Beta Systems' Jane Doe as CTO\n\nAcme Robotics hired Jane Doe from Beta Systems as chief "
     "technology officer because the company did not find a suitable internal candidate, it said on Monday.\n\n"
     "Doe led the motion-planning group at Beta Systems.",
     {{"hire", "Acme Robotics", "Jane Doe", "Beta Systems", "joined"}}},
    // 5. The same after a time clause ("after its search … did not succeed").
    {"en-negated-time",
     "Acme Robotics hires Jane Doe as CTO\n\nAcme Robotics has hired Jane Doe from Beta Systems as chief technology "
     "officer after an internal search did not succeed, the company said.",
     {{"hire", "Acme Robotics", "Jane Doe", "Beta Systems", "joined"}}},
    // Control: a negator over the move itself still cancels it, whatever follows.
    {"en-negated-move-control",
     "Doe stays at Beta Systems\n\nJane Doe will not join Acme Robotics because the two sides did not agree on pay, "
     "a person familiar with the talks said.\n\nDoe leads the motion-planning group at Beta Systems.",
     {},
     {{"hire", "Acme Robotics", "Jane Doe", "*", "joined"},
      {"hire", "Acme Robotics", "Jane Doe", "*", "accepted"}}},
    // 6. Korean: a move only a rumour tells ("…을 영입했다는 설이 퍼졌다") in an article that denies: no
    // event.
    {"ko-rumour-denied",
     "\"한빛반도체 엔지니어 15명 中 이직\"설…회사 측 \"사실무근\"\n\n중국 메모리 업체 창장메모리가 한빛반도체 "
     "D램 엔지니어 15명을 한꺼번에 영입했다는 설이 업계에 퍼졌다.\n\n한빛반도체 관계자는 5일 \"해당 기간 퇴사한 "
     "인원은 없다\"며 \"사실무근\"이라고 말했다.",
     {},
     {},
     {},
     {},
     {},
     0},
    // 7. English: "rejected a report that the company had hired …": no event.
    {"en-report-rejected",
     "Corvane denies report it hired Brightwave's vision team\n\nCorvane's chief executive, Lena Ortiz, on Monday "
     "rejected a report that the company had hired the entire computer-vision team of rival Brightwave Labs, calling "
     "it untrue.\n\n\"We have made no offers to them,\" Ortiz said.",
     {},
     {},
     {},
     {},
     {},
     0},
    // Control: a hire told as fact stays in an article that denies a rumour about something else.
    {"ko-denial-other-control",
     "한빛전자, 대성화학 김민수 전무 영입\n\n한빛전자가 대성화학 김민수 전무를 최고기술책임자(CTO)로 영입했다고 "
     "3일 밝혔다.\n\n한빛전자는 경쟁사 대성전자가 자사 연구원 10명을 데려갔다는 설에 대해서는 \"사실무근\"이라고 "
     "밝혔다.",
     {{"hire", "한빛전자", "김민수", "*", "joined"}},
     {},
     {},
     {},
     {},
     1},
};

class EventsOut38 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsOut38, ReadsTheOutcome) { testing_support::ExpectCase(GetParam(), "out38-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsOut38, testing::ValuesIn(kCases));

}  // namespace
}  // namespace hirewire::normalize
