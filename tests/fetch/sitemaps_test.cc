// Tests for fetch/sitemaps.h on fixtures in tests/data/feeds/.
#include "fetch/sitemaps.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <fstream>
#include <sstream>

namespace hirewire::fetch {
namespace {

std::string ReadFixture(const std::string& name) {
  std::ifstream in(std::string(HIREWIRE_SOURCE_DIR) + "/tests/data/feeds/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Gzip(std::string_view data) {
  z_stream zs{};
  deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, data.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

TEST(ParseSitemap, ReadsUrlset) {
  Result<Sitemap> sm = ParseSitemap(ReadFixture("sitemap.xml"), "https://www.example.com/sitemap.xml");
  ASSERT_TRUE(sm.ok()) << sm.status().ToString();
  EXPECT_FALSE(sm->is_index);
  EXPECT_FALSE(sm->is_news);
  ASSERT_EQ(sm->entries.size(), 3u);
  EXPECT_EQ(sm->entries[0].url, "https://www.example.com/");
  EXPECT_EQ(sm->entries[0].lastmod, "2025-06-30T00:00:00Z");
  EXPECT_FALSE(sm->entries[0].is_sitemap);
  EXPECT_EQ(sm->entries[1].url, "https://www.example.com/article?id=1&lang=ko");
  EXPECT_EQ(sm->entries[1].lastmod, "2025-06-29T09:00:00Z");
  EXPECT_EQ(sm->entries[2].url, "https://www.example.com/article/2");
  EXPECT_EQ(sm->entries[2].lastmod, "");
  EXPECT_EQ(sm->entries[2].lastmod_unix, 0);
  // ftp <loc> and the entry without <loc> are dropped and reported.
  ASSERT_EQ(sm->warnings.size(), 1u);
  EXPECT_NE(sm->warnings[0].find("2 entries"), std::string::npos);
}

TEST(ParseSitemap, ReadsIndex) {
  Result<Sitemap> sm =
      ParseSitemap(ReadFixture("sitemap_index.xml"), "https://www.example.com/sitemap_index.xml");
  ASSERT_TRUE(sm.ok()) << sm.status().ToString();
  EXPECT_TRUE(sm->is_index);
  ASSERT_EQ(sm->entries.size(), 2u);
  EXPECT_TRUE(sm->entries[0].is_sitemap);
  EXPECT_TRUE(sm->entries[1].is_sitemap);
  EXPECT_EQ(sm->entries[0].url, "https://www.example.com/sitemap-news.xml");
  EXPECT_EQ(sm->entries[0].lastmod, "2025-06-30T09:00:00Z");
  EXPECT_EQ(sm->entries[1].url, "https://www.example.com/sitemaps/sitemap-2025-06.xml.gz");
}

TEST(ParseSitemap, ReadsGoogleNews) {
  Result<Sitemap> sm = ParseSitemap(ReadFixture("news_sitemap.xml"), "https://www.example.com/news.xml");
  ASSERT_TRUE(sm.ok()) << sm.status().ToString();
  EXPECT_TRUE(sm->is_news);
  ASSERT_EQ(sm->entries.size(), 2u);
  EXPECT_EQ(sm->entries[0].url, "https://www.example.com/business/article-55.html");
  EXPECT_EQ(sm->entries[0].published, "2025-06-30T06:30:00Z");
  EXPECT_EQ(sm->entries[0].news_title, "Company X offers Y $2 million to join");
  EXPECT_EQ(sm->entries[1].published, "2025-06-29T00:00:00Z");
  EXPECT_EQ(sm->entries[1].news_title, "Second & last");
  EXPECT_GT(sm->entries[0].published_unix, sm->entries[1].published_unix);
}

TEST(ParseSitemap, CollapsesNoBreakSpacesInNewsTitles) {
  std::string xml =
      "<urlset xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url><loc>https://a.com/1</loc>"
      "<news:news><news:title>&nbsp;Samsung&nbsp;&nbsp;hires \n CFO&#160;</news:title></news:news></url></urlset>";
  Result<Sitemap> sm = ParseSitemap(xml, "https://a.com/news.xml");
  ASSERT_TRUE(sm.ok()) << sm.status().ToString();
  ASSERT_EQ(sm->entries.size(), 1u);
  EXPECT_EQ(sm->entries[0].news_title, "Samsung hires CFO");
}

TEST(ParseSitemap, ReadsGzipFixture) {
  std::string gz = ReadFixture("sitemap_gz.xml.gz");
  ASSERT_GT(gz.size(), 2u);
  Result<Sitemap> sm = ParseSitemap(gz, "https://www.example.com/s.xml.gz");
  ASSERT_TRUE(sm.ok()) << sm.status().ToString();
  ASSERT_EQ(sm->entries.size(), 300u);
  EXPECT_EQ(sm->entries[0].url, "https://www.example.com/gz/1");
  EXPECT_EQ(sm->entries[299].url, "https://www.example.com/gz/300");
  EXPECT_EQ(sm->entries[299].lastmod, "2025-06-01T00:00:00Z");
  EXPECT_TRUE(sm->warnings.empty());
}

TEST(ParseSitemap, CapsGzipBombs) {
  // 20 MB of padding inside a comment compresses to a few KB.
  std::string xml = "<urlset><url><loc>https://a.com/1</loc></url><!--" + std::string(20u << 20, ' ') +
                    "--><url><loc>https://a.com/2</loc></url></urlset>";
  std::string gz = Gzip(xml);
  ASSERT_LT(gz.size(), 100000u);
  SitemapOptions opts;
  opts.max_bytes = 1u << 20;
  Result<Sitemap> sm = ParseSitemap(gz, "https://a.com/s.xml.gz", opts);
  ASSERT_TRUE(sm.ok()) << sm.status().ToString();
  ASSERT_EQ(sm->entries.size(), 1u);
  EXPECT_EQ(sm->entries[0].url, "https://a.com/1");
  ASSERT_FALSE(sm->warnings.empty());
  EXPECT_NE(sm->warnings[0].find("gzip: output capped"), std::string::npos);
}

TEST(ParseSitemap, DamagedGzip) {
  std::string gz = ReadFixture("sitemap_gz.xml.gz");
  // Truncated stream: the readable part is used, with a warning.
  Result<Sitemap> partial = ParseSitemap(gz.substr(0, gz.size() / 2), "https://www.example.com/");
  ASSERT_TRUE(partial.ok()) << partial.status().ToString();
  EXPECT_GT(partial->entries.size(), 0u);
  EXPECT_LT(partial->entries.size(), 300u);
  EXPECT_FALSE(partial->warnings.empty());
  // Only a header: nothing readable.
  Result<Sitemap> none = ParseSitemap(gz.substr(0, 12), "https://www.example.com/");
  EXPECT_FALSE(none.ok());
}

TEST(ParseSitemap, ReadsTextSitemap) {
  Result<Sitemap> sm = ParseSitemap(ReadFixture("urls.txt"), "https://www.example.com/urls.txt");
  ASSERT_TRUE(sm.ok()) << sm.status().ToString();
  ASSERT_EQ(sm->entries.size(), 3u);
  EXPECT_EQ(sm->entries[2].url, "https://www.example.com/c");
  ASSERT_EQ(sm->warnings.size(), 1u);
}

TEST(ParseSitemap, RejectsOtherDocuments) {
  EXPECT_EQ(ParseSitemap(ReadFixture("rss2.xml"), "https://a.com/").status().code(),
            StatusCode::kUnsupported);
  EXPECT_EQ(ParseSitemap("hello world", "https://a.com/").status().code(), StatusCode::kUnsupported);
  EXPECT_EQ(ParseSitemap("", "https://a.com/").status().code(), StatusCode::kUnsupported);
}

TEST(ParseSitemap, CapsEntries) {
  std::string xml = "<urlset>";
  for (int i = 0; i < 100; ++i) xml += "<url><loc>https://a.com/" + std::to_string(i) + "</loc></url>";
  xml += "</urlset>";
  SitemapOptions opts;
  opts.max_entries = 7;
  Result<Sitemap> sm = ParseSitemap(xml, "https://a.com/", opts);
  ASSERT_TRUE(sm.ok());
  EXPECT_EQ(sm->entries.size(), 7u);
  EXPECT_FALSE(sm->warnings.empty());
}

TEST(ParseSitemap, RecoversFromUnclosedTags) {
  Result<Sitemap> sm = ParseSitemap("<urlset><url><loc>https://a.com/1</loc><url><loc>https://a.com/2</loc>",
                                    "https://a.com/");
  ASSERT_TRUE(sm.ok());
  ASSERT_GE(sm->entries.size(), 1u);
  EXPECT_EQ(sm->entries[0].url, "https://a.com/1");
  EXPECT_FALSE(sm->warnings.empty());
}

struct KindCase {
  const char* fixture;  // file in tests/data/feeds, or "" to use body
  const char* body;
  const char* content_type;
  const char* url;
  ContentKind kind;
};

std::ostream& operator<<(std::ostream& os, const KindCase& c) {
  return os << c.fixture << c.url << " " << c.content_type;
}

class DetectKindTable : public testing::TestWithParam<KindCase> {};

TEST_P(DetectKindTable, DetectsWhatTheBodyIs) {
  const KindCase& c = GetParam();
  std::string body = *c.fixture ? ReadFixture(c.fixture) : std::string(c.body);
  EXPECT_EQ(ContentKindName(DetectKind(c.content_type, body, c.url)), ContentKindName(c.kind));
}

INSTANTIATE_TEST_SUITE_P(
    Table, DetectKindTable,
    testing::Values(
        KindCase{"rss2.xml", "", "application/rss+xml", "https://a.com/rss", ContentKind::kRss},
        KindCase{"rss2.xml", "", "text/html", "https://a.com/rss", ContentKind::kRss},
        KindCase{"atom.xml", "", "application/atom+xml", "", ContentKind::kAtom},
        KindCase{"rdf.xml", "", "text/xml", "", ContentKind::kRdf},
        KindCase{"sitemap.xml", "", "application/xml", "", ContentKind::kSitemap},
        KindCase{"news_sitemap.xml", "", "text/xml", "", ContentKind::kSitemap},
        KindCase{"sitemap_index.xml", "", "text/html", "", ContentKind::kSitemapIndex},
        KindCase{"sitemap_gz.xml.gz", "", "application/x-gzip", "", ContentKind::kSitemap},
        KindCase{"autodiscovery.html", "", "text/html", "", ContentKind::kPage},
        KindCase{"autodiscovery.html", "", "application/xml", "", ContentKind::kPage},
        KindCase{"broken.xml", "", "text/xml", "", ContentKind::kRss},
        KindCase{"urls.txt", "", "text/plain", "https://a.com/urls.txt", ContentKind::kSitemap},
        KindCase{"", "User-agent: *\nDisallow: /\n", "text/plain", "https://a.com/robots.txt",
                 ContentKind::kRobots},
        KindCase{"", "", "text/plain", "https://a.com/robots.txt", ContentKind::kRobots},
        KindCase{"", "# hi\nUser-agent: *\nDisallow: /x\n", "text/plain", "", ContentKind::kRobots},
        KindCase{"", "<html><body>robots page</body></html>", "text/html", "https://a.com/robots.txt",
                 ContentKind::kPage},
        KindCase{"", "<!-- c --><?pi x?><!DOCTYPE feed><feed xmlns='http://www.w3.org/2005/Atom'/>", "", "",
                 ContentKind::kAtom},
        KindCase{"", "\xEF\xBB\xBF  <rss/>", "", "", ContentKind::kRss},
        KindCase{"", "plain words", "text/plain", "", ContentKind::kPage},
        KindCase{"", "", "", "", ContentKind::kPage}));

}  // namespace
}  // namespace hirewire::fetch
