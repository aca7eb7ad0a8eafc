#include "normalize/currency.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <vector>

#include "corpus/dates.h"
#include "corpus/decimal.h"
#include "corpus/text.h"
#include "normalize/fx.h"
#include "normalize/rate_csv.h"

namespace hirewire::normalize {
namespace {

struct Entry {
  int32_t date;  // YYYYMMDD
  Fixed rate;    // KRW per USD
};

struct EmbeddedRow {
  int32_t date;
  int64_t rate_e4;
};

constexpr EmbeddedRow kEmbedded[] = {
#include "normalize/rates_data.inc"
};

constexpr size_t kMaxCsvBytes = 64 << 20;
constexpr size_t kMaxCsvRows = 1 << 20;

// "2025-07-31" (or an ISO timestamp starting with it) -> 20250731; -1 when malformed or not a
// calendar day.
int32_t DateKey(std::string_view d) {
  if (d.size() > 10 && d[10] != 'T' && d[10] != ' ') return -1;
  std::optional<CivilDate> c = ParseIsoDate(d.substr(0, 10));
  return c ? c->year * 10000 + c->month * 100 + c->day : -1;
}

// Whole days from a to b (YYYY-MM-DD...); 0 when either is malformed.
long DaysBetween(std::string_view a, std::string_view b) {
  int32_t ka = DateKey(a), kb = DateKey(b);
  if (ka < 0 || kb < 0) return 0;
  auto days = [](int32_t k) { return DaysFromCivil(k / 10000, (k / 100) % 100, k % 100); };
  return static_cast<long>(days(kb) - days(ka));
}

}  // namespace

struct RateTable::Impl {
  std::vector<Entry> entries;  // sorted by date, unique
};

struct RateTableBuilder {
  static std::unique_ptr<RateTable> Make(std::vector<Entry> entries) {
    std::unique_ptr<RateTable> t(new RateTable());
    t->impl_->entries = std::move(entries);
    return t;
  }
};

RateTable::RateTable() : impl_(std::make_unique<Impl>()) {}
RateTable::~RateTable() = default;

const RateTable& RateTable::Embedded() {
  static const RateTable* table = [] {
    std::vector<Entry> e;
    e.reserve(std::size(kEmbedded));
    for (const EmbeddedRow& r : kEmbedded)
      e.push_back({r.date, Fixed{static_cast<__int128>(r.rate_e4) * 100}});
    return RateTableBuilder::Make(std::move(e)).release();
  }();
  return *table;
}

Result<std::unique_ptr<RateTable>> RateTable::FromCsv(std::string_view csv) {
  if (csv.size() > kMaxCsvBytes) return Status::ResourceExhausted("rate CSV larger than 64 MiB");
  std::vector<Entry> entries;
  CsvLines lines(csv);
  std::string_view line;
  while (lines.Next(&line)) {
    size_t comma = line.find(',');
    if (comma == std::string_view::npos)
      return Status::InvalidArgument("rate CSV line " + std::to_string(lines.line_no()) +
                                     ": expected date,krw_per_usd");
    std::string_view date = TrimCsvBlanks(line.substr(0, comma)),
                     rate = TrimCsvBlanks(line.substr(comma + 1));
    int32_t key = DateKey(date);
    if (key < 0 || date.size() != 10) {
      if (lines.line_no() == 1) continue;  // header
      return Status::InvalidArgument("rate CSV line " + std::to_string(lines.line_no()) + ": bad date '" +
                                     std::string(date) + "'");
    }
    Fixed r;
    if (!ParseFixed(rate, &r) || r.units == 0)
      return Status::InvalidArgument("rate CSV line " + std::to_string(lines.line_no()) + ": bad rate '" +
                                     std::string(rate) + "'");
    if (entries.size() >= kMaxCsvRows) return Status::ResourceExhausted("rate CSV has too many rows");
    entries.push_back({key, r});
  }
  if (entries.empty()) return Status::InvalidArgument("rate CSV has no rows");
  // Sort by date; a later line for the same date replaces an earlier one.
  std::stable_sort(entries.begin(), entries.end(),
                   [](const Entry& a, const Entry& b) { return a.date < b.date; });
  std::vector<Entry> unique;
  for (const Entry& e : entries) {
    if (!unique.empty() && unique.back().date == e.date)
      unique.back() = e;
    else
      unique.push_back(e);
  }
  return RateTableBuilder::Make(std::move(unique));
}

size_t RateTable::size() const { return impl_->entries.size(); }

std::unique_ptr<RateTable> RateTable::MergedWith(const RateTable& over) const {
  std::vector<Entry> merged;
  const std::vector<Entry>& a = impl_->entries;
  const std::vector<Entry>& b = over.impl_->entries;
  size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (j == b.size() || (i < a.size() && a[i].date < b[j].date)) {
      merged.push_back(a[i++]);
    } else {
      if (i < a.size() && a[i].date == b[j].date) ++i;
      merged.push_back(b[j++]);
    }
  }
  return RateTableBuilder::Make(std::move(merged));
}

RateTable::Lookup RateTable::Latest() const {
  const std::vector<Entry>& e = impl_->entries;
  if (e.empty()) return {"", "", true};
  return {FixedToString(e.back().rate), DayKeyString(e.back().date), false};
}

RateTable::Lookup RateTable::At(std::string_view yyyy_mm_dd) const {
  const std::vector<Entry>& e = impl_->entries;
  if (e.empty()) return {"", "", true};
  int32_t key = DateKey(yyyy_mm_dd);
  if (key < 0) {
    Lookup l = Latest();
    l.out_of_range = true;
    return l;
  }
  auto it = std::upper_bound(e.begin(), e.end(), key, [](int32_t k, const Entry& x) { return k < x.date; });
  if (it == e.begin()) return {FixedToString(e.front().rate), DayKeyString(e.front().date), true};
  const Entry& hit = *(it - 1);
  return {FixedToString(hit.rate), DayKeyString(hit.date), key > e.back().date};
}

Status ValidateRate(std::string_view rate) {
  Fixed r;
  if (!ParseFixed(rate, &r) || r.units == 0)
    return Status::InvalidArgument("rate must be a positive decimal number of KRW per USD, got '" +
                                   std::string(rate) + "'");
  return Status::Ok();
}

Result<std::string> ConvertValue(std::string_view value, std::string_view from, std::string_view to,
                                 std::string_view krw_per_usd) {
  Fixed v, rate, out;
  if (!ParseFixed(value, &v)) return Status::InvalidArgument("bad value '" + std::string(value) + "'");
  bool known = (from == "USD" || from == "KRW") && (to == "USD" || to == "KRW");
  if (!known) return Status::Unsupported("only KRW <-> USD can be converted");
  if (from == to) return FixedToString(v);
  HW_RETURN_IF_ERROR(ValidateRate(krw_per_usd));
  ParseFixed(krw_per_usd, &rate);
  bool ok = from == "USD" ? FixedMulRound(v, rate, 0, &out) : FixedDivRound(v, rate, 2, &out);
  if (!ok) return Status::ResourceExhausted("converted value overflows");
  return FixedToString(out);
}

namespace {

// Fills usd/krw of one amount at `rate`.
void Apply(Amount* a, const Fixed& rate, const std::string& rate_str, const std::string& source) {
  if (a->value.empty() || (a->currency != "USD" && a->currency != "KRW")) return;
  Fixed v, out;
  if (!ParseFixed(a->value, &v)) return;
  if (a->currency == "USD") {
    if (!FixedMulRound(v, rate, 0, &out)) {
      a->warnings.push_back("money: KRW value overflows; not converted");
      return;
    }
    a->usd = a->value;
    a->krw = FixedToString(out);
  } else {
    if (!FixedDivRound(v, rate, 2, &out)) return;
    a->krw = a->value;
    a->usd = FixedToString(out);
  }
  a->rate = rate_str;
  a->rate_source = source;
}

// Fills usd/krw (and usd_rate/krw_rate) of an amount in another currency through EUR; returns
// the table day used, or "" when the currency is not in the table.
std::string ApplyCross(Amount* a, const FxTable& fx, const std::string& date) {
  if (a->value.empty() || a->currency == "USD" || a->currency == "KRW" || !fx.Has(a->currency)) return "";
  auto usd = ConvertVia(fx, a->value, a->currency, "USD", date);
  auto krw = ConvertVia(fx, a->value, a->currency, "KRW", date);
  if (!usd.ok() || !krw.ok()) {
    if (!usd.ok() && usd.status().code() == StatusCode::kResourceExhausted)
      a->warnings.push_back("money: converted value overflows; not converted");
    return "";
  }
  a->usd = usd->value;
  a->krw = krw->value;
  a->usd_rate = usd->rate;
  a->krw_rate = krw->rate;
  a->rate_source = "table:" + std::min(usd->date, krw->date);
  return std::min(usd->date, krw->date);
}

// The article's date for conversion: published, else opts.date; "" when neither.
std::string ConversionDate(const Article& article, const ConvertOptions& opts) {
  if (DateKey(article.published) >= 0) return article.published.substr(0, 10);
  if (DateKey(opts.date) >= 0) return opts.date.substr(0, 10);
  return "";
}

// Named warnings for amounts that stay unconverted because the table has no rate for their
// currency (the ECB publishes none for TWD, KES, VND ...): one on each amount, one per currency
// on the article.
void WarnNoRate(Article* article, const FxTable& fx) {
  std::vector<std::pair<std::string, int>> missing;  // currency, amounts
  for (Amount& a : article->money) {
    if (a.value.empty() || a.currency == "USD" || a.currency == "KRW" || (!fx.empty() && fx.Has(a.currency)))
      continue;
    if (!a.usd.empty() || !a.krw.empty()) continue;  // a gloss stated its value
    a.warnings.push_back("money: no_rate: the rate table has no " + a.currency + " rate; not converted");
    auto it =
        std::find_if(missing.begin(), missing.end(), [&](const auto& m) { return m.first == a.currency; });
    if (it == missing.end())
      missing.push_back({a.currency, 1});
    else
      ++it->second;
  }
  for (const auto& [cur, n] : missing)
    article->warnings.push_back("money: no_rate: the rate table has no " + cur + " rate; " +
                                std::to_string(n) + (n == 1 ? " amount" : " amounts") + " not converted");
}

// Whether amount k is one of a gloss pair (it glosses another, or another glosses it).
bool InGlossPair(const std::vector<Amount>& money, size_t k) {
  if (money[k].glosses >= 0) return true;
  return std::any_of(money.begin(), money.end(),
                     [&](const Amount& x) { return x.glosses == static_cast<int>(k); });
}

// The pair member an amount with no gloss of its own repeats: the same currency and value as a member of a
// gloss pair for which `in_rated_pair` holds ("3000만 달러(한화 약 420억원)" in the body, the headline's bare
// "3000만 달러"); -1 when there is none. The first such member wins.
template <typename Pred>
int GlossedTwin(const std::vector<Amount>& money, size_t k, Pred in_rated_pair) {
  const Amount& t = money[k];
  if (t.value.empty() || InGlossPair(money, k)) return -1;
  for (size_t j = 0; j < money.size(); ++j)
    if (j != k && in_rated_pair(j) && money[j].currency == t.currency && money[j].value == t.value)
      return static_cast<int>(j);
  return -1;
}

// An amount in another currency repeating a glossed one converts as its twin does (the stated partner's
// value).
void CopyGlossedTwins(std::vector<Amount>* money) {
  std::vector<Amount>& m = *money;
  for (size_t k = 0; k < m.size(); ++k) {
    if (m[k].currency == "USD" || m[k].currency == "KRW") continue;
    int j = GlossedTwin(m, k, [&](size_t i) { return m[i].rate_source == "article" && InGlossPair(m, i); });
    if (j < 0) continue;
    m[k].usd = m[j].usd;
    m[k].krw = m[j].krw;
    m[k].usd_rate = m[j].usd_rate;
    m[k].krw_rate = m[j].krw_rate;
    m[k].rate_source = m[j].rate_source;
  }
}

void ConvertOtherCurrencies(Article* article, const ConvertOptions& opts) {
  const FxTable& fx = opts.fx ? *opts.fx : FxTable::Embedded();
  if (fx.empty()) {
    WarnNoRate(article, fx);
    return;
  }
  const std::string date = ConversionDate(*article, opts);
  std::string used;
  for (Amount& a : article->money) {
    std::string d = ApplyCross(&a, fx, date);
    if (!d.empty() && (used.empty() || d < used)) used = d;
  }
  // A gloss pair states both figures: the partner's stated USD/KRW value wins over the table.
  for (Amount& a : article->money) {
    if (a.glosses < 0 || a.glosses >= static_cast<int>(article->money.size())) continue;
    Amount& b = article->money[a.glosses];
    for (auto [x, y] : {std::pair<Amount*, Amount*>{&a, &b}, {&b, &a}}) {
      if (x->currency == "USD" || x->currency == "KRW" || x->value.empty() || y->value.empty()) continue;
      if (y->currency == "USD") x->usd = y->value, x->rate_source = "article";
      if (y->currency == "KRW") x->krw = y->value, x->rate_source = "article";
    }
  }
  CopyGlossedTwins(&article->money);
  WarnNoRate(article, fx);
  if (used.empty()) return;
  if (date.empty()) {
    article->warnings.push_back(
        "money: article has no date; other currencies converted at the latest table day (" + used + ")");
  } else if (DaysBetween(used, date) > 7) {
    article->warnings.push_back("money: stale_rates: the rate table's day " + used + " is " +
                                std::to_string(DaysBetween(used, date)) + " days before the article date " +
                                date);
  }
}

// Where an amount's article rate comes from: `holder` is the glossing amount of the pair with the implied
// rate, `member` the pair member the amount stands for (itself, or the member its glossed twin repeats); -1
// for none.
struct ArticleRate {
  int holder = -1;
  int member = -1;
};

// Each gloss pair with an implied rate converts at that rate, and so does an amount with no gloss of its own
// that repeats one of the pair (same currency and value), so `money` and the offers read one conversion.
std::vector<ArticleRate> ArticleRates(const std::vector<Amount>& money) {
  std::vector<ArticleRate> r(money.size());
  for (size_t k = 0; k < money.size(); ++k) {
    const Amount& a = money[k];
    if (a.glosses < 0 || a.glosses >= static_cast<int>(money.size()) || a.implied_rate.empty()) continue;
    r[k] = {static_cast<int>(k), static_cast<int>(k)};
    r[a.glosses] = {static_cast<int>(k), a.glosses};
  }
  for (size_t k = 0; k < money.size(); ++k) {
    if (r[k].holder >= 0) continue;
    int j = GlossedTwin(money, k,
                        [&](size_t i) { return r[i].holder >= 0 && r[i].member == static_cast<int>(i); });
    if (j >= 0) r[k] = {r[j].holder, j};
  }
  return r;
}

}  // namespace

void ConvertAmounts(Article* article, const ConvertOptions& opts) {
  std::vector<Amount>& money = article->money;
  bool any = false, any_cross = false;
  for (const Amount& a : money) {
    if (!a.value.empty() && (a.currency == "USD" || a.currency == "KRW"))
      any = true;
    else if (!a.value.empty())
      any_cross = true;
  }
  if (any_cross) ConvertOtherCurrencies(article, opts);
  if (!any) return;

  const RateTable& table = opts.table ? *opts.table : RateTable::Embedded();
  Fixed user;
  bool has_user = !opts.user_rate.empty() && ParseFixed(opts.user_rate, &user) && user.units > 0;
  if (!opts.user_rate.empty() && !has_user)
    article->warnings.push_back("money: ignoring invalid user rate '" + opts.user_rate + "'");

  std::string date;
  if (DateKey(article->published) >= 0)
    date = article->published.substr(0, 10);
  else if (DateKey(opts.date) >= 0)
    date = opts.date.substr(0, 10);

  RateTable::Lookup lookup;
  std::string table_warning;  // added only if some amount does use the table
  if (!has_user) {
    if (date.empty()) {
      lookup = table.Latest();
      table_warning = "money: article has no date; converted at the latest table rate (" + lookup.date + ")";
    } else {
      lookup = table.At(date);
      if (DaysBetween(lookup.date, date) > 7)
        table_warning = "money: stale_rates: the rate table's day " + lookup.date + " is " +
                        std::to_string(DaysBetween(lookup.date, date)) + " days before the article date " +
                        date;
      else if (lookup.out_of_range)
        table_warning = "money: " + date + " is outside the rate table; used the rate of " + lookup.date;
    }
  }
  bool used_table = false;
  Fixed table_rate;
  bool has_table = !lookup.rate.empty() && ParseFixed(lookup.rate, &table_rate);

  std::vector<ArticleRate> article_rate_of = ArticleRates(money);
  // Warn where the article's own conversion is off the table by more than 5% (only when the
  // date is known: against an arbitrary day the comparison means nothing).
  RateTable::Lookup check = date.empty() ? RateTable::Lookup{} : table.At(date);
  Fixed check_rate;
  if (!date.empty() && ParseFixed(check.rate, &check_rate) && check_rate.units > 0) {
    for (Amount& a : money) {
      Fixed implied;
      if (a.implied_rate.empty() || !ParseFixed(a.implied_rate, &implied)) continue;
      __int128 diff = implied.units > check_rate.units ? implied.units - check_rate.units
                                                       : check_rate.units - implied.units;
      if (diff * 20 > check_rate.units) {  // |implied - table| > 5% of table
        a.warnings.push_back("money: the article implies " + a.implied_rate +
                             " KRW/USD, more than 5% off the table rate " + check.rate + " (" + check.date +
                             ")");
      }
    }
  }

  for (size_t k = 0; k < money.size(); ++k) {
    Amount& a = money[k];
    if (has_user) {
      Apply(&a, user, FixedToString(user), "user");
    } else if (article_rate_of[k].holder >= 0) {
      const std::string& r = money[article_rate_of[k].holder].implied_rate;
      Fixed rate;
      if (ParseFixed(r, &rate) && rate.units > 0) Apply(&a, rate, r, "article");
      // A gloss pair states both figures: each converts to its partner's stated value exactly
      // ("300만 달러(약 41억원)" is 4,100,000,000 KRW, not 3,000,000 x the rounded rate); a twin as its
      // member.
      const Amount& holder = money[article_rate_of[k].holder];
      const Amount& partner =
          article_rate_of[k].member == article_rate_of[k].holder ? money[holder.glosses] : holder;
      if (!partner.value.empty() && !a.rate_source.empty()) {
        if (a.currency == "USD" && partner.currency == "KRW") a.krw = partner.value;
        if (a.currency == "KRW" && partner.currency == "USD") a.usd = partner.value;
      }
    } else if (has_table) {
      Apply(&a, table_rate, lookup.rate, "table:" + lookup.date);
      used_table = used_table || !a.rate_source.empty();
    }
  }
  if (used_table && !table_warning.empty() &&
      std::find(article->warnings.begin(), article->warnings.end(), table_warning) == article->warnings.end())
    article->warnings.push_back(table_warning);
}

}  // namespace hirewire::normalize
