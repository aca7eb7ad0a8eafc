// Quality floors for hiring events on tests/data/events/ (events_golden_test.cc).
// Lowering a floor is a deliberate, reviewed commit.
#pragma once

namespace hirewire::normalize::floors {

inline constexpr double kEventPrecision = 0.85;
inline constexpr double kEventRecall = 0.85;
// Share of checked fields (previous employer, outcome, stated USD amounts, group size) right
// on matched events.
inline constexpr double kEventFieldAccuracy = 0.80;

}  // namespace hirewire::normalize::floors
