#include "app/rates.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <utility>

#include "app/cli.h"
#include "corpus/decimal.h"

namespace hirewire::app {
namespace {

constexpr size_t kMaxRatesBytes = 64u << 20;

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot read " + path + ": " + ErrnoText(errno));
  std::string s;
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    s.append(buf, static_cast<size_t>(in.gcount()));
    if (s.size() > kMaxRatesBytes) return Status::ResourceExhausted(path + ": larger than 64 MiB");
  }
  return s;
}

bool LooksLikeEcb(std::string_view bytes) {
  size_t b = bytes.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  return b != std::string_view::npos && (bytes[b] == '<' || bytes.substr(b, 5) == "Date,");
}

// KRW per USD of every day of an ECB table that has both, half-even to 4 decimals (the
// derivation of the built-in KRW/USD table, docs/rates.md).
Result<std::unique_ptr<normalize::RateTable>> KrwUsdOf(const normalize::FxTable& fx) {
  std::string csv = "date,krw_per_usd\n";
  std::string text = fx.ToEcbCsv();
  size_t rows = 0;
  for (size_t pos = text.find('\n') + 1; pos < text.size();) {
    size_t nl = text.find('\n', pos);
    std::string day = text.substr(pos, 10);
    pos = nl == std::string::npos ? text.size() : nl + 1;
    normalize::FxTable::Quote u = fx.At("USD", day), k = fx.At("KRW", day);
    if (!u.found || !k.found || u.date != day || k.date != day) continue;
    auto r = normalize::ConvertVia(fx, "1", "USD", "KRW", day, 4);
    if (!r.ok()) continue;
    csv += day + "," + r->value + "\n";
    ++rows;
  }
  if (rows == 0) return std::unique_ptr<normalize::RateTable>();
  return normalize::RateTable::FromCsv(csv);
}

// Applies an ECB table over the current ones (fx and KRW/USD).
Status ApplyEcb(const normalize::FxTable& over, LoadedRates* r) {
  const normalize::FxTable& base = r->fx ? *r->fx : normalize::FxTable::Embedded();
  r->fx = base.OverriddenBy(over);
  auto krw = KrwUsdOf(over);
  if (!krw.ok()) return krw.status();
  if (*krw) {
    const normalize::RateTable& kb = r->krw_usd ? *r->krw_usd : normalize::RateTable::Embedded();
    r->krw_usd = kb.MergedWith(**krw);
  }
  return Status::Ok();
}

}  // namespace

void AddRateOptions(CLI::App* cmd, RateFlags* flags, bool with_date) {
  cmd->add_option("--rate", flags->rate, "KRW per USD to convert with (overrides all rates)")
      ->check(RateFlag());
  cmd->add_option("--rates", flags->rates_file,
                  "Rates file over the built-in tables: CSV date,krw_per_usd, or an ECB CSV/XML download");
  if (with_date)
    cmd->add_option(
           "--date", flags->date,
           "Day (YYYY-MM-DD) to convert undated articles at; default: the crawl date, else the latest "
           "table day")
        ->check(DateFlag());
}

std::string UserRatesPath() {
  if (const char* p = std::getenv("HIREWIRE_RATES"); p && *p) return p;
  if (const char* x = std::getenv("XDG_DATA_HOME"); x && *x) return std::string(x) + "/hirewire/rates.csv";
  if (const char* h = std::getenv("HOME"); h && *h)
    return std::string(h) + "/.local/share/hirewire/rates.csv";
  return "";
}

Result<std::unique_ptr<LoadedRates>> LoadRates(const RateFlags& flags) {
  auto r = std::make_unique<LoadedRates>();
  std::string user = UserRatesPath();
  if (!user.empty() && std::ifstream(user).good()) {
    auto bytes = ReadFile(user);
    if (!bytes.ok()) return bytes.status();
    auto t = normalize::FxTable::FromEcbFile(*bytes);
    if (!t.ok()) return Status::InvalidArgument("user rates file " + user + ": " + t.status().message());
    HW_RETURN_IF_ERROR(ApplyEcb(**t, r.get()));
    r->user_file = user;
  }
  if (!flags.rates_file.empty()) {
    auto bytes = ReadFile(flags.rates_file);
    if (!bytes.ok()) return bytes.status();
    if (LooksLikeEcb(*bytes)) {
      auto t = normalize::FxTable::FromEcbFile(*bytes);
      if (!t.ok()) return Status::InvalidArgument(flags.rates_file + ": " + t.status().message());
      HW_RETURN_IF_ERROR(ApplyEcb(**t, r.get()));
    } else {
      auto t = normalize::RateTable::FromCsv(*bytes);
      if (!t.ok()) return Status::InvalidArgument(flags.rates_file + ": " + t.status().message());
      r->krw_usd = std::move(t).value();  // replaces the KRW/USD table, as before
    }
  }
  r->options.table = r->krw_usd.get();
  r->options.fx = r->fx.get();
  // A build without the ECB file (CMake warned) and no rates file: say so rather than leave
  // euro, pound or yen amounts without a USD value unexplained.
  if ((r->fx ? *r->fx : normalize::FxTable::Embedded()).empty())
    std::fprintf(stderr,
                 "hirewire: warning: no ECB reference-rate table (this build embedded none and no rates file "
                 "was given): amounts in currencies other than USD and KRW get no USD value; run `hirewire "
                 "rates update` or pass --rates FILE\n");
  r->options.user_rate = flags.rate;
  r->options.date = flags.date;
  return r;
}

}  // namespace hirewire::app
