#include "fetch/robots.h"

#include <cmath>
#include <cstdlib>

#include "corpus/text.h"
#include "fetch/url.h"

namespace hirewire::fetch {
namespace {

bool IsHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
int HexVal(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}
bool IsTokenChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

enum class Key { kUnknown, kUserAgent, kAllow, kDisallow, kCrawlDelay, kSitemap };

Key ClassifyKey(std::string_view raw) {
  std::string k = AsciiLower(raw);
  if (k == "user-agent" || k == "useragent" || k == "user agent" || k == "user_agent") {
    return Key::kUserAgent;
  }
  if (k == "allow") return Key::kAllow;
  if (k == "disallow" || k == "disalow" || k == "dissallow" || k == "dissalow" || k == "disallaw" ||
      k == "dis-allow") {
    return Key::kDisallow;
  }
  if (k == "crawl-delay" || k == "crawldelay" || k == "crawl delay" || k == "crawl_delay") {
    return Key::kCrawlDelay;
  }
  if (k == "sitemap" || k == "site-map") return Key::kSitemap;
  return Key::kUnknown;
}

// Splits "key: value" (or "key value" for a known key without ':').
bool SplitLine(std::string_view line, Key* key, std::string_view* value) {
  size_t colon = line.find(':');
  if (colon != std::string_view::npos) {
    *key = ClassifyKey(TrimSpace(line.substr(0, colon)));
    if (*key != Key::kUnknown) {
      *value = TrimSpace(line.substr(colon + 1));
      return true;
    }
  }
  // No colon (or an unknown key before it): "disallow /x".
  size_t sp = 0;
  while (sp < line.size() && !IsAsciiSpace(line[sp])) ++sp;
  if (sp == line.size()) return false;
  Key k = ClassifyKey(line.substr(0, sp));
  if (k == Key::kUnknown) {
    // "user agent: x" has a space inside the key; handled by the colon path above.
    return false;
  }
  *key = k;
  *value = TrimSpace(line.substr(sp));
  return true;
}

std::optional<double> ParseDelay(std::string_view v) {
  std::string s(v);
  if (s.empty()) return std::nullopt;
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || c == '.')) return std::nullopt;
  }
  char* end = nullptr;
  double d = std::strtod(s.c_str(), &end);
  if (end == s.c_str() || !std::isfinite(d) || d < 0) return std::nullopt;
  return d;
}

// Strips scheme and authority from a full URL, and any fragment.
std::string_view PathPart(std::string_view in, std::string* storage) {
  if (in.size() > 8 && (in.substr(0, 7) == "http://" || in.substr(0, 8) == "https://")) {
    Result<Url> u = ParseUrl(in);
    if (u.ok()) {
      *storage = u->PathAndQuery();
      return *storage;
    }
  }
  size_t hash = in.find('#');
  if (hash != std::string_view::npos) in = in.substr(0, hash);
  return in;
}

bool IsRobotsTxtPath(std::string_view p) {
  constexpr std::string_view kPath = "/robots.txt";
  return p.substr(0, kPath.size()) == kPath && (p.size() == kPath.size() || p[kPath.size()] == '?');
}

}  // namespace

namespace {

bool IsUnreserved(unsigned char v) {
  return (v >= 'a' && v <= 'z') || (v >= 'A' && v <= 'Z') || (v >= '0' && v <= '9') || v == '-' || v == '.' ||
         v == '_' || v == '~';
}

// Reserved characters that mean the same written or escaped inside a query (RFC 3986 section
// 3.4 allows them there; they delimit nothing): RFC 9309 section 2.2.2 matches
// "?baz=https://foo.bar" against "?baz=https%3A%2F%2Ffoo.bar".
bool IsQueryLiteral(unsigned char v) { return v == ':' || v == '/' || v == '?' || v == '@'; }

// One canonical form for both sides. In it a raw '*' is always a wildcard and a raw '$' always
// the end anchor, so a literal '*' or '$' (in a URL, or written %2A / %24 in a rule, RFC 9309
// section 2.2.3) is kept as %2A / %24.
std::string Normalize(std::string_view s, bool pattern) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size());
  bool in_query = false;
  auto escape = [&](unsigned char c) {
    out.push_back('%');
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 15]);
  };
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '%') {
      if (i + 2 < s.size() && IsHex(s[i + 1]) && IsHex(s[i + 2])) {
        unsigned char v = static_cast<unsigned char>(HexVal(s[i + 1]) * 16 + HexVal(s[i + 2]));
        if (IsUnreserved(v) || (in_query && IsQueryLiteral(v))) {
          out.push_back(static_cast<char>(v));
        } else {
          escape(v);
        }
        i += 2;
      } else {
        out += "%25";
      }
    } else if (c <= 0x20 || c >= 0x7F) {
      escape(c);
    } else if (c == '*' && !pattern) {
      escape(c);
    } else if (c == '$' && !(pattern && i + 1 == s.size())) {
      escape(c);
    } else {
      if (c == '?') in_query = true;
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

}  // namespace

std::string RobotsNormalizePath(std::string_view path) { return Normalize(path, false); }

std::string RobotsNormalizePattern(std::string_view pattern) { return Normalize(pattern, true); }

bool RobotsPatternMatches(std::string_view pattern, std::string_view path) {
  bool anchored = !pattern.empty() && pattern.back() == '$';
  if (anchored) pattern.remove_suffix(1);
  // Iterative wildcard match with single-star backtracking: the last '*' seen absorbs more
  // characters on a mismatch. Without '$' the pattern only has to match a prefix.
  size_t p = 0, s = 0;
  size_t star = std::string_view::npos, star_s = 0;
  while (true) {
    if (p == pattern.size()) {
      if (!anchored || s == path.size()) return true;
      // Anchored and path left over: let the last star absorb more.
      if (star == std::string_view::npos) return false;
      p = star + 1;
      s = ++star_s;
      if (s > path.size()) return false;
      continue;
    }
    if (pattern[p] == '*') {
      star = p++;
      star_s = s;
      continue;
    }
    if (s < path.size() && pattern[p] == path[s]) {
      ++p;
      ++s;
      continue;
    }
    if (star == std::string_view::npos || star_s >= path.size()) return false;
    p = star + 1;
    s = ++star_s;
  }
}

RobotsRules::RobotsRules() = default;

RobotsRules RobotsRules::AllowAll() { return RobotsRules(); }

RobotsRules RobotsRules::DisallowAll() {
  RobotsRules r;
  r.source_ = Source::kDisallowAll;
  r.disallow_all_ = true;
  return r;
}

RobotsRules RobotsRules::FromFetch(int http_status, std::string_view body, bool network_error) {
  if (!network_error) {
    if (http_status >= 200 && http_status < 300) return Parse(body);
    if (http_status == 429) {
      // falls through to unreachable
    } else if (http_status >= 300 && http_status < 500) {
      // 4xx: "unavailable" -> allow all. 3xx left over means the redirect limit was hit,
      // which RFC 9309 section 2.3.1.2 also treats as unavailable.
      return AllowAll();
    }
  }
  RobotsRules r;
  r.source_ = Source::kUnreachable;
  r.disallow_all_ = true;
  return r;
}

std::string RobotsRules::ProductToken(std::string_view user_agent) {
  user_agent = TrimSpace(user_agent);
  if (!user_agent.empty() && user_agent[0] == '*' &&
      (user_agent.size() == 1 || !IsTokenChar(user_agent[1]))) {
    return "*";
  }
  std::string out;
  for (char c : user_agent) {
    if (!IsTokenChar(c)) break;
    out.push_back(AsciiLower(c));
  }
  return out;
}

RobotsRules RobotsRules::Parse(std::string_view body) {
  RobotsRules r;
  r.source_ = Source::kParsed;
  if (body.size() > kRobotsMaxBytes) {
    r.truncated_ = true;
    std::string_view head = body.substr(0, kRobotsMaxBytes);
    size_t cut = head.find_last_of("\r\n");
    body = cut == std::string_view::npos ? head : head.substr(0, cut);
  }
  body = SkipUtf8Bom(body);

  bool in_agents = false;  // the last significant line was a user-agent line
  bool have_group = false;
  size_t pos = 0;
  while (pos < body.size()) {
    size_t end = pos;
    while (end < body.size() && body[end] != '\n' && body[end] != '\r') ++end;
    std::string_view line = body.substr(pos, end - pos);
    pos = end;
    if (pos < body.size() && body[pos] == '\r') {
      ++pos;
      if (pos < body.size() && body[pos] == '\n') ++pos;
    } else if (pos < body.size() && body[pos] == '\n') {
      ++pos;
    }

    size_t hash = line.find('#');
    if (hash != std::string_view::npos) line = line.substr(0, hash);
    line = TrimSpace(line);
    if (line.empty()) continue;
    Key key;
    std::string_view value;
    if (!SplitLine(line, &key, &value)) continue;
    switch (key) {
      case Key::kUserAgent: {
        std::string token = ProductToken(value);
        if (!in_agents) {
          r.groups_.emplace_back();
          have_group = true;
          in_agents = true;
        }
        if (!token.empty()) r.groups_.back().agents.push_back(std::move(token));
        break;
      }
      case Key::kAllow:
      case Key::kDisallow: {
        in_agents = false;
        if (!have_group || value.empty()) break;
        // A value with internal whitespace keeps only its first word ("/a /b" -> "/a").
        size_t sp = 0;
        while (sp < value.size() && !IsAsciiSpace(value[sp])) ++sp;
        value = value.substr(0, sp);
        Rule rule;
        rule.allow = key == Key::kAllow;
        rule.pattern = RobotsNormalizePattern(value);
        if (rule.pattern[0] != '/' && rule.pattern[0] != '*') rule.pattern.insert(0, 1, '/');
        r.groups_.back().rules.push_back(std::move(rule));
        break;
      }
      case Key::kCrawlDelay: {
        in_agents = false;
        if (!have_group) break;
        std::optional<double> d = ParseDelay(value);
        if (d && !r.groups_.back().crawl_delay) r.groups_.back().crawl_delay = d;
        break;
      }
      case Key::kSitemap: {
        // Global; does not end a group's user-agent list.
        Result<Url> u = ParseUrl(value);
        if (!u.ok() || !IsHttpUrl(*u)) break;
        std::string s = u->ToString();
        bool dup = false;
        for (const std::string& e : r.sitemaps_) dup = dup || e == s;
        if (!dup) r.sitemaps_.push_back(std::move(s));
        break;
      }
      case Key::kUnknown: break;
    }
  }
  return r;
}

std::string RobotsRules::EffectiveAgent(std::string_view user_agent) const {
  std::string token = ProductToken(user_agent);
  if (!token.empty() && token != "*") {
    for (const Group& g : groups_) {
      for (const std::string& a : g.agents) {
        if (a == token) return token;
      }
    }
  }
  return "*";
}

bool RobotsRules::IsAllowed(std::string_view user_agent, std::string_view path_and_query) const {
  std::string storage;
  std::string_view raw = PathPart(path_and_query, &storage);
  std::string path = RobotsNormalizePath(raw);
  if (path.empty() || (path[0] != '/')) path.insert(0, 1, '/');
  if (IsRobotsTxtPath(path)) return true;
  if (disallow_all_) return false;

  const std::string want = EffectiveAgent(user_agent);
  size_t best_len = 0;
  bool matched = false;
  bool allowed = true;
  for (const Group& g : groups_) {
    bool applies = false;
    for (const std::string& a : g.agents) applies = applies || a == want;
    if (!applies) continue;
    for (const Rule& rule : g.rules) {
      if (!RobotsPatternMatches(rule.pattern, path)) continue;
      size_t len = rule.pattern.size();
      if (!matched || len > best_len || (len == best_len && rule.allow && !allowed)) {
        matched = true;
        best_len = len;
        allowed = rule.allow;
      }
    }
  }
  return allowed;
}

std::optional<double> RobotsRules::CrawlDelay(std::string_view user_agent) const {
  const std::string want = EffectiveAgent(user_agent);
  for (const Group& g : groups_) {
    bool applies = false;
    for (const std::string& a : g.agents) applies = applies || a == want;
    if (applies && g.crawl_delay) return g.crawl_delay;
  }
  return std::nullopt;
}

}  // namespace hirewire::fetch
