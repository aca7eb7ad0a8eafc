// Refusals and counter-offers read over the whole article, after the sentence reading
// (docs/events.md, twenty-sixth session, branch evref26). The sentence reading ties a refusal to the
// offer its own clause names; these passes read the two shapes where the clause names no offer:
//
// - An offer refused from an unnamed offerer (cues.tsv kind=unnamed_offerer: "경쟁사로부터 … 제안을
//   받았지만 이를 거절하고", "turned down an offer from a rival"): the one open offer another
//   organization makes that person elsewhere in the article is the one refused.
// - A retention offer (cues.tsv kind=retain: 역제안, "counteroffer", "matched the offer") by the
//   organization a person works at, while another organization offers them a move: an offer by the
//   current employer, accepted (받아들였다, "accepted it", staying) or declined ("which she declined"),
//   never a hire.
//
// Thread-safety: pure functions over their arguments; safe to call from many threads.
#pragma once

#include <string_view>
#include <vector>

#include "corpus/records.h"

namespace hirewire::normalize {

// Turns the one open offer to a person by another organization into a refusal when a sentence
// says the person refused an offer from an unnamed offerer.
void UnnamedOffererRefusals(const Article& article, std::vector<Event>* events);

// Reads the retention offers of current employers (see above): creates the offer when the sentence
// reading made none, turns a hire of the person by their current employer into that offer.
void RetentionOffers(const Article& article, std::vector<Event>* events);

// A person takes one offer: the rival's offer (accepted, or still open) to a person whose current employer's
// own offer or stay is taken — an event of the person at the organization the rival's offer names as their
// origin, with no origin of its own, accepted (or joined, against an accepted rival offer) — was turned down
// ("Google DeepMind responded with a retention package, which Wierzbicki accepted", "넷마블의 역제안을
// 받아들였다").
void RivalOffersOfStays(std::vector<Event>* events);

// Whether the retention or counter-offer word at `pos` of the lowercased English text `lo` is one its
// sentence says was not made or only weighed: a negator or hypothetical row (cues.tsv) a few words before it,
// with no accept or decline word between ("the company had not made a counteroffer", "whether it would make a
// counteroffer"; not "did not accept the counteroffer").
bool UnmadeRetention(std::string_view lo, size_t pos);

}  // namespace hirewire::normalize
