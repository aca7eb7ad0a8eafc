// Tests for fetch/feeds.h on fixtures in tests/data/feeds/ and on inline documents.
#include "fetch/feeds.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "fetch/xml.h"

namespace hirewire::fetch {
namespace {

std::string ReadFixture(const std::string& name) {
  std::ifstream in(std::string(HIREWIRE_SOURCE_DIR) + "/tests/data/feeds/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

FeedEntry Entry(std::string url, std::string title, std::string published, std::string guid) {
  FeedEntry e;
  e.url = std::move(url);
  e.title = std::move(title);
  e.published = std::move(published);
  if (!e.published.empty()) e.published_unix = *ParseFeedDate(e.published);
  e.guid = std::move(guid);
  return e;
}

TEST(ParseFeed, ReadsRss2) {
  std::string body = ReadFixture("rss2.xml");
  ASSERT_FALSE(body.empty());
  Result<Feed> feed = ParseFeed(body, "https://news.example.co.kr/rss/all.xml");
  ASSERT_TRUE(feed.ok()) << feed.status().ToString();
  EXPECT_EQ(feed->format, FeedFormat::kRss);
  EXPECT_EQ(feed->title, "Example Business & Tech");
  EXPECT_EQ(feed->link, "https://news.example.co.kr/");
  std::vector<FeedEntry> want = {
      Entry("https://news.example.co.kr/article/2025/06/30/meta-offer?utm_source=rss&id=17",
            "메타, AI 연구자에 1억달러 제안", "2025-06-30T00:15:00Z", "news-000017"),
      Entry("https://news.example.co.kr/article/2025/06/29/cto", "Startup hires <CTO> from rival",
            "2025-06-29T22:00:00Z", "https://news.example.co.kr/article/2025/06/29/cto"),
      Entry("https://news.example.co.kr/article/guid-only", "Only a permalink guid", "2025-06-29T01:02:03Z",
            "https://news.example.co.kr/article/guid-only"),
      Entry("https://news.example.co.kr/article/origlink", "Feedburner original link", "2025-06-28T15:00:00Z",
            ""),
      Entry("https://news.example.co.kr/article/quotes",
            "Smart quotes \xE2\x80\x9Chello\xE2\x80\x9D and spaces", "", ""),
  };
  EXPECT_EQ(feed->entries, want);
  // The item without any URL is reported, not silently lost.
  ASSERT_EQ(feed->warnings.size(), 1u);
  EXPECT_NE(feed->warnings[0].find("1 entries without"), std::string::npos);
}

TEST(ParseFeed, ReadsAtomWithXmlBase) {
  Result<Feed> feed = ParseFeed(ReadFixture("atom.xml"), "https://blog.example.com/feed.atom");
  ASSERT_TRUE(feed.ok()) << feed.status().ToString();
  EXPECT_EQ(feed->format, FeedFormat::kAtom);
  EXPECT_EQ(feed->title, "Example Engineering Blog");
  EXPECT_EQ(feed->link, "https://blog.example.com/");
  std::vector<FeedEntry> want = {
      Entry("https://blog.example.com/posts/new-vp", "We hired a new VP & CFO", "2025-06-29T23:30:00Z",
            "tag:blog.example.com,2025:post-1"),
      Entry("https://blog.example.com/archive/2025/post-2.html", "Relative to xml:base",
            "2025-06-01T00:00:00Z", "tag:blog.example.com,2025:post-2"),
      Entry("https://blog.example.com/posts/id-url", "Id is the URL", "2025-05-31T00:00:00Z",
            "https://blog.example.com/posts/id-url"),
      Entry("https://blog.example.com/posts/post-4", "Prefers text/html alternate", "2025-05-30T08:02:03Z",
            "tag:blog.example.com,2025:post-4"),
  };
  EXPECT_EQ(feed->entries, want);
  EXPECT_TRUE(feed->warnings.empty());
}

TEST(ParseFeed, ReadsRdf) {
  Result<Feed> feed = ParseFeed(ReadFixture("rdf.xml"), "https://jp.example.jp/rss");
  ASSERT_TRUE(feed.ok()) << feed.status().ToString();
  EXPECT_EQ(feed->format, FeedFormat::kRdf);
  EXPECT_EQ(feed->title, "例ニュース");
  EXPECT_EQ(feed->link, "https://jp.example.jp/");
  std::vector<FeedEntry> want = {
      Entry("https://jp.example.jp/articles/1", "ソニー、新社長を迎える", "2025-06-30T01:00:00Z",
            "https://jp.example.jp/articles/1"),
      Entry("https://jp.example.jp/articles/2", "About only", "2025-06-29T00:00:00Z",
            "https://jp.example.jp/articles/2"),
  };
  EXPECT_EQ(feed->entries, want);
}

TEST(ParseFeed, RecoversFromBrokenXml) {
  Result<Feed> feed = ParseFeed(ReadFixture("broken.xml"), "https://broken.example.com/feed");
  ASSERT_TRUE(feed.ok()) << feed.status().ToString();
  EXPECT_EQ(feed->format, FeedFormat::kRss);
  EXPECT_EQ(feed->title, "Broken &amp feed & friends");
  std::vector<FeedEntry> want = {
      Entry("https://broken.example.com/a?x=1&y=2", "First item &unknown; entity", "2025-07-01T07:00:00Z",
            ""),
      Entry("https://broken.example.com/b", "Second item, misnested", "", ""),
      Entry("https://broken.example.com/c", "Third item after stray channel end", "", ""),
  };
  EXPECT_EQ(feed->entries, want);
  EXPECT_FALSE(feed->warnings.empty());
}

TEST(ParseFeed, RejectsNonFeeds) {
  EXPECT_EQ(ParseFeed("<html><body>x</body></html>", "https://a.com/").status().code(),
            StatusCode::kUnsupported);
  EXPECT_EQ(ParseFeed("", "https://a.com/").status().code(), StatusCode::kUnsupported);
  EXPECT_EQ(ParseFeed("just text", "https://a.com/").status().code(), StatusCode::kUnsupported);
  EXPECT_EQ(ParseFeed(ReadFixture("sitemap.xml"), "https://a.com/").status().code(),
            StatusCode::kUnsupported);
}

TEST(ParseFeed, CapsEntriesAndBytes) {
  std::string body = "<rss><channel>";
  for (int i = 0; i < 50; ++i) {
    body += "<item><link>https://a.com/" + std::to_string(i) + "</link></item>";
  }
  body += "</channel></rss>";
  FeedOptions opts;
  opts.max_entries = 10;
  Result<Feed> feed = ParseFeed(body, "https://a.com/", opts);
  ASSERT_TRUE(feed.ok());
  EXPECT_EQ(feed->entries.size(), 10u);
  EXPECT_EQ(feed->entries[9].url, "https://a.com/9");
  EXPECT_FALSE(feed->warnings.empty());

  FeedOptions small;
  small.max_bytes = 100;
  feed = ParseFeed(body, "https://a.com/", small);
  ASSERT_TRUE(feed.ok());
  EXPECT_LE(feed->entries.size(), 3u);
  EXPECT_FALSE(feed->warnings.empty());
}

TEST(ParseFeed, SurvivesDeepNestingAndEntityFloods) {
  std::string deep = "<rss><channel><item><link>https://a.com/x</link>";
  for (int i = 0; i < 100000; ++i) deep += "<d>";
  deep += "</item></channel></rss>";
  Result<Feed> feed = ParseFeed(deep, "https://a.com/");
  ASSERT_TRUE(feed.ok());
  ASSERT_EQ(feed->entries.size(), 1u);
  EXPECT_EQ(feed->entries[0].url, "https://a.com/x");

  std::string amps = "<rss><channel><item><title>" + std::string(200000, '&') +
                     "</title><link>https://a.com/y</link></item></channel></rss>";
  feed = ParseFeed(amps, "https://a.com/");
  ASSERT_TRUE(feed.ok());
  ASSERT_EQ(feed->entries.size(), 1u);
  EXPECT_EQ(feed->entries[0].url, "https://a.com/y");
}

TEST(ParseFeed, NamespacesResolvedByUriNotPrefix) {
  // An Atom feed with an unusual prefix, and a dc:title that must not replace <title>.
  std::string body =
      "<a:feed xmlns:a='http://www.w3.org/2005/Atom'><a:entry><a:title>T</a:title>"
      "<a:link href='https://x.com/1'/><a:id>i1</a:id></a:entry></a:feed>";
  Result<Feed> feed = ParseFeed(body, "https://x.com/feed");
  ASSERT_TRUE(feed.ok());
  EXPECT_EQ(feed->format, FeedFormat::kAtom);
  ASSERT_EQ(feed->entries.size(), 1u);
  EXPECT_EQ(feed->entries[0].url, "https://x.com/1");
  EXPECT_EQ(feed->entries[0].title, "T");

  body =
      "<rss xmlns:dc='http://purl.org/dc/elements/1.1/'><channel><item>"
      "<dc:title>DC</dc:title><title>Main</title><link>https://x.com/2</link></item>"
      "</channel></rss>";
  feed = ParseFeed(body, "https://x.com/feed");
  ASSERT_TRUE(feed.ok());
  ASSERT_EQ(feed->entries.size(), 1u);
  EXPECT_EQ(feed->entries[0].title, "Main");
}

TEST(ParseFeed, OnlyHttpUrlsAreReturned) {
  std::string body =
      "<rss><channel>"
      "<item><link>javascript:alert(1)</link></item>"
      "<item><link>ftp://x.com/a</link></item>"
      "<item><link>//cdn.x.com/scheme-relative</link></item>"
      "</channel></rss>";
  Result<Feed> feed = ParseFeed(body, "https://x.com/feed");
  ASSERT_TRUE(feed.ok());
  ASSERT_EQ(feed->entries.size(), 1u);
  EXPECT_EQ(feed->entries[0].url, "https://cdn.x.com/scheme-relative");
}

struct DateCase {
  const char* in;
  const char* iso;  // nullptr: not a date
};

std::ostream& operator<<(std::ostream& os, const DateCase& c) { return os << c.in; }

class FeedDates : public testing::TestWithParam<DateCase> {};

TEST_P(FeedDates, ParsesRfc822AndIso) {
  std::optional<int64_t> t = ParseFeedDate(GetParam().in);
  if (GetParam().iso == nullptr) {
    EXPECT_FALSE(t.has_value()) << (t ? FormatIsoUtc(*t) : "");
  } else {
    ASSERT_TRUE(t.has_value());
    EXPECT_EQ(FormatIsoUtc(*t), GetParam().iso);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, FeedDates,
    testing::Values(
        DateCase{"Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00Z"},
        DateCase{"Tue, 10 Jun 2003 04:00:00 +0900", "2003-06-09T19:00:00Z"},
        DateCase{"10 Jun 2003 04:00:00 -0530", "2003-06-10T09:30:00Z"},
        DateCase{"Tue, 10 Jun 03 04:00 EDT", "2003-06-10T08:00:00Z"},
        DateCase{"Tue,10 June 2003 04:00:00 PST", "2003-06-10T12:00:00Z"},
        DateCase{"Mon, 30 Jun 2025 09:15:00 KST", "2025-06-30T00:15:00Z"},
        DateCase{"Mon, 30 Jun 2025 09:15:00 +09:00", "2025-06-30T00:15:00Z"},
        DateCase{"30 Jun 2025", "2025-06-30T00:00:00Z"},
        DateCase{"Jun 30 2025 10:00:00 GMT", "2025-06-30T10:00:00Z"},
        DateCase{"Wed, 02 Oct 2002 13:00:00 Z", "2002-10-02T13:00:00Z"},
        DateCase{"Thu, 01 Jan 1970 00:00:00 GMT", "1970-01-01T00:00:00Z"},
        DateCase{"Sat, 29 Feb 2020 12:00:00 GMT", "2020-02-29T12:00:00Z"},
        DateCase{"2003-06-10", "2003-06-10T00:00:00Z"}, DateCase{"2003-06", "2003-06-01T00:00:00Z"},
        DateCase{"2003", "2003-01-01T00:00:00Z"}, DateCase{"2003-06-10T04:00Z", "2003-06-10T04:00:00Z"},
        DateCase{"2003-06-10T04:00:00.5+09:00", "2003-06-09T19:00:00Z"},
        DateCase{"2003-06-10T04:00:00-0700", "2003-06-10T11:00:00Z"},
        DateCase{"2003-06-10 04:00:00", "2003-06-10T04:00:00Z"},
        DateCase{"2003-06-10T04:00:00", "2003-06-10T04:00:00Z"},
        DateCase{"2024-12-31T23:59:60Z", "2024-12-31T23:59:59Z"},
        DateCase{"20030610", "2003-06-10T00:00:00Z"}, DateCase{"  2003-06-10  ", "2003-06-10T00:00:00Z"},
        DateCase{"", nullptr}, DateCase{"not a date", nullptr}, DateCase{"2003-13-01", nullptr},
        DateCase{"2003-02-30", nullptr}, DateCase{"Tue, 31 Jun 2003 04:00:00 GMT", nullptr},
        DateCase{"Tue, 10 Foo 2003 04:00:00 GMT", nullptr}, DateCase{"2003-06-10T25:00:00Z", nullptr},
        DateCase{"2003-06-10Tjunk", nullptr}, DateCase{"Tue, 10 Jun 2003 04:00:00 +9999", nullptr}));

TEST(DiscoverFeeds, FindsAlternateLinks) {
  std::vector<std::string> feeds =
      DiscoverFeeds(ReadFixture("autodiscovery.html"), "https://www.example.co.kr/news/page.html");
  EXPECT_EQ(feeds, (std::vector<std::string>{"https://www.example.co.kr/rss/all.xml",
                                             "https://www.example.co.kr/news/atom.xml",
                                             "https://www.example.co.kr/rdf"}));
  EXPECT_TRUE(DiscoverFeeds("<html><body>no feeds</body></html>", "https://a.com/").empty());
}

TEST(ExtractLinks, FindsAnchorsCanonicalAndFeeds) {
  PageLinks links =
      ExtractLinks(ReadFixture("autodiscovery.html"), "https://www.example.co.kr/news/page.html");
  EXPECT_EQ(links.canonical, "https://www.example.co.kr/news/index.html?utm_source=x");
  EXPECT_EQ(links.links, (std::vector<std::string>{
                             "https://www.example.co.kr/article/1",
                             "https://www.example.co.kr/news/article/2",
                             "https://www.example.co.kr/news/article/3",
                             "https://ads.example.net/click",
                             "https://other.example.org/story?id=9&ref=home",
                             "https://www.example.co.kr/news/",
                         }));
  EXPECT_EQ(links.feeds.size(), 3u);

  LinkOptions opts;
  opts.skip_nofollow = true;
  opts.max_links = 2;
  PageLinks capped = ExtractLinks(ReadFixture("autodiscovery.html"), "https://www.example.co.kr/news/", opts);
  EXPECT_EQ(capped.links, (std::vector<std::string>{"https://www.example.co.kr/article/1",
                                                    "https://www.example.co.kr/news/article/2"}));
}

TEST(ExtractLinks, NeverFailsOnJunk) {
  PageLinks l = ExtractLinks("<a href=\"unterminated <a <<<>>> <script>", "https://a.com/");
  EXPECT_TRUE(l.canonical.empty());
  l = ExtractLinks("<A HREF=/x>x</A><a href=\"/y\"/>", "https://a.com/b/");
  EXPECT_EQ(l.links, (std::vector<std::string>{"https://a.com/x", "https://a.com/y"}));
}

// The XML tokenizer on its own.
class Recorder : public XmlHandler {
 public:
  void OnStart(const XmlElement& e, size_t depth) override {
    log += "<" + e.local + "{" + e.ns + "}" + std::to_string(depth);
    for (const auto& a : e.attrs) log += " " + a.local + "=" + a.value;
    log += ">";
  }
  void OnEnd(const XmlElement& e, size_t) override { log += "</" + e.local + ">"; }
  void OnText(std::string_view t) override { log += std::string(t); }
  std::string log;
};

TEST(Xml, TokenizesAndResolvesNamespaces) {
  Recorder r;
  std::vector<std::string> w;
  ParseXml(
      "\xEF\xBB\xBF<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e 'boom'>]><!-- c -->"
      "<r xmlns='urn:d' xmlns:p='urn:p'><p:a k=\"v&amp;w\" u=x/>t&lt;&#x41;&#66;&e;"
      "<![CDATA[<raw>&amp;]]></r>",
      XmlOptions(), r, &w);
  EXPECT_EQ(r.log, "<r{urn:d}1 xmlns=urn:d p=urn:p><a{urn:p}2 k=v&w u=x></a>t<AB&e;<raw>&amp;</r>");
  EXPECT_TRUE(w.empty());
}

TEST(Xml, RecoversFromMisnesting) {
  Recorder r;
  std::vector<std::string> w;
  ParseXml("<a><b><c>x</b>y</z></a><d>", XmlOptions(), r, &w);
  EXPECT_EQ(r.log, "<a{}1><b{}2><c{}3>x</c></b>y</a><d{}1></d>");
  EXPECT_GE(w.size(), 3u);  // implicit close, stray end tag, unclosed at end
}

TEST(Xml, DecodesEntities) {
  EXPECT_EQ(DecodeXmlEntities("a&amp;b&lt;&gt;&quot;&apos;&#233;&#xE9;&nbsp;&foo;&#xD800;&"),
            "a&b<>\"'\xC3\xA9\xC3\xA9\xC2\xA0&foo;\xEF\xBF\xBD&");
}

}  // namespace
}  // namespace hirewire::fetch
