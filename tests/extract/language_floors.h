// Quality floors for extract/language.h, pinned in one place. Raising a floor is welcome;
// lowering one is a deliberate, explained commit.
#pragma once

namespace hirewire::extract::floors {

// fundus-dev: DetectLanguage(gold body, no declared tag) equals the country's main language,
// over pages whose <html lang> agrees with that language (unambiguous pages).
inline constexpr double kLanguageAccuracyUndeclared = 0.98;
// Same pages, with a wrong declared tag passed in ("en", or "de" for English pages).
inline constexpr double kLanguageAccuracyMisdeclared = 0.97;
// Minimum number of unambiguous pages scored (guards against a silently empty run).
inline constexpr int kLanguageMinPages = 120;

}  // namespace hirewire::extract::floors
