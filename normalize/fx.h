// Euro reference rates of many currencies per day (the ECB's table) and exact conversion between
// any two of them through EUR: value_to = value_from * (to per EUR) / (from per EUR), computed
// exactly and rounded once (docs/rates.md).
//
// The built-in table is the ECB history found at build time (../shared/rates/eurofxref-hist.csv,
// see normalize/CMakeLists.txt); a user table (`hirewire rates update`) overrides it day by day.
//
// Thread-safety: an FxTable is immutable after construction; share it.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/decimal.h"
#include "corpus/status.h"

namespace hirewire::normalize {

class FxTable {
 public:
  // The table built into the binary (empty when the build found no ECB file).
  static const FxTable& Embedded();
  // The ECB's CSV layout: "Date,USD,JPY,...," then one row per day, "N/A" for no rate; any
  // row order. Limits: 64 MiB, 100,000 rows, 200 currencies.
  static Result<std::unique_ptr<FxTable>> FromEcbCsv(std::string_view csv);
  // The ECB's XML (eurofxref-daily.xml, -hist.xml): <Cube time="YYYY-MM-DD"><Cube currency="USD"
  // rate="1.1684"/>...</Cube>.
  static Result<std::unique_ptr<FxTable>> FromEcbXml(std::string_view xml);
  // CSV or XML, by its first non-blank character.
  static Result<std::unique_ptr<FxTable>> FromEcbFile(std::string_view bytes);
  ~FxTable();

  // A copy of this table where every day of `over` replaces (or adds) that day.
  std::unique_ptr<FxTable> OverriddenBy(const FxTable& over) const;
  // The table in the ECB CSV layout, newest day first (what `rates update` writes).
  std::string ToEcbCsv() const;

  bool empty() const;
  size_t days() const;
  std::string FirstDate() const;  // "" when empty
  std::string LastDate() const;
  std::vector<std::string> Currencies() const;  // besides EUR, in column order
  bool Has(std::string_view currency) const;    // EUR always

  struct Quote {
    Fixed per_eur;     // units of the currency per 1 EUR (1 for EUR)
    std::string date;  // the table day used
    bool found = false;
    bool out_of_range = false;  // asked before the first or after the last day of the table
  };
  // The rate of `currency` on `date` (YYYY-MM-DD), or of the nearest earlier day that has one;
  // before the first day, the first day's (out_of_range). An empty or malformed date: the latest.
  Quote At(std::string_view currency, std::string_view date) const;

 private:
  FxTable();
  struct Impl;
  std::unique_ptr<Impl> impl_;
  friend struct FxTableBuilder;
};

// Digits after the decimal point of a currency's minor unit (ISO 4217): 0 for KRW, JPY, ISK,
// VND, CLP, PYG, UGX, XOF, XAF, KMF, RWF, GNF, VUV, XPF; 3 for BHD, KWD, OMR, JOD, TND, LYD, IQD;
// 2 otherwise.
int MinorUnitDigits(std::string_view currency);

struct FxConversion {
  std::string value;  // in the target currency
  std::string rate;   // units of `to` per unit of `from`, 6 decimals, half-even (display)
  std::string date;   // the table day of the older of the two quotes
  bool out_of_range = false;
};

// Converts `value` (exact decimal) from one currency to another through EUR on `date`, rounded
// once, half-even, to `digits` fractional digits (-1: the target's minor unit). Errors: a bad
// value, a currency the table lacks, overflow.
Result<FxConversion> ConvertVia(const FxTable& table, std::string_view value, std::string_view from,
                                std::string_view to, std::string_view date, int digits = -1);

// The ECB history compiled in (a CSV; empty when the build had none).
std::string_view EmbeddedEcbCsv();

}  // namespace hirewire::normalize
