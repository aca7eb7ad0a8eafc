#include "app/ledger_store.h"

#include <algorithm>
#include <set>
#include <utility>
#include <vector>

#include "normalize/minhash.h"

namespace hirewire::app {

Result<std::unique_ptr<LedgerStore>> LedgerStore::Open(const std::string& path) {
  auto s = Store::Open(path);
  if (!s.ok()) return s.status();
  std::unique_ptr<LedgerStore> ls(new LedgerStore());
  ls->store_ = std::move(s).value();
  return ls;
}

// A bound on the cache of stored articles' signatures (~1 KiB each).
constexpr size_t kMaxStoredDocs = 100000;

Result<std::vector<Event>> LedgerStore::StoredOriginals(const Store::Stored& stored,
                                                        const std::vector<uint64_t>& signature,
                                                        const std::string& content_hash) {
  std::vector<Event> originals;
  for (size_t i = 0; i < stored.events.size() && i < stored.source_articles.size(); ++i)
    for (int64_t id : stored.source_articles[i]) {
      auto doc = docs_.find(id);
      if (doc == docs_.end()) {
        Article a;
        auto paragraphs = store_->ArticleParagraphs(id);
        if (!paragraphs.ok()) return paragraphs.status();
        a.paragraphs = std::move(*paragraphs);
        if (docs_.size() >= kMaxStoredDocs) docs_.clear();
        doc = docs_.emplace(id, StoredDoc{normalize::DocumentSignature(a.paragraphs), Store::ContentHash(a)})
                  .first;
      }
      if (doc->second.content_hash == content_hash) continue;  // the article itself, written before
      if (normalize::MinHashSimilarity(signature, doc->second.signature) >= normalize::kSyndicatedThreshold) {
        originals.push_back(stored.events[i]);
        break;
      }
    }
  return originals;
}

Status LedgerStore::Put(const Article& article) {
  std::vector<uint64_t> signature;
  const std::vector<Event> events = reader_.ReadArticle(article, &signature);
  const std::string content_hash = Store::ContentHash(article);
  std::vector<std::string> candidates;
  for (const Event& e : events) candidates.push_back(e.candidate);
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  // SameEvent needs the same candidate, so the stored events of these candidates are all the
  // article's events can merge with; in the store's order, as in one ledger of everything.
  normalize::EventLedger ledger;
  return store_->PutArticle(article, candidates,
                            [&](Store::Stored stored) -> Result<std::vector<Store::MergedEvent>> {
                              // Near copies this process did not see (other processes or earlier runs stored
                              // them), and those it saw before it read them as the store does (a copy written
                              // again).
                              std::vector<Event> read = events;
                              if (!stored.events.empty()) {
                                auto originals = StoredOriginals(stored, signature, content_hash);
                                if (!originals.ok()) return originals.status();
                                if (!originals->empty()) normalize::AlignWithOriginal(*originals, &read);
                              }
                              ledger = normalize::EventLedger();
                              ledger.Seed(std::move(stored.events), std::move(stored.keys));
                              std::set<size_t> touched;
                              for (const Event& e : read) touched.insert(ledger.Add(e));
                              std::vector<Store::MergedEvent> merged;
                              for (size_t i : touched) merged.push_back({ledger.key(i), &ledger.events()[i]});
                              return merged;
                            });
}

}  // namespace hirewire::app
