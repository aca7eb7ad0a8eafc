// A Chinese family name that is also a preposition (于, 向) opening a person's name after a role noun
// ("急诊科专家于海涛认为": 于 read as "at" left 海涛; thirtieth session, branch entbound30;
// docs/entities.md).
#include "extract/entities/internal.h"

namespace hirewire::extract {

// "专家于海涛认为", "研究员向明表示": a zh_preposition_surname row written right after a role noun or title
// of two characters or more, then one or two Han characters closed by a name trailer, person cue or
// punctuation, is a person with that family name; a tagger person on the characters after it takes it in. The
// characters after it are no time word (zh_time_word: "专家于近日表示", "研究员于周一表示" stay prepositions)
// and end in no locative (zh_locative_final: "专家于会上表示") and start no ordinal or determiner phrase
// (zh_determiner_lead: "主席向首届论坛致贺信").
void EntityRecognizer::Impl::ChinesePrepositionSurnames(int pi, Para& p, std::vector<Cand>& cands) const {
  auto role_before = [&](size_t at) {
    const std::string_view before = p.text.substr(0, at);
    for (WordList l : {WordList::kZhRoleNoun, WordList::kCjkTitle})
      for (const std::string& r : EntityWords::Default().List(l))
        if (CountCodePoints(r) >= 2 && before.ends_with(r)) return true;
    return false;
  };
  auto surname_before = [&](size_t at) -> size_t {
    for (const std::string& x : EntityWords::Default().List(WordList::kZhPrepositionSurname))
      if (p.text.substr(0, at).ends_with(x) && role_before(at - x.size())) return x.size();
    return 0;
  };
  auto closed_at = [&](size_t at) {
    if (at >= p.text.size()) return true;
    const std::string_view rest = p.text.substr(at);
    size_t x = 0;
    const char32_t c = DecodeUtf8(rest, &x);
    if (c < 0x3400 || (c > 0x9FFF && c < 0xF900)) return true;  // punctuation, Latin, digits
    for (WordList l : {WordList::kZhNameTrailer, WordList::kZhPersonCue})
      for (const std::string& w : EntityWords::Default().List(l))
        if (rest.starts_with(w)) return true;
    return false;
  };
  auto given_ok = [&](std::string_view g) {
    const int cps = CountCodePoints(g);
    if (cps < 1 || cps > 2 || !IsHanWord(g) || In(WordList::kZhTimeWord, g) ||
        In(WordList::kZhNameLeftStop, g))
      return false;
    // ("于会上表示": a place word with a locative after it is the preposition's object.)
    // ("向首届论坛致贺信": an ordinal or determiner phrase is the preposition's object too.)
    return !EndsWithAnyOf(WordList::kZhLocativeFinal, g) && !StartsWithAnyOf(WordList::kZhDeterminerLead, g);
  };
  // A person the tagger read without the family name: it takes the family name in.
  for (size_t ci = 0; ci < cands.size(); ++ci) {
    Cand& c = cands[ci];
    if (c.para != pi || c.type != EntityType::kPerson || c.dropped || c.start < 6) continue;
    const size_t sur = surname_before(static_cast<size_t>(c.start));
    if (sur == 0 || !given_ok(p.text.substr(c.start, c.end - c.start)) ||
        !closed_at(static_cast<size_t>(c.end)))
      continue;
    c.start -= static_cast<int>(sur);
    if (c.tb > 0 && p.toks[c.tb - 1].end == p.toks[c.tb].start && p.toks[c.tb - 1].start >= c.start &&
        p.owner[c.tb - 1] < 0) {
      --c.tb;
      p.owner[c.tb] = static_cast<int>(ci);
    }
    c.key.clear();
  }
  // None: the surname's own token and one or two free Han characters after it.
  const int n = p.Size();
  for (int t = 1; t + 1 < n; ++t) {
    if (!p.IsWord(t) || !p.Free(t) || !In(WordList::kZhPrepositionSurname, p.Text(t)) ||
        !role_before(static_cast<size_t>(p.toks[t].start)))
      continue;
    int e = t + 1, cps = 0;
    while (e < n && cps < 2 && p.IsWord(e) && p.Free(e) && IsHanWord(p.Text(e)) && !p.toks[e].space_before &&
           p.toks[e].sentence == p.toks[t].sentence)
      cps += CountCodePoints(p.Text(e++));
    if (e == t + 1) continue;
    if (!given_ok(p.text.substr(p.toks[t + 1].start, p.toks[e - 1].end - p.toks[t + 1].start)) ||
        !closed_at(static_cast<size_t>(p.toks[e - 1].end)))
      continue;
    Claim(p, cands, TokenCand(p, pi, t, e, EntityType::kPerson, 0.6));
    t = e - 1;
  }
}

}  // namespace hirewire::extract
