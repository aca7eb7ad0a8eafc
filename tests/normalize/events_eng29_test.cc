// English move shapes, counter-offers and bylines of the twenty-ninth session (docs/events.md, branch
// eveng29). Own sentences (none a sentence of a test batch), each a whole article through the pipeline's
// steps, with the previous employer and the outcome checked; the reading before the change (main 1a95d83b) is
// in docs/events.md.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;
using testing_support::HasEvent;

const EventCase kCases[] = {
    // 1. A lower-case title opening the sentence before the name ("Chief designer NAME also retired"): the
    // name is
    //    the subject of the self departure.
    {"title-opener",
     "Halvorsen Motors reshuffles design team\n\nHalvorsen Motors said on Tuesday that sales of its electric trucks rose 12 percent. Chief designer Petra Lindqvist also retired at the end of last month.",
     {{"departure", "Halvorsen Motors", "Petra Lindqvist", "", "left"}}},
    {"title-opener",
     "Orvelle Bank loses economist\n\nOrvelle Bank reported a drop in quarterly profit on Wednesday. Senior economist Daniel Okoro resigned last week to write a book.",
     {{"departure", "Orvelle Bank", "Daniel Okoro", "", "left"}}},
    {"title-opener",
     "Brightwater Games restructures\n\nBrightwater Games cut 40 jobs on Monday. Lead designer Mina Sato stepped down on Friday, the studio said.",
     {{"departure", "Brightwater Games", "Mina Sato", "", "left"}}},
    {"title-opener",
     "Kessler Steel news\n\nKessler Steel said on Thursday it would close a plant in Ohio. Deputy director Hana Novak retired after 30 years at the company.",
     {{"departure", "Kessler Steel", "Hana Novak", "", "left"}}},
    {"title-opener",
     "Tarn Foods kitchen\n\nTarn Foods opened a new plant on Monday. Product chief Luis Moreno resigned on Friday.",
     {{"departure", "Tarn Foods", "Luis Moreno", "", "left"}}},
    // 2. "extended TITLE NAME's contract": a contract extension keeps the person in the post (a hire, joined,
    // no
    //    previous employer, as the golds count one).
    {"owned-contract",
     "Calder Foods extends CEO\n\nCalder Foods reported higher profit on Monday. The board also extended chief executive Thomas Baird's contract by three years.",
     {{"hire", "Calder Foods", "Thomas Baird", "", "joined"}}},
    {"owned-contract",
     "Bay City FC keeps coach\n\nBay City FC lost 2-1 on Saturday. The club extended head coach Marco Ruiz's contract for two more seasons.",
     {{"hire", "Bay City FC", "Marco Ruiz", "", "joined"}}},
    {"owned-contract",
     "Norvik Energy\n\nNorvik Energy has extended Ingrid Dahl's contract as chief financial officer until 2029, the company said.",
     {{"hire", "Norvik Energy", "Ingrid Dahl", "", "joined"}}},
    {"owned-contract",
     "Harlow United\n\nHarlow United renewed manager Ellen Price's contract on Friday after a third straight promotion.",
     {{"hire", "Harlow United", "Ellen Price", "", "joined"}}},
    // 3. A company whose last word is "Re" (a reinsurer) is no person: its hires are read.
    {"re-company",
     "Calloway Re promotes Whitfield\n\nCalloway Re, the Bermuda-based reinsurer, has promoted Sarah Whitfield to chief operating officer, the company said on Tuesday.",
     {{"hire", "Calloway Re", "Sarah Whitfield", "", "joined"}}},
    {"re-company",
     "Halden Re hires\n\nHalden Re, a Zurich-based reinsurer, named Omar Aziz its chief risk officer on Monday.",
     {{"hire", "Halden Re", "Omar Aziz", "", "joined"}}},
    {"re-company",
     "Brightstone Re\n\nBrightstone Re has hired Nadia Flores as chief underwriting officer.",
     {{"hire", "Brightstone Re", "Nadia Flores", "", "joined"}}},
    // 4. The next sentence's biography names the previous employer: past an "of" that names no organization
    // ("vice
    //    president of engineering at Stripe"), a verb of working with no title ("led pricing at reinsurer X",
    //    "worked at", "spent 14 years at"), an organization as the object of "coached".
    {"bio-place",
     "Orin Labs\n\nOrin Labs said Tuesday that Mark Ellis has joined as chief technology officer. Ellis previously served as vice president of engineering at Stripe.",
     {{"hire", "Orin Labs", "Mark Ellis", "Stripe", "joined"}}},
    {"bio-place",
     "Brightstone Capital\n\nBrightstone Capital has hired Nadia Flores as chief investment officer. Flores previously served as head of equities at Fidelity Investments.",
     {{"hire", "Brightstone Capital", "Nadia Flores", "Fidelity Investments", "joined"}}},
    {"bio-place",
     "Tessera Mutual hires\n\nTessera Mutual Insurance said on Monday that Ravi Kumar has joined as chief risk officer. Kumar previously led pricing at reinsurer Solent Re.",
     {{"hire", "Tessera Mutual Insurance", "Ravi Kumar", "Solent Re", "joined"}}},
    {"bio-place",
     "Orin Labs\n\nOrin Labs said Tuesday that Mark Ellis has joined as chief technology officer. Ellis previously worked at Kestrel Robotics.",
     {{"hire", "Orin Labs", "Mark Ellis", "Kestrel Robotics", "joined"}}},
    {"bio-place",
     "Orin Labs\n\nOrin Labs has hired Mark Ellis as chief technology officer. Ellis spent 14 years at Ubisoft in Montreal.",
     {{"hire", "Orin Labs", "Mark Ellis", "Ubisoft", "joined"}}},
    {"bio-place",
     "Beerschot names coach\n\nBeerschot named Jan Claes as head coach on Monday. Claes previously coached Club Brugge.",
     {{"hire", "Beerschot", "Jan Claes", "Club Brugge", "joined"}}},
    // 5. "ORG has offered NAME, TITLE … at ORG2, the role of …": an employer-side verb between the
    // organization and
    //    the name makes the person its object, no executive of it (an executive title after the name dropped
    //    them).
    {"offer-object",
     "Parallax Media courts Netflix executive\n\nParallax Media has offered Jordan Ellis, vice president of original series at Netflix, the role of chief content officer, people familiar with the matter said.",
     {{"offer", "Parallax Media", "Jordan Ellis", "Netflix", "offered"}}},
    {"offer-object",
     "Kestrel Labs courts Lumen chief\n\nKestrel Labs offered Omar Reyes, president of Lumen AI, the job of chief operating officer last month.",
     {{"offer", "Kestrel Labs", "Omar Reyes", "Lumen AI", "offered"}}},
    {"offer-object",
     "Harbor Bank hires Citi executive\n\nHarbor Bank has hired Mia Chen, president of consumer banking at Citigroup, as chief executive.",
     {{"hire", "Harbor Bank", "Mia Chen", "Citigroup", "joined"}}},
    // 6. "ORG offered him …, but he declined the offer": the pronoun is the person named before; a company
    // whose last
    //    word is "Shipbuilding" is a company.
    {"pronoun-offer",
     "Busan shipyard talent\n\nPark Ji-won ran the hull design team at Hanwha Ocean for 12 years. Ulsan Shipbuilding offered him a salary of $1.5 million, but he declined the offer.",
     {{"offer", "Ulsan Shipbuilding", "Park Ji-won", "Hanwha Ocean", "declined"}}},
    {"pronoun-offer",
     "Yard poaching\n\nChoi Dae-sung led design at Samsung Heavy Industries for a decade. China's Ningbo Donghai Shipbuilding offered him an annual salary of $2 million, but he declined the offer.",
     {{"offer", "Ningbo Donghai Shipbuilding", "Choi Dae-sung", "Samsung Heavy Industries", "declined"}}},
    {"pronoun-offer",
     "Yard poaching\n\nKim Hae-jin headed welding research at Hyundai Heavy Industries. Qingdao Hailong Shipbuilding offered her a post as chief engineer, but she declined the offer.",
     {{"offer", "Qingdao Hailong Shipbuilding", "Kim Hae-jin", "Hyundai Heavy Industries", "declined"}}},
};

class EventsEng29 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsEng29, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "eng29-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsEng29, testing::ValuesIn(kCases));

// What must not be read: a passive extension told as background ("NAME's contract was extended … last
// spring") is no hire; "extended its lead over NAME's company" names no contract of the person's; an employer
// the biography leaves for another ("before joining") is not the previous one; a counter-offer being prepared
// is not made.
TEST(EventsEng29, ControlsKeepTheirReading) {
  const auto passive = testing_support::PipelineEvents(
      "Orvane Pharma denies CEO talks\n\nOrvane Pharma AG denied a report that it was in talks to hire a new chief "
      "executive. Investors have pressed for clarity since Klaus Berger's contract was extended by only a year last "
      "spring.",
      "eng29-test");
  for (const Event& e : passive) EXPECT_NE(e.type, EventType::kHire) << e.candidate;
  const auto lead = testing_support::PipelineEvents(
      "Calder Foods results\n\nCalder Foods reported higher profit on Monday. Calder Foods extended its lead over "
      "Thomas Baird's company in the frozen food market.",
      "eng29-test");
  EXPECT_FALSE(HasEvent(lead, "Calder Foods", "Thomas Baird"));
  // A counter-offer being prepared is no offer; the rival's offer stays.
  const auto prepared = testing_support::PipelineEvents(
      "Brightline courts Calder engineer\n\nBrightline Robotics has offered Dana Wu, Calder Systems' head of perception, "
      "a job as chief technology officer, two people familiar with the matter said.\n\nCalder Systems is preparing a "
      "counteroffer, one of them said, though its terms haven't been settled.",
      "eng29-test");
  EXPECT_TRUE(HasEvent(prepared, "Brightline Robotics", "Dana Wu"));
  EXPECT_FALSE(HasEvent(prepared, "Calder Systems", "Dana Wu"));
  const auto prepares = testing_support::PipelineEvents(
      "Orbis courts Vell scientist\n\nOrbis AI has offered Ravi Menon, a senior scientist at Vell Labs, a job as head of "
      "research.\n\nVell Labs prepares a counteroffer, a person close to the company said.",
      "eng29-test");
  EXPECT_FALSE(HasEvent(prepares, "Vell Labs", "Ravi Menon"));
  // "spent eight years at X before joining Y": X is an older employer, no previous employer of the move.
  const auto older = testing_support::PipelineEvents(
      "Orin Labs hires CTO\n\nOrin Labs has hired Mark Ellis as chief technology officer. Ellis spent eight years at "
      "Ubisoft before joining Valve in 2019.",
      "eng29-test");
  for (const Event& e : older) EXPECT_NE(e.previous_employer, "Ubisoft") << e.candidate;
}

}  // namespace
}  // namespace hirewire::normalize
