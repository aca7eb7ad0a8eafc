#include "fetch/url.h"

#include <libpsl.h>
#include <unicode/uidna.h>

#include <algorithm>
#include <cstdint>

#include "corpus/text.h"

namespace hirewire::fetch {
namespace {

bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsHex(char c) { return IsAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
int HexVal(char c) {
  if (IsAsciiDigit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}
bool IsUnreserved(unsigned char c) {
  return IsAlpha(static_cast<char>(c)) || IsAsciiDigit(static_cast<char>(c)) || c == '-' || c == '.' ||
         c == '_' || c == '~';
}

constexpr char kHexDigits[] = "0123456789ABCDEF";

void AppendEscaped(std::string& out, unsigned char c) {
  out.push_back('%');
  out.push_back(kHexDigits[c >> 4]);
  out.push_back(kHexDigits[c & 15]);
}

// Which characters are escaped when they appear literally.
enum class Part { kPath, kQuery, kFragment, kUserinfo };

bool MustEscape(unsigned char c, Part part) {
  if (c <= 0x20 || c >= 0x7F) return true;
  switch (c) {
    case '"':
    case '<':
    case '>':
    case '`': return true;
    case '{':
    case '}': return part != Part::kQuery;
    case '#': return true;
    case '?': return part == Part::kPath || part == Part::kUserinfo;
    default: return false;
  }
}

// Percent-encoding normalization: escapes of unreserved characters decoded, other escapes
// uppercased, a stray '%' escaped as "%25", bytes that must not appear literally escaped.
std::string NormalizePercent(std::string_view s, Part part) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '%') {
      if (i + 2 < s.size() && IsHex(s[i + 1]) && IsHex(s[i + 2])) {
        unsigned char v = static_cast<unsigned char>(HexVal(s[i + 1]) * 16 + HexVal(s[i + 2]));
        if (IsUnreserved(v)) {
          out.push_back(static_cast<char>(v));
        } else {
          AppendEscaped(out, v);
        }
        i += 2;
      } else {
        out += "%25";
      }
      continue;
    }
    if (MustEscape(c, part)) {
      AppendEscaped(out, c);
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

// RFC 3986 section 5.2.4, on a path that starts with '/'.
std::string RemoveDotSegments(std::string_view path) {
  std::vector<std::string_view> segs;
  size_t i = 0;
  bool trailing_slash = false;
  // path begins with '/'; iterate over segments after each '/'.
  while (i < path.size()) {
    size_t start = i + 1;  // skip '/'
    size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    std::string_view seg = path.substr(start, end - start);
    bool last = end == path.size();
    if (seg == ".") {
      trailing_slash = last;
    } else if (seg == "..") {
      if (!segs.empty()) segs.pop_back();
      trailing_slash = last;
    } else {
      segs.push_back(seg);
      trailing_slash = false;
    }
    i = end;
  }
  std::string out;
  out.reserve(path.size());
  for (std::string_view seg : segs) {
    out.push_back('/');
    out.append(seg);
  }
  if (trailing_slash || out.empty()) out.push_back('/');
  return out;
}

bool IsSpecial(std::string_view scheme) {
  return scheme == "http" || scheme == "https" || scheme == "ws" || scheme == "wss" || scheme == "ftp" ||
         scheme == "file";
}

int DefaultPort(std::string_view scheme) {
  if (scheme == "http" || scheme == "ws") return 80;
  if (scheme == "https" || scheme == "wss") return 443;
  if (scheme == "ftp") return 21;
  return -1;
}

const UIDNA* Idna() {
  static const UIDNA* idna = [] {
    UErrorCode err = U_ZERO_ERROR;
    UIDNA* p =
        uidna_openUTS46(UIDNA_CHECK_BIDI | UIDNA_CHECK_CONTEXTJ | UIDNA_NONTRANSITIONAL_TO_ASCII, &err);
    return U_FAILURE(err) ? nullptr : p;
  }();
  return idna;
}

Result<std::string> CanonicalHost(std::string_view raw) {
  if (raw.empty()) return Status::InvalidArgument("url: empty host");
  if (raw.front() == '[') {
    if (raw.back() != ']' || raw.size() < 3) return Status::InvalidArgument("url: bad IPv6 host");
    for (char c : raw.substr(1, raw.size() - 2)) {
      if (!IsHex(c) && c != ':' && c != '.') return Status::InvalidArgument("url: bad IPv6 host");
    }
    return AsciiLower(raw);
  }
  std::string host = PercentDecode(raw);
  bool ascii = true;
  for (unsigned char c : host) {
    if (c >= 0x80) ascii = false;
  }
  std::string lower = AsciiLower(host);
  bool needs_idna = !ascii || lower.find("xn--") != std::string::npos;
  if (needs_idna) {
    const UIDNA* idna = Idna();
    if (idna == nullptr) return Status::Internal("url: ICU IDNA unavailable");
    char buf[512];
    UErrorCode err = U_ZERO_ERROR;
    UIDNAInfo info = UIDNA_INFO_INITIALIZER;
    int32_t n = uidna_nameToASCII_UTF8(idna, host.data(), static_cast<int32_t>(host.size()), buf, sizeof(buf),
                                       &info, &err);
    // Tolerate empty labels (trailing dot) and label-length errors as browsers do; reject
    // real IDNA errors (disallowed code points, bad punycode, bidi).
    uint32_t bad = info.errors &
                   ~(UIDNA_ERROR_EMPTY_LABEL | UIDNA_ERROR_LABEL_TOO_LONG | UIDNA_ERROR_DOMAIN_NAME_TOO_LONG |
                     UIDNA_ERROR_LEADING_HYPHEN | UIDNA_ERROR_TRAILING_HYPHEN | UIDNA_ERROR_HYPHEN_3_4);
    if (U_FAILURE(err) || bad != 0 || n <= 0 || n >= static_cast<int32_t>(sizeof(buf))) {
      return Status::InvalidArgument("url: invalid internationalized host");
    }
    lower.assign(buf, static_cast<size_t>(n));
    lower = AsciiLower(lower);
  }
  while (!lower.empty() && lower.back() == '.') lower.pop_back();
  if (lower.empty()) return Status::InvalidArgument("url: empty host");
  for (unsigned char c : lower) {
    if (c <= 0x20 || c >= 0x7F) return Status::InvalidArgument("url: bad character in host");
    switch (c) {
      case '#':
      case '%':
      case '/':
      case ':':
      case '<':
      case '>':
      case '?':
      case '@':
      case '[':
      case '\\':
      case ']':
      case '^':
      case '|':
      case '"':
      case '{':
      case '}': return Status::InvalidArgument("url: bad character in host");
      default: break;
    }
  }
  return lower;
}

// Removes leading/trailing C0 controls and spaces, and every tab, CR and LF.
std::string CleanInput(std::string_view text) {
  size_t b = 0, e = text.size();
  while (b < e && static_cast<unsigned char>(text[b]) <= 0x20) ++b;
  while (e > b && static_cast<unsigned char>(text[e - 1]) <= 0x20) --e;
  std::string out;
  out.reserve(e - b);
  for (size_t i = b; i < e; ++i) {
    char c = text[i];
    if (c == '\t' || c == '\r' || c == '\n') continue;
    out.push_back(c);
  }
  return out;
}

// Length of a valid scheme followed by ':' at the start of s, or 0.
size_t SchemeLength(std::string_view s) {
  if (s.empty() || !IsAlpha(s[0])) return 0;
  for (size_t i = 1; i < s.size(); ++i) {
    char c = s[i];
    if (c == ':') return i;
    if (!IsAlpha(c) && !IsAsciiDigit(c) && c != '+' && c != '-' && c != '.') return 0;
  }
  return 0;
}

bool MatchesTracking(std::string_view name_lower, const std::vector<std::string>& list) {
  for (const std::string& p : list) {
    if (!p.empty() && p.back() == '*') {
      std::string_view prefix(p.data(), p.size() - 1);
      if (name_lower.size() >= prefix.size() &&
          std::equal(prefix.begin(), prefix.end(), name_lower.begin(),
                     [](char a, char b) { return AsciiLower(a) == b; })) {
        return true;
      }
    } else if (p.size() == name_lower.size() &&
               std::equal(p.begin(), p.end(), name_lower.begin(),
                          [](char a, char b) { return AsciiLower(a) == b; })) {
      return true;
    }
  }
  return false;
}

}  // namespace

int Url::EffectivePort() const { return port >= 0 ? port : DefaultPort(scheme); }

std::string Url::HostPort() const {
  std::string out = host;
  if (port >= 0) out += ":" + std::to_string(port);
  return out;
}

std::string Url::Origin() const { return scheme + "://" + HostPort(); }

std::string Url::PathAndQuery() const {
  std::string out = path.empty() ? "/" : path;
  if (has_query) {
    out.push_back('?');
    out += query;
  }
  return out;
}

std::string Url::ToString() const {
  std::string out = scheme;
  out.push_back(':');
  if (!host.empty() || IsSpecial(scheme)) {
    out += "//";
    if (!userinfo.empty()) {
      out += userinfo;
      out.push_back('@');
    }
    out += HostPort();
  } else if (path.size() >= 2 && path[0] == '/' && path[1] == '/') {
    out += "/.";  // keeps "//x" a path, not an authority, when serialized and re-parsed
  }
  out += path;
  if (has_query) {
    out.push_back('?');
    out += query;
  }
  if (has_fragment) {
    out.push_back('#');
    out += fragment;
  }
  return out;
}

const std::vector<std::string>& DefaultTrackingParams() {
  static const std::vector<std::string> kParams = {
      "utm_*",   "fbclid", "gclid",       "gclsrc",     "dclid",   "gbraid",     "wbraid",
      "msclkid", "mc_cid", "mc_eid",      "yclid",      "_ga",     "_gl",        "igshid",
      "twclid",  "ttclid", "li_fat_id",   "mkt_tok",    "_hsenc",  "_hsmi",      "__hstc",
      "__hssc",  "__hsfp", "oly_anon_id", "oly_enc_id", "vero_id", "rb_clickid", "s_cid",
      "ncid",    "cmpid",  "wt_mc",       "spm",        "scid",    "srsltid"};
  return kParams;
}

Result<Url> ParseUrl(std::string_view text) {
  if (text.size() > kMaxUrlBytes) return Status::InvalidArgument("url: too long");
  std::string s = CleanInput(text);
  size_t scheme_len = SchemeLength(s);
  if (scheme_len == 0) return Status::InvalidArgument("url: not absolute (no scheme)");
  Url url;
  url.scheme = AsciiLower(std::string_view(s).substr(0, scheme_len));
  std::string_view rest = std::string_view(s).substr(scheme_len + 1);
  bool special = IsSpecial(url.scheme);

  // Fragment and query split off first.
  size_t hash = rest.find('#');
  if (hash != std::string_view::npos) {
    url.has_fragment = true;
    url.fragment = NormalizePercent(rest.substr(hash + 1), Part::kFragment);
    rest = rest.substr(0, hash);
  }

  auto is_slash = [&](char c) { return c == '/' || (special && c == '\\'); };
  bool has_authority = false;
  if (special) {
    size_t n = 0;
    while (n < rest.size() && is_slash(rest[n])) ++n;
    if (url.scheme != "file" || n >= 2) {
      has_authority = true;
      rest = rest.substr(n);
    }
  } else if (rest.size() >= 2 && rest[0] == '/' && rest[1] == '/') {
    has_authority = true;
    rest = rest.substr(2);
  }

  if (has_authority) {
    size_t end = 0;
    while (end < rest.size() && !is_slash(rest[end]) && rest[end] != '?') ++end;
    std::string_view authority = rest.substr(0, end);
    rest = rest.substr(end);
    size_t at = authority.rfind('@');
    if (at != std::string_view::npos) {
      url.userinfo = NormalizePercent(authority.substr(0, at), Part::kUserinfo);
      authority = authority.substr(at + 1);
    }
    std::string_view host = authority;
    std::string_view port;
    size_t colon = std::string_view::npos;
    if (!authority.empty() && authority[0] == '[') {
      size_t close = authority.find(']');
      if (close == std::string_view::npos) return Status::InvalidArgument("url: bad IPv6 host");
      host = authority.substr(0, close + 1);
      if (close + 1 < authority.size()) {
        if (authority[close + 1] != ':') return Status::InvalidArgument("url: bad authority");
        colon = close + 1;
      }
    } else {
      colon = authority.rfind(':');
      if (colon != std::string_view::npos) host = authority.substr(0, colon);
    }
    if (colon != std::string_view::npos) port = authority.substr(colon + 1);
    if (!port.empty()) {
      if (port.size() > 5) return Status::InvalidArgument("url: bad port");
      int p = 0;
      for (char c : port) {
        if (!IsAsciiDigit(c)) return Status::InvalidArgument("url: bad port");
        p = p * 10 + (c - '0');
      }
      if (p > 65535) return Status::InvalidArgument("url: bad port");
      if (p != DefaultPort(url.scheme)) url.port = p;
    }
    if (host.empty()) {
      if (special && url.scheme != "file") return Status::InvalidArgument("url: empty host");
    } else {
      Result<std::string> h = CanonicalHost(host);
      if (!h.ok()) return h.status();
      url.host = std::move(*h);
    }
  }

  size_t q = rest.find('?');
  std::string_view path = rest;
  if (q != std::string_view::npos) {
    url.has_query = true;
    url.query = NormalizePercent(rest.substr(q + 1), Part::kQuery);
    path = rest.substr(0, q);
  }
  if (has_authority || (!path.empty() && path[0] == '/')) {
    std::string p(path);
    if (special) std::replace(p.begin(), p.end(), '\\', '/');
    if (p.empty() || p[0] != '/') p.insert(p.begin(), '/');
    url.path = RemoveDotSegments(NormalizePercent(p, Part::kPath));
  } else {
    url.path = NormalizePercent(path, Part::kPath);  // opaque path (mailto:, urn:)
  }
  // Escaping can triple the size; keep every accepted URL re-parseable.
  if (url.ToString().size() > kMaxUrlBytes) return Status::InvalidArgument("url: too long");
  return url;
}

Result<std::string> NormalizeUrl(std::string_view text, const UrlNormalizeOptions& opts) {
  Result<Url> parsed = ParseUrl(text);
  if (!parsed.ok()) return parsed.status();
  Url& url = *parsed;
  if (opts.remove_fragment) {
    url.has_fragment = false;
    url.fragment.clear();
  }
  if (opts.remove_tracking_params && url.has_query) {
    std::vector<std::string> list = opts.tracking_params;
    if (opts.use_default_tracking_params) {
      const auto& d = DefaultTrackingParams();
      list.insert(list.end(), d.begin(), d.end());
    }
    std::string kept;
    std::string_view q = url.query;
    size_t i = 0;
    while (i <= q.size()) {
      size_t amp = q.find('&', i);
      if (amp == std::string_view::npos) amp = q.size();
      std::string_view param = q.substr(i, amp - i);
      i = amp + 1;
      if (param.empty()) continue;
      std::string_view name = param.substr(0, param.find('='));
      if (MatchesTracking(AsciiLower(PercentDecode(name)), list)) continue;
      if (!kept.empty()) kept.push_back('&');
      kept.append(param);
    }
    url.query = std::move(kept);
  }
  if (opts.remove_empty_query && url.has_query && url.query.empty()) url.has_query = false;
  return url.ToString();
}

Result<Url> ResolveUrlParsed(const Url& base, std::string_view ref_text) {
  if (ref_text.size() > kMaxUrlBytes) return Status::InvalidArgument("url: too long");
  std::string ref = CleanInput(ref_text);
  if (SchemeLength(ref) > 0) return ParseUrl(ref);
  bool special = IsSpecial(base.scheme);
  auto is_slash = [&](char c) { return c == '/' || (special && c == '\\'); };
  if (ref.size() >= 2 && is_slash(ref[0]) && is_slash(ref[1])) {
    return ParseUrl(base.scheme + ":" + ref);
  }
  bool hierarchical = !base.host.empty() || (!base.path.empty() && base.path[0] == '/');
  if (!hierarchical) {
    if (!ref.empty() && ref[0] == '#') {
      Url out = base;
      out.has_fragment = true;
      out.fragment = NormalizePercent(std::string_view(ref).substr(1), Part::kFragment);
      return out;
    }
    return Status::InvalidArgument("url: cannot resolve against a non-hierarchical base");
  }
  std::string_view r = ref;
  std::string fragment;
  bool has_fragment = false;
  size_t hash = r.find('#');
  if (hash != std::string_view::npos) {
    has_fragment = true;
    fragment = std::string(r.substr(hash + 1));
    r = r.substr(0, hash);
  }
  std::string query;
  bool has_query = false;
  size_t qm = r.find('?');
  if (qm != std::string_view::npos) {
    has_query = true;
    query = std::string(r.substr(qm + 1));
    r = r.substr(0, qm);
  }
  std::string path;
  if (r.empty()) {
    path = base.path;
    if (!has_query) {
      has_query = base.has_query;
      query = base.query;
    }
  } else if (is_slash(r[0])) {
    path = std::string(r);
  } else {
    size_t slash = base.path.rfind('/');
    path = (slash == std::string::npos ? std::string("/") : base.path.substr(0, slash + 1));
    path.append(r);
  }
  std::string s = base.scheme + "://";
  if (!base.userinfo.empty()) s += base.userinfo + "@";
  s += base.HostPort();
  if (path.empty() || !is_slash(path[0])) s.push_back('/');
  s += path;
  if (has_query) s += "?" + query;
  if (has_fragment) s += "#" + fragment;
  return ParseUrl(s);
}

Result<std::string> ResolveUrl(std::string_view base, std::string_view ref) {
  Result<Url> b = ParseUrl(base);
  if (!b.ok()) {
    // No usable base: only an absolute reference works.
    Result<Url> abs = ParseUrl(ref);
    if (!abs.ok()) return abs.status();
    return abs->ToString();
  }
  Result<Url> r = ResolveUrlParsed(*b, ref);
  if (!r.ok()) return r.status();
  return r->ToString();
}

bool IsHttpUrl(const Url& url) {
  return (url.scheme == "http" || url.scheme == "https") && !url.host.empty();
}

bool IsHttpUrl(std::string_view text) {
  Result<Url> u = ParseUrl(text);
  return u.ok() && IsHttpUrl(*u);
}

std::string RegistrableDomain(std::string_view host) {
  if (host.empty() || host.front() == '[') return std::string(host);
  bool numeric = true;
  for (char c : host) {
    if (!IsAsciiDigit(c) && c != '.') numeric = false;
  }
  if (numeric) return std::string(host);
  static const psl_ctx_t* ctx = [] {
    const psl_ctx_t* c = psl_latest(nullptr);
    return c != nullptr ? c : psl_builtin();
  }();
  std::string h(host);
  if (ctx == nullptr) return h;
  const char* reg = psl_registrable_domain(ctx, h.c_str());
  if (reg == nullptr) return h;
  return std::string(reg);
}

bool SameSite(std::string_view a, std::string_view b) {
  Result<Url> ua = ParseUrl(a);
  Result<Url> ub = ParseUrl(b);
  if (!ua.ok() || !ub.ok() || ua->host.empty()) return false;
  return RegistrableDomain(ua->host) == RegistrableDomain(ub->host);
}

std::string PercentDecode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && IsHex(s[i + 1]) && IsHex(s[i + 2])) {
      out.push_back(static_cast<char>(HexVal(s[i + 1]) * 16 + HexVal(s[i + 2])));
      i += 2;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

}  // namespace hirewire::fetch
