// German houses named by their bare word (twenty-ninth session, branch entlearn29; docs/entities.md):
// "Theater Osnabrück", "das Theater Kornblume in Linz", "Schauspielhaus Zürich", "Theater am Stadtpark",
// "Theater in der Altstadt". The house word (de_house_head) is part of the name, no kind cut off it as in
// "die Band Wanda".
#include "extract/entities/internal.h"

namespace hirewire::extract {

namespace entities_detail {

// A bare de_house_head row, genitive s/es allowed ("theater", "theaters", "schauspielhauses"); `folded` is
// lower case.
bool IsGermanHouseWord(std::string_view folded) {
  for (std::string_view gen : {"", "s", "es"}) {
    if (folded.size() <= gen.size() || !EndsWith(folded, gen)) continue;
    if (In(WordList::kDeHouseHead, folded.substr(0, folded.size() - gen.size()))) return true;
  }
  return false;
}

}  // namespace entities_detail

// The end of a house's name after its bare word at t: "am" / "im" and a capitalized word, or "an" / "in" /
// "auf", "der" and a capitalized word, all in t's sentence ("Theater am Stadtpark", "Theater in der
// Altstadt"); the word is no stop word, title, given name or nationality and ends in no common noun's ending
// ("im Theater am Abend" is no name: "Abend" is written after an article elsewhere or follows a time word). t
// + 1 when there is none.
int EntityRecognizer::Impl::GermanHouseNameEnd(const Para& p, int t) const {
  const int n = p.Size();
  if (!p.IsWord(t) || !IsGermanHouseWord(FoldWord(p.Text(t)))) return t + 1;
  const int s = p.toks[t].sentence;
  int k = t + 1;
  if (k < n && p.IsWord(k) && (p.Text(k) == "am" || p.Text(k) == "im")) {
    k += 1;
  } else if (k + 1 < n && p.IsWord(k) && p.IsWord(k + 1) &&
             (p.Text(k) == "an" || p.Text(k) == "in" || p.Text(k) == "auf") && p.Text(k + 1) == "der") {
    k += 2;
  } else {
    return t + 1;
  }
  if (k >= n || !p.IsWord(k) || !p.Free(k) || !p.toks[k].latin || !p.toks[k].cap || p.toks[k].all_caps ||
      p.toks[k].sentence != s)
    return t + 1;
  const std::string_view w = p.Text(k);
  if (CountCodePoints(w) < 4 || en_stop.count(w) || IsLatinTitle(w) || given_names.count(w) ||
      In(WordList::kDemonym, w) || In(WordList::kDeNoPlace, w))
    return t + 1;
  const std::string folded = FoldWord(w);
  for (WordList l : {WordList::kNonNameEnding, WordList::kDeNonNameEnding})
    for (const std::string& e : EntityWords::Default().List(l))
      if (folded.size() >= e.size() + 3 && EndsWith(folded, e)) return t + 1;
  // A word the page writes after an indefinite or definite article elsewhere is a common noun ("am Abend").
  for (int j = 0; j < n; ++j)
    if (j != k && p.IsWord(j) && FoldWord(p.Text(j)) == folded && j >= 1 && p.IsWord(j - 1) &&
        In(WordList::kDeDeterminer, FoldWord(p.Text(j - 1))) && p.Text(j - 1) != "am" &&
        p.Text(j - 1) != "im" && p.Text(j - 1) != "der")
      return t + 1;
  return k + 1;
}

}  // namespace hirewire::extract
