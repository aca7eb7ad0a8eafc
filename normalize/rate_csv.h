// What the two rate tables' CSV readers share (normalize/currency.cc: date,krw_per_usd; normalize/fx.cc: the
// ECB's Date,USD,JPY,...): the lines of the file trimmed and numbered, blanks and "#" comments passed over,
// and a YYYYMMDD day key written back as a date.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace hirewire::normalize {

// `s` without spaces, tabs and carriage returns at either end.
std::string_view TrimCsvBlanks(std::string_view s);

// The data lines of a CSV text, one at a time: `while (lines.Next(&line))`. line_no() counts every line read
// (blank and comment lines too), from 1, for error messages.
class CsvLines {
 public:
  explicit CsvLines(std::string_view csv) : rest_(csv) {}
  bool Next(std::string_view* line);
  size_t line_no() const { return line_no_; }

 private:
  std::string_view rest_;
  size_t line_no_ = 0;
};

// 20250731 -> "2025-07-31".
std::string DayKeyString(int32_t key);

}  // namespace hirewire::normalize
