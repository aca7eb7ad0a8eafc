// Flags shared by several subcommands, with their validation in one place. A bad value is a
// usage error (exit 2) naming the flag and the value.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "extract/currency_context.h"

namespace hirewire::app {

// --country CC: the ISO 3166-1 alpha-2 country the text was published in ("CA", "za"; stored
// upper case). Settles "$", "¥", "元", "kr", "R" and bare amounts (docs/money.md).
inline CLI::Option* AddCountryOption(CLI::App* cmd, std::string* out) {
  return cmd
      ->add_option("--country", *out,
                   "Country the text was published in (ISO 3166-1 alpha-2, e.g. CA, ZA, TW): "
                   "settles $, ¥, 元, kr, R and bare amounts")
      ->check(CLI::Validator(
          [](std::string& v) -> std::string {
            std::string cc = extract::NormalizeCountry(v);
            if (cc.empty()) return "--country " + v + ": not a two-letter country code";
            v = cc;
            return "";
          },
          "CC"));
}

}  // namespace hirewire::app
