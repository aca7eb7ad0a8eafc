// False events of denied or unmade moves (forty-first session, branch evfalse41; docs/events.md): a Korean
// rumour told with "…이라는 소문" (cues.tsv report and statistic rows) in an article that denies it gives no
// event; a Korean report verb closing its sentence ("…다고 7일 보도했다") reports every clause before it; a
// sentence saying no offer was made (cues.tsv kind=unmade) drops the approach it tells. Own articles
// (invented people and companies, none a sentence of the regression or blind batches), each a whole article,
// with controls.
#include <gtest/gtest.h>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // 1. Korean: a move only a rumour ending in "이라는 소문" tells, in an article that denies it: no event.
    {"ko-rumour-ira-denied",
     "대성전자 \"배터리 임원 이직설 사실무근\"\n\n대성전자는 배터리 개발 담당 임원의 한빛화학 이직설에 대해 "
     "\"사실무근\"이라고 3일 밝혔다.\n\n앞서 업계에서는 대성전자 배터리개발실장 문서진 전무가 한빛화학으로부터 연봉 "
     "15억원을 제안받고 이직을 협의 중이라는 소문이 돌았다.\n\n대성전자 관계자는 \"문 전무는 정상 근무 중\"이라고 "
     "말했다.",
     {},
     {},
     {},
     {"문서진"},
     {},
     0},
    // 2. Korean: a report verb closing the sentence reports the offer of the clause before it too.
    {"ko-report-closes-sentence",
     "한빛반도체 \"설계 임원 영입설 사실무근\"\n\n한빛반도체가 대만 업체 설계 임원을 영입했다는 현지 보도를 공식 "
     "부인했다.\n\n앞서 대만 한 일간지는 한빛반도체가 타이완칩의 천웨이린 부사장에게 연봉 300만달러를 제시했고, 천 "
     "부사장이 이를 받아들였다고 5일 보도했다.\n\n한빛반도체 관계자는 \"해당 임원과 접촉한 사실이 없다\"고 말했다.",
     {},
     {},
     {},
     {"천웨이린"},
     {},
     0},
    // Control: the same offer told as fact in an article that denies nothing stays.
    {"ko-offer-as-fact-control",
     "한빛반도체, 타이완칩 설계 임원 영입\n\n한빛반도체가 대만 업체 설계 임원을 영입했다고 3일 밝혔다.\n\n한빛반도체는 "
     "타이완칩의 천웨이린 부사장에게 연봉 300만달러를 제시했고, 천 부사장이 이를 받아들였다고 설명했다.",
     {{"*", "한빛반도체", "천웨이린", "*", ""}}},
    // 3. English: an approach the sentence says brought no offer is no event.
    {"en-approach-no-offer",
     "Corvane hires Brightwave's design chief\n\nCorvane Labs has hired Maria Lund, the head of product design at "
     "Brightwave Inc., as its chief design officer, the company said on Monday.\n\nCorvane has also approached "
     "Brightwave's research director, Tomas Ek, about a senior role, people familiar with the matter said, though no "
     "offer has been made.",
     {{"hire", "Corvane Labs", "Maria Lund", "*", "joined"}},
     {},
     {},
     {"Tomas Ek"}},
    // Control: an offer made in the same shape stays.
    {"en-approach-with-offer-control",
     "Corvane courts Brightwave researcher\n\nCorvane Labs has offered Brightwave Inc.'s research director, Tomas Ek, "
     "a package worth $4 million a year, people familiar with the matter said.",
     {{"offer", "Corvane Labs", "Tomas Ek", "*", "offered"}}},
};

class EventsFalse41 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsFalse41, DropsUnmadeMoves) { testing_support::ExpectCase(GetParam(), "false41-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsFalse41, testing::ValuesIn(kCases));

}  // namespace
}  // namespace hirewire::normalize
