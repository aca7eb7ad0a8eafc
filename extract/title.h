// Internal to extract: the article's headline from the page metadata.
//
// The visible headline (an <h1>/<h2> near the top) decides between the metadata titles
// (OpenGraph, JSON-LD headline, Twitter card): the first metadata title, in that order, that
// agrees with a visible heading wins. "Agrees" means the same words (punctuation, quotes and
// case aside), or the heading is a topic kicker followed by the title, or the title is a kicker
// and a colon before the heading ("Kicker: Headline" over a page that shows "Headline"). With no
// agreement, the JSON-LD headline, then an <h1> that the <title> contains, then the others.
// Every candidate has its character references decoded (twice-escaped ones too) and the site
// name and section suffixes removed (og:site_name, and the tail that <title> adds to a title).
//
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>

#include "extract/metadata.h"

namespace hirewire::extract {

std::string ChooseTitle(const metadata::PageMeta& meta);

// Comparison key of a title: letters and digits only, lower-cased.
std::string TitleKey(std::string_view title);

}  // namespace hirewire::extract
