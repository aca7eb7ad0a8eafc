#include "extract/html_dom.h"

#include <gumbo.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <utility>

#include "corpus/text.h"

namespace hirewire::extract::html {
namespace {

// Finds "</name" (case-insensitive) from `from`; npos when absent.
size_t FindEndTag(std::string_view s, size_t from, std::string_view name) {
  while (true) {
    size_t lt = s.find("</", from);
    if (lt == std::string_view::npos) return lt;
    if (lt + 2 + name.size() <= s.size() && IEquals(s.substr(lt + 2, name.size()), name)) {
      size_t after = lt + 2 + name.size();
      if (after == s.size() || IsHtmlSpace(s[after]) || s[after] == '>' || s[after] == '/') return lt;
    }
    from = lt + 2;
  }
}

// End of a start tag beginning at `lt` ('<'): index just past '>', honouring quoted values.
size_t StartTagEnd(std::string_view s, size_t lt) {
  char quote = 0;
  for (size_t i = lt + 1; i < s.size(); ++i) {
    char c = s[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      // Quotes only open inside attribute values (after '='), which is close enough here.
      if (i > 0 && (s[i - 1] == '=' || IsHtmlSpace(s[i - 1]))) quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  return s.size();
}

// Value of attribute `name` inside a raw start tag ("<script type=... id=...>"); "" if absent.
std::string RawAttr(std::string_view tag, std::string_view name) {
  size_t i = 1;
  while (i < tag.size() && !IsHtmlSpace(tag[i]) && tag[i] != '>') ++i;
  while (i < tag.size()) {
    while (i < tag.size() && (IsHtmlSpace(tag[i]) || tag[i] == '/')) ++i;
    size_t ns = i;
    while (i < tag.size() && !IsHtmlSpace(tag[i]) && tag[i] != '=' && tag[i] != '>') ++i;
    std::string_view an = tag.substr(ns, i - ns);
    if (an.empty()) break;
    while (i < tag.size() && IsHtmlSpace(tag[i])) ++i;
    std::string_view val;
    if (i < tag.size() && tag[i] == '=') {
      ++i;
      while (i < tag.size() && IsHtmlSpace(tag[i])) ++i;
      if (i < tag.size() && (tag[i] == '"' || tag[i] == '\'')) {
        char q = tag[i++];
        size_t vs = i;
        while (i < tag.size() && tag[i] != q) ++i;
        val = tag.substr(vs, i - vs);
        if (i < tag.size()) ++i;
      } else {
        size_t vs = i;
        while (i < tag.size() && !IsHtmlSpace(tag[i]) && tag[i] != '>') ++i;
        val = tag.substr(vs, i - vs);
      }
    }
    if (IEquals(an, name)) return AsciiLower(val);
  }
  return "";
}

bool IsVoidOrOptionalEnd(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "area",   "base",     "br",    "col",    "embed", "hr",       "img", "input", "link", "meta",  "param",
      "source", "track",    "wbr",   "keygen", "p",     "li",       "dt",  "dd",    "tr",   "td",    "th",
      "option", "optgroup", "tbody", "thead",  "tfoot", "colgroup", "rb",  "rt",    "rp",   "image", "frame"};
  for (std::string_view n : kNames)
    if (IEquals(n, name)) return true;
  return false;
}

// Removes comments and script/style bodies (keeping JSON-ish script bodies aside), and drops
// tags nested deeper than `max_depth` so that gumbo never builds a pathological tree.
std::string Preprocess(std::string_view in, const DomOptions& opts, Dom* dom) {
  std::string out;
  out.reserve(std::min(in.size(), opts.max_parse_bytes + 4096));
  size_t pos = 0;
  int depth = 0;
  while (pos < in.size()) {
    if (out.size() >= opts.max_parse_bytes) {
      dom->parse_truncated = true;
      break;
    }
    const void* p = std::memchr(in.data() + pos, '<', in.size() - pos);
    if (!p) {
      out.append(in.substr(pos));
      break;
    }
    size_t lt = static_cast<const char*>(p) - in.data();
    out.append(in.substr(pos, lt - pos));
    pos = lt;
    if (in.compare(lt, 4, "<!--") == 0) {
      size_t end = in.find("-->", lt + 4);
      pos = end == std::string_view::npos ? in.size() : end + 3;
      continue;
    }
    bool end_tag = lt + 1 < in.size() && in[lt + 1] == '/';
    size_t ns = lt + (end_tag ? 2 : 1);
    if (ns >= in.size() || !IsAsciiAlpha(in[ns])) {
      out.push_back('<');
      pos = lt + 1;
      continue;
    }
    size_t ne = ns;
    while (ne < in.size() && !IsHtmlSpace(in[ne]) && in[ne] != '>' && in[ne] != '/') ++ne;
    std::string_view name = in.substr(ns, ne - ns);
    size_t tag_end = StartTagEnd(in, lt);
    std::string_view tag = in.substr(lt, tag_end - lt);
    if (!end_tag && (IEquals(name, "script") || IEquals(name, "style"))) {
      bool is_script = name.size() == 6;
      size_t close = FindEndTag(in, tag_end, name);
      size_t body_end = close == std::string_view::npos ? in.size() : close;
      std::string_view body = in.substr(tag_end, body_end - tag_end);
      if (is_script && !body.empty()) {
        std::string type = RawAttr(tag, "type");
        bool jsonish = type.find("json") != std::string::npos;
        bool code = type.empty() || type.find("javascript") != std::string::npos || type == "module" ||
                    type.find("ecmascript") != std::string::npos;
        if (jsonish || (code && body.size() > 1000)) {
          Script s;
          s.type = std::move(type);
          s.id = RawAttr(tag, "id");
          s.body.assign(body.substr(0, std::min(body.size(), opts.max_script_bytes)));
          dom->scripts.push_back(std::move(s));
        }
      }
      out.append(tag);
      if (close == std::string_view::npos) {
        pos = in.size();
      } else {
        size_t close_end = StartTagEnd(in, close);
        out.append(in.substr(close, close_end - close));
        pos = close_end;
      }
      continue;
    }
    bool self_closing = tag.size() >= 2 && tag[tag.size() - 2] == '/';
    bool counted = !self_closing && !IsVoidOrOptionalEnd(name);
    bool keep = true;
    if (counted) {
      if (end_tag) {
        keep = depth <= opts.max_tree_depth;
        if (depth > 0) --depth;
      } else {
        ++depth;
        keep = depth <= opts.max_tree_depth;
      }
    }
    if (keep) {
      out.append(tag);
    } else {
      dom->depth_capped = true;
      out.push_back(' ');
    }
    pos = tag_end;
  }
  return out;
}

Tag MapTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_HTML: return Tag::kHtml;
    case GUMBO_TAG_HEAD: return Tag::kHead;
    case GUMBO_TAG_TITLE: return Tag::kTitle;
    case GUMBO_TAG_META: return Tag::kMeta;
    case GUMBO_TAG_LINK: return Tag::kLink;
    case GUMBO_TAG_BODY: return Tag::kBody;
    case GUMBO_TAG_ARTICLE: return Tag::kArticle;
    case GUMBO_TAG_MAIN: return Tag::kMain;
    case GUMBO_TAG_SECTION: return Tag::kSection;
    case GUMBO_TAG_DIV: return Tag::kDiv;
    case GUMBO_TAG_P: return Tag::kP;
    case GUMBO_TAG_SPAN: return Tag::kSpan;
    case GUMBO_TAG_A: return Tag::kA;
    case GUMBO_TAG_BR: return Tag::kBr;
    case GUMBO_TAG_HR: return Tag::kHr;
    case GUMBO_TAG_H1: return Tag::kH1;
    case GUMBO_TAG_H2: return Tag::kH2;
    case GUMBO_TAG_H3: return Tag::kH3;
    case GUMBO_TAG_H4: return Tag::kH4;
    case GUMBO_TAG_H5: return Tag::kH5;
    case GUMBO_TAG_H6: return Tag::kH6;
    case GUMBO_TAG_HGROUP: return Tag::kHgroup;
    case GUMBO_TAG_UL: return Tag::kUl;
    case GUMBO_TAG_OL: return Tag::kOl;
    case GUMBO_TAG_LI: return Tag::kLi;
    case GUMBO_TAG_DL: return Tag::kDl;
    case GUMBO_TAG_DT: return Tag::kDt;
    case GUMBO_TAG_DD: return Tag::kDd;
    case GUMBO_TAG_TABLE: return Tag::kTable;
    case GUMBO_TAG_TR: return Tag::kTr;
    case GUMBO_TAG_TD: return Tag::kTd;
    case GUMBO_TAG_TH: return Tag::kTh;
    case GUMBO_TAG_TBODY: return Tag::kTbody;
    case GUMBO_TAG_THEAD: return Tag::kThead;
    case GUMBO_TAG_TFOOT: return Tag::kTfoot;
    case GUMBO_TAG_CAPTION: return Tag::kCaption;
    case GUMBO_TAG_BLOCKQUOTE: return Tag::kBlockquote;
    case GUMBO_TAG_PRE: return Tag::kPre;
    case GUMBO_TAG_FIGURE: return Tag::kFigure;
    case GUMBO_TAG_FIGCAPTION: return Tag::kFigcaption;
    case GUMBO_TAG_IMG: return Tag::kImg;
    case GUMBO_TAG_NAV: return Tag::kNav;
    case GUMBO_TAG_HEADER: return Tag::kHeader;
    case GUMBO_TAG_FOOTER: return Tag::kFooter;
    case GUMBO_TAG_ASIDE: return Tag::kAside;
    case GUMBO_TAG_FORM: return Tag::kForm;
    case GUMBO_TAG_FIELDSET: return Tag::kFieldset;
    case GUMBO_TAG_BUTTON: return Tag::kButton;
    case GUMBO_TAG_INPUT: return Tag::kInput;
    case GUMBO_TAG_SELECT: return Tag::kSelect;
    case GUMBO_TAG_OPTION: return Tag::kOption;
    case GUMBO_TAG_TEXTAREA: return Tag::kTextarea;
    case GUMBO_TAG_LABEL: return Tag::kLabel;
    case GUMBO_TAG_SCRIPT: return Tag::kScript;
    case GUMBO_TAG_STYLE: return Tag::kStyle;
    case GUMBO_TAG_NOSCRIPT: return Tag::kNoscript;
    case GUMBO_TAG_TEMPLATE: return Tag::kTemplate;
    case GUMBO_TAG_SVG: return Tag::kSvg;
    case GUMBO_TAG_MATH: return Tag::kMath;
    case GUMBO_TAG_IFRAME: return Tag::kIframe;
    case GUMBO_TAG_OBJECT: return Tag::kObject;
    case GUMBO_TAG_EMBED: return Tag::kEmbed;
    case GUMBO_TAG_VIDEO: return Tag::kVideo;
    case GUMBO_TAG_AUDIO: return Tag::kAudio;
    case GUMBO_TAG_CANVAS: return Tag::kCanvas;
    case GUMBO_TAG_SOURCE: return Tag::kSource;
    case GUMBO_TAG_TIME: return Tag::kTime;
    case GUMBO_TAG_ADDRESS: return Tag::kAddress;
    case GUMBO_TAG_STRONG: return Tag::kStrong;
    case GUMBO_TAG_B: return Tag::kB;
    case GUMBO_TAG_EM: return Tag::kEm;
    case GUMBO_TAG_I: return Tag::kI;
    case GUMBO_TAG_U: return Tag::kU;
    case GUMBO_TAG_SMALL: return Tag::kSmall;
    case GUMBO_TAG_SUB: return Tag::kSub;
    case GUMBO_TAG_SUP: return Tag::kSup;
    case GUMBO_TAG_CITE: return Tag::kCite;
    case GUMBO_TAG_Q: return Tag::kQ;
    case GUMBO_TAG_MARK: return Tag::kMark;
    case GUMBO_TAG_CODE: return Tag::kCode;
    case GUMBO_TAG_DETAILS: return Tag::kDetails;
    case GUMBO_TAG_SUMMARY: return Tag::kSummary;
    case GUMBO_TAG_MENU: return Tag::kMenu;
    case GUMBO_TAG_CENTER: return Tag::kCenter;
    case GUMBO_TAG_FONT: return Tag::kFont;
    case GUMBO_TAG_RUBY: return Tag::kRuby;
    case GUMBO_TAG_RB: return Tag::kRb;
    case GUMBO_TAG_RT: return Tag::kRt;
    case GUMBO_TAG_RTC: return Tag::kRtc;
    case GUMBO_TAG_RP: return Tag::kRp;
    case GUMBO_TAG_WBR: return Tag::kWbr;
    case GUMBO_TAG_DEL: return Tag::kDel;
    case GUMBO_TAG_INS: return Tag::kIns;
    case GUMBO_TAG_ABBR: return Tag::kAbbr;
    case GUMBO_TAG_DATA: return Tag::kData;
    case GUMBO_TAG_BDI: return Tag::kBdi;
    default: return Tag::kOther;
  }
}

bool KeepAttr(const char* name) {
  static constexpr const char* kNames[] = {"class",   "id",         "itemprop", "itemtype",    "role",
                                           "href",    "property",   "name",     "content",     "datetime",
                                           "rel",     "lang",       "hidden",   "aria-hidden", "type",
                                           "pubdate", "http-equiv", "charset",  "xml:lang",    "style"};
  for (const char* n : kNames)
    if (std::strcmp(n, name) == 0) return true;
  return false;
}

struct GumboOutputDeleter {
  void operator()(GumboOutput* out) const { gumbo_destroy_output(&kGumboDefaultOptions, out); }
};

int32_t AddNode(Dom* dom, Tag tag, int32_t parent, uint16_t depth) {
  int32_t id = static_cast<int32_t>(dom->nodes.size());
  Node n;
  n.tag = tag;
  n.parent = parent;
  n.depth = depth;
  dom->nodes.push_back(n);
  if (parent != kNoNode) {
    Node& p = dom->nodes[parent];
    if (p.last_child == kNoNode) {
      p.first_child = id;
    } else {
      dom->nodes[p.last_child].next_sibling = id;
    }
    p.last_child = id;
  }
  return id;
}

}  // namespace

std::string_view Dom::GetAttr(int32_t node, std::string_view name) const {
  const Node& n = nodes[node];
  for (uint32_t i = 0; i < n.attr_count; ++i) {
    const Attr& a = attrs[n.attr_begin + i];
    if (a.name == name) return a.value;
  }
  return {};
}

bool Dom::HasAttr(int32_t node, std::string_view name) const {
  const Node& n = nodes[node];
  for (uint32_t i = 0; i < n.attr_count; ++i)
    if (attrs[n.attr_begin + i].name == name) return true;
  return false;
}

std::string DecodeCharacterReferences(std::string_view text, int rounds) {
  std::string cur(text);
  for (int r = 0; r < rounds; ++r) {
    size_t amp = cur.find('&');
    if (amp == std::string::npos || cur.find(';', amp) == std::string::npos) break;
    // <title> is RCDATA: gumbo decodes references and treats nothing else as markup once the
    // only '<' left is the closing tag.
    std::string doc = "<title>";
    for (char c : cur) {
      if (c == '<')
        doc += "&lt;";
      else
        doc.push_back(c);
    }
    doc += "</title>";
    Dom dom = ParseHtmlDom(doc, DomOptions{});
    std::string decoded;
    for (const Node& n : dom.nodes)
      if (n.is_text()) decoded.append(dom.Text(n));
    if (decoded == cur) break;
    cur = std::move(decoded);
  }
  return cur;
}

std::string SubtreeText(const Dom& dom, int32_t node) {
  std::string out;
  if (node == kNoNode) return out;
  std::vector<int32_t> stack{node};
  while (!stack.empty()) {
    int32_t id = stack.back();
    stack.pop_back();
    const Node& n = dom.nodes[id];
    if (n.is_text()) {
      out.append(dom.Text(n));
      continue;
    }
    if (n.tag == Tag::kScript || n.tag == Tag::kStyle) continue;
    if (n.tag == Tag::kBr) out.push_back(' ');
    // Push children in reverse so they pop in document order.
    size_t mark = stack.size();
    for (int32_t c = n.first_child; c != kNoNode; c = dom.nodes[c].next_sibling) stack.push_back(c);
    std::reverse(stack.begin() + mark, stack.end());
  }
  return out;
}

Dom ParseHtmlDom(std::string_view utf8, const DomOptions& opts) {
  Dom dom;
  std::string clean = Preprocess(utf8, opts, &dom);
  GumboOptions gopts = kGumboDefaultOptions;
  gopts.max_errors = 0;  // errors are not used; recording them only costs time
  std::unique_ptr<GumboOutput, GumboOutputDeleter> out(
      gumbo_parse_with_options(&gopts, clean.data(), clean.size()));
  dom.nodes.reserve(clean.size() / 40 + 16);
  dom.text.reserve(clean.size() / 3);
  int32_t root = AddNode(&dom, Tag::kOther, kNoNode, 0);

  struct Frame {
    const GumboVector* children;
    unsigned index;
    int32_t parent;  // our node that receives the children
    uint16_t depth;  // depth of `parent`
  };
  std::vector<Frame> stack;
  stack.push_back({&out->document->v.document.children, 0, root, 0});
  const int cap = std::max(1, opts.max_tree_depth);
  while (!stack.empty()) {
    Frame& f = stack.back();
    if (f.index >= f.children->length) {
      stack.pop_back();
      continue;
    }
    const GumboNode* g = static_cast<const GumboNode*>(f.children->data[f.index++]);
    int32_t parent = f.parent;
    uint16_t depth = f.depth;
    switch (g->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA: {
        const char* t = g->v.text.text;
        size_t len = std::strlen(t);
        if (len == 0) break;
        // Merge with a preceding text sibling (flattened subtrees produce runs of them).
        int32_t last = dom.nodes[parent].last_child;
        if (last != kNoNode && dom.nodes[last].is_text() &&
            dom.nodes[last].text_begin + dom.nodes[last].text_len == dom.text.size()) {
          dom.text.append(t, len);
          dom.nodes[last].text_len += static_cast<uint32_t>(len);
          break;
        }
        int32_t id = AddNode(&dom, Tag::kText, parent, static_cast<uint16_t>(depth + 1));
        dom.nodes[id].text_begin = static_cast<uint32_t>(dom.text.size());
        dom.nodes[id].text_len = static_cast<uint32_t>(len);
        dom.text.append(t, len);
        break;
      }
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE: {
        const GumboElement& e = g->v.element;
        if (depth + 1 > cap) {
          // Too deep: keep the text, drop the element (children go to `parent`).
          dom.depth_capped = true;
          stack.push_back({&e.children, 0, parent, depth});
          break;
        }
        int32_t id = AddNode(&dom, MapTag(e.tag), parent, static_cast<uint16_t>(depth + 1));
        Node& n = dom.nodes[id];
        n.attr_begin = static_cast<uint32_t>(dom.attrs.size());
        for (unsigned i = 0; i < e.attributes.length; ++i) {
          const GumboAttribute* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
          if (!KeepAttr(a->name)) continue;
          dom.attrs.push_back({a->name, a->value});
        }
        n.attr_count = static_cast<uint32_t>(dom.attrs.size()) - n.attr_begin;
        stack.push_back({&e.children, 0, id, static_cast<uint16_t>(depth + 1)});
        break;
      }
      default: break;
    }
  }
  return dom;
}

}  // namespace hirewire::extract::html
