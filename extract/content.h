// Internal to extract: main-content extraction from a parsed page (html_dom.h).
//
// The page is cut into text blocks (block-level elements and <br> split them). Blocks vote for
// their ancestors by text length and punctuation (Readability-style), damped by link density
// and class/id/role signals; the best container and its content-like siblings are kept, then
// every kept block is classified on its own (captions, credits, copyright lines, bylines,
// link lists, UI labels are dropped; subheadings are kept when body text follows them).
//
// Thread-safety: pure functions; safe to call from many threads at once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/html_dom.h"

namespace hirewire::extract::content {

struct Block {
  std::string text;    // whitespace collapsed, trimmed
  int32_t owner = -1;  // innermost block-level element holding the text
  html::Tag owner_tag = html::Tag::kOther;
  size_t chars = 0;        // code points
  size_t link_chars = 0;   // code points inside <a>
  size_t weight = 0;       // length with CJK characters counted twice
  int heading = 0;         // 1..6 inside <hN>, else 0
  bool lead_like = false;  // inside an element whose class/id says lead/intro/summary/...
  double LinkDensity() const { return chars ? static_cast<double>(link_chars) / chars : 0.0; }
};

struct Segmented {
  std::vector<Block> blocks;         // document order; removed subtrees already skipped
  std::vector<int32_t> subtree_end;  // per node: one past the last node of its subtree
};

// Splits the page body into blocks, skipping non-content subtrees (scripts, navigation,
// hidden elements, forms controls, figures/captions, elements whose class/id is clearly
// boilerplate, unless `strip_unlikely` is false). `max_blocks` caps the work.
Segmented Segment(const html::Dom& dom, size_t max_blocks, bool strip_unlikely = true);

struct BodyHints {
  std::string title;        // known title: blocks equal to it are not body
  std::string description;  // meta/og description: a matching lead block is body
};

// Indices (into seg.blocks) of the body paragraphs, in reading order.
std::vector<size_t> SelectBody(const html::Dom& dom, const Segmented& seg, const BodyHints& hints);

// The fallback when SelectBody finds nothing article-like: every block that is plain text
// (not the title, a headline, boilerplate, a link list or a byline), in reading order.
std::vector<size_t> PlainTextBlocks(const Segmented& seg, const BodyHints& hints);

// True for a paragraph that is a caption, credit, copyright or share/UI line.
bool IsBoilerplateLine(std::string_view text);

// Code points of `s` with CJK (Han/Kana/Hangul) counted twice.
size_t TextWeight(std::string_view s);

}  // namespace hirewire::extract::content
