// Name comparison of the learned event passes and their training tool: the key that
// scripts/score_events.py compares names by, so that the passes, the trainer and the scorer agree
// on which entity an event names; and the names an entity goes by, the one owner of that list for the event
// passes (biography, foundations).
//
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "corpus/records.h"

namespace hirewire::normalize {

// Comparison key of a name: ASCII lowercased, without spaces and . - , ' ’ ("Mei-Lin Zhou" and
// "meilin zhou" compare equal; "삼성 전자" is "삼성전자").
std::string NameKey(std::string_view name);

// The names the entity goes by: its name, its canonical name (when another) and its aliases, in that order.
std::vector<std::string> EntityNames(const Entity& e);

// Whether the entity's name, canonical name or an alias has `key` (a NameKey); never for "".
bool EntitySpells(const Entity& e, const std::string& key);

// The first organization (any type but person) of the article recognized under `canonical`, or null.
const Entity* OrgWithCanonical(const Article& a, const std::string& canonical);

}  // namespace hirewire::normalize
