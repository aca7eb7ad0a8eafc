// Article-level linking: person name variants, grouping candidates into entities, short forms,
// organization prefixes, suffixes and acronyms, family names, canonical names, the output entities.
#include "extract/entities/internal.h"

namespace hirewire::extract {

namespace {

// Two folded words are one name word: equal, or one is the other with an inflection ending
// (name_inflection: "redla"/"redlovi" of "redl", "trumps" of "trump"), or, for a given name,
// its short form ("alex" of "alexander").
bool SameNameWord(std::string_view x, std::string_view y, bool given) {
  if (x == y) return true;
  if (x.size() > y.size()) std::swap(x, y);
  if (given && x.size() >= 4 && y.starts_with(x)) return true;
  // A common stem of three code points or more, each word that stem plus nothing or an ending
  // ("michala" / "michalu": "michal" + a / u).
  size_t l = 0;
  while (l < x.size() && x[l] == y[l]) ++l;
  for (; l > 0 && CountCodePoints(x.substr(0, l)) >= 3; --l) {
    if (l < x.size() && (static_cast<unsigned char>(x[l]) & 0xC0) == 0x80)
      continue;  // code point starts only
    const std::string_view ex = x.substr(l), ey = y.substr(l);
    if ((ex.empty() || In(WordList::kNameInflection, ex)) &&
        (ey.empty() || In(WordList::kNameInflection, ey)))
      return true;
  }
  return false;
}

// Two person names (folded words) are one referent: the same words up to inflection, case and a
// short given name ("Michala Redla" / "Michal Redl", "REBECCA Cooke", "Alex Wynaendts"); three or
// more words with the same last two ("Mohamed Bagher Ghalibaf" / "Mohammad ..."); or the shorter,
// of two words or more, the end of the longer ("Al Saud" of "Abu Anas Al Saud").
bool SamePersonName(const std::vector<std::string>& x, const std::vector<std::string>& y) {
  if (x.size() < 2 || y.size() < 2) return false;
  if (x.size() == y.size()) {
    bool same = true;
    for (size_t k = 0; k < x.size() && same; ++k) same = SameNameWord(x[k], y[k], k == 0);
    if (same) return true;
    if (x.size() < 3 || x[0].size() < 3 || y[0].compare(0, 3, x[0], 0, 3) != 0) return false;
    for (size_t k = 1; k < x.size(); ++k)
      if (x[k] != y[k]) return false;
    return true;
  }
  const auto& s = x.size() < y.size() ? x : y;
  const auto& l = x.size() < y.size() ? y : x;
  for (size_t k = 0; k < s.size(); ++k)
    if (!SameNameWord(s[k], l[l.size() - s.size() + k], false)) return false;
  return true;
}

// The start of the name inside a bracket opened before `at`: after a real_name_word and a space,
// "・" or a colon when one opens it ("(본명 김다은)", "（本名・佐藤美奈）"), else `at`.
size_t RealNameStart(std::string_view t, size_t at) {
  for (const std::string& w : EntityWords::Default().List(WordList::kRealNameWord)) {
    if (!t.substr(std::min(at, t.size())).starts_with(w)) continue;
    size_t k = at + w.size();
    for (std::string_view sep : {" ", "\xE3\x83\xBB", ":", "\xEF\xBC\x9A"})  // space, ・, :, ：
      if (t.substr(std::min(k, t.size())).starts_with(sep)) return k + sep.size();
  }
  return at;
}

}  // namespace

// Person groups whose names are variants of one name (SamePersonName) become one group, the
// earlier one; a shorter name that ends two or more longer ones stays apart. Latin and Cyrillic
// names only (Hangul and CJK names have their own linking).
// "강준혁(제임스 강)", "Kim Jun-hyuk (James Kang)", "王伟（Wang Wei）": a person name followed by a
// bracket that holds exactly another person name gives one person written two ways; the bracketed
// name's group joins the first (a known name wins: the first joins a listed bracketed name).
void JoinBracketedPersonAliases(const std::vector<Para>& paras, const std::vector<Cand>& cands,
                                std::vector<int>* group) {
  std::map<std::pair<int, int>, size_t> person_at;  // (paragraph, start byte) -> person candidate
  for (size_t i = 0; i < cands.size(); ++i)
    if ((*group)[i] >= 0 && cands[i].type == EntityType::kPerson)
      person_at.emplace(std::pair{cands[i].para, cands[i].start}, i);
  auto skip_spaces = [](std::string_view t, size_t at) {
    while (at < t.size() && t[at] == ' ') ++at;
    return at;
  };
  for (size_t i = 0; i < cands.size(); ++i) {
    const Cand& c = cands[i];
    if ((*group)[i] < 0 || c.type != EntityType::kPerson) continue;
    const std::string_view t = paras[c.para].text;
    size_t at = skip_spaces(t, static_cast<size_t>(c.end));
    size_t open = 0;
    if (t.substr(std::min(at, t.size())).starts_with("("))
      open = 1;
    else if (t.substr(std::min(at, t.size())).starts_with("\xEF\xBC\x88"))
      open = 3;  // （
    if (open == 0) continue;
    const auto it = person_at.find({c.para, static_cast<int>(RealNameStart(t, at + open))});
    if (it == person_at.end()) continue;
    const Cand& b = cands[it->second];
    const size_t close = static_cast<size_t>(b.end);
    if (!t.substr(std::min(close, t.size())).starts_with(open == 1 ? ")" : "\xEF\xBC\x89"))
      continue;  // ） closes （
    int from = (*group)[it->second], into = (*group)[i];
    if (from == into) continue;
    if (b.dict >= 0 && c.dict < 0)
      std::swap(from, into);
    else if (b.dict >= 0 && c.dict >= 0 && b.dict != c.dict)
      continue;
    for (int& g : *group)
      if (g == from) g = into;
  }
}

void MergePersonVariants(const std::vector<Para>& paras, const std::vector<Cand>& cands,
                         std::vector<int>* group) {
  std::map<int, std::vector<std::vector<std::string>>> names;  // group -> folded words of each surface
  std::multimap<int, std::string> titled_surname;  // group -> family name written after an honorific
  std::map<int, int> dict_of;
  std::vector<int> order;
  for (size_t i = 0; i < cands.size(); ++i) {
    const Cand& c = cands[i];
    const int g = (*group)[i];
    if (g < 0 || c.type != EntityType::kPerson || c.te - c.tb < 2) continue;
    const Para& p = paras[c.para];
    if (!p.toks[c.tb].latin && !IsCyrillicLead(p.Text(c.tb))) continue;
    std::vector<std::string> words;
    // (A nickname in quotes is no word of the name: "Caleb "Moth" Duarte" is Caleb Duarte.)
    // (An honorific is no word of it either: "Mr. Duarte" is the family name alone.)
    bool quoted = false, honorific = false;
    for (int t = c.tb; t < c.te; ++t) {
      if (p.IsPunct(t, "\"") || p.IsPunct(t, "“") || p.IsPunct(t, "”")) quoted = !quoted;
      if (t == c.tb && In(WordList::kEnHonorific, p.Text(t))) {
        honorific = true;
        continue;
      }
      if (p.IsWord(t) && !quoted) words.push_back(FoldWord(StripPossessive(p.Text(t))));
    }
    // (A generation after the family name is no word of it: "Robert F. Kennedy Jr." ends in Kennedy.)
    for (int t = c.te - 1; t > c.tb && words.size() > 2; --t) {
      if (p.IsPunct(t, ".")) continue;
      if (!p.IsWord(t) || !In(WordList::kEnNameGeneration, p.Text(t))) break;
      words.pop_back();
      break;
    }
    if (honorific && words.size() == 1) titled_surname.emplace(g, words[0]);
    if (words.size() < 2) continue;
    if (!names.count(g)) order.push_back(g);
    auto& v = names[g];
    if (std::find(v.begin(), v.end(), words) == v.end()) v.push_back(std::move(words));
    if (c.dict >= 0) dict_of[g] = c.dict;
  }
  std::map<int, int> into;  // group -> group it joins
  for (size_t j = 1; j < order.size(); ++j) {
    const int gj = order[j];
    int target = -1;
    bool ambiguous = false;
    for (size_t i = 0; i < j && !ambiguous; ++i) {
      const int gi = order[i];
      if (into.count(gi)) continue;
      if (dict_of.count(gi) && dict_of.count(gj) && dict_of[gi] != dict_of[gj]) continue;
      bool match = false;
      for (const auto& x : names[gi])
        for (const auto& y : names[gj]) match = match || SamePersonName(x, y);
      if (!match) continue;
      if (target >= 0) ambiguous = true;
      target = gi;
    }
    if (target >= 0 && !ambiguous) into[gj] = target;
  }
  // "Mr. Duarte" after "Caleb "Moth" Duarte": a family name after an honorific, in a group with no full
  // name, joins the one full name of the page that ends in it.
  for (const auto& [g, surname] : titled_surname) {
    if (names.count(g) || into.count(g)) continue;
    int target = -1;
    bool ambiguous = false;
    for (const int gi : order)
      for (const auto& x : names[gi])
        if (gi != g && !into.count(gi) && x.back() == surname && target != gi) {
          ambiguous = ambiguous || target >= 0;
          target = gi;
        }
    if (target >= 0 && !ambiguous) into[g] = target;
  }
  // A person named by one word alone that is an inner or first word of exactly one longer person
  // name joins it ("Faiz" of "Mohd Faiz Abdullah", "Alexander" of "Alexander Soros"; the last word
  // is the short-form rule's).
  std::map<std::string, int, std::less<>> inner_of;  // folded word -> group, -1 ambiguous
  for (int g : order) {
    if (into.count(g)) continue;
    for (const auto& words : names[g])
      for (size_t k = 0; k + 1 < words.size(); ++k) {
        if (CountCodePoints(words[k]) < 4) continue;
        auto [it, inserted] = inner_of.emplace(words[k], g);
        if (!inserted && it->second != g) it->second = -1;
      }
  }
  std::map<int, bool> lone;  // group -> every member is one word
  for (size_t i = 0; i < cands.size(); ++i) {
    const int g = (*group)[i];
    if (g < 0 || cands[i].type != EntityType::kPerson) continue;
    const bool one = cands[i].te - cands[i].tb == 1 && paras[cands[i].para].toks[cands[i].tb].latin;
    auto [it, inserted] = lone.emplace(g, one);
    if (!inserted) it->second = it->second && one;
  }
  for (size_t i = 0; i < cands.size(); ++i) {
    const int g = (*group)[i];
    if (g < 0 || into.count(g) || !lone.count(g) || !lone[g] || cands[i].dict >= 0) continue;
    auto it = inner_of.find(FoldWord(StripPossessive(paras[cands[i].para].Text(cands[i].tb))));
    if (it != inner_of.end() && it->second >= 0 && it->second != g) into[g] = it->second;
  }
  for (int& g : *group) {
    auto it = into.find(g);
    if (it != into.end()) g = it->second;
  }
}

namespace {
// A German name with the case endings of its adjectives taken off: the words before the last one
// ending in e + n/r/m/s lose that letter ("Jungen Union" and "Junge Union", "Deutschen Bank"
// and "Deutsche Bank" are one organization).
std::string GermanAdjectiveBase(std::string_view s) {
  std::string out;
  size_t from = 0;
  for (size_t sp = s.find(' '); sp != std::string_view::npos; from = sp + 1, sp = s.find(' ', from)) {
    std::string_view w = s.substr(from, sp - from);
    if (w.size() >= 4 && w[w.size() - 2] == 'e' &&
        std::string_view("nrms").find(w.back()) != std::string_view::npos &&
        std::isupper(static_cast<unsigned char>(w[0])))
      w.remove_suffix(1);
    out.append(w).push_back(' ');
  }
  out.append(s.substr(from));
  return out;
}
}  // namespace

namespace {
size_t ZhPlacePrefixCps(std::string_view y);

// The rest of an organization's name after a short form of it: a Chinese legal form after at most
// two characters of trade ("华信达" of "华信达科技有限公司"), or after three or four for a short form of
// three characters or more, also written after the place that opens the name ("和瑞康" of
// "苏州和瑞康生物医药有限公司", "华影星辰" of "华影星辰文化传媒有限公司"; thirty-sixth session); or the
// syllables left of a Hangul head the short form cut inside ("천문연" of "한국천문연구원": 구원 is no
// organization suffix).
bool ShortFormRest(std::string_view x, std::string_view y, size_t at) {
  const std::string_view rest = y.substr(at + x.size());
  for (const std::string& f : EntityWords::Default().List(WordList::kZhLegalForm)) {
    if (rest.size() < f.size() || !EndsWith(rest, f)) continue;
    const int trade = CountCodePoints(rest.substr(0, rest.size() - f.size()));
    if (trade <= 2 && at == 0) return true;
    if (trade <= 4 && CountCodePoints(x) >= 3 && IsHanWord(x) &&
        (at == 0 || CountCodePoints(y.substr(0, at)) == static_cast<int>(ZhPlacePrefixCps(y))))
      return true;
  }
  const bool hangul = IsAllHangul(x) && IsAllHangul(y);
  return hangul && at > 0 && CountCodePoints(x) >= 3 && CountCodePoints(rest) >= 2 &&
         !In(WordList::kKoOrgSuffix, rest) && !In(WordList::kKoCompanySuffix, rest) &&
         !In(WordList::kKoBodySuffix, rest);
}

// The code points of a Chinese place (a zh_place_name row, with 市 or 省) that opens name y ("杭州" of
// "杭州云帆智能科技有限公司"), 0 when none.
size_t ZhPlacePrefixCps(std::string_view y) {
  size_t best = 0;
  for (const std::string& place : EntityWords::Default().List(WordList::kZhPlaceName)) {
    if (!y.starts_with(place)) continue;
    size_t n = place.size();
    if (y.substr(n).starts_with("市") || y.substr(n).starts_with("省")) n += 3;
    best = std::max(best, static_cast<size_t>(CountCodePoints(y.substr(0, n))));
  }
  return best;
}

// "維新" of "日本維新の会": a two-character core written after a country (zh_country: 日本) or nothing and
// before a Japanese body tail (ja_body_tail: の会) of the longer name is its short form (thirtieth session).
bool JaPartyShortForm(std::string_view y, size_t at, std::string_view rest) {
  return In(WordList::kJaBodyTail, rest) && (at == 0 || In(WordList::kZhCountry, y.substr(0, at)));
}

// A Hangul organization name cut inside its head, keeping the head's first syllables: "인재영입위" of
// "인재영입위원회", "국가인권위" of "국가인권위원회", "서울대" of "서울대학교" (the head a ko_org_suffix row
// of two syllables or more; "서울시" of "서울시교육청" keeps no part of a head and stays apart).
// "대책위" of "해운대 전세사기 피해자대책위원회": a panel named with the words before it (several Hangul
// words, JoinKoreanPanelFronts) is shortened to its last word's kind with the head cut, written as the end of
// that word up to the head's first syllable (three code points or more).
static bool PanelHeadCut(std::string_view x, std::string_view y) {
  if (y.find(' ') == std::string_view::npos || CountCodePoints(x) < 3 || !IsAllHangul(x)) return false;
  for (const std::string& h : EntityWords::Default().List(WordList::kKoPanelHead)) {
    for (size_t cut = LastCodePointStart(h, h.size()); cut > 0; cut = LastCodePointStart(h, cut)) {
      const std::string_view kept = std::string_view(h).substr(0, cut);
      const std::string_view rest = std::string_view(h).substr(cut);
      if (EndsWith(x, kept) && EndsWith(y, rest) && EndsWith(y.substr(0, y.size() - rest.size()), x) &&
          y.size() > x.size() + rest.size())
        return true;
    }
  }
  return false;
}

bool KoreanHeadCut(std::string_view x, std::string_view y) {
  if (PanelHeadCut(x, y)) return true;
  if (y.size() <= x.size() || !y.starts_with(x) || CountCodePoints(x) < 3 || !IsAllHangul(y)) return false;
  const std::string_view rest = y.substr(x.size());
  for (const std::string& h : EntityWords::Default().List(WordList::kKoOrgSuffix))
    if (h.size() > rest.size() && CountCodePoints(h) >= 2 && EndsWith(y, h) && EndsWith(h, rest) &&
        y.size() - h.size() >= 6)
      return true;
  return false;
}

// A CJK or Hangul person candidate written as a short form of an organization of the article
// (ShortFormRest) is that organization's short form, no person ("华信达", "천문연").
bool OrgShortFormShape(std::string_view s,
                       const std::map<std::string, std::pair<EntityType, double>, std::less<>>& orgs) {
  for (const auto& [y, type] : orgs)
    if (const size_t at = y.find(s);
        y.size() > s.size() && at != std::string::npos && ShortFormRest(s, y, at))
      return true;
  return false;
}

// A gloss names its parent wherever the article writes it alone: the headline's "国家发改委" of
// "国家发展和改革委员会（国家发改委）" joins the parent's group (an unlisted organization candidate of
// the same surface, or one of the parent's entry; a person's gloss the same person).
void JoinGlossSurfaces(Doc& d) {
  for (size_t i = 0; i < d.cands.size(); ++i) {
    const Cand& c = d.cands[i];
    if (c.key.empty() || c.key[0] != '#' || d.group[i] < 0) continue;
    const std::string s = d.Surface(c);
    for (size_t j = 0; j < d.cands.size(); ++j) {
      const Cand& o = d.cands[j];
      const int old = d.group[j];
      // (A person's gloss, "青木悠真（ユウマ）", joins the same person written alone: "ユウマは". A
      // short form glossed by a body's name, "전준위(전국당원대회준비위원회)", is that body wherever
      // it stands, whatever the tagger typed it there.)
      const bool glossed_short = c.glossed && o.dict < 0;
      if (old < 0 || old == d.group[i] ||
          ((o.type == EntityType::kPerson) != (c.type == EntityType::kPerson) && !glossed_short) ||
          (!o.key.empty() && o.key[0] == '#') || (o.dict >= 0 && o.dict != c.dict) || d.Surface(o) != s)
        continue;
      for (size_t k = 0; k < d.group.size(); ++k) {
        if (d.group[k] != old) continue;
        d.group[k] = d.group[i];
        if (glossed_short) d.cands[k].type = c.type;
      }
    }
  }
}

// surface -> group key of a listed organization written on the page ("Amazon").
std::map<std::string, std::string, std::less<>> ListedOrgKeys(const Doc& d) {
  std::map<std::string, std::string, std::less<>> keys;
  for (const Cand& c : d.cands)
    if (!c.dropped && c.type != EntityType::kPerson && c.dict >= 0 && (c.key.empty() || c.key[0] != '#'))
      keys.emplace(d.Surface(c), "d" + std::to_string(c.dict));
  return keys;
}

// "Amazon.com Inc" and "Nvidia Corp" on a page that writes the listed "Amazon" or "Nvidia": the listed
// company with its legal form (and its web address's ".com") is that company. Its key, or "".
std::string ListedKeyOfLegalForm(const std::map<std::string, std::string, std::less<>>& listed_org_key,
                                 const std::string& latin_name) {
  std::string base = LatinLegalBase(latin_name);
  if (base.size() > 5 && base.ends_with(".com")) base.resize(base.size() - 4);
  const auto it = listed_org_key.find(base);
  return base != latin_name && it != listed_org_key.end() ? it->second : std::string();
}

// "门德斯" of "若泽·门德斯", "朝阳区检察院", "Landgerichts": short forms of a longer name of the page join
// its group (extract/entity_links.h).
void JoinPageShortForms(Doc& d) {
  std::vector<PageName> names;
  for (size_t i = 0; i < d.cands.size(); ++i)
    if (d.group[i] >= 0)
      names.push_back(
          {d.paras[d.cands[i].para].text.substr(d.cands[i].start, d.cands[i].end - d.cands[i].start),
           d.cands[i].type == EntityType::kPerson, d.group[i]});
  const std::map<int, int> joins = PageShortFormJoins(names, d.lang);
  for (int& g : d.group)
    if (auto it = joins.find(g); it != joins.end()) g = it->second;
}

}  // namespace

// "sagte Achleitner" after "Richter Georg Achleitner": a family name alone that the dictionary lists for a
// well-known person is the page's person of that family name when the page writes one with a full name
// the dictionary does not list, and not the listed person's full name ("George Soros" and his son
// "Alexander Soros": Soros stays George).
void EntityRecognizer::Impl::YieldListedSurnames(Doc& d) const {
  for (Cand& c : d.cands) {
    if (c.dropped || c.dict < 0 || c.type != EntityType::kPerson || c.te - c.tb != 1) continue;
    const Para& p = d.paras[c.para];
    if (!p.toks[c.tb].latin) continue;
    const std::string w = FoldWord(StripPossessive(p.Text(c.tb)));
    if (FoldWord(entries[c.dict].canonical) == w) continue;
    bool page_person = false, listed_full = false;
    for (const Cand& o : d.cands) {
      listed_full = listed_full || (!o.dropped && o.dict == c.dict && o.te - o.tb >= 2);
      if (o.dropped || o.type != EntityType::kPerson || o.dict >= 0 || o.te - o.tb < 2) continue;
      const Para& q = d.paras[o.para];
      page_person = page_person || (q.toks[o.tb].latin && FoldWord(StripPossessive(q.Text(o.te - 1))) == w);
    }
    if (page_person && !listed_full) c.dict = -1;
  }
}

void EntityRecognizer::Impl::GroupCandidates(Doc& d) const {
  d.group.assign(d.cands.size(), -1);
  std::map<std::string, std::string> skeleton_key;  // skeleton -> first group key using it
  // surface -> type and confidence of an organization candidate (a cue rule's, "걸그룹 트와이스와",
  // "IT企業「ネクサリンク」", counts as certain: its evidence is the words around it, not a score)
  std::map<std::string, std::pair<EntityType, double>, std::less<>> org_type_of;
  const std::map<std::string, std::string, std::less<>> listed_org_key = ListedOrgKeys(d);
  for (const Cand& c : d.cands)
    if (!c.dropped && c.type != EntityType::kPerson && c.dict < 0 && (c.key.empty() || c.key[0] != '#')) {
      const double conf =
          c.source == EntitySource::kKoreanCue || c.source == EntitySource::kJapaneseCue ? 1.0 : c.conf;
      auto [it, added] = org_type_of.emplace(d.Surface(c), std::pair<EntityType, double>{c.type, conf});
      if (!added && conf > it->second.second) it->second = {c.type, conf};
    }
  // "Die Arbeiterkammer (AK)", "AK-Expertin": an unlisted acronym alone abbreviates a body, not a
  // person.
  for (Cand& c : d.cands) {
    const Para& p = d.paras[c.para];
    if (c.type == EntityType::kPerson && c.dict < 0 && c.te - c.tb == 1 && p.toks[c.tb].latin &&
        p.toks[c.tb].all_caps && c.end - c.start >= 2)
      c.type = EntityType::kOrganization;
  }
  for (size_t i = 0; i < d.cands.size(); ++i) {
    Cand& c = d.cands[i];
    if (!c.key.empty() && c.key[0] == '#') continue;
    if (c.dict >= 0) {
      c.key = "d" + std::to_string(c.dict);
      continue;
    }
    std::string s = d.Surface(c);
    // One surface is never both a person and an organization on a page: a CJK person candidate
    // written like an organization candidate of the article, read with as much confidence, is that
    // organization ("ソラリス・データ"). (Not in Latin script, where a family name can end like a
    // company: "Malín Brand".)
    if (c.type == EntityType::kPerson && !d.paras[c.para].toks[c.tb].latin) {
      if (auto it = org_type_of.find(s); it != org_type_of.end() && it->second.second >= c.conf)
        c.type = it->second.first;
      else if (c.dict < 0 && OrgShortFormShape(s, org_type_of))
        c.type = EntityType::kOrganization;
    }
    // "Kessler Brandt hired Anna Moore. Moore was a partner at Kessler Brandt": a Latin person candidate of
    // two words or more written like an organization candidate a slot or head read elsewhere on the page,
    // its first word no listed given name, is that organization (thirty-third session). English pages only,
    // and not for a last word that heads companies, where a family name can end like a company ("Malín
    // Brand").
    if (c.type == EntityType::kPerson && c.dict < 0 && c.te - c.tb >= 2 && d.lang == "en" &&
        d.paras[c.para].toks[c.tb].latin && !given_names.count(d.paras[c.para].Text(c.tb)) &&
        !EnCompanyWordEnding(d.paras[c.para].Text(c.te - 1)) &&
        !en_company_suffixes.count(d.paras[c.para].Text(c.te - 1)))
      if (auto it = org_type_of.find(s); it != org_type_of.end()) c.type = it->second.first;
    // One surface is one body: a company and an organization candidate written alike take the type
    // read with more confidence ("Collingwood president Jeff Browne" and "Collingwood defender").
    if (c.type != EntityType::kPerson) {
      if (auto it = org_type_of.find(s); it != org_type_of.end()) c.type = it->second.first;
    }
    // ("Maharashtra govt" and "Maharashtra government" are one name.)
    if (const size_t sp = s.rfind(' '); c.type != EntityType::kPerson && sp != std::string::npos &&
                                        In(WordList::kEnGovernmentWord, std::string_view(s).substr(sp + 1)))
      s = s.substr(0, sp) + " government";
    if (c.type != EntityType::kPerson && d.paras[c.para].toks[c.tb].latin) {
      if (std::string listed = ListedKeyOfLegalForm(listed_org_key, s); !listed.empty()) {
        c.key = std::move(listed);
        continue;
      }
      s = LatinLegalBase(s);
    }
    c.key = std::string(EntityTypeName(c.type)) + ":" +
            (d.lang == "de" && c.type != EntityType::kPerson ? GermanAdjectiveBase(s) : s);
    const Para& p = d.paras[c.para];
    bool hangul_name = c.type == EntityType::kPerson && c.te - c.tb >= 2;
    for (int t = c.tb; t < c.te && hangul_name; ++t) hangul_name &= p.toks[t].has_hangul;
    if (hangul_name) {
      std::string sk = SkeletonOfAscii(Romanize(s));
      auto it = skeleton_to_entry.find(sk);
      if (sk.size() >= 4 && it != skeleton_to_entry.end() && it->second >= 0) {
        c.dict = it->second;
        c.key = "d" + std::to_string(c.dict);
        c.conf = std::min(c.conf, 0.7);
      } else if (sk.size() >= 4) {
        auto [it2, inserted] = skeleton_key.emplace(sk, c.key);
        if (!inserted) c.key = it2->second;
      }
    }
  }
  for (size_t i = 0; i < d.cands.size(); ++i) {
    Cand& c = d.cands[i];
    if ((!c.key.empty() && c.key[0] == '#') || c.dropped) continue;
    d.group[i] = d.GroupFor(c.key);
  }
  for (size_t i = 0; i < d.cands.size(); ++i) {
    Cand& c = d.cands[i];
    if (c.key.empty() || c.key[0] != '#') continue;
    int parent = std::stoi(c.key.substr(1));
    d.group[i] = d.group[parent];
  }
  JoinGlossSurfaces(d);
  MergePersonVariants(d.paras, d.cands, &d.group);
  JoinBracketedPersonAliases(d.paras, d.cands, &d.group);
  JoinPageShortForms(d);
  // An acronym another pass read as a name elsewhere in the article (a gloss "(ICMPD)", a listed
  // body) is that name.
  for (size_t i = 0; i < d.cands.size(); ++i) {
    Cand& c = d.cands[i];
    if (!c.acronym || d.group[i] < 0) continue;
    const std::string s = d.Surface(c);
    for (size_t j = 0; j < d.cands.size(); ++j) {
      const Cand& o = d.cands[j];
      if (o.acronym || d.group[j] < 0 || o.type == EntityType::kPerson || d.Surface(o) != s) continue;
      d.group[i] = d.group[j];
      c.type = o.type;
      c.dict = o.dict;
      break;
    }
  }
}

// A capitalized word the article never writes in lower case (and no stop word or title).
bool EntityRecognizer::Impl::NeverLower(Doc& d, std::string_view word) const {
  if (word.size() < 4 || en_stop.count(word) || en_titles.count(word)) return false;
  if (!d.lower_words_built) {  // once per article, linear in its size
    d.lower_words_built = true;
    for (const Para& q : d.paras)
      for (int k = 0; k < q.Size(); ++k)
        if (q.IsWord(k) && IsAsciiLower(q.text[q.toks[k].start])) d.lower_words.insert(q.Text(k));
  }
  std::string lower(word);
  for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return d.lower_words.count(lower) == 0;
}

// The short form of candidate `c` ("" if none): the last word of a multi-word person name
// ("다이크가" -> 매트 다이크, "Zuckerberg"; the family name first for romanized Korean names), a
// Korean company without its suffix, the first word of a Latin company name. A given name used
// alone is added to d.short_forms here too.
std::string EntityRecognizer::Impl::ShortFormOf(Doc& d, size_t i) const {
  const Cand& c = d.cands[i];
  const Para& p = d.paras[c.para];
  const bool ko_company =
      c.type == EntityType::kCompany && c.dict < 0 && c.te - c.tb == 1 && p.toks[c.tb].hangul;
  if (c.te - c.tb < 2 && !ko_company) return "";
  // "법무법인 세종" -> "세종", "재단법인 아름다운재단" -> "아름다운재단": the name after its legal form.
  // "법무법인(유한) 태평양" -> "태평양" too.
  if (c.type != EntityType::kPerson && c.te - c.tb >= 2 && p.toks[c.te - 1].has_hangul &&
      KoreanFormBefore(p, c.te - 1, /*free=*/false) == c.tb &&
      (In(WordList::kKoCompanyForm, p.Text(c.tb)) || In(WordList::kKoOrgForm, p.Text(c.tb)))) {
    std::string_view rest = p.text.substr(p.toks[c.te - 1].start, c.end - p.toks[c.te - 1].start);
    return CountCodePoints(rest) >= 2 ? std::string(rest) : "";
  }
  // "김앤장 법률사무소" -> "김앤장": the name before a firm's kind written after it (ko_firm_head;
  // thirty-fifth session).
  if (c.type == EntityType::kCompany && c.te - c.tb == 2 && p.toks[c.tb].hangul &&
      p.toks[c.tb + 1].space_before &&
      In(WordList::kKoFirmHead, p.text.substr(p.toks[c.tb + 1].start, c.end - p.toks[c.tb + 1].start)))
    return std::string(p.Text(c.tb));
  std::string w;
  if (c.type == EntityType::kPerson) {
    int last = c.te - 1;
    // Romanized Korean names put the family name first: "Jun Hee-chul" -> "Jun" (the given name's second
    // syllable in lower case). A capital after the hyphen makes a double family name, which is the short
    // form whole: "Ines Caldwell-Ortiz" -> "Caldwell-Ortiz".
    const bool hyphened = p.toks[c.tb].latin && last >= 2 && last - 2 > c.tb && p.IsPunct(last - 1, "-") &&
                          !p.toks[last - 1].space_before && !p.toks[last].space_before;
    const bool korean_order = hyphened && !p.toks[last].cap;
    const int from = korean_order ? c.tb : hyphened ? last - 2 : last;
    if (korean_order) last = c.tb;
    w = std::string(p.text.substr(p.toks[from].start,
                                  (last == c.te - 1 ? c.end : p.toks[last].end) - p.toks[from].start));
    if (!p.toks[last].has_hangul && CountCodePoints(w) < 3 && !korean_order) return "";
    // A given name used alone ("Sofia has built ...", "Marisol understands ..."): a common
    // given name, or any first word the article never writes in lower case.
    if (p.toks[c.tb].latin && !korean_order &&
        (given_names.count(p.Text(c.tb)) || (c.te - c.tb == 2 && NeverLower(d, p.Text(c.tb))))) {
      auto [it, inserted] = d.short_forms.emplace(std::string(p.Text(c.tb)), d.group[i]);
      if (!inserted && it->second != d.group[i]) it->second = -1;
    }
  } else if (ko_company) {
    // "뤼튼테크놀로지스" -> "뤼튼", "젠큐어바이오" -> "젠큐어": the name without its company suffix.
    std::string_view full = p.text.substr(c.start, c.end - c.start);
    for (const std::string& suf : ko_company_suffixes) {
      if (full.size() > suf.size() && EndsWith(full, suf) &&
          CountCodePoints(full.substr(0, full.size() - suf.size())) >= 2 &&
          (w.empty() || full.size() - suf.size() < w.size()))
        w = std::string(full.substr(0, full.size() - suf.size()));
    }
  } else if (c.type != EntityType::kPerson && p.lang == "de" && c.dict < 0 && c.te - c.tb >= 2 &&
             p.toks[c.tb].latin && p.toks[c.tb + 1].space_before &&
             ((p.toks[c.tb].all_caps && IsAcronym(p, c.tb)) || In(WordList::kDeClubPrefix, p.Text(c.tb)))) {
    // German: "MSV Duisburg" -> "MSV", "ETH Zürich" -> "ETH" (an acronym before a place); "SK Rapid" ->
    // "Rapid", "SV Werder Bremen" -> "Werder" (a club's first name word after its letters).
    const int k = p.toks[c.tb].all_caps && !In(WordList::kDeClubPrefix, p.Text(c.tb)) ? c.tb : c.tb + 1;
    w = std::string(p.Text(k));
    if (CountCodePoints(w) < 2 || In(WordList::kNonOrgAcronym, w) || (k > c.tb && CountCodePoints(w) < 4))
      return "";
  } else if (c.type == EntityType::kCompany && p.toks[c.tb].latin &&
             (c.dict < 0 || (c.te - c.tb >= 2 && NeverLower(d, p.Text(c.tb))))) {
    // A known multi-word company's first word too ("Goldman Sachs" -> "Goldman"), when the
    // article never writes it in lower case.
    w = std::string(p.Text(c.tb));
    if (In(WordList::kDemonym, w)) return "";  // "Palestinian" of "Palestinian Dialogue Group"
    // "Wiz Inc." -> "Wiz": a short first word is safe when the rest is only a legal suffix.
    bool legal_pair = c.te - c.tb == 2 && In(WordList::kLegalSuffix, p.Text(c.tb + 1)) > 0;
    if ((w.size() < 4 && !(legal_pair && w.size() >= 2)) || en_stop.count(w)) return "";
  }
  return w;
}

// Korean abbreviations of an organization written as one Hangul word that ends in a head of two
// syllables or more (ko_org_suffix: 연구원, 협회, 위원회): two syllables of the name after a prefix of
// one to three syllables, then the head's first syllable ("한국천문연구원" -> 천문연, "한국표준과학연구원"
// -> 표준연). Each form only claims words the article writes (ClaimShortFormMentions).
void EntityRecognizer::Impl::AddKoreanAbbreviations(Doc& d, size_t i) const {
  const Cand& c = d.cands[i];
  const std::string_view full = d.paras[c.para].text.substr(c.start, c.end - c.start);
  std::string_view head;
  for (const std::string& suf : EntityWords::Default().List(WordList::kKoOrgSuffix))
    if (CountCodePoints(suf) >= 2 && IsAllHangul(suf) && full.size() > suf.size() && EndsWith(full, suf) &&
        suf.size() > head.size())
      head = suf;
  if (head.empty() || !IsAllHangul(full)) return;
  const std::string_view name = full.substr(0, full.size() - head.size());  // Hangul: 3 bytes a syllable
  for (size_t k = 3; k <= 9 && k + 6 <= name.size(); k += 3) {
    const std::string w = std::string(name.substr(k, 6)) + std::string(head.substr(0, 3));
    if (ko_stop.count(w) || IsKoTitle(w)) continue;
    auto [it, inserted] = d.short_forms.emplace(w, d.group[i]);
    if (!inserted && it->second != d.group[i]) it->second = -1;
  }
}

// The Korean title written within `words` words from word t of the sentence ("김철수 대표는" -> 대표,
// "남궁윤재 딥노을 대표는" -> 대표), without its particle; "" when none.
std::string EntityRecognizer::Impl::KoTitleAfter(const Para& p, int t, int words) const {
  for (int k = t; k < t + words && p.IsWord(k) && p.toks[k].sentence == p.toks[t].sentence; ++k) {
    const std::string_view w = p.Text(k);
    if (!p.toks[k].has_hangul && !p.toks[k].latin) break;
    if (IsKoTitle(w)) return std::string(w);
    for (int st : KoreanStemLengths(w))
      if (IsKoTitle(w.substr(0, st))) return std::string(w.substr(0, st));
  }
  return "";
}

// Short forms of the grouped names (word -> group, -1 if ambiguous), then unknown single-word
// candidates that are a short form join the full name's group.
void EntityRecognizer::Impl::CollectShortForms(Doc& d) const {
  // An acronym glossing a spelled-out name ("Österreichischen Bundesbahnen (ÖBB)") is that name's
  // short form before any other's first word ("ÖBB-Infrastruktur AG").
  std::set<std::string> glossed;
  Doc::ShortForms person_forms;  // the short forms of persons' names alone (-1 if ambiguous)
  for (size_t i = 0; i < d.cands.size(); ++i) {
    const Cand& c = d.cands[i];
    const Para& p = d.paras[c.para];
    if (d.group[i] < 0 || c.type == EntityType::kPerson || c.key.empty() || c.key[0] != '#' ||
        c.te - c.tb != 1)
      continue;
    const std::string w = d.Surface(c);
    // (A Hangul short form glossing its body, "대한의사협회(의협)", too: two to four syllables; thirty-second
    // session.)
    const bool hangul_short = p.toks[c.tb].hangul && IsAllHangul(w) && CountCodePoints(w) >= 2 &&
                              CountCodePoints(w) <= 4 && !ko_stop.count(w) && !IsKoTitle(w);
    if (!hangul_short && (!p.toks[c.tb].all_caps || !IsAcronym(p, c.tb))) continue;
    auto [it, inserted] = d.short_forms.emplace(w, d.group[i]);
    if (!inserted && it->second != d.group[i]) it->second = -1;
    glossed.insert(w);
  }
  for (size_t i = 0; i < d.cands.size(); ++i) {
    const Cand& c = d.cands[i];
    if (d.group[i] < 0) continue;
    const Para& p = d.paras[c.para];
    if (c.type == EntityType::kPerson && c.te - c.tb == 1 && p.toks[c.tb].hangul) {
      // A Korean name's family name before a title ("박 CPO는", "윤 박사는"), when only one
      // person in the article has that family name, or only one has it with that title ("김 대표"
      // of 김철수 대표 beside 김영희 교수). A two-syllable family name ("남궁 교수는" of 남궁현,
      // 남궁윤재) too.
      std::string_view full = p.text.substr(c.start, c.end - c.start);
      const int n = CountCodePoints(full);
      if ((n == 3 || n == 4) && IsKoreanNameShape(full)) {
        const std::string title = KoTitleAfter(p, c.te);
        for (const size_t len : {size_t{3}, size_t{6}}) {
          if ((len == 3 && n == 4) || (len == 6 && !ko_surnames.count(full.substr(0, 6)))) continue;
          const std::string key = "#surname " + std::string(full.substr(0, len));
          for (const std::string& k : {key, title.empty() ? std::string() : key + " " + title}) {
            if (k.empty()) continue;
            auto [it, inserted] = d.short_forms.emplace(k, d.group[i]);
            if (!inserted && it->second != d.group[i]) it->second = -1;
          }
        }
      }
    }
    // A foreign name in Hangul closed by a one-syllable family name ("마이클 리", "로버트 첸"): that name
    // before a title ("리 부사장의 연봉은", "첸 교수는") is the person, as a Korean family name is.
    if (c.type == EntityType::kPerson && c.te - c.tb == 2 && p.toks[c.tb].hangul && p.toks[c.te - 1].hangul) {
      const std::string_view last = p.text.substr(p.toks[c.te - 1].start, c.end - p.toks[c.te - 1].start);
      if (CountCodePoints(last) == 1 && (ko_surnames.count(last) || In(WordList::kKoForeignSurname, last))) {
        const std::string title = KoTitleAfter(p, c.te);
        const std::string key = "#surname " + std::string(last);
        for (const std::string& k : {key, title.empty() ? std::string() : key + " " + title}) {
          if (k.empty()) continue;
          auto [it, inserted] = d.short_forms.emplace(k, d.group[i]);
          if (!inserted && it->second != d.group[i]) it->second = -1;
        }
      }
    }
    if (c.type != EntityType::kPerson && c.te - c.tb == 1 && p.toks[c.tb].hangul)
      AddKoreanAbbreviations(d, i);
    const std::string w = ShortFormOf(d, i);
    if (w.empty() || ko_stop.count(w) || en_stop.count(w) || IsKoTitle(w) || glossed.count(w)) continue;
    auto [it, inserted] = d.short_forms.emplace(w, d.group[i]);
    if (!inserted && it->second != d.group[i]) it->second = -1;
    if (c.type == EntityType::kPerson) {
      auto [pt, fresh] = person_forms.emplace(w, d.group[i]);
      if (!fresh && pt->second != d.group[i]) pt->second = -1;
    }
  }
  for (size_t i = 0; i < d.cands.size(); ++i) {
    Cand& c = d.cands[i];
    if (c.dict >= 0 || c.te - c.tb != 1 || (!c.key.empty() && c.key[0] == '#')) continue;
    if (PlaceAfterPreposition(d, d.paras[c.para], c.tb))
      continue;  // "visits to Munich": the city, not Munich Re
    auto it = d.short_forms.find(d.Surface(c));
    // A two-syllable family name tagged as a person of its own ("남궁 교수는") is the page's one
    // person of that family name.
    if (const std::string s = d.Surface(c); it == d.short_forms.end() && c.type == EntityType::kPerson &&
                                            CountCodePoints(s) == 2 && ko_surnames.count(s)) {
      it = d.short_forms.find("#surname " + s);
      if (const std::string title = KoTitleAfter(d.paras[c.para], c.te);
          (it == d.short_forms.end() || it->second < 0) && !title.empty())
        it = d.short_forms.find("#surname " + s + " " + title);
    }
    int group = it != d.short_forms.end() ? it->second : -1;
    // "Mr Pryce" where the page has Gareth Pryce and his firm Pryce Lettings Ltd: a person's family name
    // alone is the one person of that name, a company named after him aside.
    if (it != d.short_forms.end() && group < 0 && c.type == EntityType::kPerson)
      if (auto pt = person_forms.find(d.Surface(c)); pt != person_forms.end()) group = pt->second;
    if (group >= 0) {
      d.group[i] = group;
      c.short_form = true;
    }
  }
}

namespace entities_detail {

// An organization written as the end of a longer organization name of the same article is that
// body: "민주당" of "더불어민주당" (Korean, Japanese and Chinese names shorten from the front).
// Hangul, kana or Han surfaces of three code points or more (two for the name after a Korean kind
// word, ko_kind_form: "파랑" of "스튜디오 파랑"); a suffix of two different bodies stays apart.
void LinkOrgSuffixes(Doc& d) {
  std::map<std::string, int, std::less<>> org_suffix;  // proper suffix -> group, -1 ambiguous
  for (size_t j = 0; j < d.cands.size(); ++j) {
    if (d.group[j] < 0 || d.cands[j].type == EntityType::kPerson) continue;
    const std::string t = d.Surface(d.cands[j]);
    if (d.paras[d.cands[j].para].toks[d.cands[j].tb].latin) {
      // "Air Force" of "U.S. Air Force": a Latin name without a country's capital letters before it.
      const size_t sp = t.find(' ');
      std::string first = t.substr(0, sp == std::string::npos ? 0 : sp);
      while (!first.empty() && first.back() == '.') first.pop_back();
      bool caps = !first.empty() && first.size() <= 4;
      for (char ch : first) caps = caps && (IsAsciiUpper(ch) || ch == '.');
      if (caps && In(WordList::kOrgLeadWord, first) && t.size() - sp - 1 >= 6) {
        auto [it, inserted] = org_suffix.emplace(t.substr(sp + 1), d.group[j]);
        if (!inserted && it->second != d.group[j]) it->second = -1;
      }
      continue;
    }
    for (size_t k = 1; k < t.size(); ++k) {
      if ((static_cast<unsigned char>(t[k]) & 0xC0) == 0x80) continue;  // code point starts only
      std::string_view suf = std::string_view(t).substr(k);
      // (The name of a Korean kind form, two syllables: "파랑" of "스튜디오 파랑".)
      const bool kind_name =
          t[k - 1] == ' ' && In(WordList::kKoKindForm, std::string_view(t).substr(0, k - 1));
      if (CountCodePoints(suf) < (kind_name ? 2 : 3)) break;
      auto [it, inserted] = org_suffix.emplace(std::string(suf), d.group[j]);
      if (!inserted && it->second != d.group[j]) it->second = -1;
    }
  }
  for (size_t i = 0; i < d.cands.size() && !org_suffix.empty(); ++i) {
    Cand& c = d.cands[i];
    if (d.group[i] < 0 || c.dict >= 0 || c.type == EntityType::kPerson) continue;
    auto it = org_suffix.find(d.Surface(c));
    if (it == org_suffix.end() || it->second < 0 || it->second == d.group[i]) continue;
    d.group[i] = it->second;
    c.short_form = true;
  }
}

}  // namespace entities_detail

namespace {
// The name opens with a Hangul syllable, kana or a Han character.
bool IsCjkOrHangulLead(std::string_view s) {
  size_t b = 0;
  const char32_t cp = DecodeUtf8(s, &b);
  return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7A3);
}
}  // namespace

// A CJK or Hangul name that ends in a head of its own kind names a body by itself (서울시, 京都大学,
// 国家医保局, 삼성전자): no short form of a longer name.
bool EntityRecognizer::Impl::EndsInOrgHead(std::string_view s) const {
  for (WordList l : {WordList::kZhOrgHead, WordList::kZhOrgSuffix, WordList::kCjkNameHead,
                     WordList::kCjkUnitHead, WordList::kKoOrgSuffix, WordList::kKoCompanySuffix,
                     WordList::kKoUnitHead, WordList::kZhLegalForm, WordList::kJaCompanyForm})
    if (EndsWithAnyOf(l, s)) return true;
  return IsAllHangul(s) && KoSuffixType(s) != EntityType::kNone;
}

// An organization written as the start of exactly one longer organization name of the article is
// that body when no head of its own ends it: "公明" of "公明党", "立憲" of "立憲民主党", "吉利" of
// "吉利汽车", "울산" of "울산 HD", "浦和" of "浦和レッズ", "SM" of "SM엔터테인먼트"; so is one written as the
// end of exactly one name after a Chinese place (zh_place_name: "海港" of "上海海港"). Han, kana or Hangul
// short forms of two code points or more (or a Latin acronym the name opens with, "LG" of "LG 트윈스"), no
// dictionary name; the longer name is no parent with a unit after it. A prefix of two bodies (삼성 of
// 삼성전자 and 삼성SDI) stays apart.
void EntityRecognizer::Impl::LinkOrgPrefixes(Doc& d) const {
  std::vector<size_t> orgs;
  for (size_t j = 0; j < d.cands.size(); ++j)
    if (d.group[j] >= 0 && d.cands[j].type != EntityType::kPerson) orgs.push_back(j);
  for (const size_t i : orgs) {
    Cand& c = d.cands[i];
    const std::string s = d.Surface(c);
    // A Latin short form is an acronym that opens a Hangul or CJK name ("SM" of "SM엔터테인먼트").
    const Token& first = d.paras[c.para].toks[c.tb];
    const bool acronym = first.latin && c.te - c.tb == 1 && first.all_caps;
    // (A listed acronym only before a space and a Hangul or CJK word: "LG" of "LG 트윈스" on a baseball page;
    // glued to one, "SK하이닉스", the name is an affiliate of the listed group. So is a listed Hangul name:
    // "두산" of "두산 베어스"; thirty-first session.)
    const bool listed = c.dict >= 0;
    if ((listed && !acronym && !IsAllHangul(s)) || CountCodePoints(s) < 2 ||
        (!acronym && !IsCjkOrHangulLead(s)) || EndsInOrgHead(s) || EndsWithAnyOf(WordList::kCjkPlaceFinal, s))
      continue;
    int target = -1;
    bool ambiguous = false;
    for (const size_t j : orgs) {
      const int gy = d.group[j];
      if (gy == d.group[i] || gy == target) continue;
      const std::string t = d.Surface(d.cands[j]);
      if (t.size() <= s.size() || (listed && t[s.size()] != ' ')) continue;
      // "海港" of "上海海港", "国安" of "北京国安": a Chinese place, then the short name.
      if (!acronym && t.ends_with(s)) {
        std::string_view place = std::string_view(t).substr(0, t.size() - s.size());
        if (place.ends_with("市") || place.ends_with("省")) place.remove_suffix(3);
        if (In(WordList::kZhPlaceName, place)) {
          ambiguous = ambiguous || target >= 0;
          target = gy;
          continue;
        }
      }
      // (An acronym opens the name glued to a Hangul or CJK word or before one with a space: "LG 트윈스".)
      if (!t.starts_with(s) || (acronym && static_cast<unsigned char>(t[s.size()]) < 0x80 &&
                                !(t[s.size()] == ' ' && t.size() > s.size() + 1 &&
                                  static_cast<unsigned char>(t[s.size() + 1]) >= 0x80)))
        continue;
      std::string_view rest = std::string_view(t).substr(s.size());
      if (rest.starts_with(" ")) rest.remove_prefix(1);
      // A company's kind or legal form after its name is the same company ("SM엔터테인먼트",
      // "锐驰新能源科技有限公司"), as is a party's or a club's name after its short form ("立憲民主党",
      // "浦和レッズ"); a unit, a holding or a group after it makes another body ("星澜传媒法务部",
      // "カナメ精工半導体事業本部", "ソラテックホールディングス").
      const bool same_company = EndsWithAnyOf(WordList::kKoCompanySuffix, rest) ||
                                EndsWithAnyOf(WordList::kZhLegalForm, rest) ||
                                EndsWithAnyOf(WordList::kJaCompanyForm, rest);
      if (rest.empty() || (!same_company && (EndsWithAnyOf(WordList::kCjkNameHead, rest) ||
                                             EndsWithAnyOf(WordList::kCjkUnitHead, rest) ||
                                             EndsWithAnyOf(WordList::kKoUnitHead, rest))))
        continue;
      ambiguous = ambiguous || target >= 0;
      target = gy;
    }
    if (target < 0 || ambiguous) continue;
    d.group[i] = target;
    c.short_form = true;
    c.dict = -1;  // (the article's name outranks the listed one)
  }
}

namespace entities_detail {

// Korean, Japanese and Chinese bodies are shortened to the first syllable of some of their words
// and the head: "금감원" of "금융감독원", "행안부" of "행정안전부", "経産省" of "経済産業省",
// "공정위" of "공정거래위원회", "国家发改委" of "国家发展和改革委员会". A Hangul, kana or Han
// organization of three to five code points
// that starts like exactly one longer organization name of the article and is spelled by its
// characters in order, not as one piece of it (서울시 is not 서울시교육청), is that body.
void LinkCjkAbbreviations(Doc& d) {
  struct Org {
    size_t cand;
    std::string surface;
    std::vector<std::string_view> cps;  // views into `surface`
  };
  std::vector<Org> orgs;
  for (size_t j = 0; j < d.cands.size(); ++j) {
    const Cand& c = d.cands[j];
    if (d.group[j] < 0 || c.type == EntityType::kPerson || d.paras[c.para].toks[c.tb].latin) continue;
    orgs.push_back({j, d.Surface(c), {}});
  }
  for (Org& o : orgs) o.cps = CodePointViews(o.surface);
  for (const Org& x : orgs) {
    Cand& c = d.cands[x.cand];
    if (c.dict >= 0 || x.cps.size() < 2) continue;
    int target = -1;
    bool ambiguous = false;
    for (const Org& y : orgs) {
      const int gy = d.group[y.cand];
      if (gy == d.group[x.cand] || y.cps.size() < x.cps.size() + 2) continue;
      // A company named without its place prefix and legal form: "三峡集团" of
      // "中国长江三峡集团有限公司" (zh_legal_form rows). A Chinese body of two characters named
      // without its head of two or more: "清华" of "清华大学" (zh_org_head rows).
      if (const size_t at = y.surface.find(x.surface); at != std::string::npos) {
        const std::string_view rest = std::string_view(y.surface).substr(at + x.surface.size());
        if (x.cps.size() == 2
                ? !JaPartyShortForm(y.surface, at, rest) &&
                      (at != 0 || CountCodePoints(rest) < 2 || !In(WordList::kZhOrgHead, rest))
                : !In(WordList::kZhLegalForm, rest) && !ShortFormRest(x.surface, y.surface, at) &&
                      !KoreanHeadCut(x.surface, y.surface))
          continue;
        if (target >= 0 && target != gy) ambiguous = true;
        target = gy;
        continue;
      }
      // (A Chinese place opening the longer name may be left out: "云帆科技" of "杭州云帆智能科技有限公司".)
      size_t from = 0;
      if (y.cps[0] != x.cps[0]) from = ZhPlacePrefixCps(y.surface);
      if (!SpelledInOrder(x.cps, y.cps, from, 3, 5)) continue;
      if (target >= 0 && target != gy) ambiguous = true;
      target = gy;
    }
    if (target < 0 || ambiguous) continue;
    d.group[x.cand] = target;
    c.short_form = true;
  }
  // "赛力斯" of "赛力斯集团": a company of three code points or more linked to none of the above, written
  // before a group word (zh_group_word) as exactly one name of the article, is that group.
  for (const Org& x : orgs) {
    Cand& c = d.cands[x.cand];
    if (c.dict >= 0 || c.short_form || x.cps.size() < 3) continue;
    int target = -1;
    bool ambiguous = false;
    for (const Org& y : orgs) {
      const int gy = d.group[y.cand];
      if (gy == d.group[x.cand] || !y.surface.starts_with(x.surface) ||
          !In(WordList::kZhGroupWord, std::string_view(y.surface).substr(x.surface.size())))
        continue;
      if (target >= 0 && target != gy) ambiguous = true;
      target = gy;
    }
    if (target < 0 || ambiguous) continue;
    d.group[x.cand] = target;
    c.short_form = true;
  }
}

// A capitalized word alone that ends exactly one longer Latin organization name of the article
// is that body ("House" of "North Carolina House", "Council" of "Apex Town Council").
// So is a listed body's head word alone after a German city adjective's regional body ("Senat" of
// "Berliner Senat", "Staatsrat" of "Walliser Staatsrat"): on that page the bare head is no national body.
void LinkOrgLastWords(Doc& d) {
  std::map<std::string, int, std::less<>> last_word_of;  // last word -> group, -1 ambiguous
  std::set<std::string, std::less<>> regional;           // last words of "<Place>er HEAD" bodies
  for (size_t j = 0; j < d.cands.size(); ++j) {
    const Cand& c = d.cands[j];
    if (d.group[j] < 0 || c.type == EntityType::kPerson || c.te - c.tb < 2 ||
        !d.paras[c.para].toks[c.te - 1].latin)
      continue;
    const std::string_view w = StripPossessive(d.paras[c.para].Text(c.te - 1));
    if (w.size() < 4 || !d.paras[c.para].toks[c.te - 1].cap) continue;
    auto [it, inserted] = last_word_of.emplace(std::string(w), d.group[j]);
    if (!inserted && it->second != d.group[j]) it->second = -1;
    const std::string_view first = d.paras[c.para].Text(c.tb);
    if (d.lang == "de" && c.te - c.tb == 2 && first.size() >= 5 && first.ends_with("er") &&
        In(WordList::kEnOrgSuffix, w))
      regional.emplace(w);
  }
  for (size_t i = 0; i < d.cands.size() && !last_word_of.empty(); ++i) {
    Cand& c = d.cands[i];
    if (d.group[i] < 0 || c.type == EntityType::kPerson || c.te - c.tb != 1 ||
        !d.paras[c.para].toks[c.tb].latin)
      continue;
    if (c.dict >= 0 && !regional.count(StripPossessive(d.paras[c.para].Text(c.tb)))) continue;
    auto it = last_word_of.find(StripPossessive(d.paras[c.para].Text(c.tb)));
    if (it == last_word_of.end() || it->second < 0 || it->second == d.group[i]) continue;
    d.group[i] = it->second;
    c.short_form = true;
  }
}

// A Latin organization written as the words before "of" of exactly one longer organization name
// of the article is that body ("National Bank" of "National Bank of Canada", "Royal Bank").
// So is one written as the words before "für" / "for" ("Max-Planck-Institut" of "Max-Planck-Institut für
// Infektionsbiologie") or as the words before a last company word ("Tread Lunar" of "Tread Lunar Systems":
// en_company_suffix and legal_suffix rows; two words or more remain), or as the words before an "and" after
// "of" ("Department of Health" of "Department of Health and Social Care").
void LinkOrgOfHeads(Doc& d) {
  std::map<std::string, int, std::less<>> head_of;  // words before " of " -> group, -1 ambiguous
  auto add = [&](std::string key, int g) {
    auto [it, inserted] = head_of.emplace(std::move(key), g);
    if (!inserted && it->second != g) it->second = -1;
  };
  for (size_t j = 0; j < d.cands.size(); ++j) {
    const Cand& c = d.cands[j];
    if (d.group[j] < 0 || c.type == EntityType::kPerson || c.te - c.tb < 3 ||
        !d.paras[c.para].toks[c.tb].latin)
      continue;
    const std::string t = d.Surface(c);
    size_t of = std::string::npos;
    for (const std::string_view conn : {" of ", " für ", " for "})
      if (const size_t at = t.find(conn); at != std::string::npos && at < of) of = at;
    if (of != std::string::npos && of >= 4) {
      add(t.substr(0, of), d.group[j]);
      // (A German genitive before the connector: "des Max-Planck-Instituts für …" and "das
      // Max-Planck-Institut".)
      if (d.lang == "de" && t[of - 1] == 's') add(t.substr(0, of - 1), d.group[j]);
      // "Department of Health" of "Department of Health and Social Care": the words before a later "and".
      if (const size_t conj = t.find(" and ", of + 4); conj != std::string::npos)
        add(t.substr(0, conj), d.group[j]);
    }
    const size_t sp = t.rfind(' ');
    const std::string_view last =
        sp == std::string::npos ? std::string_view() : std::string_view(t).substr(sp + 1);
    if (sp != std::string::npos && t.find(' ') < sp && !d.paras[c.para].toks[c.te - 1].all_caps &&
        (In(WordList::kEnCompanySuffix, last) || In(WordList::kLegalSuffix, last)))
      add(t.substr(0, sp), d.group[j]);
  }
  for (size_t i = 0; i < d.cands.size() && !head_of.empty(); ++i) {
    Cand& c = d.cands[i];
    if (d.group[i] < 0 || c.dict >= 0 || c.type == EntityType::kPerson || !d.paras[c.para].toks[c.tb].latin)
      continue;
    auto it = head_of.find(d.Surface(c));
    if (it == head_of.end() || it->second < 0 || it->second == d.group[i]) continue;
    d.group[i] = it->second;
    c.short_form = true;
  }
}

// A Latin word that heads an organization's name by itself: "Trust", "Association", "Systems", "GmbH".
bool LatinNameHead(std::string_view w) {
  w = StripPossessive(w);
  return In(WordList::kEnOrgSuffix, w) || In(WordList::kEnCompanySuffix, w) || In(WordList::kLegalSuffix, w);
}

// A Latin organization written as the front words of exactly one longer organization name of the
// article is that body: the name without its last word, a head (LatinNameHead), and at most one
// capitalized word before the head ("Little Lanterns" of "Little Lanterns Hospice Trust", "Keller & Stein" of
// "Keller & Stein Logistik GmbH", "Grey Harbour" of "Grey Harbour Housing Association"), when two
// capitalized words or more remain and the last of them is no head ("Deutsche Bank" of "Deutsche Bank
// Research Institute" is a body of its own). A person candidate written so is that body too, unless it
// opens with a listed given name ("Walt Disney" of "Walt Disney Company"). Also a firm's first partners
// before
// "&" ("Brandt Okoye" of "Brandt Okoye & Lind LLP") and a court's seat before its roman numeral ("Landgericht
// Kassel" of "Landgericht Kassel II"; twenty-ninth session).
void LinkOrgFrontWords(Doc& d) {
  std::map<std::string, int, std::less<>> front_of;  // front words -> group, -1 ambiguous
  auto add = [&](std::string key, int g) {
    auto [it, inserted] = front_of.emplace(std::move(key), g);
    if (!inserted && it->second != g) it->second = -1;
  };
  for (size_t j = 0; j < d.cands.size(); ++j) {
    const Cand& c = d.cands[j];
    const Para& p = d.paras[c.para];
    if (d.group[j] < 0 || c.type == EntityType::kPerson || c.te - c.tb < 3 || !p.toks[c.tb].latin ||
        !p.IsWord(c.te - 1))
      continue;
    // "Landgericht Kassel" of "Landgericht Kassel II": a roman numeral numbering courts of one seat.
    if (const std::string_view last = p.Text(c.te - 1); (last == "I" || last == "II" || last == "III") &&
                                                        p.toks[c.te - 1].space_before && p.IsWord(c.te - 2) &&
                                                        p.toks[c.te - 2].cap && !p.toks[c.te - 2].all_caps)
      add(std::string(p.text.substr(c.start, p.toks[c.te - 2].end - c.start)), d.group[j]);
    // "Landgericht" of "Landgericht München I": a German institution's head word, then its seat (a
    // capitalized word, no "für" or "der"); thirty-first session.
    if (p.lang == "de" && p.IsWord(c.tb + 1) && p.toks[c.tb + 1].cap && p.IsWord(c.tb) &&
        EndsInRowOf(WordList::kDeInstitutionHead, FoldWord(p.Text(c.tb)), 3))
      add(std::string(p.Text(c.tb)), d.group[j]);
    if (!LatinNameHead(p.Text(c.te - 1))) continue;
    // "Brandt Okoye" of "Brandt Okoye & Lind LLP": a firm's first partners before "&", two capitalized words
    // or more.
    for (int t = c.tb + 2; t < c.te - 1; ++t)
      if (p.IsPunct(t, "&") && p.toks[t].space_before && p.IsWord(t - 1) && p.IsWord(t - 2) &&
          p.toks[t - 1].cap && p.toks[t - 2].cap && !LatinNameHead(p.Text(t - 1))) {
        add(std::string(p.text.substr(c.start, p.toks[t - 1].end - c.start)), d.group[j]);
        break;
      }
    // "Carlton" of "Carlton Football Club": one word before a sport (en_club_kind) and a club's head
    // (en_club_head; not "Mumbai" of "Mumbai Cricket Association", the governing body of a team);
    // thirty-second session.
    if (c.te - c.tb == 3 && p.IsWord(c.tb) && p.toks[c.tb].cap && !p.toks[c.tb].all_caps &&
        In(WordList::kEnClubKind, p.Text(c.tb + 1)) &&
        In(WordList::kEnClubHead, StripPossessive(p.Text(c.tb + 2))))
      add(std::string(p.Text(c.tb)), d.group[j]);
    for (int cut = c.te - 1; cut >= c.te - 2 && cut > c.tb; --cut) {
      if (cut < c.te - 1 && (!p.IsWord(cut) || !p.toks[cut].cap)) break;
      int caps = 0;
      for (int t = c.tb; t < cut; ++t) caps += p.IsWord(t) && p.toks[t].cap;
      if (caps < 2 || !p.IsWord(cut - 1) || LatinNameHead(p.Text(cut - 1))) continue;
      add(std::string(p.text.substr(c.start, p.toks[cut - 1].end - c.start)), d.group[j]);
    }
  }
  for (size_t i = 0; i < d.cands.size() && !front_of.empty(); ++i) {
    Cand& c = d.cands[i];
    const Para& p = d.paras[c.para];
    if (d.group[i] < 0 || c.dict >= 0 || !p.toks[c.tb].latin) continue;
    if (c.type == EntityType::kPerson && (c.te - c.tb < 2 || In(WordList::kGivenName, p.Text(c.tb))))
      continue;
    auto it = front_of.find(d.Surface(c));
    if (it == front_of.end() || it->second < 0 || it->second == d.group[i]) continue;
    const int old = d.group[i];
    EntityType type = EntityType::kNone;
    for (size_t j = 0; j < d.cands.size() && type == EntityType::kNone; ++j)
      if (d.group[j] == it->second) type = d.cands[j].type;
    // (Every mention of a person group written so moves with it.)
    for (size_t k = 0; k < d.cands.size(); ++k) {
      if (d.group[k] != old || (k != i && d.Surface(d.cands[k]) != d.Surface(c))) continue;
      d.group[k] = it->second;
      d.cands[k].type = type;
      d.cands[k].short_form = true;
    }
  }
}

// Every word of tokens [tb, te) of `p` is in Latin script ("NHK広報局" is a unit of NHK, no name NHK spells).
bool LatinWordsOnly(const Para& p, int tb, int te) {
  for (int t = tb; t < te; ++t)
    if (p.IsWord(t) && !p.toks[t].latin) return false;
  return true;
}

// The letters a Latin organization name at tokens [tb, te) of `p` can be abbreviated to, in capitals:
// the first letter of each capitalized word ("Bank of East Asia" -> BEA; numbers and lower-case words
// skipped); every letter of a capitals word within it ("1. FC Kaiserslautern" -> FCK, "Hamburger SV"
// -> HSV); and, for a name whose last word follows a head of its own (en_org_suffix, en_company_suffix)
// and is none, both without that last word, the body's seat ("Technische Universität Wien" -> TU); and
// both without a legal form that ends the name ("Advanced Micro Devices Inc." -> AMD).
std::vector<std::string> NameInitials(const Para& p, int tb, int te) {
  std::string first, spelled;               // first letters; capitals words spelled out
  size_t seat_first = 0, seat_spelled = 0;  // lengths before the last word when it is a seat
  size_t legal_first = 0,
         legal_spelled = 0;  // lengths before the last capitalized word when it is a legal form
  int last_cap = -1;
  for (int t = tb; t < te; ++t) {
    if (!p.IsWord(t) || !p.toks[t].latin || !p.toks[t].cap) continue;
    const std::string_view w = StripPossessive(p.Text(t));
    if (w.empty()) continue;
    const bool legal = last_cap >= 0 && In(WordList::kLegalSuffix, w);
    legal_first = legal ? first.size() : 0;
    legal_spelled = legal ? spelled.size() : 0;
    if (last_cap >= 0 && t == te - 1) {
      const std::string_view prev = StripPossessive(p.Text(last_cap));
      const bool prev_head = In(WordList::kEnOrgSuffix, prev) || In(WordList::kEnCompanySuffix, prev);
      const bool head =
          In(WordList::kEnOrgSuffix, w) || In(WordList::kEnCompanySuffix, w) || p.toks[t].all_caps;
      if (prev_head && !head) seat_first = first.size(), seat_spelled = spelled.size();
    }
    first.push_back(IsAsciiUpper(w[0]) ? w[0] : '?');  // ("Österreichische": no ASCII acronym letter)
    const bool caps = p.toks[t].all_caps && w.size() <= 4 &&
                      std::all_of(w.begin(), w.end(), [](char ch) { return IsAsciiUpper(ch); });
    spelled += caps ? std::string(w) : std::string(1, first.back());
    last_cap = t;
  }
  std::vector<std::string> out;
  for (const std::string& s : {first, spelled, first.substr(0, seat_first), spelled.substr(0, seat_spelled),
                               first.substr(0, legal_first), spelled.substr(0, legal_spelled)})
    if (s.size() >= 2 && std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
  return out;
}

// A one-word surface written as an acronym: all capitals ("BMA", "FCK"), or a capital and two to five
// lower-case letters, the British and Indian way of writing a pronounced one ("Sebi", "Asic"); in
// capitals, or "" when it is neither.
std::string AcronymLetters(std::string_view s) {
  if (s.size() >= 2 && std::all_of(s.begin(), s.end(), [](char ch) { return IsAsciiUpper(ch); }))
    return std::string(s);
  if (s.size() < 3 || s.size() > 6 || !IsAsciiUpper(s[0]) ||
      !std::all_of(s.begin() + 1, s.end(), [](char ch) { return IsAsciiLower(ch); }))
    return "";
  std::string up(s);
  for (char& ch : up) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  return up;
}

// An acronym is the organization of the same article whose name it spells (NameInitials: "NBC" ->
// "Namibian Broadcasting Corporation", "FCK" -> "1. FC Kaiserslautern", "TU" -> "Technische Universität
// Wien", "Sebi" -> "Securities and Exchange Board of India"), when only one does.
void LinkAcronyms(Doc& d) {
  std::map<std::string, int, std::less<>> initials_of;  // initials -> group, -1 ambiguous
  for (size_t j = 0; j < d.cands.size(); ++j) {
    const Cand& c = d.cands[j];
    if (d.group[j] < 0 || c.type == EntityType::kPerson || c.te - c.tb < 2 ||
        !LatinWordsOnly(d.paras[c.para], c.tb, c.te))
      continue;
    for (std::string& ini : NameInitials(d.paras[c.para], c.tb, c.te)) {
      auto [it, inserted] = initials_of.emplace(std::move(ini), d.group[j]);
      if (!inserted && it->second != d.group[j]) it->second = -1;
    }
  }
  for (size_t i = 0; i < d.cands.size() && !initials_of.empty(); ++i) {
    Cand& c = d.cands[i];
    if (d.group[i] < 0 || c.type == EntityType::kPerson || c.te - c.tb != 1) continue;
    // (The surface, not the token: "the BMA's council" keeps its possessive on the token.)
    const std::string letters = AcronymLetters(d.Surface(c));
    if (letters.empty()) continue;
    auto it = initials_of.find(letters);
    if (it == initials_of.end() || it->second < 0 || it->second == d.group[i]) continue;
    // The article's spelled-out name outranks a listed body of the same letters ("NBC" on a
    // Namibian page is not NBC News).
    d.group[i] = it->second;
    c.dict = -1;
    for (size_t j = 0; j < d.cands.size(); ++j)
      if (d.group[j] == it->second && j != i) {
        c.type = d.cands[j].type;
        break;
      }
    c.short_form = true;
  }
}

// The family name of a Chinese person candidate written as a family name and a title or a form of
// address ("黄律师", "李总", "陈导", "张女士": zh_surname + cjk_title, zh_person_cue or
// zh_address_title), or "" when it is none.
std::string_view ZhTitledFamilyName(std::string_view s) {
  for (size_t len : {size_t{6}, size_t{3}}) {  // a double family name (欧阳) first
    if (s.size() <= len || !In(WordList::kZhSurname, s.substr(0, len))) continue;
    const std::string_view rest = s.substr(len);
    if (In(WordList::kCjkTitle, rest) || In(WordList::kZhPersonCue, rest) ||
        In(WordList::kZhAddressTitle, rest))
      return s.substr(0, len);
  }
  return {};
}

// A Japanese or Chinese family name alone is the person of the same article whose name starts
// with it ("木坂" -> "木坂有朗"), when only one does; so is a Chinese family name with a title
// ("黄律师" -> "黄立新"), and a Chinese given name alone ("嘉豪" -> "徐嘉豪"). A family name with a title
// when no full name of the article has that family name (an unnamed "张女士") is a person of its own,
// named by the family name.
void LinkCjkFamilyNames(Doc& d) {
  std::map<std::string, int, std::less<>> prefix_of;  // proper prefix -> group, -1 ambiguous
  std::map<std::string, int, std::less<>> given_of;   // Chinese given name -> group, -1 ambiguous
  auto cjk_person = [&](const Cand& c) {
    const Token& t = d.paras[c.para].toks[c.tb];
    return c.type == EntityType::kPerson && !t.latin && !t.has_hangul;
  };
  std::vector<char> titled(d.cands.size(), 0);
  for (size_t j = 0; j < d.cands.size(); ++j)
    titled[j] =
        cjk_person(d.cands[j]) && d.cands[j].dict < 0 && !ZhTitledFamilyName(d.Surface(d.cands[j])).empty();
  for (size_t j = 0; j < d.cands.size(); ++j) {
    if (d.group[j] < 0 || !cjk_person(d.cands[j]) || titled[j]) continue;
    const std::string t = d.Surface(d.cands[j]);
    for (size_t k = 1; k < t.size(); ++k) {
      if ((static_cast<unsigned char>(t[k]) & 0xC0) == 0x80) continue;
      auto [it, inserted] = prefix_of.emplace(t.substr(0, k), d.group[j]);
      if (!inserted && it->second != d.group[j]) it->second = -1;
    }
    // 徐嘉豪, 欧阳小满: a family name of one or two characters and a two-character given name, all Han.
    for (const size_t fam : {size_t{3}, size_t{6}})
      if (t.size() == fam + 6 && In(WordList::kZhSurname, std::string_view(t).substr(0, fam)) &&
          IsHanWord(t)) {
        auto [it, inserted] = given_of.emplace(t.substr(fam), d.group[j]);
        if (!inserted && it->second != d.group[j]) it->second = -1;
      }
  }
  std::map<std::string, int, std::less<>> nobody_of;  // family name of nobody named -> its group
  for (size_t i = 0; i < d.cands.size(); ++i) {
    Cand& c = d.cands[i];
    if (d.group[i] < 0 || c.dict >= 0 || !cjk_person(c)) continue;
    const std::string s = d.Surface(c);
    const std::string_view family = titled[i] ? ZhTitledFamilyName(s) : std::string_view(s);
    int to = -1;
    if (auto it = prefix_of.find(family); it != prefix_of.end())
      to = it->second;
    else if (auto g = given_of.find(s); !titled[i] && g != given_of.end())
      to = g->second;
    if (to < 0 && (titled[i] || In(WordList::kZhSurname, s))) {
      // A family name of nobody named in the article, titled or not, is a person named by that family
      // name ("张女士" -> 张, as ChineseAddressedFamilyNames reads it), one person on the page.
      if (titled[i]) {
        c.end = c.start + static_cast<int>(family.size());
        while (c.te - 1 > c.tb && d.paras[c.para].toks[c.te - 1].start >= c.end) --c.te;
      }
      auto [it, inserted] = nobody_of.emplace(std::string(family), d.group[i]);
      if (!inserted) d.group[i] = it->second;
      continue;
    }
    if (to < 0 || to == d.group[i]) continue;
    d.group[i] = to;
    c.short_form = true;
  }
}

}  // namespace entities_detail

// A pronounced acronym of four letters or more written with one capital ("Asic" of "Australian Securities
// and Investments Commission", NameInitials) is a short form of the Latin organization it spells wherever
// the article writes it and no pass read it (ClaimShortFormMentions), when the article never writes the
// word in lower case and it is no stop word or given name.
void EntityRecognizer::Impl::AddPronouncedAcronyms(Doc& d) const {
  const size_t n = d.cands.size();
  for (size_t j = 0; j < n; ++j) {
    const Cand& c = d.cands[j];
    if (d.group[j] < 0 || c.type == EntityType::kPerson || c.te - c.tb < 3 ||
        !LatinWordsOnly(d.paras[c.para], c.tb, c.te))
      continue;
    for (const std::string& ini : NameInitials(d.paras[c.para], c.tb, c.te)) {
      if (ini.size() < 4 || !std::all_of(ini.begin(), ini.end(), [](char ch) { return IsAsciiUpper(ch); }))
        continue;
      std::string w = ini;
      for (size_t k = 1; k < w.size(); ++k)
        w[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(w[k])));
      if (en_stop.count(w) || given_names.count(w) || !NeverLower(d, w)) continue;
      auto [it, inserted] = d.short_forms.emplace(w, d.group[j]);
      if (!inserted && it->second != d.group[j]) it->second = -1;
    }
  }
}

// The short form that word t of `p` is or begins with (w, its stem before a Korean particle, w
// without a possessive or a case ending: each a prefix of the word), else d.short_forms.end();
// `*end` as in ShortFormAt.
Doc::ShortForms::const_iterator EntityRecognizer::Impl::PrefixShortForm(const Doc& d, const Para& p, int t,
                                                                        int* end) const {
  const auto& short_forms = d.short_forms;
  std::string_view w = p.Text(t);
  auto it = short_forms.find(w);
  // A one-syllable family name ("팡") counts only with a particle ("팡이", "팡은").
  if (it != short_forms.end() && p.toks[t].hangul && CountCodePoints(w) < 2) it = short_forms.end();
  if (it == short_forms.end() && p.toks[t].has_hangul) {
    for (int s : KoreanStemLengths(w)) {
      auto it2 = short_forms.find(w.substr(0, s));
      if (it2 != short_forms.end()) {
        it = it2;
        *end = p.toks[t].start + s;
      }
    }
  } else if (it == short_forms.end() && p.toks[t].latin) {
    std::string_view s = StripPossessive(w);
    it = short_forms.find(s);
    *end = p.toks[t].start + static_cast<int>(s.size());
  }
  // "Redla", "Redlovi", "Trumpa": a family name with a case ending.
  auto starts_like_short_form = [&](std::string_view x) {
    auto lb = short_forms.lower_bound(x.substr(0, 4));
    return lb != short_forms.end() && lb->first.starts_with(x.substr(0, 4));
  };
  if (it == short_forms.end() && p.toks[t].cap && w.size() >= 5 && (p.toks[t].latin || IsCyrillicLead(w)) &&
      starts_like_short_form(w)) {
    for (size_t k = w.size() > 8 ? w.size() - 8 : 1; k < w.size() && it == short_forms.end(); ++k) {
      if ((static_cast<unsigned char>(w[k]) & 0xC0) == 0x80 || CountCodePoints(w.substr(0, k)) < 4) continue;
      it = short_forms.find(w.substr(0, k));
      if (it != short_forms.end() && !In(WordList::kNameInflection, w.substr(k))) it = short_forms.end();
      *end = p.toks[t].end;
    }
  }
  return it;
}

// The group of the short form written at free word t of `p` (-1 if none or ambiguous); `*end`:
// the byte where the mention ends (before a particle or a possessive).
int EntityRecognizer::Impl::ShortFormAt(const Doc& d, const Para& p, int t, int* end) const {
  const auto& short_forms = d.short_forms;
  std::string_view w = p.Text(t);
  *end = p.toks[t].end;
  // Only a word that a short form may begin gets the prefix lookups.
  auto it = d.MayStartShortForm(w) ? PrefixShortForm(d, p, t, end) : short_forms.end();
  if (it == short_forms.end() && p.toks[t].hangul &&
      (CountCodePoints(w) == 1 || (CountCodePoints(w) == 2 && ko_surnames.count(w))) && p.IsWord(t + 1) &&
      p.toks[t + 1].space_before && p.toks[t + 1].sentence == p.toks[t].sentence) {
    // "배 전 부사장을", "김 현 대표는": former/current between the surname and the title.
    int nt = t + 1;
    if ((p.Text(nt) == "전" || p.Text(nt) == "현") && p.IsWord(nt + 1) && p.toks[nt + 1].space_before &&
        p.toks[nt + 1].sentence == p.toks[t].sentence)
      ++nt;
    if (const std::string title = KoTitleAfter(p, t + 1, /*words=*/nt - t); !title.empty()) {
      it = short_forms.find("#surname " + std::string(w));
      // Two persons of the family name: the one written with the same title.
      if (it == short_forms.end() || it->second < 0)
        it = short_forms.find("#surname " + std::string(w) + " " + title);
      *end = p.toks[t].end;
    }
  }
  if (it == short_forms.end() || it->second < 0) return -1;
  // A nationality word is never a short form ("Palestinians", "Americans").
  if (p.toks[t].latin && In(WordList::kDemonym, StripPossessive(w))) return -1;
  if (PlaceAfterPreposition(d, p, t)) return -1;
  return it->second;
}

namespace {

// The group of a double family name written with its hyphen at free word t of `p` ("Caldwell-Ortiz will
// start" after "Ines Caldwell-Ortiz": ShortFormOf keeps both parts), -1 if none; `*end` as in ShortFormAt.
int HyphenedShortFormAt(const Doc& d, const Para& p, int t, int* end) {
  if (!p.toks[t].latin || !p.toks[t].cap || !p.IsPunct(t + 1, "-") || !p.IsWord(t + 2) ||
      p.toks[t + 1].space_before || p.toks[t + 2].space_before || p.owner[t + 1] >= 0 || p.owner[t + 2] >= 0)
    return -1;
  const std::string_view rest = StripPossessive(p.Text(t + 2));
  const auto it = d.short_forms.find(std::string(p.Text(t)) + "-" + std::string(rest));
  if (it == d.short_forms.end() || it->second < 0) return -1;
  *end = p.toks[t + 2].start + static_cast<int>(rest.size());
  return it->second;
}

}  // namespace

// Every free word of the article that is a short form becomes a mention of its group (a
// capitalized Latin short form must be capitalized in the text too: it is an exact match).
void EntityRecognizer::Impl::ClaimShortFormMentions(Doc& d) const {
  if (d.short_forms.empty()) return;
  d.FilterShortForms();
  for (size_t pi = 0; pi < d.paras.size(); ++pi) {
    Para& p = d.paras[pi];
    for (int t = 0; t < p.Size(); ++t) {
      if (!p.IsWord(t) || p.owner[t] >= 0) continue;
      int end = 0;
      const int hyphened = HyphenedShortFormAt(d, p, t, &end);
      const int gi = hyphened >= 0 ? hyphened : ShortFormAt(d, p, t, &end);
      if (gi < 0) continue;
      Cand c;
      c.para = static_cast<int>(pi);
      c.tb = t;
      c.te = hyphened >= 0 ? t + 3 : t + 1;
      c.start = p.toks[t].start;
      c.end = end;
      c.conf = 0.8;
      c.short_form = true;
      c.source = EntitySource::kShortForm;
      // Inherit type/dict from any member of the group.
      for (size_t j = 0; j < d.cands.size(); ++j)
        if (d.group[j] == gi) {
          c.type = d.cands[j].type;
          c.dict = d.cands[j].dict;
          c.key = d.cands[j].key;
          break;
        }
      // "천문연 우주과학본부": a unit written after the short form is its own organization with it, as the
      // unit pass reads a parent and its unit (thirty-first session).
      int gu = gi;
      const int freed =
          c.type != EntityType::kPerson && end == p.toks[t].end ? FreeKoreanUnitAfter(d, p, t + 1) : -1;
      if (const int unit_end = KoreanUnitEndAt(p, t + 1);
          unit_end > 0 && c.type != EntityType::kPerson && end == p.toks[t].end) {
        c.te = t + 2;
        c.end = unit_end;
        c.type = EntityType::kOrganization;
        c.dict = -1;
        c.short_form = false;
        c.key = std::string(p.text.substr(c.start, c.end - c.start));
        // (The freed unit's group, with its bracket gloss: "… 비상대책위원회(비대위)".)
        gu = freed >= 0 ? freed : d.GroupFor(c.key);
      }
      int idx = Claim(p, d.cands, std::move(c));
      if (idx >= 0) d.group.push_back(gu);
    }
  }
}

// "치협 비상대책위원회": a unit word after a short form that a pass already read as an organization of its
// own (one Hangul word, no listed name) is freed, so that the short form takes it in as its unit
// (KoreanUnitEndAt); its group, or -1 when nothing was freed. Thirty-second session.
int EntityRecognizer::Impl::FreeKoreanUnitAfter(Doc& d, Para& p, int q) const {
  if (q >= p.Size() || !p.IsWord(q) || p.owner[q] < 0 || !p.toks[q].hangul || !p.toks[q].space_before)
    return -1;
  const int ui = p.owner[q];
  Cand& u = d.cands[ui];
  if (u.tb != q || u.te != q + 1 || u.dropped || u.dict >= 0 || u.type != EntityType::kOrganization ||
      u.short_form)
    return -1;
  p.owner[q] = -1;
  if (KoreanUnitEndAt(p, q) < 0) {
    p.owner[q] = ui;
    return -1;
  }
  u.dropped = true;
  u.drop_rule = -1;
  const int g = d.group[ui];
  d.group[ui] = -1;
  return g;
}

// The end byte of a Korean unit at word q written after a name with a space (a Hangul word of three syllables
// or more ending in a ko_unit_head or ko_branch_suffix row, its particle cut: "우주과학본부는"), -1 when
// none.
int EntityRecognizer::Impl::KoreanUnitEndAt(const Para& p, int q) const {
  if (q >= p.Size() || !p.IsWord(q) || p.owner[q] >= 0 || !p.toks[q].space_before || !p.toks[q].hangul ||
      p.toks[q].sentence != p.toks[q - 1].sentence ||
      (q + 1 < p.Size() && !p.toks[q + 1].space_before && p.IsWord(q + 1)))
    return -1;
  const std::string_view w = p.Text(q);
  auto unit = [&](std::string_view u) {
    return CountCodePoints(u) >= 3 && !EndsWithAnyOf(WordList::kKoGenericOrgFinal, u) &&
           (EndsWithAnyOf(WordList::kKoUnitHead, u) || EndsWithAnyOf(WordList::kKoBranchSuffix, u));
  };
  if (unit(w)) return p.toks[q].end;
  int end = -1;
  for (const int len : KoreanStemLengths(w))
    if (unit(w.substr(0, len))) end = p.toks[q].start + len;
  return end;
}

// Canonical name of group g: the dictionary's, else a gloss, else the fullest surface (Latin
// first); an unknown foreign name written in Hangul is romanized and title-cased, and
// `*penalty` lowers its confidence.
std::string EntityRecognizer::Impl::CanonicalName(const Doc& d, int g, double* penalty) const {
  int first = -1;
  std::string hint;
  int dict = -1;
  for (size_t i = 0; i < d.cands.size(); ++i) {
    if (d.group[i] != g) continue;
    if (first < 0 || (d.cands[i].para < d.cands[first].para ||
                      (d.cands[i].para == d.cands[first].para && d.cands[i].start < d.cands[first].start)))
      first = static_cast<int>(i);
    if (d.cands[i].dict >= 0) dict = d.cands[i].dict;
    if (!d.cands[i].hint.empty() && hint.empty()) hint = d.cands[i].hint;
  }
  if (dict >= 0) return entries[dict].canonical;
  if (!hint.empty()) return hint;
  if (first < 0) return "";
  // The longest surface of the group is the fullest form of the name (a short form linked to it,
  // "黄律师" of 黄立新, is none).
  std::string best;
  bool latin_seen = false, full = false;
  for (size_t i = 0; i < d.cands.size(); ++i) full = full || (d.group[i] == g && !d.cands[i].short_form);
  for (size_t i = 0; i < d.cands.size(); ++i) {
    if (d.group[i] != g || (full && d.cands[i].short_form)) continue;
    std::string s = d.Surface(d.cands[i]);
    bool lat = d.paras[d.cands[i].para].toks[d.cands[i].tb].latin;
    if ((lat && !latin_seen) || (lat == latin_seen && s.size() > best.size())) {
      best = s;
      latin_seen = latin_seen || lat;
    }
  }
  const Cand& f = d.cands[first];
  bool hangul = !latin_seen && d.paras[f.para].toks[f.tb].has_hangul;
  bool korean_native = f.type == EntityType::kPerson && f.te - f.tb == 1 && IsKoreanNameShape(best);
  if (!hangul || f.type != EntityType::kPerson || korean_native) return best;
  // An unknown foreign name written in Hangul: romanize, title-case, lower confidence.
  std::string r = Romanize(best);
  bool up = true;
  for (char& ch : r) {
    if (up && ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
    up = ch == ' ' || ch == '-';
  }
  *penalty = 0.75;
  return r;
}

namespace {

// Name, canonical, aliases and confidence of an entity whose mentions are gathered.
void FinishEntity(Entity& e, const std::string& canonical, double penalty) {
  std::sort(e.mentions.begin(), e.mentions.end(), [](const Mention& x, const Mention& y) {
    return std::tie(x.paragraph, x.start, x.end) < std::tie(y.paragraph, y.start, y.end);
  });
  // Name: the first surface that is not a short form of a longer one seen later.
  e.name = e.mentions.front().surface;
  for (const Mention& mm : e.mentions)
    if (mm.surface.size() > e.name.size() && EndsWith(mm.surface, e.name) &&
        mm.surface[mm.surface.size() - e.name.size() - 1] == ' ') {
      e.name = mm.surface;
      break;
    }
  // A German genitive mention ("Putins") leaves the name to the base form: a mention of the page, or the end
  // of the canonical name ("Vladimir Putin").
  if (e.type == EntityType::kPerson && e.name.size() > 2 && e.name.back() == 's') {
    const std::string base = e.name.substr(0, e.name.size() - 1);
    bool written = canonical == base || EndsWith(canonical, " " + base);
    for (const Mention& mm : e.mentions) written = written || mm.surface == base;
    if (written) e.name = base;
  }
  e.canonical = canonical;
  for (const Mention& mm : e.mentions)
    if (mm.surface != e.name && std::find(e.aliases.begin(), e.aliases.end(), mm.surface) == e.aliases.end())
      e.aliases.push_back(mm.surface);
  // "The New York Times" also goes by "New York Times".
  if (e.type != EntityType::kPerson && e.name.starts_with("The ") && e.name.size() > 4 &&
      std::find(e.aliases.begin(), e.aliases.end(), e.name.substr(4)) == e.aliases.end())
    e.aliases.push_back(e.name.substr(4));
  // Several independent mentions raise confidence a little.
  double c = e.confidence * penalty;
  if (e.mentions.size() >= 3) c = std::min(1.0, c + 0.05);
  e.confidence = std::round(c * 100) / 100;
}

}  // namespace

// One entity per group, in order of first mention.
std::vector<Entity> EntityRecognizer::Impl::BuildEntities(const Doc& d, std::vector<int>* groups) const {
  const int ng = static_cast<int>(d.group_key.size());
  std::vector<std::string> canon(ng);
  std::vector<double> canon_penalty(ng, 1.0);
  for (int g = 0; g < ng; ++g) canon[g] = CanonicalName(d, g, &canon_penalty[g]);
  std::vector<std::string> canon_of(d.cands.size());
  for (size_t i = 0; i < d.cands.size(); ++i)
    if (d.group[i] >= 0) canon_of[i] = canon[d.group[i]];
  std::vector<Entity> out(ng);
  std::vector<std::pair<int, int>> first_pos(ng, {1 << 30, 1 << 30});
  std::vector<bool> dict_typed(ng, false);
  for (size_t i = 0; i < d.cands.size(); ++i) {
    int g = d.group[i];
    if (g < 0) continue;
    const Cand& c = d.cands[i];
    Entity& e = out[g];
    Mention mention{c.para, c.start, c.end, d.Surface(c)};
    if (std::find(e.mentions.begin(), e.mentions.end(), mention) == e.mentions.end())
      e.mentions.push_back(mention);
    // "at The Moscow Times": a capitalized article inside a sentence is part of the name.
    if (const Para& p = d.paras[c.para];
        c.type != EntityType::kPerson && c.tb >= 2 && p.toks[c.tb].latin && p.IsWord(c.tb - 1) &&
        p.Text(c.tb - 1) == "The" && p.toks[c.tb].space_before &&
        p.toks[c.tb - 1].sentence == p.toks[c.tb].sentence &&
        p.toks[c.tb - 2].sentence == p.toks[c.tb].sentence && p.toks[c.tb - 2].kind == kWord) {
      std::string with_the = "The " + mention.surface;
      if (std::find(e.aliases.begin(), e.aliases.end(), with_the) == e.aliases.end())
        e.aliases.push_back(with_the);
    }
    if (std::string with = BroadcastChannelAlias(d.paras[c.para], c);
        !with.empty() && std::find(e.aliases.begin(), e.aliases.end(), with) == e.aliases.end())
      e.aliases.push_back(with);
    // "갤러리 온담": the name with its kind word before it (ko_kind_name_front) also names the body.
    if (std::string with = KoKindFrontAlias(d.paras[c.para], c);
        !with.empty() && std::find(e.aliases.begin(), e.aliases.end(), with) == e.aliases.end())
      e.aliases.push_back(with);
    // "Dr Meera Bose", "Sir Cameron Mackintosh": the name with the honorific before it also names
    // the person.
    if (const Para& p = d.paras[c.para]; c.type == EntityType::kPerson && c.tb >= 1 && p.toks[c.tb].latin) {
      int q = c.tb - 1;
      if (p.IsPunct(q, ".") && !p.toks[q].space_before) --q;
      if (p.IsWord(q) && en_honorifics.count(p.Text(q)) && p.toks[c.tb].space_before) {
        std::string with = std::string(p.text.substr(p.toks[q].start, c.end - p.toks[q].start));
        if (std::find(e.aliases.begin(), e.aliases.end(), with) == e.aliases.end()) e.aliases.push_back(with);
      }
      // "Rebecca Hale KC": so does the name with the post-nominal letters cut from it.
      if (p.IsWord(c.te) && p.toks[c.te].space_before && p.toks[c.te].start == c.end + 1 &&
          In(WordList::kEnPostNominal, p.Text(c.te))) {
        std::string with = std::string(p.text.substr(c.start, p.toks[c.te].end - c.start));
        if (std::find(e.aliases.begin(), e.aliases.end(), with) == e.aliases.end()) e.aliases.push_back(with);
      }
    }
    // A full Latin name opening with a listed given name ("Paul Decker") types its group a person over
    // an earlier bare surname another pass typed ("Amazon's Decker" in a headline); a dictionary entry
    // still decides.
    const Para& cp = d.paras[c.para];
    const bool named_person = c.dict < 0 && c.type == EntityType::kPerson && c.te - c.tb >= 2 &&
                              cp.toks[c.tb].latin && given_names.count(cp.Text(c.tb)) > 0;
    if (e.type == EntityType::kNone || (c.dict >= 0 && e.type != entries[c.dict].type) ||
        (named_person && !dict_typed[g]))
      e.type = c.dict >= 0 ? entries[c.dict].type : c.type;
    dict_typed[g] = dict_typed[g] || c.dict >= 0;
    e.confidence = std::max(e.confidence, c.conf);
    if (c.type == EntityType::kPerson) ReadRoles(d.paras[c.para], c, d.cands, canon_of, &e.roles);
    first_pos[g] = std::min(first_pos[g], std::pair<int, int>{c.para, c.start});
  }
  std::vector<int> order;
  for (int g = 0; g < ng; ++g)
    if (!out[g].mentions.empty()) order.push_back(g);
  std::sort(order.begin(), order.end(), [&](int x, int y) { return first_pos[x] < first_pos[y]; });
  std::vector<Entity> result;
  for (int g : order) {
    FinishEntity(out[g], canon[g], canon_penalty[g]);
    AddChineseTeamClubName(out[g]);
    result.push_back(std::move(out[g]));
  }
  *groups = std::move(order);
  return result;
}

}  // namespace hirewire::extract
