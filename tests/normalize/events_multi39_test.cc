// Several offers to one person, declined offers and failed bids (thirty-ninth session, branch evmulti39;
// docs/events.md): a counted team that was the aim of a bid the article says failed is a failed acquisition
// attempt (English fail rows "abandoned talks", "talks broke down", "collapses"; events/failed_takeovers.cc),
// not when the team's own sentence tells a hire or the purchase done; an approach turned down later in its
// sentence is an offer, declined; an organization that only titles a person ("BMW designer NAME") beside
// another organization acting in the clause is the person's origin, not the offerer. Own articles (invented
// people and companies, none a sentence of the regression or blind batches), each a whole article, with
// controls.
#include <gtest/gtest.h>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // 1. English: talks to buy a start-up abandoned, the deal aimed at its counted research team: a failed
    // attempt.
    {"en-abandoned-talks-team",
     "Orvane Systems abandons bid for robotics startup Talvik\n\nIndustrial software group Orvane Systems has "
     "abandoned talks to buy Talvik Robotics, a deal meant mainly to bring the startup's 35-person research team "
     "in-house, people familiar with the matter said.\n\nOrvane had offered about $300 million for Talvik, the "
     "people said.\n\nTalvik's chief executive said the company would stay independent.",
     {{"acquisition_attempt", "Orvane Systems", "*", "Talvik Robotics", "failed"}},
     {{"*", "Orvane Systems", "*", "*", "offered"}}},
    // 2. English: the talks broke down in a later sentence of the paragraph that told the team as the aim.
    {"en-talks-broke-down-team",
     "Orvane Systems drops Talvik deal\n\nOrvane Systems tried to buy Talvik Robotics and absorb its 35-person "
     "research team this spring. The talks broke down in July over price, the people said.\n\nTalvik later raised "
     "money from venture investors.",
     {{"acquisition_attempt", "Orvane Systems", "*", "Talvik Robotics", "failed"}}},
    // Control: the purchase made, the team brought in: no failed attempt.
    {"en-bought-team-control",
     "Orvane Systems buys robotics startup Talvik\n\nOrvane Systems has acquired Talvik Robotics, bringing its "
     "35-person research team into its automation group, the company said on Monday.\n\nA rival's talks to buy "
     "Talvik collapsed last year.",
     {},
     {{"acquisition_attempt", "*", "*", "*", "failed"}}},
    // 3. Korean: "ORG의 TARGET 인수가 무산됐다", the team the aim in the next paragraph: a failed attempt.
    {"ko-failed-bid-team",
     "한결소프트, 보이스엠 인수 무산\n\n검색 업체 한결소프트의 음성 AI 스타트업 보이스엠 인수가 무산됐다.\n\n업계에 "
     "따르면 한결소프트는 보이스엠의 음성합성 연구인력 15명을 확보하기 위해 지난 6월부터 인수 협상을 벌여 왔으나 "
     "기업가치를 두고 이견을 좁히지 못했다.\n\n보이스엠은 독자 생존을 택했다.",
     {{"acquisition_attempt", "한결소프트", "*", "보이스엠", "failed"}},
     {{"*", "한결소프트", "*", "*", "offered"}}},
    // Control: the team hired in place of the failed purchase stays a hire.
    {"ko-hired-instead-control",
     "한결소프트, 보이스엠 인수 무산\n\n검색 업체 한결소프트의 음성 AI 스타트업 보이스엠 인수가 무산됐다.\n\n"
     "한결소프트는 인수 대신 보이스엠 출신 연구원 6명을 개별 채용했다.",
     {},
     {{"acquisition_attempt", "*", "*", "*", "failed"}}},
    // 4. English: "ORG had also approached NAME …, but she declined the offer": an offer, declined.
    {"en-approach-declined",
     "Harlan Foods names Mia Stone CFO\n\nHarlan Foods said on Monday it had named Mia Stone, its treasurer, as chief "
     "financial officer.\n\nHarlan Foods had also approached Kessler Mills executive Dana Pruitt for the post, but she "
     "declined the offer, two people familiar with the search said.",
     {{"offer", "Harlan Foods", "Dana Pruitt", "Kessler Mills", "declined"},
      {"hire", "Harlan Foods", "Mia Stone", "", ""}}},
    // Control: an approach nobody answers is no event.
    {"en-approach-control",
     "Harlan Foods names Mia Stone CFO\n\nHarlan Foods said on Monday it had named Mia Stone, its treasurer, as chief "
     "financial officer.\n\nHarlan Foods had also approached Kessler Mills executive Dana Pruitt for the post, two "
     "people familiar with the search said.",
     {{"hire", "Harlan Foods", "Mia Stone", "", ""}},
     {},
     {},
     {"Dana Pruitt"}},
    // 5. Korean: an approach turned down in the next clause of the sentence: an offer, declined.
    {"ko-approach-declined",
     "한빛식품, 새 CFO에 오민지 상무\n\n한빛식품은 최고재무책임자(CFO)에 오민지 상무를 선임했다고 3일 밝혔다.\n\n"
     "한빛식품은 앞서 대성제분 박소연 전무에게도 영입을 타진했지만, 박 전무는 이를 거절했다.",
     {{"offer", "한빛식품", "박소연", "대성제분", "declined"}}},
    // 6. English: "ORG1 TITLE NAME accepts ORG2 offer" over a body that tells the acceptance again: ORG1
    // titles the
    // person (the origin), ORG2 offers.
    {"en-titled-origin",
     "Vexa Automotive designer Tom Rudd accepts Lumora Motors offer to lead design\n\nFormer Vexa Automotive design "
     "chief Tom Rudd has accepted an offer from Lumora Motors to become head of design at the carmaker, the company "
     "said on Thursday.\n\nThe offer includes an annual salary of $1.5 million plus a bonus, according to two people "
     "familiar with the terms. Rudd is expected to start in June after his non-compete period ends.",
     {{"offer", "Lumora Motors", "Tom Rudd", "Vexa Automotive", "accepted"}},
     {},
     {"Vexa Automotive"}},
    // Control: an executive title ("chief executive") makes its person speak for the organization, which
    // still acts.
    {"en-executive-title-control",
     "Lumora Motors hires Vexa Automotive designer\n\nLumora Motors chief executive Ann Boyd said on Monday the "
     "company had hired Vexa Automotive designer Tom Rudd to lead its design studio.",
     {{"hire", "Lumora Motors", "Tom Rudd", "Vexa Automotive", "joined"}},
     {},
     {"Vexa Automotive"}},
};

class EventsMulti39 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsMulti39, ReadsTheOffersAndBids) { testing_support::ExpectCase(GetParam(), "multi39-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsMulti39, testing::ValuesIn(kCases));

}  // namespace
}  // namespace hirewire::normalize
