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
  Lookup At(std::string_view yyyy_mm_dd) const;

 private:
  RateTable();
  struct Impl;
  std::unique_ptr<Impl> impl_;
  friend struct RateTableBuilder;
};

struct ConvertOptions {
  const RateTable* table = nullptr;  // null: Embedded()
  std::string user_rate;             // --rate: overrides everything when set
  std::string date;                  // date to convert at when the article has none
};

// Fills usd/krw/rate/rate_source for every amount of the article (and the gloss-implied
// rates); adds warnings when an article's implied rate is off the table by more than 5%.
void ConvertAmounts(Article* article, const ConvertOptions& opts);

}  // namespace hirewire::normalize
