// Quality floors for the entity recognizer on tests/data/entities/ (hand-written Korean and
// English hiring articles with gold annotations). Lowering a floor is a deliberate commit.
#pragma once

namespace hirewire::extract::floors {

// Share of gold people, companies and publications found with the right kind (person vs not).
inline constexpr double kEntityRecall = 0.90;
// Share of gold people, companies and publications found AND linked: every gold surface in one
// predicted entity, and the predicted canonical equal to the gold one when the gold gives one.
inline constexpr double kEntityLinked = 0.90;
// Share of predicted people/companies/publications whose surfaces match a gold entity.
inline constexpr double kEntityPrecision = 0.85;

}  // namespace hirewire::extract::floors
