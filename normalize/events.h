// Hiring events from a deduplicated article with money and entities, and their merging
// across articles.
//
// Thread-safety: pure functions.
#pragma once

#include <vector>

#include "corpus/records.h"

namespace hirewire::normalize {

// Events of one article (Article::events is not read). Needs money and entities filled.
std::vector<Event> BuildEvents(const Article& article);

// Merges events from many articles: same employer and candidate with compatible details
// become one event listing every source.
std::vector<Event> MergeEvents(std::vector<Event> events);

}  // namespace hirewire::normalize
