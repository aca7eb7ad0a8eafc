// Scores the money scanner on real Korean sentences: the QT_PRICE spans of KoNNE
// (../shared/ner/konne/konne-dev-train-split.jsonl, 4,000 KLUE sentences, CC BY-SA 4.0).
// A predicted amount counts when it overlaps a gold price span; floors in money_floors.h.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "corpus/json.h"
#include "extract/money.h"
#include "tests/extract/money_floors.h"

namespace hirewire::extract {
namespace {

TEST(MoneyKonne, FindsPricesInKoreanNewsSentences) {
  std::ifstream in(std::string(HIREWIRE_SHARED_DIR) + "/ner/konne/konne-dev-train-split.jsonl");
  ASSERT_TRUE(in) << "KoNNE data missing";
  auto scanner = MoneyScanner::Create();
  ASSERT_TRUE(scanner.ok());
  int sentences = 0, tp = 0, fp = 0, fn = 0;
  std::string line;
  while (std::getline(in, line)) {
    nlohmann::json j = nlohmann::json::parse(line);
    std::string text = j["text"].get<std::string>();
    ++sentences;
    std::vector<std::pair<int, int>> gold;  // code point spans
    for (const auto& l : j["label"])
      if (l[2] == "QT_PRICE") gold.push_back({l[0].get<int>(), l[1].get<int>()});
    MoneyScan scan = (*scanner)->Scan(text, 0, "ko");
    std::vector<bool> used(scan.amounts.size(), false);
    for (auto [gb, ge] : gold) {
      bool hit = false;
      for (size_t k = 0; k < scan.amounts.size(); ++k) {
        int b = ByteToCodePointOffset(text, scan.amounts[k].start);
        int e = ByteToCodePointOffset(text, scan.amounts[k].end);
        if (b < ge && e > gb) hit = used[k] = true;
      }
      hit ? ++tp : ++fn;
    }
    for (bool u : used) fp += u ? 0 : 1;
  }
  ASSERT_EQ(sentences, 4000);
  double precision = tp / static_cast<double>(tp + fp), recall = tp / static_cast<double>(tp + fn);
  std::printf("KoNNE QT_PRICE: tp=%d fp=%d fn=%d precision=%.3f recall=%.3f\n", tp, fp, fn, precision,
              recall);
  EXPECT_GE(precision, testing::kMoneyKonnePrecisionFloor);
  EXPECT_GE(recall, testing::kMoneyKonneRecallFloor);
}

}  // namespace
}  // namespace hirewire::extract
