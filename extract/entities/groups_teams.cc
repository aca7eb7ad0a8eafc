// Group prefixes before an affiliate's name ("CJ Olive Young"), "Union" on a German page naming the CDU or
// CSU, and a sport team's short name ("The Riverhawks said") with its full name on the page: the twenty-sixth
// session's passes (branch entgaz26; docs/entities.md).
#include "extract/entities/internal.h"

namespace hirewire::extract {

namespace entities_detail {

// A German page that names the CDU or the CSU (as a word: "CDU", "CSU-Landesgruppe", "CDU/CSU").
bool NamesUnionParty(const Article& a) {
  auto word_at = [](std::string_view s, size_t at) {
    return (at == 0 || !std::isalpha(static_cast<unsigned char>(s[at - 1]))) &&
           (at + 3 >= s.size() || !std::isalpha(static_cast<unsigned char>(s[at + 3])));
  };
  for (std::string_view para : a.paragraphs)
    for (std::string_view party : {"CDU", "CSU"})
      for (size_t at = para.find(party); at != std::string_view::npos; at = para.find(party, at + 1))
        if (word_at(para, at)) return true;
  return false;
}

}  // namespace entities_detail

// A page about sport: a lower-case en_sport_word on it.
bool EntityRecognizer::Impl::SportPage(const Doc& d) const {
  for (const Para& p : d.paras)
    for (int t = 0; t < p.Size(); ++t)
      if (p.IsWord(t) && !p.toks[t].cap && In(WordList::kEnSportWord, p.Text(t))) return true;
  return false;
}

// The words (1 or 2) of a group_prefix row written at word t ("CJ", "HD Hyundai"), 0 when none.
int EntityRecognizer::Impl::GroupRowAt(const Para& p, int t) const {
  if (!p.IsWord(t) || !p.toks[t].latin) return 0;
  if (p.IsWord(t + 1) && p.toks[t + 1].latin && p.toks[t + 1].space_before &&
      p.toks[t + 1].sentence == p.toks[t].sentence) {
    std::string two(p.Text(t));
    two.push_back(' ');
    two.append(p.Text(t + 1));
    if (In(WordList::kGroupPrefix, two)) return 2;
  }
  return In(WordList::kGroupPrefix, p.Text(t)) ? 1 : 0;
}

// Word t can continue an affiliate's name after a group prefix in the sentence of word a: a free
// capitalized Latin word written with a space, no stop word, title, given name, nationality,
// region, all-capitals word ("LG OLED") or word with a digit; a single capital only with `letter`,
// after another name word ("POSCO Future M").
bool EntityRecognizer::Impl::AffiliateNameWord(const Para& p, int t, int a, bool letter) const {
  if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].latin || !p.toks[t].cap || p.toks[t].all_caps ||
      !p.toks[t].space_before || p.toks[t].sentence != p.toks[a].sentence)
    return false;
  const std::string_view w = StripPossessive(p.Text(t));
  return (w.size() >= 2 || letter) && !en_stop.count(w) && !IsLatinTitle(w) && !given_names.count(w) &&
         !In(WordList::kDemonym, w) && !In(WordList::kRegionWord, w) &&
         std::none_of(w.begin(), w.end(), [](char ch) { return IsAsciiDigit(ch); });
}

// "CJ Olive Young", "Lotte Shopping", "HD Hyundai Heavy Industries": a business group's name
// (group_prefix) written before an affiliate's capitalized name is part of the affiliate's name, no
// company of its own (so is a network's name before its local body's: "Healthwatch Kent"). The
// dictionary's group candidate (of this paragraph, from `first` on) written as the row takes one to
// three free name words after it and becomes the affiliate (unlisted, of the group's type); a free row right
// before a listed company of two words or more, or sharing its first word ("HD Hyundai" + "Hyundai Heavy
// Industries"), joins that company's written name. Not in German, which capitalizes every noun.
void EntityRecognizer::Impl::GroupAffiliateNames(int pi, Para& p, std::vector<Cand>& cands, int first) const {
  if (p.lang == "de") return;
  for (int ci = first; ci < static_cast<int>(cands.size()); ++ci) {
    Cand& c = cands[ci];
    if (c.para != pi || (!IsOrgType(c.type)) || c.dict < 0 || !p.toks[c.tb].latin) continue;
    if (GroupRowAt(p, c.tb) == c.te - c.tb && c.end == p.toks[c.te - 1].end) {
      int e = c.te;
      while (e < c.te + 3 && AffiliateNameWord(p, e, c.tb, e > c.te)) {
        const bool poss = StripPossessive(p.Text(e)).size() < p.Text(e).size();
        ++e;
        if (poss) break;
      }
      if (e == c.te) continue;
      for (int t = c.te; t < e; ++t) p.owner[t] = ci;
      c.te = e;
      c.end = p.toks[e - 1].start + static_cast<int>(StripPossessive(p.Text(e - 1)).size());
      c.dict = -1;
      c.conf = 0.75;
      continue;
    }
    const int g = c.tb - 1;
    if (c.type != EntityType::kCompany || c.te - c.tb < 2 || !p.Free(g) || !p.toks[g].cap ||
        !p.toks[c.tb].space_before || p.toks[g].sentence != p.toks[c.tb].sentence)
      continue;
    if (GroupRowAt(p, g) > 0) {
      p.owner[g] = ci;
      c.tb = g;
      c.start = p.toks[g].start;
    }
  }
}

// A capitalized word shaped like a team's plural nickname ("Riverhawks", "Rangers"): four letters
// or more ending in a single s, no stop word, title, given name, party plural, or word the tagger's
// gazetteer knows as a person's name ("Evans", "Williams"); a town club's listed nickname is left to
// LinkClubNicknames ("Pies").
bool EntityRecognizer::Impl::TeamNicknameWord(std::string_view w) const {
  for (const std::string& row : EntityWords::Default().List(WordList::kSportClubNickname))
    if (row.size() > w.size() && row.ends_with(w) && row[row.size() - w.size() - 1] == ' ') return false;
  if (w.size() < 4 || w.back() != 's' || w[w.size() - 2] == 's' || w[w.size() - 2] == 'u' ||
      !IsAsciiUpper(w[0]) || en_stop.count(w) || IsLatinTitle(w) || given_names.count(w) ||
      In(WordList::kPartyMemberPlural, w) || In(WordList::kDemonym, w))
    return false;
  return !tagger || !(tagger->EnglishGazetteerClasses(w) & ner::kGazPer);
}

// "Nashville Riverhawks": the page's free mentions of a team's nickname `w` after one or two free
// capitalized name words (no stop word, title, given name or article) are its full name, one
// organization; the index of the first, -1 when the page writes none.
int EntityRecognizer::Impl::ClaimTeamFullNames(Doc& d, std::string_view w) const {
  int first = -1;
  for (size_t pi = 0; pi < d.paras.size(); ++pi) {
    Para& p = d.paras[pi];
    for (int t = 1; t < p.Size(); ++t) {
      if (!p.IsWord(t) || !p.Free(t) || StripPossessive(p.Text(t)) != w) continue;
      int a = t;
      while (a > 0 && t - a < 2 && p.IsWord(a - 1) && p.Free(a - 1) && p.toks[a - 1].latin &&
             p.toks[a - 1].cap && !p.toks[a - 1].all_caps && p.toks[a].space_before &&
             p.toks[a - 1].sentence == p.toks[t].sentence && !en_stop.count(p.Text(a - 1)) &&
             !IsLatinTitle(p.Text(a - 1)) && !given_names.count(p.Text(a - 1)) && !ArticleAt(p, a - 1, t))
        --a;
      if (a == t) continue;
      Cand c = SpanCand(static_cast<int>(pi), a, t + 1, p.toks[a].start,
                        p.toks[t].start + static_cast<int>(w.size()), EntityType::kOrganization, 0.7);
      c.source = EntitySource::kLatinRule;
      if (first >= 0) c.key = "#" + std::to_string(first);
      const int idx = Claim(p, d.cands, std::move(c));
      if (first < 0) first = idx;
    }
  }
  return first;
}

// "The Riverhawks said", "the Rangers' offer": on an English sport page (a lower-case en_sport_word), a
// team's nickname written alone after "the", no capitalized word after it, is the team. It joins the one
// longer name of the page that ends in it and opens with no given name ("Nashville Riverhawks", typed
// organization, also when a pass read it as a person); with no such candidate, when a possessive, a
// speech verb or an actor verb follows, it is the team, with the free full names the page writes
// (ClaimTeamFullNames). A dictionary name is left alone ("the Netherlands").
void EntityRecognizer::Impl::TeamShortNames(Doc& d) const {
  if (d.lang != "en" || !SportPage(d)) return;
  std::map<std::string, int, std::less<>> full;  // nickname -> the candidate of its longer name, -1 if two
  for (size_t i = 0; i < d.cands.size(); ++i) {
    const Cand& c = d.cands[i];
    const Para& p = d.paras[c.para];
    if (c.dropped || c.dict >= 0 || c.te - c.tb < 2 || c.te - c.tb > 3 || !p.toks[c.tb].latin ||
        given_names.count(p.Text(c.tb)))
      continue;
    const std::string_view w = StripPossessive(p.Text(c.te - 1));
    if (!TeamNicknameWord(w)) continue;
    auto [it, fresh] = full.emplace(std::string(w), static_cast<int>(i));
    if (!fresh && it->second >= 0 && d.Surface(d.cands[it->second]) != d.Surface(c)) it->second = -1;
  }
  for (size_t pi = 0; pi < d.paras.size(); ++pi) {
    Para& p = d.paras[pi];
    for (int t = 1; t < p.Size(); ++t) {
      if (!p.IsWord(t) || !p.toks[t].latin || !p.toks[t].cap || p.toks[t].all_caps || !ArticleAt(p, t - 1, t))
        continue;
      const std::string_view w = StripPossessive(p.Text(t));
      if (!TeamNicknameWord(w) || (p.IsWord(t + 1) && p.toks[t + 1].cap && p.toks[t + 1].space_before &&
                                   p.toks[t + 1].sentence == p.toks[t].sentence))
        continue;
      const int o = p.owner[t];
      if (o >= 0 && (d.cands[o].dict >= 0 || d.cands[o].dropped || d.cands[o].te - d.cands[o].tb != 1))
        continue;
      const auto f = full.find(w);
      if (f != full.end() && f->second < 0) continue;
      int fi = f == full.end() ? -1 : f->second;
      const bool poss = w.size() < p.Text(t).size() || (p.IsPunct(t + 1, "'") && !p.toks[t + 1].space_before);
      const bool acts =
          poss || ActsAsBody(p, t + 1) || (p.IsWord(t + 1) && en_person_verbs.count(p.Text(t + 1)));
      if (fi < 0 && !acts) continue;
      if (fi < 0) fi = ClaimTeamFullNames(d, w);
      if (fi >= 0) {
        const std::string name = d.Surface(d.cands[fi]);
        for (Cand& c : d.cands)
          if (!c.dropped && c.type == EntityType::kPerson && d.Surface(c) == name)
            c.type = EntityType::kOrganization;
      }
      const std::string key = fi >= 0 ? "#" + std::to_string(fi) : std::string();
      if (o >= 0) {
        d.cands[o].type = EntityType::kOrganization;
        if (!key.empty()) d.cands[o].key = key;
        continue;
      }
      Cand c = SpanCand(static_cast<int>(pi), t, t + 1, p.toks[t].start,
                        p.toks[t].start + static_cast<int>(w.size()), EntityType::kOrganization, 0.7);
      c.source = EntitySource::kLatinRule;
      c.key = key;
      Claim(p, d.cands, std::move(c));
    }
  }
}

// "die Union und die SPD", "rief die Union zur Geschlossenheit auf": on a German page naming the CDU or
// the CSU (Para::union_bloc), "Union" alone is their parliamentary bloc, an organization: a free word
// after no capitalized word but a determiner ("Junge Union", "Europäische Union" are other bodies) and
// before no capitalized word or glued hyphen ("Union Berlin", "Union-Fraktion").
void EntityRecognizer::Impl::UnionBlocPass(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int t = 0; t < p.Size(); ++t) {
    if (!p.IsWord(t) || !p.Free(t) || p.Text(t) != "Union") continue;
    const bool cap_before = t > 0 && p.IsWord(t - 1) && p.toks[t - 1].cap &&
                            p.toks[t - 1].sentence == p.toks[t].sentence &&
                            !In(WordList::kDeDefiniteArticle, FoldWord(p.Text(t - 1)));
    const bool cap_after = t + 1 < p.Size() && p.toks[t + 1].sentence == p.toks[t].sentence &&
                           ((p.IsWord(t + 1) && p.toks[t + 1].cap && p.toks[t + 1].space_before) ||
                            (p.IsPunct(t + 1, "-") && !p.toks[t + 1].space_before));
    if (cap_before || cap_after) continue;
    // (The listed entry of the bloc, Unionsparteien, names it: a one-word listed name joins no longer name
    // ending in it, "Junge Union".)
    const int ci = ClaimWord(pi, p, cands, t, EntityType::kOrganization, 0.7);
    if (auto it = alias_to_entry.find(std::string_view("Unionsparteien"));
        ci >= 0 && it != alias_to_entry.end())
      cands[ci].dict = it->second;
  }
}

}  // namespace hirewire::extract
