// Internal to extract: a compact, read-only DOM built from gumbo's parse tree, plus the
// script bodies (JSON-LD, embedded page state) lifted out before parsing.
//
// Gumbo stays inside html_dom.cc. Nodes live in one vector and link by index (no pointers,
// no recursion needed to walk them). Depth is capped: elements deeper than the cap are
// flattened into their ancestor at the cap (their text is kept, their tags are dropped).
//
// Thread-safety: a Dom is a value; ParseHtmlDom is reentrant.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/text.h"

namespace hirewire::extract::html {

enum class Tag : uint8_t {
  kOther,
  kText,
  kHtml,
  kHead,
  kTitle,
  kMeta,
  kLink,
  kBody,
  kArticle,
  kMain,
  kSection,
  kDiv,
  kP,
  kSpan,
  kA,
  kBr,
  kHr,
  kH1,
  kH2,
  kH3,
  kH4,
  kH5,
  kH6,
  kHgroup,
  kUl,
  kOl,
  kLi,
  kDl,
  kDt,
  kDd,
  kTable,
  kTr,
  kTd,
  kTh,
  kTbody,
  kThead,
  kTfoot,
  kCaption,
  kBlockquote,
  kPre,
  kFigure,
  kFigcaption,
  kImg,
  kPicture,
  kNav,
  kHeader,
  kFooter,
  kAside,
  kForm,
  kFieldset,
  kButton,
  kInput,
  kSelect,
  kOption,
  kTextarea,
  kLabel,
  kScript,
  kStyle,
  kNoscript,
  kTemplate,
  kSvg,
  kMath,
  kIframe,
  kObject,
  kEmbed,
  kVideo,
  kAudio,
  kCanvas,
  kSource,
  kTime,
  kAddress,
  kStrong,
  kB,
  kEm,
  kI,
  kU,
  kSmall,
  kSub,
  kSup,
  kCite,
  kQ,
  kMark,
  kCode,
  kDetails,
  kSummary,
  kMenu,
  kDialog,
  kCenter,
  kFont,
  kRuby,
  kRb,
  kRt,
  kRtc,
  kRp,
  kWbr,
  kDel,
  kIns,
  kAbbr,
  kData,
  kBdi,
};

inline constexpr int32_t kNoNode = -1;

struct Attr {
  std::string name;  // lowercase
  std::string value;
};

struct Node {
  Tag tag = Tag::kOther;
  int32_t parent = kNoNode;
  int32_t first_child = kNoNode;
  int32_t last_child = kNoNode;
  int32_t next_sibling = kNoNode;
  uint32_t text_begin = 0;  // text nodes: byte range in Dom::text
  uint32_t text_len = 0;
  uint32_t attr_begin = 0;  // elements: range in Dom::attrs
  uint32_t attr_count = 0;
  uint16_t depth = 0;

  bool is_text() const { return tag == Tag::kText; }
};

// A <script> body lifted out before parsing.
struct Script {
  std::string type;  // lowercase value of the type attribute ("" when absent)
  std::string id;
  std::string body;
};

struct Dom {
  std::vector<Node> nodes;  // nodes[0] is the document root (a kHtml-like element)
  std::vector<Attr> attrs;
  std::string text;  // all text node contents, back to back
  std::vector<Script> scripts;
  bool depth_capped = false;
  bool parse_truncated = false;  // markup beyond DomOptions::max_parse_bytes was not parsed

  std::string_view Text(const Node& n) const {
    return std::string_view(text).substr(n.text_begin, n.text_len);
  }
  // Attribute value, or "" when absent.
  std::string_view GetAttr(int32_t node, std::string_view name) const;
  bool HasAttr(int32_t node, std::string_view name) const;
};

struct DomOptions {
  int max_tree_depth = 400;
  // Keep the bodies of scripts whose type is JSON (ld+json, application/json) or that look like
  // embedded page state; other script bodies are dropped. Bodies longer than this are cut.
  size_t max_script_bytes = 8u << 20;
  // Markup left after removing script/style bodies is parsed up to this many bytes (gumbo
  // needs ~25 bytes of memory per byte of tag-dense markup).
  size_t max_parse_bytes = 4u << 20;
};

// Parses UTF-8 HTML. Never fails; the tree is whatever gumbo makes of the input. Script and
// style bodies are removed before parsing (scripts are kept in Dom::scripts), which only
// makes gumbo faster.
Dom ParseHtmlDom(std::string_view utf8, const DomOptions& opts);

// Concatenated text of the subtree (iterative), whitespace as in the source.
std::string SubtreeText(const Dom& dom, int32_t node);

// Decodes HTML character references ("&ouml;", "&#8216;", "&amp;") in plain text with the full
// HTML5 table, `rounds` times at most (text escaped twice, "&amp;ouml;", needs two). Text
// without '&' is returned unchanged. Never fails.
std::string DecodeCharacterReferences(std::string_view text, int rounds = 2);

// Lowercase ASCII copy.
using ::hirewire::AsciiLower;  // corpus/text.h's, under the name callers already use

}  // namespace hirewire::extract::html
