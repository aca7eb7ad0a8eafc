#include "normalize/minhash.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>
#include <xxhash.h>

#include <algorithm>

namespace hirewire::normalize {
namespace {

bool KeepCodePoint(UChar32 c) {
  switch (u_charType(c)) {
    case U_SPACE_SEPARATOR:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
    case U_CONTROL_CHAR:
    case U_FORMAT_CHAR:
    case U_PRIVATE_USE_CHAR:
    case U_SURROGATE:
    case U_UNASSIGNED:
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
    case U_MATH_SYMBOL:
    case U_CURRENCY_SYMBOL:
    case U_MODIFIER_SYMBOL:
    case U_OTHER_SYMBOL: return false;
    default: return true;
  }
}

// splitmix64 finaliser: derives the i-th MinHash permutation from one shingle hash.
inline uint64_t Mix(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

}  // namespace

std::string FoldText(std::string_view utf8) {
  // ASCII fast path: NFKC case folding of ASCII is lowercasing; only letters and digits
  // survive the whitespace/punctuation/symbol filter.
  bool ascii = true;
  for (char c : utf8)
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  if (ascii) {
    std::string out;
    out.reserve(utf8.size());
    for (char c : utf8) {
      if (c >= 'A' && c <= 'Z')
        out.push_back(static_cast<char>(c - 'A' + 'a'));
      else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
        out.push_back(c);
    }
    return out;
  }
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCCasefoldInstance(err);
  std::string norm;
  if (U_SUCCESS(err)) {
    icu::StringByteSink<std::string> sink(&norm, static_cast<int32_t>(utf8.size()));
    nfkc->normalizeUTF8(0, icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())), sink, nullptr,
                        err);
  }
  if (U_FAILURE(err)) norm.assign(utf8.data(), utf8.size());
  std::string out;
  out.reserve(norm.size());
  const uint8_t* b = reinterpret_cast<const uint8_t*>(norm.data());
  int32_t n = static_cast<int32_t>(norm.size());
  for (int32_t i = 0; i < n;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(b, i, n, c);
    if (c < 0 || !KeepCodePoint(c)) continue;  // invalid bytes are dropped
    out.append(norm, static_cast<size_t>(start), static_cast<size_t>(i - start));
  }
  return out;
}

uint64_t FoldedHash(std::string_view utf8) {
  std::string f = FoldText(utf8);
  return XXH3_64bits(f.data(), f.size());
}

std::vector<uint64_t> Shingles(std::string_view folded, int k) {
  std::vector<uint64_t> out;
  if (folded.empty() || k <= 0) return out;
  // Byte offsets of code point starts.
  std::vector<size_t> starts;
  starts.reserve(folded.size());
  for (size_t i = 0; i < folded.size(); ++i)
    if ((static_cast<unsigned char>(folded[i]) & 0xC0) != 0x80) starts.push_back(i);
  starts.push_back(folded.size());
  size_t n = starts.size() - 1;
  if (n <= static_cast<size_t>(k)) {
    out.push_back(XXH3_64bits(folded.data(), folded.size()));
    return out;
  }
  out.reserve(n - k + 1);
  for (size_t i = 0; i + k <= n; ++i)
    out.push_back(XXH3_64bits(folded.data() + starts[i], starts[i + k] - starts[i]));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double Jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty() && b.empty()) return 1.0;
  size_t i = 0, j = 0, inter = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      ++inter;
      ++i;
      ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  size_t uni = a.size() + b.size() - inter;
  return uni == 0 ? 1.0 : static_cast<double>(inter) / static_cast<double>(uni);
}

std::vector<uint64_t> MinHashSignature(const std::vector<uint64_t>& shingles) {
  std::vector<uint64_t> sig(kMinHashSize, UINT64_MAX);
  for (uint64_t h : shingles) {
    for (int i = 0; i < kMinHashSize; ++i) {
      uint64_t v = Mix(h ^ (0x517cc1b727220a95ULL * static_cast<uint64_t>(i + 1)));
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

double MinHashSimilarity(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.size() != b.size() || a.empty()) return 0.0;
  size_t eq = 0;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i] == b[i]) ++eq;
  return static_cast<double>(eq) / static_cast<double>(a.size());
}

std::vector<uint64_t> DocumentSignature(const std::vector<std::string>& paragraphs) {
  std::string folded;
  for (const std::string& p : paragraphs) folded += FoldText(p);
  return MinHashSignature(Shingles(folded, 5));
}

}  // namespace hirewire::normalize
