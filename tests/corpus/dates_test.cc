#include "corpus/dates.h"

#include <gtest/gtest.h>

namespace hirewire {
namespace {

TEST(CivilDates, KnowsLeapYears) {
  EXPECT_TRUE(IsLeapYear(2024));
  EXPECT_TRUE(IsLeapYear(2000));   // divisible by 400
  EXPECT_FALSE(IsLeapYear(1900));  // by 100, not by 400
  EXPECT_FALSE(IsLeapYear(2025));
  EXPECT_EQ(DaysInMonth(2024, 2), 29);
  EXPECT_EQ(DaysInMonth(2025, 2), 28);
  EXPECT_EQ(DaysInMonth(1900, 2), 28);
  EXPECT_EQ(DaysInMonth(2025, 4), 30);
  EXPECT_EQ(DaysInMonth(2025, 12), 31);
}

TEST(CivilDates, RejectsImpossibleDays) {
  EXPECT_TRUE(IsValidCivilDate(2024, 2, 29));
  EXPECT_FALSE(IsValidCivilDate(2025, 2, 29));
  EXPECT_FALSE(IsValidCivilDate(2025, 2, 30));
  EXPECT_FALSE(IsValidCivilDate(2025, 4, 31));
  EXPECT_FALSE(IsValidCivilDate(2025, 13, 1));
  EXPECT_FALSE(IsValidCivilDate(2025, 0, 1));
  EXPECT_FALSE(IsValidCivilDate(2025, 1, 0));
  EXPECT_TRUE(IsValidCivilDate(2025, 12, 31));
}

TEST(CivilDates, CountsDaysFromTheEpoch) {
  EXPECT_EQ(DaysFromCivil(1970, 1, 1), 0);
  EXPECT_EQ(DaysFromCivil(1969, 12, 31), -1);
  EXPECT_EQ(DaysFromCivil(2000, 3, 1), 11017);
  EXPECT_EQ(DaysFromCivil(2025, 8, 1), 20301);  // 1754006400 s
  EXPECT_EQ(DaysFromCivil(2024, 3, 1) - DaysFromCivil(2024, 2, 28), 2);
  EXPECT_EQ(DaysFromCivil(2025, 3, 1) - DaysFromCivil(2025, 2, 28), 1);
}

TEST(CivilDates, DaysRoundTripThroughCivil) {
  for (int64_t days = -800000; days <= 800000; days += 37) {
    CivilDate c = CivilFromDays(days);
    ASSERT_TRUE(IsValidCivilDate(c.year, c.month, c.day)) << days;
    ASSERT_EQ(DaysFromCivil(c.year, static_cast<unsigned>(c.month), static_cast<unsigned>(c.day)), days);
  }
  EXPECT_EQ(CivilFromDays(0), (CivilDate{1970, 1, 1}));
  EXPECT_EQ(CivilFromDays(19782), (CivilDate{2024, 2, 29}));
}

TEST(CivilDates, ParsesOnlyRealIsoDates) {
  EXPECT_EQ(ParseIsoDate("2025-08-01"), (CivilDate{2025, 8, 1}));
  EXPECT_EQ(ParseIsoDate("2024-02-29"), (CivilDate{2024, 2, 29}));
  for (const char* bad : {"2025-02-30", "2025-02-29", "2025-13-45", "2025-00-10", "2025-01-00", "2025-8-01",
                          "2025/08/01", "2025-08-01T00:00", "20250801", "", "abcd-ef-gh", "2025-08-0x"}) {
    EXPECT_FALSE(ParseIsoDate(bad).has_value()) << bad;
  }
}

TEST(CivilDates, FormatsIso) {
  EXPECT_EQ(FormatIsoDate({2025, 8, 1}), "2025-08-01");
  EXPECT_EQ(FormatIsoDate({987, 1, 2}), "0987-01-02");
  EXPECT_EQ(FormatIsoDateTime({2025, 8, 1}, 14, 30, 5, std::nullopt), "2025-08-01T14:30:05");
  EXPECT_EQ(FormatIsoDateTime({2025, 8, 1}, 14, 30, 0, 540), "2025-08-01T14:30:00+09:00");
  EXPECT_EQ(FormatIsoDateTime({2025, 8, 1}, 9, 0, 0, -210), "2025-08-01T09:00:00-03:30");
  EXPECT_EQ(FormatIsoDateTime({2025, 8, 1}, 0, 0, 0, 0), "2025-08-01T00:00:00+00:00");
}

TEST(Dates, FormatsUtcTimesInTheFormsHirewireWrites) {
  EXPECT_EQ(FormatUtc(1754058600, "%Y-%m-%dT%H:%M:%SZ"), "2025-08-01T14:30:00Z");
  EXPECT_EQ(FormatUtc(1754058600, "%Y%m%d%H%M%S"), "20250801143000");
  EXPECT_EQ(FormatUtc(0, "%Y%m%dT%H%M%SZ"), "19700101T000000Z");
  EXPECT_EQ(FormatUtc(951782400, "%Y-%m-%d"), "2000-02-29");  // a leap day
}

}  // namespace
}  // namespace hirewire
