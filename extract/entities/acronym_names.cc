// A name written out beside its acronym with a seat (the twenty-seventh session, branch entspan27;
// docs/entities.md): "Eidgenössische Technische Hochschule" and "ETH Zürich", "Technische Universität" and
// "TU Berlin" are one organization.
#include "extract/entities/internal.h"

namespace hirewire::extract::entities_detail {

// A Latin organization of two capitalized words or more is the organization of the same article written as an
// acronym and one more capitalized word (its seat: "ETH Zürich", "TU Berlin") when the acronym spells its
// words (NameInitials) and only one such organization does: the written-out name joins that one's group.
void LinkWrittenOutAcronyms(Doc& d) {
  std::map<std::string, int, std::less<>> seated;  // acronym -> group, -1 ambiguous
  for (size_t j = 0; j < d.cands.size(); ++j) {
    const Cand& c = d.cands[j];
    if (d.group[j] < 0 || c.type == EntityType::kPerson || c.te - c.tb != 2) continue;
    const Para& p = d.paras[c.para];
    const std::string_view a = p.Text(c.tb);
    if (!p.toks[c.tb].latin || !p.toks[c.tb].all_caps || a.size() < 2 || a.size() > 5 ||
        !p.IsWord(c.tb + 1) || !p.toks[c.tb + 1].cap || p.toks[c.tb + 1].all_caps ||
        !std::all_of(a.begin(), a.end(), [](char ch) { return IsAsciiUpper(ch); }))
      continue;
    auto [it, inserted] = seated.emplace(std::string(a), d.group[j]);
    if (!inserted && it->second != d.group[j]) it->second = -1;
  }
  if (seated.empty()) return;
  for (size_t i = 0; i < d.cands.size(); ++i) {
    Cand& c = d.cands[i];
    const Para& p = d.paras[c.para];
    if (d.group[i] < 0 || c.type == EntityType::kPerson || c.te - c.tb < 2 ||
        !LatinWordsOnly(p, c.tb, c.te) || p.toks[c.tb].all_caps)
      continue;
    for (const std::string& ini : NameInitials(p, c.tb, c.te)) {
      auto it = seated.find(ini);
      if (it == seated.end() || it->second < 0 || it->second == d.group[i]) continue;
      const int from = d.group[i];
      for (size_t j = 0; j < d.cands.size(); ++j)
        if (d.group[j] == from) d.group[j] = it->second;
      break;
    }
  }
}

}  // namespace hirewire::extract::entities_detail
