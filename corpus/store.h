// The store of articles, paragraphs, entities, amounts and hiring events (schema in
// docs/store.md). Writes are idempotent upserts keyed by content hashes:
//   - an article is keyed by the xxh3 hash of its paragraphs: writing the same article twice
//     changes nothing; the same text under another URL adds a row to article_sources;
//   - an event is keyed by its identity (kind, employer, candidate): a re-published copy of
//     a story adds a row to event_sources instead of a second event, and later facts
//     (outcome, timeline, new offers) update the event.
// Two backends with the same schema and semantics (one test suite runs against both):
//   - SQLite (a file path): WAL mode; each PutArticle is one transaction;
//   - PostgreSQL (a postgresql:// URL, corpus/store_pg.cc): each PutArticle is one
//     transaction; many processes on many machines may write at once (upserts by key).
//
// Thread-safety: a Store is not thread-safe; use one per thread (each owns one connection).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "corpus/records.h"
#include "corpus/status.h"

namespace hirewire {

class Store {
 public:
  // Opens or creates the store and its schema: PostgreSQL for a postgresql:// or postgres://
  // URL, else the SQLite database file at PATH.
  static Result<std::unique_ptr<Store>> Open(const std::string& path);
  virtual ~Store() = default;

  // Writes the article and its entities, amounts and events (with their sources).
  virtual Status PutArticle(const Article& article) = 0;

  struct Counts {
    long articles = 0, article_sources = 0, paragraphs = 0, entities = 0, amounts = 0, events = 0,
         event_offers = 0, event_sources = 0;
    bool operator==(const Counts&) const = default;
  };
  virtual Result<Counts> Count() const = 0;

  // Every stored event with its offers and sources, in insertion order. Evidence is not
  // stored (offsets belong to one article).
  virtual Result<std::vector<Event>> Events() const = 0;

  // Identity of an event in the store: kind (hire | acquisition_attempt | departure),
  // employer and candidate. Offers and hires of one candidate by one employer share a key.
  static std::string EventKey(const Event& e);
  // Hex xxh3 of the article's paragraphs (joined by blank lines).
  static std::string ContentHash(const Article& a);

 protected:
  Store() = default;
};

// The backends behind Store::Open.
Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path);
Result<std::unique_ptr<Store>> OpenPostgresStore(const std::string& url);

}  // namespace hirewire
