// The employer and the previous employer (docs/events.md, twenty-fifth session, branch evemp25): a group that
// promotes or names the head of one of its affiliates to a post naming no other organization appoints at the
// affiliate ("대한그룹은 대한화학의 김민준 부사장을 배터리사업부장으로 선임했다", "Daehan Group named Kim
// Min-jun of Daehan Chemical head of the group's battery unit"); "president and CEO of X" names X for both
// titles; a person's apposition names the organization after a title ("a vice president of clinical
// development at Amgen", "head of Ericsson's mobile core business"); a reappointed head comes from nowhere,
// whatever organization the headline gives the second person; a founder hired with an acquihire and the
// acquihire's staff come from the company taken over. Own paraphrases (none is a sentence of a test batch),
// each a whole article through the pipeline's steps; a case lists events (type, employer, candidate, previous
// employer) that must be read and events that must not.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // 1. The group's affiliate is the employer (main before the change: 1 of these 6 right).
    {"group affiliate, ko",
     "대한그룹, 배터리사업부장 선임\n\n대한그룹은 대한화학의 김민준 부사장을 배터리사업부장으로 선임했다고 3일 밝혔다.\n",
     {{"hire", "대한화학", "김민준", ""}},
     {{"hire", "대한그룹", "김민준", "대한화학"}}},
    {"group affiliate, ko",
     "세영그룹 사장단 인사\n\n세영그룹은 세영건설의 오지훈 전무를 플랜트사업본부장으로 선임했다고 5일 밝혔다.\n",
     {{"hire", "세영건설", "오지훈", ""}},
     {{"hire", "세영그룹", "오지훈", "세영건설"}}},
    {"group affiliate, en part noun after a possessive",
     "Daehan Group names new battery chief\n\nDaehan Group named Kim Min-jun of Daehan Chemical head of the group's "
     "battery unit on Monday, the company said.\n",
     {{"hire", "Daehan Chemical", "Kim Min-jun", ""}},
     {{"hire", "Daehan Group", "Kim Min-jun", "Daehan Chemical"}}},
    {"group affiliate, en promotion",
     "Reshuffle\n\nSaebyeol Group promoted Jang Mi-rae, a senior vice president of Saebyeol Bio, to president.\n",
     {{"hire", "Saebyeol Bio", "Jang Mi-rae", ""}},
     {{"hire", "Saebyeol Group", "Jang Mi-rae", "Saebyeol Bio"}}},
    {"group affiliate, en its unit",
     "Reshuffle\n\nSaebyeol Group named Jang Mi-rae, a senior vice president of Saebyeol Bio, as head of its battery "
     "unit.\n",
     {{"hire", "Saebyeol Bio", "Jang Mi-rae", ""}},
     {}},
    {"two titles of one organization",
     "Saebyeol Group reshuffle\n\nSaebyeol Group named a new chief for its shipping arm on Thursday. The group also "
     "promoted Jang Mi-rae, a senior vice president of Saebyeol Bio, to president and CEO of Saebyeol Bio.\n",
     {{"hire", "Saebyeol Bio", "Jang Mi-rae", ""}},
     {{"hire", "Saebyeol Group", "Jang Mi-rae", "Saebyeol Bio"}}},
    // Controls: a post the clause names the group's, a move to another affiliate, a company that is no group.
    {"control: the group's own post",
     "세영그룹 인사\n\n세영그룹은 세영건설의 오지훈 전무를 그룹 전략기획실장으로 선임했다고 5일 밝혔다.\n",
     {{"hire", "세영그룹", "오지훈", "세영건설"}},
     {{"hire", "세영건설", "오지훈", ""}}},
    {"control: a move between affiliates",
     "세영그룹 인사\n\n세영그룹은 세영건설의 오지훈 전무를 세영물산 대표로 선임했다고 5일 밝혔다.\n",
     {{"hire", "세영물산", "오지훈", "세영건설"}},
     {}},
    {"control: no group",
     "Acme Corp names cloud chief\n\nAcme Corp named Jane Doe, a senior vice president of Microsoft, as head of its "
     "cloud unit.\n",
     {{"hire", "Acme Corp", "Jane Doe", "Microsoft"}},
     {{"hire", "Microsoft", "Jane Doe", ""}}},

    // 2. The organization of the candidate's apposition (main: 1 of these 4 right).
    {"apposition, possessive company before a unit",
     "Northwind Networks hires new COO\n\nNorthwind Networks has hired Anna Berg, head of Ericsson's mobile core "
     "business, as chief operating officer, the company said on Monday.\n",
     {{"hire", "Northwind Networks", "Anna Berg", "Ericsson"}},
     {}},
    {"apposition, possessive company before a unit",
     "Harbor Freight Data hires CTO\n\nHarbor Freight Data said it had hired Mira Solberg, head of Nokia's private "
     "wireless unit, as its chief technology officer.\n",
     {{"hire", "Harbor Freight Data", "Mira Solberg", "Nokia"}},
     {}},
    {"apposition, TITLE of FIELD at ORG",
     "Cobalt Bio names medical chief\n\nCobalt Bio on Tuesday named Rachel Ong, a vice president of clinical "
     "development at Amgen, as its chief medical officer.\n",
     {{"hire", "Cobalt Bio", "Rachel Ong", "Amgen"}},
     {}},
    {"control: a name before the organization",
     "Quill Insurance names CEO\n\nQuill Insurance named Daniel Wu, a managing director of Global Markets at "
     "Barclays, as chief executive on Friday.\n",
     {{"hire", "Quill Insurance", "Daniel Wu", "Barclays"}},
     {{"hire", "Quill Insurance", "Daniel Wu", "Global Markets"}}},

    // 3. A reappointed head comes from nowhere (main: 0 of these 3 right).
    {"reappointed head",
     "한빛카드, 박정훈 대표 연임 확정…CMO엔 현대카드 최유진 상무 영입\n\n한빛카드가 박정훈 대표의 연임을 확정하고 "
     "최고마케팅책임자(CMO)를 외부에서 영입했다.\n\n한빛카드는 20일 주주총회에서 박 대표의 사내이사 재선임 안건을 "
     "통과시켰다. 박 대표는 대표이사로 재선임돼 새 임기를 시작했다.\n\n신임 CMO에는 현대카드의 최유진 상무가 영입됐다.\n",
     {{"hire", "한빛카드", "박정훈", ""}},
     {{"hire", "한빛카드", "박정훈", "현대카드"}}},
    {"reappointed head",
     "국가데이터진흥원 이상민 원장 연임…부원장엔 김수진 전 기획재정부 국장\n\n국가데이터진흥원은 이상민 원장이 연임됐다고 "
     "3일 밝혔다.\n\n진흥원은 이날 신임 부원장에 김수진 전 기획재정부 국장을 임명했다.\n",
     {{"hire", "국가데이터진흥원", "이상민", ""}},
     {}},
    {"reappointed head",
     "세림증권 오동훈 사장 연임…리서치센터장엔 미래에셋증권 강하은 상무\n\n세림증권은 오동훈 사장이 연임에 성공했다고 "
     "8일 밝혔다. 오 사장의 새 임기는 2년이다.\n\n세림증권은 신임 리서치센터장에 미래에셋증권 강하은 상무를 영입했다.\n",
     {{"hire", "세림증권", "오동훈", ""}},
     {}},

    // 4. The company taken over in an acquihire (main: 0 of these 2 right).
    {"founder of the company taken over",
     "게임사 루미너스, 인디 개발사 '파란별게임즈' 인수…개발자 15명 합류\n\n루미너스가 인디 게임 개발사 파란별게임즈를 "
     "인수했다고 4일 밝혔다. 파란별게임즈의 정우진 대표를 포함한 개발자 15명은 이날부터 루미너스 소속으로 일한다.\n\n"
     "정 대표는 루미너스 신규 프로젝트 총괄을 맡는다. 공동 창업자인 한서율 최고기술책임자(CTO)는 그래픽엔진실장으로 "
     "합류했다.\n",
     {{"hire", "루미너스", "한서율", "파란별게임즈"}},
     {{"hire", "루미너스", "한서율", ""}}},
    {"acquihire staff from the founders' company",
     "Vantor Cloud to hire Orrin Labs founders and staff\n\nVantor Cloud said on Tuesday it would hire the founders "
     "of robotics startup Orrin Labs and about 35 employees under a licensing agreement, an acqui-hire of the kind big "
     "tech firms have favored this year.\n\nOrrin Labs chief executive Priya Nair and chief technology officer Marco "
     "Reyes will join Vantor to run a new robotics group, the company said.\n\nThe founders and about 35 employees are "
     "expected to start at Vantor next month.\n",
     {{"hire", "Vantor Cloud", "Priya Nair", "Orrin Labs"}},
     {{"acquihire", "Orrin Labs", "employees from Vantor Cloud", "Vantor Cloud"}}},
};

class EventsEmp25 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsEmp25, EmployerAndPreviousEmployer) { testing_support::ExpectCase(GetParam(), "emp25-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsEmp25, testing::ValuesIn(kCases));

}  // namespace
}  // namespace hirewire::normalize
