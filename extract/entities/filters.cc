// Article-level steps of Recognize that drop, trim or retype candidates (and a few passes
// over coordinated and club names) after the per-paragraph passes.
#include "extract/entities/internal.h"

namespace hirewire::extract {

// Word t could be a one-word company name listed with others: a free capitalized Latin word of
// three letters or more, alone between list separators, that is no stop word, title, given name,
// nationality or common word of the paragraph (written in lower case or after a German article).
bool EntityRecognizer::Impl::CoordinatedNameWord(const Para& p, int t) const {
  if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].latin || !p.toks[t].cap) return false;
  const std::string_view w = p.Text(t);
  if (CountCodePoints(w) < 3 || en_stop.count(w) || IsLatinTitle(w) || given_names.count(w) ||
      In(WordList::kDemonym, w) || en_titles.count(w))
    return false;
  if ((p.IsWord(t - 1) && p.toks[t - 1].cap && p.toks[t].space_before) ||
      (p.IsWord(t + 1) && p.toks[t + 1].cap && p.toks[t + 1].space_before) || p.IsPunct(t + 1, "-") ||
      p.IsPunct(t - 1, "-"))
    return false;
  const std::string folded = FoldWord(w);
  for (int k = 0; k < p.Size(); ++k) {
    if (k == t || !p.IsWord(k) || FoldWord(p.Text(k)) != folded) continue;
    if (!p.toks[k].cap) return false;
    if (p.lang == "de" && k >= 1 && p.IsWord(k - 1) && In(WordList::kDeDeterminer, p.Text(k - 1)))
      return false;
  }
  return true;
}

// "Temu, Aliexpress und Wish", "Amazon, Etsy and Shein": an unknown one-word name listed (comma,
// and/und/or/oder/sowie) right next to a company found by another pass is a company too; the
// list is followed both ways until no word joins.
void EntityRecognizer::Impl::CoordinatedCompanyPass(int pi, Para& p, std::vector<Cand>& cands) const {
  auto separator = [&](int k) {
    if (p.IsPunct(k, ",")) return true;
    if (!p.IsWord(k)) return false;
    const std::string_view w = p.Text(k);
    return w == "and" || w == "or" || w == "und" || w == "oder" || w == "sowie";
  };
  auto company_at = [&](int k) {
    return k >= 0 && k < p.Size() && p.owner[k] >= 0 && cands[p.owner[k]].type == EntityType::kCompany &&
           p.toks[k].latin;
  };
  for (bool changed = true; changed;) {
    changed = false;
    for (int t = 1; t + 1 < p.Size(); ++t) {
      if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].cap) continue;
      const bool left = separator(t - 1) && company_at(t - 2) && cands[p.owner[t - 2]].te == t - 1 &&
                        p.toks[t - 2].sentence == p.toks[t].sentence;
      const bool right = separator(t + 1) && company_at(t + 2) && cands[p.owner[t + 2]].tb == t + 2 &&
                         p.toks[t + 2].sentence == p.toks[t].sentence;
      if ((!left && !right) || !CoordinatedNameWord(p, t)) continue;
      ClaimWord(pi, p, cands, t, EntityType::kCompany, 0.55);
      changed = true;
    }
  }
}

// On an English page about sport (a lower-case en_sport_word on it), a town's name alone that is
// a sport_town_club row is the town's club ("Collingwood has confirmed", "approached by Geelong and
// Carlton"): a free word, no capitalized word next to it but a stop word ("Carlton Draught",
// "Richmond Park"; "But Carlton failed" is the club), not after a place preposition ("grew up in
// Geelong").
void EntityRecognizer::Impl::SportTownClubs(Doc& d) const {
  if (d.lang != "en" || !SportPage(d)) return;
  std::map<std::string, int> towns;  // town -> its first candidate
  for (size_t pi = 0; pi < d.paras.size(); ++pi) {
    Para& p = d.paras[pi];
    for (int t = 0; t < p.Size(); ++t) {
      if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].latin ||
          !In(WordList::kSportTownClub, StripPossessive(p.Text(t))))
        continue;
      auto cap_at = [&](int q) {
        return q >= 0 && q < p.Size() && p.IsWord(q) && p.toks[q].cap &&
               p.toks[q].sentence == p.toks[t].sentence &&
               (q < t ? p.toks[t].space_before : p.toks[q].space_before);
      };
      if (cap_at(t + 1) || (cap_at(t - 1) && !en_stop.count(p.Text(t - 1))) || AfterPlacePreposition(p, t))
        continue;
      Cand c = SpanCand(static_cast<int>(pi), t, t + 1, p.toks[t].start,
                        p.toks[t].start + static_cast<int>(StripPossessive(p.Text(t)).size()),
                        EntityType::kOrganization, 0.7);
      c.source = EntitySource::kLatinRule;
      const std::string town(StripPossessive(p.Text(t)));
      const int idx = Claim(p, d.cands, std::move(c));
      if (idx >= 0) towns.emplace(town, idx);
    }
  }
  LinkClubNicknames(d, towns);
}

// "the Magpies", "Pies midfielder": on a page where a town names its club (`towns`: town -> its first
// candidate), the club's nickname (sport_club_nickname: "Collingwood Magpies") written alone is that
// club: a free nickname is claimed, a candidate that is just the nickname joins the town's entity.
void EntityRecognizer::Impl::LinkClubNicknames(Doc& d, const std::map<std::string, int>& towns) const {
  for (const std::string& row : EntityWords::Default().List(WordList::kSportClubNickname)) {
    const size_t sp = row.find(' ');
    if (sp == std::string::npos) continue;
    const auto town = towns.find(row.substr(0, sp));
    if (town == towns.end()) continue;
    const std::string_view nick = std::string_view(row).substr(sp + 1);
    for (size_t pi = 0; pi < d.paras.size(); ++pi) {
      Para& p = d.paras[pi];
      for (size_t at = p.text.find(nick); at != std::string_view::npos; at = p.text.find(nick, at + 1)) {
        int tb = 0;
        while (tb < p.Size() && p.toks[tb].start < static_cast<int>(at)) ++tb;
        int te = tb;
        while (te < p.Size() && p.toks[te].end <= static_cast<int>(at + nick.size())) ++te;
        if (tb >= p.Size() || p.toks[tb].start != static_cast<int>(at) || te == tb ||
            p.toks[te - 1].end != static_cast<int>(at + nick.size()) ||
            (te < p.Size() && p.IsWord(te) && !p.toks[te].space_before))
          continue;
        const int o = p.owner[tb];
        if (o < 0) {
          bool free = true;
          for (int q = tb; q < te; ++q) free = free && p.owner[q] < 0;
          if (!free) continue;
          Cand c = TokenCand(p, static_cast<int>(pi), tb, te, EntityType::kOrganization, 0.7);
          c.source = EntitySource::kLatinRule;
          c.key = "#" + std::to_string(town->second);
          Claim(p, d.cands, std::move(c));
        } else if (Cand& c = d.cands[o]; o != town->second && !c.dropped && c.type != EntityType::kPerson &&
                                         c.dict < 0 && c.start == p.toks[tb].start &&
                                         c.end == p.toks[te - 1].end) {
          c.type = EntityType::kOrganization;
          c.key = "#" + std::to_string(town->second);
        }
      }
    }
  }
}

// "Separately, the bank …": a lone capitalized word the English word list holds in lower case, ending
// in a sentence_adverb_ending row, opening its sentence before a comma is an adverb, no name.
// A longer name that such an adverb and its comma open ("Separately, the Securities and Exchange Board of
// India") starts after them and a lower-case article ("the") after the comma.
void EntityRecognizer::Impl::DropSentenceAdverbs(Doc& d) const {
  for (Cand& c : d.cands) {
    if (c.dropped || c.dict >= 0) continue;
    Para& p = d.paras[c.para];
    const int t = c.tb;
    if (!p.toks[t].latin || !p.IsPunct(t + 1, ",") ||
        (t > 0 && p.toks[t - 1].sentence == p.toks[t].sentence) ||
        !EndsWithAnyOf(WordList::kSentenceAdverbEnding, p.Text(t)) || !CommonWordRun(p, t, t + 1))
      continue;
    if (c.te - c.tb == 1) {
      c.dropped = true;
      continue;
    }
    int k = t + 2;
    if (k < c.te && p.IsWord(k) && p.Text(k) == "the") ++k;
    if (k >= c.te || !p.IsWord(k) || !(p.toks[k].cap || p.toks[k].all_caps)) continue;
    for (int q = c.tb; q < k; ++q) p.owner[q] = -1;
    c.tb = k;
    c.start = p.toks[k].start;
  }
}

// "Shiv Sena (UBT)": a Latin name that opens a bracket inside it ends after the bracket's close when
// that follows it; a bracket left open is cut off ("Shiv Sena (UBT" was a name).
void EntityRecognizer::Impl::CloseBracketsInNames(Doc& d) const {
  for (Cand& c : d.cands) {
    if (c.dropped || c.type == EntityType::kPerson || c.te - c.tb < 3) continue;
    Para& p = d.paras[c.para];
    if (!p.toks[c.tb].latin) continue;
    int open = -1, depth = 0;
    for (int q = c.tb; q < c.te; ++q) {
      if (p.IsPunct(q, "(")) {
        if (depth++ == 0) open = q;
      } else if (p.IsPunct(q, ")")) {
        --depth;
      }
    }
    if (depth != 1 || open <= c.tb) continue;
    const int idx = static_cast<int>(&c - d.cands.data());
    if (c.end == p.toks[c.te - 1].end && c.te < p.Size() && p.IsPunct(c.te, ")") && p.owner[c.te] < 0 &&
        p.toks[c.te].sentence == p.toks[c.te - 1].sentence) {
      p.owner[c.te] = idx;
      c.end = p.toks[c.te].end;
      ++c.te;
      continue;
    }
    for (int q = open; q < c.te; ++q) p.owner[q] = -1;
    c.te = open;
    c.end = p.toks[open - 1].end;
  }
}

// Candidates that name no person or organization: dictionary names of type `other`
// (competitions, products, places keep their words claimed, so that no rule reads them as a
// name, and are not output), nationality words, award and event names.
void EntityRecognizer::Impl::DropNonNames(Doc& d) const {
  for (Cand& c : d.cands) {
    if (c.dict < 0 || entries[c.dict].type != EntityType::kOther) continue;
    // "Downing Street said", "The White House has said": a seat that acts names its body; on an
    // English page so does a seat that is no place after a preposition ("pressure from the White
    // House", "White House press secretary"; not "stayed at the White House").
    const Para& p = d.paras[c.para];
    if (p.toks[c.tb].latin && In(WordList::kEnSeat, entries[c.dict].canonical) &&
        (ActsAsBody(p, c.te) || ((p.lang == "en" || p.lang.empty()) && !AfterPlacePreposition(p, c.tb)))) {
      c.dict = -1;
      c.type = EntityType::kOrganization;
      continue;
    }
    c.dropped = true;
  }
  // A nationality word alone ("Palestinians", "Israeli") is no organization.
  for (Cand& c : d.cands) {
    const Para& p = d.paras[c.para];
    if (c.dict < 0 && c.type != EntityType::kPerson && c.te - c.tb == 1 && p.toks[c.tb].latin &&
        In(WordList::kDemonym, StripPossessive(p.Text(c.tb))))
      c.dropped = true;
  }
  // A lone capitalized title word is no organization ("Deputy Chief Minister D.K. Shivakumar",
  // "The Prime Minister's official spokesman", "Co-author X").
  for (Cand& c : d.cands) {
    const Para& p = d.paras[c.para];
    if (c.dict >= 0 || c.type == EntityType::kPerson || c.te - c.tb != 1 || !p.toks[c.tb].latin ||
        p.toks[c.tb].all_caps)
      continue;
    std::string lower(StripPossessive(p.Text(c.tb)));
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    // (A German council is named like its members: "im Nationalrat" is the body.)
    if (In(WordList::kDeCouncil, StripPossessive(p.Text(c.tb)))) continue;
    if (en_titles.count(lower) || en_title_mods.count(lower) || IsLatinTitle(lower)) c.dropped = true;
  }
  // In German, an unlisted name after an indefinite or possessive article is a kind ("eine
  // Schweizer Bank", "keine Kleinere Bank"), no name.
  for (Cand& c : d.cands) {
    const Para& p = d.paras[c.para];
    if (d.lang == "de" && c.dict < 0 && c.type != EntityType::kPerson && p.toks[c.tb].latin && c.tb >= 1 &&
        p.IsWord(c.tb - 1) && In(WordList::kDeIndefinite, p.Text(c.tb - 1)))
      c.dropped = true;
  }
  // Latin names ending in an award or event word ("Paul Harris Award") are no person or body, nor
  // are the words right before one ("Labor" of "Labor Day").
  for (Cand& c : d.cands) {
    const Para& p = d.paras[c.para];
    if (c.dict < 0 && c.te - c.tb >= 2 && p.toks[c.te - 1].latin && non_entity_heads.count(p.Text(c.te - 1)))
      c.dropped = true;
    if (c.dict < 0 && p.toks[c.te - 1].latin && p.IsWord(c.te) && p.toks[c.te].space_before &&
        p.owner[c.te] < 0 && p.toks[c.te].sentence == p.toks[c.tb].sentence &&
        non_entity_heads.count(p.Text(c.te)))
      c.dropped = true;
  }
}

namespace entities_detail {

// A capitalized German definite article opening an organization's name ("Die Grünen fordern", "Die
// Linke kritisierte": the dictionary lists the party with it) is no part of the mention; mid-sentence
// the article is written in lower case and stays out. A publication keeps it ("Der Spiegel").
void TrimLeadingArticles(Doc& d) {
  for (Cand& c : d.cands) {
    Para& p = d.paras[c.para];
    if (c.dropped || c.te - c.tb < 2 ||
        (c.type != EntityType::kOrganization && c.type != EntityType::kCompany) || !p.toks[c.tb].latin ||
        !p.toks[c.tb].cap || !p.IsWord(c.tb + 1) || !p.toks[c.tb + 1].cap || !p.toks[c.tb + 1].space_before)
      continue;
    std::string lower(p.Text(c.tb));
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (!In(WordList::kDeDefiniteArticle, lower)) continue;
    if (p.owner[c.tb] == static_cast<int>(&c - d.cands.data())) p.owner[c.tb] = -1;
    ++c.tb;
    c.start = p.toks[c.tb].start;
  }
}

}  // namespace entities_detail

// "Gewerkschaft Unia", "Verein Pro Velo Zürich": a German organization with no dictionary entry
// that opens with a kind of organization and a name after it is the name alone (the kind heads
// the name only with a tail: "Verein der Freunde der Salzburger Festspiele"). So with a kind of
// company (en_company_cue, GermanCompanyCue) glued on by a name head: "der Anbieter Westbahn",
// "den Konkurrenten Flixbahn", "Bahnbetreiber Nordbahn".
// The kind may end a hyphenated compound ("der Pay-TV-Sender Sky") or follow a place adjective
// in -er ("vom Zuger Wagniskapitalgeber Alpstein Ventures"): GermanKindCueEnd (german_kind_fronts.cc).
void EntityRecognizer::Impl::TrimGermanKindCues(Doc& d) const {
  for (Cand& c : d.cands) {
    Para& p = d.paras[c.para];
    if (c.dropped || c.dict >= 0 || c.te - c.tb < 2 || c.type == EntityType::kPerson) continue;
    auto kind_before_name = [&](int k) {
      return (DeOrgKindCue(p, k) || GermanCompanyCue(p, k) ||
              (p.lang == "de" && GermanFirmKindBeforeAmpersandName(p.text, p.toks, k))) &&
             DeKindNameStart(p, k + 1);
    };
    int k = c.tb;
    if (!kind_before_name(k)) k = GermanKindCueEnd(p, c.tb, c.te);
    if (k == c.tb ? !kind_before_name(k) : !DeOrgKindCue(p, k) || !DeKindNameStart(p, k + 1)) continue;
    if (GermanEnsembleSeat(p, c)) continue;
    for (int t = c.tb; t <= k; ++t)
      if (p.owner[t] == static_cast<int>(&c - d.cands.data())) p.owner[t] = -1;
    c.tb = k + 1;
    c.start = p.toks[c.tb].start;
  }
}

// A German adjective in lower case with an inflection (-e, -en, -es, -em) after a stem of four
// letters or less ("neuen") or a stem ending in a de_adjective_stem_end row ("kommunalen").
static bool DeAdjectiveForm(std::string_view folded) {
  for (std::string_view infl : {"en", "em", "es", "e"}) {
    if (!EndsWith(folded, infl)) continue;
    const std::string_view stem = folded.substr(0, folded.size() - infl.size());
    if (CountCodePoints(stem) <= 4) return CountCodePoints(stem) >= 3;
    for (const std::string& e : EntityWords::Default().List(WordList::kDeAdjectiveStemEnd))
      if (stem.size() > e.size() + 2 && EndsWith(stem, e)) return true;
    return false;
  }
  return false;
}

// "der «Neuen Zürcher Zeitung»", "des Kommunalen Arbeitgeberverbands Berlin": in German an adjective
// is written in lower case unless it opens a name, so a capitalized word with an adjective's
// inflection (DeAdjectiveForm; five letters or more) right before an organization, inside its
// sentence after a lower-case word or an opening quote, is the first word of the name. No title,
// given name, nationality, article or function word, nor a kind of body ("Elterninitiative": a
// de_kind_front row, a noun whatever its ending), nor before an acronym; "-er" forms are left out
// (the demonyms: "Wiener Burgtheater").
void EntityRecognizer::Impl::JoinGermanAdjectives(Doc& d) const {
  for (size_t i = 0; i < d.cands.size(); ++i) {
    Cand& c = d.cands[i];
    Para& p = d.paras[c.para];
    const int q = c.tb - 1;
    if (c.dropped || p.lang != "de" || c.type == EntityType::kPerson || q < 1 || !p.toks[c.tb].latin ||
        !p.toks[c.tb].cap || !p.toks[c.tb].space_before || !p.IsWord(q) || p.owner[q] >= 0 ||
        !p.toks[q].latin || !p.toks[q].cap || p.toks[q].all_caps ||
        p.toks[q].sentence != p.toks[c.tb].sentence)
      continue;
    const int r = q - 1;
    const bool opened = p.toks[r].sentence == p.toks[q].sentence &&
                        ((p.IsWord(r) && p.toks[r].latin && !p.toks[r].cap) || p.IsPunct(r, "«") ||
                         p.IsPunct(r, "„") || p.IsPunct(r, "\"") || p.IsPunct(r, "»"));
    const std::string_view w = p.Text(q);
    const std::string folded = FoldWord(w);
    if (!opened || CountCodePoints(w) < 5 || In(WordList::kEnFunctionWord, folded) || IsLatinTitle(w) ||
        given_names.count(w) || In(WordList::kDemonym, w) || In(WordList::kDeDeterminer, folded) ||
        !DeAdjectiveForm(folded) || EndsWithAnyOf(WordList::kDeKindFront, folded) ||
        p.toks[c.tb].all_caps)  // (a plural in apposition: "der Verbände ZKWB", "die Banken UBS")
      continue;
    c.tb = q;
    c.start = p.toks[q].start;
    p.owner[q] = static_cast<int>(i);
  }
}

namespace entities_detail {

// True when capitalized Latin words of one sentence on the page have `acronym`'s letters as their
// initials, lower-case joining words skipped ("Cricket Australia" for CA, "Board of Control" for BC).
bool SpelledOnPage(const Doc& d, std::string_view acronym) {
  for (const Para& p : d.paras)
    for (int a = 0; a < p.Size(); ++a) {
      if (!p.IsWord(a) || !p.toks[a].latin || !p.toks[a].cap || p.text[p.toks[a].start] != acronym[0])
        continue;
      size_t k = 0;
      int lower = 0;
      for (int t = a;
           t < p.Size() && k < acronym.size() && p.IsWord(t) && p.toks[t].sentence == p.toks[a].sentence;
           ++t) {
        if (!p.toks[t].cap) {
          if (++lower > 2) break;
          continue;
        }
        if (p.toks[t].all_caps || p.text[p.toks[t].start] != acronym[k]) break;
        ++k;
        lower = 0;
      }
      if (k == acronym.size() && k >= 2) return true;
    }
  return false;
}

// An acronym the article introduces in brackets after a lower-case word ("over the medium-term
// expenditure framework (MTEF)") abbreviates a phrase, not a body: none of its mentions that
// AcronymPass read as an organization are output; nor is a `non_org_acronym` alone the page does not spell
// out.
void DropPhraseAcronyms(Doc& d) {
  std::set<std::string, std::less<>> phrases;
  for (const Para& p : d.paras)
    for (int t = 2; t + 1 < p.Size(); ++t)
      if (p.IsPunct(t - 1, "(") && p.IsPunct(t + 1, ")") && p.toks[t].all_caps && p.IsWord(t - 2) &&
          p.toks[t - 2].latin && !p.toks[t - 2].cap)
        phrases.emplace(p.Text(t));
  for (Cand& c : d.cands) {
    const Para& p = d.paras[c.para];
    if (c.acronym && phrases.count(p.text.substr(c.start, c.end - c.start))) c.dropped = true;
    // ("named Gill as ODI captain", "der DAX schloss": an abbreviation that names no organization — a
    // country, a currency, a format, an index — is none alone, whatever word follows it, unless the
    // page spells it out: "Cricket Australia … CA chief executive".)
    if (!c.dropped && c.dict < 0 && c.type != EntityType::kPerson && c.te - c.tb == 1 &&
        p.toks[c.tb].all_caps && p.toks[c.tb].latin) {
      const std::string_view w = StripPossessive(p.Text(c.tb));
      if (In(WordList::kNonOrgAcronym, w) && !SpelledOnPage(d, w)) c.dropped = true;
    }
  }
}

}  // namespace entities_detail

// Page-level consistency: a Latin-script name read as an organization somewhere on the page (by its
// head, a cue or its place in a clause) is that organization wherever else the page writes the same
// words, free and not inside a longer capitalized run ("the Harbor City Hawks" read as the subject of
// "hired" in the lead; "The Harbor City Hawks said" later). One-word names not in German (every noun
// is capitalized), and one that the English word list knows in lower case not where a sentence opens.
void EntityRecognizer::Impl::SamePageNames(Doc& d) const {
  struct Name {
    std::vector<std::string_view> words;
    std::string_view surface;
    size_t cand;
  };
  std::vector<Name> names;
  std::unordered_set<std::string_view> seen;  // a name written twice is looked for once
  for (size_t i = 0; i < d.cands.size(); ++i) {
    const Cand& c = d.cands[i];
    if (c.dropped || c.type == EntityType::kPerson || c.dict >= 0 || c.short_form) continue;
    const Para& p = d.paras[c.para];
    Name n{{}, p.text.substr(c.start, c.end - c.start), i};
    if (!seen.insert(n.surface).second) continue;
    bool latin = p.toks[c.tb].cap;
    for (int t = c.tb; t < c.te && latin; ++t) {
      latin = p.toks[t].latin || p.toks[t].kind == kPunct;
      if (p.IsWord(t)) n.words.push_back(p.Text(t));
    }
    if (!latin || n.words.empty() || (n.words.size() == 1 && d.lang == "de")) continue;
    names.push_back(std::move(n));
  }
  SamePageKoreanNames(d);
  for (const Name& n : names) {
    for (size_t pi = 0; pi < d.paras.size(); ++pi) {
      Para& p = d.paras[pi];
      for (int t = 0; t + static_cast<int>(n.words.size()) <= p.Size(); ++t) {
        if (p.Text(t) != n.words[0] || p.text.compare(p.toks[t].start, n.surface.size(), n.surface) != 0)
          continue;
        const size_t end = p.toks[t].start + n.surface.size();
        if (end < p.text.size() && std::isalnum(static_cast<unsigned char>(p.text[end]))) continue;
        int e = t;
        bool free = true;
        for (; e < p.Size() && p.toks[e].start < static_cast<int>(end); ++e) free = free && p.owner[e] < 0;
        if (!free || p.toks[e - 1].end != static_cast<int>(end) ||
            p.toks[e - 1].sentence != p.toks[t].sentence)
          continue;
        // A one-word name that is also a common word: not where a sentence opens.
        if (n.words.size() == 1 && !NoCommonWordIn(p, t, e) &&
            (t == 0 || p.toks[t - 1].sentence != p.toks[t].sentence ||
             (p.toks[t - 1].kind == kPunct && (t < 2 || p.toks[t - 2].sentence != p.toks[t].sentence))))
          continue;
        // Not inside a longer run of capitalized words.
        if ((t > 0 && p.IsWord(t - 1) && p.toks[t - 1].cap && p.toks[t - 1].sentence == p.toks[t].sentence) ||
            (e < p.Size() && p.IsWord(e) && p.toks[e].cap && p.toks[e].space_before))
          continue;
        const Cand& src = d.cands[n.cand];
        Cand c =
            SpanCand(static_cast<int>(pi), t, e, p.toks[t].start, static_cast<int>(end), src.type, src.conf);
        c.key = src.key;
        c.source = src.source;
        Claim(p, d.cands, std::move(c));
        t = e - 1;
      }
    }
  }
}

// A two-word Hangul name a region opens, read once by the clause pass ("부산 아이파크가 … 선임했다"), is that
// body wherever else the page writes the region and the name, the name alone or with a particle ("부산
// 아이파크는 마 감독과 계약했다"), when both words are free there.
void EntityRecognizer::Impl::SamePageKoreanRegionNames(Doc& d) const {
  std::vector<size_t> names;
  for (size_t i = 0; i < d.cands.size(); ++i) {
    const Cand& c = d.cands[i];
    if (!c.dropped && c.type != EntityType::kPerson && c.dict < 0 && c.source == EntitySource::kKoreanCue &&
        c.te == c.tb + 2 && In(WordList::kKoPlaceName, d.paras[c.para].Text(c.tb)))
      names.push_back(i);
  }
  for (const size_t i : names) {
    const Cand src = d.cands[i];
    const std::string_view region = d.paras[src.para].Text(src.tb);
    const Para& sp = d.paras[src.para];
    const std::string name(sp.text.substr(sp.toks[src.tb + 1].start, src.end - sp.toks[src.tb + 1].start));
    for (size_t pi = 0; pi < d.paras.size(); ++pi) {
      Para& p = d.paras[pi];
      for (int t = 0; t + 1 < p.Size(); ++t) {
        if (!p.IsWord(t) || !p.Free(t) || !p.Free(t + 1) || p.Text(t) != region ||
            !p.toks[t + 1].space_before || p.toks[t + 1].sentence != p.toks[t].sentence ||
            p.Text(t + 1).substr(0, name.size()) != name)
          continue;
        const std::string_view w = p.Text(t + 1);
        bool whole = w.size() == name.size();
        for (const int k : whole ? std::vector<int>() : KoreanStemLengths(w))
          whole = whole || static_cast<size_t>(k) == name.size();
        if (!whole) continue;
        Cand c = SpanCand(static_cast<int>(pi), t, t + 2, p.toks[t].start,
                          p.toks[t + 1].start + static_cast<int>(name.size()), src.type, src.conf);
        c.source = src.source;
        Claim(p, d.cands, std::move(c));
      }
    }
  }
}

// The Korean side of SamePageNames: a word dropped as a descriptor ("음성AI 스타트업 딥리프") is
// dropped wherever a Korean cue read it; a one-word Hangul name a Korean cue read as a company or
// organization ("게임 개발사 하루엔이", "KN텔레콤이") is that body wherever else the page writes the
// word, alone or with a particle ("하루엔은 내년 상장을 추진한다"), when the word is free there.
void EntityRecognizer::Impl::SamePageKoreanNames(Doc& d) const {
  std::set<std::string, std::less<>> descriptors;
  for (const Cand& c : d.cands)
    if (c.descriptor) descriptors.insert(d.Surface(c));
  for (Cand& c : d.cands)
    if (!c.dropped && c.dict < 0 && c.source == EntitySource::kKoreanCue && descriptors.count(d.Surface(c)))
      c.dropped = true;
  std::map<std::string, size_t, std::less<>> names;  // surface -> the first candidate read
  for (size_t i = 0; i < d.cands.size(); ++i) {
    const Cand& c = d.cands[i];
    if (c.dropped || c.type == EntityType::kPerson || c.dict >= 0 || c.short_form ||
        c.source != EntitySource::kKoreanCue || !d.paras[c.para].toks[c.tb].has_hangul)
      continue;
    // ("스튜디오 파랑을 인수했다 … 파랑의 공동 창업자": the name of a kind form without its kind word,
    // KoreanKindFormNames, also a dictionary word there.)
    const Para& p = d.paras[c.para];
    if (c.te == c.tb + 2 && In(WordList::kKoKindForm, p.Text(c.tb))) {
      const std::string s(p.text.substr(p.toks[c.tb + 1].start, c.end - p.toks[c.tb + 1].start));
      if (CountCodePoints(s) >= 2) names.emplace(s, i);
      continue;
    }
    if (c.te != c.tb + 1) continue;
    const std::string s = d.Surface(c);
    if (CountCodePoints(s) >= 2) names.emplace(s, i);
  }
  SamePageKoreanRegionNames(d);
  if (names.empty()) return;
  for (size_t pi = 0; pi < d.paras.size(); ++pi) {
    Para& p = d.paras[pi];
    for (int t = 0; t < p.Size(); ++t) {
      if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].has_hangul) continue;
      const std::string_view w = p.Text(t);
      auto it = names.find(w);
      for (const int k : it == names.end() ? KoreanStemLengths(w) : std::vector<int>())
        if (it = names.find(w.substr(0, static_cast<size_t>(k))); it != names.end()) break;
      if (it == names.end()) continue;
      const Cand& src = d.cands[it->second];
      Cand c = SpanCand(static_cast<int>(pi), t, t + 1, p.toks[t].start,
                        p.toks[t].start + static_cast<int>(it->first.size()), src.type, src.conf);
      c.source = src.source;
      Claim(p, d.cands, std::move(c));
    }
  }
}

// A name inside a competition's title is a sponsor or the organizer, no organization there: a
// candidate followed, after a space in Korean or written together in Chinese and Japanese, by a word
// holding a `competition_word` ("하나은행 K리그1", "中国足球协会超级联赛", "明治安田J1リーグ"). Plural
// party members (`party_member_plural`: "Republicans were divided", "Tories in the area") are no
// party either unless the article writes the party with "the" ("the Tories would force a vote").
void EntityRecognizer::Impl::DropTitleSponsorsAndMembers(Doc& d) const {
  std::set<int> parties;  // dictionary entries written "the" + a plural somewhere
  for (Cand& c : d.cands) {
    const Para& p = d.paras[c.para];
    if (c.type == EntityType::kPerson || c.dropped) continue;
    const int nx = c.te;
    if (c.end == p.toks[c.te - 1].end && p.IsWord(nx) && p.toks[nx].sentence == p.toks[c.tb].sentence &&
        p.toks[nx].space_before == p.toks[nx].has_hangul) {
      // (The next word, its parts written together: "K리그" "1", "超级" "联赛".)
      int e = nx + 1;
      while (e < p.Size() && e < nx + 3 && !p.toks[e].space_before && p.toks[e].kind != kPunct) ++e;
      const std::string_view w = p.text.substr(p.toks[nx].start, p.toks[e - 1].end - p.toks[nx].start);
      bool competition = false;
      for (const std::string& h : EntityWords::Default().List(WordList::kCompetitionWord))
        competition = competition || w.find(h) != std::string_view::npos;
      if (competition) c.dropped = true;
    }
    if (c.dict >= 0 && c.te == c.tb + 1 && In(WordList::kPartyMemberPlural, d.Surface(c))) {
      // On an English page a plural no number or quantifier counts names the party too ("Democrats
      // blamed …", "accused Democrats of"; not "several Democrats balked", "two Republicans").
      const bool the = c.tb > 0 && (p.Text(c.tb - 1) == "the" || p.Text(c.tb - 1) == "The");
      const bool counted =
          c.tb > 0 && p.toks[c.tb - 1].sentence == p.toks[c.tb].sentence &&
          (p.toks[c.tb - 1].kind == kNumber || In(WordList::kMemberQuantifier, FoldWord(p.Text(c.tb - 1))));
      if (the || (p.lang == "en" && !counted)) parties.insert(c.dict);
    }
  }
  for (Cand& c : d.cands)
    if (!c.dropped && c.dict >= 0 && c.te == c.tb + 1 && In(WordList::kPartyMemberPlural, d.Surface(c)) &&
        !parties.count(c.dict))
      c.dropped = true;
}

// A platform used as a medium ("said on Twitter", "sur Google", "페이스북에 글을 올려", "Google
// Trends") is a venue or a product, not the company: those mentions are not output.
void EntityRecognizer::Impl::DropPlatformVenues(Doc& d) const {
  for (Cand& c : d.cands) {
    if (c.type == EntityType::kPerson || c.dropped) continue;
    const Para& p = d.paras[c.para];
    if (!In(WordList::kPlatformName, p.text.substr(c.start, c.end - c.start))) continue;
    bool venue = false;
    // A preposition of place before it, one or two lower-case words (its, official) between.
    for (int q = c.tb - 1, skipped = 0;
         q >= 0 && p.IsWord(q) && p.toks[q].sentence == p.toks[c.tb].sentence && !venue; --q) {
      const std::string_view w = p.Text(q);
      if (In(WordList::kPlatformVenueWord, w))
        venue = true;
      else if (!p.toks[q].latin || p.toks[q].cap || ++skipped > 2)
        break;
    }
    // A Korean locative particle after it (페이스북에, 유튜브에서).
    const int te_end = p.toks[c.te - 1].end;
    // (에서 is also "from": "구글에서 애플로 옮겨".)
    const std::string_view particle = p.text.substr(c.end, te_end - c.end);
    if (particle == "에" || particle == "에다" || particle == "에다가") venue = true;
    // A capitalized word right after a Latin name makes a product name ("Google Trends"; not an
    // acronym: "Google TPU team").
    const int nx = c.te;
    if (c.end == te_end && p.toks[c.tb].latin && p.IsWord(nx) && p.toks[nx].space_before &&
        p.toks[nx].latin && p.toks[nx].cap && !p.toks[nx].all_caps &&
        p.toks[nx].sentence == p.toks[c.tb].sentence && p.owner[nx] < 0)
      venue = true;
    c.dropped = venue;
  }
}

namespace {
// Word w is a ko_convene_verb row, or starts with one of two syllables or more ("열겠다", "개최했다").
bool IsKoConveneVerb(std::string_view w) {
  for (const std::string& v : EntityWords::Default().List(WordList::kKoConveneVerb))
    if (w == v || (v.size() >= 6 && w.starts_with(v))) return true;
  return false;
}
}  // namespace

// Hangul organization candidate c names a meeting of a body: the object of a convening verb
// ("상벌위원회를 열어", "법안심사소위를 다시 열 예정", "이사회를 소집") or the subject of its passive
// ("위원회가 열린다"); at most one word (an adverb: 다시, 곧) between.
bool EntityRecognizer::Impl::KoConvenedMeeting(const Para& p, const Cand& c) const {
  const int last = c.te - 1;
  if (c.end >= p.toks[last].end) return false;
  const std::string_view particle = p.text.substr(c.end, p.toks[last].end - c.end);
  const bool object = particle == "을" || particle == "를", subject = particle == "이" || particle == "가";
  if (!object && !subject) return false;
  for (int t = c.te; t < c.te + 2 && p.IsWord(t) && p.toks[t].sentence == p.toks[last].sentence; ++t) {
    const std::string_view w = p.Text(t);
    if (IsKoConveneVerb(w)) {
      // The passive forms (열린, 열려, 열렸, 열리-) take the meeting as their subject.
      const bool passive =
          w.starts_with("열리") || w.starts_with("열린") || w.starts_with("열려") || w.starts_with("열렸");
      return object != passive;
    }
    if (!p.toks[t].has_hangul || CountCodePoints(w) > 2) return false;
  }
  return false;
}

// Hangul organizations: a body named by its kind ("참여정부", "다음 정부", "지도부"), a meeting of a
// body ("상벌위원회를 열어", and so every mention of it in the article, the headline's too) and an
// academic unit with no parent ("물리학과 교수") are no names.
void EntityRecognizer::Impl::TrimKoreanOrgs(Doc& d) const {
  auto hangul_org = [&d](const Cand& c) {
    return c.dict < 0 && c.type != EntityType::kPerson && !c.dropped &&
           d.paras[c.para].toks[c.te - 1].has_hangul;
  };
  std::set<std::string, std::less<>> meetings;
  for (const Cand& c : d.cands)
    if (hangul_org(c) && c.type == EntityType::kOrganization && KoConvenedMeeting(d.paras[c.para], c))
      meetings.emplace(d.Surface(c));
  for (Cand& c : d.cands) {
    const Para& p = d.paras[c.para];
    if (!hangul_org(c)) continue;
    // "최고기술책임자(CTO)도 딥러닝본부": one syllable glued to a closing bracket is the particle of the
    // bracketed word, never the first word of a name.
    if (c.te - c.tb >= 2 && c.tb > 0 && p.IsPunct(c.tb - 1, ")") && !p.toks[c.tb].space_before &&
        p.toks[c.tb].has_hangul && CountCodePoints(p.Text(c.tb)) == 1 && p.toks[c.tb + 1].space_before) {
      ++c.tb;
      c.start = p.toks[c.tb].start;
    }
    const std::string_view sv = p.text.substr(c.start, c.end - c.start);
    for (const std::string& g : EntityWords::Default().List(WordList::kKoGenericOrgFinal))
      c.dropped = c.dropped || EndsWith(sv, g);
    c.dropped = c.dropped || (c.type == EntityType::kOrganization && meetings.count(sv)) ||
                (c.te - c.tb == 1 && EndsWithAnyOf(WordList::kKoUnitNeverAlone, sv));
  }
}

namespace {
// "第三部", "野党第1党", "第5位": a rank — 第, a number, one character of a head — is no name, nor
// is a candidate that ends in one after a word or two; a numbered unit (its head a cjk_name_head row: 部, 課)
// after its parent's name of four code points or more is one ("東京地裁刑事第11部"; not "安全放在第一位").
bool EndsInOrdinalHead(std::string_view s) {
  std::vector<char32_t> cps;
  for (size_t b = 0; b < s.size();) cps.push_back(DecodeUtf8(s, &b));
  constexpr std::u32string_view kNumerals = U"0123456789０１２３４５６７８９一二三四五六七八九十百两〇";
  if (cps.size() < 3) return false;
  size_t k = cps.size() - 1;  // the head character; numerals before it, then 第
  while (k > 0 && kNumerals.find(cps[k - 1]) != std::u32string_view::npos) --k;
  if (k + 1 >= cps.size() || k < 1 || cps[k - 1] != U'第') return false;
  return k - 1 < 4 || !In(WordList::kCjkNameHead, s.substr(LastCodePointStart(s, s.size())));
}
}  // namespace

// A place and its government written as one name ("杭州市人民政府", "广东省政府"): a
// cjk_government_head ends it after a cjk_place_suffix, with one code point of the place before.
namespace {
bool PlaceGovernmentName(std::string_view sv) {
  for (const std::string& h : EntityWords::Default().List(WordList::kCjkGovernmentHead)) {
    if (!EndsWith(sv, h) || sv.size() <= h.size()) continue;
    const size_t suffix = LastCodePointStart(sv, sv.size() - h.size());
    if (suffix > 0 && In(WordList::kCjkPlaceSuffix, sv.substr(suffix, sv.size() - h.size() - suffix)))
      return true;
  }
  return false;
}
}  // namespace

// CJK organizations named by their kind (cjk_generic_org_final: 社区医院, 三甲医院, 官邸, 取引銀行)
// or by a rank (第三部, 野党第1党) are no names, whichever pass read them: a candidate that ends
// in one, or opens with one and runs on ("社区医院即可预约…").
void EntityRecognizer::Impl::DropGenericCjkOrgs(Doc& d) const {
  for (Cand& c : d.cands) {
    if (c.dict >= 0 || c.type == EntityType::kPerson || c.dropped) continue;
    const Para& p = d.paras[c.para];
    const std::string_view sv = p.text.substr(c.start, c.end - c.start);
    if (sv.empty() || static_cast<unsigned char>(sv[0]) < 0x80) continue;  // Latin
    bool generic = EndsInOrdinalHead(sv);
    // A counted kind: a numeral and a measure word open it ("七家医院", "两所大学", "3家银行").
    {
      constexpr std::u32string_view kNumerals =
          U"0123456789０１２３４５６７８９一二三四五六七八九十百千万两几多数";
      constexpr std::u32string_view kMeasures = U"家所个座间";
      size_t at = 0;
      const char32_t c0 = DecodeUtf8(sv, &at);
      if (kNumerals.find(c0) != std::u32string_view::npos) {
        while (at < sv.size()) {
          size_t next = at;
          const char32_t ch = DecodeUtf8(sv, &next);
          if (kNumerals.find(ch) == std::u32string_view::npos) {
            generic = generic || (kMeasures.find(ch) != std::u32string_view::npos && next < sv.size());
            break;
          }
          at = next;
        }
      }
    }
    for (const std::string& g : EntityWords::Default().List(WordList::kCjkGenericOrgFinal))
      generic = generic || EndsWith(sv, g) || (sv.size() > g.size() && sv.starts_with(g));
    // (A place's government is a name: "杭州市人民政府", "广东省政府".)
    if (!generic || PlaceGovernmentName(sv)) continue;
    c.dropped = true;
    for (int t = c.tb; t < c.te; ++t)
      if (d.paras[c.para].owner[t] == static_cast<int>(&c - d.cands.data())) d.paras[c.para].owner[t] = -1;
  }
}

// Chinese person candidates that are no names: one ending in a place word ("徐汇区": zh_place_final)
// and one written right after a numeral, whose first character is a measure word ("8万张门票", "一张专辑":
// 张 is also a family name).
void EntityRecognizer::Impl::DropChineseNonPersons(Doc& d) const {
  constexpr std::u32string_view kNumerals = U"0123456789０１２３４５６７８９一二三四五六七八九十百千万两几";
  for (Cand& c : d.cands) {
    Para& p = d.paras[c.para];
    if (c.dropped || c.dict >= 0 || c.type != EntityType::kPerson || p.toks[c.tb].latin ||
        p.toks[c.tb].has_hangul)
      continue;
    const std::string_view sv = p.text.substr(c.start, c.end - c.start);
    if (!IsHanWord(sv) || CountCodePoints(sv) < 2) continue;
    bool drop = false;
    for (const std::string& f : EntityWords::Default().List(WordList::kZhPlaceFinal))
      drop = drop || EndsWith(sv, f);
    if (c.start > 0) {
      const size_t b = LastCodePointStart(p.text, static_cast<size_t>(c.start));
      size_t at = b;
      drop = drop || kNumerals.find(DecodeUtf8(p.text, &at)) != std::u32string_view::npos;
    }
    if (!drop) continue;
    c.dropped = true;
    for (int t = c.tb; t < c.te; ++t)
      if (p.owner[t] == static_cast<int>(&c - d.cands.data())) p.owner[t] = -1;
  }
}

// Outside English, two capitalized words opening a sentence are more often an adjective and a
// noun ("Heftiger Schusswechsel", "Rauer Seegang") than a name: with neither word a listed name
// and the second word nowhere else in the article, they are not taken as a person.
void EntityRecognizer::Impl::DropSentenceOpeningPairs(Doc& d) const {
  // A word ending like a common noun or an adjective ("Zionismus", "Regierung", "Religiösen
  // Gemeinschaft", "Islamischen") is no part of a person's name, in any Latin-script language.
  for (Cand& c : d.cands) {
    const Para& p = d.paras[c.para];
    if (c.type != EntityType::kPerson || c.dict >= 0 || !p.toks[c.tb].latin) continue;
    for (int t = c.tb; t < c.te && !c.dropped; ++t) {
      if (!p.IsWord(t)) continue;
      std::string lower(StripPossessive(p.Text(t)));
      for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      for (const std::string& e : EntityWords::Default().List(WordList::kNonNameEnding))
        if (lower.size() >= e.size() + 3 && EndsWith(lower, e)) c.dropped = true;
    }
    if (c.dropped)
      for (int t = c.tb; t < c.te; ++t) d.paras[c.para].owner[t] = -1;
  }
  if (d.lang.empty() || d.lang == "en" || !IsLatinScriptLanguage(d.lang)) return;
  for (Cand& c : d.cands) {
    const Para& p = d.paras[c.para];
    if (c.type != EntityType::kPerson || c.dict >= 0 || c.dropped || c.te - c.tb != 2 || !p.toks[c.tb].latin)
      continue;
    const bool initial = c.tb == 0 || p.toks[c.tb - 1].sentence != p.toks[c.tb].sentence ||
                         (c.tb == 1 && p.toks[0].kind == kPunct);
    const std::string_view first = p.Text(c.tb), second = p.Text(c.te - 1);
    if (!initial || given_names.count(first) || GermanTitleApposition(p, c.te) ||
        (tagger && (tagger->EnglishGazetteerClasses(first) & ner::kGazPer)) ||
        (tagger && (tagger->EnglishGazetteerClasses(second) & ner::kGazPer)))
      continue;
    int seen = 0;
    for (const Para& q : d.paras)
      for (size_t at = q.text.find(second); at != std::string_view::npos && seen < 2;
           at = q.text.find(second, at + 1))
        ++seen;
    if (seen < 2) c.dropped = true;
  }
}

// "副秘书长孙志海", "董事长孙伟": a Chinese name read with a double family name (长孙) whose first character
// ends a title written before it (秘书长, 董事长: cjk_title, zh_role_noun) starts after that character,
// when the rest opens with a family name of its own and keeps two characters; a double family name
// after no title stays ("长孙晓明是").
void EntityRecognizer::Impl::TrimChineseTitleTail(const Para& p, Cand* c) const {
  const std::string_view name = p.text.substr(c->start, c->end - c->start);
  size_t first = 0;
  DecodeUtf8(name, &first);
  size_t second = first;
  DecodeUtf8(name, &second);
  if (CountCodePoints(name) < 3 || !In(WordList::kZhSurname, name.substr(0, second)) ||
      !In(WordList::kZhSurname, name.substr(first, second - first)))
    return;
  const std::string_view through = p.text.substr(0, c->start + first);
  for (WordList l : {WordList::kCjkTitle, WordList::kZhRoleNoun})
    for (const std::string& r : EntityWords::Default().List(l))
      if (CountCodePoints(r) >= 2 && through.ends_with(r)) {
        c->start += static_cast<int>(first);
        return;
      }
}

// A person span that is a word followed by another person's full name of the same article is
// that name after a title or a sentence adverb ("Kanzler Friedrich Merz", "Ostatecznie Friedrich
// Merz", "Nationalrat Gregor Rutz" next to "Gregor Rutz"): the first word goes.
void EntityRecognizer::Impl::TrimPersonTitles(Doc& d) const {
  std::set<std::string, std::less<>> person_names;
  for (const Cand& c : d.cands) {
    std::string_view sv = d.paras[c.para].text.substr(c.start, c.end - c.start);
    if (c.type == EntityType::kPerson && sv.find(' ') != std::string_view::npos) person_names.emplace(sv);
  }
  for (Cand& c : d.cands) {
    if (c.type == EntityType::kPerson && d.paras[c.para].toks[c.tb].latin)
      TrimLatinPersonSpan(d.paras[c.para], &c, d.lang);
  }
  for (Cand& c : d.cands)
    if (c.type == EntityType::kPerson && c.dict < 0 && !d.paras[c.para].toks[c.tb].latin)
      TrimChineseTitleTail(d.paras[c.para], &c);
  for (Cand& c : d.cands) {
    if (c.type != EntityType::kPerson || c.te - c.tb < 3) continue;
    const Para& p = d.paras[c.para];
    std::string_view sv = p.text.substr(c.start, c.end - c.start);
    const size_t sp = sv.find(' ');
    if (sp == std::string_view::npos || !person_names.count(sv.substr(sp + 1))) continue;
    int t = c.tb + 1;
    while (t < c.te && p.toks[t].start < c.start + static_cast<int>(sp) + 1) ++t;
    if (t >= c.te || p.toks[t].start != c.start + static_cast<int>(sp) + 1) continue;
    for (int k = c.tb; k < t; ++k) d.paras[c.para].owner[k] = -1;
    c.tb = t;
    c.start = p.toks[t].start;
  }
}

// A single capitalized word from the tagger that the article also writes in lower case is a
// common word ("Black", "beyond").
void EntityRecognizer::Impl::DropLowerCaseWords(Doc& d) const {
  for (Cand& c : d.cands) {
    if (!c.lone_tagged_word) continue;
    std::string lower(d.paras[c.para].text.substr(c.start, c.end - c.start));
    for (char& ch : lower)
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    for (size_t pi = 0; pi < d.paras.size() && !c.dropped; ++pi) {
      std::string_view t = d.paras[pi].text;
      for (size_t at = t.find(lower); at != std::string_view::npos && !c.dropped;
           at = t.find(lower, at + 1)) {
        bool left = at == 0 || !std::isalpha(static_cast<unsigned char>(t[at - 1]));
        size_t e = at + lower.size();
        bool right = e >= t.size() || !std::isalpha(static_cast<unsigned char>(t[e]));
        c.dropped = left && right;
      }
    }
    if (c.dropped)
      for (int t = c.tb; t < c.te; ++t) d.paras[c.para].owner[t] = -1;
  }
}

// Paragraph 0 is an English headline in title case: the article has no separate title, a body
// follows, the paragraph is short and not closed like a sentence, and most of its Latin words of
// four letters or more are capitalized ("Vantora CEO Steps Down Abruptly; Finance Chief Named
// Interim Leader").
bool TitleCaseHeadline(const Article& a, std::string_view lang) {
  if ((!lang.empty() && lang != "en") || !a.title.empty() || a.paragraphs.size() < 2) return false;
  std::string_view h = a.paragraphs[0];
  while (!h.empty() && (h.back() == ' ' || h.back() == '\r')) h.remove_suffix(1);
  if (h.empty() || h.size() > 240 || h.back() == '.') return false;
  int words = 0, capitalized = 0;
  for (size_t i = 0; i < h.size();) {
    size_t j = i;
    while (j < h.size() && std::isalpha(static_cast<unsigned char>(h[j]))) ++j;
    if (j - i >= 4 && (i == 0 || !std::isalpha(static_cast<unsigned char>(h[i - 1])))) {
      ++words;
      capitalized += std::isupper(static_cast<unsigned char>(h[i])) ? 1 : 0;
    }
    i = j == i ? i + 1 : j;
  }
  return words >= 3 && capitalized * 4 >= words * 3;
}

// In a title-case headline every word is capitalized, so a verb or a noun of the headline joins
// the name next to it ("Kim Steps Down", "Million Offer From Helix Labs", "Medora Health
// Replaces"). A headline candidate the body does not write is cut to the longest run of its words
// that the body names as a candidate (or as a company before its legal form, or the family name of a person
// it names: "Kiley Retires" is Robert Kiley, a person); a person candidate of words the word list holds in
// lower case, none a given or family name, with no such run, is no name ("Named Interim Leader", "Backs
// Out"). Dictionary names and linked candidates stay.
void EntityRecognizer::Impl::TrimHeadlinePhrases(Doc& d) const {
  if (!d.title_case_headline || !tagger || d.paras.size() < 2) return;
  Para& p = d.paras[0];
  std::set<std::string_view> body, family;  // (family: the last words of the body's persons)
  for (const Cand& c : d.cands) {
    if (c.para == 0 || c.dropped) continue;
    const Para& bp = d.paras[c.para];
    body.insert(bp.text.substr(c.start, c.end - c.start));
    // A headline drops the legal form: "Westbridge Financial Corp." names "Westbridge Financial" too.
    int last = c.te - 1;
    if (last > c.tb && bp.IsPunct(last, ".")) --last;
    if (last > c.tb && bp.IsWord(last) && bp.IsWord(last - 1) && In(WordList::kLegalSuffix, bp.Text(last)))
      body.insert(bp.text.substr(c.start, bp.toks[last - 1].end - c.start));
    // A headline names a person by the family name: "Robert Kiley" names "Kiley".
    if (c.type == EntityType::kPerson && last > c.tb && bp.IsWord(last) && bp.toks[last].latin)
      family.insert(bp.Text(last));
  }
  // (A headline capitalizes verbs and adverbs the word list also holds capitalized: "Down".)
  auto common_words = [&](const Cand& c) {
    for (int t = c.tb; t < c.te; ++t) {
      if (!p.IsWord(t)) continue;
      const std::string_view w = StripPossessive(p.Text(t));
      if (!p.toks[t].latin || p.toks[t].all_caps || !tagger->EnglishWordInfo(w).lower ||
          given_names.count(w) || (tagger->EnglishGazetteerClasses(w) & ner::kGazPer))
        return false;
    }
    return true;
  };
  auto in_body_text = [&](std::string_view s) {
    for (size_t pi = 1; pi < d.paras.size(); ++pi)
      if (d.paras[pi].text.find(s) != std::string_view::npos) return true;
    return false;
  };
  for (Cand& c : d.cands) {
    if (c.para != 0 || c.dropped || c.dict >= 0 || (!c.key.empty() && c.key[0] == '#')) continue;
    if (in_body_text(p.text.substr(c.start, c.end - c.start))) continue;
    int best_b = -1, best_e = -1;
    for (int b = c.tb; b < c.te; ++b) {
      if (!p.IsWord(b)) continue;
      for (int e = c.te; e > b; --e) {
        if (!p.IsWord(e - 1) || (b == c.tb && e == c.te) || e - b <= best_e - best_b) continue;
        const int s = p.toks[b].start, en = p.toks[e - 1].end;
        const std::string_view run = p.text.substr(s, en - s);
        if (body.count(run) || family.count(run)) best_b = b, best_e = e;
      }
    }
    if (best_b >= 0) {
      for (int t = c.tb; t < c.te; ++t)
        if (t < best_b || t >= best_e) p.owner[t] = -1;
      c.tb = best_b, c.te = best_e;
      c.start = p.toks[best_b].start, c.end = p.toks[best_e - 1].end;
      // (What is left is a person's family name: the candidate is that person.)
      const std::string_view left = p.text.substr(c.start, c.end - c.start);
      if (!body.count(left) && family.count(left)) c.type = EntityType::kPerson;
      continue;
    }
    if (c.type == EntityType::kPerson && common_words(c)) {
      c.dropped = true;
      for (int t = c.tb; t < c.te; ++t) p.owner[t] = -1;
    }
  }
}

// Groups candidates into entities. Group key: dictionary entry, else type + surface (unknown
// Hangul persons linked to the dictionary, and to each other, by their romanization skeleton);
// glosses join their parent; variants of one Latin name join (MergePersonVariants).
// German writes every noun with a capital, so two capitalized words are often a noun phrase
// ("27.000 Tonnen Fleisch", "Weitere Mitglieder", "Rolle Genfs"). A person candidate of two
// words or more in a German article that opens with no listed given name and follows no title is none when a
// number stands right before it, when the article writes its first word in lower case ("weitere"), or when
// one of its words follows a determiner somewhere in the article (de_determiner rows: "die Rolle", "den
// Tonnen"); family names rarely take an article in news. A de_determiner row, also capitalized at the start
// of a sentence ("Die Rolle").
bool IsDeDeterminer(std::string_view w) {
  if (w.empty() || w.size() > 8) return false;
  std::string lower(w);
  lower[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lower[0])));
  return In(WordList::kDeDeterminer, lower);
}

void EntityRecognizer::Impl::DropGermanNounPhrases(Doc& d) const {
  if (d.lang != "de") return;
  std::set<std::string_view> after_determiner;  // words written right after a determiner
  std::set<std::string_view> lower_words;       // words written in lower case
  bool any = false;
  for (const Cand& c : d.cands) any |= c.type == EntityType::kPerson && !c.dropped && c.dict < 0;
  if (!any) return;
  for (const Para& p : d.paras)
    for (int t = 0; t < p.Size(); ++t) {
      if (!p.IsWord(t) || !p.toks[t].latin) continue;
      if (!p.toks[t].cap) lower_words.insert(p.Text(t));
      // (Not the first part of a compound: "die Söder-Regierung".)
      else if (t > 0 && p.IsWord(t - 1) && IsDeDeterminer(p.Text(t - 1)) && !p.IsPunct(t + 1, "-"))
        after_determiner.insert(StripPossessive(p.Text(t)));
    }
  for (Cand& c : d.cands) {
    Para& p = d.paras[c.para];
    if (c.type != EntityType::kPerson || c.dropped || c.dict >= 0 || c.te - c.tb < 2 || !p.toks[c.tb].latin ||
        !p.toks[c.tb].cap)
      continue;
    const std::string_view first = p.Text(c.tb);
    if (given_names.count(first) || (c.tb > 0 && p.IsWord(c.tb - 1) && IsLatinTitle(p.Text(c.tb - 1))))
      continue;
    bool noun = c.tb > 0 && p.toks[c.tb - 1].kind == kNumber;
    std::string lower;
    icu::UnicodeString::fromUTF8(icu::StringPiece(first.data(), static_cast<int32_t>(first.size())))
        .toLower(icu::Locale::getGerman())
        .toUTF8String(lower);
    noun = noun || lower_words.count(lower) > 0;
    for (int t = c.tb; t < c.te && !noun; ++t)
      noun = p.IsWord(t) && p.toks[t].cap && after_determiner.count(StripPossessive(p.Text(t))) > 0;
    // "Wichtiger Hinweis", "Vorbeugende Geschwindigkeitsbegrenzungen", "Ecke Lagerstraße": a word
    // with the ending of a German adjective, plural noun or street is no part of a name.
    for (int t = c.tb; t < c.te && !noun; ++t) {
      if (!p.IsWord(t)) continue;
      std::string w(p.Text(t));
      for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      for (const std::string& e : EntityWords::Default().List(WordList::kDeNonNameEnding))
        noun = noun || (w.size() >= e.size() + 3 && EndsWith(w, e));
    }
    if (!noun) continue;
    c.dropped = true;
    for (int t = c.tb; t < c.te; ++t) p.owner[t] = -1;
  }
}

// The word w (lower case) ends in a row of `list` with at least three letters before it, or a
// German genitive s / es after it ("Instituts", "Gewerkschaftes" aside, "Robert Koch-Instituts").
bool EndsInRowOf(WordList list, std::string_view w, size_t min_before) {
  for (size_t cut = 0; cut <= 2 && cut < w.size(); ++cut) {
    const std::string_view stem = w.substr(0, w.size() - cut);
    if (cut > 0 && w.substr(stem.size()) != (cut == 1 ? "s" : "es")) continue;
    for (const std::string& e : EntityWords::Default().List(list))
      if (stem.size() >= e.size() + min_before && EndsWith(stem, e)) return true;
  }
  return false;
}

// German organizations that are common nouns: a one-word compound of a kind head
// (de_kind_compound_head: "die Verkehrsgewerkschaft vida", "die Konzernzentrale", "von der
// Grundversicherung", "die Fanorganisation"), or the head alone ("Team", "Organisation"), names a
// kind of body, not one; a place after it ("Verbraucherzentrale Bayern") makes a longer candidate
// and stays. "Hartwigs Team", "Zanettis Team": a person's family name on the page in the genitive
// and one noun name that person's group, no organization.
void EntityRecognizer::Impl::DropGermanKindNouns(Doc& d) const {
  if (d.lang != "de") return;
  std::set<std::string> family_names;  // last words of the page's persons
  for (const Cand& c : d.cands)
    if (c.type == EntityType::kPerson && !c.dropped && c.te > c.tb && d.paras[c.para].IsWord(c.te - 1))
      family_names.insert(std::string(d.paras[c.para].Text(c.te - 1)));
  for (Cand& c : d.cands) {
    if (c.type == EntityType::kPerson || c.dropped || c.dict >= 0) continue;
    Para& p = d.paras[c.para];
    bool kind = false;
    if (c.te - c.tb == 1 && p.IsWord(c.tb) && p.toks[c.tb].latin && p.toks[c.tb].cap) {
      const std::string w = FoldWord(p.Text(c.tb));
      kind = In(WordList::kDeKindCompoundHead, w) || EndsInRowOf(WordList::kDeKindCompoundHead, w, 3);
      // (A public body's compound stays: "Bundeszentrale", "Landesversicherung".)
      kind = kind && !StartsWithAnyOf(WordList::kDePublicPrefix, w);
    }
    if (!kind && c.te - c.tb == 2 && p.IsWord(c.tb) && p.IsWord(c.tb + 1) && p.toks[c.tb + 1].space_before) {
      const std::string_view first = p.Text(c.tb);
      const std::string_view stem =
          EndsWith(first, "s") ? first.substr(0, first.size() - 1) : std::string_view();
      kind =
          stem.size() >= 3 && family_names.count(std::string(stem)) > 0 && !OrgHeadWordIn(p, c.tb + 1, c.te);
    }
    if (!kind) continue;
    c.dropped = true;
    for (int t = c.tb; t < c.te; ++t) p.owner[t] = -1;
  }
}

// A person candidate whose last word, joined by a hyphen, ends in an institution head
// (de_institution_head, also in the genitive) is the institution named after the person: "des
// Robert Koch-Instituts", "das Fritz Haber-Institut", "die Hans Böckler-Stiftung".
void EntityRecognizer::Impl::RetypeInstitutionPersons(Doc& d) const {
  for (Cand& c : d.cands) {
    if (c.type != EntityType::kPerson || c.dropped || c.dict >= 0 || c.te - c.tb < 3) continue;
    const Para& p = d.paras[c.para];
    const int last = c.te - 1;
    if (!p.IsWord(last) || !p.toks[last].cap || !p.IsPunct(last - 1, "-") || p.toks[last - 1].space_before ||
        p.toks[last].space_before)
      continue;
    if (EndsInRowOf(WordList::kDeInstitutionHead, FoldWord(p.Text(last)), 0))
      c.type = EntityType::kOrganization;
  }
}

}  // namespace hirewire::extract
