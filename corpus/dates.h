// Civil (proleptic Gregorian) dates: leap years, month lengths, validation, days since the Unix
// epoch and back, and the ISO 8601 forms hirewire reads and writes ("2025-08-01",
// "2025-08-01T14:30:00+09:00"). The one place that does calendar arithmetic; parsers of the
// many ways pages write dates (extract/dates.h, fetch/feeds.h) build on it.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hirewire {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  bool operator==(const CivilDate&) const = default;
};

bool IsLeapYear(int64_t year);

// Days in `month` of `year`. REQUIRES: 1 <= month <= 12.
int DaysInMonth(int64_t year, int month);

// True when month is 1..12 and day is 1..DaysInMonth (2025-02-30 and 2025-13-01 are not).
bool IsValidCivilDate(int64_t year, int month, int day);

// Days since 1970-01-01 (negative before it). REQUIRES: a valid civil date
// (H. Hinnant's days_from_civil).
int64_t DaysFromCivil(int64_t year, unsigned month, unsigned day);

// The civil date `days` after 1970-01-01 (H. Hinnant's civil_from_days).
CivilDate CivilFromDays(int64_t days);

// Exactly "YYYY-MM-DD" naming a real calendar day; nullopt otherwise.
std::optional<CivilDate> ParseIsoDate(std::string_view text);

// "2025-08-01" (years 0..9999 as four digits).
std::string FormatIsoDate(const CivilDate& date);

// "2025-08-01T14:30:00", followed by "+09:00" / "-05:00" / "+00:00" when `offset_minutes`
// (east of UTC) is given.
std::string FormatIsoDateTime(const CivilDate& date, int hour, int minute, int second,
                              std::optional<int> offset_minutes);

// The UTC time `unix_seconds` in a strftime `format`: "%Y-%m-%dT%H:%M:%SZ" (WARC-Date),
// "%Y%m%d%H%M%S" (CDX timestamps, WARC file names), "%Y%m%dT%H%M%SZ" (nightly run ids).
std::string FormatUtc(int64_t unix_seconds, const char* format);

}  // namespace hirewire
