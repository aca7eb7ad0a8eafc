// Hires that were missed (fortieth session, branch evhire40; docs/events.md): a join whose paragraph holds
// no organization-independent trigger was skipped when a year opened the next sentence (the fast path read
// the paragraph's cues as one span, so "2022년" dated the "합류" before it); an English kind-of-company noun
// after a sentence adverb ("Separately, the insurer hired …", subject_opener rows); a Korean club named once
// after a league word ("프로야구 해온 타이탄스가 …", club_lead rows), and in such an article another spaced
// club name written twice, also where the recognizer read a person. Own articles (invented people and
// companies, none a sentence of the regression or blind batches), each a whole article, with controls.
#include <gtest/gtest.h>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // 1. Korean: the join is read though the next sentence opens with a year of the person's past.
    {"ko-join-before-dated-sentence",
     "법무법인 다솔, 전직 국장 영입\n\n법무법인 다솔이 조세 분야 인력을 보강했다.\n\n국세청 조사국장을 지낸 "
     "남궁현 전 국장도 다솔에 고문으로 합류했다. 남궁 고문은 2021년 국세청을 떠난 뒤 회계법인 한빛에서 일해 왔다.",
     {{"hire", "법무법인 다솔", "남궁현", "*", "joined"}}},
    // Control: a join told only in the dated sentence stays the person's past.
    {"ko-dated-join-control",
     "법무법인 다솔, 조세팀 확대\n\n법무법인 다솔이 조세 분야 인력을 보강했다.\n\n남궁현 고문은 2021년 회계법인 "
     "한빛에 합류했다. 그는 국세청 조사국장을 지냈다.",
     {},
     {{"hire", "*", "남궁현", "*", "joined"}}},
    // 2. English: "Separately, the insurer hired NAME from ORG as TITLE": the article's insurer hires.
    {"en-separately-the-insurer",
     "Harwood Mutual names new chief executive\n\nHarwood Mutual Insurance Co. said Dana Price, its chief "
     "operating officer, will succeed Paul Greer as chief executive in April.\n\nSeparately, the insurer hired "
     "Ravi Okoro from Aldgate Re as chief financial officer, effective immediately.\n\nAnalysts called the "
     "choice a safe one.",
     {{"hire", "Harwood Mutual Insurance Co.", "Ravi Okoro", "*", "joined"}}},
    // 3. Korean: a club written once after a league word appoints its manager; the club the manager comes
    // from, written twice, is his origin (not a person).
    {"ko-league-club-manager",
     "해온 타이탄스, 새 감독에 문재혁\n\n(서울=뉴스1) 기자 = 프로야구 해온 타이탄스가 새 감독으로 문재혁(49) 전 가람 "
     "스파크스 수석코치를 선임했다고 3일 밝혔다. 계약 기간은 2년이다.\n\n문 감독은 2020년부터 가람 스파크스 수석코치로 "
     "활동했다.",
     {{"hire", "해온 타이탄스", "문재혁", "가람 스파크스", "joined"}},
     {},
     {},
     {"가람 스파크스"}},
};

class EventsHire40 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsHire40, ReadsTheMissedHires) { testing_support::ExpectCase(GetParam(), "hire40-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsHire40, testing::ValuesIn(kCases));

}  // namespace
}  // namespace hirewire::normalize
