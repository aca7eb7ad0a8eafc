// Throughput of the pure fetch parsers (robots.txt, feeds, sitemaps, links) in bytes/s, with a
// baseline in the same run: counting '<' / '\n' over the same bytes (a lower bound on any
// single pass). Compare the ratio, not the absolute numbers.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <string>

#include "fetch/feeds.h"
#include "fetch/robots.h"
#include "fetch/sitemaps.h"
#include "fetch/url.h"

namespace {

using namespace hirewire::fetch;

std::string MakeFeed(int items) {
  std::string s = "<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>";
  for (int i = 0; i < items; ++i) {
    s += "<item><title>Company " + std::to_string(i) +
         " hires a new CTO &amp; CFO</title><link>https://news.example.com/a/" + std::to_string(i) +
         "?utm_source=rss</link><guid>g" + std::to_string(i) +
         "</guid><pubDate>Mon, 30 Jun 2025 09:15:00 +0900</pubDate><description><![CDATA[<p>Body "
         "text of the item.</p>]]></description></item>";
  }
  return s + "</channel></rss>";
}

std::string MakeSitemap(int urls) {
  std::string s = "<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>";
  for (int i = 0; i < urls; ++i) {
    s += "<url><loc>https://www.example.com/article/" + std::to_string(i) +
         "</loc><lastmod>2025-06-30T09:00:00+09:00</lastmod></url>";
  }
  return s + "</urlset>";
}

std::string MakeRobots(int rules) {
  std::string s = "User-agent: otherbot\nDisallow: /\n\nUser-agent: *\n";
  for (int i = 0; i < rules; ++i) {
    s += "Disallow: /private" + std::to_string(i) + "/*.php$\nAllow: /pub" + std::to_string(i) + "\n";
  }
  return s + "Crawl-delay: 1\nSitemap: https://www.example.com/sitemap.xml\n";
}

void BM_BaselineCount(benchmark::State& state) {
  std::string doc = MakeFeed(1000);
  for (auto _ : state) {
    benchmark::DoNotOptimize(std::count(doc.begin(), doc.end(), '<'));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * doc.size()));
}
BENCHMARK(BM_BaselineCount);

void BM_ParseFeed(benchmark::State& state) {
  std::string doc = MakeFeed(1000);
  for (auto _ : state) {
    auto feed = ParseFeed(doc, "https://news.example.com/rss");
    benchmark::DoNotOptimize(feed);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * doc.size()));
}
BENCHMARK(BM_ParseFeed);

void BM_ParseSitemap(benchmark::State& state) {
  std::string doc = MakeSitemap(5000);
  for (auto _ : state) {
    auto sm = ParseSitemap(doc, "https://www.example.com/sitemap.xml");
    benchmark::DoNotOptimize(sm);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * doc.size()));
}
BENCHMARK(BM_ParseSitemap);

void BM_ParseRobots(benchmark::State& state) {
  std::string doc = MakeRobots(2000);
  for (auto _ : state) {
    RobotsRules r = RobotsRules::Parse(doc);
    benchmark::DoNotOptimize(r);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * doc.size()));
}
BENCHMARK(BM_ParseRobots);

// One IsAllowed decision against 4,000 rules (an unusually large robots.txt).
void BM_RobotsIsAllowed(benchmark::State& state) {
  RobotsRules r = RobotsRules::Parse(MakeRobots(2000));
  for (auto _ : state) {
    benchmark::DoNotOptimize(r.IsAllowed("hirewire/0.1", "/private77/sub/index.php?x=1"));
  }
}
BENCHMARK(BM_RobotsIsAllowed);

void BM_NormalizeUrl(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        NormalizeUrl("HTTPS://News.Example.COM:443/a/./b/../c/%7Euser?utm_source=x&id=5#top"));
  }
}
BENCHMARK(BM_NormalizeUrl);

}  // namespace
