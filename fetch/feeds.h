// Discovery from feeds and HTML: RSS 2.0 (and 0.9x), Atom 1.0 (and 0.3), RDF/RSS 1.0 feeds;
// feed autodiscovery (<link rel="alternate" type="application/rss+xml|atom+xml|rdf+xml">);
// link extraction for same-site following (<a href>, <link rel=canonical>, <base href>).
//
// Parsing is lenient (feeds in the wild are often not well-formed XML): the tolerant tokenizer
// in fetch/xml.h is used, unknown HTML entities are kept, and entries found before damage are
// returned (with a warning). Linear time; inputs and outputs are capped by the options.
// URLs are resolved against the base URL and canonicalized (fetch/url.h ResolveUrl: fragment
// and tracking parameters kept; call NormalizeUrl for dedup keys). Only http(s) URLs are output.
//
// All functions are pure, reentrant and thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/status.h"

namespace hirewire::fetch {

struct FeedEntry {
  std::string url;             // absolute http(s) URL of the item (link, else guid if it is a URL)
  std::string title;           // plain text (entities decoded, tags stripped, whitespace collapsed)
  std::string published;       // ISO 8601 UTC "2024-05-01T09:30:00Z", or empty when unknown
  int64_t published_unix = 0;  // seconds since the epoch; 0 when unknown
  std::string guid;            // <guid>, <id> (Atom) or rdf:about; may be empty

  bool operator==(const FeedEntry&) const = default;
};

enum class FeedFormat { kUnknown, kRss, kAtom, kRdf };
std::string_view FeedFormatName(FeedFormat format);  // "unknown" | "rss" | "atom" | "rdf"

struct Feed {
  FeedFormat format = FeedFormat::kUnknown;
  std::string title;                  // channel / feed title
  std::string link;                   // channel / feed home page, absolute, may be empty
  std::vector<FeedEntry> entries;     // in document order
  std::vector<std::string> warnings;  // e.g. "xml: unclosed <item>", "entries capped at N"

  bool operator==(const Feed&) const = default;
};

struct FeedOptions {
  size_t max_bytes = 16u << 20;  // larger bodies: only the first max_bytes are read (warning)
  size_t max_entries = 10000;    // further entries are dropped (warning)
  size_t max_depth = 256;        // XML nesting depth
};

// Parses a feed. Unsupported when the body is not a recognisable RSS/Atom/RDF document;
// otherwise returns what could be read, with warnings for damage. `base_url` (the feed's own
// URL) resolves relative links; xml:base is honoured for Atom.
Result<Feed> ParseFeed(std::string_view body, std::string_view base_url, const FeedOptions& opts = {});

// Dates found in feeds and sitemaps: RFC 822/1123/2822 ("Tue, 10 Jun 2003 04:00:00 GMT",
// two-digit years, zone names and numeric offsets, missing weekday or seconds), ISO 8601 /
// RFC 3339 / W3C-DTF ("2003-06-10", "2003-06-10T04:00Z", "2003-06-10T04:00:00.5+09:00").
// Returns seconds since the epoch (UTC), or nullopt when the text is not a valid date.
std::optional<int64_t> ParseFeedDate(std::string_view text);
// "2003-06-10T04:00:00Z".
std::string FormatIsoUtc(int64_t unix_seconds);

// Feed URLs announced in an HTML page's <head> (and body) by
// <link rel="alternate" type="application/rss+xml|application/atom+xml|application/rdf+xml"
// href="..."> (also the x- variants), resolved against `base_url` (and <base href>), in document
// order, duplicates removed. At most 100.
std::vector<std::string> DiscoverFeeds(std::string_view html, std::string_view base_url);

struct LinkOptions {
  size_t max_bytes = 8u << 20;  // only the first max_bytes of the HTML are scanned
  size_t max_links = 5000;
  bool skip_nofollow = false;  // drop <a rel="nofollow"> links
};

struct PageLinks {
  std::vector<std::string> links;  // <a href> targets, absolute http(s), fragment removed,
                                   // deduplicated, document order
  std::string canonical;           // <link rel="canonical" href> resolved; empty if none
  std::vector<std::string> feeds;  // same as DiscoverFeeds()

  bool operator==(const PageLinks&) const = default;
};

// Scans HTML tags (a simple tag scanner, not a full HTML parser: comments, <script>, <style>
// and <template> contents are skipped). Never fails.
PageLinks ExtractLinks(std::string_view html, std::string_view base_url, const LinkOptions& opts = {});

}  // namespace hirewire::fetch
