// German names written in quotes after the kind of body they name (thirtieth session, branch entlearn30;
// docs/entities.md): `des Vereins "Freunde der Altstadt"`, `die Initiative „Grünes Band“`, and the body a
// person is from, `Anna Roth von "Radwerk Linden"`. The quotes mark the whole name; the kind word says it
// is an organization, so a cue-less name in it (a place, a compound) is read whole.
#include "extract/entities/internal.h"

namespace hirewire::extract {

namespace {

bool OpeningQuote(const Para& p, int t) {
  return p.IsPunct(t, "\"") || p.IsPunct(t, "„") || p.IsPunct(t, "“") || p.IsPunct(t, "»");
}
bool ClosingQuote(const Para& p, int t) {
  return p.IsPunct(t, "\"") || p.IsPunct(t, "“") || p.IsPunct(t, "”") || p.IsPunct(t, "«");
}

}  // namespace

// Word t names a kind of body in German, also in the genitive (Verein, Vereins; Gewerkschaft; Stiftung;
// Bäckerei): org_kind_cue (also as a compound's end, DeOrgKindCue), de_institution_head, de_shop_head.
bool EntityRecognizer::Impl::DeQuotedKindWord(const Para& p, int t) const {
  if (!p.IsWord(t) || !p.toks[t].latin || !p.toks[t].cap) return false;
  const std::string w = FoldWord(p.Text(t));
  // (A specialist journal, "Fachzeitschrift", names a work the batches do not annotate: de_work_kind_prefix.)
  if (StartsWithAnyOf(WordList::kDeWorkKindPrefix, w)) return false;
  if (DeOrgKindCue(p, t)) return true;
  if (w.size() < 4) return false;
  std::vector<std::string_view> forms = GermanGenitiveStems(w, 4, GenitiveEndings::kSOrEs);
  forms.insert(forms.begin(), w);
  for (std::string_view stem : forms)
    if (In(WordList::kOrgKindCue, stem) || In(WordList::kDeInstitutionHead, stem) ||
        In(WordList::kDeShopHead, stem))
      return true;
  return false;
}

// A quoted run of one to six words, the first capitalized, the others capitalized or de_quoted_name_inner
// rows, written tight inside its quotes, right after a kind word (DeQuotedKindWord) or after "von" that
// follows a capitalized name ("Nesrin Aydın von …"), is an organization.
void EntityRecognizer::Impl::GermanQuotedKindNames(int pi, Para& p, std::vector<Cand>& cands) const {
  const int n = p.Size();
  for (int q = 1; q + 2 < n; ++q) {
    if (!OpeningQuote(p, q) || !p.toks[q].space_before || p.toks[q + 1].space_before) continue;
    const int k = q - 1;
    bool cue = DeQuotedKindWord(p, k);
    if (!cue && p.IsWord(k) && p.Text(k) == "von" && k >= 2 && p.IsWord(k - 1) && p.toks[k - 1].latin &&
        p.toks[k - 1].cap && p.IsWord(k - 2) && p.toks[k - 2].latin && p.toks[k - 2].cap &&
        p.toks[k - 1].space_before)
      cue = true;
    if (!cue) continue;
    if (!p.IsWord(q + 1) || !p.toks[q + 1].latin || !p.toks[q + 1].cap) continue;
    int r = q + 1;
    int words = 0;
    bool ok = true;
    while (r < n && !ClosingQuote(p, r) && words <= 6) {
      // (A listed word inside the quotes, "Kassel" of "Friedenswerkstatt Kassel", is part of the name: its
      // candidate goes when it lies inside them.)
      const int o = p.owner[r];
      const bool inside = o >= 0 && cands[o].type != EntityType::kPerson && cands[o].tb > q;
      if ((!p.Free(r) && !inside) || p.toks[r].sentence != p.toks[q].sentence) {
        ok = false;
        break;
      }
      if (p.IsWord(r)) {
        ++words;
        if (!p.toks[r].cap && !In(WordList::kDeQuotedNameInner, p.Text(r))) {
          ok = false;
          break;
        }
      } else if (!p.IsPunct(r, "-") && !p.IsPunct(r, "&")) {
        ok = false;
        break;
      }
      ++r;
    }
    if (!ok || r >= n || words == 0 || words > 6 || !ClosingQuote(p, r) || p.toks[r].space_before ||
        !p.IsWord(r - 1))
      continue;
    for (int k = q + 1; k < r && ok; ++k) ok = p.owner[k] < 0 || cands[p.owner[k]].te <= r;
    if (!ok) continue;
    EraseCands(p, cands, q + 1, r);
    ClaimSpan(pi, p, cands, q + 1, r, p.toks[r - 1].end, EntityType::kOrganization, 0.75);
    q = r;
  }
}

}  // namespace hirewire::extract
