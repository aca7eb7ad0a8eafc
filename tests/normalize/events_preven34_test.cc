// English previous employers read from what the whole article says about the person, thirty-fourth session
// (docs/events.md, branch evpreven34). Own articles (invented people and companies, none a sentence of the
// regression or blind batches), each a whole article (headline and at least two body paragraphs, so that the
// pair pass and the role models run).
#include <gtest/gtest.h>

#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // 1. The organization of a title in the person's apposition ("the provost of X") is the origin also of a
    // hire
    // the learned pair pass adds after the rules ("has chosen NAME, …, as its 12th president").
    {"apposition-origin-of-a-pair-hire",
     "Harwick College picks Denholm provost as president\n\nHarwick College has chosen Lena Ostrova, the provost of "
     "Denholm University, as its 12th president, the school's trustees announced on Friday.\n\nOstrova will take "
     "office on Aug. 1. She will be the first economist to lead the college.\n\n\"Lena listens first,\" trustee "
     "chair Paul Ibsen said.",
     {{"hire", "Harwick College", "Lena Ostrova", "Denholm University", ""}}},
    // 2. A person who joined the employer in a past year moves inside it: the older place is no origin.
    {"joined-the-employer-years-ago",
     "Tarsan Foods names operations chief Kell as CEO\n\nTarsan Foods said on Monday that Chief Operating Officer "
     "Mira Kell will succeed Otto Brand as chief executive on March 1.\n\nKell, 50, joined Tarsan Foods from "
     "Albright Mills in 2013 and has run its plants since 2019.\n\nBrand is retiring after ten years in the role.",
     {{"hire", "Tarsan Foods", "Mira Kell", "", ""}},
     {{"hire", "Tarsan Foods", "Mira Kell", "Albright Mills", ""}}},
    // 2b. "joined the company" when the employer is the organization named last before the person.
    {"joined-the-employer-years-ago",
     "Orsk Shipping promotes Dana Lund\n\nOrsk Shipping has appointed Dana Lund as executive vice president for "
     "chartering.\n\nLund, who joined the company from Vessler Lines in 2018, previously ran its Asia desk.\n\n"
     "The shipper named no other executives.",
     {{"hire", "Orsk Shipping", "Dana Lund", "", ""}},
     {{"hire", "Orsk Shipping", "Dana Lund", "Vessler Lines", ""}}},
    // Control: the person joined another organization years ago (the one they leave now): it stays the
    // origin.
    {"joined-another-organization",
     "Corvel Capital woos Pellis Bank trader\n\nCorvel Capital has offered Jon Ames, a rates trader at Pellis Bank, "
     "a two-year package worth $12 million, people familiar with the matter said.\n\nAmes joined Pellis Bank from "
     "Norrow Securities in 2016 and has not decided whether to accept.\n\nCorvel declined to comment.",
     {{"offer", "Corvel Capital", "Jon Ames", "Pellis Bank", ""}}},
    // 3. A publication placing a post in the person's apposition is where the person comes from.
    {"publication-in-apposition",
     "The Marlow Gazette names new editor\n\nThe Marlow Gazette has named Owen Fitch, deputy editor of the "
     "Financial Times, as its next editor, the paper's owner said on Tuesday.\n\nFitch will start in June.\n\n"
     "\"Owen is a superb newsman,\" the owner said.",
     {{"hire", "*", "Owen Fitch", "Financial Times", ""}}},
    // 4. A capitalized name right after the listed people and "from" is their origin, also when the
    // recognizer
    // does not know it; a person with an origin of their own keeps it; a quoted analyst's firm is nobody's
    // origin.
    {"from-after-the-listed-people",
     "Velden Partners hires three Strand Hollis partners\n\nVelden Partners has hired Ana Roos, Piet Bloem and "
     "Karel Dijk from Strand Hollis, along with six associates, the law firm said on Monday.\n\nThe group joined "
     "Velden's Amsterdam office this week.\n\n\"It is a big loss,\" said Ben Hart, an analyst at Morrow Research.",
     {{"hire", "Velden Partners", "Ana Roos", "Strand Hollis", ""},
      {"hire", "Velden Partners", "Piet Bloem", "Strand Hollis", ""},
      {"hire", "Velden Partners", "Karel Dijk", "Strand Hollis", ""}},
     {},
     {},
     {"Strand Hollis"}},
    {"from-after-each-person",
     "Quarry Bank hires two desk heads\n\nQuarry Bank has hired Ola Berg from Tarsa Capital and Nils Dahl from "
     "Brimwell Securities to run its trading desks in Oslo and Bergen, the bank said.\n\nBoth have already "
     "joined.\n\nQuarry Bank did not disclose their pay.",
     {{"hire", "Quarry Bank", "Ola Berg", "Tarsa Capital", ""},
      {"hire", "Quarry Bank", "Nils Dahl", "Brimwell Securities", ""}}},
};

class EventsPrevEn34 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsPrevEn34, ReadsThePreviousEmployer) { testing_support::ExpectCase(GetParam(), "preven34-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsPrevEn34, testing::ValuesIn(kCases));

}  // namespace
}  // namespace hirewire::normalize
