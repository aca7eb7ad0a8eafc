#include "extract/dates.h"

#include <gtest/gtest.h>

#include <string>

namespace hirewire::extract {
namespace {

std::string Iso(std::string_view text, const DateHints& hints = {}) {
  auto d = ParseDate(text, hints);
  return d ? d->FormatIso() : "none";
}

DateHints Lang(std::string lang) {
  DateHints h;
  h.language = std::move(lang);
  return h;
}

struct Case {
  const char* text;
  const char* iso;
};

class DateFormats : public ::testing::TestWithParam<Case> {};

TEST_P(DateFormats, ParsesToIso) { EXPECT_EQ(Iso(GetParam().text), GetParam().iso) << GetParam().text; }

INSTANTIATE_TEST_SUITE_P(
    NewsPageFormats, DateFormats,
    ::testing::Values(
        Case{"2025-08-01", "2025-08-01"}, Case{"2025-08-01T14:30:00+09:00", "2025-08-01T14:30:00+09:00"},
        Case{"2025-08-01T05:30:00Z", "2025-08-01T05:30:00+00:00"},
        Case{"2025-08-01T05:30:00.123456+0000", "2025-08-01T05:30:00+00:00"},
        Case{"2024-05-03T15:47:42.389000+00:00", "2024-05-03T15:47:42+00:00"},
        Case{"2025-08-01 14:30", "2025-08-01T14:30:00"}, Case{"20250801", "2025-08-01"},
        Case{"Fri, 01 Aug 2025 14:30:00 GMT", "2025-08-01T14:30:00+00:00"},
        Case{"Fri, 01 Aug 2025 14:30:00 +0900", "2025-08-01T14:30:00+09:00"},
        Case{"2025.08.01", "2025-08-01"}, Case{"2025.08.01 14:30", "2025-08-01T14:30:00"},
        Case{"2025. 8. 1. 오후 3:20", "2025-08-01T15:20:00"},
        Case{"2025. 8. 1. 오전 12:05", "2025-08-01T00:05:00"}, Case{"2025년 8월 1일", "2025-08-01"},
        Case{"2025년 8월 1일 (금) 오후 3시 20분", "2025-08-01T15:20:00"},
        Case{"입력 2025-08-01 14:30 수정 2025-08-02 09:00", "2025-08-01T14:30:00"},
        Case{"기사입력 : 2025.08.01 오후 3:20:11", "2025-08-01T15:20:11"},
        Case{"2025年8月1日 14時30分", "2025-08-01T14:30:00"},
        Case{"2025年8月1日 14:30", "2025-08-01T14:30:00"}, Case{"２０２５年８月１日", "2025-08-01"},
        Case{"2025年8月1日（金）午後3時", "2025-08-01T15:00:00"}, Case{"1. August 2025", "2025-08-01"},
        Case{"1. März 2025, 14:30 Uhr", "2025-03-01T14:30:00"},
        Case{"Veröffentlicht am 01.08.2025 um 14:30 Uhr", "2025-08-01T14:30:00"},
        Case{"01.08.2025", "2025-08-01"}, Case{"August 1, 2025", "2025-08-01"},
        Case{"Published Aug. 1, 2025", "2025-08-01"},
        Case{"Aug 1 2025 3:20 PM EDT", "2025-08-01T15:20:00-04:00"},
        Case{"August 1, 2025 at 11:05 a.m. ET", "2025-08-01T11:05:00"},
        Case{"Updated 1 August 2025 • 10:00 BST", "2025-08-01T10:00:00+01:00"},
        Case{"1er août 2025 à 14h30", "2025-08-01T14:30:00"}, Case{"1 de agosto de 2025", "2025-08-01"},
        Case{"12 settembre 2024", "2024-09-12"}, Case{"3 października 2024", "2024-10-03"},
        Case{"1722494400", "2024-08-01T06:40:00+00:00"}, Case{"1722494400000", "2024-08-01T06:40:00+00:00"},
        Case{"2025-08-01 14:30 KST", "2025-08-01T14:30:00+09:00"},
        Case{"Veröffentlicht am 27.04.24 um 07:39 Uhr", "2024-04-27T07:39:00"},
        Case{"12:20pm Jan 7, 2024", "2024-01-07T12:20:00"},
        Case{"14:30, 1. August 2025", "2025-08-01T14:30:00"},
        Case{"June 30, 2025 - 4.34pm", "2025-06-30T16:34:00"},
        Case{"20.04.2023 | 12:32 Uhr", "2023-04-20T12:32:00"},
        Case{"06. 01. 2026, 14:59 Uhr", "2026-01-06T14:59:00"},
        Case{"Posted: Aug 08, 2024 4:00 AM EDT | Last Updated: August 8", "2024-08-08T04:00:00-04:00"},
        Case{"2025-08-01 14:30 (GMT+09:00)", "2025-08-01T14:30:00+09:00"}));

TEST(ParseDate, SlashDatesFollowTheLanguage) {
  EXPECT_EQ(Iso("08/01/2025", Lang("en-US")), "2025-08-01");
  EXPECT_EQ(Iso("08/01/2025", Lang("de")), "2025-01-08");
  EXPECT_EQ(Iso("25/08/2025", Lang("en")), "2025-08-25");  // 25 cannot be a month
}

TEST(ParseDate, RejectsInvalidCalendarDays) {
  EXPECT_EQ(Iso("2025-02-30"), "none");
  EXPECT_EQ(Iso("2025-13-01"), "none");
  EXPECT_EQ(Iso("2024-02-29"), "2024-02-29");
  EXPECT_EQ(Iso("2025-08-01 25:61"), "2025-08-01");  // bad time is ignored, date kept
}

TEST(ParseDate, RejectsDatesBeforeMinYear) {
  EXPECT_EQ(Iso("1989-12-31"), "none");
  DateHints h;
  h.min_year = 1900;
  EXPECT_EQ(Iso("1989-12-31", h), "1989-12-31");
}

TEST(ParseDate, RejectsDatesAfterNotAfterAndFallsBackToAnEarlierCandidate) {
  DateHints h;
  h.not_after = "2025-08-02T00:00:00+00:00";
  EXPECT_EQ(Iso("2025-08-01", h), "2025-08-01");
  EXPECT_EQ(Iso("2025-08-02T20:00:00+00:00", h), "2025-08-02T20:00:00+00:00");  // 1 day slack
  EXPECT_EQ(Iso("2026-01-01", h), "none");
  // The first date is in the future (an event announcement); the next plausible one is kept.
  EXPECT_EQ(Iso("Event on 2026-03-01, posted 2025-07-30", h), "2025-07-30");
}

TEST(ParseDate, NoDateInPlainText) {
  EXPECT_EQ(Iso("no date here"), "none");
  EXPECT_EQ(Iso("연봉 150만 달러"), "none");
  EXPECT_EQ(Iso(""), "none");
  EXPECT_EQ(Iso("12345"), "none");
  EXPECT_EQ(Iso("May I help you in 2025?"), "none");
}

TEST(ParseDate, DigitsAroundAMatchAreNotADate) {
  EXPECT_EQ(Iso("ID 120250801999"), "none");
  EXPECT_EQ(Iso("version 1.2.34.5"), "none");
  EXPECT_EQ(Iso("v1.2.34"), "none");
  EXPECT_EQ(Iso("score 3:1 on 1. August 2025"), "2025-08-01");
  EXPECT_EQ(Iso("order 12025-08-011"), "none");
}

TEST(ParseDate, DefaultOffsetAppliesOnlyToTimes) {
  DateHints h;
  h.default_offset_minutes = 540;
  EXPECT_EQ(Iso("2025-08-01 14:30", h), "2025-08-01T14:30:00+09:00");
  EXPECT_EQ(Iso("2025-08-01", h), "2025-08-01");
  EXPECT_EQ(Iso("2025-08-01 14:30 EDT", h), "2025-08-01T14:30:00-04:00");
}

TEST(ParseDate, ChineseCstIsChinaStandardTime) {
  EXPECT_EQ(Iso("2025-08-01 14:30 CST", Lang("zh-CN")), "2025-08-01T14:30:00+08:00");
  EXPECT_EQ(Iso("2025-08-01 14:30 CST", Lang("en-US")), "2025-08-01T14:30:00-06:00");
}

TEST(ParsedDate, FormatsAndCountsSeconds) {
  ParsedDate d;
  d.year = 2025;
  d.month = 8;
  d.day = 1;
  EXPECT_EQ(d.FormatIso(), "2025-08-01");
  d.has_time = true;
  d.hour = 9;
  EXPECT_EQ(d.FormatIso(), "2025-08-01T09:00:00");
  d.has_offset = true;
  d.offset_minutes = 540;
  EXPECT_EQ(d.FormatIso(), "2025-08-01T09:00:00+09:00");
  EXPECT_EQ(d.UnixSeconds(), 1754006400);  // 2025-08-01T00:00:00Z
  d.offset_minutes = -330;
  EXPECT_EQ(d.FormatIso(), "2025-08-01T09:00:00-05:30");
}

TEST(FromUnixSeconds, RoundTrips) {
  for (int64_t t : {0LL, 951782400LL, 1722494400LL, 4102444799LL}) {
    EXPECT_EQ(FromUnixSeconds(t).UnixSeconds(), t);
  }
  EXPECT_EQ(FromUnixSeconds(951782400).FormatIso(), "2000-02-29T00:00:00+00:00");
}

TEST(MonthOfName, ReadsTheParsersMonthWordsInAnyCase) {
  EXPECT_EQ(MonthOfName("Nov"), 11);
  EXPECT_EQ(MonthOfName("nov."), 11);
  EXPECT_EQ(MonthOfName("SEPT"), 9);
  EXPECT_EQ(MonthOfName("August"), 8);
  EXPECT_EQ(MonthOfName("März"), 3);
  EXPECT_EQ(MonthOfName("Maybe"), 0);
  EXPECT_EQ(MonthOfName(""), 0);
}

}  // namespace
}  // namespace hirewire::extract
