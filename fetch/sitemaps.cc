#include "fetch/sitemaps.h"

#include <optional>

#include "corpus/input.h"
#include "corpus/text.h"
#include "fetch/feeds.h"
#include "fetch/url.h"
#include "fetch/xml.h"

namespace hirewire::fetch {
namespace {

constexpr std::string_view kNewsNs = "http://www.google.com/schemas/sitemap-news/0.9";

enum class Field { kNone, kLoc, kLastmod, kNewsTitle, kNewsDate };

class SitemapHandler : public XmlHandler {
 public:
  SitemapHandler(std::string_view base_url, const SitemapOptions& opts, Sitemap* out)
      : base_(base_url), opts_(opts), out_(out) {}

  void OnStart(const XmlElement& e, size_t depth) override {
    if (depth == 1) {
      if (e.local == "urlset") {
        kind_ok_ = true;
      } else if (e.local == "sitemapindex") {
        kind_ok_ = true;
        out_->is_index = true;
      }
      return;
    }
    if (!kind_ok_ || capture_depth_ != 0) return;
    if (entry_depth_ == 0) {
      if ((!out_->is_index && e.local == "url") || (out_->is_index && e.local == "sitemap")) {
        entry_depth_ = depth;
        cur_ = SitemapEntry();
        cur_.is_sitemap = out_->is_index;
      }
      return;
    }
    bool news = e.ns == kNewsNs || e.prefix == "news";
    if (depth == entry_depth_ + 1 && !news) {
      if (e.local == "loc") Capture(Field::kLoc, depth);
      if (e.local == "lastmod") Capture(Field::kLastmod, depth);
    } else if (news && depth == entry_depth_ + 2) {
      if (e.local == "publication_date") Capture(Field::kNewsDate, depth);
      if (e.local == "title") Capture(Field::kNewsTitle, depth);
    }
  }

  void OnEnd(const XmlElement& e, size_t depth) override {
    if (capture_depth_ == depth) Finish();
    if (entry_depth_ == depth) {
      entry_depth_ = 0;
      if (capture_depth_ != 0) Finish();
      Emit();
    }
  }

  void OnText(std::string_view text) override {
    if (capture_depth_ == 0 || text_.size() > 16384) return;
    text_.append(text);
  }

  bool kind_ok() const { return kind_ok_; }
  size_t dropped() const { return dropped_; }
  bool capped() const { return capped_; }

 private:
  void Capture(Field f, size_t depth) {
    field_ = f;
    capture_depth_ = depth;
    text_.clear();
  }

  void Finish() {
    std::string_view v = TrimSpace(text_);
    switch (field_) {
      case Field::kLoc:
        if (loc_.empty()) loc_ = std::string(v);
        break;
      case Field::kLastmod:
        if (auto t = ParseFeedDate(v)) {
          cur_.lastmod_unix = *t;
          cur_.lastmod = FormatIsoUtc(*t);
        }
        break;
      case Field::kNewsTitle:
        if (cur_.news_title.empty()) cur_.news_title = CollapseSpace(v);
        break;
      case Field::kNewsDate:
        if (auto t = ParseFeedDate(v)) {
          cur_.published_unix = *t;
          cur_.published = FormatIsoUtc(*t);
        }
        break;
      case Field::kNone: break;
    }
    field_ = Field::kNone;
    capture_depth_ = 0;
    text_.clear();
  }

  void Emit() {
    std::string loc = std::move(loc_);
    loc_.clear();
    Result<std::string> u = ResolveUrl(base_, loc);
    if (loc.empty() || !u.ok() || !IsHttpUrl(*u)) {
      ++dropped_;
      return;
    }
    if (out_->entries.size() >= opts_.max_entries) {
      capped_ = true;
      return;
    }
    cur_.url = *u;
    if (!cur_.news_title.empty() || cur_.published_unix != 0) out_->is_news = true;
    out_->entries.push_back(std::move(cur_));
  }

  std::string base_;
  const SitemapOptions& opts_;
  Sitemap* out_;
  bool kind_ok_ = false;
  size_t entry_depth_ = 0;
  SitemapEntry cur_;
  std::string loc_;
  Field field_ = Field::kNone;
  size_t capture_depth_ = 0;
  std::string text_;
  size_t dropped_ = 0;
  bool capped_ = false;
};

// Name of the first element after the prolog (comments, PIs, doctype, whitespace), lowercase
// local part; "" when the document does not start with markup.
std::string RootElement(std::string_view b) {
  b = SkipUtf8Bom(b);
  size_t i = 0;
  for (int guard = 0; guard < 64; ++guard) {
    while (i < b.size() && IsAsciiSpace(b[i])) ++i;
    if (i >= b.size() || b[i] != '<') return {};
    std::string_view r = b.substr(i);
    size_t end;
    if (r.substr(0, 4) == "<!--") {
      end = b.find("-->", i + 4);
      if (end == std::string_view::npos) return {};
      i = end + 3;
    } else if (r.substr(0, 2) == "<?") {
      end = b.find("?>", i + 2);
      if (end == std::string_view::npos) return {};
      i = end + 2;
    } else if (r.substr(0, 2) == "<!") {
      end = b.find('>', i + 2);
      if (end == std::string_view::npos) return {};
      i = end + 1;
    } else {
      size_t j = i + 1;
      while (j < b.size() && !IsAsciiSpace(b[j]) && b[j] != '>' && b[j] != '/') ++j;
      std::string_view name = b.substr(i + 1, j - i - 1);
      size_t colon = name.find(':');
      if (colon != std::string_view::npos) name = name.substr(colon + 1);
      return AsciiLower(name);
    }
  }
  return {};
}

// First non-empty line is an http(s) URL.
bool LooksLikeUrlList(std::string_view b) {
  b = SkipUtf8Bom(b);
  while (!b.empty()) {
    std::string_view line = TrimSpace(NextLine(b));
    if (!line.empty()) return IsHttpUrl(line);
  }
  return false;
}

bool LooksLikeRobots(std::string_view b) {
  std::string head = AsciiLower(SkipUtf8Bom(b).substr(0, 4096));
  return head.find("user-agent:") != std::string::npos || head.find("disallow:") != std::string::npos ||
         head.find("sitemap:") != std::string::npos;
}

std::string UrlPath(std::string_view url) {
  Result<Url> u = ParseUrl(url);
  return u.ok() ? AsciiLower(u->path) : std::string();
}

// Plain-text sitemap: one URL per line (`text` trimmed, not empty).
Result<Sitemap> ParseUrlList(std::string_view text, std::string_view base_url, const SitemapOptions& opts,
                             Sitemap out) {
  size_t dropped = 0;
  for (std::string_view rest = text; !rest.empty();) {
    std::string_view line = TrimSpace(NextLine(rest));
    if (line.empty()) continue;
    Result<std::string> u = ResolveUrl(base_url, line);
    if (!u.ok() || !IsHttpUrl(*u) || line.find("://") == std::string_view::npos) {
      ++dropped;
      continue;
    }
    if (out.entries.size() >= opts.max_entries) {
      out.warnings.push_back("sitemap: entries capped at " + std::to_string(opts.max_entries));
      break;
    }
    SitemapEntry e;
    e.url = *u;
    out.entries.push_back(std::move(e));
  }
  if (out.entries.empty()) return Status::Unsupported("sitemap: neither XML nor a URL list");
  if (dropped > 0) {
    out.warnings.push_back("sitemap: " + std::to_string(dropped) + " lines are not URLs");
  }
  return out;
}

}  // namespace

std::string_view ContentKindName(ContentKind kind) {
  switch (kind) {
    case ContentKind::kPage: return "page";
    case ContentKind::kRss: return "rss";
    case ContentKind::kAtom: return "atom";
    case ContentKind::kRdf: return "rdf";
    case ContentKind::kSitemap: return "sitemap";
    case ContentKind::kSitemapIndex: return "sitemap_index";
    case ContentKind::kRobots: return "robots";
  }
  return "page";
}

Result<Sitemap> ParseSitemap(std::string_view body, std::string_view base_url, const SitemapOptions& opts) {
  Sitemap out;
  std::string inflated;
  if (IsGzip(body)) {
    Result<std::string> g = Gunzip(body, opts.max_bytes);
    if (g.ok()) {
      inflated = std::move(*g);
    } else {
      inflated = GunzipPrefix(body, opts.max_bytes);
      if (g.status().code() == StatusCode::kResourceExhausted) {
        out.warnings.push_back("gzip: output capped at " + std::to_string(opts.max_bytes) + " bytes");
      } else {
        if (inflated.empty()) return Status::Corrupt("sitemap: " + g.status().message());
        out.warnings.push_back("gzip: damaged stream, using the readable part");
      }
    }
    body = inflated;
  }
  body = CutDocument(body, opts.max_bytes, "sitemap", &out.warnings);
  std::string_view trimmed = TrimSpace(SkipUtf8Bom(body));
  if (!trimmed.empty() && trimmed[0] != '<') return ParseUrlList(trimmed, base_url, opts, std::move(out));
  SitemapHandler handler(base_url, opts, &out);
  std::vector<std::string> xml_warnings;
  ParseXml(body, {.max_bytes = opts.max_bytes, .max_depth = opts.max_depth}, handler, &xml_warnings);
  if (!handler.kind_ok()) {
    return Status::Unsupported("sitemap: root element is not urlset or sitemapindex");
  }
  out.warnings.insert(out.warnings.end(), xml_warnings.begin(), xml_warnings.end());
  AddEntryWarnings("sitemap", "<loc>", handler.dropped(), handler.capped(), opts.max_entries, &out.warnings);
  return out;
}

ContentKind DetectKind(std::string_view content_type, std::string_view body, std::string_view url) {
  std::string sniff_storage;
  if (IsGzip(body)) {
    sniff_storage = GunzipPrefix(body, 64 * 1024);
    body = sniff_storage;
  }
  std::string root = RootElement(body);
  if (root == "rss" || root == "channel") return ContentKind::kRss;
  if (root == "feed") return ContentKind::kAtom;
  if (root == "rdf") return ContentKind::kRdf;
  if (root == "urlset") return ContentKind::kSitemap;
  if (root == "sitemapindex") return ContentKind::kSitemapIndex;
  if (!root.empty()) return ContentKind::kPage;
  std::string path = UrlPath(url);
  if (path == "/robots.txt") return ContentKind::kRobots;
  std::string ct = AsciiLower(TrimSpace(content_type.substr(0, content_type.find(';'))));
  bool text_like = ct.empty() || ct == "text/plain" || ct == "application/octet-stream";
  if (text_like && LooksLikeUrlList(body)) return ContentKind::kSitemap;
  if (text_like && LooksLikeRobots(body)) return ContentKind::kRobots;
  return ContentKind::kPage;
}

}  // namespace hirewire::fetch
