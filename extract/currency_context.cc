#include "extract/currency_context.h"

#include <string>
#include <vector>

#include "corpus/tsv.h"

namespace hirewire::extract {
namespace {

struct CountryRow {
  std::string country, currency;
  std::vector<std::string> symbols, languages;
  char decimal = 0;  // ',' or '.'; 0: the language decides
};

// ISO 3166 user-assigned code of the rows that say what a symbol means when nothing settles it.
constexpr std::string_view kNoCountry = "ZZ";

struct CountryTable {
  std::vector<CountryRow> rows;
  Status status;
};

std::vector<std::string> SplitList(std::string_view field) {
  std::vector<std::string> out;
  if (field == "-") return out;
  while (!field.empty()) {
    size_t comma = field.find(',');
    out.emplace_back(field.substr(0, comma));
    field = comma == std::string_view::npos ? std::string_view() : field.substr(comma + 1);
  }
  return out;
}

CountryTable ParseTable(std::string_view tsv) {
  CountryTable t;
  t.status = ForEachTsvRow(
      tsv, "country_currencies.tsv", TsvHeader::kSkip, [&](const std::vector<std::string>& f, int) {
        if (f.size() != 7 || f[0].size() != 2 || f[1].size() != 3 ||
            (f[4] != "," && f[4] != "." && f[4] != "-"))
          return Status::InvalidArgument(
              "expected country, currency, symbols, languages, decimal (, . or -), example, expect");
        t.rows.push_back({f[0], f[1], SplitList(f[2]), SplitList(f[3]), f[4] == "-" ? '\0' : f[4][0]});
        return Status::Ok();
      });
  return t;
}

const CountryTable& Table() {
  static const CountryTable* t = new CountryTable(ParseTable(EmbeddedCountryCurrenciesTsv()));
  return *t;
}

const CountryRow* Find(std::string_view country) {
  if (country.empty()) return nullptr;
  for (const CountryRow& r : Table().rows)
    if (r.country == country) return &r;
  return nullptr;
}

bool Contains(const std::vector<std::string>& v, std::string_view x) {
  for (const std::string& s : v)
    if (s == x) return true;
  return false;
}

// The row of `country` that claims `symbol` (a country may have several rows only as ZZ).
const CountryRow* FindSymbol(std::string_view country, std::string_view symbol) {
  if (country.empty()) return nullptr;
  for (const CountryRow& r : Table().rows)
    if (r.country == country && Contains(r.symbols, symbol)) return &r;
  return nullptr;
}

std::string PrimaryLanguage(std::string_view tag) {
  return AsciiLower(tag.substr(0, tag.find_first_of("-_")));
}

}  // namespace

Status CountryTableStatus() { return Table().status; }

std::string NormalizeCountry(std::string_view cc) {
  cc = TrimSpace(cc);
  if (cc.size() != 2) return "";
  std::string out;
  for (char c : cc) {
    char u = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
    if (u < 'A' || u > 'Z') return "";
    out.push_back(u);
  }
  if (out == "UK") out = "GB";
  return out;
}

std::string RegionOfLanguageTag(std::string_view tag) {
  // Subtags after the language: a 2-letter one is the region (scripts have 4, variants 5+).
  size_t b = tag.find_first_of("-_");
  while (b != std::string_view::npos) {
    size_t e = tag.find_first_of("-_", b + 1);
    std::string_view sub =
        tag.substr(b + 1, e == std::string_view::npos ? std::string_view::npos : e - b - 1);
    if (sub.size() == 2) return NormalizeCountry(sub);
    b = e;
  }
  return "";
}

std::string CountryOfUrl(std::string_view url) {
  size_t scheme = url.find("://");
  std::string_view host = scheme == std::string_view::npos ? url : url.substr(scheme + 3);
  host = host.substr(0, host.find_first_of("/?#"));
  if (size_t at = host.rfind('@'); at != std::string_view::npos) host = host.substr(at + 1);
  host = host.substr(0, host.find(':'));
  while (!host.empty() && host.back() == '.') host.remove_suffix(1);
  size_t dot = host.rfind('.');
  if (dot == std::string_view::npos) return "";
  std::string_view tld = host.substr(dot + 1);
  if (tld.size() != 2) return "";
  // Country-code TLDs sold as generic names say nothing about the publisher.
  static constexpr std::string_view kGenericUse[] = {"io", "co", "tv", "me", "ai", "fm",
                                                     "ly", "to", "cc", "ws", "eu"};
  std::string lower = AsciiLower(tld);
  for (std::string_view g : kGenericUse)
    if (lower == g) return "";
  return NormalizeCountry(lower);
}

std::string PageCountry(std::string_view publisher_country, std::string_view url, std::string_view og_locale,
                        std::string_view html_lang) {
  if (std::string c = NormalizeCountry(publisher_country); !c.empty()) return c;
  if (std::string c = CountryOfUrl(url); !c.empty()) return c;
  if (std::string c = RegionOfLanguageTag(og_locale); !c.empty()) return c;
  return RegionOfLanguageTag(html_lang);
}

std::string LocalCurrency(std::string_view country) {
  std::string cc = NormalizeCountry(country);
  if (cc == kNoCountry) return "";
  const CountryRow* r = Find(cc);
  return r ? r->currency : "";
}

char DecimalMark(std::string_view country, std::string_view language) {
  std::string lang = PrimaryLanguage(language);
  // English and CJK text write "1,762.50" wherever it is published.
  for (std::string_view l : {"en", "zh", "ja", "ko"})
    if (lang == l) return '.';
  std::string cc = NormalizeCountry(country);
  if (cc.empty()) cc = RegionOfLanguageTag(language);
  if (const CountryRow* r = Find(cc); r && r->decimal != 0 && cc != kNoCountry) return r->decimal;
  // Languages whose press writes "1.234,5" (CLDR): Western, Central and Eastern Europe, Indonesian,
  // Vietnamese.
  static constexpr std::string_view kCommaLanguages[] = {
      "de", "fr", "es", "it", "pt", "nl", "sv", "no", "nb", "nn", "da", "is", "fi", "pl", "cs", "sk", "tr",
      "ru", "uk", "ro", "hu", "el", "lt", "lv", "et", "hr", "sl", "bg", "sr", "id", "vi", "ca", "gl", "eu"};
  for (std::string_view l : kCommaLanguages)
    if (lang == l) return ',';
  return 0;
}

std::string ResolveCurrencySymbol(std::string_view symbol, std::string_view country,
                                  std::string_view language) {
  std::string cc = NormalizeCountry(country);
  if (cc.empty()) cc = RegionOfLanguageTag(language);
  if (const CountryRow* r = FindSymbol(cc, symbol)) return r->currency;
  if (cc.empty()) {
    // No country: the language alone may settle it ("500 kr" in Swedish text).
    std::string lang = PrimaryLanguage(language);
    for (const CountryRow& r : Table().rows)
      if (!lang.empty() && Contains(r.languages, lang) && Contains(r.symbols, symbol)) return r.currency;
  }
  if (const CountryRow* r = FindSymbol(kNoCountry, symbol)) return r->currency;
  return "";
}

}  // namespace hirewire::extract
