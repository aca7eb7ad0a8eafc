// Candidate names, English move shapes, speakers and recruiters of the twenty-fifth session (docs/events.md,
// branch evname25): a Hangul foreign name closed or opened by a one-syllable foreign family name (로버트 첸,
// 탄 웨이밍) is one person; a reporter's title closed by a recipient or object particle is the person's job;
// "will lead ORG"; the title administrator; a speaker whose "that" clause has a subject of its own is no
// employer; a speaker who "recruited her" is no candidate; "to join as" after an offer verb is the offer's
// purpose; "what X pays its executives" is no group; a pronoun subject of a group hire; the pay holder named
// by the last word of a foreign name. Own sentences (none is a sentence of a test batch), each a whole
// article through the pipeline's steps; the counts before the change (main 8a71633) are in the comments.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // A Hangul foreign name closed by a one-syllable foreign family name (첸, 린), or opened by one (탄, 린):
    // main 1/5 (제니퍼 린, read by the tagger; "샤오위" alone for 린 샤오위).
    {"foreign-name",
     "한빛대, 석좌교수 영입\n\n한빛대학교는 3일 로버트 첸 전 스탠퍼드대 교수를 석좌교수로 영입했다고 밝혔다.",
     {{"hire", "한빛대학교", "로버트 첸", "*", "joined"}}},
    {"foreign-name",
     "미래바이오 인사\n\n미래바이오는 제니퍼 린 전 화이자 수석연구원을 신약개발본부장으로 선임했다고 9일 밝혔다.",
     {{"hire", "미래바이오", "제니퍼 린", "*", "joined"}}},
    {"foreign-name",
     "서울대 임용\n\n서울대학교는 케빈 첸 박사를 석좌교수로 임용했다고 밝혔다.",
     {{"hire", "Seoul National University", "케빈 첸", "*", "joined"}}},
    {"foreign-name",
     "세진바이오 인사\n\n세진바이오는 탄 웨이밍 전 스탠퍼드대 교수를 최고기술책임자로 영입했다고 11일 밝혔다.",
     {{"hire", "세진바이오", "탄 웨이밍", "*", "joined"}}},
    {"foreign-name",
     "한국대 임용\n\n한국대학교는 린 샤오위 박사를 연구교수로 임용했다고 밝혔다.",
     {{"hire", "한국대학교", "린 샤오위", "*", "joined"}}},
    // A reporter's title closed by a recipient or object particle is the person's job: main 0/4.
    {"reporter-title",
     "한국방송, 앵커 영입 추진\n\n한국방송은 DBC의 간판 앵커 이수진 기자에게 연봉 4억원과 주중 메인뉴스 진행을 조건으로 제시하며 "
     "영입을 추진하고 있다.",
     {{"offer", "한국방송", "이수진", "*", "offered"}}},
    {"reporter-title",
     "한빛방송 앵커 영입\n\n한빛방송은 대한일보 정치부 박민호 기자를 메인뉴스 앵커로 영입했다고 4일 밝혔다.",
     {{"hire", "한빛방송", "박민호", "*", "joined"}}},
    {"reporter-title",
     "한빛방송 영입 제안\n\n한빛방송은 대한일보의 정경호 기자에게 연봉 3억원을 제시했다고 업계가 전했다.",
     {{"offer", "한빛방송", "정경호", "*", "offered"}}},
    {"reporter-title",
     "케이방송 영입 추진\n\n케이방송은 MBS의 간판 앵커 한지민 기자에게 연봉 6억원을 제시하며 영입을 추진하고 있다.",
     {{"offer", "케이방송", "한지민", "*", "offered"}}},
    // "will lead ORG" / "will head ORG": main 0/3.
    {"will-lead",
     "Harbor Freightways names new chief\n\nHarbor Freightways said on Tuesday that its chief executive, Tom Rizzo, will "
     "retire in March. Daniel Brooks, a senior vice president in charge of logistics, will lead Harbor Freightways after "
     "Rizzo leaves.",
     {{"hire", "Harbor Freightways", "Daniel Brooks", "*", "accepted"}}},
    {"will-lead",
     "Bank chief\n\nNorthwind Bank said its chairman, Carl Jung, will step down next year. Maria Costa, the bank's head "
     "of retail, will lead Northwind Bank after he leaves.",
     {{"hire", "Northwind Bank", "Maria Costa", "*", "accepted"}}},
    {"will-lead",
     "Insurer chief\n\nHarbor Insurance named a new chief executive on Monday. Tom Reed, a former partner at McKinsey, "
     "will head Harbor Insurance from April.",
     {{"hire", "Harbor Insurance", "Tom Reed", "*", "accepted"}}},
    // The title administrator: main 0/3.
    {"administrator",
     "Weather agency gets acting head\n\nDeputy Administrator Paul Ortiz was named acting administrator of the National "
     "Weather Agency on Monday after the departure of its chief.",
     {{"hire", "National Weather Agency", "Paul Ortiz", "*", "joined"}}},
    {"administrator",
     "Grid agency\n\nThe president on Monday named Deputy Administrator Alan Brandt acting administrator of the Federal "
     "Grid Agency.",
     {{"hire", "Federal Grid Agency", "Alan Brandt", "*", "joined"}}},
    {"administrator",
     "Rail agency\n\nRita Gomez, the agency's deputy, was named administrator of the Federal Rail Administration on "
     "Tuesday.",
     {{"hire", "Federal Rail Administration", "Rita Gomez", "*", "joined"}}},
    // A speaker whose "that" clause has a subject of its own is no employer: main 0/2 (both at the White
    // House).
    {"speaker",
     "Housing agency nominee\n\nFederal Housing Agency chief Ron Wells resigned last month. The White House said Friday "
     "that the president had nominated Laura Finch, the agency's deputy, to lead the agency permanently.",
     {{"hire", "Federal Housing Agency", "Laura Finch", "*", "accepted"}},
     {},
     {"White House"}},
    {"speaker",
     "Agency nominee\n\nThe Office of Space Commerce has been without a permanent director since June. The White House "
     "said Tuesday that the president had nominated Julia Marsh, a former NASA official, to lead the office.",
     {{"hire", "Office of Space Commerce", "Julia Marsh", "*", "accepted"}},
     {},
     {"White House"}},
    // A speaker who recruited the mover is no candidate: main 0/2 (a hire of the recruiter).
    {"recruiter",
     "Orion Robotics hires CTO\n\nOrion Robotics has hired Maria Santos, a former Google engineer, as its chief technology "
     "officer. Chief executive Marcus Hale said he recruited her personally after meeting her at a conference in Lisbon.",
     {{"hire", "Orion Robotics", "Maria Santos", "*", "joined"}},
     {},
     {},
     {"Marcus Hale*"}},
    {"recruiter",
     "Startup hires\n\nVela Robotics has hired Priya Nair, a former Amazon engineer, as chief technology officer. Founder "
     "Sam Ortiz said he recruited her after a two-year search.",
     {{"hire", "Vela Robotics", "Priya Nair", "*", "joined"}},
     {},
     {},
     {"Sam Ortiz*"}},
    // "to join as" after an offer verb is the offer's purpose: main 0/2 (a hire, joined).
    {"offer-purpose",
     "Meta makes offer\n\nMeta has offered Wen Li, a researcher at Google DeepMind, a pay package worth $12 million to "
     "join as head of its pretraining team. Li has not decided, people familiar with the matter said.",
     {{"offer", "Meta Platforms", "Wen Li", "*", "offered"}}},
    {"offer-purpose",
     "Hedge fund\n\nBlackridge Capital has offered Tom Hale a package worth $8 million a year to join as head of its macro "
     "desk. Hale has not decided.",
     {{"offer", "Blackridge Capital", "Tom Hale", "*", "offered"}}},
    // "what X pays its executives" is no group: main 1/2 (an offer to "executives").
    {"paid-staff",
     "Tokyo bank pay\n\nMizuho Trust has hired Kevin Yoon from Goldman Sachs as head of trading. The compensation package "
     "exceeds $5 million a year, several times what Mizuho Trust pays its domestic executives.",
     {{"hire", "Mizuho Trust", "Kevin Yoon", "*", "joined"}},
     {},
     {},
     {"executives*"}},
    {"paid-staff",
     "Pay gap\n\nHollis Bank has hired Jane Park from Citigroup as head of trading. Her pay is well above what Hollis Bank "
     "pays its senior traders, people familiar with the matter said.",
     {{"hire", "Hollis Bank", "Jane Park", "*", "joined"}},
     {},
     {},
     {"traders*"}},
    // A pronoun subject of a group hire: main 0/3.
    {"pronoun-hirer",
     "Parallax hires\n\nParallax Systems is building a chip team. In recent months it has hired at least a dozen engineers "
     "from Nvidia, according to people familiar with the matter.",
     {{"hire", "Parallax Systems", "engineers*", "*", "joined"}}},
    {"pronoun-hirer",
     "Startup hires\n\nVolta Labs is expanding fast. They hired 12 engineers from Tesla last month, a spokesman said.",
     {{"hire", "Volta Labs", "engineers*", "*", "joined"}}},
    {"pronoun-hirer",
     "Startup hires\n\nOrbit Labs is racing to build chips. Last year it hired 15 engineers from AMD.",
     {{"hire", "Orbit Labs", "engineers*", "*", "joined"}}},
};

class EventsNames25 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsNames25, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "name25-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsNames25, testing::ValuesIn(kCases));

// The pay holder named by the last word of a foreign name ("리 부사장의 연봉은"), with the amount glossed in
// won
// ("한화 약 27억원": the currency word, no company): main 0/3 (the amounts went to no event; 한화 was a
// company).
TEST(EventsNames25, TheLastWordOfAForeignNameHoldsThePay) {
  const char* texts[] = {
      "한빛증권, 마이클 리 부사장 영입\n\n한빛증권은 마이클 리 전 JP모건 상무를 글로벌사업부문 부사장으로 영입했다고 8일 "
      "밝혔다.\n\n리 부사장의 연봉은 성과급을 포함해 200만 달러(한화 약 27억원) 수준으로 알려졌다.\n",
      "대한제약 인사\n\n대한제약은 로버트 첸 전 노바티스 수석연구원을 신약연구소장으로 영입했다고 3일 밝혔다.\n\n첸 "
      "소장의 연봉은 150만 달러(한화 약 20억원) 수준인 것으로 전해졌다.\n",
      "세진증권 인사\n\n세진증권은 스티븐 탄 전 골드만삭스 전무를 최고투자책임자로 선임했다고 2일 밝혔다.\n\n탄 전무의 "
      "연봉은 100만 달러(한화 약 13억원)에 이른다.\n",
  };
  const long long usd[] = {2000000, 1500000, 1000000};
  for (size_t i = 0; i < std::size(texts); ++i) {
    bool paid = false;
    for (const Event& e : testing_support::PipelineEvents(texts[i], "name25-test"))
      for (const Offer& o : e.offers)
        paid = paid || (e.type == EventType::kHire && o.value == std::to_string(usd[i]));
    EXPECT_TRUE(paid) << texts[i];
  }
}

// What stays as it was: "agreed to join as" after an offer is the person's move; a speaker who says "it had
// hired" speaks for the employer; a byline's reporter is no candidate.
TEST(EventsNames25, ControlsKeepTheirReading) {
  const std::vector<Event> agreed = testing_support::PipelineEvents(
      "Orbis hires\n\nDana Kirsch, who was offered a seat on the board last year, has agreed to join as chief scientist "
      "of Orbis Labs.\n",
      "name25-test");
  bool hire = false;
  for (const Event& e : agreed) hire = hire || (e.type == EventType::kHire && e.candidate == "Dana Kirsch");
  EXPECT_TRUE(hire);
  const std::vector<Event> spoke = testing_support::PipelineEvents(
      "Kestrel hires\n\nKestrel Bank said Monday that it had hired Omar Haddad as chief operating officer.\n",
      "name25-test");
  bool at_kestrel = false;
  for (const Event& e : spoke)
    at_kestrel = at_kestrel || (e.candidate == "Omar Haddad" && e.employer == "Kestrel Bank");
  EXPECT_TRUE(at_kestrel);
  const std::vector<Event> byline = testing_support::PipelineEvents(
      "대한전자 인사\n\n대한전자는 김수진 전무를 대표이사로 선임했다.\n\n박민호 기자 minho@example.com\n",
      "name25-test");
  for (const Event& e : byline) EXPECT_NE(e.candidate, "박민호");
}

}  // namespace
}  // namespace hirewire::normalize
