// XML sitemaps (sitemaps.org 0.9): <urlset> with <loc>/<lastmod>, <sitemapindex> with child
// <sitemap><loc>, gzip-compressed sitemaps (detected by magic bytes), plain-text sitemaps (one
// URL per line), and Google News sitemaps (xmlns:news, <news:publication_date>, <news:title>).
// Also DetectKind(): what a fetched body is, so a --seed URL of any kind works.
//
// Lenient like fetch/feeds.h (tolerant XML tokenizer, damage -> warnings); linear time; every
// input capped. All functions are pure, reentrant and thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/status.h"

namespace hirewire::fetch {

struct SitemapEntry {
  std::string url;           // absolute http(s) URL from <loc>, canonicalized (url.h)
  bool is_sitemap = false;   // a child sitemap of a <sitemapindex> (fetch and parse it too)
  std::string lastmod;       // ISO 8601 UTC from <lastmod>, or empty
  int64_t lastmod_unix = 0;  // 0 when unknown
  // Google News extension (empty/0 when absent):
  std::string news_title;
  std::string published;  // ISO 8601 UTC from <news:publication_date>
  int64_t published_unix = 0;

  bool operator==(const SitemapEntry&) const = default;
};

struct Sitemap {
  bool is_index = false;              // <sitemapindex>
  bool is_news = false;               // at least one entry had news: data
  std::vector<SitemapEntry> entries;  // document order
  std::vector<std::string> warnings;  // e.g. "gzip: output capped", "xml: unclosed <url>"

  bool operator==(const Sitemap&) const = default;
};

struct SitemapOptions {
  size_t max_bytes = 50u << 20;  // uncompressed size cap (sitemaps.org limit: 50 MB)
  size_t max_entries = 50000;    // sitemaps.org limit per file
  size_t max_depth = 64;         // XML nesting depth
};

// Parses a sitemap body (gzip is detected by its magic bytes and gunzipped with the
// max_bytes cap; a larger output is cut with a warning). `base_url` is the sitemap's own URL
// (used to resolve the rare relative <loc>). Unsupported when the body is neither a sitemap
// XML document nor a text list of URLs; Corrupt when gzip data is damaged before any output.
Result<Sitemap> ParseSitemap(std::string_view body, std::string_view base_url,
                             const SitemapOptions& opts = {});

enum class ContentKind {
  kPage,  // HTML or anything else: extract it (and follow links if enabled)
  kRss,
  kAtom,
  kRdf,
  kSitemap,       // <urlset> (or a plain-text URL list served from a sitemap URL)
  kSitemapIndex,  // <sitemapindex>
  kRobots,        // robots.txt
};
std::string_view ContentKindName(ContentKind kind);  // "page", "rss", "atom", "rdf",
                                                     // "sitemap", "sitemap_index", "robots"

// Detects what a fetched body is from its Content-Type, its first bytes (BOM, XML prolog,
// comments and doctype skipped; gzip bodies sniffed after gunzipping a prefix) and, for
// robots.txt and text sitemaps, the URL path. Content-Type is a hint only: servers often send
// text/xml for feeds and text/html for sitemaps; the root element decides.
ContentKind DetectKind(std::string_view content_type, std::string_view body, std::string_view url = {});

}  // namespace hirewire::fetch
