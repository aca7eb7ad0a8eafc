// Which organization is the employer: group, holding, unit (thirty-seventh session, branch evorg37;
// docs/events.md). A Korean kind noun written alone ("그룹 전략실장으로", "그룹 경영을 총괄해 온", "은행을
// 이끌어 온") is the one organization of the article whose name ends in it, and an English part phrase whose
// post a sentence opens with
// ("The insurance unit's president, X,") is the affiliate the article names for it. Own articles (invented
// people and companies, none a sentence of the regression or blind batches), each a whole article (headline
// and at least two body paragraphs).
#include <gtest/gtest.h>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // 1. A holding names the bank's new head; the outgoing head "은행을 이끌어 온" leaves the bank, not the
    // holding.
    {"ko-bank-led",
     "서해은행장에 문지호 부행장 내정\n\n서해금융지주는 10일 자회사최고경영자후보추천위원회를 열고 문지호 서해은행 부행장을 차기 은행장 "
     "후보로 추천했다고 밝혔다. 문 후보는 다음 달 주주총회를 거쳐 취임한다.\n\n3년간 은행을 이끌어 온 배상진 행장은 임기를 마치고 "
     "물러난다. 배 행장은 당분간 쉴 계획이다.",
     {{"departure", "서해은행", "배상진", "", ""}},
     {},
     {"서해금융지주"}},
    // 2. "그룹 전략실장(사장)으로 영입됐다": the group's post; the affiliate the paragraph before names is
    // not the employer.
    {"ko-group-post",
     "미래그룹 정기 인사…외부 출신 전략실장 영입\n\n미래그룹은 2일 정기 사장단 인사를 발표했다. 미래화학 정은호 부사장이 사장으로 "
     "승진해 대표이사를 맡는다.\n\n외부 인사로는 한도윤 전 베인앤드컴퍼니 파트너가 그룹 전략실장(사장)으로 영입됐다. 한 실장은 "
     "컨설팅 업계에서 20년간 일했다.",
     {{"hire", "미래그룹", "한도윤", "*", ""}},
     {{"hire", "미래화학", "한도윤", "*", ""}}},
    // 3. "그룹 경영을 총괄해 온 NAME 부회장은 … 물러났다": a departure from the group, not from the affiliate
    // named before.
    {"ko-group-management",
     "누리그룹, 2026년 사장단 인사\n\n누리그룹이 3일 사장단 인사를 단행했다. 물류 계열사 누리로지스의 강민재 대표는 연임됐다.\n\n"
     "그룹 경영을 총괄해 온 오정환 부회장은 경영 일선에서 물러나 고문으로 위촉됐다. 이번 인사는 이날부터 시행된다.",
     {{"departure", "누리그룹", "오정환", "", ""}},
     {{"departure", "누리로지스", "오정환", "*", ""}}},
    // Control: the holding's name does not end in 그룹; a unit that does (경영기획그룹) is no referent.
    {"ko-group-unit-control",
     "대한금융 차기 회장에 윤세라 행장\n\n대한금융은 5일 회장후보추천위원회를 열고 윤세라 대한은행장을 차기 회장 후보로 추천했다. "
     "윤 후보는 경영기획그룹 부행장을 거쳤다.\n\n2020년부터 그룹을 이끌어 온 임태주 회장은 3월 임기 만료와 함께 물러난다.",
     {},
     {},
     {"경영기획그룹"}},
    // 4. English: "The insurance unit's president, X, will also step down": the insurance affiliate.
    {"en-unit-possessive",
     "Kessler Holdings shakes up leadership\n\nKessler Holdings said on Monday its chief executive, Paul Brandt, would "
     "retire in June. Kessler Insurance and Kessler Bank are its main affiliates.\n\nThe insurance unit's president, "
     "Mira Okada, will also step down at the end of the month.\n\nThe board will name successors next week.",
     {{"departure", "Kessler Insurance", "Mira Okada", "", ""}},
     {{"departure", "Kessler Holdings", "Mira Okada", "*", ""}}},
};

class EventsOrg37 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsOrg37, TakesTheOrganizationOfThePost) { testing_support::ExpectCase(GetParam(), "org37-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsOrg37, testing::ValuesIn(kCases));

// The bare kind noun read as the bank ("은행을 이끌어 온") is an anaphor, not a name: it is not searched
// elsewhere, so the successor's post "차기 은행장" stays whole (it read "장" when the noun's text was taken
// as the bank's name).
TEST(EventsOrg37Roles, AKindNounAnaphorLeavesTheTitleWhole) {
  const std::string text =
      "동강은행 차기 행장에 오태민 부행장 내정\n\n동강금융지주는 3일 임원후보추천위원회를 열고 오태민 동강은행 부행장을 차기 "
      "은행장 단독 후보로 추천했다. 오 부행장은 다음 달 주주총회를 거쳐 선임된다.\n\n2021년부터 은행을 이끌어 온 서기준 "
      "행장은 임기 만료와 함께 퇴임한다.";
  const std::vector<Event> got = testing_support::PipelineEvents(text, "org37-role");
  const Event* hire = testing_support::FindCandidate(got, "오태민");
  ASSERT_NE(hire, nullptr);
  EXPECT_EQ(hire->employer, "동강은행");
  EXPECT_EQ(hire->role, "은행장");
  const Event* left = testing_support::FindCandidate(got, "서기준");
  ASSERT_NE(left, nullptr);
  EXPECT_EQ(left->employer, "동강은행");
}

}  // namespace
}  // namespace hirewire::normalize
