// Quality floors for the HTML article extractor on ../shared/corpus/fundus-dev (gold-dev.jsonl),
// scored as ../shared/eval/score.py does. Lowering a floor is a deliberate, reviewed commit.
// Measured values at the time of pinning are in docs/extraction.md.
#pragma once

namespace hirewire::extract::floors {

inline constexpr double kBodyF1 = 0.96;             // all pages
inline constexpr double kBodyF1PerLanguage = 0.95;  // each of ko, ja, en, de (page language)
inline constexpr double kTitleExact = 0.92;
inline constexpr double kTitleExactPerLanguage = 0.90;  // each of ko, ja, en, de
inline constexpr double kDateSameDay = 0.90;            // pages whose gold has a date
inline constexpr double kAuthorsF1 = 0.80;              // pages whose gold has authors

}  // namespace hirewire::extract::floors
