// Persons named the way the German-language press anonymizes them (twenty-ninth session, branch entlearn29;
// docs/entities.md): a listed given name, then the initial of the family name and its dot ("Markus F.", "Reto F.",
// "der Angeklagte Jürgen S. schwieg"). The name as published is the surface, the initial and dot included.
#include "extract/entities/internal.h"

namespace hirewire::extract {

void EntityRecognizer::Impl::AnonymizedNamePass(int pi, Para& p, std::vector<Cand>& cands) const {
  const int n = p.Size();
  for (int t = 0; t + 2 < n; ++t) {
    if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].latin || !given_names.count(p.Text(t))) continue;
    const std::string_view initial = p.Text(t + 1);
    if (!p.IsWord(t + 1) || !p.Free(t + 1) || initial.size() != 1 || !IsAsciiUpper(initial[0]) ||
        !p.toks[t + 1].space_before || !p.IsPunct(t + 2, ".") || p.toks[t + 2].space_before)
      continue;
    // (Another initial or a capitalized name right after the dot is a middle initial's name: InitialsPersonPass.)
    if (t + 3 < n && p.IsWord(t + 3) && !p.toks[t + 3].space_before) continue;
    ClaimSpan(pi, p, cands, t, t + 3, p.toks[t + 2].end, "person", 0.75);
    t += 2;
  }
}

}  // namespace hirewire::extract
