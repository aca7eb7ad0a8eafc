#include "fetch/xml.h"

#include <algorithm>
#include <cstdint>
#include <utility>

#include "corpus/text.h"

namespace hirewire::fetch {
namespace {

bool IsNameStart(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || u >= 0x80;
}
bool IsNameChar(char c) { return IsNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.'; }

struct NamedEntity {
  std::string_view name;
  uint32_t cp;
};

// XML's five and the HTML entities that show up in feeds.
constexpr NamedEntity kEntities[] = {
    {"amp", '&'},      {"lt", '<'},       {"gt", '>'},        {"quot", '"'},      {"apos", '\''},
    {"nbsp", 0xA0},    {"ndash", 0x2013}, {"mdash", 0x2014},  {"lsquo", 0x2018},  {"rsquo", 0x2019},
    {"sbquo", 0x201A}, {"ldquo", 0x201C}, {"rdquo", 0x201D},  {"bdquo", 0x201E},  {"hellip", 0x2026},
    {"middot", 0xB7},  {"bull", 0x2022},  {"copy", 0xA9},     {"reg", 0xAE},      {"trade", 0x2122},
    {"laquo", 0xAB},   {"raquo", 0xBB},   {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"euro", 0x20AC},
    {"pound", 0xA3},   {"yen", 0xA5},     {"cent", 0xA2},     {"deg", 0xB0},      {"times", 0xD7},
    {"divide", 0xF7},  {"para", 0xB6},    {"sect", 0xA7},     {"shy", 0xAD},      {"iexcl", 0xA1},
    {"iquest", 0xBF},  {"eacute", 0xE9},  {"egrave", 0xE8},   {"ecirc", 0xEA},    {"euml", 0xEB},
    {"aacute", 0xE1},  {"agrave", 0xE0},  {"acirc", 0xE2},    {"auml", 0xE4},     {"aring", 0xE5},
    {"atilde", 0xE3},  {"ccedil", 0xE7},  {"iacute", 0xED},   {"igrave", 0xEC},   {"icirc", 0xEE},
    {"iuml", 0xEF},    {"ntilde", 0xF1},  {"oacute", 0xF3},   {"ograve", 0xF2},   {"ocirc", 0xF4},
    {"ouml", 0xF6},    {"otilde", 0xF5},  {"oslash", 0xF8},   {"uacute", 0xFA},   {"ugrave", 0xF9},
    {"ucirc", 0xFB},   {"uuml", 0xFC},    {"szlig", 0xDF},    {"Eacute", 0xC9},   {"Auml", 0xC4},
    {"Ouml", 0xD6},    {"Uuml", 0xDC},    {"zwj", 0x200D},    {"zwnj", 0x200C},   {"thinsp", 0x2009},
    {"ensp", 0x2002},  {"emsp", 0x2003},
};

// Decodes the reference starting at s[i] == '&'. On success appends and returns the number of
// bytes consumed; returns 0 when it is not a valid reference.
size_t DecodeOne(std::string_view s, size_t i, std::string& out) {
  // Look at most 34 bytes ahead, so text full of '&' stays linear.
  size_t semi = s.substr(0, std::min(s.size(), i + 35)).find(';', i + 1);
  if (semi == std::string_view::npos) return 0;
  std::string_view body = s.substr(i + 1, semi - i - 1);
  if (body.empty()) return 0;
  if (body[0] == '#') {
    uint32_t cp = 0;
    bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 8) return 0;
    for (char c : digits) {
      int v;
      if (c >= '0' && c <= '9') {
        v = c - '0';
      } else if (hex && c >= 'a' && c <= 'f') {
        v = c - 'a' + 10;
      } else if (hex && c >= 'A' && c <= 'F') {
        v = c - 'A' + 10;
      } else {
        return 0;
      }
      cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(v);
      if (cp > 0x10FFFF) cp = 0x110000;  // stays invalid, no overflow
    }
    AppendUtf8(&out, cp);
    return semi - i + 1;
  }
  for (const NamedEntity& e : kEntities) {
    if (e.name == body) {
      AppendUtf8(&out, e.cp);
      return semi - i + 1;
    }
  }
  return 0;
}

void DecodeInto(std::string_view s, std::string& out) {
  size_t i = 0;
  while (i < s.size()) {
    size_t amp = s.find('&', i);
    if (amp == std::string_view::npos) {
      out.append(s.substr(i));
      return;
    }
    out.append(s.substr(i, amp - i));
    size_t n = DecodeOne(s, amp, out);
    if (n == 0) {
      out.push_back('&');
      i = amp + 1;
    } else {
      i = amp + n;
    }
  }
}

constexpr std::string_view kXmlNs = "http://www.w3.org/XML/1998/namespace";

class Parser {
 public:
  Parser(std::string_view doc, const XmlOptions& opts, XmlHandler& handler,
         std::vector<std::string>* warnings)
      : doc_(doc), opts_(opts), handler_(handler), warnings_(warnings) {}

  void Run() {
    if (doc_.size() > opts_.max_bytes) {
      Warn("xml: input cut at size limit");
      doc_ = doc_.substr(0, opts_.max_bytes);
    }
    if (doc_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
    while (pos_ < doc_.size()) {
      if (doc_[pos_] != '<') {
        size_t lt = doc_.find('<', pos_);
        if (lt == std::string_view::npos) lt = doc_.size();
        EmitText(doc_.substr(pos_, lt - pos_), /*decode=*/true);
        pos_ = lt;
        continue;
      }
      std::string_view rest = doc_.substr(pos_);
      if (rest.substr(0, 4) == "<!--") {
        SkipPast("-->", 4, "xml: unterminated comment");
      } else if (rest.substr(0, 9) == "<![CDATA[") {
        size_t end = doc_.find("]]>", pos_ + 9);
        if (end == std::string_view::npos) {
          Warn("xml: unterminated CDATA");
          EmitText(doc_.substr(pos_ + 9), false);
          pos_ = doc_.size();
        } else {
          EmitText(doc_.substr(pos_ + 9, end - pos_ - 9), false);
          pos_ = end + 3;
        }
      } else if (rest.substr(0, 2) == "<!") {
        SkipDeclaration();
      } else if (rest.substr(0, 2) == "<?") {
        SkipPast("?>", 2, "xml: unterminated processing instruction");
      } else if (rest.size() >= 2 && rest[1] == '/') {
        EndTag();
      } else if (rest.size() >= 2 && IsNameStart(rest[1])) {
        StartTag();
      } else {
        EmitText("<", false);  // a stray '<' ("a < b"): keep it as text
        ++pos_;
      }
    }
    if (!stack_.empty()) {
      Warn("xml: unclosed <" + stack_.back().element.qname + "> at end of input");
      while (!stack_.empty()) Pop();
    }
  }

 private:
  struct Open {
    XmlElement element;
    size_t bindings_before = 0;
  };

  void Warn(std::string message) {
    if (warnings_ == nullptr || warnings_->size() >= 20) return;
    if (std::find(warnings_->begin(), warnings_->end(), message) != warnings_->end()) return;
    warnings_->push_back(std::move(message));
  }

  void EmitText(std::string_view text, bool decode) {
    if (text.empty() || skip_depth_ > 0 || stack_.empty()) return;
    if (decode && text.find('&') != std::string_view::npos) {
      scratch_.clear();
      DecodeInto(text, scratch_);
      handler_.OnText(scratch_);
    } else {
      handler_.OnText(text);
    }
  }

  void SkipPast(std::string_view terminator, size_t start, const char* warning) {
    size_t end = doc_.find(terminator, pos_ + start);
    if (end == std::string_view::npos) {
      Warn(warning);
      pos_ = doc_.size();
    } else {
      pos_ = end + terminator.size();
    }
  }

  // <!DOCTYPE ... [ internal subset ] > and other <! declarations.
  void SkipDeclaration() {
    int bracket = 0;
    char quote = 0;
    for (size_t i = pos_ + 2; i < doc_.size(); ++i) {
      char c = doc_[i];
      if (quote != 0) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        ++bracket;
      } else if (c == ']') {
        if (bracket > 0) --bracket;
      } else if (c == '>' && bracket == 0) {
        pos_ = i + 1;
        return;
      }
    }
    Warn("xml: unterminated declaration");
    pos_ = doc_.size();
  }

  std::string_view ReadName() {
    size_t start = pos_;
    while (pos_ < doc_.size() && IsNameChar(doc_[pos_])) ++pos_;
    return doc_.substr(start, pos_ - start);
  }

  void SkipSpace() {
    while (pos_ < doc_.size() && IsHtmlSpace(doc_[pos_])) ++pos_;
  }

  std::string Resolve(std::string_view prefix) const {
    if (prefix == "xml") return std::string(kXmlNs);
    for (size_t i = bindings_.size(); i > 0; --i) {
      if (bindings_[i - 1].first == prefix) return bindings_[i - 1].second;
    }
    return std::string();
  }

  static void SplitQName(std::string_view q, std::string_view* prefix, std::string_view* local) {
    size_t colon = q.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon + 1 == q.size()) {
      *prefix = {};
      *local = q;
    } else {
      *prefix = q.substr(0, colon);
      *local = q.substr(colon + 1);
    }
  }

  void StartTag() {
    ++pos_;  // '<'
    std::string_view qname = ReadName();
    XmlElement el;
    el.qname = std::string(qname);
    bool self_closing = false;
    // Attributes.
    while (true) {
      SkipSpace();
      if (pos_ >= doc_.size()) {
        Warn("xml: unterminated tag <" + el.qname + ">");
        break;
      }
      char c = doc_[pos_];
      if (c == '>') {
        ++pos_;
        break;
      }
      if (c == '/' && pos_ + 1 < doc_.size() && doc_[pos_ + 1] == '>') {
        pos_ += 2;
        self_closing = true;
        break;
      }
      if (c == '<') {  // "<a <b>": the tag was never closed
        Warn("xml: unterminated tag <" + el.qname + ">");
        break;
      }
      std::string_view name = ReadName();
      if (name.empty()) {
        ++pos_;  // junk such as a lone '/', '"' or '='
        continue;
      }
      SkipSpace();
      std::string value;
      if (pos_ < doc_.size() && doc_[pos_] == '=') {
        ++pos_;
        SkipSpace();
        if (pos_ < doc_.size() && (doc_[pos_] == '"' || doc_[pos_] == '\'')) {
          char q = doc_[pos_];
          size_t end = doc_.find(q, pos_ + 1);
          if (end == std::string_view::npos) {
            Warn("xml: unterminated attribute value");
            end = doc_.size();
          }
          DecodeInto(doc_.substr(pos_ + 1, end - pos_ - 1), value);
          pos_ = std::min(end + 1, doc_.size());
        } else {
          size_t start = pos_;
          while (pos_ < doc_.size() && !IsHtmlSpace(doc_[pos_]) && doc_[pos_] != '>' &&
                 !(doc_[pos_] == '/' && pos_ + 1 < doc_.size() && doc_[pos_ + 1] == '>')) {
            ++pos_;
          }
          DecodeInto(doc_.substr(start, pos_ - start), value);
        }
      }
      if (el.attrs.size() >= opts_.max_attributes) {
        Warn("xml: too many attributes");
        continue;
      }
      XmlAttribute attr;
      attr.qname = std::string(name);
      attr.value = std::move(value);
      el.attrs.push_back(std::move(attr));
    }

    if (skip_depth_ > 0 || stack_.size() >= opts_.max_depth) {
      if (skip_depth_ == 0) Warn("xml: nesting deeper than limit skipped");
      if (!self_closing) ++skip_depth_;
      return;
    }

    // Namespace declarations first, then resolve names.
    size_t bindings_before = bindings_.size();
    for (const XmlAttribute& a : el.attrs) {
      std::string_view q = a.qname;
      if (q == "xmlns" || q.substr(0, 6) == "xmlns:") {
        if (bindings_.size() >= opts_.max_namespace_bindings) {
          Warn("xml: too many namespace declarations");
          continue;
        }
        std::string prefix = q.size() > 6 ? std::string(q.substr(6)) : std::string();
        bindings_.emplace_back(std::move(prefix), a.value);
      }
    }
    std::string_view prefix, local;
    SplitQName(el.qname, &prefix, &local);
    el.prefix = std::string(prefix);
    el.local = std::string(local);
    el.ns = Resolve(prefix);
    for (XmlAttribute& a : el.attrs) {
      std::string_view ap, al;
      SplitQName(a.qname, &ap, &al);
      a.local = std::string(al);
      if (!ap.empty() && ap != "xmlns") a.ns = Resolve(ap);
    }

    stack_.push_back(Open{std::move(el), bindings_before});
    handler_.OnStart(stack_.back().element, stack_.size());
    if (self_closing) Pop();
  }

  void Pop() {
    handler_.OnEnd(stack_.back().element, stack_.size());
    bindings_.resize(stack_.back().bindings_before);
    stack_.pop_back();
  }

  void EndTag() {
    pos_ += 2;  // "</"
    std::string_view name = ReadName();
    size_t end = pos_;
    while (end < doc_.size() && doc_[end] != '>' && doc_[end] != '<') ++end;
    if (end < doc_.size() && doc_[end] == '>') {
      pos_ = end + 1;
    } else {
      Warn("xml: unterminated end tag");
      pos_ = end;
    }
    if (skip_depth_ > 0) {
      --skip_depth_;
      return;
    }
    for (size_t i = stack_.size(); i > 0; --i) {
      if (stack_[i - 1].element.qname == name) {
        if (i != stack_.size()) {
          Warn("xml: <" + stack_.back().element.qname + "> closed implicitly by </" + std::string(name) +
               ">");
        }
        while (stack_.size() >= i) Pop();
        return;
      }
    }
    Warn("xml: stray end tag </" + std::string(name) + ">");
  }

  std::string_view doc_;
  const XmlOptions& opts_;
  XmlHandler& handler_;
  std::vector<std::string>* warnings_;
  size_t pos_ = 0;
  size_t skip_depth_ = 0;
  std::vector<Open> stack_;
  std::vector<std::pair<std::string, std::string>> bindings_;
  std::string scratch_;
};

}  // namespace

std::string_view XmlElement::Attr(std::string_view name, bool* found) const {
  for (const XmlAttribute& a : attrs) {
    if (a.qname == name) {
      if (found != nullptr) *found = true;
      return a.value;
    }
  }
  if (found != nullptr) *found = false;
  return {};
}

void ParseXml(std::string_view doc, const XmlOptions& opts, XmlHandler& handler,
              std::vector<std::string>* warnings) {
  Parser(doc, opts, handler, warnings).Run();
}

std::string_view CutDocument(std::string_view doc, size_t max_bytes, std::string_view what,
                             std::vector<std::string>* warnings) {
  if (doc.size() <= max_bytes) return doc;
  warnings->push_back(std::string(what) + ": input cut at " + std::to_string(max_bytes) + " bytes");
  return doc.substr(0, max_bytes);
}

void AddEntryWarnings(std::string_view what, std::string_view url_name, size_t dropped, bool capped,
                      size_t max_entries, std::vector<std::string>* warnings) {
  const std::string w(what);
  if (dropped > 0) {
    warnings->push_back(w + ": " + std::to_string(dropped) + " entries without a usable http(s) " +
                        std::string(url_name) + " dropped");
  }
  if (capped) warnings->push_back(w + ": entries capped at " + std::to_string(max_entries));
}

std::string DecodeXmlEntities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  DecodeInto(text, out);
  return out;
}

}  // namespace hirewire::fetch
