// The SQLite store fed through the event ledger: each article's events are merged with
// everything the store already holds (normalize::EventLedger, seeded from the store) and the
// store upserts the merged events it changed, in the article's transaction. Used by
// `extract --db` and `events --db`, so a resumed or repeated run keeps one event per hire
// and the stored events are exactly what `events` prints for the same inputs.
//
// Thread-safety: not thread-safe; one writer.
#pragma once

#include <memory>
#include <string>

#include "corpus/records.h"
#include "corpus/status.h"
#include "corpus/store.h"
#include "normalize/event_ledger.h"

namespace hirewire::app {

class LedgerStore {
 public:
  // Opens or creates the database and reads its events into the ledger.
  static Result<std::unique_ptr<LedgerStore>> Open(const std::string& path);

  // Writes the article (entities, amounts) and its events, merged.
  Status Put(const Article& article);

  const Store& store() const { return *store_; }

 private:
  LedgerStore() = default;
  std::unique_ptr<Store> store_;
  normalize::EventLedger ledger_;
};

}  // namespace hirewire::app
