// The employer's name as one signal (docs/events.md, twenty-third session, branch empname23): a wire
// dateline is a sentence of its own, so the lede's first name opens its sentence ("NEW YORK (AP) — Carl
// Benning, …, will retire"). Own paraphrases (none is a sentence of a test batch), each a whole article
// through the pipeline's steps (sentence analysis, money, entities, events); a case lists events that
// must be read and events that must not.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    {"dateline",
     "Bank's retail chief to retire\n\nBOSTON (AP) — Maria Lopez, who has run Kestrel Bank's retail arm "
     "since 2015, will retire at the end of June.\n",
     {{"departure", "Kestrel Bank", "Maria Lopez", "*"}},
     {}},
    {"dateline",
     "Grocer hires marketing chief\n\nOSAKA -- Hoshi Mart has hired Kenji Mori, a former Aeon executive, "
     "as chief marketing officer.\n",
     {{"hire", "Hoshi Mart", "Kenji Mori", "*"}},
     {}},
    {"dateline",
     "Steelmaker's CEO resigns\n\nSEOUL -- Kim Ji-hoon, who has led Daehan Steel for four years, has "
     "resigned, the company said.\n",
     {{"departure", "Daehan Steel", "Kim Ji-hoon", "*"}},
     {}},
    {"dateline",
     "Buyout firm names managing partner\n\nWASHINGTON (AP) — Greenleaf Partners on Monday named Anna "
     "Kowalski, a former partner at Bain Capital, as its managing partner.\n",
     {{"hire", "Greenleaf Partners", "Anna Kowalski", "*"}},
     {}},
    {"dateline",
     "Finance chief steps down\n\nLONDON, May 2 -- Tom Baker, who joined Talbot Foods as chief financial "
     "officer in 2019, will step down in September, the grocer said on Friday.\n",
     {{"departure", "Talbot Foods", "Tom Baker", "*"}},
     {}},
    {"dateline",
     "Retailer poaches designer\n\nMILAN (Reuters) - Casa Verde has hired Giulia Rossi, a former Prada "
     "designer, to lead its menswear line.\n",
     {{"hire", "Casa Verde", "Giulia Rossi", "*"}},
     {}},
    {"dateline",
     "Coach to leave after season\n\nCHICAGO (AP) — Dana White, who has coached the Chicago Fire since "
     "2020, will step down after the season.\n",
     {{"departure", "Chicago Fire", "Dana White", "*"}},
     {}},
    {"dateline",
     "Chain hires digital head\n\nTOKYO -- Mirai Foods has hired Sato Ren, a former Rakuten executive, "
     "as chief digital officer.\n",
     {{"hire", "Mirai Foods", "Sato Ren", "*"}},
     {}},
    {"dateline",
     "Anchor signs off\n\nATLANTA (AP) — Jim Carter, the longtime anchor of WSB's morning show, will "
     "retire next month.\n",
     {{"departure", "WSB", "Jim Carter", "*"}},
     {}},
    {"unknown subject",
     "Drugmaker names finance chief\n\nVantis Quill on Monday named former Pfizer executive Dana Kim as "
     "chief financial officer.\n",
     {{"hire", "Vantis Quill", "Dana Kim", "*"}},
     {{"hire", "Pfizer", "Dana Kim", "*"}}},
    {"unknown subject",
     "Lender picks finance chief\n\nCorvel Arc has hired veteran banker Tom Reyes as its finance chief, "
     "the company said.\n",
     {{"hire", "Corvel Arc", "Tom Reyes", "*"}},
     {}},
    {"unknown subject",
     "E-bike motor maker gets new CEO\n\nNexa Drift, the Swedish maker of e-bike motors, on Thursday "
     "appointed former Bosch manager Lena Berg as chief executive.\n",
     {{"hire", "Nexa Drift", "Lena Berg", "*"}},
     {{"hire", "Bosch", "Lena Berg", "*"}}},
    {"unknown subject",
     "Startup hires Google engineer\n\nBrightwater Sol has tapped ex-Google engineer Omar Haddad to run "
     "its AI group.\n",
     {{"hire", "Brightwater Sol", "Omar Haddad", "*"}},
     {{"hire", "Google", "Omar Haddad", "*"}}},
    {"unknown subject",
     "Parts maker names CEO\n\nHalden Ridge this week named former Airbus executive Marc Dubois as its "
     "new chief executive.\n",
     {{"hire", "Halden Ridge", "Marc Dubois", "*"}},
     {}},
    {"person subject",
     "Chief of staff named\n\nGreg Sato has hired former Intel engineer John Park as his chief of "
     "staff.\n",
     {},
     {{"hire", "Greg Sato", "John Park", "*"}}},
    {"person subject",
     "Scout hired\n\nMoreno, the team's general manager, on Monday hired veteran scout John Park.\n",
     {},
     {{"hire", "Moreno", "John Park", "*"}}},
    {"latin hangul subject",
     "QX리테일 새 대표 내정\n\nQX리테일은 24일 이사회를 열고 박정우 전 이마트 상무를 신임 대표이사로 내정했다고 밝혔다.\n",
     {{"hire", "QX리테일", "박정우", "*"}},
     {{"hire", "Emart", "박정우", "*"}, {"hire", "이마트", "박정우", "*"}}},
    {"latin hangul subject",
     "현대차 상무 영입\n\nHD모빌리티가 김서연 전 현대차 상무를 최고운영책임자로 영입했다.\n",
     {{"hire", "HD모빌리티", "김서연", "*"}},
     {}},
    {"latin hangul subject",
     "신임 대표 선임\n\nJB헬스케어는 3일 이지훈 전 셀트리온 전무를 신임 대표로 선임했다고 밝혔다.\n",
     {{"hire", "JB헬스케어", "이지훈", "*"}},
     {}},
    {"latin hangul subject",
     "사장 발탁\n\nNK모빌리티가 최민호 전 한화솔루션 부사장을 사장으로 발탁했다.\n",
     {{"hire", "NK모빌리티", "최민호", "*"}},
     {}},
    {"latin hangul subject",
     "신임 CEO 내정\n\nSJ솔루션이 오세훈 전 카카오 부사장을 신임 최고경영자로 내정했다.\n",
     {{"hire", "SJ솔루션", "오세훈", "*"}},
     {}},
};

class EventsEmployerName : public testing::TestWithParam<EventCase> {};

TEST_P(EventsEmployerName, TheEmployerIsTheWholeWrittenName) {
  testing_support::ExpectCase(GetParam(), "employer-name-test");
}

INSTANTIATE_TEST_SUITE_P(Cases, EventsEmployerName, testing::ValuesIn(kCases));

}  // namespace
}  // namespace hirewire::normalize
