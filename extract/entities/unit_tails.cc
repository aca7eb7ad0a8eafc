// Units named with their parent (the twenty-seventh session, branch entspan27; docs/entities.md): a German
// unit with its parent in the genitive ("Verkehrsausschuss des Landtags", "Tiefbauamt des Kantons Bern") and
// a Korean province's or city's unit ("경상남도 복지정책과").
#include "extract/entities/internal.h"

namespace hirewire::extract {

namespace {

// A capitalized German adjective in a weak ending before a head ("Dermatologischen Klinik").
bool GermanAdjectiveAt(const Para& p, int t) {
  if (t < 0 || !p.IsWord(t) || !p.Free(t) || !p.toks[t].latin || !p.toks[t].cap || p.toks[t].all_caps)
    return false;
  const std::string_view w = p.Text(t);
  return w.size() >= 6 &&
         (EndsWith(w, "ischen") || EndsWith(w, "ische") || EndsWith(w, "lichen") || EndsWith(w, "liche"));
}

}  // namespace

// The end (token) of a German territory named in the genitive at word t with its place ("des Kantons
// Zürich", "der Stadt Wien", "des Landkreises Harburg"), -1 when none.
int EntityRecognizer::Impl::GermanGenitiveTerritoryEnd(const Para& p, int t) const {
  if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].cap || !p.IsWord(t + 1) || !p.Free(t + 1) ||
      !p.toks[t + 1].cap || !p.toks[t + 1].latin || p.toks[t + 1].sentence != p.toks[t].sentence ||
      en_stop.count(p.Text(t + 1)))
    return -1;
  const std::string_view w = p.Text(t);
  for (const std::string& row : EntityWords::Default().List(WordList::kDeTerritory))
    for (std::string_view gen : {"", "s", "es"})
      if (w.size() == row.size() + gen.size() && w.starts_with(row) && EndsWith(w, gen)) return t + 2;
  return -1;
}

// "Verkehrsausschuss des Abgeordnetenhauses", "Tiefbauamt des Kantons Zürich", "Dermatologischen Klinik
// des Universitätsspitals": a compound ending in an institution head (de_institution_head: -ausschuss, -amt,
// -kommission; or the head after a capitalized adjective), then "des"/"der" and an organization (or a
// territory and its place) is the parent's unit, one organization with the parent.
void EntityRecognizer::Impl::JoinGermanGenitiveUnits(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int u = 0; u + 2 < p.Size(); ++u) {
    bool compound = false;
    if (!GermanInstitutionHead(p, u, &compound)) continue;
    const int a = compound ? u : u - 1;
    if (!compound && !GermanAdjectiveAt(p, a)) continue;
    const int k = u + 1;
    if (!p.IsWord(k) || !p.Free(k) || (p.Text(k) != "des" && p.Text(k) != "der") ||
        p.toks[k + 1].sentence != p.toks[u].sentence)
      continue;
    const int o = p.owner[k + 1];
    if (o >= 0) {
      Cand& g = cands[o];
      if (g.tb != k + 1 || g.type == EntityType::kPerson || g.dropped || !g.key.empty() ||
          (g.dict >= 0 && entries[g.dict].type == EntityType::kOther))
        continue;
      for (int t = a; t <= k; ++t) p.owner[t] = o;
      g.tb = a;
      g.start = p.toks[a].start;
      g.type = EntityType::kOrganization;
      g.dict = -1;
      continue;
    }
    const int e = GermanGenitiveTerritoryEnd(p, k + 1);
    if (e < 0) continue;
    Cand c = TokenCand(p, pi, a, e, EntityType::kOrganization, 0.7);
    Claim(p, cands, std::move(c));
  }
}

// A province or city written in full at word t: a ko_government_place row ("경상남도", "부산광역시") or a
// ko_place_name row with 시 ("수원시").
bool EntityRecognizer::Impl::KoreanGovernmentPlace(std::string_view w) const {
  if (In(WordList::kKoGovernmentPlace, w)) return true;
  return EndsWith(w, "시") && In(WordList::kKoPlaceName, w.substr(0, w.size() - 3));
}

// "경상남도 복지정책과는", "부산광역시 교통정책과", "수원시 도시계획과 관계자": a province or a city written
// in full and, after a space, a unit word (a ko_unit_head row, or a weak head with evidence: a particle, a
// person or a ko_org_of_noun word right after it) are the government's unit, one organization. The place
// alone stays a place.
void EntityRecognizer::Impl::JoinKoreanGovernmentUnits(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int t = 0; t + 1 < p.Size(); ++t) {
    const int q = t + 1;
    if (!p.IsWord(t) || !p.toks[t].has_hangul || !KoreanGovernmentPlace(p.Text(t)) || !p.IsWord(q) ||
        !p.toks[q].space_before || !p.toks[q].has_hangul || p.toks[q].sentence != p.toks[t].sentence)
      continue;
    // The unit's word may be an organization of its own already ("물가대책위원회"): it stays a name of the
    // joined one.
    const int found = p.owner[q];
    if (found >= 0 &&
        (cands[found].tb != q || cands[found].te != q + 1 || cands[found].type == EntityType::kPerson))
      continue;
    const int place = p.owner[t];
    if (place >= 0 &&
        (cands[place].tb != t || cands[place].te != t + 1 || cands[place].type == EntityType::kPerson ||
         (cands[place].dict >= 0 && entries[cands[place].dict].type != EntityType::kOther)))
      continue;
    bool had_particle = false;
    const std::string_view w = p.Text(q);
    int len = static_cast<int>(w.size());
    auto unit_head = [&](std::string_view s) {
      return EndsWithAnyOf(WordList::kKoUnitHead, s) || EndsWithAnyOf(WordList::kKoUnitHeadWeak, s);
    };
    if (!unit_head(w)) {
      len = NameStemLength(w, &had_particle);
      for (const int l : KoreanStemLengths(w))
        if (unit_head(w.substr(0, l))) len = l;
    }
    const std::string_view unit = w.substr(0, len);
    // (A weak head also before a noun that takes an organization, ko_org_of_noun: "농업정책과 관계자는".)
    bool org_noun = false;
    if (const int r = q + 1; r < p.Size() && p.IsWord(r) && p.toks[r].sentence == p.toks[q].sentence)
      for (const int l : KoreanStemLengths(p.Text(r)))
        org_noun = org_noun || In(WordList::kKoOrgOfNoun, p.Text(r).substr(0, l));
    if (CountCodePoints(unit) < 3 || EndsWithAnyOf(WordList::kKoGenericOrgFinal, unit) ||
        !(EndsWithAnyOf(WordList::kKoUnitHead, unit) || WeakKoreanUnit(p, unit, q + 1, had_particle, cands) ||
          (org_noun && WeakUnitShape(unit))))
      continue;
    if (place >= 0) {
      cands[place].dropped = true;
      cands[place].drop_rule = -1;
      p.owner[t] = -1;
    }
    if (found >= 0) p.owner[q] = -1;
    const int joined =
        Claim(p, cands,
              SpanCand(pi, t, q + 1, p.toks[t].start, p.toks[q].start + len, EntityType::kOrganization, 0.7));
    if (found >= 0 && joined >= 0) cands[found].key = "#" + std::to_string(joined);
    if (found >= 0 && joined < 0) p.owner[q] = found;
  }
}

// Word w (any case) ends in a de_institution_head row ("Hochschule", "Musikakademie").
bool EntityRecognizer::Impl::GermanInstitutionHeadWord(std::string_view w) const {
  const std::string lower = FoldWord(w);
  for (const std::string& h : EntityWords::Default().List(WordList::kDeInstitutionHead))
    if (EndsWith(lower, h)) return true;
  return false;
}

// "Hochschule für Musik Franz Liszt Weimar", "Hochschule für Musik Carl Maria von Weber Dresden": a German
// institution named with "für" and a field, then the person it is named after (a listed given name opening
// one to five capitalized words, name particles between) and its seat, is one organization; the person read
// inside it is no person of the page.
void EntityRecognizer::Impl::JoinGermanNamedInstitutions(Para& p, std::vector<Cand>& cands, int first) const {
  for (int ci = first; ci < static_cast<int>(cands.size()); ++ci) {
    Cand& c = cands[ci];
    if (c.dropped || c.type == EntityType::kPerson || c.dict >= 0 || c.te - c.tb < 3 ||
        c.end != p.toks[c.te - 1].end)
      continue;
    bool field = false, head = false;
    for (int t = c.tb; t < c.te; ++t) {
      field = field || (p.IsWord(t) && p.Text(t) == "für");
      head = head || (!field && p.IsWord(t) && p.toks[t].cap && GermanInstitutionHeadWord(p.Text(t)));
    }
    const int k = c.te;
    if (!field || !head || !p.IsWord(k) || !p.toks[k].cap || !p.toks[k].space_before ||
        !given_names.count(p.Text(k)) || p.toks[k].sentence != p.toks[c.tb].sentence)
      continue;
    int e = k;
    int person = -1;
    while (e < p.Size() && e - k < 6 && p.IsWord(e) && p.toks[e].latin && p.toks[e].space_before &&
           p.toks[e].sentence == p.toks[k].sentence &&
           (p.toks[e].cap ||
            (In(WordList::kEnNameConnector, p.Text(e)) && p.IsWord(e + 1) && p.toks[e + 1].cap))) {
      const int o = p.owner[e];
      if (o >= 0 && (cands[o].type != EntityType::kPerson || (person >= 0 && o != person))) break;
      if (o >= 0) person = o;
      ++e;
    }
    if (e - k < 2) continue;
    if (person >= 0) {
      if (cands[person].tb < k || cands[person].te > e) continue;
      cands[person].dropped = true;
      cands[person].drop_rule = -1;
    }
    for (int t = k; t < e; ++t) p.owner[t] = ci;
    c.te = e;
    c.end = p.toks[e - 1].end;
    c.type = EntityType::kOrganization;
  }
}

}  // namespace hirewire::extract
