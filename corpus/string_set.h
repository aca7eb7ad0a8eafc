// A set of strings for hot lookups: open addressing over a flat slot array keyed by the 64-bit
// XXH3 hash of the string, the strings themselves kept in insertion order. A lookup takes a
// string_view (no allocation), hashes once and compares bytes only when the 64-bit hashes match.
// Index() numbers the strings 0..size()-1 in insertion order, so a caller can keep a value per
// string in a parallel vector (EntityWords keeps the word-class bitmask of each word).
//
// Iteration visits the strings in insertion order. Thread-safety: const methods are safe to call
// concurrently; insertion needs exclusive access.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hirewire {

class FlatStringSet {
 public:
  using const_iterator = std::vector<std::string>::const_iterator;

  // Adds `s` unless present; returns its index and whether it was added.
  std::pair<int, bool> insert(std::string_view s);
  std::pair<int, bool> emplace(std::string_view s) { return insert(s); }
  // The index of `s`, or -1.
  int Index(std::string_view s) const;
  size_t count(std::string_view s) const { return Index(s) >= 0 ? 1 : 0; }
  bool contains(std::string_view s) const { return Index(s) >= 0; }

  size_t size() const { return keys_.size(); }
  bool empty() const { return keys_.empty(); }
  const std::string& operator[](int i) const { return keys_[static_cast<size_t>(i)]; }
  const_iterator begin() const { return keys_.begin(); }
  const_iterator end() const { return keys_.end(); }

  static uint64_t Hash(std::string_view s);

 private:
  struct Slot {
    uint64_t hash = 0;
    int32_t index = -1;  // into keys_; -1: empty
  };
  void Grow();

  std::vector<std::string> keys_;
  std::vector<Slot> slots_;  // size a power of two (or 0), at most half full
};

}  // namespace hirewire
