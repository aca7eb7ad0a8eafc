// `hirewire convert "1억2500만 달러" [--to KRW|USD] [--date YYYY-MM-DD] [--rate N] [--rates FILE]`:
// the exact value, the converted value, the rate and its source, in Korean and English style.
#include <CLI/CLI.hpp>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "app/commands.h"
#include "extract/money.h"
#include "extract/money_format.h"
#include "normalize/currency.h"

namespace hirewire::app {
namespace {

struct ConvertArgs {
  std::string text;
  std::string to;
  std::string date;
  std::string rate;
  std::string rates_file;
};

int RunConvert(const ConvertArgs& args) {
  const char* me = "hirewire convert";
  std::string to = args.to;
  for (char& c : to) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (!to.empty() && to != "KRW" && to != "USD") {
    std::fprintf(stderr, "%s: --to must be KRW or USD\n", me);
    return kExitUsage;
  }
  if (!args.rate.empty() && !normalize::ValidateRate(args.rate).ok()) {
    std::fprintf(stderr, "%s: --rate %s: not a positive decimal\n", me, args.rate.c_str());
    return kExitUsage;
  }
  auto is_date = [](const std::string& d) {
    if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
      if (!std::isdigit(static_cast<unsigned char>(d[i]))) return false;
    return true;
  };
  if (!args.date.empty() && !is_date(args.date)) {
    std::fprintf(stderr, "%s: --date must be YYYY-MM-DD\n", me);
    return kExitUsage;
  }
  std::unique_ptr<normalize::RateTable> user_table;
  if (!args.rates_file.empty()) {
    std::ifstream in(args.rates_file, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "%s: cannot read --rates %s\n", me, args.rates_file.c_str());
      return kExitUsage;
    }
    std::string csv((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto t = normalize::RateTable::FromCsv(csv);
    if (!t.ok()) {
      std::fprintf(stderr, "%s: --rates %s: %s\n", me, args.rates_file.c_str(),
                   t.status().ToString().c_str());
      return kExitUsage;
    }
    user_table = std::move(t).value();
  }
  auto scanner = extract::MoneyScanner::Create();
  if (!scanner.ok()) return kExitFatal;
  Article art;
  art.paragraphs = {args.text};
  (*scanner)->ScanArticle(&art);
  for (const std::string& w : art.warnings) std::fprintf(stderr, "%s: %s\n", me, w.c_str());
  if (art.money.empty()) {
    std::fprintf(stderr, "%s: no money amount found in \"%s\"\n", me, args.text.c_str());
    return kExitUsage;
  }
  Amount first = art.money[0];
  if (first.kind == "vague") {
    std::fprintf(stderr, "%s: \"%s\" has no exact value to convert\n", me, first.surface.c_str());
    return kExitUsage;
  }
  // A range converts both ends; a gloss pair keeps its partner so the article rate applies.
  if (first.kind == "range") {
    Amount lo = first, hi = first;
    lo.value = first.low;
    hi.value = first.high;
    lo.kind = hi.kind = "exact";
    art.money = {lo, hi};
  }
  art.warnings.clear();
  normalize::ConvertOptions co;
  co.table = user_table.get();
  co.user_rate = args.rate;
  co.date = args.date;
  normalize::ConvertAmounts(&art, co);
  for (const std::string& w : art.warnings) std::fprintf(stderr, "%s: %s\n", me, w.c_str());
  for (const Amount& a : art.money)
    for (const std::string& w : a.warnings) std::fprintf(stderr, "%s: %s\n", me, w.c_str());

  const std::string& cur = first.currency;
  if (to.empty()) to = cur == "KRW" ? "USD" : "KRW";
  std::vector<const Amount*> parts = {&art.money[0]};
  if (first.kind == "range") parts.push_back(&art.money[1]);

  std::string value_line, conv_line, ko_from, ko_to, en_from, en_to;
  bool converted = true;
  for (size_t k = 0; k < parts.size(); ++k) {
    const Amount& a = *parts[k];
    std::string sep = k == 0 ? "" : " ~ ";
    value_line += sep + a.value;
    ko_from += sep + extract::FormatKorean(a.value, cur);
    en_from += sep + extract::FormatEnglish(a.value, cur);
    std::string out = to == "KRW" ? a.krw : to == "USD" ? a.usd : "";
    if (cur == to) out = a.value;
    if (out.empty()) {
      converted = false;
      continue;
    }
    conv_line += sep + out;
    ko_to += sep + extract::FormatKorean(out, to);
    en_to += sep + extract::FormatEnglish(out, to);
  }
  const Amount& a0 = *parts[0];
  std::cout << "input:     " << args.text << '\n';
  std::cout << "amount:    " << value_line << ' ' << cur << " (" << first.kind
            << (first.period != "none" ? ", " + first.period : "") << "; \"" << first.surface << "\")\n";
  if (!converted) {
    std::cout << "korean:    " << ko_from << '\n' << "english:   " << en_from << '\n';
    std::fprintf(stderr, "%s: only KRW <-> USD can be converted (got %s)\n", me, cur.c_str());
    return kExitFatal;
  }
  std::cout << "converted: " << conv_line << ' ' << to << '\n';
  if (!a0.rate.empty())
    std::cout << "rate:      " << a0.rate << " KRW/USD (" << a0.rate_source << ")\n";
  else
    std::cout << "rate:      none needed\n";
  std::cout << "korean:    " << ko_from << " = " << ko_to << '\n';
  std::cout << "english:   " << en_from << " = " << en_to << '\n';
  return kExitOk;
}

}  // namespace

void RegisterConvert(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ConvertArgs>();
  auto* cmd = app.add_subcommand("convert", "Convert an amount between KRW and USD, exactly");
  cmd->add_option("amount", args->text, "Amount as written, e.g. \"1억2500만 달러\" or \"$125 million\"")
      ->required();
  cmd->add_option("--to", args->to, "Target currency: KRW or USD (default: the other one)");
  cmd->add_option("--date", args->date, "Date (YYYY-MM-DD) whose rate to use; default: latest table date");
  cmd->add_option("--rate", args->rate, "KRW per USD to convert with (overrides the table)");
  cmd->add_option("--rates", args->rates_file, "CSV date,krw_per_usd to use instead of the built-in table");
  cmd->callback([args, exit_code] { *exit_code = RunConvert(*args); });
}

}  // namespace hirewire::app
