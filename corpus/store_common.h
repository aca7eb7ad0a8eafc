// What the two store backends (store.cc: SQLite, store_pg.cc: PostgreSQL) share: the schema
// version, the JSON encoding of list columns, and the rule that merges a re-reported event
// into the stored one. Internal to corpus.
#pragma once

#include <string>
#include <vector>

#include "corpus/records.h"

namespace hirewire::store_internal {

// JSON array of strings (list columns: authors, aliases, timeline, terms).
std::string JsonList(const std::vector<std::string>& v);
// The inverse; anything that is not a JSON array of strings reads as empty.
std::vector<std::string> ParseList(const std::string& s);
// JSON of an entity's roles: [{"title":..,"organization":..}].
std::string RolesJson(const Entity& e);

// The mergeable facts of a stored event row.
struct EventFacts {
  std::string type;
  long candidate_count = -1;
  std::string previous_employer, role, team, outcome;
  std::vector<std::string> timeline;
  std::string reported_by;
  double confidence = 0;
};

// Later facts update the event: empty fields are filled, the outcome only moves forward
// (offered < declined < accepted < joined/left/failed), timeline entries are appended once,
// an acquisition attempt that turned into a hire becomes a hire, confidence only rises.
// Returns true when *have changed (then the row is written back).
bool MergeEventFacts(EventFacts* have, const Event& e);

}  // namespace hirewire::store_internal
