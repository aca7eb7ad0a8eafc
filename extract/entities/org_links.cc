// Latin organization names and their plain forms: a name with its legal form after it groups with
// the name without it ("Vantor AI Inc." and "Vantor AI"), and a one-word organization that opens
// exactly one longer organization name of the article whose other words are all heads is that body
// ("Cornell" of "Cornell University", "Eastbridge" of "Eastbridge University").
#include "extract/entities/internal.h"

namespace hirewire::extract {
namespace entities_detail {

namespace {

// Word w is a legal form (legal_suffix), with or without a period closing it ("Inc.", "Ltd").
bool LegalWord(std::string_view w) {
  if (In(WordList::kLegalSuffix, w)) return true;
  return w.size() > 1 && w.back() == '.' && In(WordList::kLegalSuffix, w.substr(0, w.size() - 1));
}

}  // namespace

std::string LatinLegalBase(std::string_view s) {
  std::string out(s);
  for (size_t sp = out.rfind(' '); sp != std::string::npos && sp > 0; sp = out.rfind(' ')) {
    if (!LegalWord(std::string_view(out).substr(sp + 1))) break;
    std::string rest = out.substr(0, sp);
    if (!rest.empty() && rest.back() == ',') rest.pop_back();  // "Acme, Inc."
    // ("Mehta Iyer & Co": the form after "&" is a partners' name; a lone letter keeps its form.)
    if (rest.size() < 2 || rest.back() == '&' || rest.back() == '-') break;
    out = std::move(rest);
  }
  return out;
}

void LinkOrgFirstWordOfHeads(Doc& d) {
  std::map<std::string, int, std::less<>> first_of;  // first word -> group, -1 ambiguous
  for (size_t j = 0; j < d.cands.size(); ++j) {
    const Cand& c = d.cands[j];
    const Para& p = d.paras[c.para];
    if (d.group[j] < 0 || c.type == EntityType::kPerson || c.te - c.tb < 2 || !p.toks[c.tb].latin ||
        !p.toks[c.tb].cap || p.toks[c.tb].all_caps || !p.IsWord(c.tb) || p.Text(c.tb).size() < 4)
      continue;
    bool heads = true;
    for (int t = c.tb + 1; t < c.te && heads; ++t)
      heads = p.IsPunct(t, ".") || (p.IsWord(t) && LatinNameHead(p.Text(t)));
    if (!heads) continue;
    auto [it, inserted] = first_of.emplace(std::string(p.Text(c.tb)), d.group[j]);
    if (!inserted && it->second != d.group[j]) it->second = -1;
  }
  for (size_t i = 0; i < d.cands.size() && !first_of.empty(); ++i) {
    Cand& c = d.cands[i];
    if (d.group[i] < 0 || c.dict >= 0 || c.type == EntityType::kPerson || c.te - c.tb != 1 ||
        !d.paras[c.para].toks[c.tb].latin)
      continue;
    auto it = first_of.find(d.Surface(c));
    if (it == first_of.end() || it->second < 0 || it->second == d.group[i]) continue;
    d.group[i] = it->second;
    c.short_form = true;
  }
}

}  // namespace entities_detail
}  // namespace hirewire::extract
