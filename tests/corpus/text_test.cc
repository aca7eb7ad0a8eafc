#include "corpus/text.h"

#include <gtest/gtest.h>

namespace hirewire {
namespace {

TEST(TextHelpers, TellAsciiAndHtmlWhitespaceApart) {
  for (char c : std::string_view(" \t\n\v\f\r")) EXPECT_TRUE(IsAsciiSpace(c)) << int{c};
  for (char c : std::string_view(" \t\n\f\r")) EXPECT_TRUE(IsHtmlSpace(c)) << int{c};
  EXPECT_FALSE(IsHtmlSpace('\v'));  // not HTML whitespace
  for (char c : std::string_view("a0_\x1b\xA0")) {
    EXPECT_FALSE(IsAsciiSpace(c)) << int{c};
    EXPECT_FALSE(IsHtmlSpace(c)) << int{c};
  }
}

TEST(TextHelpers, LowerOnlyAsciiLetters) {
  EXPECT_EQ(AsciiLower("Content-TYPE: Text/HTML; Charset=UTF-8"), "content-type: text/html; charset=utf-8");
  EXPECT_EQ(AsciiLower("\xC3\x89T\xC3\x89"), "\xC3\x89t\xC3\x89");  // UTF-8 bytes untouched
  EXPECT_EQ(AsciiLower('Z'), 'z');
  EXPECT_EQ(AsciiLower('['), '[');
  EXPECT_TRUE(IEquals("Content-Length", "content-LENGTH"));
  EXPECT_FALSE(IEquals("Content-Length", "Content-Lengths"));
  EXPECT_FALSE(IEquals("\xC3\x89", "\xC3\xA9"));
}

TEST(TextHelpers, TrimWhatEachCallerNames) {
  EXPECT_EQ(Trim("\t value \r\n"), "value");
  EXPECT_EQ(Trim("\nvalue"), "\nvalue");  // header lines: only spaces and tabs lead
  EXPECT_EQ(TrimSpace("\v\f value \r\n"), "value");
  EXPECT_EQ(TrimSpace(" \t "), "");
  EXPECT_EQ(TrimChars(" a\tb\t\r", " \r"), "a\tb\t");  // TSV: the tabs stay
  EXPECT_EQ(TrimChars("--x--", "-"), "x");
  EXPECT_EQ(TrimChars("", " "), "");
}

TEST(TextHelpers, SkipOnlyALeadingUtf8Bom) {
  EXPECT_EQ(SkipUtf8Bom("\xEF\xBB\xBF<urlset>"), "<urlset>");
  EXPECT_EQ(SkipUtf8Bom("<a>\xEF\xBB\xBF"), "<a>\xEF\xBB\xBF");
  EXPECT_EQ(SkipUtf8Bom("\xEF\xBB"), "\xEF\xBB");  // a cut mark is not a BOM
  EXPECT_EQ(SkipUtf8Bom(""), "");
}

TEST(TextHelpers, CollapseSpaceRunsIncludingNoBreakSpace) {
  EXPECT_EQ(CollapseSpace("  Company\tX \n offers\v\fY  "), "Company X offers Y");
  EXPECT_EQ(CollapseSpace("\xC2\xA0Samsung\xC2\xA0\xC2\xA0hires\xC2\xA0"), "Samsung hires");
  EXPECT_EQ(CollapseSpace("\xC3\xA9t\xC3\xA9"), "\xC3\xA9t\xC3\xA9");  // other UTF-8 kept
  EXPECT_EQ(CollapseSpace("\xC2"), "\xC2");                            // a cut sequence is kept
  EXPECT_EQ(CollapseSpace(" \t\xC2\xA0"), "");
}

TEST(TextHelpers, CollapseSpaceOfHtmlTextLeavesVerticalTabAlone) {
  EXPECT_EQ(CollapseSpace("  Company\tX \n offers\f\r Y\xC2\xA0 ", IsHtmlSpace), "Company X offers Y");
  EXPECT_EQ(CollapseSpace("a\vb", IsHtmlSpace), "a\vb");  // not HTML whitespace
}

TEST(TextHelpers, JoinPutsTheSeparatorBetween) {
  EXPECT_EQ(Join({"offered", "declined", "joined"}, " > "), "offered > declined > joined");
  EXPECT_EQ(Join({"a"}, ", "), "a");
  EXPECT_EQ(Join({}, ", "), "");
  EXPECT_EQ(Join({"", ""}, ";"), ";");
}

}  // namespace
}  // namespace hirewire
