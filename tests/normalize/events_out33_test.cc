// Outcomes and departures, thirty-third session (docs/events.md, branch evout33). Own sentences (new names
// and companies, none a sentence of a batch), each a whole article (headline and at least two body
// paragraphs, so that the pair pass runs). On the start binary (main 96560b7c) every case but the Korean
// reshuffle read at least one event wrong: a reshuffle member named after "The appointments take effect Jan.
// 1" joined, "The changes are effective next month" unread, a predecessor before "의 후임으로" hired, "will
// be succeeded by Y" and "Y replaces X, who retires …, as CFO" missing Y's hire, a headline's "; NAME to
// Exit" a hire.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "normalize/frames.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // 1. A reshuffle taking effect later, told in a sentence of its own: every member is accepted, also those
    // named in the paragraphs after it.
    {"reshuffle-later-members-after",
     "Norvale Group reshuffles top management\n\nNorvale Group on Tuesday promoted Daniel Kerrigan, head of its "
     "logistics unit, to chief executive of Norvale Freight in its annual executive reshuffle. The appointments take "
     "effect Jan. 1.\n\nSofia Marchetti, finance director at Norvale Freight, was promoted to executive vice "
     "president.\n\nArthur Penrose, chief executive of Norvale Marine, was reappointed for another three-year "
     "term.\n\n\"We want leaders who know the ships,\" a Norvale spokesman said.",
     {{"hire", "Norvale Freight", "Daniel Kerrigan", "", "accepted"},
      {"hire", "Norvale Freight", "Sofia Marchetti", "", "accepted"},
      {"hire", "Norvale Marine", "Arthur Penrose", "", "accepted"}},
     {{"hire", "*", "Sofia Marchetti", "*", "joined"}, {"hire", "*", "Arthur Penrose", "*", "joined"}}},
    {"reshuffle-later-are-effective",
     "Brackwater Insurance names new leadership team\n\nBrackwater Insurance said on Monday it had appointed Helena "
     "Voss as chief operating officer.\n\nVoss previously ran operations at Caldera Re.\n\nThe changes are effective "
     "next month, the company said.",
     {{"hire", "Brackwater Insurance", "Helena Voss", "Caldera Re", "accepted"}}},
    {"reshuffle-later-ko",
     "태성그룹, 계열사 사장단 인사\n\n태성그룹은 28일 태성화학 대표이사에 윤재민 부사장을 승진 발탁하는 등 계열사 사장단 "
     "인사를 단행했다.\n\n태성물산 대표에는 한지수 전무가 사장으로 승진해 선임됐다.\n\n이번 인사는 내년 1월 1일부로 "
     "시행된다.",
     {{"hire", "태성화학", "윤재민", "", "accepted"}, {"hire", "태성물산", "한지수", "", "accepted"}}},
    // Controls: a reshuffle already in effect stays joined.
    {"reshuffle-now",
     "Brackwater Insurance names new leadership team\n\nBrackwater Insurance said on Monday it had appointed Helena "
     "Voss as chief operating officer.\n\nVoss previously ran operations at Caldera Re.\n\nThe appointments are "
     "effective immediately, the company said.",
     {{"hire", "Brackwater Insurance", "Helena Voss", "Caldera Re", "joined"}}},
    {"reshuffle-took-effect",
     "Norvale Group reshuffles top management\n\nNorvale Group on Tuesday promoted Daniel Kerrigan, head of its "
     "logistics unit, to chief executive of Norvale Freight. The appointments took effect on Monday.\n\nSofia "
     "Marchetti, finance director at Norvale Freight, was promoted to executive vice president.",
     {{"hire", "Norvale Freight", "Daniel Kerrigan", "", "joined"},
      {"hire", "Norvale Freight", "Sofia Marchetti", "", "joined"}}},
    {"reshuffle-now-ko",
     "태성그룹, 계열사 사장단 인사\n\n태성그룹은 28일 태성화학 대표이사에 윤재민 부사장을 승진 발탁하는 등 계열사 사장단 "
     "인사를 단행했다.\n\n태성물산 대표에는 한지수 전무가 사장으로 승진해 선임됐다.\n\n이번 인사는 이날 자로 시행됐다.",
     {{"hire", "태성화학", "윤재민", "", "joined"}, {"hire", "태성물산", "한지수", "", "joined"}}},
    // 2. The one a Korean appointment names as replaced ("X 대표의 후임으로", "X 대표 후임으로") leaves.
    {"ko-predecessor-genitive",
     "한빛해운, 신임 대표에 정우석 부사장 선임\n\n한빛해운은 김상철 대표의 후임으로 정우석 부사장이 선임됐다고 3일 "
     "밝혔다.\n\n정 신임 대표는 1995년 입사해 영업본부장을 지냈다.",
     {{"hire", "한빛해운", "정우석", "", ""}, {"departure", "한빛해운", "김상철", "", "left"}},
     {{"hire", "*", "김상철", "*", ""}}},
    {"ko-predecessor-adnominal",
     "한빛해운, 신임 대표에 정우석 부사장 선임\n\n한빛해운은 퇴임하는 김상철 대표의 후임으로 정우석 부사장이 선임됐다고 "
     "3일 밝혔다.\n\n정 신임 대표는 1995년 입사해 영업본부장을 지냈다.",
     {{"hire", "한빛해운", "정우석", "", ""}, {"departure", "한빛해운", "김상철", "", "left"}},
     {{"hire", "*", "김상철", "*", ""}}},
    {"ko-predecessor-bare",
     "대영제약 대표 교체\n\n대영제약은 이사회를 열어 임기를 마치고 물러나는 박현수 대표 후임으로 최지연 전 녹십자 부사장을 "
     "신임 대표로 선임했다고 5일 밝혔다.\n\n최 신임 대표는 다음 달 1일부터 임기를 시작한다.",
     {{"hire", "대영제약", "최지연", "녹십자", "accepted"}, {"departure", "대영제약", "박현수", "", "left"}},
     {{"hire", "*", "박현수", "*", ""}}},
    // 3. English successions: "X, who will step down in June, will be succeeded by Y" (Y's announced
    // appointment
    // into X's post), "Y replaces X, who retires …, as CFO" (Y's post past X's relative clause).
    {"succeeded-by",
     "Harwick Foods chief to retire\n\nHarwick Foods said on Wednesday that its chief executive, Gordon Maitland, who "
     "will step down in June, will be succeeded by Priya Raman, currently president of the company's snacks "
     "division.\n\nMaitland has led Harwick Foods for eleven years.",
     {{"departure", "Harwick Foods", "Gordon Maitland", "", "left"},
      {"hire", "Harwick Foods", "Priya Raman", "", "accepted"}}},
    {"replaced-by",
     "Lakemoor Bank names new chair\n\nLakemoor Bank said on Friday that Ruth Okonkwo, its longtime chair, is retiring "
     "and will be replaced by Samuel Adeyemi, a former partner at Brisk & Hollow LLP.\n\nAdeyemi will take over on "
     "April 1.",
     {{"departure", "Lakemoor Bank", "Ruth Okonkwo", "", "left"},
      {"hire", "Lakemoor Bank", "Samuel Adeyemi", "Brisk & Hollow LLP", "accepted"}}},
    {"replaces-who-retires",
     "Granton Insurance gets new finance chief\n\nGranton Insurance said Leonard Fisk replaces Carol Whitby, who "
     "retires at the end of the month, as chief financial officer.\n\nFisk joins from Pellham Life, where he was "
     "treasurer for six years.",
     {{"hire", "Granton Insurance", "Leonard Fisk", "Pellham Life", ""},
      {"departure", "Granton Insurance", "Carol Whitby", "", "left"}},
     {{"hire", "*", "Carol Whitby", "*", ""}}},
    // 4. A headline's "; NAME to Exit" is a clause of its own (a departure, not a second hire), and a start
    // told as
    // made ("She has already started in the role") keeps the hire joined though the predecessor leaves later.
    {"headline-exit-and-begun",
     "Brightline Hires Caldera's Mina Cho as Finance Chief; Paul Erskine to Exit\n\nBrightline Logistics has hired "
     "Mina Cho, Caldera Freight's treasurer, as chief financial officer, the company said Monday. She has already "
     "started in the role.\n\nShe takes over from Paul Erskine, who has been finance chief since 2018 and is leaving "
     "the company at the end of the year.",
     {{"hire", "Brightline Logistics", "Mina Cho", "*", "joined"},
      {"departure", "Brightline Logistics", "Paul Erskine", "", "left"}},
     {{"hire", "*", "Paul Erskine", "*", ""}}},
};

class EventsOut33 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsOut33, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "out33-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsOut33, testing::ValuesIn(kCases));

// The frame reader's pieces: the Korean predecessor marker past title words and 의, and the English begun
// rows.
TEST(EventsOut33, FrameReaderPieces) {
  const FrameReader& fr = FrameReader::Default();
  const std::string_view ko = "김상철 대표의 후임으로 정우석 부사장이 선임됐다";
  EXPECT_TRUE(fr.KoreanPredecessorAfter(ko, ko.find(" 대표의")));
  const std::string_view bare = "박현수 대표 후임으로 최지연 전 부사장을";
  EXPECT_TRUE(fr.KoreanPredecessorAfter(bare, bare.find(" 대표")));
  const std::string_view none = "김상철 대표는 후임 인선을 마쳤다";
  EXPECT_FALSE(fr.KoreanPredecessorAfter(none, none.find(" 대표는")));
  const std::string_view other = "김상철 대표와 함께 후임으로";
  EXPECT_FALSE(fr.KoreanPredecessorAfter(other, other.find(" 대표와")));
  EXPECT_TRUE(fr.EnglishBegun("she has already started in the role."));
  EXPECT_TRUE(fr.EnglishBegun("kim took office on monday."));
  EXPECT_FALSE(fr.EnglishBegun("she will start in the role in march."));
}

}  // namespace
}  // namespace hirewire::normalize
