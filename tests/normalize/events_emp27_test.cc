// Employer names, appointing bodies and verb forms (docs/events.md, twenty-seventh session, branch evemp27):
// an ordinal between an organization and its post ("국가ICT평가원 제2대 원장으로") leaves the organization
// the employer; an employer written as a descriptor the article's hirer ("joined the US firm's Singapore
// office", "the Montreal studio"); a league before a team ("K League club Busan Tigers") no employer; a
// ministry that appoints a head no second employer; a verb form after an object ("임기를 마치고") no person;
// a city after "to" no mention of the company it opens. Own paraphrases (none is a sentence of a test batch),
// each a whole article through the pipeline's steps; a case lists events (type, employer, candidate, previous
// employer) that must be read and events that must not.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    {"1. an ordinal between a name with Latin letters and the post",
     "국가ICT평가원장 취임\n\n오세훈 KAIST 전기공학과 교수가 국가ICT평가원 제2대 원장으로 7일 취임했다.\n\n오 원장은 통신 분야의 전문가다.\n",
     {{"hire", "국가ICT평가원", "오세훈", "KAIST"}},
     {{"hire", "KAIST", "오세훈", ""}}},
    {"1. an ordinal after a company named by capitals and Hangul",
     "SK브로드밴드 새 대표\n\n박준호 SK텔레콤 부사장이 SK브로드밴드 제5대 대표이사로 선임됐다.\n\n박 대표는 통신 전문가다.\n",
     {{"hire", "SK브로드밴드", "박준호", "SK Telecom"}},
     {{"hire", "SK Telecom", "박준호", ""}}},
    {"1. ORG의 제N대 원장, and the renewal stays there",
     "한빛AI연구원 원장 취임\n\n김소연 서울대 교수가 한빛AI연구원의 제3대 원장으로 취임했다.\n\n연구원은 같은 날 이태호 부원장의 연임도 확정했다.\n",
     {{"hire", "한빛AI연구원", "김소연", "Seoul National University"},
      {"hire", "한빛AI연구원", "이태호", ""}},
     {{"hire", "Seoul National University", "김소연", ""},
      {"hire", "Seoul National University", "이태호", ""}}},
    {"1. an ordinal without 제",
     "국가AI평가원장 취임\n\n최동훈 포스텍 교수가 국가AI평가원 28대 원장으로 취임했다.\n\n최 원장은 AI 안전성 평가 전문가다.\n",
     {{"hire", "국가AI평가원", "최동훈", "POSTECH"}},
     {{"hire", "POSTECH", "최동훈", ""}}},
    {"3. the US firm's office",
     "Calder & Wray adds partners in Asia\n\nCalder & Wray has hired three partners for its new "
     "Singapore office, the law firm said on Monday.\n\nNina Park, Omar Haddad and Lucy Tan "
     "joined the US firm's Singapore office from Allen & Overy this week.\n",
     {{"hire", "Calder & Wray", "Nina Park", "Allen & Overy"},
      {"hire", "Calder & Wray", "Lucy Tan", "Allen & Overy"}},
     {}},
    {"3. the Montreal studio",
     "Tidewater Games hires veterans\n\nTidewater Games said on Tuesday it has expanded its "
     "Montreal team.\n\nPaul Girard, a former Ubisoft producer, has joined the Montreal studio "
     "as creative director.\n",
     {{"hire", "Tidewater Games", "Paul Girard", "Ubisoft"}},
     {}},
    {"3. the American hedge fund's London office",
     "Brightline Capital adds trader\n\nBrightline Capital is building a credit desk in "
     "London.\n\nOliver Grant, a former Barclays trader, joined the American hedge fund's "
     "London office last month.\n",
     {{"hire", "Brightline Capital", "Oliver Grant", "Barclays"}},
     {}},
    {"3. the Swiss lender",
     "Norvale Bank expands\n\nNorvale Bank has hired a new head of wealth management.\n\nSarah "
     "Klein joined the Swiss lender from UBS, where she ran private banking for a decade.\n",
     {{"hire", "Norvale Bank", "Sarah Klein", "UBS"}},
     {}},
    {"4. K League club X",
     "Busan Tigers hire coach\n\nK League club Busan Tigers have hired Spanish coach Pablo "
     "Ortiz, the team said on Tuesday.\n\nOrtiz previously coached Real Betis.\n",
     {{"hire", "Busan Tigers", "Pablo Ortiz", "Real Betis"}},
     {{"hire", "K League", "Pablo Ortiz", ""}}},
    {"4. NBA team X",
     "Team hires coach\n\nNBA team Portland Pines hired Dave Miller as head coach on "
     "Monday.\n\nMiller was an assistant at the Boston Celtics.\n",
     {{"hire", "Portland Pines", "Dave Miller", ""}},
     {{"hire", "National Basketball Association", "Dave Miller", ""}}},
    {"5. the ministry that appoints the head",
     "한국바이오진흥원장 취임\n\n박선영 고려대 교수가 한국바이오진흥원 원장으로 2일 취임했다.\n\n산업통상자원부는 이날 박 원장을 임명했다. 박 원장은 바이오 "
     "산업 정책 전문가다.\n",
     {{"hire", "한국바이오진흥원", "박선영", "Korea University"}},
     {{"hire", "Korean Ministry of Trade, Industry and Energy", "박선영", "Korea University"}}},
    {"6. 임기를 마치고: no person",
     "한빛화학 사장단 인사\n\n한빛화학은 김도현 부사장을 사장으로 승진시켰다고 2일 밝혔다. 서정우 사장은 임기를 마치고 고문으로 물러난다.\n\n김 사장은 배터리 "
     "소재 사업을 이끌어왔다.\n",
     {{"departure", "한빛화학", "서정우", ""}},
     {{"departure", "한빛화학", "마치고", ""}}},
    {"6. 연임을 마쳤고: no person, the head leaves",
     "세광물산 인사\n\n세광물산은 정다은 상무를 전무로 승진시켰다. 이광수 부사장은 연임을 마쳤고 고문으로 물러났다.\n\n정 전무는 영업 전문가다.\n",
     {{"departure", "세광물산", "이광수", ""}},
     {{"departure", "세광물산", "마쳤고", ""}}},
    {"7. visits to Hannover is no mention of Hannover Re",
     "Hanover firm hires\n\nBlackmoor Capital hired Jonas Frey after several visits to "
     "Hannover.\n\nFrey worked at Deutsche Bank.\n\nHannover Re reported higher profit on "
     "Tuesday.\n",
     {{"hire", "Blackmoor Capital", "Jonas Frey", "Deutsche Bank"}},
     {{"hire", "Blackmoor Capital", "Jonas Frey", "Hannover Re"}}},
};

class EventsEmp27 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsEmp27, EmployerNamesAndCandidates) { testing_support::ExpectCase(GetParam(), "emp27-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsEmp27, testing::ValuesIn(kCases));

}  // namespace
}  // namespace hirewire::normalize
