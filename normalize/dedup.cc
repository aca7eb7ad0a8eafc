#include "normalize/dedup.h"

#include <xxhash.h>

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "normalize/minhash.h"

namespace hirewire::normalize {
namespace {

size_t CodePoints(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

struct Kept {
  int index;  // pre-dedup index
  std::vector<uint64_t> shingles;
};

}  // namespace

void DedupParagraphs(Article* article, const DedupOptions& opts) {
  std::vector<std::string>& ps = article->paragraphs;
  std::vector<std::string> out;
  out.reserve(ps.size());
  std::unordered_map<uint64_t, int> exact;  // folded hash -> pre-dedup index kept
  std::vector<Kept> near;                   // kept paragraphs eligible for near matching
  for (size_t i = 0; i < ps.size(); ++i) {
    const int idx = static_cast<int>(i);
    std::string folded = FoldText(ps[i]);
    if (folded.empty()) {
      out.push_back(std::move(ps[i]));
      continue;
    }
    uint64_t h = XXH3_64bits(folded.data(), folded.size());
    auto [it, inserted] = exact.emplace(h, idx);
    if (!inserted) {
      article->duplicates_removed.push_back({idx, it->second, "exact", 1.0});
      continue;
    }
    if (CodePoints(folded) >= static_cast<size_t>(opts.min_near_chars) &&
        static_cast<int>(near.size()) < opts.max_near_paragraphs) {
      std::vector<uint64_t> sh = Shingles(folded, opts.shingle_size);
      int best = -1;
      double best_sim = 0.0;
      for (const Kept& k : near) {
        // Jaccard <= min/max of the set sizes: skip pairs that cannot reach the threshold.
        double lo = static_cast<double>(std::min(sh.size(), k.shingles.size()));
        double hi = static_cast<double>(std::max(sh.size(), k.shingles.size()));
        if (hi == 0 || lo / hi < opts.near_threshold) continue;
        double sim = Jaccard(sh, k.shingles);
        if (sim >= opts.near_threshold && sim > best_sim) {
          best_sim = sim;
          best = k.index;
        }
      }
      if (best >= 0) {
        exact.erase(it);
        article->duplicates_removed.push_back({idx, best, "near", best_sim});
        continue;
      }
      near.push_back({idx, std::move(sh)});
    }
    out.push_back(std::move(ps[i]));
  }
  // Mostly repeats (a template repeated, or one paragraph many times): worth a reader's look.
  const size_t removed = ps.size() - out.size();
  if (removed >= 10 && removed * 2 >= ps.size())
    article->warnings.push_back(std::to_string(removed) + " of " + std::to_string(ps.size()) +
                                " paragraphs were repeats and were removed");
  ps = std::move(out);
}

}  // namespace hirewire::normalize
