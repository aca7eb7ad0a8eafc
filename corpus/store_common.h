// What the two store backends (store.cc: SQLite, store_pg.cc: PostgreSQL) share: the schema
// (one text, two dialects), the queries and row decoding of Store::Events, and the JSON
// encoding of list columns. Internal to corpus.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "corpus/records.h"
#include "corpus/status.h"

namespace hirewire::store_internal {

enum class Dialect { kSqlite, kPostgres };

// Schema version 1, the tables as first released (docs/store.md). SQLite: INTEGER/REAL, row ids
// (event_sources in rowid order); PostgreSQL: BIGINT/DOUBLE PRECISION, BIGSERIAL ids and an id
// on event_sources for insertion order. Idempotent (CREATE ... IF NOT EXISTS).
std::string SchemaV1(Dialect d);
// Version 2: events.first_seen and events.last_changed (PostgreSQL: idempotent).
std::string SchemaV2(Dialect d);
// Version 3: events.employer_aliases and events.previous_employer_aliases (JSON arrays, '[]' in
// rows written before; PostgreSQL: idempotent).
std::string SchemaV3(Dialect d);
// Version 4: the index events_candidate on events(candidate): every article's write reads the
// stored events of its candidates (Store::PutArticle). Idempotent.
std::string SchemaV4(Dialect d);

// Store::Events: the events with their keys ($1 since, $2 employer: PostgreSQL parameters, and
// SQLite named parameters bound in the same order), their offers ($1 event id) and sources.
extern const char* const kEventsQuery;
// The events whose candidate is in $1 (a JSON array of strings), in kEventsQuery's columns, in
// insertion order: what a writer merges into (Store::PutArticle).
const char* CandidateEventsQuery(Dialect d);
extern const char* const kOffersQuery;
// The sources of event $1 (source, article_id) in insertion order.
const char* SourcesQuery(Dialect d);
// The paragraphs of article $1 in order.
extern const char* const kParagraphsQuery;

// What a writer read of each event before merging (Store::PutArticle), by key: the offers and
// sources of the merged event already stored, which need not be written again (an event with
// hundreds of sources would otherwise re-insert all of them with every article).
struct StoredFacts {
  std::vector<Offer> offers;
  std::set<std::string> sources;
};
using StoredFactsByKey = std::unordered_map<std::string, StoredFacts>;
StoredFactsByKey FactsByKey(const std::vector<Event>& events, const std::vector<std::string>& keys);
// The merged event's offers that are new or changed, and its sources not stored yet (`stored`
// may be null: everything; an event without sources gets `article_source`).
std::vector<const Offer*> OffersToWrite(const Event& merged, const StoredFacts* stored);
std::vector<std::string> SourcesToWrite(const Event& merged, const StoredFacts* stored,
                                        const std::string& article_source);

// One row of a result, by column (both backends' statements and results).
class Row {
 public:
  virtual ~Row() = default;
  virtual std::string Text(int col) const = 0;
  virtual int64_t Int(int col) const = 0;
  virtual double Real(int col) const = 0;
};
// A row of kEventsQuery (column 0, the row id, is the caller's). InvalidArgument for an
// unknown type or outcome.
Status EventFromRow(const Row& r, Event* e, std::string* key);
// A row of kOffersQuery.
Offer OfferFromRow(const Row& r);

// JSON array of strings (list columns: authors, aliases, timeline, terms, employer aliases).
std::string JsonList(const std::vector<std::string>& v);
// The inverse; anything that is not a JSON array of strings reads as empty.
std::vector<std::string> ParseList(const std::string& s);
// JSON of an entity's roles: [{"title":..,"organization":..}].
std::string RolesJson(const Entity& e);

}  // namespace hirewire::store_internal
