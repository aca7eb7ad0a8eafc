// Fuzz target for fetch/feeds.h, fetch/sitemaps.h and fetch/xml.h. Input: any bytes, read as
// a feed, a sitemap (gzip too), HTML for links, and a date. Inputs above 4 MiB are ignored.
// Invariants: no crash; every URL returned is an http(s) URL; caps are respected.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "fetch/feeds.h"
#include "fetch/sitemaps.h"
#include "fetch/url.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (4u << 20)) return 0;
  std::string_view body(reinterpret_cast<const char*>(data), size);
  namespace f = hirewire::fetch;
  f::FeedOptions fo;
  fo.max_entries = 1000;
  hirewire::Result<f::Feed> feed = f::ParseFeed(body, "https://example.com/feed/", fo);
  if (feed.ok()) {
    if (feed->entries.size() > fo.max_entries) std::abort();
    for (const f::FeedEntry& e : feed->entries) {
      if (!f::IsHttpUrl(e.url)) std::abort();
    }
  }
  f::SitemapOptions so;
  so.max_bytes = 8u << 20;
  so.max_entries = 1000;
  hirewire::Result<f::Sitemap> sm = f::ParseSitemap(body, "https://example.com/sitemap.xml", so);
  if (sm.ok()) {
    if (sm->entries.size() > so.max_entries) std::abort();
    for (const f::SitemapEntry& e : sm->entries) {
      if (!f::IsHttpUrl(e.url)) std::abort();
    }
  }
  (void)f::DetectKind("text/xml", body, "https://example.com/robots.txt");
  f::PageLinks links = f::ExtractLinks(body, "https://example.com/a/");
  for (const std::string& u : links.links) {
    if (!f::IsHttpUrl(u)) std::abort();
  }
  if (!links.canonical.empty() && !f::IsHttpUrl(links.canonical)) std::abort();
  std::optional<int64_t> t = f::ParseFeedDate(body.substr(0, 120));
  if (t) {
    // Formatting and re-parsing a date is the identity.
    std::optional<int64_t> back = f::ParseFeedDate(f::FormatIsoUtc(*t));
    if (!back || *back != *t) std::abort();
  }
  return 0;
}
