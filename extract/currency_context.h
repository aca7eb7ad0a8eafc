// Where a page was published, and what its ambiguous currency symbols mean there.
//
// The country comes from the publisher's JSON-LD address, the URL's country-code TLD, the region
// of og:locale or <html lang> (in that order), or from the caller (--country). The table of local
// currencies and of the symbols they claim ("$" on a Canadian page is CAD, "kr" on a Norwegian one
// NOK, "R" on a South African one ZAR, "元" on a Taiwanese one TWD) is
// extract/data/country_currencies.tsv, compiled in.
//
// Thread-safety: pure functions; the embedded table is parsed once, then immutable.
#pragma once

#include <string>
#include <string_view>

#include "corpus/status.h"

namespace hirewire::extract {

// extract/data/country_currencies.tsv as compiled into the library.
std::string_view EmbeddedCountryCurrenciesTsv();

// OK when the embedded table parses (MoneyScanner::Create checks it).
Status CountryTableStatus();

// "CA" from "en-CA", "en_CA", "zh-Hant-TW"; "" when the tag has no region.
std::string RegionOfLanguageTag(std::string_view tag);

// ISO 3166-1 alpha-2 country of a URL's host from its country-code TLD ("www.cbc.ca" -> "CA",
// ".co.uk" -> "GB"); "" for generic TLDs and unparsable URLs.
std::string CountryOfUrl(std::string_view url);

// Upper-case two-letter code when `cc` is one ("ca" -> "CA"), else "".
std::string NormalizeCountry(std::string_view cc);

// The page's country from its signals, strongest first: publisher address country, URL TLD,
// og:locale region, <html lang> region. "" when none names a country.
std::string PageCountry(std::string_view publisher_country, std::string_view url, std::string_view og_locale,
                        std::string_view html_lang);

// Local currency of `country` ("" when not in the table).
std::string LocalCurrency(std::string_view country);

// The decimal mark of amounts in `language` (BCP 47) on a page of `country`: '.' for English,
// Chinese, Japanese and Korean text; else the country's (',' in Spain and Argentina, '.' in
// Mexico), else the language's (',' for German, French, Spanish ...); 0 when unknown.
char DecimalMark(std::string_view country, std::string_view language);

// What an ambiguous symbol ($, ¥, 元, kr, R, peso, franc, Fr.) means on a page of `country` written
// in `language` (BCP 47; its region stands in for a missing country). Without a claiming country,
// the table's ZZ rows: $ -> USD, 元 -> CNY, peso -> MXN, franc -> CHF; ¥/kr/R/Fr. -> "" (the
// caller decides; R alone is then not money).
std::string ResolveCurrencySymbol(std::string_view symbol, std::string_view country,
                                  std::string_view language);

}  // namespace hirewire::extract
