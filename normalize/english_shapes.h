// English move shapes of the twenty-sixth session (docs/events.md, branch evref26) that the clause
// reading does not reach:
//
// - A verb of several words written with a day or an adverb between its first word and the rest
//   ("The Denver Peaks agreed Friday to a $45 million contract with …", "agreed on Monday to"): the
//   gap words are extract's hire_verb_gap list (auxiliaries, adverbs, days).
// - A group's leader named in its apposition ("The group, led by creative director Mei Lin, joined
//   Tencent's Chengdu studio"): the leader makes the group's move, a hire of their own.
//
// Thread-safety: pure functions; safe to call from many threads.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

#include "corpus/records.h"

namespace hirewire::normalize {

// The first mention of an entity of `person` type (or of a company or organization) that starts in
// [from, to) of paragraph `para`, its bytes in *start, *end; nullptr when none.
const Entity* MentionIn(const Article& a, int para, size_t from, size_t to, bool person, int* start,
                        int* end);

// Every [start, end) in `lower` (ASCII-lowercased) where the words of `verb` stand as whole words,
// with up to two hire_verb_gap words allowed after its first word ("agreed friday to" for "agreed to").
std::vector<std::pair<size_t, size_t>> FindVerbWithGap(std::string_view lower, std::string_view verb);

// Adds the hire of a group's leader ("The group, led by TITLE NAME, joined ORG"), joined (or accepted
// with a future aspect), at the organization right after the join verb, from the previous employer of
// the group's event at that organization when there is one. Persons with an event there are left alone.
void LedGroupJoins(const Article& article, std::vector<Event>* events);

}  // namespace hirewire::normalize
