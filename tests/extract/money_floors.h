// Quality floors for the money scanner, pinned in one place. Lowering a floor is a deliberate
// commit that says why.
#pragma once

namespace hirewire::testing {

// ../shared/money/vectors.tsv: rows that must pass (all of them).
inline constexpr int kMoneyVectorRows = 226;
inline constexpr int kMoneyVectorFloor = 226;

}  // namespace hirewire::testing
