// Quality floors for hiring events on tests/data/events/ (events_golden_test.cc).
// Lowering a floor is a deliberate, reviewed commit.
#pragma once

namespace hirewire::normalize::floors {

inline constexpr double kEventPrecision = 0.95;
inline constexpr double kEventRecall = 0.95;
// Share of checked fields (previous employer, outcome, stated USD amounts, group size) right
// on matched events.
inline constexpr double kEventFieldAccuracy = 0.80;

// First blind batch (tests/data/events-b1; events_golden_test BlindBatchOneHoldsItsFloors).
// First run on the old code: pair F1 0.554, strict F1 0.257. After the generalization session
// (frames, succession, lists, origins from appositions): 0.768 / 0.649; with the Korean pass of
// the fourth session: 0.821 / 0.689.
inline constexpr double kBlindBatch1PairF1 = 0.81;
inline constexpr double kBlindBatch1StrictF1 = 0.68;

// Second blind batch (tests/data/events-b2), scored once at the end of the session that
// rebuilt events: first run pair F1 0.477 (P 0.574 R 0.408), strict 0.246; the code before that
// session scored 0.450 / 0.202 on it. Learned from in the fourth session (English and Korean
// passes): 0.884 / 0.653.
inline constexpr double kBlindBatch2PairF1 = 0.87;
inline constexpr double kBlindBatch2StrictF1 = 0.64;

// Third blind batch (tests/data/events-b3: 40 articles, 65 gold events, written by a helper that
// saw no code), scored once before and once after the fourth session's work, never learned from:
// first run on the session's final code pair F1 0.521 (P 0.574 R 0.477), strict 0.269; the code
// before the session 0.468 / 0.198. Later figures are learned from it: with the employer's own
// spellings (employer_aliases, 삼성전자 beside Samsung Electronics) 0.756 (P 0.833 R 0.692) / 0.353;
// with the Korean nomination trigger (후보로 추천했다) 0.787 (P 0.842 R 0.738) / 0.377; with the
// Korean tagger's stem clusters (issue 11) 0.777 (56 predicted, 65 gold) / 0.380.
inline constexpr double kBlindBatch3PairF1 = 0.775;
inline constexpr double kBlindBatch3StrictF1 = 0.37;

}  // namespace hirewire::normalize::floors
