#include "app/ledger_store.h"

#include <algorithm>
#include <set>
#include <utility>
#include <vector>

namespace hirewire::app {

Result<std::unique_ptr<LedgerStore>> LedgerStore::Open(const std::string& path) {
  auto s = Store::Open(path);
  if (!s.ok()) return s.status();
  std::unique_ptr<LedgerStore> ls(new LedgerStore());
  ls->store_ = std::move(s).value();
  return ls;
}

Status LedgerStore::Put(const Article& article) {
  const std::vector<Event> events = reader_.ReadArticle(article);
  std::vector<std::string> candidates;
  for (const Event& e : events) candidates.push_back(e.candidate);
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  // SameEvent needs the same candidate, so the stored events of these candidates are all the
  // article's events can merge with; in the store's order, as in one ledger of everything.
  normalize::EventLedger ledger;
  return store_->PutArticle(article, candidates, [&](Store::Stored stored) -> Result<std::vector<Store::MergedEvent>> {
    ledger = normalize::EventLedger();
    ledger.Seed(std::move(stored.events), std::move(stored.keys));
    std::set<size_t> touched;
    for (const Event& e : events) touched.insert(ledger.Add(e));
    std::vector<Store::MergedEvent> merged;
    for (size_t i : touched) merged.push_back({ledger.key(i), &ledger.events()[i]});
    return merged;
  });
}

}  // namespace hirewire::app
