// Dataset scores of the clause-role parser: a hand-written table of newswire sentences and a
// held-out table of sentences from the blind hiring batch (docs/syntax.md). Floors in
// tests/syntax/syntax_floors.h.
#include <gtest/gtest.h>

#include <iostream>

#include "tests/syntax/roles_table.h"
#include "tests/syntax/syntax_floors.h"

namespace hirewire::syntax::roles_table {
namespace {

// Scores one table: rows whose every column is right; prints the per-column counts and misses.
int RowsRight(const std::vector<Case>& cases) {
  int rows_right = 0, gave_up = 0;
  std::array<int, kColumns + 1> column_right{};
  std::ostringstream misses;
  for (const Case& c : cases) {
    std::optional<Span> t = FindTrigger(c.sentence, c.trigger);
    EXPECT_TRUE(t) << "line " << c.line << ": trigger '" << c.trigger << "' not in the sentence";
    if (!t) continue;
    std::optional<ClauseRoles> roles = Parser().Parse(c.sentence, {*t}, Deadline{});
    std::array<std::string, kColumns + 1> got;
    got.fill("?");
    if (!roles)
      ++gave_up;
    else
      got = Actual(c.sentence, roles->triggers.at(0));
    bool all = true;
    for (int i = 0; i <= kColumns; ++i) {
      if (got[i] == c.expected[i]) {
        ++column_right[i];
      } else {
        all = false;
        misses << "  line " << c.line << " [" << c.trigger << "] " << kColumnNames[i] << ": want '"
               << c.expected[i] << "' got '" << got[i] << "'\n";
      }
    }
    rows_right += all;
  }
  std::cout << "rows all right " << rows_right << "/" << cases.size() << " (gave up on " << gave_up << ");";
  for (int i = 0; i <= kColumns; ++i) std::cout << " " << kColumnNames[i] << " " << column_right[i];
  std::cout << "\n" << misses.str();
  return rows_right;
}

TEST(EnglishRolesTables, TableOfNewswireSentences) {
  std::vector<Case> cases = LoadCases();
  ASSERT_GE(cases.size(), 40u);
  int right = RowsRight(cases);
  RecordProperty("rows_all_right", right);
  EXPECT_GE(right, floors::kRowsAllRolesRight);
}

// Sentences from the blind hiring batch, never tuned on.
TEST(EnglishRolesTables, HeldOutBlindBatchSentences) {
  std::vector<Case> cases = LoadCases("english_roles_b1.tsv");
  ASSERT_GE(cases.size(), 40u);
  int right = RowsRight(cases);
  RecordProperty("rows_all_right", right);
  EXPECT_GE(right, floors::kHeldOutRowsAllRolesRight);
}

}  // namespace
}  // namespace hirewire::syntax::roles_table
