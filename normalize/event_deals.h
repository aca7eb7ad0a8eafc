// Acqui-hire deals of an article (issue 10): the moves a deal for a start-up's people brings.
//
// An article says its hiring is an acqui-hire (cues.tsv: an acquihire cue such as "acqui-hire",
// 애크하이어, 인재 인수, or a `deal` row of value acquihire: "stops short of an outright
// acquisition", "without buying it outright"), or it tells of the employer buying the company the
// movers come from (`deal` rows of value bought — "has bought", "인수하며", "인수하고" — in a
// sentence naming both companies, without a failure, negation or plan word of role_cues.tsv).
// Then a group that joins the employer from that company (its previous employer, or the company
// it is named after: "researchers from 딥루프") is an acqui-hire; so is a group with no origin of
// its own that moves in the sentence of a person coming from another company ("…, along with
// roughly 40 employees") in an article that says acqui-hire.
//
// Persons keep their hire: the gold batches disagree (b1–b8 and d1–d6 type the founders who join
// in such a deal hire, b9, d7 and d8 acquihire; typing them acquihire lowered pooled typed F1).
//
// Thread-safety: pure function.
#pragma once

#include <vector>

#include "corpus/records.h"
#include "normalize/event_roles.h"

namespace hirewire::normalize {

void AcquihireDeals(const Article& article, const ParagraphSentences& sentences, std::vector<Event>* events);

}  // namespace hirewire::normalize
