// What an amount in an article pays for, read from the marker words next to it (rows of kind
// "amount" in normalize/data/cues.tsv): pay ("a base salary of $1.2 million", "연봉 150만 달러"),
// money that is not pay ("raised $18 million in seed funding", "400억원대 횡령", "a $640 million
// charge"), or the price of a company ("30억 달러에 인수", "a $6 billion bid"). The offer reading
// keeps non-pay money out of offers, gives prices to acquisition attempts, and lets pay continue an
// event that a clause without a hiring cue refers to.
//
// Pure functions over the article; the table is the embedded cue lexicon.
#pragma once

#include <string_view>

#include "corpus/records.h"

namespace hirewire::normalize {

enum class AmountRole { kUnknown, kPay, kNonPay, kPrice };

// Bytes of text before / after an amount in which a marker word counts.
inline constexpr int kAmountMarkerBefore = 40;
inline constexpr int kAmountMarkerAfter = 30;

// The role of `a.money[idx]` inside the clause [clause_start, clause_end) of its paragraph: the
// nearest marker word before the amount (up to kAmountMarkerBefore bytes, not across another
// amount or a sentence stop) or after it (up to kAmountMarkerAfter bytes past the amount and its
// parenthesised gloss, not across another amount, a comma or a stop). A payment word ("paid",
// "paying") counts only when no other marker is near. A per-share figure is not pay. kUnknown
// when no marker is near.
AmountRole AmountRoleIn(const Article& a, int idx, int clause_start, int clause_end);

// The same over one text holding one amount at [start, end) (for tests and callers without an
// article).
AmountRole AmountRoleAt(std::string_view text, int start, int end);

std::string_view AmountRoleName(AmountRole r);

}  // namespace hirewire::normalize
