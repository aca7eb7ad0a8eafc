#include "extract/metadata.h"

#include <re2/re2.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <utility>

#include "corpus/text.h"
#include "corpus/tsv.h"
#include "extract/content.h"

namespace hirewire::extract::metadata {
namespace {

using html::Dom;
using html::Node;
using html::Tag;
using nlohmann::json;

bool IsArticleType(const json& t) {
  static constexpr std::string_view kTypes[] = {"NewsArticle",
                                                "Article",
                                                "ReportageNewsArticle",
                                                "AnalysisNewsArticle",
                                                "OpinionNewsArticle",
                                                "BackgroundNewsArticle",
                                                "ReviewNewsArticle",
                                                "BlogPosting",
                                                "LiveBlogPosting",
                                                "Report",
                                                "ScholarlyArticle",
                                                "SocialMediaPosting",
                                                "TechArticle",
                                                "SatiricalArticle",
                                                "AdvertiserContentArticle",
                                                "AskPublicNewsArticle",
                                                "Blog"};
  auto one = [](const json& s) {
    if (!s.is_string()) return false;
    std::string_view v = s.get_ref<const std::string&>();
    if (size_t slash = v.rfind('/'); slash != std::string_view::npos) v = v.substr(slash + 1);
    for (std::string_view k : kTypes)
      if (v == k) return true;
    return false;
  };
  if (t.is_array()) {
    for (const json& x : t)
      if (one(x)) return true;
    return false;
  }
  return one(t);
}

// JSON-LD values sometimes carry HTML entities ("&#8216;", "&amp;").
std::string DecodeEntities(std::string s) {
  if (s.find('&') == std::string::npos) return s;
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out.push_back(s[i]);
      continue;
    }
    size_t semi = s.find(';', i);
    if (semi == std::string::npos || semi - i > 10) {
      out.push_back('&');
      continue;
    }
    std::string_view ent(s.data() + i + 1, semi - i - 1);
    uint32_t cp = 0;
    if (!ent.empty() && ent[0] == '#') {
      bool hex = ent.size() > 1 && (ent[1] == 'x' || ent[1] == 'X');
      for (size_t k = hex ? 2 : 1; k < ent.size(); ++k) {
        char c = ent[k];
        int d = (c >= '0' && c <= '9')                          ? c - '0'
                : hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10
                                                                : -1;
        if (d < 0 || cp > 0x10FFFF) {
          cp = 0;
          break;
        }
        cp = cp * (hex ? 16 : 10) + d;
      }
    } else if (ent == "amp") {
      cp = '&';
    } else if (ent == "quot") {
      cp = '"';
    } else if (ent == "apos") {
      cp = '\'';
    } else if (ent == "lt") {
      cp = '<';
    } else if (ent == "gt") {
      cp = '>';
    } else if (ent == "nbsp") {
      cp = ' ';
    }
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      out.push_back('&');
      continue;
    }
    AppendUtf8(&out, cp);
    i = semi;
  }
  return out;
}

std::string Str(const json& o, const char* key) {
  if (!o.is_object()) return "";
  auto it = o.find(key);
  if (it == o.end()) return "";
  if (it->is_string()) return DecodeEntities(it->get<std::string>());
  if (it->is_array() && !it->empty() && (*it)[0].is_string())
    return DecodeEntities((*it)[0].get<std::string>());
  if (it->is_number_integer()) return std::to_string(it->get<int64_t>());
  return "";
}

void AuthorNames(const json& v, int depth, std::vector<std::string>* out) {
  if (depth > 3 || out->size() > 20) return;
  if (v.is_string()) {
    out->push_back(DecodeEntities(v.get<std::string>()));
  } else if (v.is_object()) {
    auto it = v.find("name");
    if (it != v.end()) AuthorNames(*it, depth + 1, out);
  } else if (v.is_array()) {
    for (const json& x : v) AuthorNames(x, depth + 1, out);
  }
}

// Replaces raw control characters (invalid inside JSON strings, common in real JSON-LD).
std::string CleanJson(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  // Some pages wrap JSON-LD in HTML comments or CDATA.
  size_t b = out.find_first_not_of(' ');
  if (b != std::string::npos && out.compare(b, 4, "<!--") == 0) out.replace(b, 4, "    ");
  size_t e = out.rfind("-->");
  if (e != std::string::npos) out.replace(e, 3, "   ");
  return out;
}

// "addressCountry" of an organization's address ("KR", or {"name": "KR"}); "" when absent.
std::string AddressCountry(const json& org) {
  if (!org.is_object()) return "";
  auto addr = org.find("address");
  if (addr == org.end()) return "";
  const json* a = addr->is_array() && !addr->empty() ? &(*addr)[0] : &*addr;
  if (!a->is_object()) return "";
  auto c = a->find("addressCountry");
  if (c == a->end()) return "";
  if (c->is_string()) return c->get<std::string>();
  return Str(*c, "name");
}

void ReadJsonLd(std::string_view body, PageMeta* m) {
  json root = json::parse(CleanJson(body), nullptr, false);
  if (root.is_discarded()) return;
  std::vector<std::pair<const json*, int>> stack{{&root, 0}};
  size_t visited = 0;
  while (!stack.empty() && ++visited < 20000) {
    auto [j, depth] = stack.back();
    stack.pop_back();
    if (depth > 12) continue;
    if (j->is_array()) {
      for (auto it = j->rbegin(); it != j->rend(); ++it) stack.push_back({&*it, depth + 1});
      continue;
    }
    if (!j->is_object()) continue;
    auto type = j->find("@type");
    bool article = type != j->end() && IsArticleType(*type);
    if (article || (type == j->end() && j->contains("headline"))) {
      bool first = !m->has_ld_article;
      m->has_ld_article = true;
      if (m->ld_headline.empty()) m->ld_headline = Str(*j, "headline");
      if (m->ld_headline.empty() && first) m->ld_headline = Str(*j, "name");
      std::string date = Str(*j, "datePublished");
      if (date.empty()) date = Str(*j, "dateCreated");
      if (!date.empty()) m->dates.insert(m->dates.begin(), date);
      if (m->ld_authors.empty()) {
        auto a = j->find("author");
        if (a != j->end()) AuthorNames(*a, 0, &m->ld_authors);
        if (m->ld_authors.empty()) {
          auto c = j->find("creator");
          if (c != j->end()) AuthorNames(*c, 0, &m->ld_authors);
        }
      }
      std::string body_text = Str(*j, "articleBody");
      if (body_text.size() > m->ld_article_body.size()) m->ld_article_body = std::move(body_text);
      if (m->description.empty()) m->description = Str(*j, "description");
      if (m->declared_language.empty()) m->declared_language = Str(*j, "inLanguage");
      auto pub = j->find("publisher");
      if (pub != j->end()) {
        const json* p = pub->is_object() ? &*pub : pub->is_array() && !pub->empty() ? &(*pub)[0] : nullptr;
        if (p && m->site_name.empty()) m->site_name = Str(*p, "name");
        if (p && m->publisher_country.empty()) m->publisher_country = AddressCountry(*p);
      }
    }
    for (auto it = j->begin(); it != j->end(); ++it)
      if (it->is_object() || it->is_array()) stack.push_back({&*it, depth + 1});
  }
}

std::string Collapsed(const Dom& dom, int32_t id) {
  return CollapseSpace(html::SubtreeText(dom, id), IsHtmlSpace);
}

// Records an <h1>/<h2> as a visible headline candidate (bounded count).
void AddHeading(const Dom& dom, int32_t id, PageMeta* m) {
  if (m->headings.size() >= 16) return;
  PageMeta::Heading h;
  h.text = Collapsed(dom, id);
  if (h.text.empty() || h.text.size() > 600) return;
  h.h1 = dom.nodes[id].tag == Tag::kH1;
  // Breadcrumb trails and SEO copies repeat a title on one line above the shown headline.
  static const RE2* kBreadcrumb = new RE2("breadcrumb|seo-?title|nowrap");
  h.breadcrumb = RE2::PartialMatch(html::AsciiLower(dom.GetAttr(id, "class")), *kBreadcrumb);
  int parts = 0;
  std::string last;
  for (int32_t c = dom.nodes[id].first_child; c != html::kNoNode; c = dom.nodes[c].next_sibling) {
    std::string t = Collapsed(dom, c);
    if (t.empty()) continue;
    ++parts;
    last = dom.nodes[c].is_text() ? std::string() : std::move(t);
  }
  if (parts >= 2 && !last.empty()) h.tail = std::move(last);
  m->headings.push_back(std::move(h));
}

bool LooksLikeUrl(std::string_view v) {
  return v.substr(0, 4) == "http" || v.substr(0, 2) == "//" || v.substr(0, 1) == "/";
}

const RE2& BylineClass() {
  static const RE2* re = new RE2(
      "byline|author-?name|authorname|article-?author|writer|reporter|journalist|\\bbyl\\b|"
      "\\bauthor\\b|autor|verfasser");
  return *re;
}

// What the element walk gathers besides PageMeta: meta tags by key (first value per key) and
// the dates of <time> and itemprop=datePublished elements.
struct ElementScan {
  std::map<std::string, std::string> metas;
  std::vector<std::string> time_dates, time_dates_preferred, itemprop_dates;
};

// <title> (near the top of the tree), <h1> and <h2>.
void ReadTitleOrHeading(const Dom& dom, int32_t id, PageMeta* m) {
  const Node& node = dom.nodes[id];
  if (node.tag == Tag::kTitle && m->title_tag.empty() && node.depth <= 4) m->title_tag = Collapsed(dom, id);
  if (node.tag == Tag::kH1 && m->h1s.size() < 5) {
    std::string t = Collapsed(dom, id);
    if (!t.empty()) m->h1s.push_back(std::move(t));
  }
  if (node.tag == Tag::kH1 || node.tag == Tag::kH2) AddHeading(dom, id, m);
}

// The meta keys of extract/data/meta_keys.tsv (compiled in).
struct MetaKeys {
  std::vector<std::string> authors;
  std::vector<std::string> dates;  // in order of preference
  Status status;
};

MetaKeys ParseMetaKeys(std::string_view tsv) {
  MetaKeys k;
  k.status =
      ForEachTsvRow(tsv, "meta_keys.tsv", TsvHeader::kSkip, [&](const std::vector<std::string>& f, int) {
        if (f.size() != 4 || f[1].empty()) return Status::InvalidArgument("expected 4 tab-separated fields");
        if (f[1] != html::AsciiLower(f[1])) return Status::InvalidArgument("key must be lower case");
        if (f[0] == "author") {
          k.authors.push_back(f[1]);
        } else if (f[0] == "date") {
          k.dates.push_back(f[1]);
        } else {
          return Status::InvalidArgument("role must be author or date");
        }
        return Status::Ok();
      });
  return k;
}

const MetaKeys& Keys() {
  static const MetaKeys* keys = new MetaKeys(ParseMetaKeys(EmbeddedMetaKeysTsv()));
  return *keys;
}

bool IsAuthorMetaKey(std::string_view key) {
  for (const std::string& k : Keys().authors)
    if (k == key) return true;
  return false;
}

// <meta property|name|itemprop|http-equiv=key content=value>: an author, or a value by key.
void ReadMeta(const Dom& dom, int32_t id, PageMeta* m, ElementScan* scan) {
  std::string key;
  for (const char* k : {"property", "name", "itemprop", "http-equiv"}) {
    std::string_view v = dom.GetAttr(id, k);
    if (!v.empty()) {
      key = html::AsciiLower(v);
      break;
    }
  }
  if (key.empty()) return;
  std::string value = CollapseSpace(dom.GetAttr(id, "content"), IsHtmlSpace);
  if (value.empty()) return;
  if (IsAuthorMetaKey(key)) {
    if (!LooksLikeUrl(value)) m->meta_authors.push_back(value);
    return;
  }
  scan->metas.emplace(key, std::move(value));
}

// <time datetime=…> (or its text): preferred when it is the published date.
void ReadTime(const Dom& dom, int32_t id, ElementScan* scan) {
  std::string_view dt = dom.GetAttr(id, "datetime");
  std::string v = dt.empty() ? Collapsed(dom, id) : std::string(dt);
  if (v.empty()) return;
  std::string_view ip = dom.GetAttr(id, "itemprop");
  if (ip == "datePublished" || dom.HasAttr(id, "pubdate"))
    scan->time_dates_preferred.push_back(v);
  else if (scan->time_dates.size() < 3)
    scan->time_dates.push_back(v);
}

// <html lang|xml:lang>.
void ReadHtmlLang(const Dom& dom, int32_t id, PageMeta* m) {
  if (m->html_lang.empty()) m->html_lang = std::string(dom.GetAttr(id, "lang"));
  if (m->declared_language.empty()) {
    m->declared_language = std::string(dom.GetAttr(id, "lang"));
    if (m->declared_language.empty()) m->declared_language = std::string(dom.GetAttr(id, "xml:lang"));
  }
}

// The tag-specific part of an element with attributes.
void ReadTaggedElement(const Dom& dom, int32_t id, PageMeta* m, ElementScan* scan) {
  switch (dom.nodes[id].tag) {
    case Tag::kMeta: ReadMeta(dom, id, m, scan); break;
    case Tag::kLink:
      if (html::AsciiLower(dom.GetAttr(id, "rel")) == "canonical" && m->canonical_url.empty())
        m->canonical_url = CollapseSpace(dom.GetAttr(id, "href"), IsHtmlSpace);
      break;
    case Tag::kHtml: ReadHtmlLang(dom, id, m); break;
    case Tag::kTitle:
    case Tag::kH1:
    case Tag::kH2: ReadTitleOrHeading(dom, id, m); break;
    case Tag::kTime: ReadTime(dom, id, scan); break;
    default: break;
  }
}

// itemprop=datePublished on any other element (content, datetime, else its text), and author
// elements (itemprop=author, rel=author, a byline class; at most eight).
void ReadMicrodata(const Dom& dom, int32_t id, PageMeta* m, ElementScan* scan) {
  const Node& node = dom.nodes[id];
  std::string_view itemprop = dom.GetAttr(id, "itemprop");
  if (node.tag != Tag::kMeta && node.tag != Tag::kTime && itemprop == "datePublished") {
    std::string_view v = dom.GetAttr(id, "content");
    if (v.empty()) v = dom.GetAttr(id, "datetime");
    std::string s = v.empty() ? Collapsed(dom, id) : std::string(v);
    if (!s.empty()) scan->itemprop_dates.push_back(s);
  }
  if (node.tag == Tag::kMeta || m->dom_authors.size() >= 8) return;
  bool author_elem = itemprop == "author" || html::AsciiLower(dom.GetAttr(id, "rel")) == "author";
  if (!author_elem && node.tag != Tag::kBody && node.tag != Tag::kHtml && node.tag != Tag::kArticle) {
    std::string cls = html::AsciiLower(dom.GetAttr(id, "class"));
    author_elem = !cls.empty() && RE2::PartialMatch(cls, BylineClass());
  }
  if (author_elem) {
    std::string t = Collapsed(dom, id);
    if (!t.empty() && t.size() < 160) m->dom_authors.push_back(std::move(t));
  }
}

// Titles, description, site name, canonical URL and language from the meta tags.
void ApplyMetas(const std::map<std::string, std::string>& metas, PageMeta* m) {
  auto get = [&](const char* k) -> std::string {
    auto it = metas.find(k);
    return it == metas.end() ? std::string() : it->second;
  };
  m->og_title = get("og:title");
  m->twitter_title = get("twitter:title");
  std::string d = get("og:description");
  if (d.empty()) d = get("description");
  if (d.empty()) d = get("twitter:description");
  if (!d.empty()) m->description = d;
  if (std::string s = get("og:site_name"); !s.empty()) m->site_name = s;
  if (m->site_name.empty()) m->site_name = get("application-name");
  if (m->canonical_url.empty()) m->canonical_url = get("og:url");
  if (m->declared_language.empty()) m->declared_language = get("content-language");
  m->og_locale = get("og:locale");
  if (m->declared_language.empty()) m->declared_language = m->og_locale;
  if (m->declared_language.empty()) m->declared_language = get("language");
}

// Date candidates after JSON-LD's: meta tags by key (meta_keys.tsv, in its order), itemprop,
// <time pubdate>, other <time>.
void CollectDates(const ElementScan& scan, PageMeta* m) {
  for (const std::string& k : Keys().dates)
    if (auto it = scan.metas.find(k); it != scan.metas.end() && !it->second.empty())
      m->dates.push_back(it->second);
  m->dates.insert(m->dates.end(), scan.itemprop_dates.begin(), scan.itemprop_dates.end());
  m->dates.insert(m->dates.end(), scan.time_dates_preferred.begin(), scan.time_dates_preferred.end());
  m->dates.insert(m->dates.end(), scan.time_dates.begin(), scan.time_dates.end());
}

}  // namespace

Status MetaKeysStatus() { return Keys().status; }

PageMeta ExtractMetadata(const Dom& dom) {
  PageMeta m;
  for (const html::Script& s : dom.scripts)
    if (s.type.find("ld+json") != std::string::npos) ReadJsonLd(s.body, &m);
  ElementScan scan;
  for (size_t i = 0; i < dom.nodes.size(); ++i) {
    const Node& node = dom.nodes[i];
    int32_t id = static_cast<int32_t>(i);
    if (node.is_text() || node.attr_count == 0) {
      ReadTitleOrHeading(dom, id, &m);
      continue;
    }
    ReadTaggedElement(dom, id, &m, &scan);
    ReadMicrodata(dom, id, &m, &scan);
  }
  ApplyMetas(scan.metas, &m);
  CollectDates(scan, &m);
  return m;
}

std::string StripSiteName(std::string_view title_in, std::string_view site_name) {
  std::string title = CollapseSpace(title_in, IsHtmlSpace);
  static constexpr std::string_view kSeps[] = {" | ", " - ", " – ", " — ", " :: ", " · ",
                                               "｜",  " / ", "：",  " » ", " « ",  " ― "};
  std::string site = CollapseSpace(site_name, IsHtmlSpace);
  auto norm = [](std::string_view s) {
    std::string o;
    for (char c : s)
      if (c != ' ' && c != '.' && c != '-')
        o.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
    return o;
  };
  std::string nsite = norm(site);
  for (int round = 0; round < 3; ++round) {
    bool changed = false;
    for (std::string_view sep : kSeps) {
      size_t pos = title.rfind(sep);
      if (pos != std::string::npos && pos > 0) {
        std::string tail = title.substr(pos + sep.size());
        std::string nt = norm(tail);
        if (!nsite.empty() && !nt.empty() &&
            (nt == nsite || nt.find(nsite) != std::string::npos || nsite.find(nt) != std::string::npos)) {
          title.resize(pos);
          changed = true;
          break;
        }
      }
      pos = title.find(sep);
      if (pos != std::string::npos && pos > 0) {
        std::string head = title.substr(0, pos);
        std::string nh = norm(head);
        if (!nsite.empty() && !nh.empty() && (nh == nsite || nsite.find(nh) != std::string::npos)) {
          title.erase(0, pos + sep.size());
          changed = true;
          break;
        }
      }
    }
    if (!changed) break;
  }
  // "Headline-Section|Site" / "HeadlineㅣSite": no spaces around the separator; cut at the
  // first separator of a short tail that ends with the site name.
  if (!nsite.empty() && title.size() > site.size() + 4) {
    std::string nt = norm(title);
    if (nt.size() >= nsite.size() && nt.compare(nt.size() - nsite.size(), nsite.size(), nsite) == 0) {
      static constexpr std::string_view kTight[] = {"-", "|", "ㅣ", "｜", "–", "—", ":", "：", "·", "/"};
      size_t limit = site.size() + 16;
      size_t start = title.size() > limit ? title.size() - limit : 0;
      size_t cut = std::string::npos;
      for (std::string_view sep : kTight) {
        size_t p = title.find(sep, start);
        if (p != std::string::npos && p > 0 && p < cut) cut = p;
      }
      if (cut != std::string::npos) title.resize(cut);
    }
  }
  while (!title.empty() && title.back() == ' ') title.pop_back();
  return title;
}

namespace {

int Hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes the JS/JSON string literal whose opening quote is at s[start]; returns the index
// past the closing quote (or s.size()).
size_t ReadString(std::string_view s, size_t start, std::string* out) {
  char q = s[start];
  size_t i = start + 1;
  while (i < s.size()) {
    char c = s[i];
    if (c == q) return i + 1;
    if (c != '\\') {
      size_t run = i;
      while (run < s.size() && s[run] != q && s[run] != '\\') ++run;
      out->append(s.substr(i, run - i));
      i = run;
      continue;
    }
    if (i + 1 >= s.size()) break;
    char e = s[i + 1];
    i += 2;
    switch (e) {
      case 'n': out->push_back('\n'); break;
      case 't': out->push_back('\t'); break;
      case 'r': out->push_back('\r'); break;
      case 'b':
      case 'f': out->push_back(' '); break;
      case 'u': {
        uint32_t cp = 0;
        bool ok = i + 4 <= s.size();
        for (int k = 0; ok && k < 4; ++k) {
          int h = Hex(s[i + k]);
          if (h < 0)
            ok = false;
          else
            cp = cp * 16 + h;
        }
        if (!ok) break;
        i += 4;
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 <= s.size() && s[i] == '\\' && s[i + 1] == 'u') {
          uint32_t lo = 0;
          bool ok2 = true;
          for (int k = 0; k < 4; ++k) {
            int h = Hex(s[i + 2 + k]);
            if (h < 0)
              ok2 = false;
            else
              lo = lo * 16 + h;
          }
          if (ok2 && lo >= 0xDC00 && lo <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            i += 6;
          }
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
        AppendUtf8(out, cp);
        break;
      }
      default: out->push_back(e); break;
    }
  }
  return s.size();
}

void Collect(std::string_view s, size_t min_len, size_t max_items, int level, std::vector<JsonString>* out) {
  size_t i = 0;
  while (i < s.size() && out->size() < max_items) {
    size_t q = s.find('"', i);
    if (q == std::string_view::npos) return;
    std::string value;
    size_t end = ReadString(s, q, &value);
    // A key is a string followed by ':'; remember it for the value after it.
    size_t k = end;
    while (k < s.size() && (s[k] == ' ' || s[k] == '\n')) ++k;
    if (k < s.size() && s[k] == ':') {
      size_t v = k + 1;
      while (v < s.size() && (s[v] == ' ' || s[v] == '\n')) ++v;
      if (v < s.size() && s[v] == '"') {
        std::string val;
        size_t vend = ReadString(s, v, &val);
        if (val.size() >= min_len) {
          if (level < 2 && val.find("\":") != std::string::npos)
            Collect(val, min_len, max_items, level + 1, out);
          out->push_back({value, std::move(val)});
        }
        i = vend;
        continue;
      }
      i = k + 1;
      continue;
    }
    if (value.size() >= min_len) {
      if (level < 2 && value.find("\":") != std::string::npos) {
        Collect(value, min_len, max_items, level + 1, out);
      } else {
        out->push_back({"", std::move(value)});
      }
    }
    i = end;
  }
}

}  // namespace

std::vector<JsonString> LongJsonStrings(std::string_view script, size_t min_len, size_t max_items) {
  std::vector<JsonString> out;
  Collect(script, min_len, max_items, 0, &out);
  return out;
}

}  // namespace hirewire::extract::metadata
