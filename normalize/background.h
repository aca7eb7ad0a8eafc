// Background that the sentence reading takes for news (docs/events.md, twenty-sixth session, branch evref26).
//
// - An obituary: a person the headline or the lede says has died (cues.tsv kind=obituary: "has died",
//   "dies at", 별세, 타계) makes no hiring move in the article; the career the obituary tells ("Kim joined
//   Kia in 1965 as a clerk") is background. Departures stay (a chief executive who died leaves the post).
//
// Thread-safety: pure functions; safe to call from many threads.
#pragma once

#include <vector>

#include "corpus/records.h"

namespace hirewire::normalize {

// Drops the hires, offers and acquihires of a person the headline or lede reports dead.
void ObituaryMoves(const Article& article, std::vector<Event>* events);

}  // namespace hirewire::normalize
