#include "normalize/word_units.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace hirewire::normalize {
namespace {

bool Upper(char c) { return c >= 'A' && c <= 'Z'; }

// `name` is a dictionary word (Hangul) followed by one or more ASCII capitals: 음성AI.
bool CommonWordWithCapitals(std::string_view name) {
  size_t caps = name.size();
  while (caps > 0 && Upper(name[caps - 1])) --caps;
  if (caps == name.size() || caps == 0) return false;
  const std::string_view word = name.substr(0, caps);
  for (unsigned char c : word)
    if (c < 0x80) return false;
  return KoreanCommonWord(word);
}

// `name` is a field of work, alone or with 그룹 ("기업금융그룹", "공정거래그룹", "인수금융" read out of
// "인수금융실장"): a bank's or a law firm's division or a line of its business, the row that names the field
// (kind field_group), else -1.
int FieldGroupRow(std::string_view name, const std::vector<EmployerNameRow>& rows) {
  constexpr std::string_view kGroup = "그룹";
  const std::string_view field = name.ends_with(kGroup) ? name.substr(0, name.size() - kGroup.size()) : name;
  for (size_t r = 0; r < rows.size(); ++r)
    if (rows[r].kind == "field_group" && rows[r].lang == "ko" && rows[r].text == field)
      return static_cast<int>(r);
  return -1;
}

}  // namespace

bool FieldGroupName(std::string_view name, const EmployerNameTable& table) {
  return FieldGroupRow(name, table.rows()) >= 0;
}

std::vector<size_t> CommonWordUnits(const Article& a, const EmployerNameTable& table,
                                    std::vector<int>* used_rows) {
  std::vector<size_t> out;
  const auto& rows = table.rows();
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const Entity& e = a.entities[i];
    if (!IsOrgType(e.type)) continue;
    if (const int field = std::max(FieldGroupRow(e.name, rows), FieldGroupRow(e.canonical, rows));
        field >= 0) {
      if (used_rows) used_rows->push_back(field);
      out.push_back(i);
      continue;
    }
    if (!CommonWordWithCapitals(e.name)) continue;
    int unit = -1;
    for (const Mention& m : e.mentions) {
      if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) continue;
      std::string_view p = a.paragraphs[static_cast<size_t>(m.paragraph)];
      const size_t at = static_cast<size_t>(m.end);
      if (at >= p.size() || p[at] != ' ') continue;
      for (size_t r = 0; r < rows.size() && unit < 0; ++r)
        if ((rows[r].kind == "unit_tail" || rows[r].kind == "unit_title") && rows[r].lang == "ko" &&
            p.compare(at + 1, rows[r].text.size(), rows[r].text) == 0)
          unit = static_cast<int>(r);
      if (unit >= 0) break;
    }
    if (unit < 0) continue;
    if (used_rows) used_rows->push_back(unit);
    out.push_back(i);
  }
  return out;
}

}  // namespace hirewire::normalize
