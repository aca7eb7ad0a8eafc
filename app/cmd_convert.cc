// `hirewire convert "1억2500만 달러" [--to CUR] [--date YYYY-MM-DD] [--rate N] [--rates FILE]`:
// the exact value, the converted value, the rate and its source, in Korean and English style.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "app/cli.h"
#include "app/commands.h"
#include "app/rates.h"
#include "extract/money.h"
#include "extract/money_format.h"
#include "normalize/currency.h"

namespace hirewire::app {
namespace {

struct ConvertArgs {
  std::string text;
  std::string to;
  RateFlags rates;
};

// The input as shown in messages: at most 60 columns.
std::string Quoted(std::string_view text) { return "\"" + TruncateToWidth(text, 60) + "\""; }

// Text of `input` outside every amount's span, as the runs a reader would name ("1e", "-").
std::vector<std::string> Leftovers(const std::string& input, const std::vector<Amount>& money) {
  std::vector<bool> covered(input.size(), false);
  for (const Amount& a : money)
    for (int i = std::max(0, a.start); i < a.end && i < static_cast<int>(input.size()); ++i)
      covered[i] = true;
  std::vector<std::string> runs;
  std::string cur;
  for (size_t i = 0; i <= input.size(); ++i) {
    if (i < input.size() && !covered[i] && input[i] != ' ' && input[i] != '\t') {
      cur += input[i];
      continue;
    }
    if (!cur.empty()) runs.push_back(std::move(cur));
    cur.clear();
  }
  return runs;
}

// A leftover run the command must not ignore: digits or a sign change the amount.
bool ChangesTheAmount(std::string_view run) {
  for (char c : run)
    if ((c >= '0' && c <= '9') || c == '-' || c == '+') return true;
  return run.find("\u2212") != std::string_view::npos;  // minus sign
}

constexpr size_t kMaxAmountBytes = 1000;

int RunConvert(const ConvertArgs& args) {
  const char* me = "hirewire convert";
  std::string to = args.to;
  for (char& c : to) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  auto loaded = LoadRates(args.rates);
  if (!loaded.ok()) return UsageError("convert", "--rates", loaded.status().message());
  const normalize::FxTable& fx = (*loaded)->fx ? *(*loaded)->fx : normalize::FxTable::Embedded();
  if (!to.empty() && to != "KRW" && to != "USD" && !fx.Has(to))
    return UsageError("convert", "--to", "'" + args.to + "' is not a currency of the rate table");
  if (args.text.size() > kMaxAmountBytes)
    return UsageError("convert", "AMOUNT",
                      std::to_string(args.text.size()) + " bytes is not one amount (at most " +
                          std::to_string(kMaxAmountBytes) + ")");
  auto scanner = extract::MoneyScanner::Create();
  if (!scanner.ok()) return kExitFatal;
  Article art;
  art.paragraphs = {args.text};
  (*scanner)->ScanArticle(&art);
  for (const std::string& w : art.warnings) std::fprintf(stderr, "%s: %s\n", me, w.c_str());
  if (art.money.empty())
    return UsageError("convert", "AMOUNT", "no money amount found in " + Quoted(args.text));
  // One amount (with its gloss, "1억 달러(약 1300억원)"), nothing else that changes it.
  std::vector<std::string> primary;
  for (const Amount& a : art.money)
    if (a.glosses < 0) primary.push_back(Quoted(a.surface));
  if (primary.size() > 1) {
    std::string list;
    for (size_t i = 0; i < primary.size() && i < 5; ++i) list += (i ? ", " : "") + primary[i];
    if (primary.size() > 5) list += ", ...";
    return UsageError(
        "convert", "AMOUNT",
        "found " + std::to_string(primary.size()) + " amounts (" + list + "); give one at a time");
  }
  for (const std::string& run : Leftovers(args.text, art.money)) {
    if (!ChangesTheAmount(run)) continue;
    std::string why = "did not understand " + Quoted(run) + " in " + Quoted(args.text) +
                      " (the amount read was " + Quoted(art.money[0].surface) + ")";
    if (run.find('-') != std::string::npos || run.find("\u2212") != std::string::npos)
      why += "; negative amounts cannot be converted";
    return UsageError("convert", "AMOUNT", why);
  }
  Amount first = art.money[0];
  if (first.kind == "vague") {
    return UsageError("convert", "AMOUNT", Quoted(first.surface) + " has no exact value to convert");
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
  normalize::ConvertAmounts(&art, (*loaded)->options);
  for (const std::string& w : art.warnings) std::fprintf(stderr, "%s: %s\n", me, w.c_str());
  for (const Amount& a : art.money)
    for (const std::string& w : a.warnings) std::fprintf(stderr, "%s: %s\n", me, w.c_str());

  const std::string& cur = first.currency;
  if (to.empty()) to = cur == "KRW" ? "USD" : "KRW";
  std::vector<const Amount*> parts = {&art.money[0]};
  if (first.kind == "range") parts.push_back(&art.money[1]);

  std::string value_line, conv_line, ko_from, ko_to, en_from, en_to, cross_rate;
  bool converted = true;
  for (size_t k = 0; k < parts.size(); ++k) {
    const Amount& a = *parts[k];
    std::string sep = k == 0 ? "" : " ~ ";
    value_line += sep + a.value;
    ko_from += sep + extract::FormatKorean(a.value, cur);
    en_from += sep + extract::FormatEnglish(a.value, cur);
    std::string out = to == "KRW" ? a.krw : to == "USD" ? a.usd : "";
    if (cur == to) out = a.value;
    if (out.empty()) {  // any other pair: through EUR on the table
      auto via = normalize::ConvertVia(fx, a.value, cur, to, args.rates.date);
      if (!via.ok()) {
        converted = false;
        continue;
      }
      out = via->value;
      if (k == 0) cross_rate = via->rate + " " + to + "/" + cur + " (table:" + via->date + ", through EUR)";
    }
    conv_line += sep + out;
    ko_to += sep + extract::FormatKorean(out, to);
    en_to += sep + extract::FormatEnglish(out, to);
  }
  const Amount& a0 = *parts[0];
  std::cout << "input:     " << TruncateToWidth(args.text, 60) << '\n';
  std::cout << "amount:    " << value_line << ' ' << cur << " (" << first.kind
            << (first.period != "none" ? ", " + first.period : "") << "; \"" << first.surface << "\")\n";
  if (!converted) {
    std::cout << "korean:    " << ko_from << '\n' << "english:   " << en_from << '\n';
    std::fprintf(stderr, "%s: no rate for %s -> %s in the rate table\n", me, cur.c_str(), to.c_str());
    return kExitFatal;
  }
  std::cout << "converted: " << conv_line << ' ' << to << '\n';
  if (!cross_rate.empty())
    std::cout << "rate:      " << cross_rate << "\n";
  else if (a0.rate.empty() && !(to == "KRW" ? a0.krw_rate : a0.usd_rate).empty())
    std::cout << "rate:      " << (to == "KRW" ? a0.krw_rate : a0.usd_rate) << " " << to << "/" << cur << " ("
              << a0.rate_source << ", through EUR)\n";
  else if (!a0.rate.empty())
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
  auto* cmd = app.add_subcommand("convert", "Convert an amount between any two table currencies, exactly");
  cmd->add_option("amount", args->text, "Amount as written, e.g. \"1억2500만 달러\" or \"$125 million\"")
      ->required();
  cmd->add_option("--to", args->to,
                  "Target currency (ISO 4217, any of the rate table; default: KRW, or USD for KRW)");
  AddRateOptions(cmd, &args->rates);
  cmd->callback([args, exit_code] { *exit_code = RunConvert(*args); });
}

}  // namespace hirewire::app
