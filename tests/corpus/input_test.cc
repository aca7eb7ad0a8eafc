#include "corpus/input.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>

#include "corpus/warc_reader.h"

namespace hirewire {
namespace {

namespace fs = std::filesystem;

std::string GzipBytes(std::string_view plain) {
  z_stream zs{};
  deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(compressBound(plain.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(plain.data()));
  zs.avail_in = plain.size();
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = out.size();
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

std::string WarcRecordText(std::string_view type, std::string_view uri, std::string_view block,
                           std::string_view content_type) {
  std::string r = "WARC/1.1\r\nWARC-Type: " + std::string(type) +
                  "\r\nWARC-Record-ID: <urn:uuid:" + std::to_string(block.size()) + "-" + std::string(type) +
                  ">\r\nWARC-Date: 2025-08-01T00:00:00Z\r\nWARC-Target-URI: " + std::string(uri) +
                  "\r\nContent-Type: " + std::string(content_type) +
                  "\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n";
  r += block;
  r += "\r\n\r\n";
  return r;
}

class InputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("hirewire-input-test-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "sub");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const fs::path& p, std::string_view bytes) {
    std::ofstream out(p, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  struct Collected {
    std::vector<Page> pages;
    std::vector<std::pair<std::string, Status>> errors;
  };
  Collected Run(const std::vector<std::string>& paths, InputOptions opts = {}) {
    Collected c;
    ReadInputs(
        paths, opts,
        [&](Page&& p) {
          c.pages.push_back(std::move(p));
          return true;
        },
        [&](const std::string& s, const Status& st) { c.errors.emplace_back(s, st); });
    return c;
  }
  fs::path dir_;
};

TEST_F(InputTest, WalksFoldersRecursivelyInSortedOrder) {
  Write(dir_ / "b.html", "<p>b</p>");
  Write(dir_ / "a.html", "<p>a</p>");
  Write(dir_ / "sub" / "c.htm", "<p>c</p>");
  Write(dir_ / ".hidden.html", "<p>h</p>");
  auto c = Run({dir_.string()});
  ASSERT_EQ(c.pages.size(), 3u);
  EXPECT_EQ(fs::path(c.pages[0].source).filename(), "a.html");
  EXPECT_EQ(fs::path(c.pages[1].source).filename(), "b.html");
  EXPECT_EQ(fs::path(c.pages[2].source).filename(), "c.htm");
  EXPECT_TRUE(c.errors.empty());
}

TEST_F(InputTest, GunzipsGzFilesAndTreatsTxtAsText) {
  Write(dir_ / "a.html.gz", GzipBytes("<html><p>hello</p></html>"));
  Write(dir_ / "b.txt.gz", GzipBytes("plain text"));
  auto c = Run({dir_.string()});
  ASSERT_EQ(c.pages.size(), 2u);
  EXPECT_EQ(c.pages[0].body, "<html><p>hello</p></html>");
  EXPECT_FALSE(c.pages[0].is_text);
  EXPECT_EQ(c.pages[1].body, "plain text");
  EXPECT_TRUE(c.pages[1].is_text);
}

TEST_F(InputTest, ReportsBadInputsAndKeepsGoing) {
  Write(dir_ / "a-empty.html", "");
  Write(dir_ / "b-binary.html", std::string("\x7f"
                                            "ELF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0",
                                            20));
  std::string gz = GzipBytes(std::string(100000, 'x'));
  Write(dir_ / "c-torn.html.gz", gz.substr(0, gz.size() / 2));
  Write(dir_ / "d-good.html", "<p>good</p>");
  Write(dir_ / "e-not-gzip.gz", "<p>plain, not gzip</p>");
  auto c = Run({dir_.string(), (dir_ / "missing.html").string(), (dir_ / "b-binary.html").string()});
  ASSERT_EQ(c.pages.size(), 1u);
  EXPECT_EQ(fs::path(c.pages[0].source).filename(), "d-good.html");
  ASSERT_EQ(c.errors.size(), 5u);
  EXPECT_EQ(c.errors[0].second.code(), StatusCode::kInvalidArgument);  // empty
  EXPECT_EQ(c.errors[1].second.code(), StatusCode::kCorrupt);          // torn gzip
  EXPECT_EQ(c.errors[2].second.code(), StatusCode::kCorrupt);          // .gz that is not gzip
  EXPECT_EQ(c.errors[3].second.code(), StatusCode::kNotFound);
  // Binary data: skipped in a folder, an error when named on the command line.
  EXPECT_EQ(c.errors[4].second.code(), StatusCode::kUnsupported);
  EXPECT_NE(c.errors[4].second.message().find("executable"), std::string::npos);
}

TEST_F(InputTest, FoldersKeepOnlyContentThatSniffsAsPagesAndCountTheRest) {
  Write(dir_ / "a.html", "<!DOCTYPE html><html><p>page</p></html>");
  Write(dir_ / "b.php", "  <html><body><p>served page</p></body></html>");
  Write(dir_ / "c.txt", "A plain text article.\n\nIt has two paragraphs.");
  Write(dir_ / "notes", "Text without an extension is text too.");
  Write(dir_ / "robots.txt",
        "User-agent: *\nDisallow: /private\nAllow: /\nSitemap: https://x.test/sitemap.xml\n");
  Write(dir_ / "sitemap.xml",
        "<?xml version=\"1.0\"?><urlset><url><loc>https://x.test/</loc></url></urlset>");
  Write(dir_ / "logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>");
  Write(dir_ / "main.cc", "#include <cstdio>\nint main() { std::puts(\"hi\"); return 0; }\n");
  Write(dir_ / "CMakeLists.txt",
        "cmake_minimum_required(VERSION 3.25)\nproject(x)\nadd_executable(x ${srcs})\n");
  Write(dir_ / "photo.jpeg", std::string("\xff\xd8\xff\xe0\0\x10JFIF\0", 11) + std::string(200, 'a'));
  Write(dir_ / "pic.webp", std::string("RIFF\x10\0\0\0WEBPVP8 ", 16) + std::string(100, 'b'));
  Write(dir_ / "doc.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n");
  Write(dir_ / "data.json", "[1, 2, 3]");
  Write(dir_ / "x.xhtml",
        "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><p>x</p></html>");
  InputStats st;
  std::vector<Page> pages;
  st = ReadInputs(
      {dir_.string()}, {},
      [&](Page&& p) {
        pages.push_back(std::move(p));
        return true;
      },
      nullptr);
  std::vector<std::string> names;
  for (const Page& p : pages)
    names.push_back(fs::path(p.source).filename().string() + (p.is_text ? ":text" : ":html"));
  EXPECT_EQ(names, (std::vector<std::string>{"a.html:html", "b.php:html", "c.txt:text", "notes:text",
                                             "x.xhtml:html"}));
  EXPECT_EQ(st.errors, 0u);
  EXPECT_EQ(st.skipped, 9u);
  ASSERT_EQ(st.skipped_examples.size(), 3u);
  EXPECT_NE(st.skipped_examples[0].find("CMakeLists.txt (source code)"), std::string::npos);
}

TEST_F(InputTest, JsonLinesAreMarkedWhenAskedForAndSkippedInFoldersOtherwise) {
  Write(dir_ / "articles.json", "{\"source\":\"a\",\"paragraphs\":[\"x\"]}\n{\"source\":\"b\"}\n");
  Write(dir_ / "page.html", "<p>page</p>");
  auto plain = Run({dir_.string()});
  ASSERT_EQ(plain.pages.size(), 1u);
  InputOptions o;
  o.json_lines = true;
  auto c = Run({dir_.string()}, o);
  ASSERT_EQ(c.pages.size(), 2u);
  EXPECT_EQ(c.pages[0].content_type, kJsonLinesContentType);
  EXPECT_EQ(c.pages[1].content_type, "");
}

TEST(SniffContent, NamesWhatItFinds) {
  EXPECT_EQ(SniffContent("\xef\xbb\xbf  <!doctype html><p>x"), ContentKind::kHtml);
  EXPECT_EQ(SniffContent("<P>para</P>"), ContentKind::kHtml);
  EXPECT_EQ(SniffContent("<pre>not in the list</pre> but text"), ContentKind::kText);
  EXPECT_EQ(SniffContent("   \n\t"), ContentKind::kEmpty);
  EXPECT_EQ(SniffContent("{\"a\":1}"), ContentKind::kJsonLines);
  EXPECT_EQ(SniffContent("{\n  \"a\": 1\n}"), ContentKind::kJson);
  EXPECT_EQ(SniffContent("삼성전자가 김민수 씨를 영입했다. 연봉은 1억원이다."), ContentKind::kText);
  EXPECT_EQ(SniffContent("[제휴] 메타가 다이크를 영입했다.\n두 번째 문단."), ContentKind::kText);
  EXPECT_EQ(SniffContent("[Reuters] Apple hired a researcher."), ContentKind::kText);
  EXPECT_EQ(SniffContent("[{\"a\": 1}]"), ContentKind::kJson);
  EXPECT_EQ(SniffContent("function f(a) { return a[0] + b(c); }\nvar x = {y: 1};"), ContentKind::kCode);
  EXPECT_EQ(SniffContent("#!/usr/bin/env bash\n# The main job.\n# More words of comment.\necho hi\n"),
            ContentKind::kCode);
  std::string what;
  EXPECT_EQ(SniffContent("%PDF-1.4 ...", &what), ContentKind::kBinary);
  EXPECT_EQ(what, "PDF document");
  EXPECT_EQ(SniffContent(std::string("\x89PNG\r\n\x1a\n\0\0", 10), &what), ContentKind::kBinary);
  EXPECT_EQ(what, "PNG image");
}

TEST_F(InputTest, TruncatesOversizedPagesWithAWarning) {
  Write(dir_ / "big.html", std::string(5000, 'a'));
  InputOptions o;
  o.max_page_bytes = 1000;
  auto c = Run({(dir_ / "big.html").string()}, o);
  ASSERT_EQ(c.pages.size(), 1u);
  EXPECT_EQ(c.pages[0].body.size(), 1000u);
  ASSERT_EQ(c.pages[0].warnings.size(), 1u);
}

TEST_F(InputTest, ReadsWarcResponseRecordsPlainAndGzipped) {
  std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=euc-kr\r\n\r\n<p>page one</p>";
  std::string http404 = "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\nnope";
  std::string info = WarcRecordText("warcinfo", "", "software: test\r\n", "application/warc-fields");
  std::string r1 =
      WarcRecordText("response", "https://a.example/1", http, "application/http; msgtype=response");
  std::string r2 =
      WarcRecordText("response", "https://a.example/404", http404, "application/http; msgtype=response");
  Write(dir_ / "plain.warc", info + r1 + r2);
  Write(dir_ / "z.warc.gz", GzipBytes(info) + GzipBytes(r1) + GzipBytes(r2));
  auto c = Run({(dir_ / "plain.warc").string(), (dir_ / "z.warc.gz").string()});
  ASSERT_EQ(c.pages.size(), 2u);
  for (const Page& p : c.pages) {
    EXPECT_EQ(p.url, "https://a.example/1");
    EXPECT_EQ(p.body, "<p>page one</p>");
    EXPECT_EQ(p.content_type, "text/html; charset=euc-kr");
    EXPECT_EQ(p.fetched_at, "2025-08-01T00:00:00Z");
    EXPECT_NE(p.source.find("#urn:uuid:"), std::string::npos);
  }
  EXPECT_TRUE(c.errors.empty());
}

TEST_F(InputTest, CutsATornLastWarcRecordAndKeepsTheOthers) {
  std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>kept</p>";
  std::string r1 =
      WarcRecordText("response", "https://a.example/1", http, "application/http; msgtype=response");
  std::string r2 = WarcRecordText("response", "https://a.example/2", http + std::string(5000, 'z'),
                                  "application/http; msgtype=response");
  std::string gz2 = GzipBytes(r2);
  Write(dir_ / "torn.warc.gz", GzipBytes(r1) + gz2.substr(0, gz2.size() - 40));
  auto c = Run({(dir_ / "torn.warc.gz").string()});
  ASSERT_EQ(c.pages.size(), 1u);
  EXPECT_EQ(c.pages[0].body, "<p>kept</p>");
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].second.code(), StatusCode::kCorrupt);
}

TEST(WarcPage, UndoesChunkedAndGzipCodings) {
  std::string body = "<p>chunked and gzipped</p>";
  std::string gz = GzipBytes(body);
  char hex[16];
  std::snprintf(hex, sizeof hex, "%zx", gz.size());
  std::string block = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n" +
                      std::string(hex) + "\r\n" + gz + "\r\n0\r\n\r\n";
  WarcRecord rec;
  rec.headers = {{"WARC-Type", "response"}, {"Content-Type", "application/http;msgtype=response"}};
  rec.block = block;
  auto page = PageFromWarcRecord(rec, "f.warc");
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(page->body, body);
  EXPECT_TRUE(page->warnings.empty());
}

TEST(Gunzip, ReadsMultiMemberStreamsAndRejectsBombs) {
  std::string a = "first ", b = "second";
  auto gz = [](std::string_view s) { return GzipBytes(s); };
  auto r = Gunzip(gz(a) + gz(b), 1000);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "first second");
  auto bomb = Gunzip(gz(std::string(10'000'000, '\0')), 1'000'000);
  EXPECT_EQ(bomb.status().code(), StatusCode::kResourceExhausted);
}

}  // namespace
}  // namespace hirewire
