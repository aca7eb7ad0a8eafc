// What the two store backends (store.cc: SQLite, store_pg.cc: PostgreSQL) share: the JSON
// encoding of list columns. Internal to corpus.
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

}  // namespace hirewire::store_internal
