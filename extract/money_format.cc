#include "extract/money_format.h"

#include "corpus/decimal.h"

namespace hirewire::extract {
namespace {

struct CurrencyNames {
  std::string_view iso, korean, symbol;  // symbol: "" -> "ISO " prefix
};

constexpr CurrencyNames kNames[] = {
    {"KRW", "원", "₩"},
    {"USD", "달러", "$"},
    {"JPY", "엔", "¥"},
    {"CNY", "위안", ""},
    {"EUR", "유로", "€"},
    {"GBP", "파운드", "£"},
    {"HKD", "홍콩달러", "HK$"},
    {"TWD", "대만달러", "NT$"},
    {"CAD", "캐나다달러", "C$"},
    {"AUD", "호주달러", "A$"},
    {"SGD", "싱가포르달러", "S$"},
    {"CHF", "스위스프랑", ""},
    {"INR", "루피", "₹"},
    {"NZD", "", "NZ$"},
    {"BRL", "", "R$"},
    {"MXN", "", "MX$"},
};

const CurrencyNames* Find(std::string_view iso) {
  for (const CurrencyNames& n : kNames)
    if (n.iso == iso) return &n;
  return nullptr;
}

// "1234567.5" -> "1,234,567.5"
std::string WithCommas(const std::string& plain) {
  size_t dot = plain.find('.');
  std::string ip = plain.substr(0, dot), rest = dot == std::string::npos ? "" : plain.substr(dot);
  std::string out;
  for (size_t i = 0; i < ip.size(); ++i) {
    if (i > 0 && (ip.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(ip[i]);
  }
  return out + rest;
}

std::string EnglishPrefix(std::string_view currency) {
  const CurrencyNames* n = Find(currency);
  if (n && !n->symbol.empty()) return std::string(n->symbol);
  return std::string(currency) + " ";
}

}  // namespace

std::string_view KoreanCurrencyWord(std::string_view currency) {
  const CurrencyNames* n = Find(currency);
  return n && !n->korean.empty() ? n->korean : currency;
}

std::string FormatKorean(std::string_view value, std::string_view currency) {
  Fixed v;
  if (!ParseFixed(value, &v)) return std::string(value) + " " + std::string(currency);
  // No Korean word (NZ$, R$): the symbol goes in front ("R$1억 2500만").
  const CurrencyNames* names = Find(currency);
  bool symbol_first = names && names->korean.empty();
  auto with_currency = [&](const std::string& number) {
    return symbol_first ? std::string(names->symbol) + number
                        : number + " " + std::string(KoreanCurrencyWord(currency));
  };
  if (v.units % 1000000 != 0) return with_currency(WithCommas(FixedToString(v)));
  // Groups of four digits: 조 (10^12, may hold more than four digits), 억, 만, units.
  std::string plain = FixedToString(v);
  static constexpr std::string_view kUnits[] = {"조", "억", "만", ""};
  std::string out;
  size_t len = plain.size();
  for (int g = 0; g < 4; ++g) {
    size_t low_digits = static_cast<size_t>(4 * (3 - g));  // digits below this group
    if (len <= low_digits) continue;
    size_t from = (g == 0) ? 0 : (len > low_digits + 4 ? len - low_digits - 4 : 0);
    std::string group = plain.substr(from, len - low_digits - from);
    size_t nz = group.find_first_not_of('0');
    if (nz == std::string::npos) continue;
    if (!out.empty() && !symbol_first) out.push_back(' ');  // "R$1억2500" stays glued
    out += group.substr(nz);
    out += kUnits[g];
  }
  if (out.empty()) out = "0";
  return with_currency(out);
}

std::string FormatEnglish(std::string_view value, std::string_view currency) {
  Fixed v;
  if (!ParseFixed(value, &v)) return std::string(value) + " " + std::string(currency);
  std::string prefix = EnglishPrefix(currency);
  static constexpr std::pair<size_t, std::string_view> kScales[] = {
      {12, "trillion"}, {9, "billion"}, {6, "million"}};
  if (v.units % 1000000 == 0) {  // whole units: try a scale word
    std::string plain = FixedToString(v);
    for (auto [exp, name] : kScales) {
      if (plain.size() <= exp) continue;
      // plain / 10^exp, written exactly; the scale word only when three decimals suffice.
      std::string ip = plain.substr(0, plain.size() - exp), fp = plain.substr(plain.size() - exp);
      while (!fp.empty() && fp.back() == '0') fp.pop_back();
      if (fp.size() > 3) break;
      return prefix + ip + (fp.empty() ? "" : "." + fp) + " " + std::string(name);
    }
  }
  return prefix + WithCommas(FixedToString(v));
}

}  // namespace hirewire::extract
