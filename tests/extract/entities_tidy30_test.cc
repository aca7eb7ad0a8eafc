// The German press name cut to its family initial, one pass for both readings (thirtieth session, branch
// tidy30; docs/entities.md): a listed given name in a Latin-script language other than English, and any
// capitalized name of three letters or more closed after the dot (a lower-case word, a comma, the end) or
// after an age adjective. Sentences written for this test, none from a batch.
#include <gtest/gtest.h>

#include "extract/entities.h"
#include "tests/extract/entity_case_table.h"

namespace hirewire::extract {
namespace {

using testing_support::Want;

TEST(Tidy30, InitialCutNames) {
  testing_support::ExpectEntityCases({
      // The press-language reading: a bracketed age after the dot (no closing word).
      {"de", "Vor Gericht schwieg Jürgen S. (45) die ganze Zeit.", "Jürgen S.", Want::kPerson},
      {"nl", "Volgens de politie werd Jan V. (34) aangehouden.", "Jan V.", Want::kPerson},
      // The closed reading, English paragraphs too.
      {"en", "Dieter K. said he would appeal the ruling.", "Dieter K.", Want::kPerson},
      {"fr", "Selon le parquet, Pierre D. a été interpellé mardi.", "Pierre D.", Want::kPerson},
      {"de", "Die Polizei nahm Thomas B. fest, wie ein Sprecher sagte.", "Thomas B.", Want::kPerson},
      // After an age adjective.
      {"de", "Der 61-jährige Quirin Z. wurde freigesprochen.", "Quirin Z.", Want::kPerson},
      // No given name, no age: a group's letter.
      {"de", "Die Gruppe A. Danach folgt Gruppe B.", "Gruppe A.", Want::kNone},
      {"en", "The Group A. Next came the final.", "Group A.", Want::kNone},
  });
}

}  // namespace
}  // namespace hirewire::extract
