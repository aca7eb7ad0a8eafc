// KRW <-> USD conversion: the embedded daily rate table, user tables and rates, and the
// rates articles imply through glosses ("1억2500만 달러(약 1756억원)").
//
// Thread-safety: a RateTable is immutable after construction; share it.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "corpus/records.h"
#include "corpus/status.h"

namespace hirewire::normalize {

class RateTable {
 public:
  // The table built into the binary (ECB reference rates, see docs/rates.md).
  static const RateTable& Embedded();
  // CSV `date,krw_per_usd` with a header line.
  static Result<std::unique_ptr<RateTable>> FromCsv(std::string_view csv);
  ~RateTable();

  struct Lookup {
    std::string rate;  // KRW per USD, decimal string
    std::string date;  // the table date used
    bool out_of_range = false;
  };
  // Nearest earlier day with a rate; outside the table, the nearest end (out_of_range).
  // A malformed date gives the latest entry with out_of_range set.
  Lookup At(std::string_view yyyy_mm_dd) const;
  // The latest entry (used when neither the article nor the caller gives a date).
  Lookup Latest() const;
  size_t size() const;
  // A copy where every day of `over` replaces (or adds) that day.
  std::unique_ptr<RateTable> MergedWith(const RateTable& over) const;

 private:
  RateTable();
  struct Impl;
  std::unique_ptr<Impl> impl_;
  friend struct RateTableBuilder;
};

class FxTable;

struct ConvertOptions {
  const RateTable* table = nullptr;  // null: Embedded()
  const FxTable* fx = nullptr;  // cross rates through EUR for other currencies; null: FxTable::Embedded()
  std::string user_rate;        // --rate: overrides everything when set
  std::string date;             // date to convert at when the article has none
};

// OK when `rate` is a positive decimal ("1404.8") usable as KRW per USD.
Status ValidateRate(std::string_view rate);

// Converts an exact decimal `value` between KRW and USD at `krw_per_usd` (same rounding as
// ConvertAmounts: half-even once, cents for USD, whole won for KRW). from == to returns value.
Result<std::string> ConvertValue(std::string_view value, std::string_view from, std::string_view to,
                                 std::string_view krw_per_usd);

// Fills usd/krw/rate/rate_source for every amount of the article (and the gloss-implied
// rates); adds warnings when an article's implied rate is off the table by more than 5%.
//
// Date: the date part of Article::published; when empty, opts.date; when neither, the latest
// table date (with an article warning; the article's date is never invented). Rate: opts.user_rate
// ("user") > the rate a gloss pair implies ("article", for both amounts of the pair) > the table
// ("table:YYYY-MM-DD"). Only USD and KRW amounts are converted; other currencies, ranges and vague
// amounts keep usd/krw empty. Rounding: half-even, once, to cents for USD and to whole won for KRW.
void ConvertAmounts(Article* article, const ConvertOptions& opts);

}  // namespace hirewire::normalize
