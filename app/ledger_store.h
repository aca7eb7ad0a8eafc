// The store fed through the event ledger: each article's events are read by the ledger (sources,
// near copies of earlier articles of this process) and merged, inside the article's transaction,
// into the events the store holds for the same candidates at that moment (read under the store's
// lock: normalize::EventLedger seeded from them), and the store upserts the merged events they
// changed. Used by `extract --db`, `extract --queue` and `events --db`, so a resumed or repeated
// run keeps one event per hire, writers in many processes (one PostgreSQL store, or one SQLite
// file) merge into each other's events instead of overwriting them, and the stored events are
// what `events` prints for the same inputs. A near copy of an article another process stored (or
// an earlier run) is aligned with the stored event of that article, as the ledger aligns near
// copies it has seen itself (normalize::AlignWithOriginal).
//
// Thread-safety: not thread-safe; one per writer thread.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "corpus/records.h"
#include "corpus/status.h"
#include "corpus/store.h"
#include "normalize/event_ledger.h"

namespace hirewire::app {

class LedgerStore {
 public:
  // Opens or creates the database.
  static Result<std::unique_ptr<LedgerStore>> Open(const std::string& path);

  // Writes the article (entities, amounts) and its events, merged with the stored ones.
  Status Put(const Article& article);

  const Store& store() const { return *store_; }
  // The store's fence (Store::SetFence, Store::ClearFence, Store::fence_lost).
  Result<bool> SetFence(const Store::Fence& fence) { return store_->SetFence(fence); }
  void ClearFence() { store_->ClearFence(); }
  bool fence_lost() const { return store_->fence_lost(); }

 private:
  LedgerStore() = default;
  // The stored events (of the article's candidates) one of whose source articles is a near copy
  // of the article (MinHash of the paragraphs, as the ledger's own near-copy test), not the
  // article itself: the originals its events align with when this process never saw them.
  Result<std::vector<Event>> StoredOriginals(const Store::Stored& stored,
                                             const std::vector<uint64_t>& signature,
                                             const std::string& content_hash);

  std::unique_ptr<Store> store_;
  normalize::EventLedger reader_;  // ReadArticle only: the near copies this process has seen
  // Stored source articles by id (their paragraphs never change): signature and content hash.
  struct StoredDoc {
    std::vector<uint64_t> signature;
    std::string content_hash;
  };
  std::unordered_map<int64_t, StoredDoc> docs_;
};

}  // namespace hirewire::app
