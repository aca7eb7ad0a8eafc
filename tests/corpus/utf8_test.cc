#include "corpus/utf8.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace hirewire {
namespace {

std::vector<char32_t> DecodeAll(std::string_view s) {
  std::vector<char32_t> out;
  for (size_t i = 0; i < s.size();) out.push_back(DecodeUtf8(s, &i));
  return out;
}

TEST(Utf8Decoder, DecodesEveryLength) {
  EXPECT_EQ(DecodeAll("a\xC3\xA9\xED\x95\x9C\xF0\x9F\x98\x80"),
            (std::vector<char32_t>{U'a', U'\u00E9', U'\uD55C', U'\U0001F600'}));
  EXPECT_EQ(DecodeAll("\xEF\xBF\xBF\xF4\x8F\xBF\xBF\xC2\x80\xE0\xA0\x80\xF0\x90\x80\x80"),
            (std::vector<char32_t>{0xFFFF, 0x10FFFF, 0x80, 0x800, 0x10000}));
  EXPECT_TRUE(IsValidUtf8("김민수 hires $5"));
  EXPECT_TRUE(IsValidUtf8(""));
}

TEST(Utf8Decoder, ReplacesOverlongsOneByteAtATime) {
  // "/" as 2, 3 and 4 bytes; U+07FF as 3 bytes; U+FFFF as 4 bytes.
  EXPECT_EQ(DecodeAll("\xC0\xAF"), (std::vector<char32_t>{0xFFFD, 0xFFFD}));
  EXPECT_EQ(DecodeAll("\xC1\xBF"), (std::vector<char32_t>{0xFFFD, 0xFFFD}));
  EXPECT_EQ(DecodeAll("\xE0\x80\xAF"), (std::vector<char32_t>{0xFFFD, 0xFFFD, 0xFFFD}));
  EXPECT_EQ(DecodeAll("\xE0\x9F\xBF"), (std::vector<char32_t>{0xFFFD, 0xFFFD, 0xFFFD}));
  EXPECT_EQ(DecodeAll("\xF0\x80\x80\xAF"), (std::vector<char32_t>{0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD}));
  EXPECT_EQ(DecodeAll("\xF0\x8F\xBF\xBF"), (std::vector<char32_t>{0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD}));
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));
}

TEST(Utf8Decoder, ReplacesSurrogatesAndValuesAboveTheRange) {
  EXPECT_EQ(DecodeAll("\xED\xA0\x80"), (std::vector<char32_t>{0xFFFD, 0xFFFD, 0xFFFD}));  // U+D800
  EXPECT_EQ(DecodeAll("\xED\xBF\xBF"), (std::vector<char32_t>{0xFFFD, 0xFFFD, 0xFFFD}));  // U+DFFF
  EXPECT_EQ(DecodeAll("\xED\x9F\xBF"), (std::vector<char32_t>{0xD7FF}));                  // last before them
  EXPECT_EQ(DecodeAll("\xF4\x90\x80\x80"), (std::vector<char32_t>{0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD}));
  EXPECT_EQ(DecodeAll("\xF5\x80\x80\x80"), (std::vector<char32_t>{0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD}));
  EXPECT_EQ(DecodeAll("\xFE\xFF"), (std::vector<char32_t>{0xFFFD, 0xFFFD}));
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));
}

TEST(Utf8Decoder, ReplacesStrayAndTruncatedSequences) {
  EXPECT_EQ(DecodeAll("\x80"
                      "a"),
            (std::vector<char32_t>{0xFFFD, U'a'}));
  EXPECT_EQ(DecodeAll("\xC3"
                      "a"),
            (std::vector<char32_t>{0xFFFD, U'a'}));                           // bad continuation
  EXPECT_EQ(DecodeAll("\xED\x95"), (std::vector<char32_t>{0xFFFD, 0xFFFD}));  // cut by the end
  EXPECT_EQ(DecodeAll("\xF0\x9F\x98"), (std::vector<char32_t>{0xFFFD, 0xFFFD, 0xFFFD}));
  EXPECT_EQ(DecodeAll("\xE2\x82"
                      "a\xE2\x82\xAC"),
            (std::vector<char32_t>{0xFFFD, 0xFFFD, U'a', U'\u20AC'}));
  EXPECT_FALSE(IsValidUtf8("abc\xC3"));
}

TEST(Utf8Decoder, ReportsSequenceLengths) {
  std::string_view s = "a\xC3\xA9\xED\x95\x9C\xF0\x9F\x98\x80\x80";
  EXPECT_EQ(Utf8SequenceLength(s, 0), 1u);
  EXPECT_EQ(Utf8SequenceLength(s, 1), 2u);
  EXPECT_EQ(Utf8SequenceLength(s, 3), 3u);
  EXPECT_EQ(Utf8SequenceLength(s, 6), 4u);
  EXPECT_EQ(Utf8SequenceLength(s, 10), 0u);
  size_t len = 0;
  EXPECT_EQ(DecodeUtf8At(s, 3, &len), U'\uD55C');
  EXPECT_EQ(len, 3u);
  EXPECT_EQ(DecodeUtf8At(s, 10, &len), kReplacementChar);
  EXPECT_EQ(len, 1u);
}

TEST(Utf8Encoder, RoundTripsEveryScalarValue) {
  std::string all;
  for (char32_t cp = 1; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    AppendUtf8(&all, cp);
  }
  ASSERT_TRUE(IsValidUtf8(all));
  size_t i = 0;
  for (char32_t cp = 1; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    ASSERT_EQ(DecodeUtf8(all, &i), cp);
  }
  EXPECT_EQ(i, all.size());
}

TEST(Utf8Encoder, ReplacesWhatIsNotAScalarValue) {
  for (char32_t bad : {char32_t{0}, char32_t{0xD800}, char32_t{0xDFFF}, char32_t{0x110000}}) {
    std::string s;
    AppendUtf8(&s, bad);
    EXPECT_EQ(s, "\xEF\xBF\xBD") << static_cast<uint32_t>(bad);
  }
}

}  // namespace
}  // namespace hirewire
