#include "extract/decode.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>

namespace hirewire::extract {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const std::string kCharsetDir = std::string(HIREWIRE_SOURCE_DIR) + "/tests/data/charset/";

TEST(CharsetLabel, NormalizesWhatwgLabels) {
  EXPECT_EQ(NormalizeCharsetLabel("EUC-KR"), "euc-kr");
  EXPECT_EQ(NormalizeCharsetLabel(" ks_c_5601-1987 "), "euc-kr");
  EXPECT_EQ(NormalizeCharsetLabel("x-sjis"), "shift_jis");
  EXPECT_EQ(NormalizeCharsetLabel("Windows-31J"), "shift_jis");
  EXPECT_EQ(NormalizeCharsetLabel("ISO-8859-1"), "windows-1252");
  EXPECT_EQ(NormalizeCharsetLabel("us-ascii"), "windows-1252");
  EXPECT_EQ(NormalizeCharsetLabel("GB2312"), "gbk");
  EXPECT_EQ(NormalizeCharsetLabel("gb18030"), "gb18030");
  EXPECT_EQ(NormalizeCharsetLabel("utf8"), "utf-8");
  EXPECT_EQ(NormalizeCharsetLabel("\"utf-8\""), "utf-8");
  EXPECT_EQ(NormalizeCharsetLabel("iso-8859-2"), "iso-8859-2");
  EXPECT_EQ(NormalizeCharsetLabel("klingon-1"), "");
  EXPECT_EQ(NormalizeCharsetLabel(""), "");
}

TEST(CharsetLabel, ReadsContentTypeParameter) {
  EXPECT_EQ(CharsetFromContentType("text/html; charset=EUC-KR"), "euc-kr");
  EXPECT_EQ(CharsetFromContentType("text/html;charset=\"Shift_JIS\""), "shift_jis");
  EXPECT_EQ(CharsetFromContentType("text/html"), "");
  EXPECT_EQ(CharsetFromContentType(""), "");
  EXPECT_EQ(CharsetFromContentType("text/html; charset=bogus"), "");
}

TEST(MetaPrescan, FindsCharsetAttribute) {
  EXPECT_EQ(PrescanMetaCharset("<html><head><meta charset=euc-kr><title>x</title>"), "euc-kr");
  EXPECT_EQ(PrescanMetaCharset("<META CHARSET='Shift_JIS'/>"), "shift_jis");
}

TEST(MetaPrescan, FindsHttpEquivContentType) {
  EXPECT_EQ(PrescanMetaCharset(R"(<meta http-equiv="Content-Type" content="text/html; charset=gb2312">)"),
            "gbk");
  EXPECT_EQ(PrescanMetaCharset(R"(<meta content="text/html; charset=big5" http-equiv="content-type">)"),
            "big5");
}

TEST(MetaPrescan, IgnoresContentWithoutPragmaCommentsAndScriptsInAttributes) {
  EXPECT_EQ(PrescanMetaCharset(R"(<meta name="x" content="charset=euc-kr">)"), "");
  EXPECT_EQ(PrescanMetaCharset("<!-- <meta charset=euc-kr> --><meta charset=big5>"), "big5");
  EXPECT_EQ(PrescanMetaCharset(R"(<div title="<meta charset=euc-kr>"><meta charset="koi8-r">)"), "koi8-r");
}

TEST(MetaPrescan, MapsUtf16DeclarationToUtf8AndHonoursLimit) {
  EXPECT_EQ(PrescanMetaCharset("<meta charset=utf-16>"), "utf-8");
  std::string far = std::string(5000, ' ') + "<meta charset=euc-kr>";
  EXPECT_EQ(PrescanMetaCharset(far, 4096), "");
  EXPECT_EQ(PrescanMetaCharset(far, 8192), "euc-kr");
}

TEST(Utf8Validation, RejectsOverlongsSurrogatesAndTruncation) {
  EXPECT_TRUE(IsValidUtf8("plain ascii"));
  EXPECT_TRUE(IsValidUtf8("한국어 日本語 \xF0\x9F\x98\x80"));
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // > U+10FFFF
  EXPECT_FALSE(IsValidUtf8("\xEA\xB0"));          // truncated
  EXPECT_FALSE(IsValidUtf8("\xFF"));
}

TEST(DecodeToUtf8, FastPathKeepsValidUtf8Unchanged) {
  std::string html = "<meta charset=utf-8><p>연봉 150만 달러</p>";
  auto r = DecodeToUtf8(html, "");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, html);
  EXPECT_EQ(r->charset, "utf-8");
  EXPECT_EQ(r->source, CharsetSource::kMeta);
  EXPECT_TRUE(r->warnings.empty());
}

TEST(DecodeToUtf8, AsciiWithoutDeclarationIsDefaultUtf8) {
  auto r = DecodeToUtf8("<p>hello</p>", "");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->charset, "utf-8");
  EXPECT_EQ(r->source, CharsetSource::kDefault);
  EXPECT_EQ(r->text, "<p>hello</p>");
}

TEST(DecodeToUtf8, EmptyInputIsEmptyText) {
  auto r = DecodeToUtf8("", "text/html; charset=euc-kr");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "");
}

TEST(DecodeToUtf8, TruncatesAtCharacterBoundaryWithWarning) {
  std::string text = "가나다라";  // 12 bytes
  DecodeOptions opts;
  opts.max_input_bytes = 7;  // cuts inside the third syllable
  auto r = DecodeToUtf8(text, "", opts);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "가나");
  EXPECT_EQ(r->replaced, 0u);
  ASSERT_FALSE(r->warnings.empty());
  EXPECT_NE(r->warnings[0].find("truncated"), std::string::npos);
}

TEST(DecodeToUtf8, TruncatesLegacyEncodingWithoutAPartialCharacter) {
  std::string euckr = "\xB0\xA1\xB3\xAA\xB4\xD9";  // 가나다 in EUC-KR
  DecodeOptions opts;
  opts.max_input_bytes = 5;  // cuts inside 다
  auto r = DecodeToUtf8(euckr, "text/html; charset=euc-kr", opts);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "가나");
  EXPECT_EQ(r->replaced, 0u);
}

TEST(DecodeToUtf8, PlainTextSkipsMetaPrescan) {
  // A text file that talks about a meta tag does not get re-labelled by it.
  std::string text = "한국어 설명: <meta charset=\"koi8-r\"> 태그";
  DecodeOptions opts;
  opts.is_html = false;
  auto r = DecodeToUtf8(text, "", opts);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->charset, "utf-8");
  EXPECT_EQ(r->text, text);
}

TEST(DecodeToUtf8, RandomBytesNeverFailAndAlwaysYieldValidUtf8) {
  std::mt19937 rng(20250801);
  const char* types[] = {"",
                         "text/html; charset=euc-kr",
                         "text/html; charset=shift_jis",
                         "text/html; charset=utf-8",
                         "text/html; charset=utf-16",
                         "text/html; charset=big5",
                         "text/html; charset=gb18030"};
  for (int round = 0; round < 300; ++round) {
    std::string bytes(rng() % 700, '\0');
    for (char& c : bytes) c = static_cast<char>(rng());
    if (round % 3 == 0) bytes = "\xFF\xFE" + bytes;
    auto r = DecodeToUtf8(bytes, types[round % 7]);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(IsValidUtf8(r->text)) << "round " << round;
  }
}

struct Fixture {
  std::string file, content_type, charset, source, expect;
  bool is_html = true;
  bool replaced = false;
};
// Test names print the fixture's file, not 168 bytes of the struct.
void PrintTo(const Fixture& f, std::ostream* os) { *os << f.file; }

std::vector<Fixture> LoadFixtures() {
  std::vector<Fixture> out;
  auto j = nlohmann::json::parse(ReadFile(kCharsetDir + "manifest.json"), nullptr, false);
  if (j.is_discarded()) return out;
  for (const auto& e : j) {
    out.push_back({e.at("file"), e.at("content_type"), e.at("charset"), e.at("source"), e.at("expect"),
                   e.at("is_html"), e.at("replaced")});
  }
  return out;
}

TEST(CharsetFixtures, ManifestIsPresent) { EXPECT_GE(LoadFixtures().size(), 20u); }

class CharsetFixtureTest : public ::testing::TestWithParam<Fixture> {};

TEST_P(CharsetFixtureTest, DecodesToExpectedUtf8) {
  const Fixture& f = GetParam();
  std::string bytes = ReadFile(kCharsetDir + f.file);
  ASSERT_FALSE(bytes.empty()) << f.file;
  DecodeOptions opts;
  opts.is_html = f.is_html;
  auto r = DecodeToUtf8(bytes, f.content_type, opts);
  ASSERT_TRUE(r.ok()) << f.file;
  EXPECT_EQ(r->charset, f.charset) << f.file;
  EXPECT_EQ(CharsetSourceName(r->source), f.source) << f.file;
  EXPECT_NE(r->text.find(f.expect), std::string::npos) << f.file << " decoded as:\n" << r->text;
  EXPECT_TRUE(IsValidUtf8(r->text)) << f.file;
  if (f.replaced) {
    EXPECT_GT(r->replaced, 0u) << f.file;
    bool warned = false;
    for (const auto& w : r->warnings) warned |= w.find("U+FFFD") != std::string::npos;
    EXPECT_TRUE(warned) << f.file;
  } else {
    EXPECT_EQ(r->replaced, 0u) << f.file;
    EXPECT_EQ(r->text.find("\xEF\xBF\xBD"), std::string::npos) << f.file;
  }
  if (f.source == "detected" && f.charset != "utf-8") {
    EXPECT_FALSE(r->warnings.empty()) << f.file;
  }
  // The BOM never reaches the text.
  EXPECT_NE(r->text.rfind("\xEF\xBB\xBF", 0), 0u) << f.file;
}

INSTANTIATE_TEST_SUITE_P(AllFixtures, CharsetFixtureTest, ::testing::ValuesIn(LoadFixtures()),
                         [](const ::testing::TestParamInfo<Fixture>& info) {
                           std::string name = info.param.file;
                           for (char& c : name) {
                             if (!isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

}  // namespace
}  // namespace hirewire::extract

namespace hirewire::extract {
namespace {

// The bundled sample pages (corpus/samples/) decode without a single replacement, with the
// charset their bytes are in.
TEST(SamplePages, DecodeCleanlyWithTheRightCharset) {
  const std::string dir = std::string(HIREWIRE_SOURCE_DIR) + "/corpus/samples/";
  struct Sample {
    const char* file;
    const char* charset;
    const char* source;
    const char* snippet;
  };
  const Sample samples[] = {
      {"ko-hiring-utf8.html", "utf-8", "meta", "무단전재 및 재배포 금지"},
      {"ko-hiring-euckr-meta.html", "euc-kr", "meta", "연봉 200만 달러(약 27억원)"},
      {"ko-hiring-euckr-nocharset.html", "euc-kr", "detected", "계약금 50억원"},
      {"ja-hiring-sjis.html", "shift_jis", "meta", "年俸5億円を提示"},
      {"en-hiring.html", "utf-8", "meta", "$150 million"},
  };
  for (const Sample& s : samples) {
    std::string bytes = ReadFile(dir + s.file);
    ASSERT_FALSE(bytes.empty()) << s.file;
    auto r = DecodeToUtf8(bytes, "");
    ASSERT_TRUE(r.ok()) << s.file;
    EXPECT_EQ(r->charset, s.charset) << s.file;
    EXPECT_EQ(CharsetSourceName(r->source), s.source) << s.file;
    EXPECT_EQ(r->replaced, 0u) << s.file;
    EXPECT_NE(r->text.find(s.snippet), std::string::npos) << s.file;
  }
}

}  // namespace
}  // namespace hirewire::extract
