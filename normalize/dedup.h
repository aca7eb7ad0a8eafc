// Paragraph deduplication inside one article (exact after folding, and near-duplicates).
//
// Thread-safety: pure functions.
#pragma once

#include "corpus/records.h"

namespace hirewire::normalize {

struct DedupOptions {
  double near_threshold = 0.9;  // see docs: similarity at or above which a paragraph is a repeat
};

// Removes repeated paragraphs from article->paragraphs and records each removal in
// article->duplicates_removed. Call before money/entity scanning.
void DedupParagraphs(Article* article, const DedupOptions& opts = {});

}  // namespace hirewire::normalize
