// English move shapes and announced starts of the twenty-seventh session (docs/events.md, branch evmove27).
// Own sentences (none a sentence of a test batch), each a whole article through the pipeline's steps, with
// the previous employer checked too; the reading before the change (main 2eec917) is in docs/events.md.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    {"passive-list",
     "Harmon Group reshuffles affiliate heads\n\nHarmon Group announced its annual executive reshuffle on Thursday.\n\nLee Dong-wook, chief executive of Harmon Steel, Park Su-jin, head of Harmon Energy, and Kim Tae-ho, who runs the group's planning office, were each promoted to vice chairman.",
     {{"hire", "Harmon Steel", "Lee Dong-wook", "", "joined"},
      {"hire", "Harmon Energy", "Park Su-jin", "", "joined"},
      {"hire", "Harmon Group", "Kim Tae-ho", "", "joined"}}},
    {"passive-list",
     "Nordvik Group names deputies\n\nAnna Lind, head of retail banking at Nordvik Bank, and Erik Sand, chief risk officer of Nordvik Insurance, were named deputy chief executives of Nordvik Group on Monday.",
     {{"hire", "Nordvik Group", "Anna Lind", "Nordvik Bank", "joined"},
      {"hire", "Nordvik Group", "Erik Sand", "Nordvik Insurance", "joined"}}},
    {"passive-list",
     "Orion Foods picks co-presidents\n\nGrace Hall, a senior vice president of Orion Foods, and Tom Reid, who leads the company's logistics arm, were appointed co-presidents of Orion Foods on Tuesday.",
     {{"hire", "Orion Foods", "Grace Hall", "", "joined"},
      {"hire", "Orion Foods", "Tom Reid", "", "joined"}}},
    {"passive-list",
     "Nexa Motors adds engineers\n\nKai Tanaka, an engineer at Sumida Robotics, and Rina Mori, a designer at Hoshi Labs, were hired by Nexa Motors last week.",
     {{"hire", "Nexa Motors", "Kai Tanaka", "Sumida Robotics", "joined"},
      {"hire", "Nexa Motors", "Rina Mori", "Hoshi Labs", "joined"}}},
    {"passive-list",
     "Daerim Group names new presidents\n\nDaerim Group said on Friday that Choi Jae-won, chief executive of Daerim Chemical, and Han Seo-yun, head of Daerim Logistics, were promoted to president.",
     {{"hire", "Daerim Chemical", "Choi Jae-won", "", "joined"},
      {"hire", "Daerim Logistics", "Han Seo-yun", "", "joined"}}},
    {"passive-list",
     "Castell Holdings board\n\nMaria Costa, chief financial officer of Velora Pharma, and James Ortiz, a managing director at Brixton Capital, were elected vice chairmen of Castell Holdings on Wednesday.",
     {{"hire", "Castell Holdings", "Maria Costa", "Velora Pharma", "joined"},
      {"hire", "Castell Holdings", "James Ortiz", "Brixton Capital", "joined"}}},
    {"holding-possessive",
     "Hanul Group reshuffle\n\nHanul Group reshuffled its affiliates on Monday, promoting the heads of Hanul Energy and Hanul Steel.\n\nMin Seo-yeon, a former senior vice president at LG Chem, was hired to lead Hanul's new hydrogen unit and will start on March 1.",
     {{"hire", "Hanul Group", "Min Seo-yeon", "LG Chem", "accepted"}}},
    {"took-office-its",
     "Orbis Insurance names CFO\n\nOrbis Insurance said Helen Cho assumed the post of chief financial officer on Tuesday.",
     {{"hire", "Orbis Insurance", "Helen Cho", "", "joined"}}},
    {"took-office-its",
     "Westbrook University president\n\nWestbrook University said Daniel Moore began his tenure as its president on July 1.",
     {{"hire", "Westbrook University", "Daniel Moore", "", "joined"}}},
    {"took-office-its",
     "Caldera Energy chairman\n\nCaldera Energy said Mark Ellis took office as its new chairman on Wednesday.",
     {{"hire", "Caldera Energy", "Mark Ellis", "", "joined"}}},
    {"took-office-its",
     "Sunrise Telecom\n\nSunrise Telecom said on Thursday that Baek Ji-hoon took office as its chief technology officer.",
     {{"hire", "Sunrise Telecom", "Baek Ji-hoon", "", "joined"}}},
    {"objectless-join",
     "Pemberton & Gray LLP hires two partners\n\nPemberton & Gray LLP said it hired Sarah Quinn, a litigation partner at Baker Hollis.\n\nThe firm also said Ryan Ko, a tax partner at Dewitt Marsh, will join in October.",
     {{"hire", "Pemberton & Gray LLP", "Sarah Quinn", "Baker Hollis", "joined"},
      {"hire", "Pemberton & Gray LLP", "Ryan Ko", "Dewitt Marsh", "accepted"}}},
    {"objectless-join",
     "Ardent Capital adds manager\n\nArdent Capital said Priya Nair, a portfolio manager at Fidelity Investments, will join next month.",
     {{"hire", "Ardent Capital", "Priya Nair", "Fidelity Investments", "accepted"}}},
    {"objectless-join",
     "Bank hires trader\n\nHollis Bank expanded its rates desk this year. The bank said Tom Grady, a senior trader at Barclays, will join in the spring.",
     {{"hire", "Hollis Bank", "Tom Grady", "Barclays", "accepted"}}},
    {"objectless-join",
     "Lumen Therapeutics\n\nLumen Therapeutics also said Elena Ruiz, a vice president at Pfizer, will join in January as chief medical officer.",
     {{"hire", "Lumen Therapeutics", "Elena Ruiz", "Pfizer", "accepted"}}},
    {"predecessor-term",
     "Hanbit Bank CEO\n\nHanbit Bank appointed Choi Woo-jin as its chief executive. He succeeds Yoon Sang-min, whose term expired in March.",
     {{"hire", "Hanbit Bank", "Choi Woo-jin", "", "joined"},
      {"departure", "Hanbit Bank", "Yoon Sang-min", "", "left"}}},
    {"predecessor-term",
     "Maple Insurance\n\nMaple Insurance named Julia Frost chief executive, replacing Peter Grant, who retired.",
     {{"hire", "Maple Insurance", "Julia Frost", "", "joined"},
      {"departure", "Maple Insurance", "Peter Grant", "", "left"}}},
    {"predecessor-term",
     "Corvex names CFO\n\nCorvex Industries named Dana Wells chief financial officer. She replaces Martin Cole, whose contract ended in June.",
     {{"hire", "Corvex Industries", "Dana Wells", "", "joined"},
      {"departure", "Corvex Industries", "Martin Cole", "", "left"}}},
    {"predecessor-term",
     "University president\n\nLakeside University elected Robert Chen as president on Monday. Chen succeeds Ellen Park, whose term ended last month.",
     {{"hire", "Lakeside University", "Robert Chen", "", "joined"},
      {"departure", "Lakeside University", "Ellen Park", "", "left"}}},
    {"companions",
     "Rovers FC hires coach\n\nRovers FC has hired Spanish coach Diego Marin from Real Betis.\n\nMarin brings with him two assistants from Real Betis, Luis Ortega and Pablo Ruiz, who have also signed with the club.",
     {{"hire", "Rovers FC", "Diego Marin", "Real Betis", "joined"},
      {"hire", "Rovers FC", "Luis Ortega", "Real Betis", "joined"},
      {"hire", "Rovers FC", "Pablo Ruiz", "Real Betis", "joined"}}},
    {"companions",
     "Harbor City hires manager\n\nHarbor City FC named Jan de Vries its new manager on Tuesday. De Vries is bringing with him three coaches from Ajax, Tim Bakker, Ruud Smit and Kees Jansen, who have also joined the club.",
     {{"hire", "Harbor City FC", "Jan de Vries", "", "joined"},
      {"hire", "Harbor City FC", "Tim Bakker", "Ajax", "joined"},
      {"hire", "Harbor City FC", "Ruud Smit", "Ajax", "joined"},
      {"hire", "Harbor City FC", "Kees Jansen", "Ajax", "joined"}}},
    {"companions",
     "Rovers FC hires Marin\n\nRovers FC has hired Spanish coach Diego Marin from Real Betis. Marin had turned down an offer from Sevilla FC in May.\n\nMarin brings with him two assistants from Real Betis, Luis Ortega and Pablo Ruiz, who have also signed with the club.",
     {{"hire", "Rovers FC", "Diego Marin", "Real Betis", "joined"},
      {"offer", "Sevilla FC", "Diego Marin", "Real Betis", "declined"},
      {"hire", "Rovers FC", "Luis Ortega", "Real Betis", "joined"},
      {"hire", "Rovers FC", "Pablo Ruiz", "Real Betis", "joined"}}},
    {"announced-start",
     "Seoyeon Bank CEO\n\nPark Min-ho has been appointed chief executive of Seoyeon Bank. Park will begin his three-year term on Friday.",
     {{"hire", "Seoyeon Bank", "Park Min-ho", "", "accepted"}}},
    {"announced-start",
     "Carver College\n\nJane Holt has been named president of Carver College. Holt will begin her five-year term on July 1.",
     {{"hire", "Carver College", "Jane Holt", "", "accepted"}}},
    {"announced-start",
     "Delta Trust chairman\n\nDelta Trust has appointed Sung Ho-jin as chairman. Sung will begin his two-year term next Monday.",
     {{"hire", "Delta Trust", "Sung Ho-jin", "", "accepted"}}},
};

class EventsMove27 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsMove27, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "move27-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsMove27, testing::ValuesIn(kCases));

// What must not be read: a join with a destination of its own is not the speaker's; a speaker that is no
// organization names no employer.
TEST(EventsMove27, ControlsKeepTheirReading) {
  const auto other = testing_support::PipelineEvents(
      "Bank news\n\nArdent Capital said Priya Nair, a portfolio manager at Fidelity Investments, will join Brixton "
      "Partners next month.",
      "move27-test");
  for (const Event& e : other) EXPECT_NE(e.employer, "Ardent Capital") << e.candidate;
  const auto person = testing_support::PipelineEvents(
      "Fund news\n\nA spokesperson said Priya Nair will join in October.", "move27-test");
  EXPECT_FALSE(testing_support::HasCandidate(person, "Priya Nair"));
}

}  // namespace
}  // namespace hirewire::normalize
