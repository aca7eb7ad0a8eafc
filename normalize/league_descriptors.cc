#include "normalize/league_descriptors.h"

#include <string>
#include <string_view>

namespace hirewire::normalize {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// A name opens at byte `at` of `p`: an ASCII capital or a Hangul syllable (a lead byte EA–ED).
bool NameOpensAt(std::string_view p, size_t at) {
  if (at >= p.size()) return false;
  const unsigned char c = static_cast<unsigned char>(p[at]);
  return (c >= 'A' && c <= 'Z') || (c >= 0xEA && c <= 0xED);
}

// A person mention of paragraph `pi` starts at byte `at`.
bool PersonAt(const Article& a, int pi, size_t at) {
  for (const Entity& e : a.entities)
    if (e.type == "person")
      for (const Mention& m : e.mentions)
        if (m.paragraph == pi && static_cast<size_t>(m.start) == at) return true;
  return false;
}

// The byte after " KIND " that follows the mention ending at `end` (past " N" of a division), or npos.
size_t KindAfter(std::string_view p, size_t end, const std::string& kind) {
  size_t at = end;
  if (at + 1 < p.size() && p[at] == ' ' && IsDigit(p[at + 1])) {
    at += 1;
    while (at < p.size() && IsDigit(p[at])) ++at;
  }
  const std::string w = " " + kind + " ";
  return p.compare(at, w.size(), w) == 0 ? at + w.size() : std::string_view::npos;
}

}  // namespace

std::vector<ParagraphSpan> LeagueDescriptorSpans(const Article& a, const EmployerNameTable& table, std::vector<int>* used_rows) {
  std::vector<ParagraphSpan> out;
  const auto& rows = table.rows();
  for (const Entity& e : a.entities) {
    if (e.type != "company" && e.type != "organization") continue;
    for (const Mention& m : e.mentions) {
      if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) continue;
      std::string_view p = a.paragraphs[m.paragraph];
      for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].kind != "league_kind") continue;
        const size_t name = KindAfter(p, static_cast<size_t>(m.end), rows[i].text);
        if (name == std::string_view::npos || !NameOpensAt(p, name) || PersonAt(a, m.paragraph, name)) continue;
        out.push_back({m.paragraph, m.start, m.end});
        if (used_rows) used_rows->push_back(static_cast<int>(i));
        break;
      }
    }
  }
  return out;
}

}  // namespace hirewire::normalize
