// Scores the money scanner on every row of ../shared/money/vectors.tsv: currency, value, kind,
// range ends and period must match; the reported span must overlap the expected surface.
// Negative rows must yield no amount at all.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/money.h"
#include "tests/extract/money_floors.h"

namespace hirewire::extract {
namespace {

struct Row {
  std::string id, lang, phrase, surface, currency, value, kind, low, high, period, feature;
};

std::vector<Row> ReadVectors() {
  std::ifstream in(std::string(HIREWIRE_SHARED_DIR) + "/money/vectors.tsv");
  std::vector<Row> rows;
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (header) {
      header = false;
      continue;
    }
    if (line.empty()) continue;
    std::vector<std::string> f;
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, '\t')) f.push_back(cell == "-" ? "" : cell);
    if (f.size() < 11) f.resize(11);
    rows.push_back({f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10]});
  }
  return rows;
}

// Why `row` fails, or "" when it passes.
std::string Check(const MoneyScanner& scanner, const Row& row) {
  MoneyScan scan = scanner.Scan(row.phrase, 0, row.lang);
  auto describe = [&] {
    std::string d;
    for (const Amount& a : scan.amounts)
      d += " [" + a.surface + " " + a.currency + " " + a.value + " " + a.kind + " " + a.low + "-" + a.high +
           " " + a.period + "]";
    return d;
  };
  if (row.kind == "none") return scan.amounts.empty() ? "" : "expected no money, got" + describe();
  size_t pos = row.phrase.find(row.surface);
  if (pos == std::string::npos) return "surface not in phrase";
  int b = static_cast<int>(pos), e = static_cast<int>(pos + row.surface.size());
  for (const Amount& a : scan.amounts) {
    if (a.end <= b || a.start >= e) continue;  // no overlap
    if (a.currency != row.currency) continue;
    std::string why;
    if (row.kind == "range") {
      if (a.kind != "range" || a.low != row.low || a.high != row.high) why += " range";
    } else {
      if (a.value != row.value) why += " value";
      if (a.kind != row.kind) why += " kind";
    }
    if (a.period != row.period) why += " period";
    if (why.empty()) return "";
    return "mismatch:" + why + " got" + describe();
  }
  return "no overlapping amount in " + row.currency + "; got" + describe();
}

TEST(MoneyVectors, EveryRowPasses) {
  std::vector<Row> rows = ReadVectors();
  ASSERT_EQ(static_cast<int>(rows.size()), testing::kMoneyVectorRows);
  auto scanner = MoneyScanner::Create();
  ASSERT_TRUE(scanner.ok());
  int pass = 0;
  for (const Row& row : rows) {
    std::string why = Check(**scanner, row);
    if (why.empty()) {
      ++pass;
    } else {
      ADD_FAILURE() << row.id << " (" << row.feature << ") " << row.phrase << ": " << why;
    }
  }
  std::printf("money vectors: %d/%zu rows pass\n", pass, rows.size());
  EXPECT_GE(pass, testing::kMoneyVectorFloor);
}

}  // namespace
}  // namespace hirewire::extract
