// The frame of the data tables compiled into the binary (TSV, one row a line): one reader for
// the comment lines, the optional header, the fields and the line number that errors name.
//
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "corpus/status.h"
#include "corpus/text.h"

namespace hirewire {

// Whether the first line that is not a comment names the columns (and is skipped).
enum class TsvHeader { kNone, kSkip };

// Calls `row(fields, line_no)` for each data row of `tsv` in order: lines that are empty or
// start with '#' are comments; fields are SplitTabs of the line; line_no counts from 1, comment
// lines included. `row` returns a Status; the first non-ok one stops the walk and comes back
// as InvalidArgument("<table> line <line_no>: <its message>").
template <typename RowFn>
Status ForEachTsvRow(std::string_view tsv, std::string_view table, TsvHeader header, RowFn&& row) {
  int line_no = 0;
  bool skip_header = header == TsvHeader::kSkip;
  for (std::string_view rest = tsv; !rest.empty();) {
    std::string_view line = NextLine(rest);
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    if (skip_header) {
      skip_header = false;
      continue;
    }
    const std::vector<std::string> fields = SplitTabs(line);
    if (Status s = row(fields, line_no); !s.ok())
      return Status::InvalidArgument(std::string(table) + " line " + std::to_string(line_no) + ": " +
                                     s.message());
  }
  return Status::Ok();
}

// `text` as TSV comment lines: each of its lines after "# ", newline-terminated ("" for "").
inline std::string TsvComment(std::string_view text) {
  std::string out;
  for (std::string_view rest = text; !rest.empty();) {
    size_t nl = rest.find('\n');
    out += "# ";
    out += rest.substr(0, nl);
    out += '\n';
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
  }
  return out;
}

}  // namespace hirewire
