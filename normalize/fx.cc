#include "normalize/fx.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>
#include <optional>
#include <utility>

#include "corpus/dates.h"
#include "normalize/rate_csv.h"

namespace hirewire::normalize {
namespace {

constexpr size_t kMaxBytes = 64u << 20;
constexpr size_t kMaxDays = 100000;
constexpr size_t kMaxCurrencies = 200;

// "2025-07-31" -> 20250731 when it is a real calendar day (corpus/dates.h); -1 otherwise.
int32_t DayKey(std::string_view d) {
  std::optional<CivilDate> c = ParseIsoDate(d.substr(0, std::min<size_t>(d.size(), 10)));
  return c ? c->year * 10000 + c->month * 100 + c->day : -1;
}

bool IsCode(std::string_view c) {
  return c.size() == 3 && c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z' && c[2] >= 'A' &&
         c[2] <= 'Z';
}

// Rows as parsed: day -> currency -> rate.
using Days = std::map<int32_t, std::map<std::string, Fixed>>;

}  // namespace

struct FxTable::Impl {
  std::vector<std::string> currencies;    // column order
  std::vector<int32_t> days;              // ascending
  std::vector<std::vector<Fixed>> rates;  // [currency][day]; units 0 = no rate
  int Column(std::string_view c) const {
    for (size_t i = 0; i < currencies.size(); ++i)
      if (currencies[i] == c) return static_cast<int>(i);
    return -1;
  }
};

struct FxTableBuilder {
  static std::unique_ptr<FxTable> Make(const Days& days, std::vector<std::string> order) {
    std::unique_ptr<FxTable> t(new FxTable());
    FxTable::Impl& im = *t->impl_;
    for (const auto& [day, row] : days)
      for (const auto& [cur, r] : row)
        if (std::find(order.begin(), order.end(), cur) == order.end()) order.push_back(cur);
    im.currencies = std::move(order);
    im.rates.assign(im.currencies.size(), {});
    for (const auto& [day, row] : days) {
      im.days.push_back(day);
      for (size_t c = 0; c < im.currencies.size(); ++c) {
        auto it = row.find(im.currencies[c]);
        im.rates[c].push_back(it == row.end() ? Fixed{} : it->second);
      }
    }
    return t;
  }
  // Rows in any order (a later row for the same day wins), one rate per header column.
  static std::unique_ptr<FxTable> FromRows(std::vector<std::string> header,
                                           std::vector<std::pair<int32_t, std::vector<Fixed>>> rows) {
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::unique_ptr<FxTable> t(new FxTable());
    FxTable::Impl& im = *t->impl_;
    im.currencies = std::move(header);
    im.rates.assign(im.currencies.size(), {});
    for (size_t k = 0; k < rows.size(); ++k) {
      if (k + 1 < rows.size() && rows[k + 1].first == rows[k].first) continue;
      im.days.push_back(rows[k].first);
      for (size_t c = 0; c < im.currencies.size(); ++c)
        im.rates[c].push_back(c < rows[k].second.size() ? rows[k].second[c] : Fixed{});
    }
    return t;
  }
  static Days ToDays(const FxTable& t) {
    Days d;
    const FxTable::Impl& im = *t.impl_;
    for (size_t k = 0; k < im.days.size(); ++k) {
      auto& row = d[im.days[k]];
      for (size_t c = 0; c < im.currencies.size(); ++c)
        if (im.rates[c][k].units > 0) row[im.currencies[c]] = im.rates[c][k];
    }
    return d;
  }
};

FxTable::FxTable() : impl_(std::make_unique<Impl>()) {}
FxTable::~FxTable() = default;

Result<std::unique_ptr<FxTable>> FxTable::FromEcbCsv(std::string_view csv) {
  if (csv.size() > kMaxBytes) return Status::ResourceExhausted("rates file larger than 64 MiB");
  std::vector<std::string> header;
  std::vector<std::pair<int32_t, std::vector<Fixed>>> rows;
  CsvLines lines(csv);
  std::string_view line;
  while (lines.Next(&line)) {
    std::vector<std::string_view> f;
    for (size_t b = 0;;) {
      size_t comma = line.find(',', b);
      f.push_back(TrimCsvBlanks(
          line.substr(b, comma == std::string_view::npos ? std::string_view::npos : comma - b)));
      if (comma == std::string_view::npos) break;
      b = comma + 1;
    }
    auto where = [&] { return "rates CSV line " + std::to_string(lines.line_no()) + ": "; };
    if (header.empty()) {
      if (f.empty() || f[0] != "Date")
        return Status::InvalidArgument(where() + "expected the ECB header Date,USD,JPY,...");
      for (size_t i = 1; i < f.size(); ++i) {
        if (f[i].empty() && i + 1 == f.size()) break;  // the ECB's trailing comma
        if (!IsCode(f[i]))
          return Status::InvalidArgument(where() + "bad currency code '" + std::string(f[i]) + "'");
        header.emplace_back(f[i]);
      }
      if (header.size() > kMaxCurrencies) return Status::ResourceExhausted(where() + "too many currencies");
      continue;
    }
    int32_t day = DayKey(f[0]);
    if (day < 0 || f[0].size() != 10)
      return Status::InvalidArgument(where() + "bad date '" + std::string(f[0]) + "'");
    if (rows.size() >= kMaxDays) return Status::ResourceExhausted(where() + "too many rows");
    std::vector<Fixed> row(header.size());
    for (size_t i = 1; i < f.size() && i <= header.size(); ++i) {
      if (f[i].empty() || f[i] == "N/A") continue;
      if (!ParseFixed(f[i], &row[i - 1]) || row[i - 1].units == 0)
        return Status::InvalidArgument(where() + "bad rate '" + std::string(f[i]) + "' for " + header[i - 1]);
    }
    rows.emplace_back(day, std::move(row));
  }
  if (header.empty()) return Status::InvalidArgument("rates CSV has no header");
  if (rows.empty()) return Status::InvalidArgument("rates CSV has no rows");
  return FxTableBuilder::FromRows(std::move(header), std::move(rows));
}

Result<std::unique_ptr<FxTable>> FxTable::FromEcbXml(std::string_view xml) {
  if (xml.size() > kMaxBytes) return Status::ResourceExhausted("rates file larger than 64 MiB");
  // Attribute value of `name` inside the tag text [b, e); "" when absent.
  auto attr = [&](size_t b, size_t e, std::string_view name) -> std::string_view {
    std::string_view tag = xml.substr(b, e - b);
    for (size_t p = tag.find(name); p != std::string_view::npos; p = tag.find(name, p + 1)) {
      size_t q = p + name.size();
      if (p > 0 && tag[p - 1] != ' ' && tag[p - 1] != '\t' && tag[p - 1] != '\n') continue;
      if (q >= tag.size() || tag[q] != '=' || q + 1 >= tag.size()) continue;
      char quote = tag[q + 1];
      if (quote != '"' && quote != '\'') continue;
      size_t end = tag.find(quote, q + 2);
      if (end == std::string_view::npos) return "";
      return tag.substr(q + 2, end - q - 2);
    }
    return "";
  };
  Days days;
  int32_t day = -1;
  for (size_t p = xml.find("<Cube"); p != std::string_view::npos; p = xml.find("<Cube", p + 5)) {
    size_t e = xml.find('>', p);
    if (e == std::string_view::npos) return Status::InvalidArgument("rates XML: unterminated <Cube> tag");
    std::string_view time = attr(p, e, "time");
    if (!time.empty()) {
      day = DayKey(time);
      if (day < 0 || time.size() != 10)
        return Status::InvalidArgument("rates XML: bad time '" + std::string(time) + "'");
      if (days.size() >= kMaxDays) return Status::ResourceExhausted("rates XML: too many days");
      days[day].clear();
      continue;
    }
    std::string_view cur = attr(p, e, "currency"), rate = attr(p, e, "rate");
    if (cur.empty()) continue;
    if (day < 0) return Status::InvalidArgument("rates XML: a rate outside a dated <Cube time=...>");
    Fixed r;
    if (!IsCode(cur) || !ParseFixed(rate, &r) || r.units == 0)
      return Status::InvalidArgument("rates XML: bad rate '" + std::string(rate) + "' for '" +
                                     std::string(cur) + "'");
    days[day][std::string(cur)] = r;
  }
  if (days.empty()) return Status::InvalidArgument("rates XML has no <Cube time=...> days");
  return FxTableBuilder::Make(days, {});
}

Result<std::unique_ptr<FxTable>> FxTable::FromEcbFile(std::string_view bytes) {
  size_t b = bytes.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (b != std::string_view::npos && bytes[b] == '<') return FromEcbXml(bytes);
  return FromEcbCsv(bytes);
}

const FxTable& FxTable::Embedded() {
  static const FxTable* table = [] {
    std::string_view csv = EmbeddedEcbCsv();
    if (csv.empty()) return new FxTable();
    auto t = FromEcbCsv(csv);
    return t.ok() ? std::move(t).value().release() : new FxTable();
  }();
  return *table;
}

std::unique_ptr<FxTable> FxTable::OverriddenBy(const FxTable& over) const {
  Days d = FxTableBuilder::ToDays(*this);
  for (auto& [day, row] : FxTableBuilder::ToDays(over)) d[day] = std::move(row);
  return FxTableBuilder::Make(d, impl_->currencies);
}

std::string FxTable::ToEcbCsv() const {
  const Impl& im = *impl_;
  std::string out = "Date";
  for (const std::string& c : im.currencies) out += "," + c;
  out += ",\n";
  for (size_t k = im.days.size(); k-- > 0;) {
    out += DayKeyString(im.days[k]);
    for (size_t c = 0; c < im.currencies.size(); ++c)
      out += "," + (im.rates[c][k].units > 0 ? FixedToString(im.rates[c][k]) : std::string("N/A"));
    out += ",\n";
  }
  return out;
}

bool FxTable::empty() const { return impl_->days.empty(); }
size_t FxTable::days() const { return impl_->days.size(); }
std::string FxTable::FirstDate() const { return empty() ? "" : DayKeyString(impl_->days.front()); }
std::string FxTable::LastDate() const { return empty() ? "" : DayKeyString(impl_->days.back()); }
std::vector<std::string> FxTable::Currencies() const { return impl_->currencies; }
bool FxTable::Has(std::string_view c) const { return c == "EUR" || impl_->Column(c) >= 0; }

FxTable::Quote FxTable::At(std::string_view currency, std::string_view date) const {
  const Impl& im = *impl_;
  Quote q;
  if (im.days.empty()) return q;
  int32_t key = DayKey(date);
  if (key < 0) key = im.days.back();
  if (currency == "EUR") {
    FixedFromInt(1, &q.per_eur);
    q.found = true;
    q.date = DayKeyString(std::min(key, im.days.back()));
    q.out_of_range = key > im.days.back() || key < im.days.front();
    return q;
  }
  int col = im.Column(currency);
  if (col < 0) return q;
  const std::vector<Fixed>& r = im.rates[col];
  size_t k = std::upper_bound(im.days.begin(), im.days.end(), key) - im.days.begin();
  q.out_of_range = key > im.days.back();
  for (size_t i = k; i-- > 0;) {
    if (r[i].units > 0) {
      q.per_eur = r[i];
      q.date = DayKeyString(im.days[i]);
      q.found = true;
      return q;
    }
  }
  // Before the first day with a rate: the earliest one.
  for (size_t i = k; i < im.days.size(); ++i) {
    if (r[i].units > 0) {
      q.per_eur = r[i];
      q.date = DayKeyString(im.days[i]);
      q.found = true;
      q.out_of_range = true;
      return q;
    }
  }
  return q;
}

int MinorUnitDigits(std::string_view c) {
  static constexpr std::string_view kZero[] = {"KRW", "JPY", "ISK", "VND", "CLP", "PYG", "UGX",
                                               "XOF", "XAF", "KMF", "RWF", "GNF", "VUV", "XPF"};
  static constexpr std::string_view kThree[] = {"BHD", "KWD", "OMR", "JOD", "TND", "LYD", "IQD"};
  for (std::string_view z : kZero)
    if (c == z) return 0;
  for (std::string_view t : kThree)
    if (c == t) return 3;
  return 2;
}

Result<FxConversion> ConvertVia(const FxTable& table, std::string_view value, std::string_view from,
                                std::string_view to, std::string_view date, int digits) {
  Fixed v;
  if (!ParseFixed(value, &v)) return Status::InvalidArgument("bad value '" + std::string(value) + "'");
  if (digits < 0) digits = MinorUnitDigits(to);
  FxTable::Quote qf = table.At(from, date), qt = table.At(to, date);
  if (!qf.found) return Status::Unsupported("no rate for " + std::string(from) + " in the rate table");
  if (!qt.found) return Status::Unsupported("no rate for " + std::string(to) + " in the rate table");
  FxConversion out;
  out.date = std::min(qf.date, qt.date);
  out.out_of_range = qf.out_of_range || qt.out_of_range;
  Fixed r, one;
  FixedFromInt(1, &one);
  if (from == to) {
    out.value = FixedToString(FixedRound(v, std::min(digits, kFixedDigits)));
    out.rate = "1";
    return out;
  }
  if (!FixedMulDivRound(v, qt.per_eur, qf.per_eur, digits, &r))
    return Status::ResourceExhausted("converted value overflows");
  out.value = FixedToString(r);
  Fixed rate;
  if (FixedMulDivRound(one, qt.per_eur, qf.per_eur, kFixedDigits, &rate)) out.rate = FixedToString(rate);
  return out;
}

}  // namespace hirewire::normalize
