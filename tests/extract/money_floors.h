// Quality floors for the money scanner, pinned in one place. Lowering a floor is a deliberate
// commit that says why.
#pragma once

namespace hirewire::testing {

// ../shared/money/vectors.tsv: rows that must pass (all of them).
inline constexpr int kMoneyVectorRows = 226;
inline constexpr int kMoneyVectorFloor = 226;

// KoNNE QT_PRICE spans (real Korean sentences), span-overlap scoring. Measured 2026-11:
// precision 0.990, recall 0.965 (the misses are prices written without a currency word,
// "50억 사기", and glued compounds, "9천원투자").
inline constexpr double kMoneyKonnePrecisionFloor = 0.97;
inline constexpr double kMoneyKonneRecallFloor = 0.95;

}  // namespace hirewire::testing
