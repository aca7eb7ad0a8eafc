// The right employer, forty-first session (branch evemp41). Own sentences (no sentence, person or invented
// organization of a test batch): a head named by a department of state works at the agency the article's
// other events name, not at the department that announces it; "as president of the government-funded X"
// reads X past its lower-case modifiers; a post at a company's unit ("한결플랫폼 영상AI연구소장") is at the
// company.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // 1. (en) The agency's head resigns; the deputy "was named acting administrator …, the Interior
    // Department
    //    said": the department announces the appointment, the agency employs the deputy.
    {"department-names-agency-head-en",
     "Head of federal water agency quits; deputy steps in\n\nThe head of the Federal Water Quality Agency, Dana "
     "Whitlow, resigned on Tuesday after a year of criticism from Congress.\n\nDeputy Administrator Samuel Ortiz "
     "was named acting administrator and took over the agency the same day, the Interior Department said.\n\nThe "
     "agency sets limits for industrial discharges.",
     {{"departure", "Federal Water Quality Agency", "Dana Whitlow", "", "left"},
      {"hire", "Federal Water Quality Agency", "Samuel Ortiz", "", ""}},
     {{"hire", "Interior Department", "Samuel Ortiz", "*", ""}}},
    // 2. (en) "as president of the government-funded Korea Institute of …": the institute past its modifier.
    {"president-of-modified-institute-en",
     "Ministry picks former shipbuilder for robotics institute\n\nThe Ministry of Science on Tuesday appointed "
     "Lee Min-ho, a former vice president at Daesan Heavy Industries, as president of the government-funded Korea "
     "Institute of Ocean Machines.\n\nLee will serve a three-year term.",
     {{"hire", "Korea Institute of Ocean Machines", "Lee Min-ho", "Daesan Heavy Industries", ""}},
     {{"hire", "Ministry of Science", "Lee Min-ho", "*", ""}}},
    // Control: a ministry's own post, with no other institution in the article, stays at the ministry.
    {"ministry-own-post-control-en",
     "Ministry names new vice minister\n\nThe Ministry of Finance on Monday named Clara Voss, a partner at "
     "Redfield Advisory, as vice minister for budget.\n\nVoss will start next week.",
     {{"hire", "Ministry of Finance", "Clara Voss", "Redfield Advisory", ""}}},
    // 3. (ko) The founders of an acquired startup take posts at the buyer's research unit, written once after
    //    the buyer's name ("한결플랫폼 영상AI연구소장") and once alone ("영상AI연구소 수석연구원"): both join
    //    the buyer.
    {"unit-of-company-ko",
     "한결플랫폼, 비전랩 인수\n\n한결플랫폼이 영상 인식 스타트업 비전랩을 인수했다고 3일 밝혔다.\n\n비전랩 창업자인 "
     "오세윤 대표는 한결플랫폼 영상AI연구소장을 맡았고, 공동창업자 배다인 CTO는 영상AI연구소 수석연구원으로 자리를 "
     "옮겼다.\n\n한결플랫폼은 이 기술을 물류 서비스에 적용할 계획이다.",
     {{"hire", "한결플랫폼", "오세윤", "*", ""}, {"hire", "한결플랫폼", "배다인", "*", ""}},
     {{"*", "영상AI연구소", "*", "*", ""}}},
};

class EventsEmp41 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsEmp41, ReadsTheEmployer) { testing_support::ExpectCase(GetParam(), "emp41-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsEmp41, testing::ValuesIn(kCases));

}  // namespace
}  // namespace hirewire::normalize
