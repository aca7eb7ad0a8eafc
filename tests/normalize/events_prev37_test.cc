// Previous employers on shapes nobody wrote a row for (thirty-seventh session, branch evprev37;
// docs/events.md): a bank's or a law firm's division named by a field of work and 그룹 is no organization (no
// previous employer of a promotion), a Korean relative clause names the person's origin past the post held
// there ("X 투수코치로 일하던 NAME"), and an English "spent … with the X" places the person at X. Own
// articles (invented people and companies, none a sentence of the regression or blind batches), each a whole
// article.
#include <gtest/gtest.h>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // 1. "NAME(57) 기업금융그룹 부행장": the bank's division, where the person is promoted from, no previous
    // employer.
    {"ko-field-group-division",
     "누리은행장에 장태경 부행장 내정…\"기업금융 강화\"\n\n(서울=뉴스1) 최하린 기자 = 누리금융지주는 자"
     "회사인 누리은행의 신임 행장에 장태경(57) 기업금융그룹 부행장을 내정했다고 4일 밝혔다.\n\n장 내정자는"
     " 1993년 누리은행에 입행해 여신심사부장과 기업금융그룹장을 거쳤다. 임기는 내년 1월 1일부터 2년이다."
     "\n\n누리금융지주 관계자는 \"기업금융 경쟁력을 끌어올릴 적임자\"라고 말했다.",
     {{"hire", "누리은행", "장태경", "", ""}},
     {{"hire", "*", "장태경", "기업금융그룹", ""}}},
    // 2. The same with another field (개인고객그룹).
    {"ko-field-group-retail",
     "한결은행장에 박민호 부행장…\"영업 현장 전문가\"\n\n(서울=연합뉴스) 이다은 기자 = 한결금융지주는 자"
     "회사인 한결은행의 신임 행장에 박민호(58) 개인고객그룹 부행장을 선임했다고 5일 밝혔다.\n\n박 행장은 "
     "1992년 한결은행에 입행해 영업본부장과 개인고객그룹장을 지냈다. 임기는 2년이다.\n\n한결금융지주 관계자"
     "는 \"영업 현장을 가장 잘 아는 인물\"이라고 말했다.",
     {{"hire", "한결은행", "박민호", "", ""}},
     {{"hire", "*", "박민호", "개인고객그룹", ""}}},
    // Control: a group of companies named by its brand (롯데그룹) stays the origin.
    {"ko-brand-group-stays",
     "한빛유통, 새 대표에 최윤호 영입\n\n유통업체 한빛유통이 외부 전문경영인을 영입했다.\n\n한빛유통은 롯데"
     "그룹 경영기획실장을 지낸 최윤호 부사장을 신임 대표이사로 영입했다고 7일 밝혔다. 최 대표는 다음 달 1일 "
     "취임한다.\n\n회사 관계자는 \"유통 전문가를 모셨다\"고 말했다.",
     {{"hire", "한빛유통", "최윤호", "Lotte Group", ""}}},
    // 3. "X 투수코치로 일하던 NAME": the club written before the post of the relative clause is the origin.
    {"ko-relative-post",
     "LG 트윈스, 코칭스태프 개편…투수코치에 정해성 선임\n\n프로야구 LG 트윈스가 다음 시즌 코칭스태프 개편"
     "을 마무리했다.\n\nLG 트윈스는 신임 투수코치에 키움 히어로즈 불펜코치로 일하던 정해성(46) 코치를 선"
     "임했다고 3일 밝혔다.\n\n구단 관계자는 \"젊은 투수들의 성장을 이끌 적임자\"라고 말했다.",
     {{"hire", "LG 트윈스", "정해성", "키움 히어로즈", ""}}},
    // 4. English: "NAME, 31, spent the past five seasons with the X": a verb of working places the person
    // "with" the
    // club as it does "at" a company.
    {"en-spent-with-the",
     "Riverton Hawks sign pitcher Sam Ortiz\n\nThe Riverton Hawks signed pitcher Sam Ortiz to a three-year deal w"
     "orth $24 million on Tuesday.\n\nOrtiz, 31, spent the past five seasons with the Seattle Mariners, going 48-"
     "30 with a 3.41 ERA.\n\nThe club did not say when he would report.",
     {{"hire", "Riverton Hawks", "Sam Ortiz", "Seattle Mariners", ""}}},
};

class EventsPrev37 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsPrev37, ReadsThePreviousEmployer) { testing_support::ExpectCase(GetParam(), "prev37-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsPrev37, testing::ValuesIn(kCases));

}  // namespace
}  // namespace hirewire::normalize
