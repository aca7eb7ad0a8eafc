// English learning from the blind batches events-b43/b44, thirty-first session (docs/events.md, branch
// evlearnen31): entity boundaries the event reading needs. Own sentences (new names and companies, none a
// sentence of the batches).
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

// A kind of company (en_opening_kind_noun) opening the sentence, or after a dateline dash, before a
// capitalized name describes the company and is no part of its name.
TEST(LearnEn31, OpeningKindNounIsNoPartOfTheName) {
  Check({
      {"en", "Reinsurer Calloway Re said on Monday it had named Ines Varga as chief risk officer.",
       "Calloway Re", Want::kTypedOrganization},
      {"en", "Reinsurer Calloway Re said on Monday it had named Ines Varga as chief risk officer.",
       "Reinsurer Calloway Re", Want::kNone},
      {"en", "Chipmaker Tessaro Semiconductor has hired Owen Pryce as chief financial officer.",
       "Tessaro Semiconductor", Want::kTypedOrganization},
      {"en", "Chipmaker Tessaro Semiconductor has hired Owen Pryce as chief financial officer.",
       "Chipmaker Tessaro Semiconductor", Want::kNone},
      {"en",
       "ZURICH, May 2 (Reuters) - Insurer Halvard Holdings said its finance chief would retire in June.",
       "Halvard Holdings", Want::kTypedOrganization},
      {"en", "Drugmaker Pellicano Pharma named Rosa Lind as head of research on Tuesday.", "Pellicano Pharma",
       Want::kTypedOrganization},
      // Controls: a listed word inside the sentence, and a company whose name opens with a word of another
      // kind.
      {"en", "The deal makes the reinsurer Calloway Re the largest in Bermuda.", "Calloway Re",
       Want::kTypedOrganization},
      {"en", "Union Pacific said on Monday it had named Ines Varga as chief risk officer.", "Union Pacific",
       Want::kOrganization},
  });
}

}  // namespace
}  // namespace hirewire::extract
