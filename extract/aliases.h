// The entity alias dictionary: known people, companies, organizations and publications with
// their Korean, English and Japanese spellings, each linked to one canonical (English) name.
//
// The data lives in extract/data/aliases.tsv and extract/data/aliases_world.tsv (hand-written;
// see their headers for the source) and is compiled into the library at build time, so no data
// path is needed at run time. Records of the same type and canonical name are one entry (the world
// file adds spellings to entries of the first).
//
// Thread-safety: pure functions; the embedded text is immutable.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "corpus/records.h"
#include "corpus/status.h"

namespace hirewire::extract {

struct AliasRecord {
  // person | company | organization | publication | other (a name that is none of these in news:
  // a competition, a product, a place; it claims its words and is never output)
  EntityType type = EntityType::kNone;
  std::string canonical;             // English canonical name
  std::vector<std::string> aliases;  // includes the canonical name, in file order, no duplicates

  bool operator==(const AliasRecord&) const = default;
};

// Parses the TSV format: `type<TAB>canonical<TAB>alias|alias|...`; '#' starts a comment line;
// blank lines are skipped. Unknown types or missing fields are an InvalidArgument error naming
// the line. Limits: at most 100000 records.
Result<std::vector<AliasRecord>> ParseAliasTsv(std::string_view tsv);

// The text of extract/data/aliases.tsv as built into the library.
std::string_view EmbeddedAliasTsv();
// The text of extract/data/aliases_world.tsv (general news) as built into the library.
std::string_view EmbeddedWorldAliasTsv();

}  // namespace hirewire::extract
