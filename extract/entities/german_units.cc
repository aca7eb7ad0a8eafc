// A German unit word, its field and its parent organization written after it ("Abteilung Neurologie der
// Universität Freiburg", "Lehrstuhl für Mikrobiologie der TU München", "Abteilung Klimaforschung bei
// Geosphere Austria"): one organization, the parent's unit (thirtieth session, branch entbound30;
// docs/entities.md).
#include "extract/entities/internal.h"

namespace hirewire::extract {

namespace {

// The folded word is a de_unit_head row, alone or ending a compound ("Forschungsabteilung"), with the
// genitive s or none ("Lehrstuhls").
bool GermanUnitHeadWord(std::string_view w) {
  const std::string f = FoldWord(w);
  std::vector<std::string_view> forms = GermanGenitiveStems(f, 1, GenitiveEndings::kS);
  forms.insert(forms.begin(), f);
  for (const std::string& h : EntityWords::Default().List(WordList::kDeUnitHead))
    for (std::string_view l : forms)
      if (EndsWith(l, h)) return true;
  return false;
}

}  // namespace

// "Abteilung Neurologie der Universität Freiburg", "Departement Biologie und Chemie der ETH": a free
// capitalized unit word (de_unit_head) and its field — "für" and the field (GermanInstitutionTail) or one to
// three capitalized nouns joined by "und" — then "der"/"des"/"bei" and an organization candidate starting
// right there are one organization; the parent's candidate is taken in (as JoinGermanNamedGenitiveUnits
// does). The unit word alone ("die Abteilung der Universität") or a parent that is no candidate joins
// nothing.
void EntityRecognizer::Impl::JoinGermanUnitsBeforeParent(int pi, Para& p, std::vector<Cand>& cands) const {
  const int n = p.Size();
  for (int t = 0; t + 3 < n; ++t) {
    if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].latin || !p.toks[t].cap || p.toks[t].all_caps ||
        !GermanUnitHeadWord(p.Text(t)))
      continue;
    const int s = p.toks[t].sentence;
    auto noun = [&](int k) {
      return k < n && p.IsWord(k) && p.Free(k) && p.toks[k].latin && p.toks[k].cap && !p.toks[k].all_caps &&
             p.toks[k].sentence == s && !en_stop.count(p.Text(k)) && !IsLatinTitle(p.Text(k)) &&
             !given_names.count(p.Text(k));
    };
    int k = t + 1;
    if (p.IsWord(k) && p.Text(k) == "für") {
      k = GermanInstitutionTail(p, t);
      if (k == t + 1) continue;
    } else {
      int words = 0;
      while (noun(k) && words < 3) {
        ++words;
        ++k;
        if (p.IsWord(k) && p.Text(k) == "und" && noun(k + 1)) ++k;
      }
      if (words == 0 || (k > t + 1 && p.IsWord(k - 1) && p.Text(k - 1) == "und")) continue;
    }
    if (k + 1 >= n || !p.IsWord(k) || !p.Free(k) || p.toks[k].sentence != s ||
        (p.Text(k) != "der" && p.Text(k) != "des" && p.Text(k) != "bei"))
      continue;
    const int o = p.owner[k + 1];
    if (o < 0) continue;
    Cand& g = cands[o];
    if (g.tb != k + 1 || g.type == EntityType::kPerson || g.dropped || g.para != pi ||
        g.end != p.toks[g.te - 1].end || (g.dict >= 0 && entries[g.dict].type == EntityType::kOther) ||
        p.toks[g.tb].sentence != s)
      continue;
    Cand c = TokenCand(p, pi, t, g.te, EntityType::kOrganization, std::max(g.conf, 0.8));
    c.source = g.source;
    g.dropped = true;
    g.drop_rule = -1;
    const int idx = static_cast<int>(cands.size());
    for (int q = t; q < c.te; ++q) p.owner[q] = idx;
    t = c.te - 1;
    cands.push_back(std::move(c));
  }
}

}  // namespace hirewire::extract
