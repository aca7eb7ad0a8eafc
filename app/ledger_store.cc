#include "app/ledger_store.h"

#include <utility>
#include <vector>

namespace hirewire::app {

Result<std::unique_ptr<LedgerStore>> LedgerStore::Open(const std::string& path) {
  auto s = Store::Open(path);
  if (!s.ok()) return s.status();
  std::unique_ptr<LedgerStore> ls(new LedgerStore());
  ls->store_ = std::move(s).value();
  std::vector<std::string> keys;
  auto events = ls->store_->Events(&keys);
  if (!events.ok()) return events.status();
  ls->ledger_.Seed(std::move(events).value(), std::move(keys));
  return ls;
}

Status LedgerStore::Put(const Article& article) {
  // The ledger runs ahead of the store: when the write fails the next run re-reads the store.
  std::vector<Store::MergedEvent> merged;
  for (size_t i : ledger_.AddArticle(article)) merged.push_back({ledger_.key(i), &ledger_.events()[i]});
  return store_->PutArticle(article, merged);
}

}  // namespace hirewire::app
