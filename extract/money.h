// Money amounts in Korean, English, Japanese and Chinese text (and European number formats).
//
// Thread-safety: a MoneyScanner is immutable after Create(); share it across threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/records.h"
#include "corpus/status.h"

namespace hirewire::extract {

struct MoneyScan {
  std::vector<Amount> amounts;          // in text order; `glosses` indexes into this vector
  std::vector<Multiplier> multipliers;  // "두 배", "doubled"
  std::vector<std::string> warnings;    // e.g. amounts rejected because they overflow
};

// Limits on untrusted input: paragraphs longer than this are scanned only up to the limit
// (with a warning); at most kMaxAmountsPerParagraph amounts are reported per paragraph.
inline constexpr size_t kMaxMoneyParagraphBytes = 1 << 20;
inline constexpr size_t kMaxAmountsPerParagraph = 10000;

// extract/data/currency_words.tsv as compiled into the library.
std::string_view EmbeddedCurrencyWordsTsv();

// What settles ambiguous currencies in a paragraph: the text's language (BCP 47) and the
// country the page was published in (ISO 3166-1 alpha-2; see extract/currency_context.h).
struct MoneyContext {
  std::string_view language;
  std::string_view country;
  // The currency of the latest amount before this paragraph: a bare scaled amount ("3,9
  // milliards.") takes it, like one after an amount in the same paragraph.
  std::string_view carried_currency;
};

class MoneyScanner {
 public:
  static Result<std::unique_ptr<MoneyScanner>> Create();
  ~MoneyScanner();

  // Amounts in one paragraph; offsets are bytes into `text`; Amount::paragraph = `paragraph`.
  // `language` (BCP 47, may be empty) only settles ambiguous symbols: ¥ is CNY in "zh", JPY
  // otherwise; when empty it is guessed from the paragraph (Han without kana -> zh).
  MoneyScan Scan(std::string_view text, int paragraph = 0) const;
  MoneyScan Scan(std::string_view text, int paragraph, std::string_view language) const;
  // With the page's country as well: "$" on a Canadian page is CAD, "R3500" on a South African
  // one ZAR, "kr" NOK/SEK/DKK/ISK, "元" TWD/HKD on Taiwanese/Hong Kong pages.
  MoneyScan Scan(std::string_view text, int paragraph, const MoneyContext& context) const;
  // Scans every paragraph of `article` (with its language and country) and fills
  // article->money / article->multipliers (gloss indexes are article-wide).
  void ScanArticle(Article* article) const;

 private:
  MoneyScanner();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace hirewire::extract
