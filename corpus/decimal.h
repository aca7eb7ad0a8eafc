// Exact decimal arithmetic for money: non-negative fixed-point values with six fractional
// digits held in a 128-bit integer. No binary floating point anywhere. Every operation reports
// overflow instead of wrapping; the largest value is kFixedMaxMajor (10^24 major units).
//
// Thread-safety: values and pure functions.
#pragma once

#include <string>
#include <string_view>

namespace hirewire {

inline constexpr int kFixedDigits = 6;  // fractional digits kept

// value = units / 10^kFixedDigits, 0 <= units <= 10^30.
struct Fixed {
  __int128 units = 0;
  bool operator==(const Fixed&) const = default;
  auto operator<=>(const Fixed&) const = default;
};

// "125000000", "0.45", "1404.8" -> Fixed. Rejects signs, exponents, separators, more than 24
// integer digits, more than kFixedDigits fractional digits (false).
bool ParseFixed(std::string_view s, Fixed* out);
// Shortest exact decimal string: "125000000", "0.45" (no trailing zeros, no exponent).
std::string FixedToString(Fixed f);

// All return false on overflow (the output is then unspecified).
bool FixedFromInt(unsigned long long v, Fixed* out);
bool FixedAdd(Fixed a, Fixed b, Fixed* out);
bool FixedMulPow10(Fixed a, int exp10, Fixed* out);  // exp10 >= 0
// a * b rounded half-even to kFixedDigits.
bool FixedMul(Fixed a, Fixed b, Fixed* out);
// a / b rounded half-even to kFixedDigits; false when b == 0.
bool FixedDiv(Fixed a, Fixed b, Fixed* out);
// a / b and a * b rounded once, half-even, to `digits` fractional digits (0..kFixedDigits).
bool FixedDivRound(Fixed a, Fixed b, int digits, Fixed* out);
bool FixedMulRound(Fixed a, Fixed b, int digits, Fixed* out);
// a * num / den, computed exactly (wide intermediate) and rounded once, half-even, to `digits`
// fractional digits (0..kFixedDigits). Requires num and den below 10^12 units (10^6 major units
// with six decimals, which every exchange rate is); false when den == 0, on overflow, or when
// num/den are out of that range.
bool FixedMulDivRound(Fixed a, Fixed num, Fixed den, int digits, Fixed* out);
// Rounds half-even to `digits` fractional digits (0..kFixedDigits).
Fixed FixedRound(Fixed a, int digits);
// Divides by 10^k (k in 0..kFixedDigits) exactly; false if precision would be lost.
bool FixedDivPow10Exact(Fixed a, int k, Fixed* out);

}  // namespace hirewire
