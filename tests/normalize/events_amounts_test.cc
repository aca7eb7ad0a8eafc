// Which event an amount goes to (normalize/events.cc with normalize/amount_roles.h), through the
// real stages (text -> article -> analysis -> money -> conversion -> entities -> events; pipeline_events.h)
// on short articles in the shapes of the gold sets: money that is no pay stays out of offers, a company's
// price goes to the acquisition attempt, pay in a clause without a hiring cue continues the event it refers
// to, a counter-offer's amount goes to the current employer's event, and pay that no clause attached goes to
// the person the text follows there (AttachStrayPay). Each row is a whole article of the shared case table
// (event_case_table.h) with the pay its events must hold (CasePay).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;
using testing_support::PayWant;

constexpr const char* kSource = "amounts-test.txt";

class EventAmounts : public testing::TestWithParam<EventCase> {};

TEST_P(EventAmounts, AmountsGoToTheRightEvent) { testing_support::ExpectCase(GetParam(), kSource); }

const EventCase kRightEvent[] = {
    {"funding is no pay",
     "Riot veteran Trevor Nakamura leaves to start a studio\n\n"
     "Trevor Nakamura, the game director who led design on Valorant, has left Riot Games to join Second "
     "Wind Games, a studio which has raised $18 million in seed funding, the company said.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kExactly, "Trevor Nakamura", "Second Wind Games", "USD", {}},
      {PayWant::kNowhere, "*", "*", "USD", {18000000}}}},
    {"the price of a company goes to the acquisition attempt",
     "Microsoft hires Helix co-founder after talks collapse\n\n"
     "Microsoft has walked away from talks to acquire Helix Reasoning, a two-year-old AI startup, after the "
     "two sides failed to agree on price, and has instead hired the startup's co-founder, Arjun Mehta.\n\n"
     "Microsoft offered roughly $6 billion for Helix earlier this fall, according to two people with direct "
     "knowledge of the talks.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kExactly, "Helix Reasoning", "Microsoft", "USD", {6000000000}}}},
    {"pay without a hiring cue continues the named person's event",
     "Coupang hires Amazon logistics executive\n\n"
     "Rachel Dunmore, who was vice president of North American sortation at Amazon, joined Coupang as chief "
     "fulfillment officer this week, the company said.\n\n"
     "Coupang will pay Dunmore 3.5 billion won ($2.6 million) a year in base salary, along with stock "
     "awards, according to a regulatory filing.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kExactly, "Rachel Dunmore", "Coupang", "USD", {2600000}}}},
    {"a counter-offer's amount is the current employer's",
     "Nvidia researcher spurns xAI offer\n\n"
     "Lukas Brenner, a principal research scientist at Nvidia, has turned down an offer from xAI worth about "
     "$40 million over four years after Nvidia countered with a retention grant of restricted stock valued "
     "at $25 million, according to two people familiar with the matter.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kExactly, "Lukas Brenner", "xAI", "USD", {40000000}}}},
    {"pay offered before the person is named waits for the person's event",
     "Moderna poaches AstraZeneca oncology chief\n\n"
     "Moderna Inc. has hired AstraZeneca's head of late-stage oncology development to lead its cancer vaccine "
     "programme, offering a pay package worth more than $13 million, the company said.\n\n"
     "Helen Achebe will join Moderna as chief medical officer on March 2, the company said in a filing.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kExactly, "Helen Achebe", "Moderna", "USD", {13000000}}}},
    {"a counter-offer in a clause of its own",
     "Goldman loses bid to lure JPMorgan banker\n\n"
     "Goldman Sachs tried to poach Caroline Ames, JPMorgan's co-head of health-care banking, with a package "
     "that included $12 million of guaranteed pay, according to people with knowledge of the matter.\n\n"
     "Ames had agreed to the move in early November, but JPMorgan responded with a retention award worth "
     "about $10 million, the people said. She accepted the counteroffer and is staying at JPMorgan.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kExactly, "Caroline Ames", "JPMorgan Chase", "USD", {10000000}}}},
    {"pay stated paragraphs later goes to the person the text follows",
     "Marlin University names Stanford dean as president\n\n"
     "Marlin University's trustees on Tuesday named Grace Okonjo, dean of engineering at Stanford University, as "
     "the school's next president, effective Aug. 1.\n\n"
     "Okonjo, 54, taught at Duke for a decade before moving west. Her contract carries a base salary of $880,000 "
     "a year, according to the board.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kExactly, "Grace Okonjo", "Marlin University", "USD", {880000}}}},
    {"pay in a sentence naming another organization is not the followed event's",
     "Tesla keeps battery chief after counteroffer\n\n"
     "Maya Lindqvist, Tesla's head of cell design, will stay at Tesla rather than join Rivian after Tesla made a counteroffer, "
     "people familiar with the matter said.\n\n"
     "Rivian's package had included a $2 million annual salary, the people said.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kExactly, "Maya Lindqvist", "Tesla", "USD", {}},
      {PayWant::kNowhere, "*", "*", "USD", {2000000}}}},
    {"a per-person amount is every listed person's (the first of the list)",
     "Orbis Labs hires three from Quarnby\n\n"
     "Orbis Labs has hired three engineers from Quarnby Systems — Tomas Velde, Anika Rao and Luca Brandt — "
     "giving each a pay package worth about $12 million over four years, the company said.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kExactly, "Tomas Velde", "Orbis Labs", "USD", {12000000}}}},
    {"a per-person amount is every listed person's (the middle one)",
     "Orbis Labs hires three from Quarnby\n\n"
     "Orbis Labs has hired three engineers from Quarnby Systems — Tomas Velde, Anika Rao and Luca Brandt — "
     "giving each a pay package worth about $12 million over four years, the company said.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kExactly, "Anika Rao", "Orbis Labs", "USD", {12000000}}}},
    {"without a per-person word the amount stays with the nearest person",
     "Orbis Labs hires two from Quarnby\n\n"
     "Orbis Labs has hired Tomas Velde and, in a separate deal, Luca Brandt, who was given a pay package worth "
     "about $12 million over four years, the company said.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kExactly, "Tomas Velde", "Orbis Labs", "USD", {}}}},
};

INSTANTIATE_TEST_SUITE_P(RightEvent, EventAmounts, testing::ValuesIn(kRightEvent));

// The organization that offers an amount takes it, not the employer the person stays with; pay in a sentence
// naming no organization, of a person with two events, goes to the event at the organization the paragraph's
// earlier sentence opened with (the counter-offer's).
const EventCase kOfferer[] = {
    {"the offering organization takes its amount",
     "Anthropic researcher turns down Vertex offer\n\n"
     "Vertex AI offered a package worth about $90 million over four years to Anthropic researcher Tomas "
     "Lindgren, who turned it down and agreed to stay at Anthropic, according to people familiar with the "
     "matter.\n",
     {},
     {{"*", "Anthropic", "Tomas Lindgren", "*"}},
     {},
     {},
     {},
     -1,
     {{PayWant::kExactly, "Tomas Lindgren", "Vertex AI", "USD", {90000000}}}},
    {"stray pay of two events goes to the paragraph's topic",
     "카카오, 오픈AI 제안 받은 연구원 붙잡아\n\n"
     "9일 업계에 따르면 카카오브레인의 김도현 리더는 지난달 오픈AI로부터 4년간 1000만 달러 규모의 보상 패키지를 "
     "제안받았다.\n\n"
     "카카오는 곧바로 역제안에 나섰다. 연봉을 두 배 가까이 올리고 20억원 상당의 주식을 추가로 부여하는 "
     "조건이었다. 김 리더는 카카오의 역제안을 받아들였고, 오픈AI의 제안은 거절했다.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kExactly, "김도현", "Kakao", "KRW", {2000000000}},
      {PayWant::kExactly, "김도현", "OpenAI", "USD", {10000000}}}},
    // Korean counter-offers: the current employer raising the pay in a clause of its own, marked by the stay
    // that follows (잔류) or by the person's pay in the possessive (강 상무의 연봉); the rival's amount goes
    // to the person it is offered to (…에게), not to a word the recognizer took for a name.
    {"a Korean counter-offer marked by the stay",
     "삼성바이오로직스, 셀트리온 임원 영입 불발\n\n"
     "삼성바이오로직스는 최근 강민철 셀트리온 개발본부장(상무)에게 연구총괄 부사장 자리를 제안했다. 제시 조건은 "
     "연봉 15억원이었다.\n\n"
     "강 본부장은 그러나 제안을 고사했다. 셀트리온이 연봉을 9억원 수준으로 올리고 전무 승진을 약속하자 잔류를 "
     "택했다.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kExactly, "강민철", "Samsung Biologics", "KRW", {1500000000}},
      {PayWant::kExactly, "강민철", "Celltrion", "KRW", {900000000}}}},
    {"a Korean counter-offer marked by the possessive pay",
     "삼성바이오로직스, 한미약품 연구소장 영입 무산\n\n"
     "삼성바이오로직스는 올해 한미약품 연구소를 이끄는 강민철(49) 상무에게 신설 예정인 연구본부장 자리와 함께 "
     "연봉 15억원을 제시했다.\n\n"
     "강 상무는 지난주 고사 의사를 전달했다. 한미약품은 이 과정에서 강 상무의 연봉을 9억원으로 올리고 잔류를 "
     "설득했고, 강 상무가 이를 받아들였다.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kExactly, "강민철", "Samsung Biologics", "KRW", {1500000000}},
      {PayWant::kExactly, "강민철", "Hanmi Pharmaceutical", "KRW", {900000000}}}},
    // "한예린 수석연구원에게": the title compound after the name is her title, so the offer and the pay
    // clause after it are hers.
    {"a Korean pay clause continues the event of the previous sentence",
     "카카오, 구글 딥마인드 출신 AI 연구자 영입\n\n"
     "카카오가 구글 딥마인드의 한예린 수석연구원에게 최고AI책임자 자리를 제안했다. 연봉 150만 달러(약 20억원)에 "
     "주식보상이 더해진 패키지로, 국내 IT 업계 최고 수준이다.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kExactly, "한예린", "Kakao", "USD", {1500000}}}},
    // Pay in the next sentence with the person's possessive as subject ("Benton's deal is worth $3 million a
    // year").
    {"pay after the name: a possessive subject",
     "Northwind Radio signs WFM News host\n\n"
     "Northwind Radio has signed Carl Benton away from WFM News to host its morning show. Benton's deal is "
     "worth $3 million a year, according to people familiar with the terms.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kExactly, "Carl Benton", "Northwind Radio", "USD", {3000000}}}},
    // An amount the lead offers before the person is named goes to the person named next: a sentence with an
    // offer cue ("An offer of about …") or one naming the employer, and one offered to a Korean researcher
    // described, not named ("…에서 일하는 한국인 AI 연구자에게").
    {"lead pay goes to the person named next",
     "Battery maker lures veteran engineer\n\n"
     "SEOUL (Bloomberg) -- An offer of about $4 million over three years persuaded one of Japan's most "
     "experienced battery engineers to switch sides, people familiar with the matter said.\n\n"
     "Samsung SDI has hired Kenji Morita, a former Panasonic executive, as head of its cell research center, "
     "the people said.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kExactly, "Kenji Morita", "Samsung SDI", "USD", {4000000}}}},
    {"lead pay goes to the person named next",
     "메타, 한국인 AI 연구자에 \"최대 5억 달러\" 제시\n\n"
     "미국 메타가 구글 딥마인드에서 일하는 한국인 인공지능(AI) 연구자에게 4년간 최대 5억 달러에 이르는 보상 "
     "패키지를 제시한 것으로 전해졌다.\n\n"
     "업계에 따르면 메타는 최근 구글 딥마인드의 김하준 수석 연구과학자에게 초지능 연구 조직 합류를 제안했다.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kExactly, "김하준", "Meta Platforms", "USD", {500000000}}}},
    {"embezzled money is no offer",
     "한성은행 박상철 행장 퇴임\n\n"
     "지난 2년간 은행을 이끈 박상철 행장은 이날 임기 만료로 퇴임했다. 박 행장은 지난해 한 지점에서 불거진 "
     "400억원대 횡령 사고에 대한 관리 책임 논란 탓에 연임에 실패했다는 평가가 나온다.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kNowhere, "*", "*", "KRW", {40000000000}}}},
};

INSTANTIATE_TEST_SUITE_P(Offerer, EventAmounts, testing::ValuesIn(kOfferer));

// A counter-offer accepted at the current employer: its amount and the accepted outcome are the current
// employer's, the rival's offer is declined.
TEST(EventAmountsOwn, CounterOfferAcceptedAtTheCurrentEmployer) {
  const EventCase c{
      "a counter-offer accepted at the current employer",
      "Google keeps researcher with retention package\n\n"
      "OpenAI offered Sofia Reyes, a research scientist at Google, a package worth about $40 million over "
      "four years in late October, these people said. Google responded with a retention package of "
      "roughly $55 million in restricted stock, and Reyes accepted it last week, turning down OpenAI.\n",
      {},
      {},
      {},
      {},
      {},
      -1,
      {{PayWant::kExactly, "Sofia Reyes", "OpenAI", "USD", {40000000}},
       {PayWant::kExactly, "Sofia Reyes", "Google", "USD", {55000000}}}};
  for (const Event& e : testing_support::ExpectCase(c, kSource)) {
    if (e.candidate != "Sofia Reyes") continue;
    EXPECT_EQ(OutcomeName(e.outcome), e.employer == "Google" ? "accepted" : "declined") << e.employer;
  }
}

// Pay offered before the person is named waits for the offering organization's event (the subject of
// "offered" across an apposition, not the organization that describes the researcher), and a first-year part
// stated later in a sentence of its own is that offer's first-year part.
TEST(EventAmountsOwn, HeldPayGoesToTheOfferingOrganizationWithItsFirstYearPart) {
  const EventCase c{
      "held pay with its first-year part",
      "Start-up fails to lure DeepMind researcher\n\n"
      "Halcyon Labs, the robotics start-up backed by a group of Japanese investors, offered a Google "
      "DeepMind researcher a pay package worth as much as $120 million over four years, according to "
      "people familiar with the matter.\n\n"
      "The offer to Priya Raman, who leads a robotics team at Google DeepMind, included about $40 million "
      "in the first year, the people said. Raman declined the offer last week.\n\n"
      "Halcyon had pitched Raman on running its research group, the people said.\n",
      {},
      {},
      {},
      {},
      {},
      -1,
      {{PayWant::kExactly, "Priya Raman", "Halcyon Labs", "USD", {120000000}}}};
  for (const Event& e : testing_support::ExpectCase(c, kSource))
    if (e.candidate == "Priya Raman" && e.employer == "Halcyon Labs") {
      ASSERT_EQ(e.offers.size(), 1u);
      EXPECT_EQ(e.offers[0].first_year_usd, "40000000");
    }
}

// Pay in a relative clause of the appointment ("…, who will start on Jan. 12 and earn $310,000 a year") is
// the one offer of every event of the person.
TEST(EventAmountsOwn, PayInARelativeClauseGoesToThePersonsMove) {
  const EventCase c{
      "pay after the name: a relative clause",
      "Harbor transit board names Ohio official as director\n\n"
      "COLUMBUS (AP) — The Lakeshore Transit Authority on Tuesday named Monica Prentiss, a deputy director "
      "at the Ohio Department of Transportation, as its next executive director.\n\n"
      "The authority's board voted to appoint Prentiss, who will start on Jan. 12 and earn $310,000 a "
      "year.\n",
      {{"*", "*", "Monica Prentiss", "*"}}};
  for (const Event& e : testing_support::ExpectCase(c, kSource))
    if (e.candidate == "Monica Prentiss") {
      ASSERT_EQ(e.offers.size(), 1u);
      EXPECT_EQ(e.offers[0].usd, "310000");
    }
}

// The market's going rate in a lead with neither an offer cue nor the employer ("인재 쟁탈전이 연봉
// 20억원대로 번지고 있다") goes to no one.
TEST(EventAmountsOwn, TheMarketsGoingRateIsNoOnesPay) {
  const EventCase c{"the market's going rate",
                    "AI 인재 쟁탈전 격화\n\n"
                    "국내 빅테크 간 인공지능(AI) 인재 쟁탈전이 연봉 20억원대로 번지고 있다.\n\n"
                    "2일 업계에 따르면 네이버는 최근 카카오 출신 박지훈 연구원을 영입했다.\n",
                    {}};
  for (const Event& e : testing_support::ExpectCase(c, kSource)) EXPECT_TRUE(e.offers.empty()) << e.candidate;
}

// A figure the headline and the body both state is one offer; an accepted offer whose start waits ("will not
// start … until") stays a move, not deleted by the negation.
TEST(EventAmountsOwn, RepeatedFigureIsOneOfferAndALaterStartStaysAMove) {
  const EventCase c{
      "a repeated figure, a later start",
      "Harbor Point Capital lures Larkspur trader Sato with $30mn guarantee\n\n"
      "Harbor Point Capital has hired Kenji Sato, one of Larkspur Partners' top portfolio managers, "
      "offering him a guaranteed payout of $30mn over two years, according to people familiar with the "
      "matter.\n\n"
      "Sato has accepted the offer but will not start at Harbor Point until next autumn because of a "
      "non-compete period, the people said.\n",
      {}};
  int found = 0;
  for (const Event& e : testing_support::ExpectCase(c, kSource)) {
    if (e.candidate != "Kenji Sato" || e.employer != "Harbor Point Capital") continue;
    ++found;
    EXPECT_TRUE(e.outcome == Outcome::kAccepted || e.outcome == Outcome::kJoined);
    EXPECT_EQ(e.offers.size(), 1u);
  }
  EXPECT_EQ(found, 1);
}

// A group that joins from a start-up in an article that calls the deal an acqui-hire is an acquihire; the
// founders who join keep their hire (normalize/event_deals.h).
TEST(EventAmountsOwn, GroupOfAnAcquihireDeal) {
  const EventCase c{
      "a group of an acqui-hire deal",
      "Orbital hires Quarry Robotics founders and staff\n\n"
      "Orbital Systems Inc. is hiring the founders and most of the staff of Quarry Robotics, a start-up "
      "that builds warehouse robots, in a deal that stops short of an outright acquisition.\n\n"
      "Quarry co-founders Hannah Weiss and Paul Ortega have joined Orbital's robotics unit, along with "
      "about 25 engineers from Quarry Robotics, the companies said.\n\n"
      "Quarry will keep serving its customers under an interim chief executive.\n",
      {},
      {},
      {},
      {},
      {{"hire", "*", "Hannah Weiss", "*"}}};
  const std::vector<Event> got = testing_support::ExpectCase(c, kSource);
  EXPECT_GT(testing_support::GroupCount(got), 0);
  for (const Event& e : got)
    if (e.candidate_kind == CandidateKind::kGroup) {
      EXPECT_EQ(e.type, EventType::kAcquihire) << e.candidate;
    }
}

// A distributive word (cues.tsv kind=each) shares the amount with every person just listed, in the clause of
// the list or in a sentence after it that names no one ("Each will be paid …", "이들은 각각 …"); as many
// amounts as persons are one each (evpay19: paraphrases, 0 of 7 read before, 7 after; the three negatives
// held before and after).
const EventCase kDistributive[] = {
    {"each, next sentence",
     "Apex hires three\n\nApex AI has hired Tom Ward, Ann Kim and Luis Ortiz from Google. Each will be paid $20 "
     "million a year.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kHolds, "Tom Ward", "*", "*", {20000000}},
      {PayWant::kHolds, "Ann Kim", "*", "*", {20000000}},
      {PayWant::kHolds, "Luis Ortiz", "*", "*", {20000000}}}},
    {"all three, next sentence",
     "Apex hires three\n\nApex AI has hired three researchers from Google -- Tom Ward, Ann Kim and Luis Ortiz. All "
     "three will receive pay packages worth about $20 million.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kHolds, "Tom Ward", "*", "*", {20000000}},
      {PayWant::kHolds, "Ann Kim", "*", "*", {20000000}},
      {PayWant::kHolds, "Luis Ortiz", "*", "*", {20000000}}}},
    {"both, passive, a clause between",
     "Helix lures two from Amgen\n\nHelix Bio hired Sara Cole and Ben Hart away from Amgen last month, the company "
     "said on Monday. Both were given sign-on awards of $5 million.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kHolds, "Sara Cole", "*", "*", {5000000}},
      {PayWant::kHolds, "Ben Hart", "*", "*", {5000000}}}},
    {"apiece after the amount",
     "Orbis signs two\n\nOrbis Labs has hired Tomas Velde and Anika Rao from Quarnby Systems, paying them $3 "
     "million apiece.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kHolds, "Tomas Velde", "*", "*", {3000000}},
      {PayWant::kHolds, "Anika Rao", "*", "*", {3000000}}}},
    {"각각, next sentence",
     "에이펙스 3명 영입\n\n에이펙스AI는 구글 출신 김민수, 이지훈, 박성민 연구원을 영입했다. 이들은 각각 연봉 20억원을 받는다.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kHolds, "김민수", "*", "*", {2000000000}},
      {PayWant::kHolds, "이지훈", "*", "*", {2000000000}},
      {PayWant::kHolds, "박성민", "*", "*", {2000000000}}}},
    {"모두에게 in the clause",
     "에이펙스 3명 영입\n\n에이펙스AI는 구글 출신 김민수, 이지훈, 박성민 연구원을 영입하며 세 사람 모두에게 연봉 20억원을 "
     "제시했다.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kHolds, "김민수", "*", "*", {2000000000}},
      {PayWant::kHolds, "이지훈", "*", "*", {2000000000}},
      {PayWant::kHolds, "박성민", "*", "*", {2000000000}}}},
    {"씩 after the amount",
     "한빛 2명 영입\n\n한빛전자는 삼성전자 출신 최영호 상무와 정다은 상무를 영입했다. 두 사람에게는 연봉 15억원씩이 "
     "제시됐다.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kHolds, "최영호", "*", "*", {1500000000}},
      {PayWant::kHolds, "정다은", "*", "*", {1500000000}}}},
    {"a named payee keeps it alone",
     "Apex hires two\n\nApex AI has hired Tom Ward and Ann Kim from Google. Ward will be paid $20 million a year.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kHolds, "Tom Ward", "*", "*", {20000000}}, {PayWant::kNone, "Ann Kim", "*", "*"}}},
    {"a total in all is nobody's each",
     "Apex hires three\n\nApex AI has hired Tom Ward, Ann Kim and Luis Ortiz from Google for $60 million in all.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kNone, "Tom Ward", "*", "*"}, {PayWant::kNone, "Ann Kim", "*", "*"}}},
    {"각각 with as many amounts as persons is one each",
     "한빛 2명 영입\n\n한빛전자는 삼성전자 출신 최영호 상무와 정다은 상무를 영입했다. 두 사람은 각각 연봉 15억원과 12억원을 "
     "받는다.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kNone, "최영호", "*", "*"}}},
};

INSTANTIATE_TEST_SUITE_P(Distributive, EventAmounts, testing::ValuesIn(kDistributive));

// Pay is never a departure's: pay in a clause that continues a departure (a pronoun, a possessive after the
// predecessor's sentence) is the pay of the move touched last (evpay19: paraphrases, English 0 of 4 read
// before, 4 after; the Korean one read before and after).
const EventCase kAfterADeparture[] = {
    {"his salary after the predecessor's departure",
     "Albion names manager\n\nAlbion FC hired Marco Dunmore, the Lyon coach, as manager on Monday.\n\nHe replaces "
     "Nigel Ashcombe, who was sacked on Sunday. The club said his salary would be $1.4 million a year.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kHolds, "Marco Dunmore", "*", "*", {1400000}}, {PayWant::kNone, "Nigel Ashcombe", "*", "*"}}},
    {"her salary, succeeding someone who will retire",
     "Stellar names CEO\n\nStellar Foods named Ines Varga, a Nestle executive, as chief executive.\n\nShe succeeds "
     "Paul Grant, who will retire in June. Her annual salary will be $1.5 million, the board said.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kHolds, "Ines Varga", "*", "*", {1500000}}, {PayWant::kNone, "Paul Grant", "*", "*"}}},
    {"a possessive name after a departure paragraph",
     "Kestrel picks CEO\n\nKestrel Bank has named its finance chief Omar Haddad as chief executive.\n\nHe will "
     "replace Lena Vogt, who said in April that she would step down. Vogt will leave the bank in June.\n\nKestrel "
     "said Haddad's base salary would be $2.2 million, in line with his predecessor's pay.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kHolds, "Omar Haddad", "*", "*", {2200000}}, {PayWant::kNone, "Lena Vogt", "*", "*"}}},
    {"a clause between",
     "Brant Bank names CEO\n\nBrant Bank appointed Omar Reyes, a managing director at Citigroup, as chief executive "
     "on Tuesday.\n\nReyes takes over from Alan Ford, who is retiring after nine years. Under his contract, which "
     "runs to 2029, he will be paid $5 million a year.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kHolds, "Omar Reyes", "*", "*", {5000000}}, {PayWant::kNone, "Alan Ford", "*", "*"}}},
    {"그의 연봉 after the predecessor",
     "한빛제약 신임 대표 선임\n\n한빛제약은 화이자 출신 박지원 부사장을 신임 대표로 선임했다고 밝혔다.\n\n박 대표는 이달 말 퇴임하는 "
     "이민호 대표의 뒤를 잇는다. 그의 연봉은 15억원이다.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kHolds, "박지원", "*", "*", {1500000000}}, {PayWant::kNone, "이민호", "*", "*"}}},
};

INSTANTIATE_TEST_SUITE_P(AfterADeparture, EventAmounts, testing::ValuesIn(kAfterADeparture));

// A counter-offer made to the person named with a recipient particle ("세진에너지는 한 수석에게 연봉
// 2억5000만원과 … 잔류 조건을 내놨고", b26 ko-03): the organization before the name puts the amount up, at
// the person's current employer, not the rival's offer; "조건을 내놨/내놓" is an offer verb. Own paraphrases
// (other names, 한테, 제시했고): before the rule 2 of 4, after 4 of 4.
const EventCase kRecipient[] = {
    {"a counter-offer to a recipient",
     "대성전자 이준호 책임연구원 잔류\n\n대성전자 이준호 책임연구원은 한울배터리의 영입 제안을 거절했다. 대성전자는 이 책임에게 연봉 "
     "3억원을 보장하는 잔류 조건을 제시했고, 이 책임은 회사에 남기로 했다.",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kExactly, "이준호", "대성전자", "KRW", {300000000}}}},
    {"a counter-offer to a recipient",
     "한빛화학 박서연 연구원 잔류\n\n한빛화학 박서연 연구원은 중국 업체의 제안을 거절했다. 한빛화학은 박 연구원에게 연봉 "
     "1억8000만원과 스톡옵션을 주는 조건을 내놨고, 박 연구원은 회사에 남기로 했다.",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kExactly, "박서연", "한빛화학", "KRW", {180000000}}}},
    {"a counter-offer to a recipient",
     "한울반도체 김태현 상무 잔류\n\n한울반도체 김태현 상무는 미국 마이크론의 영입 제안을 받았다. 한울반도체는 김 상무에게 연봉 "
     "5억원의 잔류 조건을 내놓았고, 김 상무는 잔류를 택했다.",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kExactly, "김태현", "한울반도체", "KRW", {500000000}}}},
    {"a counter-offer to a recipient",
     "카카오 정민수 리더 잔류\n\n카카오 정민수 리더는 네이버의 제안을 받았다. 카카오는 정 리더한테 연봉 4억원을 제시하며 붙잡았다.",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kExactly, "정민수", "Kakao", "KRW", {400000000}}}},
};

INSTANTIATE_TEST_SUITE_P(Recipient, EventAmounts, testing::ValuesIn(kRecipient));

// A statistic word that is the reference of a comparison after the amount ("about three times the average",
// "평균의 4배가 넘는다") does not make the pay sentence a statistic (cues.tsv comparison rows, events.cc
// ComparisonReference; b27 en-15, b28 ko-17). Own paraphrases (other names, words of comparison, both
// languages): 0 of 4 read before, 4 of 4 after; a statistic the amount states stays no offer.
const EventCase kComparedAverage[] = {
    {"an average compared after the pay",
     "Orion Bank hires risk chief\n\nOrion Bank has hired Sofia Marchetti, head of trading at UniCredit, as chief "
     "risk officer. The bank will pay her $1.2 million a year, more than twice the industry average.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kExactly, "Sofia Marchetti", "Orion Bank", "USD", {1200000}}}},
    {"an average compared after the pay",
     "Lakeview names president\n\nLakeview State University named Aaron Feld, provost of Tulane University, as its "
     "next president on Friday. He will earn a base salary of $800,000, well above the median for public university "
     "presidents.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kExactly, "Aaron Feld", "Lakeview State University", "USD", {800000}}}},
    {"an average compared after the pay",
     "한빛대, 구글 출신 교수 영입\n\n한빛대는 구글 딥마인드 출신 정하늘 박사를 AI학과 교수로 영입했다고 밝혔다. 정 교수의 연봉은 "
     "8억원으로, 국내 교수 평균보다 다섯 배 많다.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kExactly, "정하늘", "한빛대", "KRW", {800000000}}}},
    {"an average compared after the pay",
     "세진바이오, 연구소장 영입\n\n세진바이오는 암젠 출신 최수아 박사를 연구소장으로 영입했다. 최 소장은 연봉 6억원을 받는데, 이는 "
     "업계 평균 대비 세 배 수준이다.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kExactly, "최수아", "세진바이오", "KRW", {600000000}}}},
    {"the statistic the amount states is no one's pay",
     "AI pay\n\nOrion Bank has hired Sofia Marchetti, head of trading at UniCredit, as chief risk officer. The "
     "average salary for AI researchers in New York is $900,000, according to Levels.fyi.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kNowhere, "*", "*", "USD", {900000}}}},
};

INSTANTIATE_TEST_SUITE_P(ComparedAverage, EventAmounts, testing::ValuesIn(kComparedAverage));

// The pay sentence names a foreign candidate by his surname after a paragraph whose verb connective
// ("이사회를 열고 슈미트 내정자를") used to glue to the surname as a junk person, which kept the surname from
// the full name (b27 ko-18). Own paraphrases: 3 of 6 right before (the others lost the pay), 6 of 6 after.
const EventCase kForeignSurname[] = {
    {"a foreign candidate named by the surname",
     "한성제약, 토마스 슈미트 대표 내정\n\n한성제약이 차기 대표이사로 노바티스 출신인 토마스 슈미트를 내정했다.\n\n한성제약은 "
     "25일 이사회를 열고 슈미트 내정자를 사내이사 후보로 추천했다. 슈미트 내정자는 내년 3월 주주총회를 거쳐 취임한다.\n\n슈미트 "
     "내정자는 연봉 20억원을 받는다.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kExactly, "토마스 슈미트", "한성제약", "KRW", {2000000000}}}},
    {"a foreign candidate named by the surname",
     "대양해운, 안나 페트로바 부사장 선임\n\n대양해운은 덴마크 해운사 출신 안나 페트로바를 부사장으로 선임했다고 5일 밝혔다.\n\n"
     "회사는 임시 주총을 열고 페트로바 부사장의 선임안을 통과시켰다. 회사 공시에 따르면 페트로바 부사장은 연봉 12억원을 받는다.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kExactly, "안나 페트로바", "대양해운", "KRW", {1200000000}}}},
    {"a foreign candidate named by the surname",
     "한빛바이오, 마이클 로렌스 영입\n\n한빛바이오는 화이자 연구개발 책임자 출신인 마이클 로렌스를 최고과학책임자로 영입했다고 2일 "
     "밝혔다.\n\n한빛바이오는 이날 이사회를 열고 로렌스 박사의 선임을 의결했다. 로렌스 박사는 기본 연봉 18억원을 받는다.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kExactly, "마이클 로렌스", "한빛바이오", "KRW", {1800000000}}}},
    {"a foreign candidate named by the surname",
     "대성중공업, 로버트 하딩 사장 영입\n\n대성중공업이 GE 가스파워 부문 부사장 출신인 로버트 하딩을 신임 사장으로 영입했다.\n\n"
     "대성중공업은 다음 달 주주총회를 거치며 하딩 사장의 선임 절차를 마무리한다. 하딩 사장은 연봉 22억원과 성과급을 받는다.\n",
     {},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kExactly, "로버트 하딩", "대성중공업", "KRW", {2200000000}}}},
};

INSTANTIATE_TEST_SUITE_P(ForeignSurname, EventAmounts, testing::ValuesIn(kForeignSurname));

}  // namespace
}  // namespace hirewire::normalize
