// URL parsing, resolution and normalization for the crawler (RFC 3986 with the usual WHATWG
// leniencies: backslashes in paths, surrounding whitespace, tabs/newlines removed).
//
// Normalization (always applied by ParseUrl / ResolveUrl, because it never changes which
// resource is meant):
//   - scheme and host lowercased; IDN hosts converted to punycode (UTS #46 via ICU); a trailing
//     dot on the host removed;
//   - default ports removed (http 80, https 443);
//   - dot segments removed ("/a/./b/../c" -> "/a/c"); an empty path becomes "/";
//   - percent-encoding: hex digits uppercased, escapes of unreserved characters decoded
//     ("%7e" -> "~", "%41" -> "A"), bytes that must be escaped (spaces, controls, non-ASCII)
//     escaped as UTF-8 "%XX".
// Further normalization (NormalizeUrl, configurable, for dedup keys and the frontier):
//   - fragment removed;
//   - tracking parameters removed (utm_*, fbclid, gclid, ...); the order of the other query
//     parameters is kept; an empty query ("?") dropped.
//
// All functions are pure, reentrant and thread-safe. Input size is capped (kMaxUrlBytes).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/status.h"

namespace hirewire::fetch {

// Longer inputs (and URLs whose canonical form would be longer) are rejected with
// InvalidArgument.
inline constexpr size_t kMaxUrlBytes = 8192;

// A parsed absolute URL, already canonicalized as described above.
struct Url {
  std::string scheme;    // lowercase, e.g. "https"
  std::string userinfo;  // "user:pass" without '@'; usually empty
  std::string host;      // lowercase ASCII (punycode); IPv6 literal with brackets "[::1]"
  int port = -1;         // explicit non-default port, or -1
  std::string path;      // "/..." for hierarchical URLs; percent-encoding normalized
  std::string query;     // without the '?'
  bool has_query = false;
  std::string fragment;  // without the '#'
  bool has_fragment = false;

  // The port to connect to: `port`, or the scheme default (80/443), or -1 if unknown.
  int EffectivePort() const;
  // "example.com" or "example.com:8080" (non-default port only).
  std::string HostPort() const;
  // "https://example.com" or "http://example.com:8080".
  std::string Origin() const;
  // "/path?query" (what robots.txt rules are matched against; "/" at least).
  std::string PathAndQuery() const;
  // The full serialized URL.
  std::string ToString() const;

  bool operator==(const Url&) const = default;
};

struct UrlNormalizeOptions {
  bool remove_fragment = true;
  bool remove_tracking_params = true;
  // Query parameter names to drop (case-insensitive). A name ending in '*' is a prefix
  // ("utm_*"). Defaults: DefaultTrackingParams().
  std::vector<std::string> tracking_params;
  bool use_default_tracking_params = true;  // tracking_params are added to the defaults
  bool remove_empty_query = true;           // "http://a/b?" -> "http://a/b"
};

// utm_*, fbclid, gclid, dclid, gbraid, wbraid, msclkid, mc_cid, mc_eid, yclid, _ga, _gl,
// igshid, ...
const std::vector<std::string>& DefaultTrackingParams();

// Parses an absolute URL (any scheme with "//" authority, or a scheme-only URL such as
// "mailto:x"). InvalidArgument for relative references, bad hosts, bad ports, over-long input.
Result<Url> ParseUrl(std::string_view text);

// Parses and applies the optional normalizations; returns the serialized URL.
Result<std::string> NormalizeUrl(std::string_view text, const UrlNormalizeOptions& opts = {});

// Resolves `ref` (absolute, scheme-relative "//h/p", absolute-path, relative, query-only or
// fragment-only) against the absolute `base` (RFC 3986 section 5.2) and canonicalizes the
// result. Fragment and tracking parameters are kept; call NormalizeUrl for those.
Result<Url> ResolveUrlParsed(const Url& base, std::string_view ref);
Result<std::string> ResolveUrl(std::string_view base, std::string_view ref);

// True for http and https URLs with a host (the only schemes the crawler fetches).
bool IsHttpUrl(const Url& url);
bool IsHttpUrl(std::string_view text);

// The registrable domain ("eTLD+1") of a host per the Public Suffix List, e.g.
// "news.bbc.co.uk" -> "bbc.co.uk", "www.chosun.com" -> "chosun.com". IP literals and hosts
// that are themselves public suffixes are returned unchanged. Input must be lowercase ASCII.
std::string RegistrableDomain(std::string_view host);

// True when both URLs parse and have the same registrable domain (scheme and port ignored).
bool SameSite(std::string_view a, std::string_view b);

// Percent-decodes %XX escapes (invalid escapes are kept literally). Helper for robots/feeds.
std::string PercentDecode(std::string_view s);

}  // namespace hirewire::fetch
