// Persons named the way the German-language press cuts a family name to its initial: a capitalized word, a
// lone capital and its dot ("Jürgen S.", "Dieter K.", "der 58-jährige Reto F."). One pass owns the shape
// (thirtieth session, branch tidy30): the union of AnonymizedNamePass (twenty-ninth session, entlearn29) and
// InitialCutPersons (entname29); docs/entities.md. The surface is the name as published, initial and dot.
#include "extract/entities/internal.h"

namespace hirewire::extract {

namespace {

// An age adjective before a German name: "58-jährige", "der 44-jährigen" (the number its own token).
bool GermanAgeWord(std::string_view w) {
  return EndsWith(w, "jährige") || EndsWith(w, "jähriger") || EndsWith(w, "jährigen");
}

}  // namespace

// The confidence of a press name at word t ("Jürgen S.", "Dieter K."), 0 if none. `press_language`: a
// Latin-script paragraph that is not English. Either reading makes a name:
// - in a press language, a listed given name, an ASCII capital and its dot, no word glued after the dot
//   (a name right after it makes the capital a middle initial: InitialsPersonPass runs first) (0.75);
// - in any language, a capitalized word of three letters or more that is no stop word, title or organization
//   word ("Gruppe A. Danach"), a listed given name or any such word after an age adjective ("-jährige"), the
//   dot closed by a lower-case word, a comma or the paragraph's end (0.7).
double EntityRecognizer::Impl::InitialCutName(const Para& p, int t, bool press_language) const {
  const int n = p.Size(), k = t + 1, dot = t + 2;
  if (dot >= n || !p.IsWord(t) || !p.Free(t) || !p.toks[t].latin || !p.IsWord(k) || !p.Free(k) ||
      !p.toks[k].space_before || !p.IsPunct(dot, ".") || p.toks[dot].space_before)
    return 0;
  const std::string_view w = p.Text(t), initial = p.Text(k);
  if (press_language && given_names.count(w) && initial.size() == 1 && IsAsciiUpper(initial[0]) &&
      !(dot + 1 < n && p.IsWord(dot + 1) && !p.toks[dot + 1].space_before))
    return 0.75;
  if (!p.toks[t].cap || p.toks[t].all_caps || !p.toks[k].cap || CountCodePoints(initial) != 1) return 0;
  if (CountCodePoints(w) < 3 || en_stop.count(w) || IsLatinTitle(w) || en_org_suffixes.count(w) ||
      en_company_suffixes.count(w) || In(WordList::kOrgLeadWord, w))
    return 0;
  const bool age = t >= 1 && p.IsWord(t - 1) && GermanAgeWord(p.Text(t - 1));
  if (!age && !given_names.count(w)) return 0;
  const int after = dot + 1;
  const bool closed =
      after >= n || p.IsPunct(after, ",") ||
      (p.IsWord(after) && p.toks[after].latin && (!p.toks[after].cap || GermanPressNameLead(p, t)));
  return closed ? 0.7 : 0;
}

// Word t opens a German press name after an age adjective or an article ("dem 56-jährigen Herbert K.", "der
// Angela M."): there a capital and its dot end the name, and a capitalized word after them is the clause's
// noun
// ("Herbert K. Untreue … vorwerfen"), no family name (thirty-first session).
bool EntityRecognizer::Impl::GermanPressNameLead(const Para& p, int t) const {
  if (p.lang != "de" || t < 1 || !p.IsWord(t - 1) || p.toks[t - 1].sentence != p.toks[t].sentence)
    return false;
  const std::string_view before = p.Text(t - 1);
  return GermanAgeWord(before) || before == "der" || before == "die" || before == "den" || before == "dem";
}

void EntityRecognizer::Impl::InitialCutPersons(int pi, Para& p, std::vector<Cand>& cands,
                                               std::string_view lang) const {
  const bool press_language = IsLatinScriptLanguage(lang) && lang != "en";
  for (int t = 0; t + 2 < p.Size(); ++t) {
    const double conf = InitialCutName(p, t, press_language);
    if (conf == 0) continue;
    ClaimSpan(pi, p, cands, t, t + 3, p.toks[t + 2].end, EntityType::kPerson, conf);
    t += 2;
  }
}

}  // namespace hirewire::extract
