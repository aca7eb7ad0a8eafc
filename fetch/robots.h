// robots.txt rules per RFC 9309 (Robots Exclusion Protocol).
//
// Parsing never fails: unknown lines and garbage are ignored. What is understood:
//   - a UTF-8 BOM; CR, LF and CRLF line ends; '#' comments; whitespace around keys and values;
//   - groups: one or more "user-agent:" lines followed by rules; groups naming the same product
//     token are merged; a crawler uses the group(s) whose product token matches its own
//     (case-insensitive, exact token), else the "*" group(s), else everything is allowed;
//   - "allow:" / "disallow:" with '*' (any run of characters) and a trailing '$' (end of URL);
//     the longest matching pattern wins (length of the pattern as written, after percent-encoding
//     normalization); on a tie "allow" wins; an empty "disallow:" allows everything;
//   - percent-encoding normalization on both sides: "%xx" of unreserved characters decoded,
//     other escapes uppercased, non-ASCII bytes and spaces percent-encoded, so "/%7Ejoe" equals
//     "/~joe" and "/ä" equals "/%C3%A4"; in the query ':', '/', '?' and '@' equal their escapes
//     (RFC 9309 2.2.2: "?baz=https://foo.bar" matches "?baz=https%3A%2F%2Ffoo.bar"); "%2A" and
//     "%24" in a rule match a literal '*' and '$' (RFC 9309 2.2.3);
//   - paths are case-sensitive; user-agent tokens are not;
//   - "crawl-delay:" (non-negative number, per group) and "sitemap:" lines (global, any place);
//   - "/robots.txt" itself is always allowed;
//   - at most kRobotsMaxBytes (500 KiB) are parsed; a longer body is cut at the last line end
//     before that limit (RFC 9309 section 2.5 asks for at least 500 KiB).
// Like Google's parser, common misspellings of keys are accepted: "useragent", "user agent",
// "disalow", "dissallow", "dissalow", "disallaw", "site-map"; a missing ':' is tolerated when the
// key is followed by whitespace ("disallow /x").
//
// Thread-safety: a RobotsRules is immutable after construction; const methods may be called from
// any thread concurrently. Copying is cheap enough for caching (rules are plain strings).
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hirewire::fetch {

inline constexpr size_t kRobotsMaxBytes = 500 * 1024;

class RobotsRules {
 public:
  // Where the rules came from; tells the crawler whether to re-fetch robots.txt soon.
  enum class Source {
    kParsed,       // a 2xx body was parsed
    kAllowAll,     // AllowAll(), or robots.txt was "unavailable" (4xx): everything allowed
    kDisallowAll,  // DisallowAll()
    kUnreachable,  // 5xx, 429 or a network error: everything disallowed, retry later
  };

  // An empty rule set that allows everything (Source kAllowAll).
  RobotsRules();

  // Parses a robots.txt body (any bytes).
  static RobotsRules Parse(std::string_view body);
  static RobotsRules AllowAll();
  static RobotsRules DisallowAll();

  // Status policy (RFC 9309 section 2.3.1): 2xx -> Parse(body); 4xx except 429 (incl. 401,
  // 403, 404) -> AllowAll ("unavailable"); a 3xx left over after the caller followed 5
  // redirects -> AllowAll as well (section 2.3.1.2); 5xx, 429, other codes (0, 1xx) or
  // network_error -> disallow all with Source kUnreachable (the caller retries later and may
  // fall back to a cached copy).
  static RobotsRules FromFetch(int http_status, std::string_view body, bool network_error);

  // Whether `path_and_query` ("/a/b?c", percent-encoded as sent on the wire; a full URL is
  // also accepted and reduced to its path and query) may be fetched by the crawler whose
  // product token is `user_agent` ("hirewire"; a full User-Agent header value such as
  // "hirewire/0.1 (+https://x)" is reduced to its leading product token).
  bool IsAllowed(std::string_view user_agent, std::string_view path_and_query) const;

  // Crawl-delay in seconds of the group that applies to `user_agent`, if given there.
  std::optional<double> CrawlDelay(std::string_view user_agent) const;

  // Absolute URLs from "sitemap:" lines, in file order, duplicates removed.
  const std::vector<std::string>& Sitemaps() const { return sitemaps_; }

  Source source() const { return source_; }
  // True when the body was cut at kRobotsMaxBytes.
  bool truncated() const { return truncated_; }

  // The leading product token of a User-Agent value: letters, digits, '-' and '_'.
  static std::string ProductToken(std::string_view user_agent);

  struct Rule {
    bool allow = false;
    std::string pattern;  // normalized; starts with '/' or '*', may end with '$'
  };
  struct Group {
    std::vector<std::string> agents;  // lowercase product tokens; "*" for the default group
    std::vector<Rule> rules;
    std::optional<double> crawl_delay;
  };
  // For tests and debugging: the groups as written, in file order. Every group naming the
  // crawler's token applies (this is how same-agent groups are merged).
  const std::vector<Group>& groups() const { return groups_; }

 private:
  // The product token whose groups apply to `user_agent`: its own token when some group
  // names it, else "*" (which may match no group: then everything is allowed).
  std::string EffectiveAgent(std::string_view user_agent) const;

  Source source_ = Source::kAllowAll;
  bool disallow_all_ = false;
  bool truncated_ = false;
  std::vector<Group> groups_;
  std::vector<std::string> sitemaps_;
};

// Matches one normalized pattern against a normalized path (exposed for tests and fuzzing).
// Linear in |pattern| * |path| worst case, without recursion.
bool RobotsPatternMatches(std::string_view pattern, std::string_view path);

// The percent-encoding normalization of a URL's path and query before matching (see the top of
// this file); a literal '*' or '$' becomes %2A / %24.
std::string RobotsNormalizePath(std::string_view path);
// The same for a rule: a raw '*' stays a wildcard, a raw '$' at the end stays the anchor, and
// %2A / %24 (or a '$' elsewhere) match a literal '*' / '$' in the URL.
std::string RobotsNormalizePattern(std::string_view pattern);

}  // namespace hirewire::fetch
