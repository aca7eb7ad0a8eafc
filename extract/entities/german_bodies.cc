// German bodies that carry none of the earlier passes' cues: ensembles named by their kind
// ("Bamberger Symphoniker", "Sinfonieorchester Basel"), public bodies a one-word compound names
// alone ("die Arbeiterkammer", "Industrie- und Handelskammer zu Köln"), and a party's or
// company's unit written with a hyphen ("SPD-Fraktion", "ÖBB-Holding"): the twenty-seventh
// session's passes (branch entname27; docs/entities.md). The words are rows of
// extract/data/entity_words.tsv (de_ensemble_head, de_body_word, de_party_unit, de_company_unit).
#include "extract/entities/internal.h"

namespace hirewire::extract {

namespace {

// The folded word is a row of `list` with an inflection ending (n, s, es) or none after it; with
// `compound`, other letters may come before the row ("Sinfonieorchester" of "orchester").
bool RowWithEnding(WordList list, std::string_view folded, bool compound) {
  for (const std::string& row : EntityWords::Default().List(list))
    for (std::string_view ending : {"", "n", "s", "es"}) {
      if (folded.size() < row.size() + ending.size() || !folded.ends_with(ending)) continue;
      const std::string_view stem = folded.substr(0, folded.size() - ending.size());
      if (compound ? stem.ends_with(row) : stem == row) return true;
    }
  return false;
}

}  // namespace

// German: word t is a capitalized adjective before an ensemble's head (five letters or more,
// ending in e, en, er or es; no stop word, title, given name, article or possessive). Sets *names
// when the adjective names the ensemble by itself: a place adjective in -er ("Bamberger",
// "Wiener"), a nationality or region in -isch- ("Finnischen", "Sächsische") or a demonym row.
bool EntityRecognizer::Impl::GermanEnsembleAdjective(const Para& p, int t, int s, bool* names) const {
  if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].latin || !p.toks[t].cap || p.toks[t].all_caps ||
      p.toks[t].sentence != s)
    return false;
  const std::string_view w = p.Text(t);
  const std::string folded = FoldWord(w);
  if (w.size() < 5 || en_stop.count(w) || IsLatinTitle(w) || given_names.count(w) ||
      In(WordList::kDeDeterminer, folded) || In(WordList::kDeIndefinite, folded) ||
      !(EndsWith(w, "e") || EndsWith(w, "en") || EndsWith(w, "er") || EndsWith(w, "es")))
    return false;
  *names = (EndsWith(w, "er") && w.size() >= 6) || folded.find("isch") != std::string::npos ||
           In(WordList::kDemonym, w);
  return true;
}

// German ensembles named by their kind (de_ensemble_head, alone or ending a compound, inflected:
// "Philharmonikern", "Orchesters"): with a place adjective or a nationality before it ("Bamberger
// Symphoniker", "Finnischen Radio-Sinfonieorchester"), or its seat or a genitive owner after it
// ("Sinfonieorchester Basel", "Staatskapelle Weimar", "Symphonieorchester des Bayerischen
// Rundfunks"), the words are one organization. The head alone, or after an indefinite article, is a
// kind ("Viele Philharmoniker", "ein Sinfonieorchester").
void EntityRecognizer::Impl::GermanEnsemblePass(int pi, Para& p, std::vector<Cand>& cands) const {
  const int n = p.Size();
  for (int t = 0; t < n; ++t) {
    if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].latin || !p.toks[t].cap || p.toks[t].all_caps ||
        !RowWithEnding(WordList::kDeEnsembleHead, FoldWord(p.Text(t)), true))
      continue;
    const int s = p.toks[t].sentence;
    int a = t;
    // "Radio-Sinfonieorchester", "Symphonie-Orchester": parts joined to the head by hyphens.
    while (a >= 2 && p.IsPunct(a - 1, "-") && !p.toks[a - 1].space_before && !p.toks[a].space_before &&
           p.IsWord(a - 2) && p.Free(a - 2) && p.toks[a - 2].cap && p.toks[a - 2].latin)
      a -= 2;
    bool named = false;
    for (int k = 0; k < 2 && a >= 1 && p.toks[a].space_before; ++k) {
      bool names = false;
      if (!GermanEnsembleAdjective(p, a - 1, s, &names)) break;
      named = named || names;
      --a;
    }
    int b = t + 1;
    auto noun = [&](int q) {
      return p.IsWord(q) && p.Free(q) && p.toks[q].latin && p.toks[q].cap && p.toks[q].sentence == s &&
             !en_stop.count(p.Text(q));
    };
    if (p.IsWord(b) && (p.Text(b) == "des" || p.Text(b) == "der") && p.toks[b].sentence == s) {
      // "des Polnischen Rundfunks", "des Bayerischen Rundfunks": an adjective and the owner.
      int q = b + 1;
      if (noun(q) && noun(q + 1) && (EndsWith(p.Text(q), "en") || EndsWith(p.Text(q), "es"))) ++q;
      if (noun(q)) {
        b = q + 1;
        named = true;
      }
    } else if (const int e = GermanPlaceEnd(p, b); e > b) {
      b = e;
      named = true;
    }
    if (!named || (a >= 1 && p.IsWord(a - 1) && In(WordList::kDeIndefinite, FoldWord(p.Text(a - 1)))))
      continue;
    ClaimSpan(pi, p, cands, a, b, p.toks[b - 1].end, EntityType::kOrganization, 0.7);
    t = b - 1;
  }
}

// Candidate c opens with an ensemble's head ("Sinfonieorchester Basel", read by GermanEnsemblePass
// with its seat or owner): one name, whose head is no kind word before a name (TrimGermanKindCues
// keeps it).
bool EntityRecognizer::Impl::GermanEnsembleSeat(const Para& p, const Cand& c) const {
  return p.lang == "de" && c.te - c.tb >= 2 && p.IsWord(c.tb) && p.toks[c.tb].latin &&
         RowWithEnding(WordList::kDeEnsembleHead, FoldWord(p.Text(c.tb)), true);
}

// German public bodies a one-word compound names alone (de_body_word, genitive s/es allowed: "die
// Arbeiterkammer", "laut Ärztekammer", "der Finanzmarktaufsicht"), not after an indefinite article
// ("eine Ärztekammer"), as the first part of a hyphenated word or before a name ("die
// Finanzmarktaufsicht Finma" names the body by its kind); an elided first part before it
// opens the name ("Industrie- und Handelskammer") and "zu" with a seat after it ends it ("… zu
// Köln").
void EntityRecognizer::Impl::GermanBodyWordPass(int pi, Para& p, std::vector<Cand>& cands) const {
  const int n = p.Size();
  for (int t = 0; t < n; ++t) {
    if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].latin || !p.toks[t].cap || p.toks[t].all_caps ||
        !RowWithEnding(WordList::kDeBodyWord, FoldWord(p.Text(t)), false))
      continue;
    if (p.IsPunct(t + 1, "-") && !p.toks[t + 1].space_before) continue;  // ("Arbeiterkammer-Studie")
    // ("die Finanzmarktaufsicht Finma": a kind before the body's name.)
    if (p.IsWord(t + 1) && p.toks[t + 1].cap && p.toks[t + 1].latin &&
        p.toks[t + 1].sentence == p.toks[t].sentence)
      continue;
    const int a = ElidedCompoundStart(p, t);
    if (a >= 1 && p.IsWord(a - 1) && In(WordList::kDeIndefinite, FoldWord(p.Text(a - 1)))) continue;
    int b = t + 1;
    if (p.IsWord(b) && p.Text(b) == "zu" && p.toks[b].sentence == p.toks[t].sentence)
      if (const int e = GermanPlaceEnd(p, b + 1); e > b + 1) b = e;
    ClaimSpan(pi, p, cands, a, b, p.toks[b - 1].end, EntityType::kOrganization, 0.7);
    t = b - 1;
  }
}

// German: a party's parliamentary group or a company's holding written as a unit word after a
// hyphen (de_party_unit rows ending the word: "SPD-Fraktion", "FDP-Bundestagsfraktion",
// "Grünen-Fraktion"; de_company_unit: "ÖBB-Holding") is one organization of its own, no mention of
// the party or company. The part before the hyphen is a listed organization or company, or an
// acronym (two capitals or more: "AfD", "ÖBB").
void EntityRecognizer::Impl::GermanHyphenUnitPass(int pi, Para& p, std::vector<Cand>& cands) const {
  const int n = p.Size();
  for (int t = 2; t < n; ++t) {
    if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].latin || !p.toks[t].cap || p.toks[t].space_before ||
        !p.IsPunct(t - 1, "-") || p.toks[t - 1].space_before || !p.IsWord(t - 2) || !p.toks[t - 2].latin ||
        p.toks[t - 2].sentence != p.toks[t].sentence)
      continue;
    const std::string folded = FoldWord(p.Text(t));
    EntityType type = RowWithEnding(WordList::kDePartyUnit, folded, true)     ? EntityType::kOrganization
                      : RowWithEnding(WordList::kDeCompanyUnit, folded, true) ? EntityType::kCompany
                                                                              : EntityType::kNone;
    if (type == EntityType::kNone) continue;
    if (const int ci = p.owner[t - 2]; ci >= 0) {
      // A listed name right before the hyphen becomes the unit's name.
      Cand& c = cands[ci];
      if (c.te != t - 1 || c.dict < 0 || c.type == EntityType::kPerson ||
          c.type == EntityType::kPublication || c.end != p.toks[t - 2].end)
        continue;
      p.owner[t - 1] = p.owner[t] = ci;
      c.te = t + 1;
      c.end = p.toks[t].end;
      c.dict = -1;
      c.type = type;
      c.conf = 0.7;
      continue;
    }
    const std::string_view left = p.Text(t - 2);
    const int capitals =
        static_cast<int>(std::count_if(left.begin(), left.end(), [](char ch) { return IsAsciiUpper(ch); }));
    if (!p.Free(t - 1) || (capitals < 2 && !p.toks[t - 2].all_caps)) continue;
    ClaimSpan(pi, p, cands, t - 2, t + 1, p.toks[t].end, type, 0.7);
  }
}

}  // namespace hirewire::extract
