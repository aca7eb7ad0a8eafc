// `hirewire rates update FILE [--out PATH]`: imports an ECB download (eurofxref-hist.csv, or the
// daily/historical XML) into the user rates file, which every converting command then applies
// over the built-in tables (app/rates.h). Days already in the user file are kept unless FILE
// has them too. Written to a temporary name and renamed; an unreadable existing file is never
// overwritten.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>

#include "app/commands.h"
#include "app/rates.h"
#include "normalize/fx.h"

namespace hirewire::app {
namespace {

struct RatesArgs {
  std::string file;
  std::string out;
};

bool ReadAllBytes(const std::string& path, std::string* out) {
  if (path == "-") {
    out->assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

int RunRatesUpdate(const RatesArgs& args) {
  const char* me = "hirewire rates update";
  std::string out = args.out.empty() ? UserRatesPath() : args.out;
  if (out.empty()) {
    std::fprintf(stderr, "%s: no user rates path: set --out, HIREWIRE_RATES, XDG_DATA_HOME or HOME\n", me);
    return kExitUsage;
  }
  std::string bytes;
  if (!ReadAllBytes(args.file, &bytes)) {
    std::fprintf(stderr, "%s: %s: cannot read\n", me, args.file.c_str());
    return kExitFatal;
  }
  auto incoming = normalize::FxTable::FromEcbFile(bytes);
  if (!incoming.ok()) {
    std::fprintf(stderr, "%s: %s: %s\n", me, args.file.c_str(), incoming.status().ToString().c_str());
    return kExitFatal;
  }
  std::unique_ptr<normalize::FxTable> merged = std::move(incoming).value();
  std::error_code ec;
  if (std::filesystem::exists(out, ec)) {
    std::string old;
    if (!ReadAllBytes(out, &old)) {
      std::fprintf(stderr, "%s: %s: cannot read the existing user rates file; not overwritten\n", me,
                   out.c_str());
      return kExitFatal;
    }
    auto existing = normalize::FxTable::FromEcbFile(old);
    if (!existing.ok()) {
      std::fprintf(stderr, "%s: %s: existing user rates file is malformed (%s); not overwritten\n", me,
                   out.c_str(), existing.status().ToString().c_str());
      return kExitFatal;
    }
    merged = (*existing)->OverriddenBy(*merged);
  }
  std::filesystem::path target(out);
  if (target.has_parent_path()) std::filesystem::create_directories(target.parent_path(), ec);
  std::string tmp = out + ".tmp." + std::to_string(::getpid());
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    f << merged->ToEcbCsv();
    f.flush();
    if (!f) {
      std::fprintf(stderr, "%s: %s: cannot write\n", me, tmp.c_str());
      std::filesystem::remove(tmp, ec);
      return kExitFatal;
    }
  }
  std::filesystem::rename(tmp, out, ec);
  if (ec) {
    std::fprintf(stderr, "%s: %s: cannot rename into place: %s\n", me, out.c_str(), ec.message().c_str());
    std::filesystem::remove(tmp, ec);
    return kExitFatal;
  }
  std::printf("%s: %zu days (%s .. %s), %zu currencies\n", out.c_str(), merged->days(),
              merged->FirstDate().c_str(), merged->LastDate().c_str(), merged->Currencies().size());
  return kExitOk;
}

}  // namespace

void RegisterRates(CLI::App& app, int* exit_code) {
  auto* rates = app.add_subcommand("rates", "Exchange-rate tables");
  rates->require_subcommand(1);
  auto args = std::make_shared<RatesArgs>();
  auto* update = rates->add_subcommand(
      "update",
      "Import an ECB rates download (CSV or XML) into the user rates file that overrides the built-in table");
  update->add_option("file", args->file, "eurofxref-hist.csv, eurofxref-daily.xml, eurofxref-hist.xml, or -")
      ->required();
  update->add_option(
      "--out", args->out,
      "User rates file (default: $HIREWIRE_RATES, else $XDG_DATA_HOME/hirewire/rates.csv, else "
      "~/.local/share/hirewire/rates.csv)");
  update->callback([args, exit_code] { *exit_code = RunRatesUpdate(*args); });
}

}  // namespace hirewire::app
