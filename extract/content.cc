#include "extract/content.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstring>
#include <unordered_map>
#include <utility>

#include "corpus/utf8.h"
#include "extract/bylines.h"

namespace hirewire::extract::content {
namespace {

using html::Dom;
using html::kNoNode;
using html::Node;
using html::Tag;

// ---------------------------------------------------------------- UTF-8 helpers

inline bool IsCjk(uint32_t cp) {
  return (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3130 && cp <= 0x318F) ||
         (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3134F);
}

size_t CountPunct(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size();) {
    uint32_t cp = DecodeUtf8(s, &i);
    if (cp == ',' || cp == 0x3001 || cp == 0xFF0C || cp == 0x3002) ++n;
  }
  return n;
}

bool EndsLikeSentence(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  if (s.empty()) return false;
  static constexpr std::string_view kEnds[] = {".",  "!", "?", "\"", "'",  ")",  ":", "。", "！",
                                               "？", "”", "’", "」", "』", "）", "…", "다"};
  for (std::string_view e : kEnds)
    if (s.size() >= e.size() && s.substr(s.size() - e.size()) == e) return true;
  return false;
}

// ---------------------------------------------------------------- class/id signals

struct Patterns {
  RE2 unlikely{
      "-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|"
      "gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|"
      "sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|share|sharing|"
      "newsletter|subscri|recommend|caption|credit|copyright|byline|outbrain|taboola|promo|"
      "most-?read|popular|trending|cookie|consent|modal|toolbar|tag-?list|sr-only|"
      "visually-?hidden|screen-?reader|photo-?info|img-?desc|reporter|author|writer|signup|"
      "login|paywall|keyword|hashtag|print-only|skip|jump-?link|teaser-?list|more-?news|"
      "ranking|sns|carousel|slideshow|gallery|slider|swiper|lightbox|"
      "(^|[\\s-])(ad|ads|advert|advertisement|dfp)([\\s_-]|$)"};
  RE2 strong{
      "comment|related|share|sharing|social|newsletter|recommend|caption|credit|copyright|"
      "byline|outbrain|taboola|promo|most-?read|popular|trending|cookie|consent|breadcrumb|"
      "sidebar|footer|author|reporter|ranking|photo-?info|img-?desc|sns|"
      "(^|[\\s-])(ad|ads|advert|advertisement|dfp)([\\s_-]|$)"};
  RE2 maybe{"and|article|body|column|content|main|mathjax|shadow|story|text|post|entry|본문"};
  RE2 positive{
      "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|paragraph|"
      "prose|rich-?text|본문|detail"};
  RE2 negative{
      "-ad-|hidden|banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|"
      "meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|"
      "tags|tool|widget|recommend|newsletter|teaser|ranking|list"};
  RE2 lead{
      "lead|intro|standfirst|summary|dek\\b|subtitle|sub-?title|subhead|excerpt|abstract|"
      "sub-?tit|sapo|chapeau|teaser-?text|article-?teaser"};
  RE2 boiler{
      "(?i)^\\s*[\\[(【〔]?\\s*(사진|그래픽|영상|자료|출처|사진제공|일러스트|이미지)\\s*[=:／/]|"
      // A photo credit anywhere in a short line marks the line as a caption:
      // "…입국하고 있다. 2024.02.27[사진=홍길동 기자 hong@example.com]".
      "[\\[(【〔]\\s*(사진|그래픽|사진제공|영상)\\s*=|"
      "무단\\s*전재|재배포\\s*금지|무단\\s*복제|저작권자|ⓒ|©|\\(c\\)\\s*\\d{4}|copyright\\s|"
      "all rights reserved|alle rechte vorbehalten|著作権|無断転載|無断複製|版权所有|"
      "^\\s*(photo|photos|foto|fotos|bild|bilder|image|images|picture|video|grafik|quelle|source|"
      "credit|credits|illustration|fotograf[ií]a|imagen)\\s*:|"
      // Consent placeholders of embedded third-party content.
      "ein klick für den datenschutz|empfohlener redaktioneller inhalt|externen? inhalte? (von|anzeigen)|"
      "inhalte von drittanbietern|einverstanden, dass mir|datenschutzerklärung|"
      "third-party content|enable (javascript|cookies)|accept (all )?cookies|"
      // A template placeholder left in the page's text ("$$ARTICLEAD$$", "{{ad_slot}}").
      "^\\s*(\\$\\$|\\{\\{|%%)\\s*[A-Za-z0-9_.:-]+\\s*(\\$\\$|\\}\\}|%%)\\s*$"};
  // Date lines: only a date/time, or "Published …"/"입력 …" with a date, are not body.
  RE2 dateline{
      "(?i)^[\\s\\d.:/,\\-–|•·]*\\d[\\s\\d.:/,\\-–|•·]*(am|pm|uhr|h)?\\s*$|"
      "^(published|updated|last updated|posted|veröffentlicht|aktualisiert|stand:|publié|"
      "mis à jour|publicado|actualizado|pubblicato|입력|수정|업데이트|기사입력|更新|公開|配信|发布时间)"
      "[^\\n]{0,80}\\d"};
  // A block that opens the page's "more stories" part: nothing after it is body.
  RE2 terminator{
      "(?i)^[\\s\\p{P}\\p{S}]*(【?関連記事】?|関連記事|関連ニュース|関連企業・業界|あわせて読みたい|"
      "관련\\s*기사|관련\\s*뉴스|이\\s*시각\\s*주요뉴스|추천\\s*기사|相关新闻|相关阅读|"
      "related|related (articles|stories|content|coverage|news|topics)|more (from|on) .{0,40}|"
      "more [a-z]+ stories|more stories|read next|recommended( for you| stories| reading)?|"
      "tags|topics|most (read|popular|viewed)|trending( now)?|mehr zum thema|weitere artikel|"
      "das könnte sie auch interessieren|auch interessant|meistgelesen|schlagworte|themen|"
      "sur le même sujet|à lire aussi|lire aussi|leia (mais|também)|te puede interesar|"
      "noticias relacionadas|más noticias|les også|läs också|læs også|lees ook|"
      "you may also like|you might also like|also read)[\\s\\p{P}\\p{S}]*$"};
  RE2 ui{
      "(?i)^\\s*(advertisement|anzeige|werbung|광고|read more|also read|see also|related|"
      "related articles|related stories|recommended|lesen sie auch|lesen sie mehr|mehr zum thema|"
      "mehr zu|zum thema|weiterlesen|das könnte sie auch interessieren|zur startseite|"
      "continue reading|leia mais|leia também|leer más|lea también|lire aussi|à lire aussi|"
      "lees ook|läs också|les også|læs også|share|teilen|share this|listen|artikel anhören|"
      "관련\\s*기사|기사\\s*공유|関連記事|あわせて読みたい|sign up|subscribe|follow us|"
      "click here|jetzt abonnieren|newsletter|загрузка|loading|story continues below)\\b"};
};

const Patterns& P() {
  static const Patterns* p = new Patterns();
  return *p;
}

std::string ClassId(const Dom& dom, int32_t id) {
  std::string_view c = dom.GetAttr(id, "class");
  std::string_view i = dom.GetAttr(id, "id");
  std::string s;
  if (c.empty() && i.empty()) return s;
  s.reserve(c.size() + i.size() + 1);
  s.append(c);
  s.push_back(' ');
  s.append(i);
  return html::AsciiLower(s);
}

bool IsBlockTag(Tag t) {
  switch (t) {
    case Tag::kP:
    case Tag::kDiv:
    case Tag::kSection:
    case Tag::kArticle:
    case Tag::kMain:
    case Tag::kHeader:
    case Tag::kFooter:
    case Tag::kAside:
    case Tag::kNav:
    case Tag::kH1:
    case Tag::kH2:
    case Tag::kH3:
    case Tag::kH4:
    case Tag::kH5:
    case Tag::kH6:
    case Tag::kHgroup:
    case Tag::kUl:
    case Tag::kOl:
    case Tag::kLi:
    case Tag::kDl:
    case Tag::kDt:
    case Tag::kDd:
    case Tag::kTable:
    case Tag::kTr:
    case Tag::kTd:
    case Tag::kTh:
    case Tag::kTbody:
    case Tag::kThead:
    case Tag::kTfoot:
    case Tag::kCaption:
    case Tag::kBlockquote:
    case Tag::kPre:
    case Tag::kFigure:
    case Tag::kFigcaption:
    case Tag::kForm:
    case Tag::kFieldset:
    case Tag::kAddress:
    case Tag::kDetails:
    case Tag::kSummary:
    case Tag::kHr:
    case Tag::kBr:
    case Tag::kCenter:
    case Tag::kBody:
    case Tag::kHtml:
    case Tag::kMenu:
    case Tag::kDialog:
    case Tag::kOther: return true;
    default: return false;
  }
}

bool IsParagraphTag(Tag t) {
  switch (t) {
    case Tag::kP:
    case Tag::kH1:
    case Tag::kH2:
    case Tag::kH3:
    case Tag::kH4:
    case Tag::kH5:
    case Tag::kH6:
    case Tag::kLi:
    case Tag::kDd:
    case Tag::kDt:
    case Tag::kTd:
    case Tag::kTh:
    case Tag::kPre:
    case Tag::kBlockquote:
    case Tag::kAddress:
    case Tag::kSummary: return true;
    default: return false;
  }
}

bool IsSkippedTag(Tag t) {
  switch (t) {
    case Tag::kScript:
    case Tag::kStyle:
    case Tag::kNoscript:
    case Tag::kTemplate:
    case Tag::kSvg:
    case Tag::kMath:
    case Tag::kIframe:
    case Tag::kObject:
    case Tag::kEmbed:
    case Tag::kVideo:
    case Tag::kAudio:
    case Tag::kCanvas:
    case Tag::kSelect:
    case Tag::kOption:
    case Tag::kButton:
    case Tag::kInput:
    case Tag::kTextarea:
    case Tag::kNav:
    case Tag::kHead:
    case Tag::kFigcaption:
    case Tag::kFigure:
    case Tag::kAside:
    case Tag::kLabel:
    case Tag::kDialog:
    case Tag::kMenu:
    case Tag::kFooter:
    case Tag::kTitle:
    case Tag::kMeta:
    case Tag::kLink:
    case Tag::kSource:
    case Tag::kImg:
    case Tag::kPicture: return true;
    default: return false;
  }
}

int HeadingLevel(Tag t) {
  switch (t) {
    case Tag::kH1: return 1;
    case Tag::kH2: return 2;
    case Tag::kH3: return 3;
    case Tag::kH4: return 4;
    case Tag::kH5: return 5;
    case Tag::kH6: return 6;
    default: return 0;
  }
}

// Utility classes that hide an element ("hidden", "d-none", "sr-only"), unless a responsive
// class shows it again on some screens ("hidden md:block", "d-none d-md-block").
bool HiddenByClass(std::string_view cls) {
  bool hidden = false;
  size_t i = 0;
  while (i < cls.size()) {
    while (i < cls.size() && cls[i] == ' ') ++i;
    size_t e = i;
    while (e < cls.size() && cls[e] != ' ') ++e;
    std::string_view t = cls.substr(i, e - i);
    i = e;
    if (t.empty()) continue;
    if (t.find(':') != std::string_view::npos) return false;
    if (t.size() > 4 && t.substr(0, 2) == "d-" && t != "d-none") return false;
    if (t == "hidden" || t == "d-none" || t == "is-hidden" || t == "hide" || t == "sr-only" ||
        t == "visually-hidden" || t == "screen-reader-text" || t == "invisible")
      hidden = true;
  }
  return hidden;
}

bool HiddenByAttrs(const Dom& dom, int32_t id) {
  const Node& n = dom.nodes[id];
  for (uint32_t i = 0; i < n.attr_count; ++i) {
    const html::Attr& a = dom.attrs[n.attr_begin + i];
    if (a.name == "hidden") return true;
    if (a.name == "aria-hidden" && a.value == "true") return true;
    if (a.name == "class" && HiddenByClass(a.value)) return true;
    if (a.name == "style") {
      std::string v = html::AsciiLower(a.value);
      v.erase(std::remove(v.begin(), v.end(), ' '), v.end());
      if (v.find("display:none") != std::string::npos || v.find("visibility:hidden") != std::string::npos)
        return true;
    }
    if (a.name == "role") {
      static constexpr std::string_view kRoles[] = {"navigation",  "banner",  "contentinfo", "complementary",
                                                    "menu",        "menubar", "dialog",      "alert",
                                                    "alertdialog", "search",  "toolbar"};
      for (std::string_view r : kRoles)
        if (a.value == r) return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------- segmentation

class Segmenter {
 public:
  Segmenter(const Dom& dom, size_t max_blocks, bool strip_unlikely, Segmented* out)
      : dom_(dom), max_blocks_(max_blocks), strip_unlikely_(strip_unlikely), out_(out) {}

  void Run() {
    const size_t n = dom_.nodes.size();
    out_->subtree_end.resize(n);
    text_len_.assign(n, 0);
    for (size_t i = 0; i < n; ++i) {
      out_->subtree_end[i] = static_cast<int32_t>(i + 1);
      if (dom_.nodes[i].is_text()) text_len_[i] = dom_.nodes[i].text_len;
    }
    for (size_t i = n; i-- > 1;) {
      int32_t p = dom_.nodes[i].parent;
      if (p == kNoNode) continue;
      out_->subtree_end[p] = std::max(out_->subtree_end[p], out_->subtree_end[i]);
      if (!IsSkippedTag(dom_.nodes[i].tag)) text_len_[p] += text_len_[i];
    }
    total_text_ = std::max<size_t>(1, text_len_[0]);
    Walk(0);
    Flush();
  }

 private:
  // Returns true when the element's children should be visited.
  bool Enter(int32_t id) {
    const Node& n = dom_.nodes[id];
    if (n.is_text()) {
      Append(dom_.Text(n));
      return false;
    }
    if (IsSkippedTag(n.tag) || HiddenByAttrs(dom_, id)) return Skip(n);
    std::string cls = ClassId(dom_, id);
    bool lead = false;
    if (!cls.empty() && n.tag != Tag::kBody && n.tag != Tag::kHtml) {
      const Patterns& p = P();
      lead = RE2::PartialMatch(cls, p.lead);
      if (!lead && n.tag != Tag::kArticle && n.tag != Tag::kMain && RE2::PartialMatch(cls, p.unlikely)) {
        // Never drop most of the page on a class name alone (wrappers named "header-..."
        // hold whole pages on some sites).
        bool small = text_len_[id] * 2 < total_text_;
        if (strip_unlikely_ && small && !RE2::PartialMatch(cls, p.maybe)) return Skip(n);
        if (strip_unlikely_ && text_len_[id] * 4 < total_text_ && RE2::PartialMatch(cls, p.strong))
          return Skip(n);
      }
    }
    if (n.tag == Tag::kBr || n.tag == Tag::kHr) {
      Flush();
      return false;
    }
    if (IsBlockTag(n.tag)) {
      Flush();
      owners_.push_back(id);
    }
    if (n.tag == Tag::kA) ++a_depth_;
    if (int h = HeadingLevel(n.tag)) heading_.push_back(h);
    if (lead) ++lead_depth_;
    entered_.push_back(id);
    flags_.push_back(static_cast<uint8_t>(lead));
    return true;
  }

  // A skipped block element still ends the text block before it.
  bool Skip(const Node& n) {
    if (IsBlockTag(n.tag) || n.tag == Tag::kImg || n.tag == Tag::kButton) Flush();
    return false;
  }

  void Exit(int32_t id) {
    if (entered_.empty() || entered_.back() != id) return;
    const Node& n = dom_.nodes[id];
    bool lead = flags_.back();
    entered_.pop_back();
    flags_.pop_back();
    if (IsBlockTag(n.tag)) {
      Flush();
      if (!owners_.empty()) owners_.pop_back();
    }
    if (n.tag == Tag::kA && a_depth_ > 0) --a_depth_;
    if (HeadingLevel(n.tag) && !heading_.empty()) heading_.pop_back();
    if (lead && lead_depth_ > 0) --lead_depth_;
  }

  void Walk(int32_t start) {
    int32_t node = start;
    while (true) {
      if (out_->blocks.size() >= max_blocks_) return;
      bool descend = Enter(node);
      const Node& n = dom_.nodes[node];
      if (descend && n.first_child != kNoNode) {
        node = n.first_child;
        continue;
      }
      while (true) {
        Exit(node);
        if (node == start) return;
        int32_t next = dom_.nodes[node].next_sibling;
        if (next != kNoNode) {
          node = next;
          break;
        }
        node = dom_.nodes[node].parent;
        if (node == kNoNode) return;
      }
    }
  }

  void Append(std::string_view t) {
    for (size_t i = 0; i < t.size();) {
      unsigned char c = static_cast<unsigned char>(t[i]);
      bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
      size_t len = 1;
      if (c == 0xC2 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xA0) {
        space = true;
        len = 2;
      }
      if (space) {
        pending_space_ = !buf_.empty();
        i += len;
        continue;
      }
      if (pending_space_) {
        buf_.push_back(' ');
        pending_space_ = false;
      }
      len = std::max<size_t>(Utf8SequenceLength(t, i), 1);
      buf_.append(t.substr(i, len));
      ++chars_;
      if (a_depth_ > 0) ++link_chars_;
      i += len;
    }
  }

  void Flush() {
    pending_space_ = false;
    if (buf_.empty()) {
      chars_ = link_chars_ = 0;
      return;
    }
    Block b;
    b.text = std::move(buf_);
    buf_.clear();
    b.owner = owners_.empty() ? 0 : owners_.back();
    b.owner_tag = dom_.nodes[b.owner].tag;
    b.chars = chars_;
    b.link_chars = link_chars_;
    b.weight = TextWeight(b.text);
    b.heading = heading_.empty() ? 0 : heading_.back();
    b.lead_like = lead_depth_ > 0;
    chars_ = link_chars_ = 0;
    if (out_->blocks.size() < max_blocks_) out_->blocks.push_back(std::move(b));
  }

  const Dom& dom_;
  size_t max_blocks_;
  bool strip_unlikely_;
  Segmented* out_;
  std::vector<uint32_t> text_len_;
  size_t total_text_ = 1;
  std::vector<int32_t> owners_;
  std::vector<int32_t> entered_;
  std::vector<uint8_t> flags_;
  std::vector<int> heading_;
  int a_depth_ = 0;
  int lead_depth_ = 0;
  std::string buf_;
  bool pending_space_ = false;
  size_t chars_ = 0;
  size_t link_chars_ = 0;
};

// ---------------------------------------------------------------- scoring

bool InSubtree(const Segmented& seg, int32_t root, int32_t node) {
  return node >= root && node < seg.subtree_end[root];
}

double ClassWeight(const Dom& dom, int32_t id) {
  std::string cls = ClassId(dom, id);
  if (cls.empty()) return 0;
  double w = 0;
  if (RE2::PartialMatch(cls, P().negative)) w -= 25;
  if (RE2::PartialMatch(cls, P().positive)) w += 25;
  return w;
}

double TagWeight(Tag t) {
  switch (t) {
    case Tag::kDiv: return 5;
    case Tag::kArticle: return 10;
    case Tag::kPre:
    case Tag::kTd:
    case Tag::kBlockquote: return 3;
    case Tag::kAddress:
    case Tag::kOl:
    case Tag::kUl:
    case Tag::kDl:
    case Tag::kDd:
    case Tag::kDt:
    case Tag::kLi:
    case Tag::kForm: return -3;
    case Tag::kH1:
    case Tag::kH2:
    case Tag::kH3:
    case Tag::kH4:
    case Tag::kH5:
    case Tag::kH6:
    case Tag::kTh: return -5;
    default: return 0;
  }
}

std::string Normalized(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    uint32_t cp = DecodeUtf8(s, &i);
    if (cp == ' ' || cp == 0x3000) continue;
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp));
    } else {
      out.append(s.substr(start, i - start));
    }
  }
  return out;
}

}  // namespace

size_t TextWeight(std::string_view s) {
  size_t w = 0;
  for (size_t i = 0; i < s.size();) {
    uint32_t cp = DecodeUtf8(s, &i);
    w += IsCjk(cp) ? 2 : 1;
  }
  return w;
}

bool IsBoilerplateLine(std::string_view text) {
  const Patterns& p = P();
  if (text.size() < 400 && RE2::PartialMatch(text, p.boiler)) return true;
  if (text.size() < 120 && RE2::PartialMatch(text, p.ui)) return true;
  if (text.size() < 100 && RE2::PartialMatch(text, p.dateline)) return true;
  return false;
}

Segmented Segment(const Dom& dom, size_t max_blocks, bool strip_unlikely) {
  Segmented seg;
  if (dom.nodes.empty()) return seg;
  Segmenter s(dom, max_blocks, strip_unlikely, &seg);
  s.Run();
  return seg;
}

namespace {

// The candidate containers of a page and their scores (readability's votes).
struct Votes {
  std::unordered_map<int32_t, double> score;                      // tag + class weight + votes
  std::vector<int32_t> candidates;                                // in order of their first vote
  std::unordered_map<int32_t, std::pair<size_t, size_t>> totals;  // text and link chars per element
  std::unordered_map<int32_t, double> final_score;                // score scaled by (1 - link density)

  double LinkDensity(int32_t id) const {
    auto it = totals.find(id);
    if (it == totals.end() || it->second.first == 0) return 0.0;
    return static_cast<double>(it->second.second) / it->second.first;
  }
  double Final(int32_t id) const {
    auto it = final_score.find(id);
    return it == final_score.end() ? 0.0 : it->second;
  }
};

// 1. Every paragraph-like block adds to its container and a few ancestors; text and link totals
// go to twelve ancestors.
Votes CastVotes(const Dom& dom, const std::vector<Block>& blocks) {
  Votes v;
  auto init = [&](int32_t id) {
    auto [it, inserted] = v.score.try_emplace(id, 0.0);
    if (inserted) {
      it->second = TagWeight(dom.nodes[id].tag) + ClassWeight(dom, id);
      v.candidates.push_back(id);
    }
    return it;
  };
  for (const Block& b : blocks) {
    for (int32_t a = b.owner, k = 0; a != kNoNode && k < 12; a = dom.nodes[a].parent, ++k) {
      auto& t = v.totals[a];
      t.first += b.chars;
      t.second += b.link_chars;
    }
    if (b.weight < 25 || b.LinkDensity() > 0.5 || b.heading) continue;
    double s = 1.0 + CountPunct(b.text) + std::min<double>(b.weight / 100.0, 3.0);
    int32_t start = IsParagraphTag(b.owner_tag) ? dom.nodes[b.owner].parent : b.owner;
    int level = 0;
    for (int32_t a = start; a != kNoNode && level < 5; a = dom.nodes[a].parent, ++level) {
      if (a == 0) break;
      double div = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      init(a)->second += s / div;
    }
  }
  return v;
}

// Fills the final scores; returns the best candidate (the first of equals).
int32_t ScoreCandidates(Votes* v) {
  int32_t top = kNoNode;
  for (int32_t c : v->candidates) {
    double f = v->score[c] * (1.0 - v->LinkDensity(c));
    v->final_score[c] = f;
    if (top == kNoNode || f > v->final_score[top]) top = c;
  }
  return top;
}

// 2. Readability's refinements: a shared ancestor of several strong candidates wins; walk up
// while the parent scores better.
int32_t RefineTop(const Dom& dom, const Segmented& seg, const Votes& v, int32_t top) {
  std::vector<int32_t> sorted = v.candidates;
  std::sort(sorted.begin(), sorted.end(), [&](int32_t a, int32_t b) {
    return v.Final(a) > v.Final(b) || (v.Final(a) == v.Final(b) && a < b);
  });
  double top_score = v.Final(top);
  std::vector<int32_t> alts;
  for (size_t i = 1; i < sorted.size() && i < 5; ++i)
    if (v.Final(sorted[i]) >= 0.75 * top_score) alts.push_back(sorted[i]);
  if (alts.size() >= 3) {
    for (int32_t a = dom.nodes[top].parent; a != kNoNode && a != 0; a = dom.nodes[a].parent) {
      int shared = 0;
      for (int32_t alt : alts)
        if (InSubtree(seg, a, alt)) ++shared;
      if (shared >= 3) {
        top = a;
        break;
      }
    }
  }
  double last = v.Final(top);
  for (int32_t a = dom.nodes[top].parent; a != kNoNode && a != 0; a = dom.nodes[a].parent) {
    if (!v.final_score.count(a)) continue;
    double ps = v.Final(a);
    if (ps < last / 3) break;
    if (ps > last) {
      top = a;
      break;
    }
    last = ps;
  }
  return top;
}

// Whether c is p's only element child (other children are blank text).
bool OnlyElementChild(const Dom& dom, int32_t p, int32_t c) {
  for (int32_t k = dom.nodes[p].first_child; k != kNoNode; k = dom.nodes[k].next_sibling) {
    if (k == c) continue;
    if (!dom.nodes[k].is_text()) return false;
    for (char ch : dom.Text(dom.nodes[k]))
      if (ch != ' ' && ch != '\n' && ch != '\t' && ch != '\r') return false;
  }
  return true;
}

// A wrapper whose only element child is the top candidate stands for it, so that sibling
// modules of the same article (split into several boxes) are found.
int32_t ClimbWrappers(const Dom& dom, int32_t top) {
  for (int32_t p = dom.nodes[top].parent; p != kNoNode && p != 0; p = dom.nodes[p].parent) {
    Tag t = dom.nodes[p].tag;
    if (t == Tag::kBody || t == Tag::kHtml || !OnlyElementChild(dom, p, top)) break;
    top = p;
  }
  return top;
}

// A sibling <p> of the top candidate that reads as prose: long with few links, or a short
// link-free sentence.
bool ProseSiblingParagraph(const std::vector<Block>& blocks, const Votes& v,
                           const std::unordered_multimap<int32_t, size_t>& owned, int32_t s) {
  if (v.totals.find(s) == v.totals.end()) return false;
  double ld = v.LinkDensity(s);
  size_t w = 0;
  bool sentence = false;
  auto range = owned.equal_range(s);
  for (auto it = range.first; it != range.second; ++it) {
    w += blocks[it->second].weight;
    sentence = sentence || EndsLikeSentence(blocks[it->second].text);
  }
  return (w > 80 && ld < 0.25) || (w > 0 && w <= 80 && ld == 0 && sentence);
}

// 3. The top candidate plus its content-like siblings (a strong score, the top's class, or a
// prose paragraph), in document order.
std::vector<int32_t> KeepRoots(const Dom& dom, const std::vector<Block>& blocks, const Votes& v, int32_t top,
                               double top_score, double threshold, const std::string& top_class) {
  std::vector<int32_t> keep_roots;
  int32_t parent = dom.nodes[top].parent;
  if (parent == kNoNode) {
    keep_roots.push_back(top);
    return keep_roots;
  }
  std::unordered_multimap<int32_t, size_t> owned;  // block owner -> block index
  for (size_t i = 0; i < blocks.size(); ++i) owned.emplace(blocks[i].owner, i);
  for (int32_t s = dom.nodes[parent].first_child; s != kNoNode; s = dom.nodes[s].next_sibling) {
    if (s == top) {
      keep_roots.push_back(s);
      continue;
    }
    if (dom.nodes[s].is_text()) continue;
    double bonus = (!top_class.empty() && dom.GetAttr(s, "class") == top_class) ? top_score * 0.2 : 0;
    if (v.Final(s) + bonus >= threshold) {
      keep_roots.push_back(s);
      continue;
    }
    if (dom.nodes[s].tag == Tag::kP && ProseSiblingParagraph(blocks, v, owned, s)) keep_roots.push_back(s);
  }
  return keep_roots;
}

// 3b. Bodies split into several containers (a paywall or an ad slot between two halves): other
// strong candidates with the top's exact tag and class are more of the same body.
void AddSplitBodyParts(const Dom& dom, const Segmented& seg, const Votes& v, int32_t top, double threshold,
                       const std::string& top_class, std::vector<int32_t>* keep_roots) {
  if (top_class.empty()) return;
  for (int32_t c : v.candidates) {
    if (v.Final(c) < threshold || dom.nodes[c].tag != dom.nodes[top].tag) continue;
    if (dom.GetAttr(c, "class") != top_class) continue;
    bool covered = false;
    for (int32_t r : *keep_roots)
      if (InSubtree(seg, r, c) || InSubtree(seg, c, r)) covered = true;
    if (!covered) keep_roots->push_back(c);
  }
  std::sort(keep_roots->begin(), keep_roots->end());
}

// 4. Blocks inside the kept subtrees that are not the title, boilerplate, link lists or bylines.
std::vector<size_t> PickBlocks(const Segmented& seg, const std::vector<int32_t>& keep_roots,
                               const std::string& title_norm) {
  std::vector<size_t> picked;
  for (size_t i = 0; i < seg.blocks.size(); ++i) {
    const Block& b = seg.blocks[i];
    // keep_roots are siblings in document order: their subtrees are disjoint, sorted ranges.
    auto it = std::upper_bound(keep_roots.begin(), keep_roots.end(), b.owner);
    if (it == keep_roots.begin() || !InSubtree(seg, *(it - 1), b.owner)) continue;
    if (b.heading == 1) continue;
    if (!title_norm.empty() && Normalized(b.text) == title_norm) continue;
    if (IsBoilerplateLine(b.text)) continue;
    double ld = b.LinkDensity();
    // Inside a paragraph (<p>), linked words with plain text around them are still prose
    // (lists of linked place names); link-only paragraphs are link lists.
    bool in_p = b.owner_tag == Tag::kP && b.chars > b.link_chars + 2;
    if (in_p ? ld > 0.9 : (ld > 0.5 || (ld > 0.3 && b.weight < 100))) continue;
    if (b.chars < 150 && IsBylineParagraph(b.text)) continue;
    picked.push_back(i);
  }
  return picked;
}

// A short line that opens the page's "more stories" part ("Related articles", "関連記事") after
// enough body text ends the body.
void CutAtTerminator(const std::vector<Block>& blocks, std::vector<size_t>* picked) {
  size_t seen = 0;
  for (size_t k = 0; k < picked->size(); ++k) {
    const Block& b = blocks[(*picked)[k]];
    if (seen >= 300 && b.chars <= 60 && RE2::FullMatch(b.text, P().terminator)) {
      picked->resize(k);
      return;
    }
    seen += b.weight;
  }
}

// The picked blocks from the first to the last content-like one (a subheading directly followed
// by body text starts the body, with all its <br> lines).
std::vector<size_t> TrimToContent(const std::vector<Block>& blocks, const std::vector<size_t>& picked) {
  auto content_like = [&](size_t i) {
    const Block& b = blocks[i];
    if (b.heading) return false;
    return b.weight >= 80 || (b.weight >= 20 && EndsLikeSentence(b.text));
  };
  size_t first = 0;
  while (first < picked.size() && !content_like(picked[first])) {
    if (blocks[picked[first]].heading && first + 1 < picked.size() && content_like(picked[first + 1])) break;
    ++first;
  }
  while (first > 0 && first < picked.size() && blocks[picked[first]].heading &&
         picked[first - 1] + 1 == picked[first] &&
         blocks[picked[first - 1]].owner == blocks[picked[first]].owner)
    --first;
  size_t last = picked.size();
  while (last > first && !content_like(picked[last - 1])) --last;
  return std::vector<size_t>(picked.begin() + first, picked.begin() + last);
}

// 5. Lead/summary paragraphs just before the body (after the headline), e.g. the standfirst:
// the page's description, or lead-like blocks.
void PrependLeads(const std::vector<Block>& blocks, const BodyHints& hints, std::vector<size_t>* result) {
  if (result->empty()) return;
  std::string desc_norm = Normalized(hints.description);
  size_t start = result->front();
  size_t lo = start > 40 ? start - 40 : 0;
  // Only look after the last h1 (the headline) when there is one in the window.
  for (size_t i = start; i-- > lo;)
    if (blocks[i].heading == 1) {
      lo = i + 1;
      break;
    }
  std::vector<size_t> leads;
  for (size_t i = lo; i < start; ++i) {
    const Block& b = blocks[i];
    if (b.heading == 1 || b.LinkDensity() > 0.2 || b.weight < 30) continue;
    if (IsBoilerplateLine(b.text)) continue;
    std::string n = Normalized(b.text);
    bool matches_desc = desc_norm.size() >= 20 &&
                        (n == desc_norm || (n.size() >= desc_norm.size() * 9 / 10 &&
                                            n.find(desc_norm.substr(0, desc_norm.size() * 9 / 10)) == 0));
    if (matches_desc || (b.lead_like && b.weight >= 40 && !b.heading)) leads.push_back(i);
  }
  if (!leads.empty()) result->insert(result->begin(), leads.begin(), leads.end());
}

}  // namespace

std::vector<size_t> SelectBody(const Dom& dom, const Segmented& seg, const BodyHints& hints) {
  const std::vector<Block>& blocks = seg.blocks;
  if (blocks.empty()) return {};
  Votes votes = CastVotes(dom, blocks);
  if (votes.candidates.empty()) return {};
  int32_t top = RefineTop(dom, seg, votes, ScoreCandidates(&votes));
  double top_score = votes.Final(top);
  top = ClimbWrappers(dom, top);
  double threshold = std::max(10.0, top_score * 0.2);
  std::string top_class(dom.GetAttr(top, "class"));
  std::vector<int32_t> keep_roots = KeepRoots(dom, blocks, votes, top, top_score, threshold, top_class);
  AddSplitBodyParts(dom, seg, votes, top, threshold, top_class, &keep_roots);
  std::vector<size_t> picked = PickBlocks(seg, keep_roots, Normalized(hints.title));
  CutAtTerminator(blocks, &picked);
  std::vector<size_t> result = TrimToContent(blocks, picked);
  PrependLeads(blocks, hints, &result);
  return result;
}

std::vector<size_t> PlainTextBlocks(const Segmented& seg, const BodyHints& hints) {
  std::string title_norm = Normalized(hints.title);
  std::vector<size_t> out;
  for (size_t i = 0; i < seg.blocks.size(); ++i) {
    const Block& b = seg.blocks[i];
    if (b.heading == 1 || b.chars == 0) continue;
    if (!title_norm.empty() && Normalized(b.text) == title_norm) continue;
    if (IsBoilerplateLine(b.text) || b.LinkDensity() > 0.5) continue;
    if (b.chars < 150 && IsBylineParagraph(b.text)) continue;
    out.push_back(i);
  }
  return out;
}

}  // namespace hirewire::extract::content
