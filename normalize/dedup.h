// Paragraph deduplication inside one article: exact repeats after folding, and
// near-duplicates by character-shingle Jaccard similarity.
//
// Folding (normalize/minhash.h FoldText): NFKC case folding, whitespace, punctuation and
// symbols dropped. Two paragraphs are
//   - an exact repeat when their folded texts are equal (any length, if not empty);
//   - a near repeat when both folded texts have at least `min_near_chars` code points and
//     the Jaccard similarity of their 4-code-point shingle sets is >= `near_threshold`.
// The set similarity is what MinHash estimates; paragraphs are few per article, so it is
// computed exactly (sorted xxh3 shingle hashes, a length filter prunes pairs first).
// See docs/events.md for how the threshold was chosen.
//
// Thread-safety: pure functions.
#pragma once

#include "corpus/records.h"

namespace hirewire::normalize {

struct DedupOptions {
  // One changed word in a 40-word paragraph scores ~0.85-0.95; two paragraphs on the same
  // topic sharing names and amounts score < 0.4.
  double near_threshold = 0.8;
  int min_near_chars = 40;         // shorter paragraphs are only removed as exact repeats
  int shingle_size = 4;            // code points per shingle
  int max_near_paragraphs = 2000;  // near matching is quadratic: beyond this, exact only
};

// Removes repeated paragraphs (keeping the first occurrence) from article->paragraphs and
// appends one DuplicateRemoved per removal (pre-dedup numbering) to
// article->duplicates_removed. Call before money/entity scanning.
void DedupParagraphs(Article* article, const DedupOptions& opts = {});

}  // namespace hirewire::normalize
