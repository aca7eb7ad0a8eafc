// Previous employers and outcomes, pooled (thirty-sixth session, branch evprev36; docs/events.md): the latest
// place of a career the article tells in order replaces an older previous employer, and a rival's offer to a
// person who takes their current employer's offer is turned down. Own articles (invented people and
// companies, none a sentence of the regression or blind batches), each a whole article (headline and at least
// two body paragraphs).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "normalize/refusals.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // 1. A headline's older employer ("ex-Kestrel Devices executive") gives way to the place the body says
    // the person
    // holds since ("Since then she has been a managing partner at growth investor X").
    {"since-then-at",
     "Torvane Micro names ex-Kestrel Devices executive Nora Field as CEO\n\nTorvane Micro said on Monday i"
     "t had appointed Nora Field as chief executive officer, effective immediately.\n\nField spent twelve "
     "years at Kestrel Devices, most recently as head of its sensor business, before leaving in 2021. Sinc"
     "e then she has been a managing partner at growth investor Halloway Capital.\n\nTorvane shares rose 2"
     "% in early trading.",
     {{"hire", "Torvane Micro", "Nora Field", "Halloway Capital", ""}},
     {{"hire", "Torvane Micro", "Nora Field", "Kestrel Devices", ""}}},
    // 2. "moved from A to B in 2022": B, where the listed person works now, not A; the other members keep the
    // list's
    // origin.
    {"moved-from-a-to-b",
     "Brisk Robotics hires three researchers from Polaris AI\n\nBrisk Robotics has hired three senior rese"
     "archers from Polaris AI, the company said on Tuesday.\n\nIvo Marsh, Lena Castro and Omar Pike joined"
     " Brisk this month. Marsh, who moved from Quantis Labs to Polaris AI in 2022, will lead its planning "
     "group.\n\nBrisk did not disclose terms.",
     {{"hire", "Brisk Robotics", "Ivo Marsh", "Polaris AI", ""},
      {"hire", "Brisk Robotics", "Lena Castro", "Polaris AI", ""}},
     {{"hire", "Brisk Robotics", "Ivo Marsh", "Quantis Labs", ""}}},
    // 3. "left in 2020 to join X": the destination of the person's last move.
    {"left-to-join",
     "Dunmore Energy taps former Varna Motors engineer as CTO\n\nDunmore Energy has named Paul Ekberg, a f"
     "ormer Varna Motors engineer, as chief technology officer, the company said on Thursday.\n\nEkberg be"
     "gan his career at Varna Motors and left in 2020 to join Orrin Cells, where he led cell design.\n\nHe"
     " will start on March 1.",
     {{"hire", "Dunmore Energy", "Paul Ekberg", "Orrin Cells", ""}}},
    // Control: "most recently" about the post at the only employer named (the words after it end in no place
    // word):
    // the customer's name after "used in" is nobody's origin.
    {"most-recently-at-the-same-place",
     "Halden Chips names ex-Morrow Semiconductor executive as CEO\n\nHalden Chips said on Monday it had ap"
     "pointed Rita Osgood as chief executive officer, effective immediately.\n\nOsgood spent 20 years at M"
     "orrow Semiconductor, most recently overseeing development of its memory products used in Tarsis Syst"
     "ems' servers.\n\nHalden shares were flat.",
     {{"hire", "Halden Chips", "Rita Osgood", "Morrow Semiconductor", ""}}},
    // 4. Korean: "전 해양수산부 차관" in the lede, then "2022년부터는 X 석좌교수로 재직해 왔다": the
    // university.
    {"ko-professor-since",
     "한국해양물류공단 이사장에 박정우 전 해양수산부 차관 임명\n\n(세종=뉴스1) 김하늘 기자 = 해양수산부는 박정우 전 해양수산부 차관을 한국해양물류공단 신임 이사장으로 임명했다고 "
     "3일 밝혔다. 임기는 이날부터 3년이다.\n\n박 이사장은 행정고시 출신으로 해양수산부 해운정책관을 거쳐 차관을 지냈다. 2022년부터는 한빛해양대학교 석좌교수로 재직해 왔다.\n"
     "\n전임 이사장은 지난달 임기 만료로 퇴임했다.",
     {{"hire", "한국해양물류공단", "박정우", "한빛해양대학교", ""}},
     {{"hire", "한국해양물류공단", "박정우", "해양수산부", ""}}},
    // 5. Korean: "A에서 10년간 근무한 뒤 2020년부터 B(gloss) 책임연구원으로 …을 연구해왔다": B, A's clause
    // ends at 뒤.
    {"ko-since-year-with-gloss",
     "누리배터리, 전 대성화학 연구원 한도윤 상무 영입\n\n누리배터리가 차세대 배터리 전문가 한도윤 박사를 전고체개발담당 상무로 영입했다고 5일 밝혔다.\n\n한 상무는 대성화학에서 "
     "10년간 근무한 뒤 2020년부터 한국에너지연구원(KERI) 책임연구원으로 고체전해질을 연구해왔다.\n\n누리배터리 관계자는 \"전고체 상용화를 앞당길 것\"이라고 말했다.",
     {{"hire", "누리배터리", "한도윤", "KERI", ""}},
     {{"hire", "누리배터리", "한도윤", "대성화학", ""}}},
};

class EventsPrev36 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsPrev36, ReadsTheLatestPlace) { testing_support::ExpectCase(GetParam(), "prev36-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsPrev36, testing::ValuesIn(kCases));

Event PersonEvent(EventType type, const char* employer, const char* previous, Outcome outcome) {
  Event e;
  e.type = type;
  e.employer = employer;
  e.candidate = "Mara Lindt";
  e.candidate_kind = CandidateKind::kPerson;
  e.previous_employer = previous;
  e.outcome = outcome;
  return e;
}

// A person takes one offer: the current employer's offer accepted (or a stay joined against an accepted rival
// offer) turns the rival's offer into a refusal; a rival offer still open beside a joined move stays open; a
// move made (joined) stays.
TEST(RivalOffersOfStays, TurnsDownTheRivalOfATakenStay) {
  struct Row {
    Outcome rival, stay;
    EventType stay_type;
    Outcome want;
  };
  const Row rows[] = {
      {Outcome::kAccepted, Outcome::kAccepted, EventType::kOffer, Outcome::kDeclined},
      {Outcome::kOffered, Outcome::kAccepted, EventType::kOffer, Outcome::kDeclined},
      {Outcome::kAccepted, Outcome::kJoined, EventType::kHire, Outcome::kDeclined},
      {Outcome::kOffered, Outcome::kJoined, EventType::kHire, Outcome::kOffered},
      {Outcome::kJoined, Outcome::kAccepted, EventType::kOffer, Outcome::kJoined},
  };
  for (const Row& r : rows) {
    std::vector<Event> ev{PersonEvent(EventType::kOffer, "Quillon Systems", "Ferro Analytics", r.rival),
                          PersonEvent(r.stay_type, "Ferro Analytics", "", r.stay)};
    if (r.rival == Outcome::kJoined) ev[0].type = EventType::kHire;
    RivalOffersOfStays(&ev);
    EXPECT_EQ(ev[0].outcome, r.want) << static_cast<int>(r.rival) << " " << static_cast<int>(r.stay);
    EXPECT_EQ(ev[1].outcome, r.stay);
    if (r.want == Outcome::kDeclined) {
      EXPECT_EQ(ev[0].type, EventType::kOffer);
    }
  }
  // The stay must be at the rival offer's origin and have no origin of its own (a counter-offer, not a move).
  std::vector<Event> other{
      PersonEvent(EventType::kOffer, "Quillon Systems", "Ferro Analytics", Outcome::kAccepted),
      PersonEvent(EventType::kOffer, "Norda Bank", "", Outcome::kAccepted)};
  std::vector<Event> moved{
      PersonEvent(EventType::kOffer, "Quillon Systems", "Ferro Analytics", Outcome::kAccepted),
      PersonEvent(EventType::kHire, "Ferro Analytics", "Quillon Systems", Outcome::kAccepted)};
  RivalOffersOfStays(&other);
  RivalOffersOfStays(&moved);
  EXPECT_EQ(other[0].outcome, Outcome::kAccepted);
  EXPECT_EQ(moved[0].outcome, Outcome::kAccepted);
}

}  // namespace
}  // namespace hirewire::normalize
