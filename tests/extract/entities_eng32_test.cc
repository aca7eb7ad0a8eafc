// English law-firm names of the thirty-second session (docs/events.md, branch eveng32): partners' names
// joined by commas and an ampersand before a legal form are one company, a stop word among them included. Own
// sentences (new names, none a sentence of a test batch).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/entities.h"
#include "tests/extract/entity_case_table.h"

namespace hirewire::extract {
namespace {

using testing_support::EntityCase;
using testing_support::Want;

void Check(const std::vector<EntityCase>& cases) { testing_support::ExpectEntityCases(cases); }

// A stop word (en_stop) right before a partner comma, after "from", "at" or a move verb, is a partner's name;
// five partners fit the name (up to ten tokens before the legal form).
TEST(Eng32, PartnersBeforeALegalFormAreOneName) {
  Check({
      {"en", "Marlow Keane LLP hired partner Ada Brook from Getty, Lowe & Crane LLP on Tuesday.",
       "Getty, Lowe & Crane LLP", Want::kTypedOrganization},
      {"en", "Ravi Dutt joined Read, Hollis & Marsh LLP as a partner in its London office.",
       "Read, Hollis & Marsh LLP", Want::kTypedOrganization},
      {"en", "Tom Baker, a partner at Slater, Arden, Price, Moss & Vane LLP, has retired.",
       "Slater, Arden, Price, Moss & Vane LLP", Want::kTypedOrganization},
      // Controls: a date or a sentence adverb before the comma is no partner.
      {"en", "On Tuesday, Smith & Orme LLP hired Tom Baker.", "Smith & Orme LLP", Want::kTypedOrganization},
      {"en", "On Tuesday, Smith & Orme LLP hired Tom Baker.", "Tuesday, Smith & Orme LLP", Want::kNone},
      {"en", "However, Keller & Stein LLP said it would hire more lawyers.", "Keller & Stein LLP",
       Want::kTypedOrganization},
      {"en", "The deal closed in London, Harlow & Finch LLP said.", "London, Harlow & Finch LLP",
       Want::kNone},
  });
}

}  // namespace
}  // namespace hirewire::extract
