// Internal to extract: page metadata from JSON-LD (NewsArticle & co., inside @graph and
// arrays), OpenGraph, Twitter cards, <meta> tags, <link rel=canonical>, <time>, <title>, <h1>
// and byline elements. Values are raw (not yet cleaned or parsed); article.cc decides.
//
// Thread-safety: pure functions; safe to call from many threads at once.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/status.h"
#include "extract/html_dom.h"

namespace hirewire::extract::metadata {

struct PageMeta {
  // Title candidates.
  std::string og_title;
  std::string twitter_title;
  std::string ld_headline;
  std::string title_tag;
  std::vector<std::string> h1s;  // first few <h1> texts, whitespace collapsed
  // The first <h1>/<h2> elements in document order (visible headline candidates). `tail` is the
  // text of the last child element when the heading is built from several text-bearing parts
  // (a kicker span, then the headline span); empty otherwise.
  struct Heading {
    std::string text;
    std::string tail;
    bool h1 = false;
    bool breadcrumb = false;  // class marks it as a breadcrumb/SEO copy, not the shown headline
  };
  std::vector<Heading> headings;

  std::string description;        // og:description, else meta description, else JSON-LD
  std::string site_name;          // og:site_name, else JSON-LD publisher name, else application-name
  std::string canonical_url;      // <link rel=canonical>, else og:url
  std::string declared_language;  // <html lang>, content-language, og:locale, inLanguage
  std::string html_lang;          // <html lang> alone
  std::string og_locale;          // og:locale alone ("en_CA")
  std::string publisher_country;  // JSON-LD publisher address addressCountry, as written

  std::vector<std::string> ld_authors;    // JSON-LD author/creator names
  std::vector<std::string> meta_authors;  // <meta name=author|byl|...>, article:author (not URLs)
  std::vector<std::string> dom_authors;   // rel=author, itemprop=author, byline elements

  std::vector<std::string> dates;  // publication date candidates, best first
  std::string ld_article_body;     // JSON-LD articleBody (longest)
  bool has_ld_article = false;
};

PageMeta ExtractMetadata(const html::Dom& dom);

// The meta keys table (extract/data/meta_keys.tsv) as compiled in: Ok, or what is wrong with it.
Status MetaKeysStatus();
std::string_view EmbeddedMetaKeysTsv();

// Removes the site name ("... | Site", "Site - ...", "...：Site") from a title; `site_name`
// may be empty (then only well-known separators followed by a short tail that is also the
// tail of `other_title` are removed).
std::string StripSiteName(std::string_view title, std::string_view site_name);

// String literals inside script text (JSON or JS: "..." with JSON/JS escapes), decoded, that
// are at least `min_len` bytes long, with the key they belong to ("key": "value"; "" if none).
// Strings that are themselves JSON-encoded text are searched one level deeper. Bounded work.
struct JsonString {
  std::string key;
  std::string value;
};
std::vector<JsonString> LongJsonStrings(std::string_view script, size_t min_len, size_t max_items = 200);

}  // namespace hirewire::extract::metadata
