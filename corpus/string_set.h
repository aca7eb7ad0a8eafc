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
  // The index of `s`, or -1. Most lookups of the small word sets miss: a miss whose first byte or
  // length no string of the set has is answered inline, without hashing.
  int Index(std::string_view s) const {
    if (s.empty()) return has_empty_ ? Probe(s) : -1;
    const auto first = static_cast<unsigned char>(s[0]);
    if (!(first_bytes_[first >> 6] >> (first & 63) & 1)) return -1;
    if (!(lengths_ >> (s.size() < 63 ? s.size() : 63) & 1)) return -1;
    return Probe(s);
  }
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
  int Probe(std::string_view s) const;

  std::vector<std::string> keys_;
  std::vector<Slot> slots_;                 // size a power of two (or 0), at most half full
  uint64_t first_bytes_[4] = {0, 0, 0, 0};  // bit b: some string starts with byte b
  uint64_t lengths_ = 0;                    // bit n: some string has n bytes (63: 63 or more)
  bool has_empty_ = false;
};

// A map from strings to V on a FlatStringSet: find/emplace/operator[] shaped like
// std::unordered_map's (an iterator is a pointer to the key/value pair; end() is nullptr). Pointers
// and references stay valid only until the next insertion.
template <typename V>
class FlatStringMap {
 public:
  using value_type = std::pair<std::string, V>;
  using iterator = value_type*;
  using const_iterator = const value_type*;

  iterator find(std::string_view k) {
    const int i = keys_.Index(k);
    return i < 0 ? nullptr : &entries_[static_cast<size_t>(i)];
  }
  const_iterator find(std::string_view k) const {
    const int i = keys_.Index(k);
    return i < 0 ? nullptr : &entries_[static_cast<size_t>(i)];
  }
  iterator end() { return nullptr; }
  const_iterator end() const { return nullptr; }
  size_t count(std::string_view k) const { return keys_.count(k); }
  size_t size() const { return entries_.size(); }
  // Adds k -> v unless k is present; returns the entry and whether it was added.
  std::pair<iterator, bool> emplace(std::string_view k, V v) {
    const auto [i, added] = keys_.insert(k);
    if (added) entries_.emplace_back(std::string(k), std::move(v));
    return {&entries_[static_cast<size_t>(i)], added};
  }
  V& operator[](std::string_view k) { return emplace(k, V{}).first->second; }

 private:
  FlatStringSet keys_;
  std::vector<value_type> entries_;  // by key index
};

// A set of string_views (the caller keeps the bytes alive) for sets built per document and
// dropped after it: open addressing over one flat array, no allocation per string (the node
// allocations of std::unordered_set cost more than its lookups on short-lived sets).
class FlatStringViewSet {
 public:
  void insert(std::string_view s) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    const uint64_t h = FlatStringSet::Hash(s);
    const size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (!slot.used) {
        slot = {h, s, true};
        ++size_;
        return;
      }
      if (slot.hash == h && slot.view == s) return;
    }
  }
  size_t count(std::string_view s) const {
    if (size_ == 0) return 0;
    const uint64_t h = FlatStringSet::Hash(s);
    const size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (!slot.used) return 0;
      if (slot.hash == h && slot.view == s) return 1;
    }
  }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

 private:
  struct Slot {
    uint64_t hash = 0;
    std::string_view view;
    bool used = false;
  };
  void Grow() {
    std::vector<Slot> slots(slots_.empty() ? 64 : slots_.size() * 2);
    const size_t mask = slots.size() - 1;
    for (const Slot& old : slots_) {
      if (!old.used) continue;
      size_t i = old.hash & mask;
      while (slots[i].used) i = (i + 1) & mask;
      slots[i] = old;
    }
    slots_ = std::move(slots);
  }
  std::vector<Slot> slots_;  // size a power of two (or 0), at most half full
  size_t size_ = 0;
};

}  // namespace hirewire
