// Offers, refusals and outcomes told across sentences (docs/events.md, twenty-second session, branch
// xsent22): a candidate first written as a descriptor ("an OpenAI researcher") and named later. Own
// paraphrases (none is a sentence of a test batch), each a whole article through the pipeline's steps
// (sentence analysis, money, entities, events); a case lists events that must be read (type, employer,
// candidate, outcome) and events that must not.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;
using testing_support::PayWant;

const EventCase kCases[] = {
    // The candidate of an offer sentence written as a descriptor is the person the next sentences name.
    {"descriptor, the same noun later",
     "Apex Robotics Offered Tesla Engineer $40 Million\n\nApex Robotics offered a Tesla engineer a package worth $40 "
     "million to lead its humanoid program, but was rebuffed, people familiar with the talks said.\n\nThe engineer, "
     "Marco Diaz, who builds actuators at Tesla, turned the offer down and will stay.\n",
     {{"offer", "Apex Robotics", "Marco Diaz", "*", "declined"}},
     {{"hire", "Apex Robotics", "Marco Diaz", "*", "joined"}}},
    {"descriptor, a hiring verb before the name",
     "Goldman Banker Rejects Hedge Fund Offer\n\nA senior Goldman Sachs banker has rejected a $12 million offer from "
     "Halvorsen Partners, according to people close to the matter.\n\nHalvorsen Partners had offered Peter Lund, who co-heads "
     "Goldman's energy group, a guaranteed two-year package, the people said.\n",
     {{"offer", "Halvorsen Partners", "Peter Lund", "*", "declined"}},
     {}},
    {"descriptor, a clause between, the noun before the name",
     "Orion Labs tried to lure a DeepMind researcher last month with an offer of $20 million over four years, two "
     "people said. The researcher, Hana Sato, turned it down.\n",
     {{"offer", "Orion Labs", "Hana Sato", "*", "declined"}},
     {{"hire", "Orion Labs", "Hana Sato", "*", "joined"}}},
    {"descriptor, the noun in the name's apposition",
     "Kestrel Capital has offered a Citadel trader a $9 million package to run its oil book, but the offer was "
     "declined.\n\nLiam Ortiz, a veteran Citadel trader, told associates he had turned it down.\n",
     {{"offer", "Kestrel Capital", "Liam Ortiz", "*", "declined"}},
     {}},
    // The first person named after is no candidate unless tied to the descriptor.
    {"descriptor, an untied person after it",
     "Lumo AI hires Google engineer\n\nLumo AI hired a senior Google engineer last month to run its chip team.\n\nJane "
     "Holt, Lumo's chief executive, said the company keeps growing.\n",
     {},
     {{"hire", "Lumo AI", "Jane Holt", "*", "joined"}}},
    // A counter-offer is the current employer's: it never raises an offer to someone who works elsewhere or
    // one just turned down, whose refusal stands.
    {"counteroffer",
     "Citadel Trader Turns Down Halvorsen\n\nHalvorsen Partners offered Ben Ito, a rates trader at Citadel, a package "
     "worth $20 million, but Ito turned it down, people said.\n\nIto accepted Citadel's counteroffer of $15 million "
     "this week.\n",
     {{"offer", "Halvorsen Partners", "Ben Ito", "*", "declined"}},
     {}},
    {"counteroffer",
     "Analyst Stays at Barclays\n\nKite Capital offered Sara Lin a $9 million package to join its credit team. Lin "
     "declined the offer.\n\nShe took Barclays' counter-offer instead, a person close to her said.\n",
     {{"offer", "Kite Capital", "Sara Lin", "*", "declined"}},
     {}},
    {"counteroffer",
     "Morgan Stanley Banker Spurns Pell\n\nAna Ruiz, a Morgan Stanley banker, has rejected a $7 million offer from Pell "
     "Capital after her employer made a counteroffer, people said.\n\nRuiz will stay at Morgan Stanley.\n",
     {{"offer", "Pell Capital", "Ana Ruiz", "*", "declined"}},
     {}},
    {"counteroffer",
     "Samsung Keeps Chip Designer\n\nKim Ji-ho, a chip designer at Samsung Electronics, turned down a $4 million offer "
     "from Orbit AI after Samsung came back with a counter-offer, according to two people.\n",
     {{"offer", "Orbit AI", "Kim Ji-ho", "*", "declined"}},
     {}},
    {"counteroffer",
     "대한증권 박민수 상무, 한빛증권 제안 거절\n\n대한증권 박민수 상무는 한빛증권이 제시한 연봉 10억원의 영입 제안을 거절했다. "
     "대한증권이 곧바로 역제안을 내놨기 때문이다.\n",
     {{"offer", "한빛증권", "박민수", "*", "declined"}},
     {}},
    {"counteroffer",
     "Goldman Trader Spurns Crest\n\nDavid Moss, who runs Goldman Sachs's Asia credit desk, has spurned a $9 million "
     "offer from Crest Partners after Goldman made a counteroffer to keep him, people familiar said.\n",
     {{"offer", "Crest Partners", "David Moss", "*", "declined"}},
     {}},
    {"counteroffer",
     "Apple Keeps Designer\n\nApple designer Nina Park declined a $6 million package from Lumo AI last week after Apple "
     "presented a counter-offer, two people said.\n",
     {{"offer", "Lumo AI", "Nina Park", "*", "declined"}},
     {}},
    {"counteroffer",
     "엔씨소프트 개발자, 넥슨 제안 거절\n\n엔씨소프트 최현우 수석 개발자는 넥슨이 제시한 연봉 8억원 제안을 거절했고, 엔씨소프트는 "
     "카운터오퍼를 내놓았다.\n",
     {{"offer", "Nexon", "최현우", "*", "declined"}},
     {}},
    // A refusal in quoted speech by the candidate turns the open offer down; a negated one does not.
    {"quoted refusal",
     "대한전자 전무, 중국 업체 영입 제안 받아\n\n중국 룽신반도체는 지난달 대한전자 박성호 전무에게 연봉 20억원을 제시하며 이직을 제안했다.\n\n박 전무는 기자와 만나 \"제안이"
     " 온 것은 맞지만 바로 거절했다\"고 말했다.\n",
     {{"offer", "룽신반도체", "박성호", "*", "declined"}},
     {}},
    {"quoted refusal",
     "노바랩, 카이스트 교수에 연봉 5억원 제시\n\n인공지능 스타트업 노바랩은 카이스트 정민아 교수에게 최고기술책임자 자리와 연봉 5억원을 제시했다.\n\n정 교수는 \"좋은 조건이었"
     "지만 학교에 남고 싶어 고사했다\"고 밝혔다.\n",
     {{"offer", "노바랩", "정민아", "*", "declined"}},
     {}},
    {"quoted refusal",
     "Orbis Courts Google Engineer\n\nOrbis Robotics offered Dana Holt, a Google engineer, a package worth"
     " $5 million to lead its perception team.\n\n\"I turned it down because the work at Google matters mo"
     "re,\" Holt said in an interview.\n",
     {{"offer", "Orbis Robotics", "Dana Holt", "*", "declined"}},
     {}},
    {"quoted refusal",
     "Meta Offered Researcher $20 Million\n\nMeta Platforms offered OpenAI researcher Ian Cho a package wo"
     "rth $20 million last month, people familiar said.\n\nCho told Reuters: \"They made a generous offer "
     "and I said no.\"\n",
     {{"offer", "Meta Platforms", "Ian Cho", "*", "declined"}},
     {}},
    {"quoted refusal",
     "노바랩, 카이스트 교수에 연봉 5억원 제시\n\n인공지능 스타트업 노바랩은 카이스트 정민아 교수에게 최고기술책임자 자리와 연봉 5억원을 제시했다.\n\n정 교수는 \"아직 제안을 "
     "거절하지는 않았다\"고 밝혔다.\n",
     {{"offer", "노바랩", "정민아", "*", "offered"}},
     {{"offer", "노바랩", "정민아", "*", "declined"}}},
    // The medium a person spoke to ("X와의 통화에서") is no offerer: the refusal is the open offer's.
    {"interview outlet",
     "한빛증권, 대한증권 이 대표에 러브콜\n\n한빛증권은 대한증권 이재훈 대표에게 사장 자리와 연봉 15억원을 제안했다.\n\n이 대표는 머니투데이와 통화에서 제안을 거절했다고 전했다"
     ".\n",
     {{"offer", "한빛증권", "이재훈", "*", "declined"}},
     {{"offer", "머니투데이", "이재훈", "*", "declined"}}},
    {"interview outlet",
     "대성전자, SK하이닉스 김 부사장에 러브콜\n\n대성전자는 SK하이닉스 김태윤 부사장에게 메모리사업부장 자리와 연봉 12억원을 제시했다.\n\n김 부사장은 이데일리와의 통화에서 제"
     "안을 고사했다고 밝혔다.\n",
     {{"offer", "대성전자", "김태윤", "*", "declined"}},
     {{"offer", "이데일리", "김태윤", "*", "declined"}}},
    {"interview outlet",
     "대한전자 전무, 중국 업체 제안 거절\n\n중국 룽신반도체는 지난달 대한전자 박성호 전무에게 연봉 20억원을 제시하며 이직을 제안했다.\n\n박 전무는 매일경제와의 통화에서 이 제"
     "안을 거절했다고 밝혔다.\n",
     {{"offer", "룽신반도체", "박성호", "*", "declined"}},
     {{"offer", "매일경제", "박성호", "*", "declined"}}},
    // An offer left open: "has not decided whether to accept" is no acceptance (the outcome model read
    // the accept word), nor is the Korean "아직 … 받아들이지 않은 상태다".
    // (The outcome model read this one accepted: the accept word is the last outcome word of the event's
    // sentences, and a second offer to the same person was turned down.)
    {"pending decision",
     "Nexon Offers Blizzard Art Director $5 Million a Year\n\n(Bloomberg) -- Nexon Co. has offered Blizzar"
     "d Entertainment art director Jane Moss about $5 million a year to run a new fantasy studio, accordin"
     "g to people familiar with the matter, as the Japanese-listed publisher looks beyond mobile titles.\n"
     "\nMoss has not decided whether to accept, and negotiations are continuing, the people said. The offe"
     "r, which includes a salary and a guaranteed bonus, would make her one of the best-paid artists in ga"
     "mes.\n\nLast year Moss turned down a $4 million-a-year offer from Krafton Inc., one of the people sa"
     "id.\n\nMoss led art direction on two Blizzard franchises and joined the Irvine-based company from Ub"
     "isoft in 2014.\n",
     {{"offer", "Nexon", "Jane Moss", "*", "offered"}},
     {{"offer", "Nexon", "Jane Moss", "*", "accepted"}}},
    {"pending decision",
     "Nexon Courts Blizzard Artist\n\nNexon has offered Blizzard art director Tom Reed about $3 million a year to lead "
     "a new studio, people familiar with the matter said.\n\nReed has not decided whether to accept, and talks "
     "continue, the people said.\n",
     {{"offer", "Nexon", "Tom Reed", "*", "offered"}},
     {{"offer", "Nexon", "Tom Reed", "*", "accepted"}}},
    {"pending decision",
     "Orbis Offers Data Scientist $5 Million\n\nOrbis Labs offered Maria Santos, a data scientist at Spotify, a "
     "package of $5 million to lead its ranking team.\n\nSantos is yet to decide whether she will accept the offer, "
     "according to a person familiar with it.\n",
     {{"offer", "Orbis Labs", "Maria Santos", "*", "offered"}},
     {{"offer", "Orbis Labs", "Maria Santos", "*", "accepted"}}},
    {"pending decision",
     "한빛바이오, 항체 연구자에 역제안\n\n미국 제약사 노스파인은 최근 한빛바이오 김도윤 수석연구원에게 연봉 200만달러를 "
     "제시했다.\n\n한빛바이오는 김 수석연구원에게 연봉 10억원을 내용으로 하는 역제안을 내놓았다.\n\n김 수석연구원은 아직 어느 "
     "쪽 제안도 받아들이지 않은 상태다.\n",
     {{"offer", "한빛바이오", "김도윤", "*", "offered"}},
     {{"offer", "한빛바이오", "김도윤", "*", "accepted"}}},
    {"pending decision",
     "대성전자, 반도체 설계자 영입 추진\n\n대성전자는 삼성전자 이정훈 상무에게 부사장 자리와 연봉 15억원을 제안했다.\n\n이 "
     "상무는 아직 제안을 수락하지 않은 상태로, 이달 말 결정할 예정이다.\n",
     {{"offer", "대성전자", "이정훈", "*", "offered"}},
     {{"offer", "대성전자", "이정훈", "*", "accepted"}}},
};

class XsentEvents : public testing::TestWithParam<EventCase> {};

TEST_P(XsentEvents, ReadsTheMoveAcrossSentences) { testing_support::ExpectCase(GetParam(), "xsent-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, XsentEvents, testing::ValuesIn(kCases));

// A possessive subject of a pay phrase ("Nadir's pay package is worth …") is the payee, also after a list of
// movers and a relative clause about the person (where the last member of the list took the pay): every event
// of the payee holds the USD amount, no event of another person does.
const EventCase kPossessivePay[] = {
    {"possessive pay after a list and a relative clause",
     "Vela Labs Poaches Three Meta Researchers\n\nVela Labs has hired three researchers from Meta to work on its speech "
     "models, people familiar said.\n\nOmar Nadir, Eva Brandt and Li Wei joined Vela this month, the people said. Nadir, "
     "who ran a speech group at Meta's Paris lab, will be Vela's head of audio. Nadir's pay package is worth more than "
     "$8 million over three years, one of the people said.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kOnly, "Omar Nadir", "*", "USD", {8000000}}}},
    {"possessive compensation after a list and a relative clause",
     "Nimbus Adds Google Scientists\n\nNimbus AI has hired three Google scientists to expand its robotics group.\n\nSara "
     "Kent, Paul Ames and Rita Moreno joined Nimbus last week. Kent, who spent eight years at Google Research, becomes "
     "chief scientist. Kent's compensation is worth about $6 million over four years.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kOnly, "Sara Kent", "*", "USD", {6000000}}}},
    {"possessive pay after a list",
     "Apex AI Hires Three Google Engineers\n\nApex AI has hired Ann Cole, Ben Ortiz and Carl Dunn from Google to build "
     "its chips, people familiar said.\n\nCole's pay package is worth $12 million over three years, a person said.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kOnly, "Ann Cole", "*", "USD", {12000000}}}},
};

class XsentPay : public testing::TestWithParam<EventCase> {};

TEST_P(XsentPay, APossessivePaySubjectIsThePayee) { testing_support::ExpectCase(GetParam(), "xsent-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, XsentPay, testing::ValuesIn(kPossessivePay));

}  // namespace
}  // namespace hirewire::normalize
