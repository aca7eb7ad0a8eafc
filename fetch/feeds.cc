#include "fetch/feeds.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>

#include "corpus/dates.h"
#include "corpus/text.h"
#include "fetch/url.h"
#include "fetch/xml.h"

namespace hirewire::fetch {
namespace {

constexpr std::string_view kAtomNs = "http://www.w3.org/2005/Atom";
constexpr std::string_view kAtom03Ns = "http://purl.org/atom/ns#";
constexpr std::string_view kRdfNs = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr std::string_view kDcNs = "http://purl.org/dc/elements/1.1/";
constexpr std::string_view kDcTermsNs = "http://purl.org/dc/terms/";
constexpr std::string_view kFeedburnerNs = "http://rssnamespace.org/feedburner/ext/1.0";

bool IsInlineHtmlTag(std::string_view name) {
  static constexpr std::string_view kTags[] = {
      "a",   "abbr", "b", "big", "br", "cite",  "code", "del",    "div",    "em",  "font", "i", "img",
      "ins", "mark", "p", "q",   "s",  "small", "span", "strike", "strong", "sub", "sup",  "u"};
  std::string l = AsciiLower(name);
  for (std::string_view t : kTags) {
    if (l == t) return true;
  }
  return false;
}

// Removes HTML tags of common inline/paragraph elements (for titles that carry HTML);
// other "<...>" text such as "<CTO>" is kept.
std::string StripTags(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] == '<') {
      size_t j = i + 1;
      if (j < s.size() && s[j] == '/') ++j;
      size_t name_start = j;
      while (j < s.size() && std::isalnum(static_cast<unsigned char>(s[j]))) ++j;
      bool tag_end = j < s.size() && (s[j] == '>' || s[j] == ' ' || s[j] == '/');
      size_t gt = s.substr(0, std::min(s.size(), i + 512)).find('>', j);
      if (tag_end && gt != std::string_view::npos && IsInlineHtmlTag(s.substr(name_start, j - name_start))) {
        i = gt + 1;
        continue;
      }
    }
    out.push_back(s[i++]);
  }
  return out;
}

// Plain-text title: tags from escaped HTML removed (then its entities decoded), whitespace
// collapsed.
std::string CleanTitle(std::string_view raw, bool is_html) {
  if (is_html || raw.find('<') != std::string_view::npos) {
    std::string stripped = StripTags(raw);
    if (is_html) stripped = DecodeXmlEntities(stripped);
    return CollapseSpace(stripped);
  }
  return CollapseSpace(raw);
}

// Resolves and keeps only http(s) URLs; "" otherwise.
std::string ResolveHttp(std::string_view base, std::string_view ref) {
  ref = TrimSpace(ref);
  if (ref.empty()) return {};
  Result<std::string> r = ResolveUrl(base, ref);
  if (!r.ok() || !IsHttpUrl(*r)) return {};
  return *r;
}

// --- dates ---------------------------------------------------------------------------------

std::optional<int64_t> MakeTime(int y, int mo, int d, int h, int mi, int s, int offset_min) {
  if (y < 1900 || y > 9999 || !IsValidCivilDate(y, mo, d)) return std::nullopt;
  if (h < 0 || h > 24 || mi < 0 || mi > 59 || s < 0 || s > 60) return std::nullopt;
  if (h == 24 && (mi != 0 || s != 0)) return std::nullopt;
  if (s == 60) s = 59;  // leap second
  int64_t days = DaysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d));
  return days * 86400 + h * 3600 + mi * 60 + s - static_cast<int64_t>(offset_min) * 60;
}

// Reads up to max_digits digits at s[*i]; requires at least min_digits.
bool ReadInt(std::string_view s, size_t* i, size_t min_digits, size_t max_digits, int* out) {
  size_t start = *i;
  int v = 0;
  while (*i < s.size() && IsAsciiDigit(s[*i]) && *i - start < max_digits) {
    v = v * 10 + (s[*i] - '0');
    ++*i;
  }
  if (*i - start < min_digits) return false;
  *out = v;
  return true;
}

// "+09:00", "-0500", "+09", "Z"; returns false when something else is there.
bool ReadNumericZone(std::string_view s, size_t* i, int* offset_min) {
  if (*i >= s.size()) return false;
  char c = s[*i];
  if (c == 'Z' || c == 'z') {
    ++*i;
    *offset_min = 0;
    return true;
  }
  if (c != '+' && c != '-') return false;
  size_t j = *i + 1;
  int hh = 0, mm = 0;
  if (!ReadInt(s, &j, 2, 2, &hh)) return false;
  if (j < s.size() && s[j] == ':') ++j;
  if (j < s.size() && IsAsciiDigit(s[j])) {
    if (!ReadInt(s, &j, 2, 2, &mm)) return false;
  }
  if (hh > 18 || mm > 59) return false;
  *offset_min = (c == '-' ? -1 : 1) * (hh * 60 + mm);
  *i = j;
  return true;
}

std::optional<int64_t> ParseIso(std::string_view s) {
  size_t i = 0;
  int y = 0, mo = 1, d = 1, h = 0, mi = 0, sec = 0, off = 0;
  if (!ReadInt(s, &i, 4, 4, &y)) return std::nullopt;
  if (i < s.size() && s[i] == '-') {
    ++i;
    if (!ReadInt(s, &i, 1, 2, &mo)) return std::nullopt;
    if (i < s.size() && s[i] == '-') {
      ++i;
      if (!ReadInt(s, &i, 1, 2, &d)) return std::nullopt;
    }
  } else if (i + 4 <= s.size() && IsAsciiDigit(s[i])) {  // 20030610
    if (!ReadInt(s, &i, 2, 2, &mo) || !ReadInt(s, &i, 2, 2, &d)) return std::nullopt;
  }
  if (i < s.size() && (s[i] == 'T' || s[i] == 't' || s[i] == ' ')) {
    size_t j = i + 1;
    while (j < s.size() && s[j] == ' ') ++j;
    if (j < s.size() && IsAsciiDigit(s[j])) {
      i = j;
      if (!ReadInt(s, &i, 1, 2, &h)) return std::nullopt;
      if (i >= s.size() || s[i] != ':') return std::nullopt;
      ++i;
      if (!ReadInt(s, &i, 2, 2, &mi)) return std::nullopt;
      if (i < s.size() && s[i] == ':') {
        ++i;
        if (!ReadInt(s, &i, 2, 2, &sec)) return std::nullopt;
        if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
          ++i;
          while (i < s.size() && IsAsciiDigit(s[i])) ++i;
        }
      }
      while (i < s.size() && s[i] == ' ') ++i;
      if (i < s.size() && !ReadNumericZone(s, &i, &off)) {
        std::string_view rest = TrimSpace(s.substr(i));
        if (!IEquals(rest, "UTC") && !IEquals(rest, "GMT")) return std::nullopt;
        i = s.size();
      }
    }
  }
  if (!TrimSpace(s.substr(std::min(i, s.size()))).empty()) return std::nullopt;
  return MakeTime(y, mo, d, h, mi, sec, off);
}

int MonthFromName(std::string_view name) {
  static constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                 "jul", "aug", "sep", "oct", "nov", "dec"};
  if (name.size() < 3) return 0;
  std::string l = AsciiLower(name.substr(0, 3));
  for (int m = 0; m < 12; ++m) {
    if (l == kMonths[m]) return m + 1;
  }
  return 0;
}

bool ZoneFromName(std::string_view z, int* offset_min) {
  struct Zone {
    std::string_view name;
    int hours;
  };
  static constexpr Zone kZones[] = {{"gmt", 0},  {"ut", 0},   {"utc", 0},  {"z", 0},    {"est", -5},
                                    {"edt", -4}, {"cst", -6}, {"cdt", -5}, {"mst", -7}, {"mdt", -6},
                                    {"pst", -8}, {"pdt", -7}, {"kst", 9},  {"jst", 9},  {"cet", 1},
                                    {"cest", 2}, {"bst", 1},  {"ist", 5},  {"hkt", 8},  {"sgt", 8}};
  std::string l = AsciiLower(z);
  for (const Zone& zone : kZones) {
    if (l == zone.name) {
      *offset_min = zone.hours * 60;
      if (l == "ist") *offset_min += 30;
      return true;
    }
  }
  return false;
}

// RFC 822 / 1123 / 2822 and common variations.
std::optional<int64_t> ParseRfc822(std::string_view s) {
  // Tokenize on spaces and commas.
  std::vector<std::string_view> tok;
  size_t i = 0;
  while (i < s.size() && tok.size() < 12) {
    while (i < s.size() && (IsAsciiSpace(s[i]) || s[i] == ',')) ++i;
    size_t start = i;
    while (i < s.size() && !IsAsciiSpace(s[i]) && s[i] != ',') ++i;
    if (i > start) tok.push_back(s.substr(start, i - start));
  }
  size_t t = 0;
  if (t < tok.size() && !tok[t].empty() && !IsAsciiDigit(tok[t][0]) && MonthFromName(tok[t]) == 0) {
    ++t;  // weekday
  }
  int d = 0, mo = 0, y = 0;
  // "10 Jun 2003" or "Jun 10 2003".
  if (t + 3 > tok.size()) return std::nullopt;
  size_t k = 0;
  if (IsAsciiDigit(tok[t][0])) {
    if (!ReadInt(tok[t], &k, 1, 2, &d) || k != tok[t].size()) return std::nullopt;
    mo = MonthFromName(tok[t + 1]);
  } else {
    mo = MonthFromName(tok[t]);
    if (!ReadInt(tok[t + 1], &k, 1, 2, &d) || k != tok[t + 1].size()) return std::nullopt;
  }
  if (mo == 0) return std::nullopt;
  k = 0;
  std::string_view ytok = tok[t + 2];
  if (!ReadInt(ytok, &k, 2, 4, &y) || k != ytok.size() || k == 3) return std::nullopt;
  if (ytok.size() == 2) y += y < 50 ? 2000 : 1900;
  t += 3;
  int h = 0, mi = 0, sec = 0, off = 0;
  if (t < tok.size() && IsAsciiDigit(tok[t][0])) {
    std::string_view tt = tok[t];
    k = 0;
    if (!ReadInt(tt, &k, 1, 2, &h) || k >= tt.size() || tt[k] != ':') return std::nullopt;
    ++k;
    if (!ReadInt(tt, &k, 2, 2, &mi)) return std::nullopt;
    if (k < tt.size() && tt[k] == ':') {
      ++k;
      if (!ReadInt(tt, &k, 2, 2, &sec)) return std::nullopt;
    }
    if (k < tt.size()) {  // "04:00:00+0000" glued zone
      if (!ReadNumericZone(tt, &k, &off) || k != tt.size()) return std::nullopt;
    }
    ++t;
  }
  if (t < tok.size()) {
    std::string_view z = tok[t];
    size_t zk = 0;
    if (!ReadNumericZone(z, &zk, &off) || zk != z.size()) {
      if (!ZoneFromName(z, &off)) {
        // Military zones and unknown names: treat as UTC only if alphabetic.
        for (char c : z) {
          if (!std::isalpha(static_cast<unsigned char>(c)) && c != '(' && c != ')') {
            return std::nullopt;
          }
        }
        off = 0;
      }
    }
  }
  return MakeTime(y, mo, d, h, mi, sec, off);
}

// --- feed handler ----------------------------------------------------------------------------

enum class Field {
  kNone,
  kTitle,
  kDcTitle,
  kLink,
  kGuid,
  kPubDate,
  kDcDate,
  kPublished,
  kUpdated,
  kOrigLink,
  kFeedTitle,
  kFeedLink,
};

class FeedHandler : public XmlHandler {
 public:
  FeedHandler(std::string_view base_url, const FeedOptions& opts, Feed* feed) : opts_(opts), feed_(feed) {
    bases_.push_back(std::string(base_url));
  }

  void OnStart(const XmlElement& e, size_t depth) override {
    // xml:base: resolved against the enclosing base.
    std::string base = bases_.back();
    for (const XmlAttribute& a : e.attrs) {
      if (a.qname == "xml:base") {
        Result<std::string> r = ResolveUrl(base, a.value);
        if (r.ok()) base = *r;
      }
    }
    bases_.push_back(std::move(base));

    if (depth == 1) {
      root_seen_ = true;
      if (e.local == "rss" || (e.local == "channel" && e.ns.empty())) {
        feed_->format = FeedFormat::kRss;
      } else if (e.local == "feed" && (e.ns == kAtomNs || e.ns == kAtom03Ns || e.ns.empty())) {
        feed_->format = FeedFormat::kAtom;
      } else if (e.local == "RDF" && (e.ns == kRdfNs || e.prefix == "rdf")) {
        feed_->format = FeedFormat::kRdf;
      }
      return;
    }
    if (feed_->format == FeedFormat::kUnknown) return;
    if (capture_depth_ != 0) {
      // Nested markup inside a captured field (HTML in a title): keep its text.
      return;
    }
    if (item_depth_ == 0 && IsItem(e)) {
      item_depth_ = depth;
      cur_ = Item();
      const XmlAttribute* about = nullptr;
      for (const XmlAttribute& a : e.attrs) {
        if (a.local == "about" && (a.ns == kRdfNs || a.qname == "rdf:about")) about = &a;
      }
      if (about != nullptr) {
        cur_.about = about->value;
        cur_.about_base = bases_.back();
      }
      return;
    }
    if (item_depth_ != 0) {
      if (depth == item_depth_ + 1) StartItemField(e);
      return;
    }
    // Feed-level fields: children of <channel> (RSS, RDF) or of <feed> (Atom).
    bool feed_child = (feed_->format == FeedFormat::kAtom && depth == 2) ||
                      (feed_->format != FeedFormat::kAtom && depth == 3 && parent_is_channel_);
    if (depth == 2 && e.local == "channel") parent_is_channel_ = true;
    if (!feed_child) return;
    if (e.local == "title" && feed_->title.empty() && IsCoreNs(e)) {
      Capture(Field::kFeedTitle, depth, IsHtmlType(e));
    } else if (e.local == "link" && feed_->link.empty()) {
      if (feed_->format == FeedFormat::kAtom || e.ns == kAtomNs) {
        std::string_view rel = e.Attr("rel");
        if ((rel.empty() || rel == "alternate") && !e.Attr("href").empty()) {
          feed_->link = ResolveHttp(bases_.back(), e.Attr("href"));
        }
      } else if (IsCoreNs(e)) {
        Capture(Field::kFeedLink, depth, false);
      }
    }
  }

  void OnEnd(const XmlElement& e, size_t depth) override {
    if (capture_depth_ == depth) {
      FinishCapture();
    }
    if (item_depth_ == depth) {
      FinishItem();
      item_depth_ = 0;
    }
    if (depth == 2 && e.local == "channel") parent_is_channel_ = false;
    bases_.pop_back();
  }

  void OnText(std::string_view text) override {
    if (capture_depth_ == 0) return;
    if (text_.size() + text.size() > kMaxFieldBytes) {
      text = text.substr(0, kMaxFieldBytes > text_.size() ? kMaxFieldBytes - text_.size() : 0);
    }
    text_.append(text);
  }

  bool root_seen() const { return root_seen_; }
  size_t dropped_no_url() const { return dropped_no_url_; }
  bool capped() const { return capped_; }

 private:
  static constexpr size_t kMaxFieldBytes = 64 * 1024;

  struct Item {
    std::string title;
    bool has_core_title = false;  // <title> wins over <dc:title>
    std::string link, link_base;  // RSS/RDF <link> text
    std::string atom_link;        // resolved alternate link (Atom / atom:link)
    bool atom_link_html = false;
    std::string orig_link;  // feedburner:origLink
    std::string guid, guid_base;
    bool guid_is_permalink = true;
    std::string about, about_base;  // rdf:about
    std::string pub_date, dc_date, published, updated;
  };

  bool IsItem(const XmlElement& e) const {
    if (feed_->format == FeedFormat::kAtom) return e.local == "entry";
    return e.local == "item";
  }

  // Elements of the feed's own vocabulary (no namespace, RSS 1.0 or Atom), not dc:title etc.
  bool IsCoreNs(const XmlElement& e) const {
    return e.ns.empty() || e.ns == kAtomNs || e.ns == kAtom03Ns || e.ns == "http://purl.org/rss/1.0/" ||
           e.ns == "http://my.netscape.com/rdf/simple/0.9/" || e.ns == "http://backend.userland.com/rss2";
  }

  static bool IsHtmlType(const XmlElement& e) {
    std::string_view type = e.Attr("type");
    return type == "html" || type == "text/html" || type == "xhtml" || type == "application/xhtml+xml";
  }

  void Capture(Field f, size_t depth, bool html) {
    field_ = f;
    capture_depth_ = depth;
    capture_html_ = html;
    capture_base_ = bases_.back();
    text_.clear();
  }

  void StartItemField(const XmlElement& e) {
    const std::string& l = e.local;
    bool atom = feed_->format == FeedFormat::kAtom;
    if (l == "title" && IsCoreNs(e)) {
      Capture(Field::kTitle, item_depth_ + 1, atom && IsHtmlType(e));
    } else if (l == "title" && e.ns == kDcNs) {
      Capture(Field::kDcTitle, item_depth_ + 1, false);
    } else if (l == "link" && (atom || e.ns == kAtomNs)) {
      std::string_view rel = e.Attr("rel");
      std::string_view href = e.Attr("href");
      if ((rel.empty() || rel == "alternate") && !href.empty()) {
        std::string_view type = e.Attr("type");
        bool html = type.empty() || type == "text/html" || type == "application/xhtml+xml";
        if (cur_.atom_link.empty() || (html && !cur_.atom_link_html)) {
          std::string u = ResolveHttp(bases_.back(), href);
          if (!u.empty()) {
            cur_.atom_link = u;
            cur_.atom_link_html = html;
          }
        }
      }
    } else if (l == "link" && IsCoreNs(e)) {
      Capture(Field::kLink, item_depth_ + 1, false);
    } else if (l == "origLink" && (e.ns == kFeedburnerNs || e.prefix == "feedburner")) {
      Capture(Field::kOrigLink, item_depth_ + 1, false);
    } else if ((l == "guid" && !atom && IsCoreNs(e)) || (l == "id" && atom)) {
      std::string_view perma = e.Attr("isPermaLink");
      cur_.guid_is_permalink = !IEquals(TrimSpace(perma), "false");
      Capture(Field::kGuid, item_depth_ + 1, false);
    } else if (l == "pubDate") {
      Capture(Field::kPubDate, item_depth_ + 1, false);
    } else if ((l == "date" && (e.ns == kDcNs || e.prefix == "dc")) ||
               ((l == "issued" || l == "created") && (e.ns == kDcTermsNs || e.prefix == "dcterms"))) {
      Capture(Field::kDcDate, item_depth_ + 1, false);
    } else if (l == "published" || l == "issued") {
      Capture(Field::kPublished, item_depth_ + 1, false);
    } else if (l == "updated" || l == "modified") {
      Capture(Field::kUpdated, item_depth_ + 1, false);
    }
  }

  void FinishCapture() {
    std::string v = text_;
    text_.clear();
    capture_depth_ = 0;
    auto first = [&](std::string& slot) {
      if (slot.empty()) slot = std::string(TrimSpace(v));
    };
    switch (field_) {
      case Field::kTitle:
        if (!cur_.has_core_title) cur_.title = CleanTitle(v, capture_html_);
        cur_.has_core_title = true;
        break;
      case Field::kDcTitle:
        if (cur_.title.empty()) cur_.title = CleanTitle(v, false);
        break;
      case Field::kLink:
        if (cur_.link.empty()) {
          cur_.link = std::string(TrimSpace(v));
          cur_.link_base = capture_base_;
        }
        break;
      case Field::kOrigLink: first(cur_.orig_link); break;
      case Field::kGuid:
        if (cur_.guid.empty()) {
          cur_.guid = std::string(TrimSpace(v));
          cur_.guid_base = capture_base_;
        }
        break;
      case Field::kPubDate: first(cur_.pub_date); break;
      case Field::kDcDate: first(cur_.dc_date); break;
      case Field::kPublished: first(cur_.published); break;
      case Field::kUpdated: first(cur_.updated); break;
      case Field::kFeedTitle:
        if (feed_->title.empty()) feed_->title = CleanTitle(v, capture_html_);
        break;
      case Field::kFeedLink:
        if (feed_->link.empty()) feed_->link = ResolveHttp(capture_base_, v);
        break;
      case Field::kNone: break;
    }
    field_ = Field::kNone;
  }

  void FinishItem() {
    if (capture_depth_ != 0) FinishCapture();
    FeedEntry out;
    out.url = ResolveHttp(bases_.back(), cur_.orig_link);
    if (out.url.empty()) out.url = cur_.atom_link;
    if (out.url.empty()) out.url = ResolveHttp(cur_.link_base, cur_.link);
    if (out.url.empty() && cur_.guid_is_permalink) out.url = ResolveHttp(cur_.guid_base, cur_.guid);
    if (out.url.empty() && !cur_.about.empty()) out.url = ResolveHttp(cur_.about_base, cur_.about);
    if (out.url.empty() && !cur_.guid.empty() && IsHttpUrl(cur_.guid)) {
      out.url = ResolveHttp(cur_.guid_base, cur_.guid);  // isPermaLink="false" but a URL
    }
    if (out.url.empty()) {
      ++dropped_no_url_;
      return;
    }
    out.title = cur_.title;
    out.guid = !cur_.guid.empty() ? cur_.guid : cur_.about;
    for (const std::string* d : {&cur_.published, &cur_.pub_date, &cur_.dc_date, &cur_.updated}) {
      if (d->empty()) continue;
      std::optional<int64_t> t = ParseFeedDate(*d);
      if (t) {
        out.published_unix = *t;
        out.published = FormatIsoUtc(*t);
        break;
      }
    }
    if (feed_->entries.size() >= opts_.max_entries) {
      capped_ = true;
      return;
    }
    feed_->entries.push_back(std::move(out));
  }

  const FeedOptions& opts_;
  Feed* feed_;
  std::vector<std::string> bases_;
  bool root_seen_ = false;
  bool parent_is_channel_ = false;
  size_t item_depth_ = 0;
  Item cur_;
  Field field_ = Field::kNone;
  size_t capture_depth_ = 0;
  bool capture_html_ = false;
  std::string capture_base_;
  std::string text_;
  size_t dropped_no_url_ = 0;
  bool capped_ = false;
};

// --- HTML tag scanning -----------------------------------------------------------------------

struct HtmlTag {
  std::string name;  // lowercase
  bool end = false;
  std::vector<std::pair<std::string, std::string>> attrs;  // lowercase name, decoded value

  std::string_view Attr(std::string_view n) const {
    for (const auto& [k, v] : attrs) {
      if (k == n) return v;
    }
    return {};
  }
};

// Calls on_tag for each tag in document order; skips comments and the contents of
// script/style/template/textarea. Stops when on_tag returns false.
template <typename F>
void ScanHtmlTags(std::string_view html, F on_tag) {
  size_t i = 0;
  while (i < html.size()) {
    size_t lt = html.find('<', i);
    if (lt == std::string_view::npos) return;
    i = lt + 1;
    if (html.substr(lt, 4) == "<!--") {
      size_t end = html.find("-->", lt + 4);
      if (end == std::string_view::npos) return;
      i = end + 3;
      continue;
    }
    HtmlTag tag;
    size_t j = i;
    if (j < html.size() && html[j] == '/') {
      tag.end = true;
      ++j;
    }
    size_t name_start = j;
    while (j < html.size() &&
           (std::isalnum(static_cast<unsigned char>(html[j])) || html[j] == '-' || html[j] == ':')) {
      ++j;
    }
    if (j == name_start) continue;  // "<" followed by something else: text
    tag.name = AsciiLower(html.substr(name_start, j - name_start));
    // Attributes until '>' (quotes respected).
    while (j < html.size() && html[j] != '>') {
      while (j < html.size() && (IsAsciiSpace(html[j]) || html[j] == '/')) ++j;
      if (j >= html.size() || html[j] == '>') break;
      size_t ns = j;
      while (j < html.size() && !IsAsciiSpace(html[j]) && html[j] != '>' && html[j] != '=' &&
             !(html[j] == '/' && j + 1 < html.size() && html[j + 1] == '>')) {
        ++j;
      }
      std::string name = AsciiLower(html.substr(ns, j - ns));
      while (j < html.size() && IsAsciiSpace(html[j])) ++j;
      std::string value;
      if (j < html.size() && html[j] == '=') {
        ++j;
        while (j < html.size() && IsAsciiSpace(html[j])) ++j;
        if (j < html.size() && (html[j] == '"' || html[j] == '\'')) {
          char q = html[j];
          size_t end = html.find(q, j + 1);
          if (end == std::string_view::npos) end = html.size();
          value = DecodeXmlEntities(html.substr(j + 1, end - j - 1));
          j = std::min(end + 1, html.size());
        } else {
          size_t vs = j;
          while (j < html.size() && !IsAsciiSpace(html[j]) && html[j] != '>') ++j;
          value = DecodeXmlEntities(html.substr(vs, j - vs));
        }
      }
      if (!name.empty() && tag.attrs.size() < 64) tag.attrs.emplace_back(std::move(name), std::move(value));
      if (name.empty() && j < html.size() && html[j] != '>') ++j;
    }
    i = std::min(j + 1, html.size());
    if (!on_tag(tag)) return;
    if (!tag.end &&
        (tag.name == "script" || tag.name == "style" || tag.name == "template" || tag.name == "textarea")) {
      // Skip to the matching end tag (case-insensitive search).
      std::string close = "</" + tag.name;
      size_t k = i;
      while (true) {
        size_t p = html.find("</", k);
        if (p == std::string_view::npos) return;
        if (IEquals(html.substr(p, close.size()), close)) {
          i = p;
          break;
        }
        k = p + 2;
      }
    }
  }
}

bool HasRelToken(std::string_view rel, std::string_view token) {
  size_t i = 0;
  while (i < rel.size()) {
    while (i < rel.size() && IsAsciiSpace(rel[i])) ++i;
    size_t s = i;
    while (i < rel.size() && !IsAsciiSpace(rel[i])) ++i;
    if (i > s && IEquals(rel.substr(s, i - s), token)) return true;
  }
  return false;
}

bool IsFeedType(std::string_view type) {
  std::string t = AsciiLower(TrimSpace(type.substr(0, type.find(';'))));
  return t == "application/rss+xml" || t == "application/atom+xml" || t == "application/rdf+xml" ||
         t == "application/x-rss+xml" || t == "application/x-atom+xml";
}

std::string StripFragment(std::string url) {
  size_t hash = url.find('#');
  if (hash != std::string::npos) url.resize(hash);
  return url;
}

}  // namespace

std::string_view FeedFormatName(FeedFormat format) {
  switch (format) {
    case FeedFormat::kRss: return "rss";
    case FeedFormat::kAtom: return "atom";
    case FeedFormat::kRdf: return "rdf";
    case FeedFormat::kUnknown: break;
  }
  return "unknown";
}

std::optional<int64_t> ParseFeedDate(std::string_view text) {
  std::string_view s = TrimSpace(text);
  if (s.empty() || s.size() > 100) return std::nullopt;
  if (s.size() >= 4 && IsAsciiDigit(s[0]) && IsAsciiDigit(s[1]) && IsAsciiDigit(s[2]) && IsAsciiDigit(s[3])) {
    return ParseIso(s);
  }
  return ParseRfc822(s);
}

std::string FormatIsoUtc(int64_t t) {
  int64_t days = t >= 0 ? t / 86400 : (t - 86399) / 86400;
  int64_t secs = t - days * 86400;
  return FormatIsoDateTime(CivilFromDays(days), static_cast<int>(secs / 3600),
                           static_cast<int>(secs / 60 % 60), static_cast<int>(secs % 60), std::nullopt) +
         "Z";
}

Result<Feed> ParseFeed(std::string_view body, std::string_view base_url, const FeedOptions& opts) {
  Feed feed;
  body = CutDocument(body, opts.max_bytes, "feed", &feed.warnings);
  FeedHandler handler(base_url, opts, &feed);
  std::vector<std::string> xml_warnings;
  ParseXml(body, {.max_bytes = opts.max_bytes, .max_depth = opts.max_depth}, handler, &xml_warnings);
  if (feed.format == FeedFormat::kUnknown) {
    return Status::Unsupported(handler.root_seen() ? "feed: root element is not rss, feed or rdf:RDF"
                                                   : "feed: no XML root element");
  }
  feed.warnings.insert(feed.warnings.end(), xml_warnings.begin(), xml_warnings.end());
  AddEntryWarnings("feed", "URL", handler.dropped_no_url(), handler.capped(), opts.max_entries,
                   &feed.warnings);
  return feed;
}

PageLinks ExtractLinks(std::string_view html, std::string_view base_url, const LinkOptions& opts) {
  PageLinks out;
  if (html.size() > opts.max_bytes) html = html.substr(0, opts.max_bytes);
  std::string base(base_url);
  bool base_set = false;
  std::unordered_set<std::string> seen_links, seen_feeds;
  ScanHtmlTags(html, [&](const HtmlTag& tag) {
    if (tag.end) return true;
    if (tag.name == "base" && !base_set) {
      std::string_view href = tag.Attr("href");
      if (!href.empty()) {
        Result<std::string> r = ResolveUrl(base_url, href);
        if (r.ok()) {
          base = *r;
          base_set = true;
        }
      }
    } else if (tag.name == "a" || tag.name == "area") {
      if (out.links.size() >= opts.max_links) return true;
      if (opts.skip_nofollow && HasRelToken(tag.Attr("rel"), "nofollow")) return true;
      std::string u = StripFragment(ResolveHttp(base, tag.Attr("href")));
      if (!u.empty() && seen_links.insert(u).second) out.links.push_back(std::move(u));
    } else if (tag.name == "link") {
      std::string_view rel = tag.Attr("rel");
      if (HasRelToken(rel, "canonical") && out.canonical.empty()) {
        out.canonical = ResolveHttp(base, tag.Attr("href"));
      } else if (HasRelToken(rel, "alternate") && IsFeedType(tag.Attr("type")) && out.feeds.size() < 100) {
        std::string u = ResolveHttp(base, tag.Attr("href"));
        if (!u.empty() && seen_feeds.insert(u).second) out.feeds.push_back(std::move(u));
      }
    }
    return true;
  });
  return out;
}

std::vector<std::string> DiscoverFeeds(std::string_view html, std::string_view base_url) {
  LinkOptions opts;
  opts.max_links = 0;
  return ExtractLinks(html, base_url, opts).feeds;
}

}  // namespace hirewire::fetch
