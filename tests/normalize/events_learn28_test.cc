// What the twenty-eighth session's batches events-b37/b38 taught (docs/events.md, branch evlearn28): a Korean
// person's apposition "NAME 전 ORG TITLE" names the organization whatever the organization's shape ("전 컬리
// 최고운영책임자": no person 컬리); a name glued to its legal form ("X회계법인") is a company, and the unit
// word after it ("재무자문본부") no company of its own; a counted group ("등 3명") that the named hires at
// its employer make up exactly is those hires whatever their origins; Korean conjuncts that each name a post
// with a goal marker and close on their person as the object ("A본부장에는 X를, B실장에는 Y를 각각
// 영입했다"); a unit word between an organization and 출신 inside such a conjunct. Own paraphrases (none is a
// sentence of a test batch), each a whole article through the pipeline's steps; a case lists events (type,
// employer, candidate, previous employer) that must be read and events that must not.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    {"1. 현 ORG TITLE after a name: a short unknown company",
     "카드사 임원 영입\n\n한별카드는 디지털본부장에 한도윤 현 모아페이 상무를 영입했다고 밝혔다.\n",
     {{"hire", "한별카드", "한도윤", "모아페이"}},
     {{"hire", "한별카드", "모아페이", ""}}},
    {"1. 전 ORG TITLE(COO) after a name",
     "초록물산 새 대표\n\n초록물산은 신임 대표이사에 이채린 전 누리마켓 최고운영책임자(COO)를 선임했다고 9일 밝혔다.\n",
     {{"hire", "초록물산", "이채린", "누리마켓"}},
     {{"hire", "누리마켓", "이채린", ""}}},
    {"1. 전 ORG 대표 with 으로",
     "증권사 영입\n\n가람증권은 디지털전략실장으로 박선우 전 라온핀 대표를 영입했다.\n",
     {{"hire", "가람증권", "박선우", "라온핀"}},
     {{"hire", "가람증권", "라온핀", ""}}},
    {"1. 전 ORG TITLE, a two-syllable company",
     "다온제약 새 대표\n\n다온제약은 신임 대표이사에 주원상 전 바로팜 부사장을 선임했다고 2일 밝혔다.\n",
     {{"hire", "다온제약", "주원상", "바로팜"}},
     {{"hire", "다온제약", "바로팜", ""}}},
    {"2. 회계법인 and its advisory unit",
     "증권사 영입\n\n새론증권은 서림회계법인 세무자문본부를 이끌던 강태윤 전무를 IB본부장으로 영입했다.\n",
     {{"hire", "새론증권", "강태윤", "서림회계법인"}},
     {{"hire", "새론증권", "강태윤", "세무자문본부"}}},
    {"2. 특허법인 and its team",
     "바이오 영입\n\n해솔바이오는 누리특허법인 바이오팀을 이끌던 정하람 변리사를 법무실장으로 영입했다.\n",
     {{"hire", "해솔바이오", "정하람", "누리특허법인"}},
     {{"hire", "해솔바이오", "정하람", "바이오팀"}}},
    {"2. 회계법인 unit with 에서",
     "전자 CFO 영입\n\n미르전자는 정담회계법인 감사본부에서 일한 윤소미 상무를 최고재무책임자로 영입했다.\n",
     {{"hire", "미르전자", "윤소미", "정담회계법인"}},
     {{"hire", "미르전자", "윤소미", "감사본부"}}},
    {"4. slots with 에는, subjectless, one origin after a unit word",
     "증권사 인사\n\n한빛증권은 최고재무책임자(CFO)에 오정민 대한증권 부사장을 선임했다고 3일 밝혔다.\n\n"
     "리서치센터장에는 미래자산운용 출신 박재민 전무를, 법무실장에는 새솔금융 준법감시실 출신 최유나 상무를 각각 "
     "영입했다.\n",
     {{"hire", "한빛증권", "박재민", "미래자산운용"}, {"hire", "한빛증권", "최유나", "새솔금융"}},
     {}},
    {"4. slots with 에, the person before the company",
     "보험사 인사\n\n누리생명은 최고위험책임자(CRO)에 송지훈 한결화재 전무를, 법무실장에 배다인 해솔증권 상무를 "
     "선임했다고 3일 밝혔다.\n",
     {{"hire", "누리생명", "송지훈", "한결화재"}, {"hire", "누리생명", "배다인", "해솔증권"}},
     {}},
    {"4. slots with 에, the company before the person",
     "건설사 인사\n\n대경건설은 안전본부장에 한솔건설 윤재호 부사장을, 기술연구소장에 동림건설 차민규 전무를 선임했다.\n",
     {{"hire", "대경건설", "윤재호", "한솔건설"}, {"hire", "대경건설", "차민규", "동림건설"}},
     {}},
    {"4+5. slots with 에는, a unit word before 출신 in the second",
     "생명보험사 인사\n\n가온생명은 최고재무책임자(CFO)에 민세라 한별화재 전무를 선임했다고 2일 밝혔다.\n\n"
     "투자본부장에는 세종자산운용에서 채권운용을 이끈 구본혁 전무를, 감사실장에는 금융감독원 보험검사국 출신 "
     "탁지유 상무를 각각 영입했다.\n",
     {{"hire", "가온생명", "구본혁", "세종자산운용"},
      {"hire", "가온생명", "탁지유", "Financial Supervisory Service"}},
     {}},
};

class EventsLearn28 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsLearn28, ShapesOfTheBatches) { testing_support::ExpectCase(GetParam(), "learn28-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsLearn28, testing::ValuesIn(kCases));

// 3. A counted group that the named hires make up exactly, whatever their origins, is no group of its own.
TEST(EventsLearn28Groups, CountSummedByNamedHires) {
  const char* kSummed[] = {
      "푸른모빌리티, LG·네이버 출신 임원 3명 영입\n\n푸른모빌리티는 LG전자 출신 서준영 전무, 네이버 출신 김다솜 상무, 카카오 출신 이도하 "
      "상무 등 3명을 영입했다고 밝혔다.\n",
      "한빛로보틱스, LG·현대차 출신 임원 2명 영입\n\n한빛로보틱스는 LG전자 출신 정하윤 전무, 현대차 출신 오민재 상무 등 2명을 영입했다고 "
      "9일 밝혔다.\n",
      "새빛바이오, 셀트리온·한미 출신 연구원 2명 영입\n\n새빛바이오는 셀트리온 출신 문가온 박사, 한미약품 출신 고은비 박사 등 연구원 "
      "2명을 영입했다고 밝혔다.\n",
  };
  for (const char* text : kSummed) {
    const std::vector<Event> got = testing_support::PipelineEvents(text, "learn28-test");
    EXPECT_EQ(testing_support::GroupCount(got), 0) << text;
    EXPECT_GE(testing_support::DistinctEvents(got), 2u) << text;
  }
  // Control: a group beside fewer named hires stays a group.
  const std::vector<Event> beside = testing_support::PipelineEvents(
      "연구원 영입\n\n새빛바이오는 셀트리온 출신 문가온 박사를 영입했다. 회사는 또 한미약품 출신 연구원 5명을 영입했다고 밝혔다.\n",
      "learn28-test");
  EXPECT_GT(testing_support::GroupCount(beside), 0);
}

}  // namespace
}  // namespace hirewire::normalize
