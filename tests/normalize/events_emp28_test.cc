// Employer names, lists with origins and pending starts of the twenty-eighth session (docs/events.md, branch
// evemp28). Own sentences (none a sentence of a test batch), each a whole article through the pipeline's
// steps, with the previous employer and the outcome checked; the reading before the change (main bfab791) is
// in docs/events.md.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;
using testing_support::HasEvent;

const EventCase kCases[] = {
    // 1. A mention cut short ("Samsung" of "Samsung Heavy veteran") is the organization it begins.
    {"name-prefix",
     "Busan Marine names Samsung Heavy veteran Kim Do-yeon CEO\n\nBusan Marine Heavy Industries has appointed Kim Do-yeon, a former executive at Samsung Heavy Industries, as its chief executive officer, the company said Monday.\n\nKim spent 25 years at Samsung Heavy. She is expected to steer Busan Marine toward new markets.",
     {{"hire", "Busan Marine Heavy Industries", "Kim Do-yeon", "Samsung Heavy Industries", "joined"}}},
    {"name-prefix",
     "Ulsan Marine names Hyundai Heavy veteran Kim Do-yeon CEO\n\nUlsan Marine Heavy Industries has appointed Kim Do-yeon, a former executive at Hyundai Heavy Industries, as its chief executive officer, the company said Monday.\n\nKim spent 25 years at Hyundai Heavy. She is expected to steer Ulsan Marine toward new markets.",
     {{"hire", "Ulsan Marine Heavy Industries", "Kim Do-yeon", "Hyundai Heavy Industries", "joined"}}},
    {"name-prefix",
     "Mokpo Shipyard names Samsung Heavy veteran Oh Jin-su president\n\nMokpo Shipyard Heavy Industries said on Friday it had named Oh Jin-su, who ran the offshore business of Samsung Heavy Industries, as president.\n\nOh worked at Samsung Heavy for three decades.",
     {{"hire", "Mokpo Shipyard Heavy Industries", "Oh Jin-su", "Samsung Heavy Industries", "joined"}}},
    // 2. "left the fund": the one organization of that kind (by its name or its description).
    {"leave-object",
     "Hanil Bank names new chief executive\n\nHanil Bank, South Korea's fifth-largest lender, on Tuesday appointed Kim Ho-jin as its chief executive.\n\nHis predecessor, Lee Jun-seo, left the bank in March after a lending scandal.",
     {{"hire", "Hanil Bank", "Kim Ho-jin", "", ""}, {"departure", "Hanil Bank", "Lee Jun-seo", "", "left"}}},
    {"leave-object",
     "Corvid Capital names CIO\n\nCorvid Capital, a $20 billion hedge fund based in London, said on Wednesday it had hired Maria Ortiz as chief investment officer.\n\nOrtiz previously managed credit portfolios at Citadel. Her predecessor, Paul Green, left the fund in January to start his own firm.",
     {{"hire", "Corvid Capital", "Maria Ortiz", "", "joined"},
      {"departure", "Corvid Capital", "Paul Green", "", "left"}}},
    // 3. "음성AI 부문장": a common word with capitals before a unit word is a unit, not the employer.
    {"word-unit",
     "세림테크, 보안AI 스타트업 누리랩 인수\n\n세림테크가 스타트업 누리랩을 인수했다고 5일 밝혔다. 누리랩 연구원 9명은 이날부터 세림테크 보안AI 부문으로 출근했다.\n\n누리랩을 세운 김하람 대표는 세림테크 전무로 보안AI 부문장을 맡는다.",
     {{"hire", "세림테크", "김하람", "누리랩", "joined"}}},
    {"word-unit",
     "세림테크, 의료AI 스타트업 누리랩 인수\n\n세림테크가 스타트업 누리랩을 인수했다고 5일 밝혔다. 누리랩 연구원 9명은 이날부터 세림테크 의료AI 연구소로 출근했다.\n\n누리랩을 세운 김하람 대표는 세림테크 전무로 의료AI 연구소장을 맡는다.",
     {{"hire", "세림테크", "김하람", "누리랩", "joined"}}},
    {"word-unit",
     "세림테크, 금융IT 스타트업 누리랩 인수\n\n세림테크가 스타트업 누리랩을 인수했다고 5일 밝혔다. 누리랩 연구원 9명은 이날부터 세림테크 금융IT 본부로 출근했다.\n\n누리랩을 세운 김하람 대표는 세림테크 전무로 금융IT 본부장을 맡는다.",
     {{"hire", "세림테크", "김하람", "누리랩", "joined"}}},
    // 4. A ministry appointing the head (관장) of a museum: the hire is at the museum.
    {"ministry-slot",
     "국립해양박물관장에 최수민 교수\n\n해양수산부는 4일 국립해양박물관 관장에 최수민 서울대 교수를 임명했다고 밝혔다. 임기는 3년이다.",
     {{"hire", "국립해양박물관", "최수민", "Seoul National University", "joined"}}},
    {"ministry-slot",
     "국립현대미술관 새 관장\n\n문화체육관광부는 5일 국립현대미술관 신임 관장에 박지원 홍익대 교수를 임명했다.",
     {{"hire", "국립현대미술관", "박지원", "홍익대", "joined"}}},
    {"ministry-slot",
     "국립한빛박물관 관장\n\n국립한빛박물관 관장에 배성호 교수가 임명됐다.",
     {{"hire", "국립한빛박물관", "배성호", "", "joined"}}},
    // 5. "ORG에 A와 ORG2 출신 B가 합류했다": the next member's origin does not cut the list.
    {"list-origin",
     "셀바이오, 글로벌 인재 영입\n\n셀바이오에 구글 출신 김하늘 박사와 메타 출신 이준서 박사가 합류했다.",
     {{"hire", "셀바이오", "김하늘", "Google", "joined"},
      {"hire", "셀바이오", "이준서", "Meta Platforms", "joined"}}},
    {"list-origin",
     "다온로보틱스 연구진 보강\n\n다온로보틱스에 현대차 출신 최우석 연구원과 LG전자 출신 오지민 연구원이 합류했다.",
     {{"hire", "다온로보틱스", "최우석", "Hyundai Motor", "joined"},
      {"hire", "다온로보틱스", "오지민", "LG Electronics", "joined"}}},
    {"list-origin",
     "셀바이오 인재 영입\n\n셀바이오에 김하늘 박사와 메타 출신 이준서 박사가 합류했다.",
     {{"hire", "셀바이오", "김하늘", "", "joined"},
      {"hire", "셀바이오", "이준서", "Meta Platforms", "joined"}}},
    // 6. "subject to a shareholder vote" / "a vote" / "a board vote" / "the approval of": pending, accepted.
    {"pending-vote",
     "Harlow Bank CEO\n\nHarlow Bank said its board had reappointed Mia Grant as chief executive for another three-year term, subject to a shareholder vote in March.",
     {{"hire", "Harlow Bank", "Mia Grant", "", "accepted"}}},
    {"pending-vote",
     "Corin Foods CEO\n\nCorin Foods named Ada Lee chief executive, subject to a vote by shareholders at its annual meeting.",
     {{"hire", "Corin Foods", "Ada Lee", "", "accepted"}}},
    {"pending-vote",
     "Tessaly Energy chairman\n\nTessaly Energy has appointed Omar Diaz as chairman, subject to a board vote next week.",
     {{"hire", "Tessaly Energy", "Omar Diaz", "", "accepted"}}},
    {"pending-vote",
     "Pinto Air CFO\n\nPinto Air named Sam Reyes CFO, subject to the approval of regulators.",
     {{"hire", "Pinto Air", "Sam Reyes", "", "accepted"}}},
};

class EventsEmp28 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsEmp28, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "emp28-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsEmp28, testing::ValuesIn(kCases));

// What must not be read: a kind noun no organization of the article is described by ("the firm" beside
// Deloitte, in an article opening with Kirkland) names none; a person's relative clause "who left the
// startup" keeps the hire it describes; a Hangul company ending in capitals that stands before no unit word
// stays the employer.
TEST(EventsEmp28, ControlsKeepTheirReading) {
  const auto firm = testing_support::PipelineEvents(
      "Kirkland hires partners; Deloitte names UK chief\n\nKirkland & Ellis has hired three partners from Latham & "
      "Watkins.\n\nDeloitte said its UK partners had elected Fiona Carrick as the next chief executive of Deloitte UK. "
      "She will take over on June 1 from Stephen Oakes, who will leave the firm.",
      "emp28-test");
  for (const Event& e : firm) EXPECT_NE(e.previous_employer, "Kirkland & Ellis") << e.candidate;
  const auto relative = testing_support::PipelineEvents(
      "Orbis talks with Vireo collapse\n\nOrbis Systems's talks to acquire Vireo Robotics, a startup building robot "
      "software, have collapsed.\n\nSeparately, Orbis Systems has hired Vireo's former head of research, Ines Caldwell, "
      "who left the startup in May.",
      "emp28-test");
  EXPECT_TRUE(HasEvent(relative, "Orbis Systems", "Ines Caldwell"));
  const auto company = testing_support::PipelineEvents(
      "한결AI, 새 부사장 영입\n\n한결AI는 3일 네이버 출신 정다은 전무를 부사장으로 영입했다고 밝혔다.",
      "emp28-test");
  EXPECT_TRUE(HasEvent(company, "한결AI", "정다은"));
}

}  // namespace
}  // namespace hirewire::normalize
