// Fuzz target for the money scanner, the formatters and the conversion of what it finds.
// Checks invariants, not just crashes: spans lie inside the input and match `surface`, gloss
// indexes point backwards, values re-parse, and formatting a value reads back to it.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "corpus/decimal.h"
#include "extract/money.h"
#include "extract/money_format.h"
#include "normalize/currency.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1 << 16)) return 0;  // explicit input limit
  using namespace hirewire;
  static const auto scanner = std::move(extract::MoneyScanner::Create()).value();
  std::string_view text(reinterpret_cast<const char*>(data), size);
  extract::MoneyScan scan = scanner->Scan(text, 0);
  for (size_t k = 0; k < scan.amounts.size(); ++k) {
    const Amount& a = scan.amounts[k];
    Check(a.start >= 0 && a.start < a.end && static_cast<size_t>(a.end) <= size);
    Check(text.substr(a.start, a.end - a.start) == a.surface);
    Check(a.glosses < static_cast<int>(k));
    Check(!a.currency.empty());
    Fixed v;
    if (a.kind == "range") {
      Fixed lo, hi;
      Check(ParseFixed(a.low, &lo) && ParseFixed(a.high, &hi) && lo < hi);
    } else if (a.kind != "vague") {
      Check(ParseFixed(a.value, &v));
      // Formatting reads back to the same value.
      for (const std::string& f :
           {extract::FormatEnglish(a.value, a.currency), extract::FormatKorean(a.value, a.currency)}) {
        extract::MoneyScan again = scanner->Scan(f);
        Check(again.amounts.size() == 1 && again.amounts[0].value == a.value);
      }
    }
  }
  for (const Multiplier& m : scan.multipliers)
    Check(m.start >= 0 && m.start < m.end && static_cast<size_t>(m.end) <= size);
  Article art;
  art.paragraphs = {std::string(text)};
  art.published = "2025-08-01";
  art.money = scan.amounts;
  normalize::ConvertAmounts(&art, {});
  return 0;
}
