// The employer at the company, not its lab, arm, holding or ministry (forty-second session, branch evunit42).
// Own sentences (no sentence, person or invented organization of a test batch): a lab named only by company
// endings ("AI랩") written after its company is the company's; a company's arm abroad ("베트남법인") is no
// organization; a bank head's departure told in a holding's nomination leaves the bank; a head appointed by a
// ministry works at the institution the story opens with; "X Y, the regional lender," is a company; a
// division written alone is a division of the company the story opens with.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // 1. (ko) Two founders of a bought startup join the buyer's lab: the first written after the buyer's name
    //    ("한솔웹 AI랩 전무"), the second bare ("AI랩 책임연구원"): both join the buyer.
    {"lab-of-company-ko",
     "한솔웹, 스타트업 비전코어 인수\n\n포털 기업 한솔웹이 영상 분석 스타트업 비전코어를 인수했다고 4일 밝혔다.\n\n비전코어 "
     "창업자인 차민석 대표는 한솔웹 AI랩 전무로, 오은비 최고기술책임자(CTO)는 AI랩 책임연구원으로 각각 "
     "합류했다.\n\n한솔웹은 이 기술을 검색 서비스에 쓸 계획이다.",
     {{"hire", "한솔웹", "차민석", "*", ""}, {"hire", "한솔웹", "오은비", "*", ""}},
     {{"*", "AI랩", "*", "*", ""}}},
    // 2. (ko) A reshuffle where one appointee headed the company's arm abroad ("베트남법인장"): the arm
    // employs
    //    no one, every post is at the company.
    {"arm-abroad-ko",
     "대성화학, 임원 인사…생산본부장에 오정민 부사장\n\n대성화학이 3일 오정민 부사장을 생산본부장에 임명하는 등 정기 "
     "임원 인사를 단행했다.\n\n영업본부장에는 문가람 베트남법인장(전무)이 선임됐다. 문 전무는 2019년부터 "
     "베트남법인을 이끌어 왔다.\n\n대성화학 관계자는 \"현장 경험을 중시한 인사\"라고 말했다.",
     {{"hire", "대성화학", "오정민", "", ""}, {"hire", "대성화학", "문가람", "", ""}},
     {{"*", "베트남법인", "*", "*", ""}}},
    // 3. (ko) A holding nominates its bank's next head; the bank's present head, named by his title in a
    //    sentence of his own, leaves the bank, not the holding.
    {"holding-bank-head-departure-ko",
     "서해은행장에 임도윤 부행장 내정\n\n서해금융지주는 8일 자회사 최고경영자 후보추천위원회를 열고 임도윤 서해은행 "
     "부행장을 차기 은행장 후보로 추천했다고 밝혔다. 임 부행장은 내년 1월 취임한다.\n\n현 행장인 하지석 행장은 "
     "임기를 마치고 물러난다.\n\n서해금융 관계자는 \"세대교체\"라고 설명했다.",
     {{"hire", "서해은행", "임도윤", "", ""}, {"departure", "서해은행", "하지석", "", ""}},
     {{"departure", "서해금융지주", "하지석", "*", ""}}},
    // 4. (en) A ministry appoints the head of the institute the story opens with; no other event names the
    //    institute: the new head and the predecessor are at the institute.
    {"ministry-appoints-lead-institute-head-en",
     "Shipyard veteran to run state coastal research body\n\nThe Korea Coastal Research Institute has a new "
     "president, with the Ministry of Oceans and Fisheries appointing Park Jae-won, a former vice president at "
     "Daesan Marine, to lead the state-funded body.\n\nPark took office on Monday, the ministry said. He replaces "
     "Yoon Hye-jin, whose term ended in May.",
     {{"hire", "Korea Coastal Research Institute", "Park Jae-won", "Daesan Marine", ""},
      {"departure", "Korea Coastal Research Institute", "Yoon Hye-jin", "", ""}},
     {{"*", "Ministry of Oceans and Fisheries", "*", "*", ""}}},
    // 5. (en) A lender whose name reads like a person's, set off by "the … lender,": the lender hires.
    {"lender-named-like-person-en",
     "Marlow Finch picks Barclays veteran as chief executive\n\nMarlow Finch, the Scottish mid-sized lender, has "
     "appointed Dana Reyes, head of Barclays' business banking unit, as its next chief executive.\n\nReyes will "
     "succeed Owen Tate, who retires in December.",
     {{"hire", "Marlow Finch", "Dana Reyes", "*", ""}},
     {{"hire", "Barclays", "Dana Reyes", "*", ""}}},
    // 6. (ko) A company's reshuffle with a post in a division the article writes alone ("가전사업부에서는"):
    // the
    //    division is the company's.
    {"bare-division-of-lead-company-ko",
     "한결전자, 사장단 인사\n\n(서울=연합뉴스) 한결전자가 5일 2027년 정기 사장단 인사를 단행했다.\n\n가전사업부에서는 "
     "고태민 부사장이 사장으로 승진해 가전사업부장을 맡았다.\n\n한결전자 관계자는 \"현장 중심 인사\"라고 말했다.",
     {{"hire", "한결전자", "고태민", "", ""}},
     {{"*", "가전사업부", "*", "*", ""}}},
};

class EventsUnit42 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsUnit42, ReadsTheEmployer) { testing_support::ExpectCase(GetParam(), "unit42-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsUnit42, testing::ValuesIn(kCases));

}  // namespace
}  // namespace hirewire::normalize
