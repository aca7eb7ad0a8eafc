// What every subcommand shares at the edge: flag validators (one message format,
// "hirewire SUBCOMMAND: --flag: why"), output files that are never clobbered, the graceful
// stop on SIGINT/SIGTERM, reading text inputs, and table cells padded by display width.
//
// Thread-safety: StopRequested() may be read from any thread; everything else is for the
// main thread.
#pragma once

#include <CLI/CLI.hpp>
#include <atomic>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/input.h"
#include "corpus/status.h"
#include "normalize/currency.h"

namespace hirewire::app {

// ---------------------------------------------------------------- flags

// Prints "hirewire CMD: FLAG: WHY" to stderr and returns kExitUsage.
int UsageError(std::string_view cmd, std::string_view flag, std::string_view why);

// CLI11 validators (CLI11 prefixes the message with the flag name; main.cc with the command).
CLI::Validator DateFlag();         // a real calendar date, YYYY-MM-DD (2025-02-30 is refused)
CLI::Validator RateFlag();         // a positive decimal number of KRW per USD
CLI::Validator NonNegativeFlag();  // a number >= 0
CLI::Validator IntRangeFlag(int lo, int hi);

// "why" when `text` is not a real calendar date written YYYY-MM-DD; "" when it is.
std::string CheckDate(std::string_view text);

// "No such file or directory" for errno (the text "cannot read X: ..." carries).
std::string ErrnoText(int err);

// --country CC: an ISO 3166-1 alpha-2 country ("ca" is stored as "CA"); see app/rates.h for
// --rate/--rates/--date, which every converting command shares.
CLI::Validator CountryFlag();
CLI::Option* AddCountryOption(CLI::App* cmd, std::string* country);

// ---------------------------------------------------------------- output

// An output file written to a temporary name beside the target and renamed over it by
// Commit(), so an earlier file survives a failed or empty run. Destroying an uncommitted
// OutputFile removes the temporary file. Path "" or "-" is stdout (Commit() only flushes).
class OutputFile {
 public:
  OutputFile() = default;
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // Creates the temporary file. Error: "cannot write PATH: why".
  Status Open(const std::string& path);
  std::FILE* file() const { return file_; }
  // Writes all of `s`; false after the first write error (kept for Commit()).
  bool Write(std::string_view s);
  // Flushes, fsyncs and renames over the target. Error: "cannot write PATH: why".
  Status Commit();
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::string tmp_;
  std::FILE* file_ = nullptr;
  int write_errno_ = 0;
};

// ---------------------------------------------------------------- graceful stop

// Installs SIGINT/SIGTERM handlers that only set a flag (the run finishes the record in hand,
// flushes and exits kExitInterrupted). A second signal ends the process at once.
void InstallStopHandler();
bool StopRequested();
// The stop flag itself, for loops that poll it (fetch::Crawler::Run).
const std::atomic<bool>* StopFlag();

// ---------------------------------------------------------------- input

// Reads FILE or stdin ("-") as text for `money` and `entities`: gunzips gzip data, refuses
// binary data (images, executables, random bytes) and decodes any detectable charset to UTF-8.
// `*how` says how the input was read ("utf-8", "euc-kr (detected)", ...). Errors name why.
Result<std::string> ReadTextInput(const std::string& path, size_t max_bytes, std::string* how);

// Prints one warning line when folder walking skipped files that are not pages:
// "hirewire CMD: warning: skipped N files in folders that are not HTML or text (e.g. ...)".
void ReportSkipped(const char* cmd, const InputStats& stats);

// ---------------------------------------------------------------- tables

// Terminal columns: the width of stdout when it is a terminal, else $COLUMNS, else 0 (no limit).
size_t TerminalColumns();
// Columns a UTF-8 string takes in a terminal: East Asian wide characters (Hangul, CJK,
// full-width forms) count 2, combining marks 0, everything else 1.
size_t DisplayWidth(std::string_view s);
// `s` cut to at most `width` columns, ending in "…" when cut.
std::string TruncateToWidth(std::string_view s, size_t width);
// Formats rows as columns separated by two spaces, padded by display width. When
// `max_total` > 0, the widest columns are narrowed (cells truncated with "…") until a line
// fits. The last column is not padded.
std::string FormatTable(const std::vector<std::vector<std::string>>& rows, size_t max_cell, size_t max_total);

}  // namespace hirewire::app
