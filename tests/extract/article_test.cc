// ExtractArticle / ArticleFromText on small hand-written pages: what is body and what is not,
// metadata sources, and bad input.
#include "extract/article.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

namespace hirewire::extract {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

const char* const kEnParas[] = {
    "The city council approved the new transit plan on Tuesday, ending months of debate over "
    "routes, fares and the cost of electric buses for the northern districts.",
    "Supporters said the plan would cut commuting times by a third, while critics warned that "
    "the budget, already stretched by repairs, could not carry the extra spending.",
    "The mayor, who had campaigned on the issue, called the vote a turning point and promised "
    "that the first new lines would open before the end of next year.",
    "Residents will be able to comment on the detailed timetable at public meetings in May, "
    "and the council will publish the final schedule in the autumn.",
};

std::string EnBody() {
  std::string s;
  for (const char* p : kEnParas) s += std::string("<p>") + p + "</p>\n";
  return s;
}

Article Extract(const std::string& html, const PageContext& ctx = {}) {
  Result<Article> r = ExtractArticle(html, ctx);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? std::move(r).value() : Article{};
}

bool HasParagraphContaining(const Article& a, const std::string& needle) {
  for (const std::string& p : a.paragraphs)
    if (p.find(needle) != std::string::npos) return true;
  return false;
}

TEST(ExtractArticle, KeepsBodyAndDropsCaptionsCreditsAndCopyright) {
  std::string html =
      "<html><head><title>Transit plan approved | City News</title></head><body>"
      "<nav><a href='/'>Home</a><a href='/news'>News</a></nav>"
      "<article><h1>Transit plan approved</h1>"
      "<figure><img src='a.jpg'><figcaption>The council chamber on Tuesday. Photo: J. Doe</figcaption></figure>" +
      EnBody() +
      "<p>[사진=연합뉴스]</p><p>Copyright 2025 City News. All rights reserved.</p></article>"
      "<footer><p>About us. Contact. Privacy policy of City News and its partners.</p></footer>"
      "</body></html>";
  Article a = Extract(html);
  ASSERT_EQ(a.paragraphs.size(), 4u);
  EXPECT_THAT(a.paragraphs[0], HasSubstr("transit plan on Tuesday"));
  EXPECT_FALSE(HasParagraphContaining(a, "council chamber"));
  EXPECT_FALSE(HasParagraphContaining(a, "사진"));
  EXPECT_FALSE(HasParagraphContaining(a, "All rights reserved"));
  EXPECT_FALSE(HasParagraphContaining(a, "Privacy policy"));
  EXPECT_EQ(a.title, "Transit plan approved");
  EXPECT_EQ(a.language, "en");
}

TEST(ExtractArticle, DropsRelatedListsAndShareWidgets) {
  std::string html =
      "<html><body><div class='article-body'>" + EnBody() +
      "<div class='share-tools'><a href='#'>Share on Facebook</a> <a href='#'>Share on X</a></div>"
      "</div><div class='related-articles'><h3>Related</h3><ul>"
      "<li><a href='/a'>Council to review parking fees after complaints from shop owners</a></li>"
      "<li><a href='/b'>New bike lanes open on the river road this weekend, officials say</a></li>"
      "</ul></div></body></html>";
  Article a = Extract(html);
  EXPECT_EQ(a.paragraphs.size(), 4u);
  EXPECT_FALSE(HasParagraphContaining(a, "parking fees"));
  EXPECT_FALSE(HasParagraphContaining(a, "Share on"));
}

TEST(ExtractArticle, KeepsSubheadingsBetweenParagraphs) {
  std::string html = "<html><body><article><p>" + std::string(kEnParas[0]) + "</p><p>" + kEnParas[1] +
                     "</p><h2>What happens next</h2><p>" + kEnParas[2] + "</p><p>" + kEnParas[3] +
                     "</p></article></body></html>";
  Article a = Extract(html);
  EXPECT_THAT(a.paragraphs, Contains("What happens next"));
  ASSERT_EQ(a.paragraphs.size(), 5u);
  EXPECT_EQ(a.paragraphs[2], "What happens next");
}

TEST(ExtractArticle, KeepsEveryLineOfASubheadingSplitByBreaks) {
  std::string html =
      "<html><body><article><h2 class=\"sub\">First deck line<br>Second deck line<br>Third "
      "deck line</h2>" +
      EnBody() + "</article></body></html>";
  Article a = Extract(html);
  ASSERT_GE(a.paragraphs.size(), 7u);
  EXPECT_EQ(a.paragraphs[0], "First deck line");
  EXPECT_EQ(a.paragraphs[1], "Second deck line");
  EXPECT_EQ(a.paragraphs[2], "Third deck line");
}

TEST(ExtractArticle, ReadsRubyInlineWithItsReadingAndDropsTemplatePlaceholders) {
  std::string html =
      "<html><body><article><p>\u3000【ソウル＝小池和樹】韓国の\n<ruby><rb>尹錫悦</rb><rp>（</rp><rt>ユンソンニョル"
      "</rt><rp>）</rp></ruby>\n大統領は３日夜、緊急談話を出し、野党が国政をまひさせているとして「非常戒厳」を宣言した。"
      "具体的な措置については明らかにされていない。</p><p>$$ARTICLEAD$$</p>" +
      EnBody() + "</article></body></html>";
  Article a = Extract(html);
  ASSERT_FALSE(a.paragraphs.empty());
  EXPECT_THAT(a.paragraphs[0], HasSubstr("韓国の 尹錫悦（ユンソンニョル） 大統領は"));
  EXPECT_THAT(a.paragraphs, Not(Contains("$$ARTICLEAD$$")));
}

TEST(ExtractArticle, ReadsJsonLdGraphOpenGraphAndCanonical) {
  std::string html =
      "<html lang='en'><head>"
      "<link rel='canonical' href='/news/transit-plan'>"
      "<meta property='og:site_name' content='City News'>"
      "<meta property='og:title' content='Transit plan approved - City News'>"
      "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
      "{\"@type\":\"WebPage\",\"name\":\"x\"},"
      "{\"@type\":[\"NewsArticle\"],\"headline\":\"Transit plan approved &amp; funded\","
      "\"datePublished\":\"2025-08-01T14:30:00+09:00\","
      "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"@type\":\"Person\",\"name\":\"John Roe\"}]}]}"
      "</script></head><body><article>" +
      EnBody() + "</article></body></html>";
  PageContext ctx;
  ctx.url = "https://city.example/some/path?ref=rss";
  Article a = Extract(html, ctx);
  EXPECT_EQ(a.title, "Transit plan approved & funded");
  EXPECT_THAT(a.authors, ElementsAre("Jane Doe", "John Roe"));
  EXPECT_EQ(a.published, "2025-08-01T14:30:00+09:00");
  EXPECT_EQ(a.site_name, "City News");
  EXPECT_EQ(a.url, "https://city.example/news/transit-plan");
}

TEST(ExtractArticle, ReadsThePublishersCountryFromItsSignals) {
  std::string body = "</head><body><article>" + EnBody() + "</article></body></html>";
  // og:locale region, then <html lang> region.
  EXPECT_EQ(Extract("<html lang='en-US'><head><meta property='og:locale' content='en_CA'>" + body).country,
            "CA");
  EXPECT_EQ(Extract("<html lang='zh-TW'><head>" + body).country, "TW");
  // The URL's country-code TLD beats the locale; the publisher's address beats both.
  PageContext ctx;
  ctx.url = "https://www.example.co.za/business/x";
  EXPECT_EQ(Extract("<html lang='en-US'><head>" + body, ctx).country, "ZA");
  std::string ld =
      "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"x\","
      "\"publisher\":{\"@type\":\"Organization\",\"name\":\"P\",\"address\":{\"addressCountry\":\"SG\"}}}</script>";
  EXPECT_EQ(Extract("<html lang='en-US'><head>" + ld + body, ctx).country, "SG");
  // The caller's --country overrides them all.
  ctx.country = "au";
  EXPECT_EQ(Extract("<html lang='en-US'><head>" + ld + body, ctx).country, "AU");
  EXPECT_EQ(Extract("<html lang='en'><head>" + body).country, "");
}

TEST(ExtractArticle, RemovesSiteNameFromOpenGraphTitle) {
  std::string html =
      "<html><head><meta property='og:site_name' content='City News'>"
      "<meta property='og:title' content='Transit plan approved | City News'></head><body><article>" +
      EnBody() + "</article></body></html>";
  EXPECT_EQ(Extract(html).title, "Transit plan approved");
}

TEST(ExtractArticle, FindsKoreanBylineAndDropsIt) {
  std::string p1 =
      "인공지능 인재 확보 경쟁에서 메타가 상상을 뛰어넘는 보상과 연구 환경으로 실리콘밸리 최상위 개발자들을 "
      "쓸어담고 있다는 보도가 나왔다.";
  std::string p2 =
      "지난달 31일 미국 뉴욕타임스에 따르면 메타는 최근 스타트업 창업자를 초지능팀에 합류시키기 위해 "
      "거액을 제안했고, 거절당하자 조건을 두 배로 높였다.";
  std::string html = "<html lang='ko'><body><div class='news_body'><p>" + p1 + "</p><p>" + p2 + "</p><p>" +
                     p1 +
                     " 업계는 이를 이례적인 일로 본다.</p><p>홍길동 기자 hong@example.com</p>"
                     "<p>ⓒ 예시일보 무단전재 및 재배포 금지</p></div></body></html>";
  Article a = Extract(html);
  EXPECT_EQ(a.language, "ko");
  EXPECT_THAT(a.authors, ElementsAre("홍길동"));
  EXPECT_FALSE(HasParagraphContaining(a, "홍길동"));
  EXPECT_FALSE(HasParagraphContaining(a, "무단전재"));
  EXPECT_TRUE(HasParagraphContaining(a, "뉴욕타임스"));
}

TEST(ExtractArticle, UsesEmbeddedPageStateWhenHtmlHasNoText) {
  std::string body;
  for (const char* p : kEnParas) body += std::string("<p>") + p + "</p>";
  std::string escaped;
  for (char c : body) {
    if (c == '"')
      escaped += "\\\"";
    else
      escaped += c;
  }
  std::string html =
      "<html><head><title>Transit plan</title></head><body><div id='__next'></div>"
      "<script id='__NEXT_DATA__' type='application/json'>{\"props\":{\"pageProps\":{\"article\":{"
      "\"title\":\"Transit plan\",\"contentHtml\":\"" +
      escaped + "\"}}}}</script></body></html>";
  Article a = Extract(html);
  EXPECT_EQ(a.paragraphs.size(), 4u);
  EXPECT_TRUE(HasParagraphContaining(a, "electric buses"));
}

TEST(ExtractArticle, SurvivesVeryDeepNesting) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "<p>deep text that is the only text of this page, written as a sentence.</p>";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  Article a = Extract(html);
  EXPECT_TRUE(HasParagraphContaining(a, "deep text"));
  EXPECT_THAT(a.warnings, Contains(HasSubstr("nesting")));
}

TEST(ExtractArticle, RejectsEmptyAndBinaryInput) {
  EXPECT_FALSE(ExtractArticle("", {}).ok());
  std::string binary(4096, '\0');
  for (size_t i = 0; i < binary.size(); ++i) binary[i] = static_cast<char>(i * 7 % 32);
  Result<Article> r = ExtractArticle(binary, {});
  EXPECT_FALSE(r.ok());
}

TEST(ExtractArticle, TruncatesLongInputWithWarning) {
  std::string html = "<html><body><article>" + EnBody() + EnBody() + "</article></body></html>";
  ExtractOptions opts;
  opts.max_input_bytes = html.size() / 2;
  Result<Article> r = ExtractArticle(html, {}, opts);
  ASSERT_TRUE(r.ok());
  EXPECT_THAT(r->warnings, Contains(HasSubstr("truncated")));
  EXPECT_FALSE(r->paragraphs.empty());
}

TEST(ExtractArticle, CutsHugeMarkupWithWarning) {
  std::string html = "<html><body><article>" + EnBody();
  for (int i = 0; i < 20000; ++i) html += "<div><span>x</span></div>";
  html += EnBody() + "</article></body></html>";
  ExtractOptions opts;
  opts.max_parse_bytes = 64u << 10;
  Result<Article> r = ExtractArticle(html, {}, opts);
  ASSERT_TRUE(r.ok());
  EXPECT_THAT(r->warnings, Contains(HasSubstr("markup cut")));
  EXPECT_TRUE(HasParagraphContaining(*r, "electric buses"));
}

TEST(ExtractArticle, IgnoresHiddenAndAdContainers) {
  std::string html = "<html><body><article>" + EnBody() +
                     "<div class='paywall-box hidden'><p>Subscribe today to read every story without limits, "
                     "with our best offer of the year for new readers.</p></div>"
                     "<div class='ad__container'><p>Sponsored message from our partners about great deals "
                     "on holidays this summer, book now.</p></div>" +
                     EnBody() + "</article></body></html>";
  Article a = Extract(html);
  EXPECT_FALSE(HasParagraphContaining(a, "Subscribe today"));
  EXPECT_FALSE(HasParagraphContaining(a, "Sponsored message"));
  EXPECT_EQ(a.paragraphs.size(), 8u);
}

TEST(ExtractArticle, NeverInventsADate) {
  std::string html = "<html><body><article>" + EnBody() + "</article></body></html>";
  EXPECT_EQ(Extract(html).published, "");
}

TEST(ArticleFromText, SplitsOnBlankLinesAndDropsCaptions) {
  Result<Article> r =
      ArticleFromText("First block line one\nline two\n\n[사진=연합뉴스]\n\nSecond block\n", {});
  ASSERT_TRUE(r.ok());
  EXPECT_THAT(r->paragraphs, ElementsAre("First block line one line two", "Second block"));
}

TEST(ArticleFromText, DropsCaptionsWhoseCreditStandsAtTheEnd) {
  Result<Article> r = ArticleFromText(
      "한 기업 대표가 공항을 통해 입국하고 있다. 2024.02.27[사진=홍길동 기자 hong@example.com]\n"
      "회사는 연구자에게 1억 달러를 제안했다.\n"
      "그래픽(사진=연합뉴스) 같은 설명이 들어간 짧은 줄도 캡션이다.\n",
      {});
  ASSERT_TRUE(r.ok());
  EXPECT_THAT(r->paragraphs, ElementsAre("회사는 연구자에게 1억 달러를 제안했다."));
}

TEST(ArticleFromText, SplitsOnLinesWithoutBlankLines) {
  Result<Article> r = ArticleFromText("one line\nanother line\nthird line\n", {});
  ASSERT_TRUE(r.ok());
  EXPECT_THAT(r->paragraphs, ElementsAre("one line", "another line", "third line"));
}

}  // namespace
}  // namespace hirewire::extract
