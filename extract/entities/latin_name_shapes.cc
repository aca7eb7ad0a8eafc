// Latin-script persons whose name has a shape the tagger drops (twenty-ninth session, branch entname29;
// docs/entities.md): a month written as a given name before a family name ("drummer June Park", "singer May
// Calloway"), and a family name that is a stop word in another language ("Priyanka Das", thirtieth session,
// entbound30). The German press name cut to its family initial ("Dieter K.") is anonymized_names.cc's.
#include "extract/entities/internal.h"

namespace hirewire::extract {

namespace {

// A lower-case word shaped like a role noun before a name ("drummer", "bassist", "sister"); German
// nouns are capitalized, English role nouns before a name are not.
bool RoleNounShape(std::string_view w) {
  static constexpr std::string_view kEnds[] = {"er",  "or", "ist", "ian", "ant",
                                               "ent", "ee", "ive", "man", "woman"};
  if (w.size() < 4 || !IsAsciiLower(w.front())) return false;
  for (std::string_view e : kEnds)
    if (EndsWith(w, e)) return true;
  return false;
}

}  // namespace

// "drummer June Park", "singer May Calloway, her brother Eli Calloway": a month that is also a given
// name (en_month_given_name) before a capitalized word that is no stop word, month or title, the two
// ending the name (no capitalized word after), is a person when a role noun stands right before it or
// the paragraph names another person with that family name. Runs after the tagger (its persons are
// the evidence); "in June Apple said" has a preposition before the month.
void EntityRecognizer::Impl::MonthGivenNames(int pi, Para& p, std::vector<Cand>& cands) const {
  const int n = p.Size();
  for (int t = 0; t + 1 < n; ++t) {
    if (!p.IsWord(t) || !p.Free(t) || !In(WordList::kEnMonthGivenName, p.Text(t))) continue;
    const int s = t + 1;
    if (!p.IsWord(s) || !p.Free(s) || !p.toks[s].space_before || !p.toks[s].latin || !p.toks[s].cap ||
        p.toks[s].all_caps || p.toks[s].sentence != p.toks[t].sentence)
      continue;
    const std::string_view family = StripPossessive(p.Text(s));
    if (CountCodePoints(family) < 2 || en_stop.count(family) || IsLatinTitle(family) ||
        en_org_suffixes.count(family) || en_company_suffixes.count(family) ||
        In(WordList::kEnMonthGivenName, family))
      continue;
    if (s + 1 < n && p.IsWord(s + 1) && p.toks[s + 1].cap && p.toks[s + 1].space_before) continue;
    bool evidence = t >= 1 && p.IsWord(t - 1) && p.toks[t - 1].sentence == p.toks[t].sentence &&
                    (RoleNounShape(p.Text(t - 1)) || IsLatinTitle(p.Text(t - 1)));
    for (const Cand& c : cands) {
      if (evidence) break;
      if (c.para != pi || c.type != EntityType::kPerson || c.dropped || c.te - c.tb < 2) continue;
      evidence = StripPossessive(p.Text(c.te - 1)) == family;
    }
    if (!evidence) continue;
    ClaimSpan(pi, p, cands, t, s + 1, p.toks[s].start + static_cast<int>(family.size()), EntityType::kPerson,
              0.7);
    ++t;
  }
}

// "Priyanka Das said", "die Forscherin Anil Das von der Universität": a stop word of another language
// that is also a family name (stop_family_name: Das, Wie) at `q` ends a person's name after a capitalized
// given name in [a, q): the word before it is capitalized (no stop word, title or possessive), in the same
// sentence with a space, and no capitalized word follows ("Wolfgang Petersen's Das Boot" is no name).
bool EntityRecognizer::Impl::StopWordFamilyName(const Para& p, int a, int q) const {
  if (q <= a || q >= p.Size() || !In(WordList::kStopFamilyName, StripPossessive(p.Text(q)))) return false;
  const int g = q - 1;
  if (!p.IsWord(g) || !p.toks[g].latin || !p.toks[g].cap || p.toks[g].all_caps || !p.toks[q].space_before ||
      p.toks[g].sentence != p.toks[q].sentence || CountCodePoints(p.Text(g)) < 3 ||
      StripPossessive(p.Text(g)) != p.Text(g) || en_stop.count(p.Text(g)) || IsLatinTitle(p.Text(g)))
    return false;
  const int n = q + 1;
  return !(n < p.Size() && p.IsWord(n) && p.toks[n].cap && p.toks[n].space_before);
}

}  // namespace hirewire::extract
