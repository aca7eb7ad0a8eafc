// Dates and times as written in news pages -> ISO 8601.
//
// Understands: ISO 8601 variants ("2025-08-01", "2025-08-01T14:30:00+09:00", "2025-08-01 14:30",
// "20250801"), RFC 822/1123 ("Fri, 01 Aug 2025 14:30:00 GMT"), dotted ("2025.08.01",
// "2025. 8. 1. 오후 3:20", "01.08.2025"), Korean ("2025년 8월 1일 오후 3시 20분",
// "입력 2025-08-01 14:30"), Japanese/Chinese ("2025年8月1日 14時30分", "2025年8月1日 14:30"),
// German/French/Spanish/... month names ("1. August 2025", "1er août 2025", "1 de agosto de 2025"),
// English ("August 1, 2025", "Aug 1 2025 3:20 PM EDT", "1 August 2025"), slashes ("08/01/2025",
// day-first when hints say so), and Unix timestamps (10 digits = seconds, 13 = milliseconds,
// as found in JSON). Timezone offsets ("+09:00", "+0900", "Z", "UTC", "GMT") and common zone
// names (KST, JST, CST(China), EST/EDT, CST/CDT(US), MST/MDT, PST/PDT, CET/CEST, BST, IST, AEST,
// ...) set has_offset.
//
// Pure: no clock reads. Thread-safety: pure functions; safe to call from many threads at once.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hirewire::extract {

struct DateHints {
  // ISO 8601 upper bound (e.g. the fetch time); dates more than one day after it are rejected.
  // Empty: no upper bound.
  std::string not_after;
  int min_year = 1990;   // earlier dates are rejected
  std::string language;  // BCP 47 of the page ("de", "en-US", "ko"): decides d/m vs m/d
  // Offset to assume for zone-less *times* when the page's zone is known by other means
  // (e.g. a Korean site: +540). Unset: zone-less times stay has_offset == false.
  std::optional<int> default_offset_minutes;
};

struct ParsedDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  int hour = 0;
  int minute = 0;
  int second = 0;
  bool has_time = false;
  bool has_offset = false;
  int offset_minutes = 0;  // east of UTC (KST = +540); meaningful when has_offset

  // "2025-08-01" (date only), "2025-08-01T14:30:00" (time, no offset),
  // "2025-08-01T14:30:00+09:00" / "...Z" is never used: UTC is written "+00:00".
  std::string FormatIso() const;
  // Seconds since the Unix epoch; zone-less values are taken as UTC.
  int64_t UnixSeconds() const;

  bool operator==(const ParsedDate&) const = default;
};

// The first date found in `text` (which may carry words around it: "입력 2025-08-01 14:30
// 수정 ...", "Published: August 1, 2025"), or nullopt when none parses or it is implausible
// (before hints.min_year, after hints.not_after + 1 day, invalid calendar day).
std::optional<ParsedDate> ParseDate(std::string_view text, const DateHints& hints = {});

// The month (1..12) a month name or abbreviation of the date parser names, ASCII letters in any
// case, perhaps with a trailing dot ("Nov", "nov.", "SEPT", "August", "März"), or 0.
int MonthOfName(std::string_view word);

// Seconds since the epoch -> UTC date with has_time and has_offset (+00:00).
ParsedDate FromUnixSeconds(int64_t seconds);

}  // namespace hirewire::extract
