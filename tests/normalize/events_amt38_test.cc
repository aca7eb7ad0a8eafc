// Offer amounts on the right event, thirty-eighth session (docs/events.md, branch evamt38). Own sentences
// (new names and companies, none a sentence of a batch), each a whole article. On the start binary (main
// ffffaa36) each case but the controls lost an amount: pay terms in a later sentence whose subject is the
// person or a pronoun were dropped when the sentence also named a bystander organization ("filed with the
// Securities and Exchange Commission"), the person's previous employer after the amount ("… awards she is
// leaving behind at PepsiCo"), or closed on a comparison far from the amount ("-- several times what …
// typically earn"); "guaranteed $12mn" had no pay marker; a counter-offer two paragraphs after the offer it
// answers, and one after a sentence that also gave an event to a false candidate, lost their amounts.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;
using testing_support::PayWant;

const EventCase kCases[] = {
    // Control (read before as well): pay terms with the person as subject; the regulator the filing went to
    // is no
    // side of any event and stops nothing.
    {"en-pay-past-a-bystander-organization",
     "Norwell Foods hires PepsiCo's Ana Ruiz as finance chief\n\nNorwell Foods Inc. has hired Ana Ruiz, a senior vice "
     "president at PepsiCo Inc., as its chief financial officer.\n\nMs. Ruiz will start on March 2, the company "
     "said.\n\nRuiz's offer letter, filed with the Securities and Exchange Commission on Friday, provides an annual "
     "base salary of $900,000 and a $2 million signing bonus.",
     {{"hire", "Norwell Foods Inc.", "Ana Ruiz", "*", ""}},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kHolds, "Ana Ruiz", "Norwell Foods Inc.", "USD", {900000, 2000000}}}},
    // A pronoun subject; the previous employer named only after the amounts is what the award makes up for.
    {"en-pay-before-the-previous-employer",
     "Norwell Foods hires PepsiCo's Ana Ruiz as finance chief\n\nNorwell Foods Inc. has hired Ana Ruiz, a senior vice "
     "president at PepsiCo Inc., as its chief financial officer.\n\nMs. Ruiz will start on March 2, the company "
     "said.\n\nAccording to a filing, she will receive an annual base salary of $900,000 and a sign-on award valued "
     "at $2 million, partly to make up for awards she is leaving behind at PepsiCo.",
     {{"hire", "Norwell Foods Inc.", "Ana Ruiz", "*", ""}},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kHolds, "Ana Ruiz", "Norwell Foods Inc.", "USD", {900000, 2000000}}}},
    // A comparison closing the sentence far after the amount measures it; it makes no statistic of it.
    {"en-pay-with-a-late-comparison",
     "Norwell Foods hires PepsiCo's Ana Ruiz as finance chief\n\nNorwell Foods Inc. said on Monday that Ana Ruiz, a "
     "senior vice president at PepsiCo Inc., will join the company on April 1 as chief financial officer.\n\nRuiz "
     "will receive annual compensation of about $2.5 million, including performance-linked stock, according to a "
     "company filing -- several times what local finance chiefs typically earn.",
     {{"hire", "Norwell Foods Inc.", "Ana Ruiz", "*", ""}},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kHolds, "Ana Ruiz", "Norwell Foods Inc.", "USD", {2500000}}}},
    // A counter-offer two paragraphs after the rival's offer, the person named only after its amount.
    {"en-counter-offer-two-paragraphs-on",
     "Hedge fund lures bank trader\n\nPaul Grieve, one of Northgate Bank's top currency traders, has accepted an offer "
     "from hedge fund Wexford Capital that could be worth as much as $30 million over three years, people familiar "
     "with the matter said.\n\nGrieve, who runs Northgate's emerging-markets desk in London, is expected to start at "
     "Wexford in May.\n\nNorthgate made a counter-offer that included an $8 million retention package, but Grieve "
     "turned it down, one of the people said.",
     {{"offer", "Wexford Capital", "Paul Grieve", "*", ""},
      {"offer", "Northgate Bank", "Paul Grieve", "*", "declined"}},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kExactly, "Paul Grieve", "Northgate Bank", "USD", {8000000}},
      {PayWant::kExactly, "Paul Grieve", "Wexford Capital", "USD", {30000000}}}},
    // Control: pay an organization that is no side of any event puts up as the subject is not the hire's.
    {"en-acting-organization-blocks-stray-pay",
     "Norwell Foods hires PepsiCo's Ana Ruiz as finance chief\n\nNorwell Foods Inc. has hired Ana Ruiz, a senior vice "
     "president at PepsiCo Inc., as its chief financial officer.\n\nMs. Ruiz will start on March 2, the company "
     "said. Brightwater Corp. paid its own finance chief a salary of $3 million last year.",
     {{"hire", "Norwell Foods Inc.", "Ana Ruiz", "*", ""}},
     {},
     {},
     {},
     {},
     -1,
     {{PayWant::kNowhere, "*", "*", "USD", {3000000}}}},
};

class EventsAmt38 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsAmt38, GivesEachAmountToItsEvent) { testing_support::ExpectCase(GetParam(), "amt38-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsAmt38, testing::ValuesIn(kCases));

}  // namespace
}  // namespace hirewire::normalize
