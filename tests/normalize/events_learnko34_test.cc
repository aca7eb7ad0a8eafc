// Korean false candidates and departures (thirty-fourth session, branch learnko34; docs/events.md): a
// positional noun before a lone surname ("후보 가운데 안 원장을") and a verb form shaped like a name ("임기를
// 1년 남기고 고문으로": 남기다) are no persons; a deciding body (frames.tsv kind=body: 임원추천위원회,
// 총장추천위원회) that recommends the person employs no one when the article hires the person at the
// institution; a display maker's name (ko_company_suffix 디스플레이) is a company, so the departure of the
// person who led it is there and not at the company of the sentence before. Own sentences (none a sentence of
// a test batch), each a whole article through the pipeline's steps; the reading before the change (main
// 589c40f2) is in the comment of each case.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // 1. A ministry appoints one of the candidates a committee recommended: no person "가운데 하", no hire at
    // the
    // committee (before: a hire 임원추천위원회 <- 가운데 하).
    {"among-then-surname",
     "서남환경공단 이사장에 하태민 전 환경부 실장 취임\n\n"
     "서남환경공단은 제4대 이사장에 하태민 전 환경부 기후정책실장이 임명돼 3일 취임식을 열었다고 밝혔다.\n\n"
     "환경부 장관은 임원추천위원회가 추천한 후보 4명 가운데 하 이사장을 임명했다.\n\n"
     "하 이사장은 취임사에서 \"현장 중심 경영을 펼치겠다\"고 말했다.",
     {{"hire", "서남환경공단", "하태민", "*", ""}},
     {},
     {"임원추천위원회"},
     {"가운데*"}},
    // 2. A board chooses among the candidates of a presidential search committee (before: a hire at
    // 총장추천위원회).
    {"search-committee-no-employer",
     "남해대 새 총장에 윤서경 교수 선임\n\n"
     "남해대학교는 윤서경 공과대학 교수를 제9대 총장으로 선임했다고 5일 밝혔다.\n\n"
     "이사회는 교수와 학생 대표가 참여한 총장추천위원회가 추천한 후보 3명 가운데 윤 교수를 최종 선임했다.\n\n"
     "윤 총장의 임기는 4년이다.",
     {{"hire", "남해대학교", "윤서경", "*", ""}},
     {},
     {"총장추천위원회"},
     {"가운데*"}},
    // 3. "임기를 1년 남기고 고문으로 물러났다": 남기고 is a verb form (남기다), no person titled 고문
    // (before: a departure
    // of 남기고).
    {"verb-form-before-title",
     "대양그룹 사장단 인사\n\n"
     "대양그룹은 2일 계열사 사장단 인사를 단행했다.\n\n"
     "대양건설 대표에는 문재원 부사장이 승진 선임됐다.\n\n"
     "대양카드 오세훈 사장은 임기를 1년 남기고 고문으로 물러났다.",
     {{"departure", "대양카드", "오세훈", "", "left"}},
     {},
     {},
     {"남기고"}},
    // 4. Control: a name that starts like the verb (남기현: 현 is no connective ending) stays a person
    // (unchanged).
    {"name-like-verb-stem-kept",
     "서해증권, 리서치센터장에 남기현 전무 영입\n\n"
     "서해증권은 남기현 전 동진증권 전무를 리서치센터장으로 영입했다고 4일 밝혔다.\n\n"
     "남 센터장은 다음 달 1일부터 출근한다.",
     {{"hire", "서해증권", "남기현", "동진증권", ""}}},
    // 5. Control: a foreign given name before a lone surname (앤드루 황) is still a person with a title
    // (unchanged).
    {"foreign-given-name-then-surname",
     "누리바이오, 최고재무책임자에 앤드루 황 전무 영입\n\n"
     "누리바이오는 JP모건 출신 앤드루 황 전무를 최고재무책임자(CFO)로 영입했다고 6일 밝혔다.\n\n"
     "황 전무는 다음 달부터 출근한다.",
     {{"hire", "누리바이오", "앤드루 황", "*", ""}}},
    // 6. The person who led a display maker leaves: the departure is there, not at the chemical company of
    // the
    // sentence before (before: 한빛화학, the display maker not read as a company).
    {"departure-at-own-display-maker",
     "한빛그룹, 2027년 사장단 인사\n\n"
     "한빛그룹이 28일 정기 사장단 인사를 단행했다.\n\n"
     "한빛화학 신임 대표에는 정유진 한빛전자 부사장이 내정됐다.\n\n"
     "한빛디스플레이를 5년간 이끌어 온 강민호 사장은 후배들에게 길을 열어주기 위해 물러났다.",
     {{"departure", "한빛디스플레이", "강민호", "", "left"}},
     {{"departure", "한빛화학", "강민호", "*", ""}}},
};

class EventsLearnKo34 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsLearnKo34, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "learnko34-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsLearnKo34, testing::ValuesIn(kCases));

}  // namespace
}  // namespace hirewire::normalize
