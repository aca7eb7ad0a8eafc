#include "normalize/rate_csv.h"

#include <cstdio>

#include "corpus/text.h"

namespace hirewire::normalize {

std::string_view TrimCsvBlanks(std::string_view s) { return TrimChars(s, " \t\r"); }

bool CsvLines::Next(std::string_view* line) {
  while (!rest_.empty()) {
    const size_t nl = rest_.find('\n');
    *line = TrimCsvBlanks(rest_.substr(0, nl));
    rest_ = nl == std::string_view::npos ? std::string_view() : rest_.substr(nl + 1);
    ++line_no_;
    if (!line->empty() && line->front() != '#') return true;
  }
  return false;
}

std::string DayKeyString(int32_t key) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", key / 10000, (key / 100) % 100, key % 100);
  return buf;
}

}  // namespace hirewire::normalize
