// Offers, refusals, outcomes and previous employers of the twenty-seventh session (docs/events.md, branch
// evoffer27). Own paraphrases (none a sentence of a test batch), each a whole article through the pipeline's
// steps; the reading before the change (main 2eec917) is in the comments.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // A Korean offer answered across a contrast ending ("제시하며 … 설득했지만 NAME은 이를 거절했다"): main
    // none.
    {"ko-answer-clause",
     "FA 내야수 박지훈, 해성 베어스행\n\n원소속 구단 한강 이글스는 3년 45억원을 제시하며 잔류를 설득했지만 박지훈은 이를 거절했다. "
     "박지훈은 해성 베어스와 4년 계약을 맺었다.",
     {{"offer", "한강 이글스", "박지훈", "*", "declined"}}},
    {"ko-answer-clause",
     "세림전자 연구소장, 경쟁사로\n\n세림전자는 연봉 6억원을 제시하며 잔류를 설득했으나 최민수 연구소장은 이를 거절했다. 최 소장은 "
     "다음 달 한솔반도체로 자리를 옮긴다.",
     {{"offer", "세림전자", "최민수", "*", "declined"}}},
    // A person named in a trailing "which" clause is no candidate; the next sentence's pronoun is the person
    // the
    // sentence is about: main the refusal went to the clause's person.
    {"en-which-clause",
     "Studio head named\n\nPark Soo-jin has joined Krafton as head of its Seoul studio, which is developing a game with "
     "director Lee Sang-hoon. She turned down an offer from Nexon worth 2 billion won.",
     {{"hire", "Krafton", "Park Soo-jin", "*", "joined"},
      {"offer", "Nexon", "Park Soo-jin", "*", "declined"}}},
    {"en-which-clause",
     "Biotech names research head\n\nModerna has hired Laura Kim as head of its Boston lab, which David Cho ran until "
     "last year. She had turned down an offer from Pfizer.",
     {{"hire", "Moderna", "Laura Kim", "*", "joined"}, {"offer", "Pfizer", "Laura Kim", "*", "declined"}}},
    // Outcome isolation: a spokesperson's "confirmed the hires but declined to comment on NAME" (main joined)
    // ...
    {"en-comment-on",
     "Orbis hires three from Deepnote\n\nOrbis AI has hired three researchers from Deepnote: Ana Ruiz, Ben Cole and Chen "
     "Li. Ravi Kumar, a principal scientist at Deepnote, turned down an offer from Orbis AI worth $20 million.\n\nAn "
     "Orbis AI spokesperson confirmed the three hires but declined to comment on Kumar.",
     {{"offer", "Orbis AI", "Ravi Kumar", "*", "declined"}}},
    // ... and the others' "who have also signed" (main joined).
    {"en-who-signed",
     "Bank hires trader\n\nGoldman Sachs has hired Sam Ortega, a trader at Barclays, as head of rates. Ortega turned "
     "down an offer from Citadel worth $5 million a year.\n\nOrtega brings with him two colleagues from Barclays, Nina "
     "Shah and Paul Greer, who have also signed with the bank.",
     {{"hire", "Goldman Sachs", "Sam Ortega", "*", "joined"},
      {"offer", "Citadel", "Sam Ortega", "*", "declined"}}},
    // A reappointment whose motion still needs the shareholders (main joined).
    {"ko-motion-topic",
     "한솔화학, 박상철 대표 연임 결정\n\n한솔화학 이사회는 박상철 대표이사의 연임을 결정했다. 연임안은 내년 3월 정기 주주총회를 "
     "거쳐 최종 확정된다.",
     {{"hire", "한솔화학", "박상철", "*", "accepted"}}},
    {"ko-new-term",
     "대성물산 이영호 대표 연임\n\n대성물산 이사회는 이영호 대표의 연임을 결정했다. 이 대표는 내년 3월 정기 주주총회 승인을 "
     "거쳐 3년 임기를 새로 시작한다.",
     {{"hire", "대성물산", "이영호", "*", "accepted"}}},
};

class EventsOffer27 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsOffer27, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "offer27-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsOffer27, testing::ValuesIn(kCases));

// Previous employers: the bio's latest employer beats the descriptor's older one (main Samsung SDS / BP); a
// head reappointed by an active verb keeps the post (main Seorak Retail); "one of its professors" names the
// institute (main none); pay forfeited at a bank makes the bank the origin, not an offerer (main an offer).
// Controls that keep their reading: a contrast clause that answers nothing stays cut; a "which" clause with
// no person before it may still name the candidate; a "who" clause shared by the whole list moves everyone.
const EventCase kPrevious[] = {
    {"previous: the bio's latest employer",
     "Institute names president\n\nThe Korea AI Institute has elected Lee Min-jun, a former Samsung SDS executive, as "
     "its next president. Lee has since been a professor at Yonsei University.",
     {{"*", "Korea AI Institute", "Lee Min-jun", "Yonsei University"}}},
    {"previous: the bio's latest employer",
     "Bluepeak names chief scientist\n\nBluepeak Energy has hired Clara Voss, a former BP engineer, as chief "
     "scientist. Voss has since been a professor at Imperial College London.",
     {{"*", "Bluepeak Energy", "Clara Voss", "Imperial College"}}},  // (the recognizer's name of it)
    {"previous: a head reappointed keeps the post",
     "Seorak Group keeps its retail head\n\nSeorak Group reappointed Seorak Retail CEO Han Ji-woo for another two "
     "years.",
     {{"*", "Seorak Group", "Han Ji-woo", ""}}},
    {"previous: one of its professors",
     "KAIST loses star professor\n\nThe Korea Advanced Institute of Science and Technology is losing a top "
     "researcher. Cho Seung-ho, one of its best-known robotics professors, has resigned to join Google DeepMind.",
     {{"*", "Google DeepMind", "Cho Seung-ho", "Korea Advanced Institute of Science and Technology"}}},
    {"previous: pay forfeited at a bank",
     "Asterion hires portfolio manager\n\nAsterion Capital has hired Mina Lee from Citadel. Her pay includes a $3 "
     "million signing bonus to replace stock she is forfeiting at Citadel.",
     {{"*", "Asterion Capital", "Mina Lee", "Citadel"}},
     {{"*", "Citadel", "Mina Lee", "*"}}},
    {"control: a contrast clause that answers nothing",
     "FA\n\n한강 이글스는 박지훈에게 3년 45억원을 제시하며 잔류를 설득했지만 박지훈은 이를 거절했다.",
     {{"offer", "한강 이글스", "박지훈*", "*", "declined"}}},
    {"control: a who clause shared by the list",
     "Fund adds traders\n\nKestrel Capital hired Mia Chen and Tom Reyes, who will join in March from Harbor Bank.",
     {{"hire", "Kestrel Capital", "Mia Chen*", "*", "accepted"},
      {"hire", "Kestrel Capital", "Tom Reyes*", "*", "accepted"}}},
};

class EventsOffer27Previous : public testing::TestWithParam<EventCase> {};

// The previous employer of the first event of the candidate at the employer (FindEvent) is the wanted one.
TEST_P(EventsOffer27Previous, ReadsThePreviousEmployer) {
  const EventCase& c = GetParam();
  const std::vector<Event> got = testing_support::ExpectCase(c, "offer27-test");
  for (const testing_support::CaseEvent& w : c.want) {
    if (std::string(w.previous) == "*") continue;
    const Event* e = testing_support::FindEvent(got, w.employer, w.candidate);
    ASSERT_NE(e, nullptr) << w.candidate;
    EXPECT_EQ(e->previous_employer, w.previous) << w.candidate;
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, EventsOffer27Previous, testing::ValuesIn(kPrevious));

}  // namespace
}  // namespace hirewire::normalize
