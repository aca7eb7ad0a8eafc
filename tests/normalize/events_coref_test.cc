// The employer of a move whose sentence does not name it (docs/events.md, twenty-first session, branch
// coref21): a common noun for the employer as the sentence's subject ("The lab has also brought on …"),
// the object of a join verb ("joined the group"), a Korean subject noun (구단은), a succession departure; an
// organization only a title-case headline names is no referent of the body's noun (twenty-second session).
// Own paraphrases (none is a sentence of a test batch), each a whole article through the pipeline's steps
// (sentence analysis, money, entities, events); a case lists events that must be read and events that must
// not.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/analysis.h"
#include "extract/article.h"
#include "extract/entities.h"
#include "extract/money.h"
#include "normalize/currency.h"
#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // The subject of a hiring verb that the recognizer did not know (a "+" name, an auxiliary before the
    // verb) is the
    // employer, not the previous employer named after it (twenty-second session, branch subj22).
    {"unknown subject",
     "Flickwave+ hires Paramount producer\n\nVideo platform Flickwave+ has hired Paramount producer Dana Ortiz as its head "
     "of film, the company said.\n",
     {{"hire", "Flickwave+", "Dana Ortiz", "*"}},
     {{"hire", "Paramount", "Dana Ortiz", "*"}}},
    {"unknown subject",
     "Audio app courts host\n\nAudora+ has formally offered Spotify host Ben Carr a three-year deal, people familiar "
     "with the talks said.\n",
     {{"offer", "Audora+", "Ben Carr", "*"}},
     {}},
    {"unknown subject",
     "프로야구 김포 누리온 새 감독 선임\n\n프로야구 퓨처스리그 김포 누리온이 박지훈 전 한화 이글스 코치를 새 감독으로 "
     "선임했다.\n",
     {{"hire", "김포 누리온", "박지훈", "*"}},
     {{"hire", "한화 이글스", "박지훈", "*"}}},
    // The outlet of an interview or a call is never the offerer of the move its sentence reports.
    {"outlet",
     "구글, 서울대 교수 영입 시도\n\n구글이 서울대 김민준 교수에게 연구소장 자리를 제안했다.\n\n김 교수는 이데일리와의 "
     "통화에서 \"학교를 떠날 생각이 없다\"며 제안을 거절했다고 밝혔다.\n",
     {{"offer", "Google", "김민준", "*"}},
     {{"offer", "이데일리", "김민준", "*"}}},
    {"outlet",
     "카카오, 토스 임원에 CTO 제안\n\n카카오는 토스 이수민 이사에게 최고기술책임자 자리를 제안했다.\n\n이 이사는 "
     "지디넷코리아와의 전화 통화에서 \"회사에 남기로 했다\"며 제안을 거절했다고 밝혔다.\n",
     {{"offer", "Kakao", "이수민", "*"}},
     {{"offer", "지디넷코리아", "이수민", "*"}}},
    {"outlet",
     "아마존, 카이스트 교수에 러브콜\n\n아마존은 지난달 카이스트 박서연 교수에게 수석연구원 자리를 제시했다.\n\n박 교수는 "
     "블로터와의 인터뷰에서 제안을 거절했다고 말했다.\n",
     {{"offer", "Amazon", "박서연", "*"}},
     {{"offer", "블로터", "박서연", "*"}}},
    {"outlet",
     "Apple courts professor\n\nApple offered Stanford professor Mia Chen a job leading its AI lab.\n\nChen turned down "
     "the offer, she said in an interview with TechPulse Daily.\n",
     {{"offer", "Apple", "Mia Chen", "*"}},
     {{"offer", "TechPulse Daily", "Mia Chen", "*"}}},
    // A common noun for the employer opening a sentence with a hiring verb of the cue lexicon.
    {"subject noun",
     "Orbis Robotics hires Google engineer Dana Holt\n\nOrbis Robotics has hired Dana Holt, a senior engineer at Google, "
     "to run its perception group.\n\nThe lab has also brought on Ravi Menon, a roboticist from Tesla, the company said.\n",
     {{"hire", "Orbis Robotics", "Ravi Menon", "*"}},
     {}},
    {"subject noun",
     "Kestrel Bank adds traders\n\nKestrel Bank has hired Omar Said from Barclays to run its rates desk, a memo showed.\n\n"
     "The bank last month also recruited Carla Diaz and Ben Ota, two credit traders at HSBC, the memo said.\n",
     {{"hire", "Kestrel Bank", "Carla Diaz", "*"}, {"hire", "Kestrel Bank", "Ben Ota", "*"}},
     {}},
    {"subject noun",
     "Nimbus AI lures Apple designer\n\nNimbus AI has hired Lena Fox, a design director at Apple.\n\nThe startup, people "
     "familiar with the matter said, also lured Tom Reyes, who led product at Stripe.\n",
     {{"hire", "Nimbus AI", "Tom Reyes", "*"}},
     {}},
    {"subject noun",
     "Halden Group reshuffles\n\nHalden Group on Monday named Ji-woo Park president of Halden Chemical.\n\nThe group also "
     "appointed Mina Cho, a former Samsung executive, as head of its new battery business.\n",
     {{"hire", "Halden Group", "Mina Cho", "*"}},
     {{"hire", "Halden Chemical", "Mina Cho", "*"}}},
    {"subject noun",
     "Vela Studios hires\n\nVela Studios has hired Paul Grant from Ubisoft as creative director.\n\nThe studio has since "
     "brought in two more Ubisoft veterans, Ana Lima and Rui Costa.\n",
     {{"hire", "Vela Studios", "Ana Lima", "*"}, {"hire", "Vela Studios", "Rui Costa", "*"}},
     {}},
    // The common noun as the object of a join verb: the organization the article is about.
    {"join object",
     "Hanwell Group names chemical chief\n\nHanwell Group on Thursday promoted Park Ji-ho to chief executive of its "
     "affiliate Hanwell Chemical.\n\nLee Min-ah, head of battery materials at Hanwell Chemical, was promoted to executive "
     "vice president. Choi Dong-hyun, a former Kia executive, joined the group to lead its new mobility unit.\n",
     {{"hire", "Hanwell Group", "Choi Dong-hyun", "*"}},
     {{"hire", "Hanwell Chemical", "Choi Dong-hyun", "*"}}},
    {"join object",
     "Corra Labs hires\n\nCorra Labs hired Ivan Petrov from Meta to lead its speech team.\n\nAna Silva, who spent a decade "
     "at Amazon, has joined the lab as chief scientist.\n",
     {{"hire", "Corra Labs", "Ana Silva", "*"}},
     {{"hire", "Amazon", "Ana Silva", "*"}}},
    {"join object",
     "Marlow Group adds executives\n\nMarlow Group said on Tuesday that Sun Li, the finance chief of Marlow Retail, would "
     "become its chief operating officer.\n\nDavid Kim, a former partner at McKinsey, will join the group in May as chief "
     "strategy officer.\n",
     {{"hire", "Marlow Group", "David Kim", "*"}},
     {{"hire", "Marlow Retail", "David Kim", "*"}}},
    {"join object",
     "Tessa Bio expands\n\nTessa Bio named Mark Wu, head of research at Roche, its chief scientific officer.\n\nJane Roe, "
     "a former Novartis executive, also joined the startup this week.\n",
     {{"hire", "Tessa Bio", "Jane Roe", "*"}},
     {{"hire", "Roche", "Jane Roe", "*"}}},
    // The organization whose name ends in the noun, when the sentence before opens with another one.
    {"head match",
     "Traders move in Asia\n\nSeveral trading desks in Hong Kong lost staff this month, recruiters said. Kestrel Bank "
     "hired Omar Said from Barclays to run its rates desk.\n\nApex Capital hired Jun Ho from Nomura. The bank also "
     "recruited Carla Diaz, a credit trader at HSBC.\n",
     {{"hire", "Kestrel Bank", "Carla Diaz", "*"}},
     {{"hire", "Apex Capital", "Carla Diaz", "*"}}},
    // A succession departure is at the employer of the successor's hire, not at the successor's previous
    // employer.
    {"succession",
     "Verin Therapeutics hires Merck scientist\n\nAmy Cole, who leads vaccine research at Merck, has accepted Verin "
     "Therapeutics' offer to become its chief scientific officer, the company said.\n\nCole succeeds Paul Hart, who "
     "will retire in March.\n",
     {{"departure", "Verin Therapeutics", "Paul Hart", "*"}},
     {{"departure", "Merck & Co.", "Paul Hart", "*"}}},
    {"succession",
     "Harlow Foods picks Unilever veteran\n\nMaya Singh, who runs the European snacks business at Unilever, has agreed "
     "to join Harlow Foods as chief executive, the company said on Tuesday.\n\nSingh replaces Robert Dale, who is "
     "retiring after 12 years.\n",
     {{"departure", "Harlow Foods", "Robert Dale", "*"}},
     {{"departure", "Unilever", "Robert Dale", "*"}}},
    {"succession",
     "Solace Health taps Kaiser executive\n\nNina Brooks, a senior vice president at Kaiser Permanente, has accepted "
     "Solace Health's offer to become its chief operating officer.\n\nBrooks succeeds Alan Fry, who is stepping down "
     "in April.\n",
     {{"departure", "Solace Health", "Alan Fry", "*"}},
     {{"departure", "Kaiser Permanente", "Alan Fry", "*"}}},
    {"succession",
     "Quanta Bank hires Citi banker\n\nQuanta Bank has hired Leo Park, who leads Asia credit at Citigroup, as its next "
     "chief risk officer.\n\nPark will succeed Dana White, who plans to retire at the end of June, the bank said.\n",
     {{"departure", "Quanta Bank", "Dana White", "*"}},
     {{"departure", "Citigroup", "Dana White", "*"}}},
    // Korean: a common noun for the company as topic or subject (구단은, 동사는, 당사는, 회사 측은; 그룹은
    // reads
    // through the context) with a hire or offer word of the cue lexicon.
    {"ko subject noun",
     "한화 이글스, 새 감독 선임\n\n프로야구 한화 이글스가 장석현 수석코치를 감독으로 선임했다고 24일 발표했다.\n\n한화 이글스는 "
     "전력 보강에도 나섰다. 구단은 자유계약선수(FA) 포수 최민혁에게 4년 총액 80억원을 제시했다.\n",
     {{"offer", "한화 이글스", "최민혁", "*"}},
     {}},
    {"ko subject noun",
     "한결바이오, 신임 연구소장 영입\n\n한결바이오가 화이자 출신 박지수 박사를 연구소장으로 영입했다고 3일 밝혔다.\n\n동사는 또 "
     "노바티스에서 임상 개발을 맡아 온 이정훈 상무를 최고의학책임자로 영입했다.\n",
     {{"hire", "한결바이오", "이정훈", "*"}},
     {{"hire", "노바티스", "이정훈", "*"}}},
    {"ko subject noun",
     "세광그룹, 임원 인사\n\n세광그룹이 2027년 정기 임원 인사를 발표했다.\n\n그룹은 세광화학 김도윤 전무를 부사장으로 "
     "승진시켰다. 그룹은 또 LG화학 출신 최은비 상무를 전략담당으로 영입했다.\n",
     {{"hire", "세광그룹", "최은비", "*"}},
     {{"hire", "LG화학", "최은비", "*"}}},
    {"ko subject noun",
     "미래전자, AI 인재 영입\n\n미래전자가 AI 연구 인력 확충에 나섰다고 5일 밝혔다.\n\n회사 측은 구글 딥마인드에서 일해 온 "
     "정하늘 박사에게 연봉 10억원을 제시했다.\n",
     {{"offer", "미래전자", "정하늘", "*"}},
     {}},
    {"ko subject noun",
     "대한증권, 리서치센터장 영입\n\n대한증권이 새 리서치센터장을 선임했다.\n\n당사는 삼성증권 출신 윤서진 이사를 "
     "리서치센터장으로 영입했다고 밝혔다.\n",
     {{"hire", "대한증권", "윤서진", "*"}},
     {{"hire", "삼성증권", "윤서진", "*"}}},
    {"headline phrase",
     "Meta Hires Two OpenAI Scientists for New Robotics Lab\n\nMeta Platforms has hired two OpenAI scientists, Lena Fox and Ravi Menon, to build a robotics research group.\n\nFox and Menon are joining the lab in March, the company said.\n",
     {{"hire", "Meta Platforms", "Lena Fox", "*"}},
     {{"hire", "Scientists for New Robotics Lab", "Lena Fox", "*"}}},
    {"headline phrase",
     "Orbis Lures Star Trader to Build Credit Desk at Private Bank\n\nOrbis Capital has hired Dana Holt from Citadel.\n\nHolt will join the bank next month, a memo showed.\n",
     {{"hire", "Orbis Capital", "Dana Holt", "*"}},
     {{"hire", "Private Bank", "Dana Holt", "*"}}},
    {"headline phrase",
     "Nexa Poaches Game Designers for Its Newest Studio\n\nNexa Interactive has recruited Tom Reyes and Mina Cho from Ubisoft.\n\nReyes and Cho have joined the studio in Montreal.\n",
     {{"hire", "Nexa Interactive", "Tom Reyes", "*"}},
     {{"hire", "Its Newest Studio", "Tom Reyes", "*"}}},
    {"headline phrase",
     "Halden Names Outsider to Lead Its Chemicals Group\n\nHalden Industries named Sofia Lind, a BASF executive, as head of its chemicals business.\n\nLind will join the group on May 1.\n",
     {{"hire", "Halden Industries", "Sofia Lind", "*"}},
     {{"hire", "Lead Its Chemicals Group", "Sofia Lind", "*"}}},
};

class EventsCoref : public testing::TestWithParam<EventCase> {};

TEST_P(EventsCoref, TheUnnamedEmployerIsTheHiringOrganization) {
  testing_support::ExpectCase(GetParam(), "coref-test");
}

INSTANTIATE_TEST_SUITE_P(Cases, EventsCoref, testing::ValuesIn(kCases));

}  // namespace
}  // namespace hirewire::normalize
