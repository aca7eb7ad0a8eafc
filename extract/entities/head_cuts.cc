// Edges of names (the twenty-seventh session, branch entspan27; docs/entities.md): a Chinese tagger span cut
// inside the head of the name it belongs to ("市场信息联" of "全国农机市场信息联席会", where ICU writes the
// head's characters as words of their own, 联|席|会, and the character model stops after the first), a
// country before a foreign city opening a Chinese name, and an English forum head after a plural possessive.
#include "extract/entities/internal.h"

namespace hirewire::extract {

// The tagger candidate that owns word h0 (the first word of a head running from byte head_start to the end
// of word h) and ends inside that head: the head rule reads the name again with it (ChineseHeadNames); -1
// when there is none.
int EntityRecognizer::Impl::TaggerSpanCutInHead(const Para& p, const std::vector<Cand>& cands, int h0, int h,
                                                int head_start) const {
  const int o = p.owner[h0];
  if (o < 0) return -1;
  const Cand& c = cands[o];
  if (c.dict >= 0 || c.type == EntityType::kPerson || c.dropped || c.source != EntitySource::kCjkTagger ||
      c.te > h || c.end <= head_start || c.end >= p.toks[h].end)
    return -1;
  for (int t = h0 + 1; t <= h; ++t)
    if (p.owner[t] >= 0 && p.owner[t] != o) return -1;
  return o;
}

// A plural possessive in s' at word q ("Consumers'") followed by a forum head (en_forum_head: Counsel,
// Advocate) that ends the name: the office of the people named ("Ohio Consumers' Counsel").
bool EntityRecognizer::Impl::ForumHeadAfter(const Para& p, int q) const {
  auto apostrophe = [&](int k) {
    return (p.IsPunct(k, "'") || p.IsPunct(k, "’")) && !p.toks[k].space_before;
  };
  int h = q + 1;
  // (ICU may write the apostrophe as a token of its own; q may be the word or that apostrophe.)
  if (apostrophe(q)) {
    if (q == 0 || !p.IsWord(q - 1) || !p.Text(q - 1).ends_with("s")) return false;
  } else if (!p.IsWord(q)) {
    return false;
  } else if (p.Text(q).ends_with("s") && apostrophe(h)) {
    ++h;
  } else if (!EndsWith(p.Text(q), "s'") && !EndsWith(p.Text(q), "s’")) {
    return false;
  }
  return p.IsWord(h) && p.toks[h].cap && p.toks[h].space_before && p.toks[h].sentence == p.toks[q].sentence &&
         In(WordList::kEnForumHead, p.Text(h));
}

// "美国纽约现代艺术博物馆", "英国伦敦自然历史博物馆": a country (zh_country) written before a foreign city
// (zh_foreign_city) that opens a Chinese organization candidate describes where it is, no part of its name;
// the name starts at the city (four code points at least left). So does a country before a school
// (zh_school_head) whose name opens with no national word (zh_national_word). Listed names keep their words.
void EntityRecognizer::Impl::TrimCountryBeforeCity(Para& p, std::vector<Cand>& cands, int first) const {
  for (int ci = first; ci < static_cast<int>(cands.size()); ++ci) {
    Cand& c = cands[ci];
    if (c.dropped || c.type == EntityType::kPerson || c.dict >= 0 || c.te - c.tb < 2) continue;
    const std::string_view name = p.text.substr(c.start, c.end - c.start);
    for (const std::string& country : EntityWords::Default().List(WordList::kZhCountry)) {
      if (!name.starts_with(country)) continue;
      const std::string_view rest = name.substr(country.size());
      bool city = false;
      for (const std::string& x : EntityWords::Default().List(WordList::kZhForeignCity))
        city = city || rest.starts_with(x);
      // (So does a country before a school's own name: "美国麻省理工学院", "英国牛津大学"; not before a
      // national word, which the school's name holds: "英国皇家音乐学院", "美国国立卫生研究院".)
      bool national = false;
      for (const std::string& x : EntityWords::Default().List(WordList::kZhNationalWord))
        national = national || rest.starts_with(x);
      city = city || (EndsWithAnyOf(WordList::kZhSchoolHead, rest) && !national);
      int k = c.tb;
      while (k < c.te && p.toks[k].start < c.start + static_cast<int>(country.size())) ++k;
      if (!city || CountCodePoints(rest) < 4 || k >= c.te ||
          p.toks[k].start != c.start + static_cast<int>(country.size()))
        break;
      for (int t = c.tb; t < k; ++t) p.owner[t] = -1;
      c.tb = k;
      c.start = p.toks[k].start;
      break;
    }
  }
}

}  // namespace hirewire::extract
