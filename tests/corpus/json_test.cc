#include "corpus/json.h"

#include <gtest/gtest.h>

namespace hirewire {
namespace {

Article SampleArticle() {
  Article a;
  a.source = "x.html";
  a.url = "https://example.com/a";
  a.title = "메타, 1억 달러 제안";
  a.authors = {"홍길동"};
  a.published = "2025-08-01T09:00:00+09:00";
  a.language = "ko";
  a.paragraphs = {"메타는 매트 다이크에게 1억2500만 달러(약 1756억원)를 제안했다.", "연봉이 두 배로 올랐다."};
  Amount m;
  m.surface = "1억2500만 달러";
  m.paragraph = 0;
  m.start = static_cast<int>(a.paragraphs[0].find("1억"));
  m.end = m.start + static_cast<int>(m.surface.size());
  m.currency = "USD";
  m.value = "125000000";
  m.kind = "exact";
  m.period = "none";
  m.usd = "125000000";
  m.krw = "175625000000";
  m.rate = "1405";
  m.rate_source = "article";
  a.money.push_back(m);
  a.multipliers.push_back({"두 배", 1, static_cast<int>(a.paragraphs[1].find("두 배")),
                           static_cast<int>(a.paragraphs[1].find("로")), "2"});
  Entity e;
  e.type = EntityType::kPerson;
  e.name = "매트 다이크";
  e.canonical = "Matt Deitke";
  e.mentions.push_back({0, static_cast<int>(a.paragraphs[0].find("매트")),
                        static_cast<int>(a.paragraphs[0].find("에게")), "매트 다이크"});
  e.confidence = 0.9;
  a.entities.push_back(e);
  Event ev;
  ev.type = EventType::kHire;
  ev.employer = "Meta Platforms";
  ev.candidate = "Matt Deitke";
  ev.outcome = Outcome::kJoined;
  ev.evidence.push_back({0, 0, static_cast<int>(a.paragraphs[0].size())});
  ev.evidence.push_back(
      {1, static_cast<int>(a.paragraphs[1].find("두")), static_cast<int>(a.paragraphs[1].size())});
  ev.offers.push_back({.amount = 0,
                       .currency = m.currency,
                       .value = m.value,
                       .kind = m.kind,
                       .usd = m.usd,
                       .krw = m.krw,
                       .rate = m.rate,
                       .rate_source = m.rate_source,
                       .terms = {"total"}});
  a.events.push_back(ev);
  a.duplicates_removed.push_back({3, 1, "exact", 1.0});
  return a;
}

TEST(ArticleJson, RoundTripsEveryField) {
  Article a = SampleArticle();
  Result<Article> back = ArticleFromJson(ArticleToJson(a));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(*back, a);
}

TEST(ArticleJson, WritesCodePointOffsets) {
  Article a = SampleArticle();
  std::string j = ArticleToJson(a);
  // "메타는 매트 다이크에게 " is 13 code points before "1억".
  EXPECT_NE(j.find("\"start\":13"), std::string::npos) << j;
  EXPECT_NE(j.find("\"text\":\"메타는"), std::string::npos);
}

TEST(ArticleJson, WritesNullForUnknownDate) {
  Article a;
  a.source = "-";
  std::string j = ArticleToJson(a);
  EXPECT_NE(j.find("\"published\":null"), std::string::npos) << j;
}

TEST(ArticleJson, RejectsGarbage) {
  EXPECT_FALSE(ArticleFromJson("{not json").ok());
  EXPECT_FALSE(ArticleFromJson("[1,2]").ok());
  // JSON Lines of another tool are not articles.
  EXPECT_FALSE(ArticleFromJson(R"({"id":1,"text":"hello"})").ok());
  EXPECT_TRUE(ArticleFromJson(R"({"source":"a","paragraphs":[]})").ok());
}

TEST(ArticleJson, ReplacesInvalidUtf8InsteadOfThrowing) {
  Article a;
  a.paragraphs = {std::string("ok \xff\xfe bad")};
  std::string j = ArticleToJson(a);
  EXPECT_NE(j.find("ok"), std::string::npos);
}

TEST(Offsets, ConvertBetweenBytesAndCodePoints) {
  std::string s = "a가b";  // 1 + 3 + 1 bytes
  EXPECT_EQ(ByteToCodePointOffset(s, 4), 2);
  EXPECT_EQ(CodePointToByteOffset(s, 2), 4);
  EXPECT_EQ(CodePointToByteOffset(s, 99), 5);
  EXPECT_EQ(ByteToCodePointOffset(s, -1), 0);
}

}  // namespace
}  // namespace hirewire
