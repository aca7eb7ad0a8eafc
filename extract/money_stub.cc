// PLACEHOLDER until the money scanner lands (issue 3).
#include "extract/money.h"

namespace hirewire::extract {
struct MoneyScanner::Impl {};
MoneyScanner::MoneyScanner() : impl_(std::make_unique<Impl>()) {}
MoneyScanner::~MoneyScanner() = default;
Result<std::unique_ptr<MoneyScanner>> MoneyScanner::Create() {
  return std::unique_ptr<MoneyScanner>(new MoneyScanner());
}
MoneyScan MoneyScanner::Scan(std::string_view, int) const { return {}; }
void MoneyScanner::ScanArticle(Article*) const {}
}  // namespace hirewire::extract
