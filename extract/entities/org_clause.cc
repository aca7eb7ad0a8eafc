// A lone capitalized name that its clause makes an organization: the subject of "said it had hired"
// (a person is "he" or "she"), the owner of a company's part ("Zentrix shareholders", "Zentrix's
// board"). The word lists are en_it_report_verb, en_org_part and en_org_part_owned.
#include "extract/entities/internal.h"

namespace hirewire::extract {

namespace {

// "it was", "it is", "it would be", "it has been": what a person says about a thing, no company's act.
bool ThingClauseAt(const Para& p, int q) {
  const int n = p.Size();
  if (q >= n || !p.IsWord(q)) return false;
  const std::string_view w = p.Text(q);
  if (w == "was" || w == "is" || w == "'s" || w == "\xE2\x80\x99s") return true;
  if (q + 1 >= n || !p.IsWord(q + 1)) return false;
  const std::string_view next = p.Text(q + 1);
  return next == "be" || next == "been" || next == "not";
}

}  // namespace

// Word a is no family name: the paragraph never writes it (here or elsewhere) right after a capitalized
// word of the same sentence, an honorific's period aside ("Tom Hale … Hale said it", "Ms Hale said it"),
// and it is no common word, given name or person's word.
bool EntityRecognizer::Impl::LoneUnknownName(const Para& p, int a) const {
  if (!p.IsWord(a) || !p.toks[a].cap || !p.toks[a].latin || p.toks[a].all_caps) return false;
  const std::string_view w = StripPossessive(p.Text(a));
  if (!NoCommonWordIn(p, a, a + 1) || PersonWordIn(p, a, a + 1) || In(WordList::kGivenName, w) ||
      In(WordList::kEnStop, w) || In(WordList::kRomanizedKoSurname, w))
    return false;
  for (int t = 1; t < p.Size(); ++t) {
    if (!p.IsWord(t) || StripPossessive(p.Text(t)) != w) continue;
    const int q = p.IsPunct(t - 1, ".") && t >= 2 ? t - 2 : t - 1;  // "Mr. Hale"
    if (p.IsWord(q) && p.toks[q].cap && p.toks[q].sentence == p.toks[t].sentence) return false;
  }
  return true;
}

// Run [a, b), one word, is an organization by its clause: a reporting verb, up to three gap words
// (hire_verb_gap, "that") and "it" with no thing clause after it; or a company's part after the word
// or its possessive.
bool EntityRecognizer::Impl::OrgByClauseRole(const Para& p, int a, int b, bool poss_end) const {
  const int n = p.Size();
  if (b != a + 1 || b >= n || !p.IsWord(b) || p.toks[b].sentence != p.toks[a].sentence) return false;
  // (The clause first, the paragraph-wide name check last: most runs have no such clause.)
  const std::string next = FoldWord(p.Text(b));
  if (In(WordList::kEnOrgPart, next) || (poss_end && In(WordList::kEnOrgPartOwned, next)))
    return LoneUnknownName(p, a);
  if (poss_end || !In(WordList::kEnItReportVerb, next)) return false;
  int q = b + 1;
  for (int gap = 0; gap < 3 && q < n && p.IsWord(q) && p.toks[q].sentence == p.toks[a].sentence; ++gap, ++q) {
    const std::string w = FoldWord(p.Text(q));
    if (w != "that" && !In(WordList::kHireVerbGap, w)) break;
  }
  return q + 1 < n && p.IsWord(q) && p.Text(q) == "it" && p.toks[q].sentence == p.toks[a].sentence &&
         !ThingClauseAt(p, q + 1) && LoneUnknownName(p, a);
}

}  // namespace hirewire::extract
