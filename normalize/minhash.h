// Text fingerprints for duplicate detection: folding (NFKC case fold, whitespace and
// punctuation removed), character shingles, MinHash signatures and Jaccard similarity.
//
// Used for paragraph dedup inside an article (normalize/dedup.h) and for recognising
// syndicated or re-published copies of one story across articles (documents).
//
// Thread-safety: pure functions (ICU normalizer instances are process-wide singletons).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hirewire::normalize {

// NFKC_Casefold, then drops whitespace, punctuation and symbols (Unicode categories Z*, P*,
// S*, C*). "Meta, Inc." and "meta inc" fold to the same key. Invalid UTF-8 bytes are dropped.
std::string FoldText(std::string_view utf8);

// 64-bit xxh3 of FoldText(utf8): equal for exact repeats after folding.
uint64_t FoldedHash(std::string_view utf8);

// Sorted, unique xxh3 hashes of the k-code-point shingles of already folded text. Text
// shorter than k yields one shingle (the whole text); empty text yields none.
std::vector<uint64_t> Shingles(std::string_view folded, int k);

// Exact Jaccard similarity of two sorted unique shingle sets (1.0 when both are empty).
double Jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

inline constexpr int kMinHashSize = 128;

// MinHash signature (kMinHashSize values) of a shingle set.
std::vector<uint64_t> MinHashSignature(const std::vector<uint64_t>& shingles);

// Fraction of equal positions: an unbiased estimate of the Jaccard similarity.
double MinHashSimilarity(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

// Document signature for cross-article near-duplicate detection: MinHash over 5-code-point
// shingles of the folded paragraphs (joined). Syndicated copies with light edits score
// >= kSyndicatedThreshold; different stories on the same topic score far below.
std::vector<uint64_t> DocumentSignature(const std::vector<std::string>& paragraphs);
inline constexpr double kSyndicatedThreshold = 0.6;

}  // namespace hirewire::normalize
