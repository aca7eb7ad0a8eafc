// Departures and previous employers the readers missed, thirty-ninth session (branch evorig39;
// docs/events.md): a Korean head whose post is glued to the organization's name ("NAME 우성은행장은 …
// 물러난다"), a negated reason given for leaving that is no denial of the departure, a broadcaster at the
// place of a post ("the director of X at the BBC", "NAME 전 JTBC 보도국장"), and clubs and schools the
// recognizer missed where the sentence places them ("left Danish club X", "who currently manages X", "luring
// him away from X"). Own articles (invented people and companies, none a sentence of the regression or blind
// batches), each a whole article.
#include <gtest/gtest.h>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // 1. "NAME 현 ORG장은 … 물러난다": the post glued to the bank's name is a title near the name; the
    // departure is
    // read, at that bank.
    {"ko-glued-head-departure",
     "새마루은행, 차기 행장에 오세준 부행장 내정\n\n새마루은행은 임원후보추천위원회를 열고 오세준 "
     "부행장을 차기 행장으로 내정했다고 12일 밝혔다.\n\n최도원 현 새마루은행장은 올해 말 임기 만료로 "
     "물러난다.\n\n오 부행장은 기업금융 전문가로 꼽힌다.",
     {{"departure", "새마루은행", "최도원", "", "left"}, {"hire", "새마루은행", "오세준", "", ""}}},
    // 2. "… 진흥원장은 … 퇴임했다": the same for a public agency's head.
    {"ko-glued-agency-head",
     "한국콘텐츠수출진흥원 새 원장에 엄지수 교수\n\n과학기술정보통신부는 한국콘텐츠수출진흥원 신임 "
     "원장에 엄지수 한강대 교수를 임명했다고 3일 밝혔다.\n\n권태오 한국콘텐츠수출진흥원장은 3년 임기를 "
     "마치고 이날 퇴임했다.",
     {{"departure", "한국콘텐츠수출진흥원", "권태오", "", "left"}}},
    // 3. "did not give a reason for leaving": a reason not given is no denial of the resignation told before.
    {"en-reason-for-leaving",
     "Tarrow Foods CEO resigns after two years\n\nTarrow Foods chief executive Neil Ambrose has resigned after "
     "less than two years in the job, the grocery chain said on Thursday.\n\nChief operating officer Dana Pruitt "
     "will run the company until a successor is found. Ambrose did not give a reason for leaving and has not "
     "announced a new role.",
     {{"departure", "Tarrow Foods", "Neil Ambrose", "", "left"}}},
    // Control: a negator over the move itself ("will not leave X") still cancels that person's move.
    {"en-negated-leave-control",
     "Tarrow Foods CEO steps down\n\nTarrow Foods chief executive Neil Ambrose resigned last week. Finance chief "
     "Irene Calder will not leave Tarrow Foods, the company said, and gave no reason for the change.",
     {{"departure", "Tarrow Foods", "Neil Ambrose", "", "left"}},
     {{"departure", "*", "Irene Calder"}}},
    // 4. "The director of radio at the BBC, NAME, resigned": a broadcaster at the place of a post is the
    // employer.
    {"en-broadcaster-post",
     "BBC radio director quits\n\nThe director of radio at the BBC, Gareth Penhallow, resigned on Friday after a "
     "row over the station's schedule.\n\nPenhallow had run the division since 2019.",
     {{"departure", "*", "Gareth Penhallow", "", "left"}}},
    // Control: an outlet that reports the resignation is not the employer left.
    {"en-broadcaster-cited-control",
     "Orvane CEO quits\n\nOrvane Systems chief executive Jon Halloway resigned on Monday after a dispute with the "
     "board, the BBC reported.",
     {{"departure", "Orvane Systems", "Jon Halloway", "", "left"}},
     {},
     {"BBC", "British Broadcasting Corporation"}},
    // 5. "NAME 전 방송사 TITLE을 내정했다": a broadcaster where the person held a former post is the origin.
    {"ko-former-post-at-broadcaster",
     "새빛방송 신임 사장에 문서하 전 JTBC 보도국장\n\n새빛방송 이사회는 9일 차기 사장으로 문서하 전 JTBC "
     "보도국장을 내정했다고 밝혔다.\n\n문 내정자는 다음 달 주주총회를 거쳐 취임한다.",
     {{"hire", "새빛방송", "문서하", "JTBC", "accepted"}}},
    // 6. "NAME, 50, left Danish club X in June": the club the recognizer missed, after a verb of leaving and
    // its kind
    // noun, is where the coach comes from.
    {"en-left-club-after-kind-noun",
     "Bayport FC hires Danish coach Henrik Lund\n\n(AP) — Bayport FC hired Henrik Lund as head coach on Wednesday, "
     "giving him a two-year contract.\n\nLund, 50, left Danish club Vejle Boldklub in June after three seasons "
     "in charge.",
     {{"hire", "Bayport FC", "Henrik Lund", "Vejle Boldklub", "joined"}}},
    // 7. "NAME, who currently manages X in Denmark, has not yet responded": the club the person manages now
    // is the
    // origin of the offer.
    {"en-who-currently-manages",
     "Bayport United offers Henrik Lund $5 million to become manager\n\nBayport United has offered Henrik Lund a "
     "contract worth $5 million a year to become the club's next manager, according to people familiar with the "
     "talks.\n\nLund, who currently manages Vejle Boldklub in Denmark, has not yet responded to the offer, the "
     "people said.",
     {{"offer", "Bayport United", "Henrik Lund", "Vejle Boldklub", "offered"}}},
    // 8. "hired NAME …, luring him away from X with …": the school the recognizer missed, after a verb of
    // luring and
    // its pronoun, is where the coach comes from.
    {"en-lured-away-from",
     "Lakeview hires Owen Pratt as basketball coach\n\nLAKEVIEW, Ohio (AP) — Lakeview University hired Owen "
     "Pratt as its basketball coach on Friday, luring him away from Granbury State with a five-year contract worth "
     "$15 million.\n\nPratt, 47, will be introduced on Monday.",
     {{"hire", "Lakeview University", "Owen Pratt", "Granbury State", "joined"}}},
    // Control: "left the club in June": a kind noun with no name after it adds no organization and no origin.
    {"en-left-the-club-control",
     "Bayport FC hires coach Henrik Lund\n\n(AP) — Bayport FC hired Henrik Lund as head coach on Wednesday.\n\n"
     "Lund, 50, left the club in June to spend time with his family.",
     {{"hire", "Bayport FC", "Henrik Lund", "", ""}}},
};

class EventsOrig39 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsOrig39, ReadsTheDepartureOrOrigin) { testing_support::ExpectCase(GetParam(), "orig39-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsOrig39, testing::ValuesIn(kCases));

}  // namespace
}  // namespace hirewire::normalize
