// Money amounts in Korean, English, Japanese and Chinese text (and European number formats).
//
// Thread-safety: a MoneyScanner is immutable after Create(); share it across threads.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "corpus/records.h"
#include "corpus/status.h"

namespace hirewire::extract {

struct MoneyScan {
  std::vector<Amount> amounts;          // in text order; `glosses` indexes into this vector
  std::vector<Multiplier> multipliers;  // "두 배", "doubled"
};

class MoneyScanner {
 public:
  static Result<std::unique_ptr<MoneyScanner>> Create();
  ~MoneyScanner();

  // Amounts in one paragraph; offsets are bytes into `text`; Amount::paragraph = `paragraph`.
  MoneyScan Scan(std::string_view text, int paragraph = 0) const;
  // Scans every paragraph of `article` and fills article->money / article->multipliers
  // (gloss indexes are article-wide).
  void ScanArticle(Article* article) const;

 private:
  MoneyScanner();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace hirewire::extract
