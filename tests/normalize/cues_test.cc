// The cue lexicon (normalize/cues.h): the embedded table parses, malformed tables are refused,
// and every row occurs in at least one test text (the own gold set, the blind batches, the
// frame cases and tests/normalize/cue_cases.txt), so each row has a real example.
#include "normalize/cues.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace hirewire::normalize {
namespace {

namespace fs = std::filesystem;

std::string Read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(CueLexicon, EveryRowHasAnExampleInTheTestTexts) {
  const fs::path root(HIREWIRE_SOURCE_DIR);
  std::vector<fs::path> files = {root / "tests/normalize/frames_cases.tsv",
                                 root / "tests/normalize/cue_cases.txt"};
  for (const char* dir : {"tests/data/events", "tests/data/events-b1"})
    if (fs::exists(root / dir))
      for (const auto& f : fs::directory_iterator(root / dir))
        if (f.path().extension() == ".txt") files.push_back(f.path());
  std::set<int> used;
  for (const fs::path& f : files) {
    // Line by line, so English whole-word matching sees sentences.
    std::istringstream lines(Read(f));
    std::string line;
    while (std::getline(lines, line))
      for (int i : CueLexicon::Default().RowsIn(line)) used.insert(i);
  }
  const auto& rows = CueLexicon::Default().rows();
  ASSERT_GT(rows.size(), 300u);
  for (size_t i = 0; i < rows.size(); ++i)
    EXPECT_TRUE(used.count(static_cast<int>(i))) << "no test text holds cues.tsv row " << rows[i].kind << " "
                                                 << rows[i].lang << " \"" << rows[i].text << "\"";
}

TEST(CueLexicon, RefusesAMalformedTable) {
  EXPECT_FALSE(CueLexicon::FromTsv("cue\ten\toffered\tpromise\n").ok());
  EXPECT_FALSE(CueLexicon::FromTsv("verb\ten\toffered\toffer\n").ok());
  EXPECT_FALSE(CueLexicon::FromTsv("cue\tfr\toffert\toffer\n").ok());
  EXPECT_FALSE(CueLexicon::FromTsv("cue\ten\n").ok());
  EXPECT_EQ(CueLexicon::FromTsv("cue\ten\toffered\toffer\n\ncue\tfr\toffert\toffer\n").status(),
            Status::InvalidArgument("cue table line 3: unknown language fr"));
  auto ok = CueLexicon::FromTsv("# c\ncue\ten\toffered\toffer\nblank\ten\tdeclined to comment\n");
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->rows().size(), 2u);
  EXPECT_EQ(ok->RowsIn("Meta offered him a job; he declined to comment."), (std::vector<int>{0, 1}));
  EXPECT_TRUE(ok->RowsIn("Meta's offeredness").empty());
}

}  // namespace
}  // namespace hirewire::normalize
