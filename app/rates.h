// The one place the CLI loads exchange rates: the built-in tables, the user rates file written by
// `hirewire rates update`, and the --rate/--rates/--date flags, validated once. Every command that
// converts money (extract, events, money, convert) registers these flags and calls LoadRates.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "corpus/status.h"
#include "normalize/currency.h"
#include "normalize/fx.h"

namespace hirewire::app {

struct RateFlags {
  std::string rate;        // --rate: KRW per USD for every USD/KRW amount
  std::string rates_file;  // --rates: CSV date,krw_per_usd, or an ECB CSV/XML file
  std::string date;        // --date: convert undated articles at this day
};

// Registers --rate, --rates and --date (a real calendar day, YYYY-MM-DD; anything else is a usage
// error, exit 2).
void AddRateOptions(CLI::App* cmd, RateFlags* flags, bool with_date = true);

// The user rates file: $HIREWIRE_RATES, else $XDG_DATA_HOME/hirewire/rates.csv, else
// $HOME/.local/share/hirewire/rates.csv ("" when none of them is set).
std::string UserRatesPath();

// The tables and options every converting command uses. Owns the tables `options` points to.
struct LoadedRates {
  std::unique_ptr<normalize::RateTable> krw_usd;  // null: the built-in KRW/USD table
  std::unique_ptr<normalize::FxTable> fx;         // null: the built-in ECB table
  normalize::ConvertOptions options;
  std::string user_file;  // the user rates file that was applied, if any
};

// Loads the user rates file (when it exists) over the built-in tables, then --rates over that.
// Errors name the file and the reason (unreadable, malformed).
Result<std::unique_ptr<LoadedRates>> LoadRates(const RateFlags& flags);

}  // namespace hirewire::app
