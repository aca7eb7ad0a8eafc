#include "app/cli.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace hirewire::app {
namespace {

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(CheckDate, AcceptsRealCalendarDatesOnly) {
  EXPECT_EQ(CheckDate("2025-08-01"), "");
  EXPECT_EQ(CheckDate("2024-02-29"), "");  // leap day
  EXPECT_NE(CheckDate("2025-02-29"), "");
  EXPECT_NE(CheckDate("2025-02-30"), "");
  EXPECT_NE(CheckDate("2025-13-45"), "");
  EXPECT_NE(CheckDate("2025-00-10"), "");
  EXPECT_NE(CheckDate("08/01/2025"), "");
  EXPECT_NE(CheckDate("2025-8-1"), "");
  EXPECT_NE(CheckDate(""), "");
}

TEST(Validators, RateAndRangesNameTheValue) {
  std::string v = "abc";
  EXPECT_NE(RateFlag()(v).find("'abc' is not a positive number"), std::string::npos);
  v = "-5";
  EXPECT_NE(RateFlag()(v), "");
  v = "0";
  EXPECT_NE(RateFlag()(v), "");
  v = "1404.8";
  EXPECT_EQ(RateFlag()(v), "");
  v = "-1";
  EXPECT_NE(NonNegativeFlag()(v), "");
  v = "0.5";
  EXPECT_EQ(NonNegativeFlag()(v), "");
  v = "42";
  EXPECT_EQ(IntRangeFlag(0, 9)(v), "'42' is not a whole number from 0 to 9");
  v = "9";
  EXPECT_EQ(IntRangeFlag(0, 9)(v), "");
}

TEST(DisplayWidth, CountsHangulAndCjkAsTwoColumns) {
  EXPECT_EQ(DisplayWidth("abc"), 3u);
  EXPECT_EQ(DisplayWidth("삼성전자"), 8u);
  EXPECT_EQ(DisplayWidth("東京"), 4u);
  EXPECT_EQ(DisplayWidth("₩5 billion"), 10u);  // the won sign is narrow
  EXPECT_EQ(DisplayWidth("e\xcc\x81"), 1u);    // e + combining acute
  EXPECT_EQ(DisplayWidth("\u2026"), 1u);
}

TEST(TruncateToWidth, CutsWithAnEllipsisWithinTheWidth) {
  EXPECT_EQ(TruncateToWidth("short", 10), "short");
  EXPECT_EQ(TruncateToWidth("abcdefghij", 5), "abcd\u2026");
  // A wide character that would cross the limit is left out whole.
  EXPECT_EQ(TruncateToWidth("삼성전자", 6), "삼성\u2026");
  EXPECT_EQ(DisplayWidth(TruncateToWidth("삼성전자", 6)), 5u);
}

TEST(FormatTable, PadsByDisplayWidthAndFitsTheTerminal) {
  std::vector<std::vector<std::string>> rows = {{"TYPE", "NAME", "CANONICAL"},
                                                {"company", "삼성전자", "Samsung Electronics"},
                                                {"person", "Tim Cook", "Tim Cook"}};
  std::string t = FormatTable(rows, SIZE_MAX, 0);
  std::istringstream in(t);
  std::string line;
  std::vector<size_t> starts;
  while (std::getline(in, line)) {
    size_t byte = line.rfind("  ") + 2;  // where the last column starts
    starts.push_back(DisplayWidth(line.substr(0, byte)));
  }
  ASSERT_EQ(starts.size(), 3u);
  EXPECT_EQ(starts[0], starts[1]);
  EXPECT_EQ(starts[0], starts[2]);

  std::string narrow = FormatTable(rows, SIZE_MAX, 24);
  std::istringstream in2(narrow);
  bool cut = false;
  while (std::getline(in2, line)) {
    EXPECT_LE(DisplayWidth(line), 24u) << line;
    cut = cut || line.find("\u2026") != std::string::npos;
  }
  EXPECT_TRUE(cut);
}

class OutputFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("hirewire-output-test-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    target_ = dir_ / "out.jsonl";
    std::ofstream(target_) << "earlier\n";
  }
  void TearDown() override { fs::remove_all(dir_); }
  size_t Entries() const { return static_cast<size_t>(std::distance(fs::directory_iterator(dir_), {})); }
  fs::path dir_, target_;
};

TEST_F(OutputFileTest, AnUncommittedFileLeavesTheEarlierOneAndNoTemp) {
  {
    OutputFile out;
    ASSERT_TRUE(out.Open(target_.string()).ok());
    EXPECT_TRUE(out.Write("new line\n"));
    EXPECT_EQ(ReadFile(target_), "earlier\n");  // nothing is truncated before the commit
    EXPECT_EQ(Entries(), 2u);                   // the target and the temp beside it
  }
  EXPECT_EQ(ReadFile(target_), "earlier\n");
  EXPECT_EQ(Entries(), 1u);
}

TEST_F(OutputFileTest, CommitReplacesTheTargetWhole) {
  OutputFile out;
  ASSERT_TRUE(out.Open(target_.string()).ok());
  EXPECT_TRUE(out.Write("a\n"));
  EXPECT_TRUE(out.Write("b\n"));
  ASSERT_TRUE(out.Commit().ok());
  EXPECT_EQ(ReadFile(target_), "a\nb\n");
  EXPECT_EQ(Entries(), 1u);
}

TEST_F(OutputFileTest, ErrorsSayWhy) {
  OutputFile out;
  Status s = out.Open((dir_ / "no" / "such" / "x.jsonl").string());
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("cannot write"), std::string::npos);
  EXPECT_NE(s.message().find("No such file or directory"), std::string::npos);
  OutputFile dir_out;
  Status d = dir_out.Open(dir_.string());
  EXPECT_NE(d.message().find("Is a directory"), std::string::npos);
}

}  // namespace
}  // namespace hirewire::app
