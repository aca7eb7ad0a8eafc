// `hirewire money FILE|- [--json]`: money amounts in plain UTF-8 text. Each line is one
// paragraph (`paragraph` = 0-based line number; offsets are code points into that line).
#include <CLI/CLI.hpp>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>

#include "app/cli.h"
#include "app/commands.h"
#include "app/rates.h"
#include "corpus/json.h"
#include "extract/money.h"
#include "normalize/currency.h"

namespace hirewire::app {
namespace {

constexpr size_t kMaxInputBytes = size_t{256} << 20;

struct MoneyArgs {
  std::string path;
  bool json = false;
  RateFlags rates;
  std::string language;
  std::string country;
};

std::string Or(const std::string& s, const char* dash = "-") { return s.empty() ? dash : s; }

int RunMoney(const MoneyArgs& args) {
  const char* me = "hirewire money";
  auto loaded = LoadRates(args.rates);
  if (!loaded.ok()) return UsageError("money", "--rates", loaded.status().message());
  // Detected and decoded like `extract` reads text; binary data is refused.
  std::string how;
  auto input = ReadTextInput(args.path, kMaxInputBytes, &how);
  if (!input.ok()) {
    std::fprintf(stderr, "%s: %s\n", me, input.status().message().c_str());
    return kExitFatal;
  }
  if (how.rfind("utf-8", 0) != 0)
    std::fprintf(stderr, "%s: %s: read as %s\n", me, args.path.c_str(), how.c_str());
  std::string text = std::move(input).value();
  auto scanner = extract::MoneyScanner::Create();
  if (!scanner.ok()) {
    std::fprintf(stderr, "%s: %s\n", me, scanner.status().ToString().c_str());
    return kExitFatal;
  }
  Article article;
  article.source = args.path;
  article.language = args.language;
  article.country = args.country;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    std::string line = text.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    article.paragraphs.push_back(std::move(line));
    if (nl == std::string::npos) break;
    pos = nl + 1;
  }
  (*scanner)->ScanArticle(&article);
  normalize::ConvertAmounts(&article, (*loaded)->options);
  for (const std::string& w : article.warnings)
    std::fprintf(stderr, "%s: %s: %s\n", me, args.path.c_str(), w.c_str());

  if (args.json) {
    for (const Amount& a : article.money) std::cout << AmountToJson(a, article.paragraphs) << '\n';
  } else {
    std::cout << "line\tstart\tend\tcurrency\tvalue\tkind\tperiod\tusd\tkrw\trate\trate_source\tsurface\n";
    for (const Amount& a : article.money) {
      const std::string& p = article.paragraphs[a.paragraph];
      std::string value = a.kind == "range" ? a.low + ".." + a.high : Or(a.value);
      std::cout << a.paragraph + 1 << '\t' << ByteToCodePointOffset(p, a.start) << '\t'
                << ByteToCodePointOffset(p, a.end) << '\t' << a.currency << '\t' << value << '\t' << a.kind
                << '\t' << a.period << '\t' << Or(a.usd) << '\t' << Or(a.krw) << '\t' << Or(a.rate) << '\t'
                << Or(a.rate_source) << '\t' << a.surface;
      if (a.glosses >= 0)
        std::cout << "\t(glosses #" << a.glosses + 1 << ", implied " << Or(a.implied_rate) << ")";
      for (const std::string& w : a.warnings) std::cout << "\t[" << w << "]";
      std::cout << '\n';
    }
    for (const Multiplier& m : article.multipliers)
      std::cout << m.paragraph + 1 << "\tmultiplier x" << m.factor << '\t' << m.surface << '\n';
  }
  std::cout.flush();
  if (!std::cout) {
    std::fprintf(stderr, "%s: write error\n", me);
    return kExitFatal;
  }
  return kExitOk;
}

}  // namespace

void RegisterMoney(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<MoneyArgs>();
  auto* cmd = app.add_subcommand("money", "Find money amounts in plain UTF-8 text (one paragraph per line)");
  cmd->add_option("file", args->path, "Text file, or - for stdin")->required();
  cmd->add_flag("--json", args->json, "JSON Lines (one amount per line) instead of a table");
  AddRateOptions(cmd, &args->rates);
  cmd->add_option("--lang", args->language, "Language of the text (settles ¥: CNY for zh, else JPY)");
  AddCountryOption(cmd, &args->country);
  cmd->callback([args, exit_code] { *exit_code = RunMoney(*args); });
}

}  // namespace hirewire::app
