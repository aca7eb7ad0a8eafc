// Edges of names (the twenty-eighth session, branch entbound28; docs/entities.md): a Chinese title split
// across an organization and the person after it ("商务部消费促进司司长孙敏": 司 glued to the body, 长 to the
// person), and the club of a Chinese team named with 队 ("上海海港队" also goes by "上海海港").
#include "extract/entities/internal.h"

namespace hirewire::extract {

namespace {

// The bytes of the last code point of s (s not empty).
size_t LastCodePointBytes(std::string_view s) {
  size_t k = s.size() - 1;
  while (k > 0 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
  return s.size() - k;
}

// A title row (cjk_title, zh_role_noun) of two code points or more that `text` starts with; empty if none.
std::string_view ZhTitleAt(std::string_view text) {
  std::string_view best;
  for (WordList l : {WordList::kCjkTitle, WordList::kZhRoleNoun})
    for (const std::string& r : EntityWords::Default().List(l))
      if (r.size() > best.size() && CountCodePoints(r) >= 2 && text.starts_with(r)) best = r;
  return best;
}

}  // namespace

// "商务部消费促进司司长孙敏", "市公安局局长王强": a Chinese organization ending in a head written twice
// (司司, 局局) whose last character opens a title with the text after it (司 + 长 = 司长) ends before that
// character: the title is the person's, the body's name ends in the first head. A person span that starts
// inside the title (长孙敏, where 长孙 is also a family name) starts after it.
void EntityRecognizer::Impl::SplitChineseTitleAcross(Para& p, std::vector<Cand>& cands, int first) const {
  for (int ci = first; ci < static_cast<int>(cands.size()); ++ci) {
    Cand& c = cands[ci];
    if (c.dropped || c.type == EntityType::kPerson || c.dict >= 0 || c.end - c.start < 9) continue;
    const std::string_view name = p.text.substr(c.start, c.end - c.start);
    const size_t last = LastCodePointBytes(name);
    const std::string_view body = name.substr(0, name.size() - last);
    if (!EndsWith(body, name.substr(name.size() - last)) || !EndsWithAnyOf(WordList::kZhOrgHead, body))
      continue;
    const std::string_view title = ZhTitleAt(p.text.substr(c.end - last));
    if (title.size() <= last) continue;
    const int title_end = c.end - static_cast<int>(last) + static_cast<int>(title.size());
    c.end -= static_cast<int>(last);
    while (c.te - 1 > c.tb && p.toks[c.te - 1].start >= c.end) p.owner[--c.te] = -1;
    // The person after it: a span that opens inside the title starts where the title ends.
    for (Cand& d : cands) {
      if (d.dropped || d.para != c.para || d.type != EntityType::kPerson || d.start < c.end ||
          d.start >= title_end || d.end <= title_end)
        continue;
      d.start = title_end;
      while (d.tb + 1 < d.te && p.toks[d.tb].end <= d.start) p.owner[d.tb++] = -1;
    }
  }
}

// "上海海港队", "山东泰山队": a Chinese team named with 队 after its club's name, a place (zh_place_name) and
// a name of two characters, also goes by the club's name without 队 ("上海海港"), as news writes it.
void entities_detail::AddChineseTeamClubName(Entity& e) {
  static constexpr std::string_view kTeam = "队";
  if (e.type == EntityType::kPerson || !e.name.ends_with(kTeam)) return;
  const std::string_view club = std::string_view(e.name).substr(0, e.name.size() - kTeam.size());
  if (CountCodePoints(club) != 4) return;
  bool place = false;
  for (const std::string& pl : EntityWords::Default().List(WordList::kZhPlaceName))
    place = place || (club.starts_with(pl) && CountCodePoints(pl) == 2);
  if (!place || std::find(e.aliases.begin(), e.aliases.end(), club) != e.aliases.end()) return;
  e.aliases.emplace_back(club);
}

}  // namespace hirewire::extract

namespace hirewire::extract {

// "the I&B Ministry", "AT&T Mobility": a Latin name that starts right after "&" written between two
// capitalized words or letters with no space (a short form of two initials) starts at the first of them.
void EntityRecognizer::Impl::JoinAmpersandFronts(Doc& d) const {
  for (int ci = 0; ci < static_cast<int>(d.cands.size()); ++ci) {
    Cand& c = d.cands[ci];
    Para& p = d.paras[c.para];
    const int t = c.tb;
    if (c.dropped || c.type == EntityType::kPerson || c.dict >= 0 || t < 2 || c.start != p.toks[t].start ||
        !p.toks[t].latin || !(p.toks[t].cap || p.toks[t].all_caps) || p.toks[t].space_before ||
        !p.IsPunct(t - 1, "&") || p.toks[t - 1].space_before || !p.IsWord(t - 2) || !p.toks[t - 2].latin ||
        !(p.toks[t - 2].cap || p.toks[t - 2].all_caps) || p.Text(t - 2).size() > 3 ||
        (p.owner[t - 2] >= 0 && p.owner[t - 2] != ci) || (p.owner[t - 1] >= 0 && p.owner[t - 1] != ci))
      continue;
    p.owner[t - 1] = p.owner[t - 2] = ci;
    c.tb = t - 2;
    c.start = p.toks[t - 2].start;
  }
}

}  // namespace hirewire::extract
