// The store of articles, paragraphs, entities, amounts and hiring events (schema in
// docs/store.md). Writes are idempotent upserts keyed by content hashes:
//   - an article is keyed by the xxh3 hash of its paragraphs: writing the same article twice
//     changes nothing; the same text under another URL adds a row to article_sources;
//   - events arrive already merged (normalize::EventLedger owns event identity and merging):
//     inside the article's transaction the store hands the writer the stored events of the
//     article's candidates, locked against every other writer until the commit, and the writer
//     merges its events into them (app::LedgerStore does, through the ledger); the store keeps the
//     merged state of each under the key the ledger gives it, and only adds sources (a
//     re-published copy adds a row to event_sources). So writers in many processes never
//     overwrite each other's facts: each merges into the state the previous commit left.
// Two backends with the same schema and semantics (one test suite runs against both):
//   - SQLite (a file path): WAL mode; each PutArticle is one transaction;
//   - PostgreSQL (a postgresql:// URL, corpus/store_pg.cc): each PutArticle is one
//     transaction; many processes on many machines may write at once (upserts by key; the
//     stored events of a candidate are read under a transaction-scoped advisory lock on the
//     candidate's name, so two writers of one person's events take turns).
//
// Thread-safety: a Store is not thread-safe; use one per thread (each owns one connection).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "corpus/records.h"
#include "corpus/status.h"

namespace hirewire {

// Filters for Store::Events. Empty fields match everything.
struct EventQuery {
  std::string since;     // YYYY-MM-DD: events whose date is on or after it (the date a nightly run
                         // last changed the event, else the newest publication date of its sources)
  std::string employer;  // exact employer name, ASCII case-insensitive
};

class Store {
 public:
  // The schema version this build writes (table `schema_version`, docs/store.md).
  static constexpr int kSchemaVersion = 4;

  // Opens or creates the store and its schema: PostgreSQL for a postgresql:// or postgres://
  // URL, else the SQLite database file at PATH. A new store gets the current schema; an
  // existing SQLite file must be at kSchemaVersion: an older one is refused with a message
  // naming `hirewire db migrate FILE`, a newer one (from a newer hirewire) is refused too.
  // PostgreSQL schemas are brought forward on open (idempotent ADD COLUMN IF NOT EXISTS); a
  // newer one is refused.
  static Result<std::unique_ptr<Store>> Open(const std::string& path);
  virtual ~Store() = default;

  // Brings an existing (or new) database to kSchemaVersion: SQLite one transaction per step,
  // each recorded in `schema_version`; PostgreSQL in one transaction (the version in `meta`).
  // Returns the version the database had before (0: it had no store).
  static Result<int> Migrate(const std::string& path);

  // One merged event to store under the stable key the ledger gave it
  // (normalize::EventLedger::key).
  struct MergedEvent {
    std::string key;
    const Event* event = nullptr;  // not owned; must outlive the call
  };

  // The stored events a writer merges into (Events' form: offers and sources, no evidence), with
  // their keys, in insertion order.
  struct Stored {
    std::vector<Event> events;
    std::vector<std::string> keys;
    std::vector<std::vector<int64_t>> source_articles;  // per event: the article id of each source
  };
  // Merges the article's events into `stored` and returns the merged events to write (pointers
  // that stay valid until PutArticle returns). Called inside the transaction, again when the
  // transaction is retried.
  using MergeFn = std::function<Result<std::vector<MergedEvent>>(Stored stored)>;

  // Writes the article with its entities and amounts, and its events merged with the stored
  // ones, in one transaction: reads (and locks until the commit) the stored events whose
  // candidate is one of `candidates`, calls `merge` with them, and writes what it returns
  // (Article::events is not read). The stored state of each event becomes the one given;
  // sources are only ever added (the article's URL or source for an event without sources).
  virtual Status PutArticle(const Article& article, const std::vector<std::string>& candidates,
                            const MergeFn& merge) = 0;
  // The same with events merged by the caller against nothing stored: they replace the stored
  // state of their keys (a single writer that merged everything itself, and tests).
  Status PutArticle(const Article& article, const std::vector<MergedEvent>& events) {
    return PutArticle(article, {}, [&](const Stored&) -> Result<std::vector<MergedEvent>> { return events; });
  }

  // A precondition of every write, checked inside each PutArticle's transaction before anything
  // is written (fencing a writer whose lease may have been taken over: fetch::WarcQueue::StoreFence).
  // `sql` with `params` ($1, $2, ...) must return a row; it should lock that row until the commit
  // (FOR KEY SHARE) so the precondition cannot change before the writes commit.
  struct Fence {
    std::string sql;
    std::vector<std::string> params;
    std::string what;  // why a write was refused, for the message
  };
  // Sets the fence of the following writes and checks it once. Returns whether this store
  // enforces it: false when the fence's row is not in this store's database (SQLite, or a
  // PostgreSQL store in another database than the fence's table), and the caller must check its
  // precondition itself before each write (not atomic with the write).
  virtual Result<bool> SetFence(const Fence& fence) {
    (void)fence;
    return false;
  }
  // The following writes have no fence.
  virtual void ClearFence() { fence_lost_ = false; }
  // True after a PutArticle was refused because the fence no longer held (nothing was written;
  // PutArticle failed with the fence's `what`). Cleared by SetFence and ClearFence.
  bool fence_lost() const { return fence_lost_; }

  struct Counts {
    long articles = 0, article_sources = 0, paragraphs = 0, entities = 0, amounts = 0, events = 0,
         event_offers = 0, event_sources = 0;
    bool operator==(const Counts&) const = default;
  };
  virtual Result<Counts> Count() const = 0;

  // Every stored event with its offers and sources, in insertion order, and (when `keys` is
  // given) their keys in the same order. Evidence is not stored (offsets belong to one article).
  Result<std::vector<Event>> Events(std::vector<std::string>* keys = nullptr) const {
    return Events(EventQuery{}, keys);
  }
  // The same, filtered.
  virtual Result<std::vector<Event>> Events(const EventQuery& query,
                                            std::vector<std::string>* keys = nullptr) const = 0;

  // The paragraphs of a stored article (by its id, as in Stored::source_articles), in order.
  // Callable from inside a MergeFn (the same transaction).
  virtual Result<std::vector<std::string>> ArticleParagraphs(int64_t article_id) const = 0;

  // Records that a run on `date` (YYYY-MM-DD) added or changed these events (by key): sets
  // `last_changed`, and `first_seen` when still empty. Idempotent.
  virtual Status StampEvents(const std::vector<std::string>& keys, const std::string& date) = 0;

  // Hex xxh3 of the article's paragraphs (joined by blank lines).
  static std::string ContentHash(const Article& a);

 protected:
  Store() = default;
  bool fence_lost_ = false;
};

// The backends behind Store::Open.
Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path);
Result<std::unique_ptr<Store>> OpenPostgresStore(const std::string& url);
// Store::Migrate of a PostgreSQL store: the version it had (0: none yet; Open brings a
// PostgreSQL store forward too, under an advisory lock, so a fleet upgrades on first start).
Result<int> MigratePostgresStore(const std::string& url);

}  // namespace hirewire
