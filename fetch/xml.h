// A small, lenient, linear-time XML pull parser for feeds and sitemaps (no XML library).
//
// Why not expat/libxml2: feeds and sitemaps in the wild are often not well-formed (HTML
// entities such as &nbsp;, stray '&', unclosed or misnested tags, HTML inside <description>).
// A strict parser stops at the first error and loses every entry after it; this one recovers
// and reports what it repaired as warnings.
//
// What it handles: start/end/empty-element tags, attributes (quoted or not), text, CDATA,
// character references and the XML plus common HTML named entities (unknown ones are kept
// literally), comments, processing instructions, DOCTYPE (with an internal subset, whose
// entity declarations are ignored: no entity expansion, so no "billion laughs"), namespaces
// (xmlns / xmlns:p declarations resolved per element), xml:base is left to the caller.
// Recovery: an end tag closes the nearest open element of that name (the ones above it are
// closed implicitly, with a warning); an end tag matching nothing is ignored; elements left
// open at the end are closed. Limits: input bytes, nesting depth (deeper elements and their
// content are skipped), attributes per element, namespace bindings.
//
// Thread-safety: ParseXml is reentrant; the handler is called on the calling thread.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace hirewire::fetch {

struct XmlAttribute {
  std::string qname;  // as written, e.g. "xml:base", "href"
  std::string local;  // "base", "href"
  std::string ns;     // namespace URI of a prefixed attribute; empty for unprefixed ones
  std::string value;  // entities decoded
};

struct XmlElement {
  std::string qname;   // as written, e.g. "news:title"
  std::string local;   // "title"
  std::string ns;      // resolved namespace URI ("" when none or the prefix is undeclared)
  std::string prefix;  // "news"
  std::vector<XmlAttribute> attrs;

  // Value of the first attribute with this qualified name, or "" (and *found = false).
  std::string_view Attr(std::string_view qname, bool* found = nullptr) const;
};

// Receives parse events. `depth` is 1 for the root element.
class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  virtual void OnStart(const XmlElement& element, size_t depth) = 0;
  virtual void OnEnd(const XmlElement& element, size_t depth) = 0;
  // Character data (entities decoded; CDATA verbatim); may arrive in several pieces.
  virtual void OnText(std::string_view text) = 0;
};

struct XmlOptions {
  size_t max_bytes = 64u << 20;
  size_t max_depth = 256;
  size_t max_attributes = 256;         // per element; further ones dropped
  size_t max_namespace_bindings = 64;  // open at the same time; further ones ignored
};

// Parses `doc` (UTF-8 or any ASCII-compatible encoding; a UTF-8 BOM is skipped) and calls the
// handler. Never fails; problems are appended to `warnings` (deduplicated, at most 20).
void ParseXml(std::string_view doc, const XmlOptions& opts, XmlHandler& handler,
              std::vector<std::string>* warnings);

// The frame ParseFeed and ParseSitemap share; `what` ("feed", "sitemap") starts each warning.
//
// `doc` cut to `max_bytes`, the cut said in *warnings ("<what>: input cut at N bytes").
std::string_view CutDocument(std::string_view doc, size_t max_bytes, std::string_view what,
                             std::vector<std::string>* warnings);
// Warnings about the entry list: `dropped` entries had no usable http(s) URL (`url_name` names
// where it should have been), and the list stopped at `max_entries` when `capped`.
void AddEntryWarnings(std::string_view what, std::string_view url_name, size_t dropped, bool capped,
                      size_t max_entries, std::vector<std::string>* warnings);

// Decodes character references and named entities (XML's five plus common HTML ones);
// unknown or malformed references are kept as written.
std::string DecodeXmlEntities(std::string_view text);

}  // namespace hirewire::fetch
