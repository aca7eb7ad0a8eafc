// English organizations with no head word, read from their slot: a member or voice of a body after
// its name ("according to a Brightline source"), the names listed after a plural kind of body
// ("Charities including Scope and Mencap"), and the listed one-word names that are also a common
// noun or a road (en_context_name: Treasury, Commons, Variety, A24), kept only where they name the
// body. The twenty-seventh session's rules (branch entname27; docs/entities.md).
#include "extract/entities/internal.h"

namespace hirewire::extract {

// Word t can be part of an unlisted organization's name read from its slot: a free capitalized
// Latin word of t's sentence, no stop word, title, given name or nationality, and unless `common`
// allows it no word the English word list writes in lower case ("Democratic", "Senate").
bool EntityRecognizer::Impl::SlotNameWord(const Para& p, int t, int s, bool common) const {
  if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].latin || !p.toks[t].cap || p.toks[t].sentence != s)
    return false;
  const std::string_view w = StripPossessive(p.Text(t));
  return w.size() >= 2 && !en_stop.count(w) && !IsLatinTitle(w) && !given_names.count(w) &&
         !In(WordList::kDemonym, w) && (common || NoCommonWordIn(p, t, t + 1));
}

// "according to a Brightline source", "a Quarnby spokesperson said": one to three name words
// between an article and a member noun (en_member_noun) are an organization.
void EntityRecognizer::Impl::MemberNounSlots(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int t = 2; t < p.Size(); ++t) {
    if (!p.IsWord(t) || p.toks[t].cap || !In(WordList::kEnMemberNoun, p.Text(t))) continue;
    const int s = p.toks[t].sentence;
    int a = t;
    while (a > 0 && t - a < 3 && SlotNameWord(p, a - 1, s, false) && p.toks[a].space_before) --a;
    if (a == t || a == 0 || !p.IsWord(a - 1) || p.toks[a - 1].sentence != s) continue;
    const std::string art = FoldWord(p.Text(a - 1));
    if (art != "a" && art != "an" && art != "the") continue;
    ClaimSpan(pi, p, cands, a, t, p.toks[t - 1].end, EntityType::kOrganization, 0.6);
  }
}

// "Charities including Scope and Mencap", "publishers such as Knopf": the names listed after a plural
// kind of body (en_org_list_kind) and "including" or "such as", separated by commas, "and" or "or"
// ("the" before one allowed), are organizations, also when a word of them is a common word
// ("Scope"); a listed name among them stays as it is.
void EntityRecognizer::Impl::KindListSlots(int pi, Para& p, std::vector<Cand>& cands) const {
  const int n = p.Size();
  for (int t = 0; t + 2 < n; ++t) {
    // (The connector first: folding every word costs more than the rule.)
    const bool connector = p.IsWord(t + 1) && (p.Text(t + 1) == "including" || p.Text(t + 1) == "such");
    if (!connector || !p.IsWord(t) || !p.toks[t].latin || !In(WordList::kEnOrgListKind, FoldWord(p.Text(t))))
      continue;
    const int s = p.toks[t].sentence;
    int q = t + 1;
    if (p.IsWord(q) && p.Text(q) == "including") {
      ++q;
    } else if (p.IsWord(q) && p.Text(q) == "such" && p.IsWord(q + 1) && p.Text(q + 1) == "as") {
      q += 2;
    } else {
      continue;
    }
    for (int member = 0; member < 6 && q < n; ++member) {
      if (p.IsWord(q) && p.Text(q) == "the") ++q;
      int e = q;
      if (q < n && p.owner[q] >= 0 && p.toks[q].sentence == s) {
        e = cands[p.owner[q]].te;  // a listed or read name
      } else {
        while (e < n && e - q < 4 && SlotNameWord(p, e, s, true) && (e == q || p.toks[e].space_before)) ++e;
        if (e == q) break;
        ClaimSpan(pi, p, cands, q, e, p.toks[e - 1].end, EntityType::kOrganization, 0.6);
      }
      if (p.IsPunct(e, ",") && p.IsWord(e + 1) && (p.Text(e + 1) == "and" || p.Text(e + 1) == "or")) ++e;
      if (!(p.IsPunct(e, ",") || (p.IsWord(e) && (p.Text(e) == "and" || p.Text(e) == "or"))) ||
          p.toks[e].sentence != s)
        break;
      q = e + 1;
    }
  }
}

// A listed one-word name that is also a common noun or a road (en_context_name) at word t is part
// of a longer name when a capitalized name word is written right before it ("National Treasury",
// "Creative Commons") or after it ("Commons Work and Pensions Committee"; a title after it is no
// name word: "Treasury Secretary"): the dictionary leaves it to the other rules.
bool EntityRecognizer::Impl::ContextNameInLongerName(const Para& p, int t) const {
  if (!p.IsWord(t) || !p.toks[t].latin || !In(WordList::kEnContextName, StripPossessive(p.Text(t))))
    return false;
  const int s = p.toks[t].sentence;
  auto name_word = [&](int q) {
    return p.IsWord(q) && p.toks[q].latin && p.toks[q].cap && p.toks[q].sentence == s &&
           !en_stop.count(p.Text(q));
  };
  return (t >= 1 && name_word(t - 1) && p.toks[t].space_before) ||
         (name_word(t + 1) && p.toks[t + 1].space_before && !IsLatinTitle(p.Text(t + 1)));
}

// A listed one-word name that is also a common noun or a road (en_context_name) names its body
// unless its words say otherwise: a noun it modifies after it (en_modifier_noun: "Treasury
// yields"), a common noun's word after it
// when it opens its sentence (en_common_next: "Variety of"), or, with a digit, an article before it
// ("the A24", a road). Those are dropped.
void EntityRecognizer::Impl::DropContextNames(Doc& d) const {
  for (Cand& c : d.cands) {
    if (c.dict < 0 || c.dropped || c.te - c.tb != 1) continue;
    const Para& p = d.paras[c.para];
    const int t = c.tb, s = p.toks[t].sentence;
    const std::string_view w = StripPossessive(p.Text(t));
    if (!p.toks[t].latin || !In(WordList::kEnContextName, w)) continue;
    const bool next = p.IsWord(t + 1) && p.toks[t + 1].sentence == s && !p.toks[t + 1].cap;
    const bool prev = t >= 1 && p.IsWord(t - 1) && p.toks[t - 1].sentence == s;
    const bool opens = !prev;
    const bool digit = std::any_of(w.begin(), w.end(), [](char ch) { return IsAsciiDigit(ch); });
    if ((next && In(WordList::kEnModifierNoun, p.Text(t + 1))) ||
        (opens && next && In(WordList::kEnCommonNext, p.Text(t + 1))) ||
        (digit && prev &&
         (FoldWord(p.Text(t - 1)) == "the" || In(WordList::kDeDeterminer, FoldWord(p.Text(t - 1))))))
      c.dropped = true;
  }
}

// "the Prime Minister's Office (PMO)", "the Governor's Office": a capitalized title in the possessive, up to
// two title words or modifiers before it, and an organization head right after it (en_org_suffix) name the
// office of that post, one organization; main read nothing, the title being no name word (thirty-third
// session).
void EntityRecognizer::Impl::TitleOfficeSlots(int pi, Para& p, std::vector<Cand>& cands) const {
  auto title_word = [&](std::string_view w) {
    return IsLatinTitle(w) || en_title_mods.count(w) > 0 || en_titles.count(FoldWord(w)) > 0;
  };
  for (int t = 0; t + 1 < p.Size(); ++t) {
    const int h = t + 1, s = p.toks[t].sentence;
    if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].latin || !p.toks[t].cap || !p.IsWord(h) || !p.Free(h) ||
        !p.toks[h].cap || !p.toks[h].space_before || p.toks[h].sentence != s ||
        !en_org_suffixes.count(p.Text(h)))
      continue;
    const std::string_view w = p.Text(t), stem = StripPossessive(w);
    if (stem.size() == w.size() || !title_word(stem)) continue;
    int a = t;
    while (a > 0 && t - a < 2 && p.IsWord(a - 1) && p.Free(a - 1) && p.toks[a - 1].cap &&
           p.toks[a].space_before && p.toks[a - 1].sentence == s && title_word(p.Text(a - 1)))
      --a;
    ClaimSpan(pi, p, cands, a, h + 1, p.toks[h].end, EntityType::kOrganization, 0.65);
  }
}

}  // namespace hirewire::extract
