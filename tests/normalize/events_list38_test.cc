// Lists of the appointed a reader takes whole and counted groups listed side by side, thirty-eighth session
// (docs/events.md, "Lists of the appointed and counted groups", branch evlist38). Own sentences (no sentence,
// person or invented company of a test batch), each a whole article through the pipeline's steps; controls
// for lists whose topic tells no move (speakers, board members, people who stay) and for a count that is the
// group's own.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // 1. (ko) A promotion list whose topic tells the move (list_topic 승진, "승진자는"), each member's
    // company in the
    //    parentheses after the name, closing on a copula past the last gloss ("… 전무 등 3명이다").
    {"promotion-topic-glosses",
     "도원그룹 정기 인사…계열사 사장 2명 교체\n\n도원그룹은 2일 2026년도 정기 임원 인사를 단행했다고 밝혔다.\n\n부사장 "
     "승진자는 채은결(도원케미칼)·윤서하(도원전자)·석지호(도원건설) 전무 등 3명이다. 윤 부사장은 공장 자동화를 "
     "이끌어왔다.",
     {{"hire", "도원케미칼", "채은결", "", "joined"},
      {"hire", "도원전자", "윤서하", "", "joined"},
      {"hire", "도원건설", "석지호", "", "joined"}}},
    // 2. (ko) "승진자 명단에는 ORG A 전무(…)와 B 전무(…)가 이름을 올렸다": a list_close row ends the list;
    // the company
    //    written before the first member is the list's.
    {"promotion-roster",
     "서하그룹 사장단 인사\n\n서하그룹이 30일 계열사 사장단 인사를 단행했다.\n\n부사장 승진자 명단에는 서하정밀 "
     "편도겸 전무(소재 개발)와 민가온 전무(해외 영업)가 이름을 올렸다. 민 부사장은 그룹의 첫 여성 부사장이다.",
     {{"hire", "서하정밀", "편도겸", "", "joined"}, {"hire", "서하정밀", "민가온", "", "joined"}}},
    // 3. (ko) A copula list in the paragraph after the hire it names ("… 변호사 3명을 영입했다" | "새로
    // 합류한 변호사는
    //    A(…)·B(…)·C(…) 변호사다"): the members make the counted hire, from its origin.
    {"joined-topic-after-count",
     "법무법인 온결, 조세 전문 변호사 3명 영입\n\n법무법인 온결이 법무법인 태림 조세팀 출신 변호사 3명을 영입했다고 "
     "4일 밝혔다.\n\n새로 합류한 변호사는 길도원(사법연수원 35기)·표하늘(39기)·남궁솔(변호사시험 3회) 변호사다. 길 "
     "변호사는 조세그룹장을 맡는다.",
     {{"hire", "법무법인 온결", "길도원", "법무법인 태림", "joined"},
      {"hire", "법무법인 온결", "표하늘", "법무법인 태림", "joined"},
      {"hire", "법무법인 온결", "남궁솔", "법무법인 태림", "joined"}}},
    // 4. (ko) A sentence that counts the appointed with a move word, then the list of as many names on a
    // copula: the
    //    story's company.
    {"counted-then-listed",
     "미르텔레콤 임원 인사\n\n미르텔레콤이 2026년 정기 임원 인사를 8일 단행했다.\n\n이번 인사에서는 신규 상무 2명이 "
     "발탁됐다. 클라우드사업담당 탁서윤 상무, 보안플랫폼담당 제하람 상무다. 두 사람은 사내 공모로 뽑혔다.",
     {{"hire", "미르텔레콤", "탁서윤", "", "joined"}, {"hire", "미르텔레콤", "제하람", "", "joined"}}},
    // 5. (ko) Two counted groups listed in a headline ("임원 2명·연구원 6명"): each count is its own group's;
    // the
    //    executives are the two persons the body names, the researchers stay a group of six.
    {"listed-group-counts",
     "한솔배터리, 경쟁사 임원 2명·연구원 6명 영입\n\n한솔배터리는 경쟁사에서 옮겨온 여도훈 전무와 진세아 상무를 "
     "영입했다고 11일 밝혔다.\n\n이와 함께 다른 배터리 업체에서 셀 설계를 맡아온 연구원 6명도 이달 한솔배터리에 "
     "합류했다.",
     {{"hire", "한솔배터리", "여도훈", "*", "joined"},
      {"hire", "한솔배터리", "진세아", "*", "joined"},
      {"hire", "한솔배터리", "researchers*", "*", "joined", 6}}},
    // 6. An English counted group with its members apposed after an emphatic past ("did hire two of his
    // analysts, A
    //    and B"): the base form after "did" is a hire made (cues.tsv "did hire"), and the list reader takes
    //    both.
    {"did-hire-apposed",
     "Tallow Capital loses trader to rival\n\nTallow Capital offered Brennan Osei, a portfolio manager at Quarry "
     "Point Partners, a guaranteed $20 million, but he turned it down, people familiar with the matter said.\n\nTallow "
     "Capital did hire two of his analysts at Quarry Point Partners, Ines Varga and Tobias Lindh, who will start in "
     "March.",
     {{"hire", "Tallow Capital", "Ines Varga", "*", ""},
      {"hire", "Tallow Capital", "Tobias Lindh", "*", ""}}},
    // 7. Negative (ko): a copula list whose topic tells no move (the board members who voted), a list of
    // people who
    //    stay, and a list only spoken of (a bar row: "후보로 거론되는 인물은"): no member moves.
    {"no-move-topic",
     "가람제약 이사회, 배당 확대 의결\n\n가람제약 이사회는 3일 배당 확대 안건을 의결했다.\n\n안건에 찬성한 이사는 "
     "봉태겸 이사와 육하진 이사다. 회사에 남기로 한 임원은 석다온 전무와 온세결 상무다. 차기 대표 후보로 거론되는 인물은 "
     "편서율 부사장과 하도진 전무다.",
     {},
     {},
     {},
     {"봉태겸", "육하진", "석다온", "온세결", "편서율", "하도진"}},
    // 8. Negative (ko): a promotion topic followed by a sentence that is no list of names on a copula ("…
    // 승진자는
    //    A 전무가 발표했다"): no move for the speaker.
    {"topic-without-list",
     "도원그룹 정기 인사\n\n도원그룹은 2일 정기 임원 인사를 단행했다.\n\n부사장 승진자는 모두 6명이라고 홍보팀 "
     "차은솔 상무가 설명했다.",
     {},
     {},
     {},
     {"차은솔"}},
};

class EventsList38 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsList38, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "list38-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsList38, testing::ValuesIn(kCases));

}  // namespace
}  // namespace hirewire::normalize
