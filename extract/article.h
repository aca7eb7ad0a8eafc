// HTML page bytes -> Article (title, authors, date, language, site name, body paragraphs).
// The only entry point of the HTML side of extract; gumbo stays inside article.cc and friends.
//
// Thread-safety: pure functions; safe to call from many threads at once.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "corpus/records.h"
#include "corpus/status.h"

namespace hirewire::extract {

struct PageContext {
  std::string source;        // copied into Article::source
  std::string url;           // fetched URL, if known
  std::string content_type;  // transport Content-Type (charset is honoured first)
  std::string fetched_at;    // ISO 8601; dates after it are implausible
  std::string country;  // ISO 3166-1 alpha-2 given by the caller (--country); overrides the page's signals
};

struct ExtractOptions {
  size_t max_input_bytes = 64u << 20;  // larger inputs are truncated, with a warning
  int max_tree_depth = 400;            // deeper DOM is flattened/ignored, with a warning
  size_t max_paragraphs = 5000;
  // Markup left after removing script/style bodies is parsed up to this size (with a warning);
  // bounds memory, as gumbo needs ~25 bytes per byte of tag-dense markup.
  size_t max_parse_bytes = 4u << 20;
};

// Never fails on odd HTML: problems become Article::warnings. Fails only when there is no
// usable document at all (e.g. binary input), with a Status naming why.
Result<Article> ExtractArticle(std::string_view bytes, const PageContext& ctx,
                               const ExtractOptions& opts = {});

// Plain text (UTF-8 or detectable charset): paragraphs are blank-line separated blocks, or
// lines when the text has no blank lines.
Result<Article> ArticleFromText(std::string_view bytes, const PageContext& ctx,
                                const ExtractOptions& opts = {});

}  // namespace hirewire::extract
