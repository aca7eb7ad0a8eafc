// The event ledger: the one owner of hiring-event identity and merging across articles.
//
// Articles go in one at a time (in input order); each article's events are first aligned
// with the events of an earlier near copy of the same story (syndicated, lightly edited:
// the copy's reading of the employer or type yields to the original's), then merged into
// the events already held: events for which SameEvent holds become one event that lists
// every source, and later facts (outcome, timeline, new offers, filled fields) update it.
// `hirewire events` prints the ledger; `--db` and `extract --db` store exactly the ledger's
// events (corpus::Store only upserts them under the ledger's keys), so the two agree.
//
// Thread-safety: an EventLedger is not thread-safe; the free functions are pure.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "corpus/records.h"

namespace hirewire::normalize {

// Order of outcomes as facts accumulate: offered < declined < accepted < joined/left/failed
// (kNone lowest). A later fact of equal or higher rank replaces the outcome.
int OutcomeRank(Outcome o);

// True when two events describe the same hire: same candidate, same employer (or one
// empty), both or neither an acquisition attempt, both or neither a departure, and
// compatible previous employers.
bool SameEvent(const Event& a, const Event& b);

// Merges the facts of `from` into `into` (SameEvent(*into, from) holds): empty fields are
// filled, new offers and timeline steps appended, sources added, the outcome advanced, a
// hire outranks an offer, an acqui-hire an offer.
void MergeEvent(const Event& from, Event* into);

class EventLedger {
 public:
  // Events already merged and stored (Store::Events) with their keys, before any article.
  void Seed(std::vector<Event> events, std::vector<std::string> keys);

  // Adds one article's events (Article::events): ReadArticle, then each merged into the
  // ledger. Returns the indices of the ledger events the article created or changed, ascending.
  std::vector<size_t> AddArticle(const Article& article);

  // The first half of AddArticle: the article's events as the ledger reads them -- events
  // without sources get the article's URL (or source), and events of a near copy of an earlier
  // article take the original's reading -- and remembers the article for later near copies.
  // Nothing is merged: a writer merges them into the stored events of their candidates with a
  // ledger seeded from those (app::LedgerStore).
  std::vector<Event> ReadArticle(const Article& article);
  // The same, and the article's DocumentSignature (what a writer needs to look for near copies
  // outside this ledger: stored by other processes or earlier runs).
  std::vector<Event> ReadArticle(const Article& article, std::vector<uint64_t>* signature);

  // Adds one event from an unknown article (no near-copy alignment). Returns its index.
  size_t Add(Event event);

  const std::vector<Event>& events() const { return events_; }
  // Stable identity of events()[i] (kind, employer and candidate as first seen), unique in
  // the ledger: the key under which a store keeps it.
  const std::string& key(size_t i) const { return keys_[i]; }
  // Paragraphs of the article events()[i]'s evidence points into (empty for seeded events).
  const std::vector<std::string>& paragraphs(size_t i) const;

 private:
  size_t Merge(Event e, const std::shared_ptr<const std::vector<std::string>>& paragraphs);

  struct Doc {
    std::vector<uint64_t> signature;
    std::vector<Event> events;  // as the article read them, before merging
  };
  std::vector<Event> events_;
  std::vector<std::string> keys_;
  std::vector<std::shared_ptr<const std::vector<std::string>>> paragraphs_;
  std::vector<Doc> docs_;
};

// A near copy's events about the same candidates are the original's events: each event of
// `events` that is not SameEvent with an event of `original` about its candidate (and neither is
// an acquisition attempt) takes the original's employer, previous employer (when it has none) and
// departure type. ReadArticle applies it with the first earlier near copy it saw.
void AlignWithOriginal(const std::vector<Event>& original, std::vector<Event>* events);

// The ledger over plain events in input order (no articles): MergeEvent of each event for
// which SameEvent holds into the first. Output keeps the order of first appearance.
std::vector<Event> MergeEvents(std::vector<Event> events);

}  // namespace hirewire::normalize
