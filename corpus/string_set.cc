#include "corpus/string_set.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace hirewire {

uint64_t FlatStringSet::Hash(std::string_view s) { return XXH3_64bits(s.data(), s.size()); }

int FlatStringSet::Probe(std::string_view s) const {
  if (slots_.empty()) return -1;
  const uint64_t h = Hash(s);
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.index < 0) return -1;
    if (slot.hash == h && keys_[static_cast<size_t>(slot.index)] == s) return slot.index;
  }
}

void FlatStringSet::Grow() {
  std::vector<Slot> slots(slots_.empty() ? 16 : slots_.size() * 2);
  const size_t mask = slots.size() - 1;
  for (const Slot& old : slots_) {
    if (old.index < 0) continue;
    size_t i = old.hash & mask;
    while (slots[i].index >= 0) i = (i + 1) & mask;
    slots[i] = old;
  }
  slots_ = std::move(slots);
}

std::pair<int, bool> FlatStringSet::insert(std::string_view s) {
  if (int i = Probe(s); i >= 0) return {i, false};
  if ((keys_.size() + 1) * 2 > slots_.size()) Grow();
  const uint64_t h = Hash(s);
  const size_t mask = slots_.size() - 1;
  size_t i = h & mask;
  while (slots_[i].index >= 0) i = (i + 1) & mask;
  slots_[i] = {h, static_cast<int32_t>(keys_.size())};
  keys_.emplace_back(s);
  if (s.empty()) {
    has_empty_ = true;
  } else {
    const auto first = static_cast<unsigned char>(s[0]);
    first_bytes_[first >> 6] |= uint64_t{1} << (first & 63);
    lengths_ |= uint64_t{1} << (s.size() < 63 ? s.size() : 63);
  }
  return {slots_[i].index, true};
}

}  // namespace hirewire
