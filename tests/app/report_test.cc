// app/report.h: the nightly report's HTML and JSON from a fixed input.
#include "app/report.h"

#include <gtest/gtest.h>

#include <string>

namespace hirewire::app {
namespace {

size_t Count(const std::string& s, const std::string& what) {
  size_t n = 0;
  for (size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + what.size())) ++n;
  return n;
}

ReportInput Sample() {
  ReportInput in;
  in.run_id = "20261201T020000Z";
  in.date = "2026-12-01";
  TonightEvent t;
  t.change = "new";
  t.event.type = EventType::kOffer;
  t.event.employer = "Helix <Robotics> & Co";
  t.event.candidate = "Daniel \"Dan\" Kim";
  t.event.outcome = Outcome::kOffered;
  Offer o;
  o.currency = "USD";
  o.value = o.usd = "12000000";
  o.krw = "17879425200";
  o.rate = "1489.9521";
  o.rate_source = "table:2026-04-13";
  t.event.offers.push_back(o);
  t.evidence = "Helix offered Kim $12 million.";
  t.source_url = "http://news.example/helix";
  in.tonight.push_back(t);
  TonightEvent u = t;
  u.change = "updated";
  u.event.employer = "Nimbus";
  u.source_url = "javascript:alert(1)";
  in.tonight.push_back(u);
  in.history = {{"20261130T020000Z", "2026-11-30", 2, 1},
                {"20261201T020000Z", "2026-12-01", 1, 1},
                {"20260801T020000Z", "2026-08-01", 9, 0}};  // older than 90 days: not drawn
  in.offers_by_employer["Helix <Robotics> & Co"] = {1, 1};
  in.offers_by_employer["Nimbus"] = {2, 3};
  in.crawl = {{"fetched", 12}, {"error_count", 1}, {"disallowed", 2}, {"errors", {{"http_503", 1}}}};
  in.extract = {
      {"articles", 10}, {"status_codes", {{"200", 11}, {"503", 1}}}, {"languages", {{"en", 9}, {"ko", 1}}}};
  in.store_events = 4;
  in.store_articles = 10;
  return in;
}

TEST(ReportDigits, GroupsOnlyTheIntegerPart) {
  EXPECT_EQ(GroupDigits("17879425200"), "17,879,425,200");
  EXPECT_EQ(GroupDigits("1489.9521"), "1,489.9521");
  EXPECT_EQ(GroupDigits("-1000"), "-1,000");
  EXPECT_EQ(GroupDigits("999"), "999");
  EXPECT_EQ(GroupDigits("12 million"), "12 million");  // not a plain decimal: unchanged
}

TEST(ReportHtml, OneRowPerEventWithEscapedTextAndOnlyHttpLinks) {
  std::string html = ReportHtml(Sample());
  EXPECT_EQ(Count(html, "<tr data-employer="), 2u);
  EXPECT_NE(html.find("Helix &lt;Robotics&gt; &amp; Co"), std::string::npos);
  EXPECT_EQ(html.find("<Robotics>"), std::string::npos);
  EXPECT_NE(html.find("Daniel &quot;Dan&quot; Kim"), std::string::npos);
  EXPECT_NE(html.find("href=\"http://news.example/helix\""), std::string::npos);
  EXPECT_EQ(html.find("href=\"javascript:"), std::string::npos);
  EXPECT_NE(html.find("$12,000,000"), std::string::npos);
  EXPECT_NE(html.find("₩17,879,425,200"), std::string::npos);
  EXPECT_NE(html.find("rate 1,489.9521 KRW/USD (table:2026-04-13)"), std::string::npos);
}

TEST(ReportHtml, IsSelfContained) {
  std::string html = ReportHtml(Sample());
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("src="), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_EQ(html.find("@import"), std::string::npos);
  EXPECT_NE(html.find("Content-Security-Policy"), std::string::npos);
  EXPECT_NE(html.find("@media print"), std::string::npos);
  EXPECT_NE(html.find("name=\"viewport\""), std::string::npos);
  EXPECT_EQ(Count(html, "<svg "), 2u);
}

TEST(ReportHtml, HistoryDrawsOnlyNightsInsideTheWindow) {
  std::string html = ReportHtml(Sample());
  EXPECT_NE(html.find("2026-11-30: 2 new, 1 updated"), std::string::npos);
  EXPECT_NE(html.find("2026-12-01: 1 new, 1 updated"), std::string::npos);
  EXPECT_EQ(html.find("2026-08-01:"), std::string::npos);
}

TEST(ReportJson, CarriesTonightAndHealth) {
  auto j = ReportJson(Sample());
  ASSERT_EQ(j["tonight"].size(), 2u);
  EXPECT_EQ(j["tonight"][0]["employer"], "Helix <Robotics> & Co");
  EXPECT_EQ(j["tonight"][0]["offers"][0]["krw"], "17879425200");
  EXPECT_EQ(j["tonight"][1]["change"], "updated");
  EXPECT_EQ(j["offers_by_employer"][0]["employer"], "Nimbus");  // most offers first
  EXPECT_EQ(j["crawl"]["robots_denials"], 2);
  EXPECT_EQ(j["crawl"]["status_codes"]["503"], 1);
  EXPECT_EQ(j["extraction"]["languages"]["ko"], 1);
  EXPECT_EQ(j["store"]["events"], 4);
}

TEST(IndexHtml, ListsRunsNewestFirstWithAlerts) {
  nlohmann::ordered_json a = {{"run", "20261130T020000Z"}, {"status", "ok"}, {"pages", 5}};
  nlohmann::ordered_json b = {
      {"run", "20261201T020000Z"}, {"status", "alert"}, {"alerts", {"fetched nothing"}}};
  std::string html = IndexHtml({a, b});
  size_t pa = html.find("runs/20261130T020000Z/report.html"),
         pb = html.find("runs/20261201T020000Z/report.html");
  ASSERT_NE(pa, std::string::npos);
  ASSERT_NE(pb, std::string::npos);
  EXPECT_LT(pb, pa);
  EXPECT_NE(html.find("alert: fetched nothing"), std::string::npos);
}

}  // namespace
}  // namespace hirewire::app
