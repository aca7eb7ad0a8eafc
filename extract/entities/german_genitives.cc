// German genitives of a person's family name and counting words read as names (thirty-fourth session, branch
// ent34; docs/entities.md): "Kerns Angaben zufolge", "Hankes Ministerium", "Reuters Wechsel" (Reuter's), "zu
// sechs Jahren Haft", "seit Jahren Verluste", "Zehn Minuten später".
#include <set>
#include <string>

#include "extract/entities/internal.h"

namespace hirewire::extract {

namespace {

// The family names of the page's persons written in full (two words or more): their last word.
std::set<std::string_view> GermanFamilyNames(const Doc& d) {
  std::set<std::string_view> out;
  for (const Cand& c : d.cands) {
    const Para& p = d.paras[c.para];
    if (c.type == EntityType::kPerson && !c.dropped && c.te - c.tb >= 2 && p.IsWord(c.te - 1) &&
        p.toks[c.te - 1].latin)
      out.insert(p.Text(c.te - 1));
  }
  return out;
}

// Candidate c opens with the genitive (X + s) of a family name of `family`; a listed name of one word
// ("Reuters") only before a capitalized noun of its sentence ("Reuters Wechsel").
bool OpensWithFamilyGenitive(const Para& p, const Cand& c, const std::set<std::string_view>& family) {
  const std::string_view w = p.Text(c.tb);
  if (!p.IsWord(c.tb) || !p.toks[c.tb].latin || w.size() < 4 || w.back() != 's' ||
      !family.count(w.substr(0, w.size() - 1)))
    return false;
  if (c.dict < 0) return true;
  const int n = c.te;
  return c.te - c.tb == 1 && n < p.Size() && p.IsWord(n) && p.toks[n].latin && p.toks[n].cap &&
         p.toks[n].sentence == p.toks[c.tb].sentence;
}

// Person candidate c cut to its tokens [c.tb, k): the words after stay free.
void CutPersonAt(Doc& d, Cand& c, int k) {
  Para& p = d.paras[c.para];
  for (int t = k; t < c.te; ++t)
    if (p.owner[t] == static_cast<int>(&c - d.cands.data())) p.owner[t] = -1;
  c.te = k;
  c.end = p.toks[k - 1].end;
}

// German writes a bare plural object right after the subject ("dass Grasböck Gemeindegelder veruntreute",
// "soll Gerald K. Aufträge vergeben haben"): an unlisted person candidate that opens with a family name of
// the page (not a listed given name) or with another person candidate of two words or more, then more
// capitalized words, is that name alone.
void CutGermanNamesBeforeNouns(Doc& d, const std::set<std::string_view>& family, const WordSet& given) {
  std::set<std::string> persons;  // surfaces of person candidates of two words or more
  for (const Cand& c : d.cands)
    if (c.type == EntityType::kPerson && !c.dropped && c.te - c.tb >= 2 && d.paras[c.para].toks[c.tb].latin)
      persons.insert(d.Surface(c));
  for (Cand& c : d.cands) {
    const Para& p = d.paras[c.para];
    if (c.dropped || c.type != EntityType::kPerson || c.dict >= 0 || c.te - c.tb < 2 || !p.toks[c.tb].latin)
      continue;
    const std::string s = d.Surface(c);
    int cut = 0;
    if (p.IsWord(c.tb) && family.count(p.Text(c.tb)) && !given.count(p.Text(c.tb)) && p.IsWord(c.tb + 1) &&
        p.toks[c.tb + 1].cap)
      cut = c.tb + 1;
    for (int k = c.te - 1; k > c.tb + 1 && cut == 0; --k)
      if (p.IsWord(k) && p.toks[k].cap && p.toks[k].space_before &&
          persons.count(s.substr(0, p.toks[k - 1].end - c.start)))
        cut = k;
    if (cut > c.tb) CutPersonAt(d, c, cut);
  }
}

}  // namespace

// German candidates that are no names: one opening with the genitive of a family name the page writes in full
// ("Kerns Angaben", "Hankes Ministerium", "Koflers"), and a person whose first word is a number or counting
// noun (de_count_word: "Jahren Haft", "Zehn Minuten", "Millionen Menschen").
void EntityRecognizer::Impl::DropGermanGenitivesAndCounts(Doc& d) const {
  if (d.lang != "de") return;
  const std::set<std::string_view> family = GermanFamilyNames(d);
  CutGermanNamesBeforeNouns(d, family, given_names);
  for (Cand& c : d.cands) {
    Para& p = d.paras[c.para];
    if (c.dropped || c.te <= c.tb) continue;
    const bool drop = OpensWithFamilyGenitive(p, c, family) ||
                      (c.type == EntityType::kPerson && c.dict < 0 && p.IsWord(c.tb) &&
                       In(WordList::kDeCountWord, FoldWord(p.Text(c.tb))));
    if (!drop) continue;
    c.dropped = true;
    for (int t = c.tb; t < c.te; ++t)
      if (p.owner[t] == static_cast<int>(&c - d.cands.data())) p.owner[t] = -1;
  }
}

}  // namespace hirewire::extract
