// The founding example: the nine amounts and the not-money list of
// ../shared/seed/expected.json, checked on the lines of article-ko-meta-hiring.txt.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "extract/money.h"

namespace hirewire::extract {
namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> SeedLines() {
  std::string text = Slurp(std::string(HIREWIRE_SHARED_DIR) + "/seed/article-ko-meta-hiring.txt");
  std::vector<std::string> lines;
  std::stringstream ss(text);
  std::string line;
  while (std::getline(ss, line)) lines.push_back(line);
  return lines;
}

nlohmann::json Expected() {
  return nlohmann::json::parse(Slurp(std::string(HIREWIRE_SHARED_DIR) + "/seed/expected.json"));
}

bool Overlaps(const Amount& a, size_t b, size_t e) {
  return static_cast<size_t>(a.start)<e&& static_cast<size_t>(a.end)> b;
}

// "exact or upper_bound ('에 달하는' = amounting to)" -> {"exact", "upper_bound"}.
std::vector<std::string> KindAlternatives(std::string k) {
  k = k.substr(0, k.find(" ("));
  std::vector<std::string> out;
  size_t pos;
  while ((pos = k.find(" or ")) != std::string::npos) {
    out.push_back(k.substr(0, pos));
    k = k.substr(pos + 4);
  }
  out.push_back(k);
  return out;
}

class MoneySeed : public ::testing::Test {
 protected:
  void SetUp() override {
    auto s = MoneyScanner::Create();
    ASSERT_TRUE(s.ok());
    scanner_ = std::move(s).value();
    lines_ = SeedLines();
    ASSERT_GE(lines_.size(), 10u);
    expected_ = Expected();
  }
  std::unique_ptr<MoneyScanner> scanner_;
  std::vector<std::string> lines_;
  nlohmann::json expected_;
};

TEST_F(MoneySeed, FindsTheNineAmounts) {
  for (const auto& want : expected_["money"]) {
    int line_no = want["line"].get<int>();
    const std::string& line = lines_.at(line_no - 1);
    std::string surface = want["surface"].get<std::string>();
    SCOPED_TRACE("line " + std::to_string(line_no) + ": " + surface);
    size_t b = line.find(surface);
    ASSERT_NE(b, std::string::npos);
    MoneyScan scan = scanner_->Scan(line, line_no - 1, "ko");
    const Amount* hit = nullptr;
    for (const Amount& a : scan.amounts)
      if (Overlaps(a, b, b + surface.size())) hit = &a;
    ASSERT_NE(hit, nullptr);
    EXPECT_EQ(hit->currency, want["currency"].get<std::string>());
    EXPECT_EQ(hit->value, want["value"].dump());
    std::vector<std::string> kinds = KindAlternatives(want["kind"].get<std::string>());
    EXPECT_NE(std::find(kinds.begin(), kinds.end(), hit->kind), kinds.end()) << hit->kind;
    EXPECT_EQ(hit->period, want.value("period", std::string("none")));
    if (want.contains("glosses")) {
      std::string other = want["glosses"].get<std::string>();
      size_t ob = line.find(other);
      ASSERT_GE(hit->glosses, 0);
      EXPECT_TRUE(Overlaps(scan.amounts.at(hit->glosses), ob, ob + other.size()));
      EXPECT_EQ(hit->implied_rate, want["implied_krw_per_usd"].dump());
    } else {
      EXPECT_EQ(hit->glosses, -1);
    }
  }
}

TEST_F(MoneySeed, FindsNothingElseInTheUniqueBody) {
  // Lines 3-10 hold every unique body paragraph; the nine amounts are all there is.
  size_t total = 0;
  for (int line_no = 3; line_no <= 10; ++line_no) {
    MoneyScan scan = scanner_->Scan(lines_.at(line_no - 1), line_no - 1);
    total += scan.amounts.size();
  }
  EXPECT_EQ(total, expected_["money"].size());
}

TEST_F(MoneySeed, NotMoneyPhrasesYieldNoAmount) {
  for (const auto& item : expected_["not_money"]) {
    std::string phrase = item.get<std::string>();
    int seen = 0;
    for (const std::string& line : lines_) {
      MoneyScan scan = scanner_->Scan(line);
      for (size_t b = line.find(phrase); b != std::string::npos; b = line.find(phrase, b + 1)) {
        ++seen;
        for (const Amount& a : scan.amounts)
          EXPECT_FALSE(Overlaps(a, b, b + phrase.size())) << phrase << " inside " << a.surface;
      }
    }
    EXPECT_GT(seen, 0) << phrase << " not found in the seed text";
  }
}

TEST_F(MoneySeed, RecordsTheDoublingAsAMultiplier) {
  MoneyScan scan = scanner_->Scan(lines_.at(3), 3);
  ASSERT_EQ(scan.multipliers.size(), 1u);
  EXPECT_EQ(scan.multipliers[0].surface, "두 배");
  EXPECT_EQ(scan.multipliers[0].factor, "2");
}

TEST_F(MoneySeed, ArticleScanLinksGlossesAcrossParagraphs) {
  Article art;
  art.language = "ko";
  for (int line_no = 3; line_no <= 10; ++line_no) art.paragraphs.push_back(lines_.at(line_no - 1));
  scanner_->ScanArticle(&art);
  ASSERT_EQ(art.money.size(), 9u);
  int glossed = 0;
  for (size_t k = 0; k < art.money.size(); ++k) {
    const Amount& a = art.money[k];
    EXPECT_EQ(art.paragraphs.at(a.paragraph).substr(a.start, a.end - a.start), a.surface);
    if (a.glosses < 0) continue;
    ++glossed;
    ASSERT_LT(a.glosses, static_cast<int>(k));
    EXPECT_EQ(art.money[a.glosses].paragraph, a.paragraph);
    EXPECT_EQ(art.money[a.glosses].currency, "USD");
    EXPECT_EQ(a.currency, "KRW");
  }
  EXPECT_EQ(glossed, 2);
  EXPECT_EQ(art.multipliers.size(), 1u);
}

}  // namespace
}  // namespace hirewire::extract
