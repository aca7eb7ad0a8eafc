// Human-readable money: Korean style ("1756억 원", "1조 4000억 원", "1억 2500만 달러") and English
// style ("$125 million", "₩1.4 trillion", "$1,234.56"). Both are read back exactly by
// MoneyScanner (round trip), so they are safe to feed to `hirewire convert`.
//
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>

namespace hirewire::extract {

// `value` is an exact decimal string in major units ("175600000000", "0.45"); `currency` is
// ISO 4217. An unparseable value is returned unchanged with the currency code appended.
std::string FormatKorean(std::string_view value, std::string_view currency);
std::string FormatEnglish(std::string_view value, std::string_view currency);

// Korean currency word ("원", "달러"), or the ISO code when there is no common word.
std::string_view KoreanCurrencyWord(std::string_view currency);

}  // namespace hirewire::extract
