// Employers of a group's reshuffle (docs/events.md, twenty-second session, branch unit22): a post at a
// common-noun unit or affiliate ("president of the biotech unit", "CEO of the parts maker") is at the
// affiliate the article names for it; an affiliate named by the group's brand is a company ("Daesung
// Innotech" beside "Daesung Group"); a Korean position slot with a dropped subject ("세진화학 대표이사에는 …
// 영입했다") is the affiliate's; a person hired at an affiliate is not hired at the group too; a person
// leaves once. Own paraphrases (none is a sentence of a test batch), each a whole article through the
// pipeline's steps; a case lists events that must be read and events that must not.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // A post at a part noun (employer_names.tsv part_noun rows): the affiliate whose last word a modifier
    // begins
    // with, else the company the sentence names before it; an affiliate named by the group's brand.
    {"part noun",
     "Orion Group names affiliate chiefs\n\nOrion Group on Tuesday named new heads at two of its affiliates.\n\nSara "
     "Kim, who ran clinical trials at Orion Pharma, was appointed chief executive of the drug unit.\n",
     {{"hire", "Orion Pharma", "Sara Kim", "*"}},
     {{"hire", "Orion Group", "Sara Kim", "*"}}},
    {"part noun",
     "Mirae Group reshuffles leadership\n\nMirae Group announced its annual reshuffle on Friday.\n\nJung Ho-seok, a "
     "senior vice president at Mirae Chemical, will become president of the chemicals affiliate, the group said.\n",
     {{"hire", "Mirae Chemical", "Jung Ho-seok", "*"}},
     {{"hire", "Mirae Group", "Jung Ho-seok", "*"}}},
    {"part noun",
     "Hanil Group shakes up management\n\nHanil Group named new chiefs at Hanil Steel and Hanil Telecom on Monday.\n\n"
     "Lee Dong-woo was promoted to president of the telecom unit, the group said in a statement.\n",
     {{"hire", "Hanil Telecom", "Lee Dong-woo", "*"}},
     {{"hire", "Hanil Group", "Lee Dong-woo", "*"}}},
    {"part noun",
     "Daewon Group names logistics chief\n\nDaewon Group announced its year-end reshuffle on Thursday.\n\nPark Eun-ji, "
     "chief financial officer of Daewon Logistics since 2019, was promoted to chief executive of the shipping "
     "affiliate.\n",
     {{"hire", "Daewon Logistics", "Park Eun-ji", "*"}},
     {{"hire", "Daewon Group", "Park Eun-ji", "*"}}},
    {"part noun, brand affiliate",
     "Taerim Group reshuffle\n\nTaerim Group on Monday named two new affiliate heads.\n\nChoi Yun-seo, head of the "
     "sensor division at Taerim Precision, was elevated to president of the parts maker.\n",
     {{"hire", "Taerim Precision", "Choi Yun-seo", "*"}},
     {{"hire", "Taerim Group", "Choi Yun-seo", "*"}}},
    // Korean: the goal slot with a dropped subject (frames.tsv 영입했 appoint:active:slot); the group's own
    // sentence
    // gives no second hire.
    {"ko slot",
     "한빛그룹 임원 인사\n\n한빛그룹이 2026년 정기 임원 인사를 발표했다.\n\n한빛증권 대표이사에는 김도윤 전 미래에셋증권 "
     "부사장을 영입했다. 김 대표는 투자은행 전문가다.\n",
     {{"hire", "한빛증권", "김도윤", "*"}},
     {{"hire", "한빛그룹", "김도윤", "*"}}},
    {"ko slot",
     "세광그룹 인사\n\n세광그룹이 사장단 인사를 냈다.\n\n세광물산 대표에는 외부 출신인 오민재 전 현대상선 상무를 영입했다. "
     "세광그룹이 외부 인사를 계열사 대표로 영입한 것은 3년 만이다.\n",
     {{"hire", "세광물산", "오민재", "*"}},
     {{"hire", "세광그룹", "오민재", "*"}}},
    {"ko group",
     "대원그룹 사장단 인사\n\n대원그룹은 15일 대원건설 대표이사에 박상훈 주택사업본부장(부사장)을 사장으로 승진 발탁했다고 "
     "밝혔다. 박 사장은 주택 전문가다.\n",
     {{"hire", "대원건설", "박상훈", "*"}},
     {{"hire", "대원그룹", "박상훈", "*"}}},
    {"ko group",
     "금호그룹 사장단 인사\n\n금호그룹은 3일 금호전자 대표이사 사장에 정다은 금호전자 부사장을 승진 임명했다. 금호그룹이 "
     "여성을 계열사 대표로 선임한 것은 처음이다.\n",
     {{"hire", "금호전자", "정다은", "*"}},
     {{"hire", "금호그룹", "정다은", "*"}}},
    {"group",
     "Mirae Group reshuffle\n\nMirae Group named Kang Min-ji president of Mirae Chemical.\n\nPark Sun-hee, who has led "
     "Mirae Retail since 2017, will retire. She will leave the company at the end of March.\n",
     {{"hire", "Mirae Chemical", "Kang Min-ji", "*"}, {"departure", "Mirae Retail", "Park Sun-hee", "*"}},
     {{"hire", "Mirae Group", "Kang Min-ji", "*"}}},
    // A person leaves once: the departure whose sentence names no organization is the named one.
    {"one departure",
     "대원그룹 인사\n\n대원그룹은 대원물산 대표에 한상민 부사장을 선임했다.\n\n2018년부터 대원건설을 이끌어온 김영수 사장은 "
     "용퇴하기로 했다. 김 사장은 별도 보직 없이 회사를 떠난다.\n",
     {{"departure", "대원건설", "김영수", "*"}},
     {{"departure", "대원물산", "김영수", "*"}}},
    {"one departure",
     "태성그룹 인사\n\n태성그룹은 태성전자 대표이사에 윤지호 부사장을 승진 발탁했다.\n\n2017년부터 태성화학을 이끌어온 박정훈 "
     "사장은 물러난다. 박 사장은 이달 말 회사를 떠난다.\n",
     {{"departure", "태성화학", "박정훈", "*"}},
     {{"departure", "태성전자", "박정훈", "*"}}},
    {"one departure",
     "한성그룹 인사\n\n한성그룹은 한성생명 대표에 조민아 부사장을 선임했다.\n\n2020년부터 한성카드를 맡아온 이도현 사장은 "
     "퇴임한다. 이 사장은 이달 말 회사를 떠난다.\n",
     {{"departure", "한성카드", "이도현", "*"}},
     {{"departure", "한성생명", "이도현", "*"}}},
    // A move (옮기다) into a post slot with no subject: the organization titling the mover ("계열사인 X의
    // NAME", "X NAME
    // TITLE") is where the mover was; the post is at the article's company (twenty-fourth session, branch
    // evemp24;
    // main read 0 of these 4 hires).
    {"mover's origin",
     "한결화학 인사\n\n한결화학이 3일 임원 인사를 했다. 신임 대표이사에는 계열사인 한결건설의 박동훈 부사장이 자리를 옮겨 "
     "선임됐다.\n",
     {{"hire", "한결화학", "박동훈", "*"}},
     {{"hire", "한결건설", "박동훈", "*"}}},
    {"mover's origin",
     "누리통신 정기 인사\n\n누리통신은 정기 인사를 발표했다. 마케팅본부장에는 누리미디어의 정하윤 상무가 자리를 옮겨 선임됐다. "
     "재무본부장에는 한지수 상무가 발탁됐다.\n",
     {{"hire", "누리통신", "정하윤", "*"}, {"hire", "누리통신", "한지수", "*"}},
     {{"hire", "누리미디어", "정하윤", "*"}, {"hire", "누리미디어", "한지수", "*"}}},
    {"mover's origin",
     "오성물산 인사\n\n오성물산은 1일 인사를 냈다. 전략기획실장에는 오성건설 정태원 전무가 자리를 옮겨 임명됐다.\n",
     {{"hire", "오성물산", "정태원", "*"}},
     {{"hire", "오성건설", "정태원", "*"}}},
};

class EventsReshuffle : public testing::TestWithParam<EventCase> {};

TEST_P(EventsReshuffle, TheAffiliateIsTheEmployer) {
  testing_support::ExpectCase(GetParam(), "reshuffle-test");
}

INSTANTIATE_TEST_SUITE_P(Cases, EventsReshuffle, testing::ValuesIn(kCases));

}  // namespace
}  // namespace hirewire::normalize
