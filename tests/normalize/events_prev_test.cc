// Previous employers (docs/events.md, twenty-third session, branch prev23): an organization inside the
// employer's own apposition ("Panasonic Energy, the battery arm of Panasonic Holdings, has hired …") is its
// parent, no one's previous employer; an organization that describes one person of a list (inside that
// person's apposition, or in Korean right after that person's name past 전) is not the next person's; the
// candidate's own apposition describes the candidate ("Omar Haddad, a former Pfizer scientist,"). Own
// paraphrases (none is a sentence of a test batch), each a whole article through the pipeline's steps; a case
// lists (candidate, previous employer) pairs that must be read and pairs that must not.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::CaseEvent;
using testing_support::EventCase;

const EventCase kCases[] = {
    // The subject's apposition names its parent or owner (main before the change: 2 of these 6 right).
    {"parent apposition",
     "Toyota lab hires Waymo director\n\nToyota Research Institute, the research unit of Toyota Motor Corp., has hired "
     "Maria Lopez, a former director at Waymo, to lead its robotics lab.\n",
     {{"*", "*", "Maria Lopez", "Waymo"}},
     {{"*", "*", "Maria Lopez", "Toyota Motor"}}},
    {"parent apposition",
     "Vantage names CSO\n\nVantage Pharma, a subsidiary of Helix Holdings, said it had appointed Omar Farid, previously a "
     "senior scientist at Pfizer, as chief scientific officer.\n",
     {{"*", "*", "Omar Farid", "Pfizer"}},
     {{"*", "*", "Omar Farid", "Helix Holdings"}}},
    {"parent apposition",
     "Sony Music names A&R head\n\nSony Music, the music arm of Sony Group, named Laura Chen, a former executive at "
     "Universal Music Group, as its head of A&R.\n",
     {{"*", "*", "Laura Chen", "Universal Music Group"}},
     {}},
    {"parent apposition",
     "Cobalt recruits battery lead\n\nCobalt Mobility, the electric vehicle unit of Orion Motors, has recruited Daniel "
     "Reyes, who previously led battery research at Tesla.\n",
     {{"*", "*", "Daniel Reyes", "Tesla"}},
     {{"*", "*", "Daniel Reyes", "Orion Motors"}}},
    {"parent apposition",
     "Cobalt hires from Tesla\n\nCobalt Mobility, the electric vehicle unit of Orion Motors, has hired Daniel Reyes from "
     "Tesla.\n",
     {{"*", "*", "Daniel Reyes", "Tesla"}},
     {{"*", "*", "Daniel Reyes", "Orion Motors"}}},
    {"parent apposition",
     "Hanwha Ocean names CTO\n\nHanwha Ocean, the shipbuilding affiliate of Hanwha Group, hired Park Ji-hoon, a former "
     "executive at Samsung Heavy Industries, as chief technology officer.\n",
     {{"*", "*", "Park Ji-hoon", "Samsung Heavy Industries"}},
     {}},
    // One person's organization is not the next person's (main before the change: 0 of these 5 right).
    {"neighbour",
     "Kestrel adds advisers\n\nKestrel Partners hired John Doe, a former Treasury official, and Jane Roe, formerly of "
     "the Federal Reserve, as senior advisers.\n",
     {{"*", "*", "John Doe", "Treasury"}, {"*", "*", "Jane Roe", "Federal Reserve"}},
     {{"*", "*", "John Doe", "Federal Reserve"}}},
    {"neighbour",
     "Orbis hires two partners\n\nOrbis Capital hired Ana Ruiz, who ran credit trading at Citigroup, and Ben Cho, a "
     "former Goldman Sachs strategist, as partners.\n",
     {{"*", "*", "Ana Ruiz", "Citigroup"}, {"*", "*", "Ben Cho", "Goldman Sachs"}},
     {{"*", "*", "Ben Cho", "Citigroup"}}},
    {"neighbour",
     "Helix fills research board\n\nHelix Bio named Omar Haddad, a former Pfizer scientist, and Lena Park, previously "
     "at Moderna, to its research board.\n",
     {{"*", "*", "Omar Haddad", "Pfizer"}, {"*", "*", "Lena Park", "Moderna"}},
     {{"*", "*", "Lena Park", "Pfizer"}}},
    {"neighbour",
     "한빛로펌, 고문 2명 영입\n\n한빛로펌은 최병규 전 공정거래위원회 국장과 하윤서 전 금융감독원 부원장보를 고문으로 "
     "영입했다.\n",
     {{"*", "*", "최병규", "Fair Trade Commission (Korea)"},
      {"*", "*", "하윤서", "Financial Supervisory Service"}},
     {{"*", "*", "하윤서", "Fair Trade Commission (Korea)"}}},
    {"neighbour",
     "한빛로펌, 고문 2명 영입\n\n한빛로펌은 최병규 전 공정거래위원회 국장과 하윤서 전 금융감독원 수석조사역을 고문으로 "
     "영입했다.\n",
     {{"*", "*", "최병규", "Fair Trade Commission (Korea)"}},
     {{"*", "*", "하윤서", "Fair Trade Commission (Korea)"}}},
    // A list of names shares what follows it (no change: these were right before and stay right).
    {"name list",
     "Northwind hires three\n\nNorthwind AI has hired Ravi Menon, Sofia Alvarez and Chen Wei from rival Halcyon Labs.\n",
     {{"*", "*", "Ravi Menon", "Halcyon Labs"},
      {"*", "*", "Sofia Alvarez", "Halcyon Labs"},
      {"*", "*", "Chen Wei", "Halcyon Labs"}},
     {}},
};

class PrevTest : public ::testing::TestWithParam<EventCase> {};

TEST_P(PrevTest, ReadsThePreviousEmployer) { testing_support::ExpectCase(GetParam(), "prev-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, PrevTest, ::testing::ValuesIn(kCases));

// Outcomes: a Korean dated start whose subject is a surname and a title ("박 사장은 오는 15일 취임식을
// 갖는다") is not the start of the hire read last when that hire's candidate has another surname (a person
// the recognizer did not read): the earlier hire keeps the start told as done (main before the change: 0 of
// these 4 joined); the same surname still reads the start as to come.
const EventCase kOutcomeCases[] = {
    {.rule = "surname referent",
     .text =
         "도로공사 사장에 김도현\n\n국토교통부는 한국도로공사 사장에 김도현 전 국토교통부 차관을 임명했다고 8일 밝혔다.\n\n김 사장은 이날 "
         "본사에서 취임식을 열고 업무를 시작했다.\n\n국토교통부는 같은 날 한국철도공사 사장도 새로 임명했다. 박 사장은 오는 15일 "
         "취임식을 갖는다.\n",
     .every = {{"*", "*", "김도현", "*", "joined"}}},
    {.rule = "surname referent",
     .text =
         "한전 사장에 이정훈\n\n산업통상자원부는 한국전력공사 사장에 이정훈 전 산업부 차관을 임명했다.\n\n이 사장은 이날 나주 본사에서 "
         "취임식을 갖고 업무를 시작했다.\n\n산업부는 한국가스공사 사장도 함께 임명했다. 최 사장은 다음 달 1일부터 업무를 시작한다.\n",
     .every = {{"*", "*", "이정훈", "*", "joined"}}},
    {.rule = "surname referent",
     .text =
         "부산항만공사 사장에 정민수\n\n해양수산부는 부산항만공사 사장에 정민수 전 해수부 실장을 임명했다고 3일 밝혔다.\n\n정 사장은 이날 "
         "취임했다.\n\n해수부는 인천항만공사 사장도 새로 임명했다. 한 사장은 오는 10일 취임할 예정이다.\n",
     .every = {{"*", "*", "정민수", "*", "joined"}}},
    {.rule = "surname referent",
     .text =
         "건보공단 이사장에 윤서진\n\n보건복지부는 국민건강보험공단 이사장에 윤서진 전 복지부 차관을 임명했다.\n\n윤 이사장은 이날 원주 "
         "본부에서 취임식을 열고 업무를 시작했다.\n\n복지부는 같은 날 건강보험심사평가원 원장도 임명했다. 강 원장은 오는 20일 취임식을 "
         "갖는다.\n",
     .every = {{"*", "*", "윤서진", "*", "joined"}}},
    {.rule = "surname referent",
     .text =
         "건보공단 이사장에 윤서진\n\n보건복지부는 국민건강보험공단 이사장에 윤서진 전 복지부 차관을 임명했다.\n\n윤 이사장은 오는 20일 "
         "취임식을 갖는다.\n",
     .every = {{"*", "*", "윤서진", "*", "accepted"}}},
};

class PrevOutcomeTest : public ::testing::TestWithParam<EventCase> {};

TEST_P(PrevOutcomeTest, ASurnameReferentStartsOnlyItsOwnHire) {
  testing_support::ExpectCase(GetParam(), "prev-test");
}

INSTANTIATE_TEST_SUITE_P(Cases, PrevOutcomeTest, ::testing::ValuesIn(kOutcomeCases));

}  // namespace
}  // namespace hirewire::normalize
