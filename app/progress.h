// A progress line on a terminal ("extract: 1,234 items, 12.3 MB, 4.1 MB/s, ETA 0:42") and the
// one-line end-of-run summary every command prints on stderr.
//
// Thread-safety: a Progress is used by one thread.
#pragma once

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

namespace hirewire::app {

class Progress {
 public:
  // `enabled`: draw on stderr (callers pass isatty(2) && !quiet).
  Progress(const char* label, bool enabled);
  ~Progress();

  // Adds one finished item of `bytes` input bytes; redraws at most 5 times a second.
  void Add(uint64_t bytes);
  // Expected items and/or input bytes (0 = unknown); the ETA uses items when known.
  void SetTotals(uint64_t items, uint64_t bytes) {
    total_items_ = items;
    total_bytes_ = bytes;
  }
  // Clears the line (called by the destructor too).
  void Done();

  uint64_t items() const { return items_; }
  uint64_t bytes() const { return bytes_; }
  double Seconds() const;

 private:
  void Draw();
  const char* label_;
  bool enabled_;
  bool drawn_ = false;
  uint64_t total_items_ = 0;
  uint64_t total_bytes_ = 0;
  uint64_t items_ = 0;
  uint64_t bytes_ = 0;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

// The kind of a warning string: the text before its first ':' or space ("charset",
// "money", "html", ...).
std::string WarningKind(const std::string& warning);

// "warnings: charset 3, money 1" or "warnings: none".
std::string WarningsLine(const std::map<std::string, int64_t>& by_kind);

// Counts for the end-of-run line of extract and events.
struct RunTally {
  int64_t pages = 0, articles = 0, events = 0, errors = 0;
  uint64_t bytes = 0;
  std::map<std::string, int64_t> warnings;  // by WarningKind
  void AddArticle(const std::vector<std::string>& warnings, size_t events);
};

// "extract: 120 pages, 118 articles, 7 events, 3.2 MB in 1.4 s (2.3 MB/s), warnings: charset 2, 2 errors"
std::string SummaryLine(const char* label, const RunTally& t, double seconds);

// What the inputs hold, for an ETA: `items` = files under the paths (one page each) unless one
// is a WARC (many pages) or stdin, else 0; `bytes` = their total size unless one is compressed
// (page bytes then differ from file bytes), else 0.
struct InputTotals {
  uint64_t items = 0, bytes = 0;
};
InputTotals CountInputs(const std::vector<std::string>& paths);

}  // namespace hirewire::app
