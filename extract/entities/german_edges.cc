// Edges of German organization names (the twenty-eighth session, branch entbound28; docs/entities.md): a
// named unit with its parent in the genitive ("KOF Konjunkturforschungsstelle der ETH Zürich",
// "Universitätsklinik für Chirurgie der MedUni Wien"), a kind noun and a town adjective before a name ("Zuger
// Vermögensverwalter Alpenfirn Capital"), lower-case genitive plurals inside a name ("Bundesverband privater
// Anbieter sozialer Dienste") and a slash between two short forms ("Gesellschaft für ME/CFS").
#include "extract/entities/internal.h"

namespace hirewire::extract {

namespace {

// A lower-case German adjective in the genitive plural ("privater", "sozialer", "kommunaler") at word t.
bool GenitivePluralAdjective(const Para& p, int t) {
  if (!p.IsWord(t) || !p.toks[t].latin || p.toks[t].cap || p.toks[t].all_caps || !p.toks[t].space_before)
    return false;
  const std::string_view w = p.Text(t);
  return w.size() >= 6 && EndsWith(w, "er") && !In(WordList::kEnFunctionWord, w) &&
         !In(WordList::kDeDeterminer, w);
}

// Capital Latin letters only ("U", "UBT").
bool UpperLetters(std::string_view w) {
  if (w.empty()) return false;
  for (const char ch : w)
    if (ch < 'A' || ch > 'Z') return false;
  return true;
}

}  // namespace

// The organization candidate U ends in a unit named by its head (a compound ending in a de_institution_head
// row: "KOF Konjunkturforschungsstelle"; or such a head with "für" and its field: "Universitätsklinik für
// Chirurgie"), then "des"/"der" and an organization or a territory with its place: one organization, the
// parent's unit ("… der ETH Zürich", "… der MedUni Wien", "Kulturreferat der Landeshauptstadt München").
void EntityRecognizer::Impl::JoinGermanNamedGenitiveUnits(Para& p, std::vector<Cand>& cands,
                                                          int first) const {
  for (int ci = first; ci < static_cast<int>(cands.size()); ++ci) {
    Cand& c = cands[ci];
    if (c.dropped || c.type == EntityType::kPerson || c.dict >= 0 || c.te - c.tb < 2 ||
        c.end != p.toks[c.te - 1].end || !p.toks[c.tb].latin)
      continue;
    bool head = false, field = false;
    for (int t = c.tb; t < c.te; ++t) {
      if (p.IsWord(t) && p.Text(t) == "für")
        field = true;
      else if (!field && p.IsWord(t) && p.toks[t].cap && GermanInstitutionHeadWord(p.Text(t)))
        head = true;
    }
    const bool ends_in_head = p.IsWord(c.te - 1) && GermanInstitutionHeadWord(p.Text(c.te - 1));
    if (!head || (!ends_in_head && !field)) continue;
    const int k = c.te;
    if (k + 1 >= p.Size() || !p.IsWord(k) || !p.Free(k) || (p.Text(k) != "des" && p.Text(k) != "der") ||
        p.toks[k + 1].sentence != p.toks[c.tb].sentence)
      continue;
    int end_tok = -1;
    if (const int o = p.owner[k + 1]; o >= 0) {
      Cand& g = cands[o];
      if (g.tb != k + 1 || g.type == EntityType::kPerson || g.dropped || !g.key.empty() ||
          (g.dict >= 0 && entries[g.dict].type == EntityType::kOther) || g.end != p.toks[g.te - 1].end)
        continue;
      end_tok = g.te;
      g.dropped = true;
      g.drop_rule = -1;
    } else {
      end_tok = GermanGenitiveTerritoryEnd(p, k + 1);
      if (end_tok < 0) continue;
    }
    for (int t = k; t < end_tok; ++t) p.owner[t] = ci;
    c.te = end_tok;
    c.end = p.toks[end_tok - 1].end;
    c.type = EntityType::kOrganization;
  }
}

// "Bundesverband privater Anbieter sozialer Dienste", "Verband kommunaler Unternehmen": an organization whose
// last word ends in a de_institution_head row, followed by one to three pairs of a lower-case adjective in
// the genitive plural and a capitalized noun, ends after the last pair.
void EntityRecognizer::Impl::JoinGermanGenitivePlurals(Para& p, std::vector<Cand>& cands, int first) const {
  for (int ci = first; ci < static_cast<int>(cands.size()); ++ci) {
    Cand& c = cands[ci];
    if (c.dropped || c.type == EntityType::kPerson || c.end != p.toks[c.te - 1].end || !p.toks[c.tb].latin ||
        !GermanInstitutionHeadWord(p.Text(c.te - 1)))
      continue;
    int e = c.te;
    for (int pairs = 0; pairs < 3; ++pairs) {
      const int n = e + 1;
      if (n >= p.Size() || !p.Free(e) || !GenitivePluralAdjective(p, e) || !p.IsWord(n) || !p.Free(n) ||
          !p.toks[n].cap || !p.toks[n].latin || !p.toks[n].space_before ||
          p.toks[n].sentence != p.toks[c.tb].sentence || en_stop.count(p.Text(n)))
        break;
      e = n + 1;
    }
    if (e == c.te) continue;
    for (int t = c.te; t < e; ++t) p.owner[t] = ci;
    c.te = e;
    c.end = p.toks[e - 1].end;
    c.dict = -1;
    c.type = EntityType::kOrganization;
  }
}

// "Deutsche Gesellschaft für ME/CFS": an organization ending in a short form in capitals, then "/" and
// another (no spaces) ends after the second; so does a short form with a bracketed capital written on it
// ("JD(U)").
void EntityRecognizer::Impl::JoinSlashedShortForms(Para& p, std::vector<Cand>& cands, int first) const {
  for (int ci = first; ci < static_cast<int>(cands.size()); ++ci) {
    Cand& c = cands[ci];
    const int k = c.te;
    if (c.dropped || c.type == EntityType::kPerson || c.te - c.tb < 2 || k + 1 >= p.Size() ||
        c.end != p.toks[k - 1].end || !p.toks[k - 1].all_caps || !p.IsPunct(k, "/") ||
        p.toks[k].space_before || p.toks[k + 1].space_before || !p.IsWord(k + 1) || !p.toks[k + 1].all_caps ||
        !p.Free(k) || !p.Free(k + 1) || p.toks[k + 1].sentence != p.toks[c.tb].sentence)
      continue;
    p.owner[k] = p.owner[k + 1] = ci;
    c.te = k + 2;
    c.end = p.toks[k + 1].end;
    c.dict = -1;
  }
  // "JD(U)", "CPI(M)": a short form in capitals with a bracketed capital written on it (no spaces) is one
  // name.
  for (int ci = first; ci < static_cast<int>(cands.size()); ++ci) {
    Cand& c = cands[ci];
    const int k = c.te;
    if (c.dropped || c.type == EntityType::kPerson || k + 2 >= p.Size() || c.end != p.toks[k - 1].end ||
        !p.toks[k - 1].all_caps || !p.toks[k - 1].latin || !p.IsPunct(k, "(") || p.toks[k].space_before ||
        !p.IsWord(k + 1) || !UpperLetters(p.Text(k + 1)) || p.Text(k + 1).size() > 3 ||
        p.toks[k + 1].space_before || !p.IsPunct(k + 2, ")") || p.toks[k + 2].space_before || !p.Free(k) ||
        !p.Free(k + 1) || !p.Free(k + 2))
      continue;
    p.owner[k] = p.owner[k + 1] = p.owner[k + 2] = ci;
    c.te = k + 3;
    c.end = p.toks[k + 2].end;
    c.dict = -1;
  }
}

// "Zuger Vermögensverwalter Alpenfirn Capital", "Freiburger Verein Bündnis Generationengerechtigkeit": a kind
// of firm or body (a capitalized compound ending in a de_kind_front or de_firm_kind row), with a town
// adjective in -er before it, a short form and a hyphen ("US-Investor") or none, opening an organization
// before capitalized name words says what the name is, no part of it: the name starts after the kind. Not
// before an adjective ("Verein Deutscher Ingenieure").
void EntityRecognizer::Impl::TrimGermanKindFronts(Para& p, std::vector<Cand>& cands, int first) const {
  auto kind_word = [&](int t) {
    if (!p.IsWord(t) || !p.toks[t].cap || p.toks[t].all_caps || !p.toks[t].latin) return false;
    const std::string lower = FoldWord(p.Text(t));
    return EndsWithAnyOf(WordList::kDeKindFront, lower) || EndsWithAnyOf(WordList::kDeFirmKind, lower);
  };
  for (int ci = first; ci < static_cast<int>(cands.size()); ++ci) {
    Cand& c = cands[ci];
    if (c.dropped || c.type == EntityType::kPerson || c.dict >= 0 || c.te - c.tb < 2 || !p.toks[c.tb].latin)
      continue;
    int k = c.tb;
    // ("US-Investor Velmont Capital": a kind compound written with a hyphen after a short form.)
    if (!kind_word(k) && k + 3 < c.te && p.IsPunct(k + 1, "-") && !p.toks[k + 1].space_before &&
        !p.toks[k + 2].space_before && kind_word(k + 2))
      k += 2;
    if (!kind_word(k) && k + 1 < c.te && p.IsWord(k) && p.toks[k].cap && !p.toks[k].all_caps &&
        EndsWith(p.Text(k), "er") && p.Text(k).size() >= 5 && kind_word(k + 1))
      ++k;
    if (!kind_word(k) || k + 1 >= c.te) continue;
    const int n = k + 1;
    if (!p.IsWord(n) || !(p.toks[n].cap || p.toks[n].all_caps) || !p.toks[n].space_before ||
        EndsWith(p.Text(n), "er") || en_stop.count(p.Text(n)) || In(WordList::kOrgNameConnector, p.Text(n)))
      continue;
    for (int t = c.tb; t < n; ++t) p.owner[t] = -1;
    c.tb = n;
    c.start = p.toks[n].start;
  }
}

}  // namespace hirewire::extract
