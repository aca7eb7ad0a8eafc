#include "extract/aliases.h"

#include <algorithm>

#include "corpus/records.h"
#include "corpus/text.h"

namespace hirewire::extract {
namespace {

// Padding around a TSV line and its cells: spaces and the CR of CRLF files (tabs separate cells).
constexpr std::string_view kCellPad = " \r";

}  // namespace

Result<std::vector<AliasRecord>> ParseAliasTsv(std::string_view tsv) {
  constexpr size_t kMaxRecords = 100000;
  std::vector<AliasRecord> out;
  int line_no = 0;
  while (!tsv.empty()) {
    size_t nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv = nl == std::string_view::npos ? std::string_view() : tsv.substr(nl + 1);
    ++line_no;
    line = TrimChars(line, kCellPad);
    if (line.empty() || line.front() == '#') continue;
    size_t t1 = line.find('\t');
    size_t t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string_view::npos)
      return Status::InvalidArgument("aliases line " + std::to_string(line_no) +
                                     ": expected type<TAB>canonical<TAB>aliases");
    AliasRecord r;
    const std::string_view type = TrimChars(line.substr(0, t1), kCellPad);
    r.canonical = std::string(TrimChars(line.substr(t1 + 1, t2 - t1 - 1), kCellPad));
    if (!ParseEntityType(type, &r.type) || r.type == EntityType::kNone)
      return Status::InvalidArgument("aliases line " + std::to_string(line_no) + ": unknown type '" +
                                     std::string(type) + "'");
    if (r.canonical.empty())
      return Status::InvalidArgument("aliases line " + std::to_string(line_no) + ": empty canonical name");
    r.aliases.push_back(r.canonical);
    std::string_view rest = line.substr(t2 + 1);
    while (!rest.empty()) {
      size_t bar = rest.find('|');
      std::string_view a = TrimChars(rest.substr(0, bar), kCellPad);
      rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
      if (a.empty()) continue;
      if (std::find(r.aliases.begin(), r.aliases.end(), a) == r.aliases.end()) r.aliases.emplace_back(a);
    }
    if (out.size() >= kMaxRecords) return Status::ResourceExhausted("aliases: more than 100000 records");
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace hirewire::extract
