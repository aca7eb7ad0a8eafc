// Counted groups and amounts "each", forty-second session (branch evgroup42). Own sentences (no sentence,
// person or invented organization of a test batch): a distributive "each of them" after a count of the
// persons hired gives the amount to every one of them; a counted group of colleagues is offered; a Korean
// "발탁하고" picks a counted group of new executives.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::CasePay;
using testing_support::EventCase;
using testing_support::PayWant;

const EventCase kCases[] = {
    // 1. (en) Three persons hired, then "The three engineers … started", then "offered each of them packages
    //    worth …": every one of the three holds the amount.
    {"each-of-them-after-count-en",
     "Brightfold hires three robotics engineers\n\nBrightfold Systems, the Austin robotics startup, has hired "
     "Nora Beckett, Felix Amundsen and Priya Raman from Vantor Dynamics, the company said on Monday.\n\nThe three "
     "engineers, who built warehouse arms at Vantor, started at Brightfold this week.\n\nBrightfold offered each "
     "of them packages worth more than $12 million over three years, people familiar with the matter said.",
     {{"hire", "Brightfold Systems", "Nora Beckett", "Vantor Dynamics", ""},
      {"hire", "Brightfold Systems", "Felix Amundsen", "Vantor Dynamics", ""},
      {"hire", "Brightfold Systems", "Priya Raman", "Vantor Dynamics", ""}},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kHolds, "Nora Beckett", "Brightfold Systems", "USD", {12000000}},
      {PayWant::kHolds, "Felix Amundsen", "Brightfold Systems", "USD", {12000000}},
      {PayWant::kHolds, "Priya Raman", "Brightfold Systems", "USD", {12000000}}}},
    // Control: no distributive word: the amount stays with no one of the three (the clause names none).
    {"no-each-control-en",
     "Brightfold hires three robotics engineers\n\nBrightfold Systems, the Austin robotics startup, has hired "
     "Nora Beckett, Felix Amundsen and Priya Raman from Vantor Dynamics, the company said on Monday.\n\nThe three "
     "engineers, who built warehouse arms at Vantor, started at Brightfold this week.\n\nBrightfold has raised "
     "$12 million from investors this year.",
     {{"hire", "Brightfold Systems", "Nora Beckett", "Vantor Dynamics", ""}},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kNowhere, "*", "*", "USD", {12000000}}}},
    // 2. (ko) "같은 팀 동료 3명에게도 영입 제안을 했으며": the counted colleagues are an offered group.
    {"counted-colleagues-ko",
     "한누리AI, 구글 연구자 영입\n\n한누리AI가 구글 소속 연구자 방지훈 박사를 영입했다고 12일 밝혔다.\n\n한누리AI는 방 "
     "박사와 같은 팀 동료 3명에게도 영입 제안을 했으며, 이들의 결정은 다음 달 나올 전망이다.\n\n회사는 내년 연구 인력을 두 배로 "
     "늘릴 계획이다.",
     {{"hire", "한누리AI", "방지훈", "*", ""}, {"offer", "한누리AI", "*", "*", "offered", 3}}},
    // 3. (ko) "신규 상무 9명을 발탁하고 …": the counted new executives are hired.
    {"picked-counted-executives-ko",
     "서해건설 임원 인사\n\n서해건설은 5일 정기 임원 인사를 통해 신규 상무 9명을 발탁하고 전무 승진자 2명을 냈다고 "
     "밝혔다.\n\n회사 측은 \"현장 경험이 많은 인재를 중용했다\"고 말했다.",
     {{"hire", "서해건설", "*", "", "", 9}}},
};

class EventsGroup42 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsGroup42, ReadsGroupsAndEach) { testing_support::ExpectCase(GetParam(), "group42-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsGroup42, testing::ValuesIn(kCases));

}  // namespace
}  // namespace hirewire::normalize
