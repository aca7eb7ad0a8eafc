// Previous employers the readers did not attach, thirty-eighth session (branch evorig38; docs/events.md): a
// predecessor's own move elsewhere comes from the company whose post the appointee takes ("기존 CFO였던
// NAME은 … 자리를 옮겼다", "전임 NAME 대표는 …"), a Korean post held by a copula of the past names the origin
// ("X 파트너 변호사였던 NAME"), and the members of a list share its origin (their own titles, a counted group
// of the same move). Own articles (invented people and companies, none a sentence of the regression or blind
// batches), each a whole article.
#include <gtest/gtest.h>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // 1. "기존 CFO였던 NAME 전무는 계열사인 X 감사로 자리를 옮겼다": the predecessor of the appointee of the
    // sentence before
    // leaves the appointing company, which is where they come from.
    {"ko-predecessor-copula",
     "미래손해보험 CFO에 외부 출신 한서윤 상무…재무 체질 개선\n\n미래손해보험"
     "이 최고재무책임자(CFO)를 교체했다.\n\n미래손해보험은 3일 이사회를 열고 한"
     "서윤 상무를 신임 CFO로 선임했다고 밝혔다. 한 상무는 회계법인에서 보험 감"
     "사를 맡아왔다.\n\n기존 CFO였던 조민재 전무는 계열사인 미래캐피탈 감사로 "
     "자리를 옮겼다.\n\n회사 관계자는 \"자본 규제에 대비한 인사\"라고 말했다.",
     {{"hire", "미래캐피탈", "조민재", "미래손해보험", ""}}},
    // 2. "전임 NAME 대표는 … X 상근부회장으로 자리를 옮겼다": the same with the predecessor row right before
    // the name.
    {"ko-predecessor-row",
     "동해해운, 새 대표에 현대상선 출신 남기호 부사장 선임\n\n(서울=뉴스1) 이하"
     "늘 기자 = 중견 해운사 동해해운이 신임 대표이사에 남기호 전 현대상선 부사"
     "장을 선임했다고 4일 밝혔다.\n\n전임 오태경 대표는 지난달 한국선주협회 상"
     "근부회장으로 자리를 옮겼다.\n\n동해해운은 컨테이너 운임 하락에 대응해 경"
     "영진을 정비해 왔다.",
     {{"hire", "한국선주협회", "오태경", "동해해운", ""}, {"hire", "동해해운", "남기호", "현대상선", ""}}},
    // Control: the predecessor moves inside the appointing company ("전임 센터장인 NAME 전무는 X
    // 자산관리부문장으로"):
    // no origin.
    {"ko-predecessor-inside",
     "한결증권, 리서치센터장에 최하은 선임\n\n한결증권이 리서치센터장을 교체"
     "했다.\n\n한결증권은 최하은 상무를 신임 리서치센터장으로 선임했다고 5일 "
     "밝혔다.\n\n전임 센터장인 강도윤 전무는 한결증권 자산관리부문장으로 자리"
     "를 옮긴다.",
     {{"hire", "한결증권", "강도윤", "", ""}}},
    // 3. "법무법인 X 파트너 변호사였던 NAME 씨가 임명됐다": a post held there by a copula of the past names
    // the origin.
    {"ko-past-copula-post",
     "한국물류공단 이사장에 정윤호 전 차관…상임감사엔 변호사 출신\n\n(서울=뉴"
     "스1) 박서진 기자 = 국토교통부는 한국물류공단 신임 이사장에 정윤호 전 국"
     "토교통부 2차관을 임명했다고 7일 밝혔다.\n\n같은 날 공단 상임감사에는 법무"
     "법인 한길 파트너 변호사였던 문가은 씨가 임명됐다.\n\n임기는 3년이다.",
     {{"hire", "한국물류공단", "문가은", "법무법인 한길", ""}}},
    // 4. "A 전 X 파트너를 …으로, B 전 Y 상무를 …으로, C 전 Z 디렉터를 …으로 각각 선임": a list member whose
    // move the list
    // adds keeps the origin of their own title.
    {"ko-list-member-own-title",
     "누리금융, 외부 전문가 3명 영입\n\n누리금융지주가 그룹 임원 인사를 발표했"
     "다.\n\n지주 임원 인사도 함께 발표됐다. 누리금융은 한서진 전 베인앤드컴퍼"
     "니 파트너를 디지털전략 부사장으로, 도경민 전 모건스탠리 상무를 글로벌투"
     "자 전무로, 배유나 전 카카오 데이터 디렉터를 AI혁신 전무로 각각 선임하는"
     " 등 3명을 외부에서 영입했다. 이들은 이날부터 업무를 시작했다.",
     {{"hire", "누리금융지주", "도경민", "Morgan Stanley", ""},
      {"hire", "누리금융지주", "한서진", "베인앤드컴퍼니", ""}}},
    // 5. "hired four senior engineers from X" … "A, B, C and D started at Orion": the named list is the
    // counted group and
    // shares its origin, also for members read before with none (a member's older employer told later is no
    // matter).
    {"en-list-of-counted-group",
     "Orion Robotics hires four engineers from Vela Systems\n\nOrion Robotics has hired four senior engine"
     "ers from Vela Systems, a warehouse-automation start-up, the company said on Tuesday.\n\nNina Okoro, "
     "Paul Garner, Lena Fischer and Omar Shah started at Orion this week and will work on its picking arm."
     "\n\nOkoro moved to Vela from Siemens in 2021.\n\nVela said its roadmap was unchanged.",
     {{"hire", "Orion Robotics", "Paul Garner", "Vela Systems", ""},
      {"hire", "Orion Robotics", "Lena Fischer", "Vela Systems", ""},
      {"hire", "Orion Robotics", "Omar Shah", "Vela Systems", ""}}},
};

class EventsOrig38 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsOrig38, ReadsThePreviousEmployer) { testing_support::ExpectCase(GetParam(), "orig38-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsOrig38, testing::ValuesIn(kCases));

}  // namespace
}  // namespace hirewire::normalize
