#include "corpus/tsv.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace hirewire {
namespace {

struct Row {
  std::vector<std::string> fields;
  int line_no;
  bool operator==(const Row&) const = default;
};

Status Collect(std::string_view tsv, TsvHeader header, std::vector<Row>* rows) {
  return ForEachTsvRow(tsv, "t.tsv", header, [&](const std::vector<std::string>& f, int line_no) {
    rows->push_back({f, line_no});
    return Status::Ok();
  });
}

TEST(ForEachTsvRow, SkipsCommentsAndTheHeaderAndCountsEveryLine) {
  std::vector<Row> rows;
  ASSERT_TRUE(Collect("# comment\nkind\tword\n\nsuffix\t원\nprefix\tUS$\t\n", TsvHeader::kSkip, &rows).ok());
  EXPECT_EQ(rows, (std::vector<Row>{{{"suffix", "원"}, 4}, {{"prefix", "US$", ""}, 5}}));
  rows.clear();
  ASSERT_TRUE(Collect("kind\tword\n#x\nlast\trow", TsvHeader::kNone, &rows).ok());
  EXPECT_EQ(rows, (std::vector<Row>{{{"kind", "word"}, 1}, {{"last", "row"}, 3}}));
}

TEST(ForEachTsvRow, NamesTableAndLineOfTheFirstBadRow) {
  int seen = 0;
  Status s = ForEachTsvRow("a\nb\n# c\nbad\nbad\n", "cue table", TsvHeader::kNone,
                           [&](const std::vector<std::string>& f, int) {
                             ++seen;
                             return f[0] == "bad" ? Status::Corrupt("malformed row") : Status::Ok();
                           });
  EXPECT_EQ(s, Status::InvalidArgument("cue table line 4: malformed row"));
  EXPECT_EQ(seen, 3);  // the walk stops at the first bad row
}

TEST(ForEachTsvRow, EmptyTableHasNoRows) {
  std::vector<Row> rows;
  EXPECT_TRUE(Collect("", TsvHeader::kSkip, &rows).ok());
  EXPECT_TRUE(Collect("# only a comment\nheader\n", TsvHeader::kSkip, &rows).ok());
  EXPECT_TRUE(rows.empty());
}

}  // namespace
}  // namespace hirewire
