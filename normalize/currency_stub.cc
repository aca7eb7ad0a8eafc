// PLACEHOLDER until conversion lands (issue 3).
#include "normalize/currency.h"
namespace hirewire::normalize {
struct RateTable::Impl {};
RateTable::RateTable() : impl_(std::make_unique<Impl>()) {}
RateTable::~RateTable() = default;
const RateTable& RateTable::Embedded() {
  static const RateTable* t = new RateTable();
  return *t;
}
Result<std::unique_ptr<RateTable>> RateTable::FromCsv(std::string_view) {
  return Status::Unsupported("rate tables not built yet");
}
RateTable::Lookup RateTable::At(std::string_view) const { return {}; }
void ConvertAmounts(Article*, const ConvertOptions&) {}
}  // namespace hirewire::normalize
