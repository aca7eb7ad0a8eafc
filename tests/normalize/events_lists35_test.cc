// Every named member of a coordinated list shares the move of a member the reading gave one, thirty-fifth
// session (docs/events.md, "Every named member of a list", branch evlists35). Own sentences (no sentence,
// person or invented company of a test batch), each a whole article through the pipeline's steps; controls
// for lists that speak, lists of people who stay or left, and lists of companies.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // 1. A subject list of three: the last member was lost; each starts at the employer the sentence names.
    {"subject-list",
     "Corvel Labs hires Ardent AI trio\n\nCorvel Labs said on Tuesday that it had hired three researchers from Ardent "
     "AI.\n\nMaren Holt, Ivo Brandt and Selma Quist started at Corvel Labs this week and will work on its speech "
     "models, the company said.",
     {{"hire", "Corvel Labs", "Maren Holt", "*", "joined"},
      {"hire", "Corvel Labs", "Ivo Brandt", "*", "joined"},
      {"hire", "Corvel Labs", "Selma Quist", "*", "joined"}}},
    // 2. Two co-founders in appositions ("A, the startup's chief executive, and B, its chief technology
    // officer"),
    //    the move told in a sentence the first one's evidence is not: the second shares the hire and its
    //    origin.
    {"apposed-list",
     "Tessary to license Brightfold software, hire its founders\n\nTessary Systems said on Monday it will pay $300 "
     "million to license the software of Brightfold Labs and will hire co-founders Lena Farrow, the startup's chief "
     "executive, and Omar Quade, its chief technology officer, along with 20 of its engineers.\n\nThey will join "
     "Tessary next month, where Farrow will lead a new tools group.",
     {{"hire", "Tessary Systems", "Lena Farrow", "Brightfold Labs", "accepted"},
      {"hire", "Tessary Systems", "Omar Quade", "Brightfold Labs", "accepted"}}},
    // 3. (ko) The gapped list "A를 P로, B를 Q로 각각 선임했다": each member a hire; the origin written after
    // a member's
    //    name is that member's own, not the list's.
    {"gapped-list",
     "퀀텀반도체, 설계 임원 2명 영입\n\n퀀텀반도체는 고태민 전 한빛전자 설계담당 상무를 설계총괄 전무로, 윤세라 전 "
     "동서메모리 수석엔지니어를 패키징 담당 상무로 각각 선임했다고 10일 밝혔다. 두 사람은 이달부터 출근했다.",
     {{"hire", "퀀텀반도체", "고태민", "*", ""}, {"hire", "퀀텀반도체", "윤세라", "*", ""}},
     {{"hire", "*", "고태민", "동서메모리", ""}}},
    // 4. Negative: a list that speaks (the hire and an analyst, past her apposition), and a possessor after a
    // hire's
    //    name: neither analyst is a member of the hire's move.
    {"speaking-list",
     "Orrin Labs hires Tom Veld\n\nOrrin Labs hired Tom Veld as chief technology officer on Monday.\n\nTom Veld and "
     "Maya Reed, an analyst at Kestrel Research, said the hire shows that Orrin Labs is growing. The hire of Tom Veld "
     "and Ola Brandt's praise of Orrin Labs were both news.",
     {{"hire", "Orrin Labs", "Tom Veld", "*", ""}},
     {},
     {},
     {"Maya Reed", "Ola Brandt"}},
    // 5. Negative: the people a hire will report to (a relative clause between the names) stay where they
    // are; the
    //    companies of a career list are no candidates.
    {"staying-list",
     "Orrin Labs hires Tom Veld\n\nOrrin Labs hired Tom Veld, who will report to co-founders Maya Reed and Ola "
     "Brandt, as head of research. Veld had worked at Apple, Google and Meta.",
     {{"hire", "Orrin Labs", "Tom Veld", "*", ""}},
     {},
     {},
     {"Maya Reed", "Ola Brandt", "Apple", "Google", "Meta"}},
    // 6. Negative (ko): "A와 함께 B" on a shortlist: B is no member of A's move.
    {"shortlist",
     "한결은행장에 박도윤 부행장\n\n한결금융지주는 차기 한결은행장 후보로 박도윤 부행장을 추천했다고 3일 밝혔다. 최종 "
     "후보군에는 박 부행장과 함께 이정석 부행장이 이름을 올렸다.",
     {{"hire", "한결은행", "박도윤", "*", ""}},
     {},
     {},
     {"이정석"}},
};

class EventsLists35 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsLists35, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "lists35-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsLists35, testing::ValuesIn(kCases));

}  // namespace
}  // namespace hirewire::normalize
