#include "corpus/decimal.h"

#include <algorithm>
#include <cstdint>

namespace hirewire {
namespace {

using I128 = __int128;

constexpr I128 Pow10(int k) {
  I128 r = 1;
  for (int i = 0; i < k; ++i) r *= 10;
  return r;
}
constexpr I128 kScale = Pow10(kFixedDigits);
constexpr I128 kMaxUnits = Pow10(30);

// Half-even division of non-negative n by positive d.
I128 DivHalfEven(I128 n, I128 d) {
  I128 q = n / d;
  I128 r = n % d;
  I128 twice = r * 2;  // r < d <= 10^30-ish; no overflow for our operands
  if (twice > d || (twice == d && (q % 2) == 1)) ++q;
  return q;
}

}  // namespace

bool ParseFixed(std::string_view s, Fixed* out) {
  if (s.empty()) return false;
  I128 v = 0;
  int int_digits = 0, frac_digits = 0;
  bool dot = false, any = false;
  for (char c : s) {
    if (c == '.') {
      if (dot) return false;
      dot = true;
      continue;
    }
    if (c < '0' || c > '9') return false;
    any = true;
    if (dot) {
      if (++frac_digits > kFixedDigits) return false;
    } else if (v != 0 || c != '0') {
      if (++int_digits > 24) return false;
    }
    v = v * 10 + (c - '0');
  }
  if (!any) return false;
  v *= Pow10(kFixedDigits - frac_digits);
  if (v > kMaxUnits) return false;
  out->units = v;
  return true;
}

std::string FixedToString(Fixed f) {
  // Digits are written right to left into a fixed buffer (31 integer digits at most).
  char buf[64];
  int pos = 64;
  I128 ip = f.units / kScale, fp = f.units % kScale;
  if (fp != 0) {
    char frac[kFixedDigits];
    for (int i = kFixedDigits - 1; i >= 0; --i) {
      frac[i] = static_cast<char>('0' + static_cast<int>(fp % 10));
      fp /= 10;
    }
    int n = kFixedDigits;
    while (n > 0 && frac[n - 1] == '0') --n;
    for (int i = n - 1; i >= 0; --i) buf[--pos] = frac[i];
    buf[--pos] = '.';
  }
  do {
    buf[--pos] = static_cast<char>('0' + static_cast<int>(ip % 10));
    ip /= 10;
  } while (ip > 0 && pos > 0);
  return std::string(buf + pos, buf + 64);
}

bool FixedFromInt(unsigned long long v, Fixed* out) {
  out->units = static_cast<I128>(v) * kScale;
  return out->units <= kMaxUnits;
}

bool FixedAdd(Fixed a, Fixed b, Fixed* out) {
  out->units = a.units + b.units;  // both <= 10^30: no int128 overflow
  return out->units <= kMaxUnits;
}

bool FixedMulPow10(Fixed a, int exp10, Fixed* out) {
  I128 v = a.units;
  for (int i = 0; i < exp10; ++i) {
    if (v > kMaxUnits / 10) return false;
    v *= 10;
  }
  out->units = v;
  return true;
}

bool FixedMul(Fixed a, Fixed b, Fixed* out) {
  if (a.units == 0 || b.units == 0) {
    out->units = 0;
    return true;
  }
  // a.units * b.units may exceed 2^127: split b into high and low parts of kScale.
  I128 bh = b.units / kScale, bl = b.units % kScale;
  // a * bh (integer part of b) in units.
  if (bh != 0 && a.units > kMaxUnits / bh) return false;
  I128 hi = a.units * bh;
  // a * bl / kScale: a.units <= 10^30, bl < 10^6 -> product < 10^36 fits in int128.
  I128 n = a.units * bl;
  I128 v = hi + n / kScale;
  I128 twice = (n % kScale) * 2;
  if (twice > kScale || (twice == kScale && (v % 2) == 1)) ++v;  // half-even on the total
  if (v > kMaxUnits) return false;
  out->units = v;
  return true;
}

bool FixedDiv(Fixed a, Fixed b, Fixed* out) {
  if (b.units == 0) return false;
  // a.units * kScale <= 10^36: fits in int128.
  I128 v = DivHalfEven(a.units * kScale, b.units);
  if (v > kMaxUnits) return false;
  out->units = v;
  return true;
}

bool FixedDivRound(Fixed a, Fixed b, int digits, Fixed* out) {
  if (b.units == 0) return false;
  digits = std::clamp(digits, 0, kFixedDigits);
  // a.units * 10^digits <= 10^36: fits in int128. q = round(a / b * 10^digits).
  I128 q = DivHalfEven(a.units * Pow10(digits), b.units);
  I128 step = Pow10(kFixedDigits - digits);
  if (q > kMaxUnits / step) return false;
  out->units = q * step;
  return true;
}

bool FixedMulRound(Fixed a, Fixed b, int digits, Fixed* out) {
  digits = std::clamp(digits, 0, kFixedDigits);
  I128 bh = b.units / kScale, bl = b.units % kScale;
  if (bh != 0 && a.units > kMaxUnits / bh) return false;
  I128 n = a.units * bl;               // < 10^36
  I128 w = a.units * bh + n / kScale;  // whole units of the exact product
  I128 r = n % kScale;                 // plus r / kScale of a unit
  I128 step = Pow10(kFixedDigits - digits);
  I128 rem = w % step, base = w - rem;
  I128 lhs = rem * kScale + r, half = step * kScale;  // compare 2*(rem + r/S) with step
  if (lhs * 2 > half || (lhs * 2 == half && (base / step) % 2 == 1)) base += step;
  if (base > kMaxUnits) return false;
  out->units = base;
  return true;
}

bool FixedMulDivRound(Fixed a, Fixed num, Fixed den, int digits, Fixed* out) {
  using U128 = unsigned __int128;
  constexpr I128 kLimit = Pow10(12);
  if (den.units <= 0 || num.units < 0 || a.units < 0 || num.units >= kLimit || den.units >= kLimit)
    return false;
  digits = std::clamp(digits, 0, kFixedDigits);
  const I128 step = Pow10(kFixedDigits - digits);
  // q = round(a * num / (den * step)) in units of `step`; a * num < 10^42 needs 192 bits:
  // three 64-bit limbs, divided limb by limb by a divisor below 10^18 < 2^64.
  const U128 divisor = static_cast<U128>(den.units) * static_cast<U128>(step);
  const U128 mask = (static_cast<U128>(1) << 64) - 1;
  U128 av = static_cast<U128>(a.units), nv = static_cast<U128>(num.units);
  U128 a_lo = av & mask, a_hi = av >> 64;  // a < 10^30 < 2^100: a_hi < 2^36
  U128 p0 = a_lo * nv;                     // < 2^104
  U128 p1 = a_hi * nv + (p0 >> 64);        // < 2^77
  uint64_t limbs[3] = {static_cast<uint64_t>(p1 >> 64), static_cast<uint64_t>(p1 & mask),
                       static_cast<uint64_t>(p0 & mask)};
  U128 rem = 0;
  U128 q[3];
  for (int k = 0; k < 3; ++k) {
    U128 cur = (rem << 64) | limbs[k];  // rem < divisor < 2^60: fits
    q[k] = cur / divisor;
    rem = cur % divisor;
  }
  if (q[0] != 0 || (q[1] >> 64) != 0) return false;
  U128 quotient = (q[1] << 64) | q[2];
  if (rem * 2 > divisor || (rem * 2 == divisor && (quotient & 1))) ++quotient;
  if (quotient > static_cast<U128>(kMaxUnits / step)) return false;
  out->units = static_cast<I128>(quotient) * step;
  return true;
}

Fixed FixedRound(Fixed a, int digits) {
  digits = std::clamp(digits, 0, kFixedDigits);
  I128 step = Pow10(kFixedDigits - digits);
  return Fixed{DivHalfEven(a.units, step) * step};
}

bool FixedDivPow10Exact(Fixed a, int k, Fixed* out) {
  if (k < 0 || k > kFixedDigits) return false;
  I128 d = Pow10(k);
  if (a.units % d != 0) return false;
  out->units = a.units / d;
  return true;
}

}  // namespace hirewire
