// Pass 3 of the entity recognizer: capitalized Latin-script sequences (English cue rules, given
// names, titles, list members, nicknames), their joining and trimming, and Pass 3b, Cyrillic names.
#include "extract/entities/internal.h"

namespace hirewire::extract {

namespace {

// One romanized Korean or Chinese syllable ("da", "eun", "tzu", "hsiao", "kyung"): an onset (or
// none), a nucleus and a coda (or none) of the romanized_* lists, compared in ASCII lower case.
bool RomanizedSyllable(std::string_view w) {
  if (w.empty() || w.size() > 6) return false;
  std::string lower(w);
  for (char& ch : lower) {
    if (!std::isalpha(static_cast<unsigned char>(ch))) return false;
    ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  }
  const std::string_view l = lower;
  auto rest_ok = [&](size_t from) {  // nucleus + optional coda from byte `from`
    for (size_t n = from + 1; n <= l.size(); ++n) {
      if (!In(WordList::kRomanizedNucleus, l.substr(from, n - from))) continue;
      if (n == l.size() || In(WordList::kRomanizedCoda, l.substr(n))) return true;
    }
    return false;
  };
  if (rest_ok(0)) return true;
  for (size_t o = 1; o < l.size() && o <= 2; ++o)
    if (In(WordList::kRomanizedOnset, l.substr(0, o)) && rest_ok(o)) return true;
  return false;
}

// "1st", "2nd", "23rd", "9th": an English ordinal written in digits.
bool EnglishOrdinal(std::string_view w) {
  size_t k = 0;
  while (k < w.size() && IsAsciiDigit(w[k])) ++k;
  if (k == 0 || k > 3 || w.size() != k + 2) return false;
  const std::string_view s = w.substr(k);
  return s == "st" || s == "nd" || s == "rd" || s == "th";
}

// "a Mumbai-based investor group", "Pune-based Silver Kite Films": a place, a hyphen and a participle
// (en_hyphen_participle: based, owned, led) is a modifier, no name and no part of the name after it. The
// first token after the participle in run [a, b) (b when it ends the run), else a; thirty-first session.
int AfterHyphenParticiple(const Para& p, int a, int b) {
  for (int t = a + 1; t + 1 < b; ++t)
    if (p.IsPunct(t, "-") && !p.toks[t].space_before && !p.toks[t + 1].space_before && p.IsWord(t + 1) &&
        In(WordList::kEnHyphenParticiple, p.Text(t + 1)))
      return t + 2;
  return a;
}

}  // namespace

// ---- Pass 3: English capitalized sequences

void EntityRecognizer::Impl::EnglishPass(int pi, Para& p, std::vector<Cand>& cands,
                                         std::string_view lang) const {
  const int n = p.Size();
  int t = 0;
  while (t < n) {
    if (!LatinCapWord(p, t)) {
      ++t;
      continue;
    }
    int a = t;
    int b = LatinRunEnd(p, t, lang);
    int next = b;
    // The words after an organization's cut are read again (a title, then a person's name).
    if (const int cut = OrgRunCut(p, a, b); cut < b) b = next = cut;
    if (const int cut = PersonOfCut(p, a, b); cut < b) b = next = cut;
    TrimLatinRun(p, &a, &b, lang);
    if (a < b) a = AfterHyphenParticiple(p, a, b);
    if (a < b) ClassifyLatinRun(pi, p, cands, a, b);
    // German: "Fahrgastverband IGEB": a compound naming a kind of body before the body's acronym; the acronym
    // is its name.
    if (const int ci = b - a == 2 && lang == "de" ? p.owner[a] : -1;
        ci >= 0 && cands[ci].tb == a && cands[ci].te == b && cands[ci].type != EntityType::kPerson &&
        cands[ci].dict < 0 && p.toks[b - 1].all_caps && IsAcronym(p, b - 1) &&
        !In(WordList::kNonOrgAcronym, p.Text(b - 1))) {
      const std::string kind = FoldWord(p.Text(a));
      bool compound = false;
      for (const std::string& h : EntityWords::Default().List(WordList::kDeInstitutionHead))
        compound = compound || (kind.size() >= h.size() + 3 && EndsWith(kind, h));
      if (compound) cands[ci].hint = std::string(p.Text(b - 1));
    }
    // "2nd U.S. Circuit Court of Appeals": an ordinal written before a court or a unit is part of its name.
    if (const int ci = a < b ? p.owner[a] : -1;
        ci >= 0 && cands[ci].tb == a && cands[ci].type == EntityType::kOrganization && a >= 1 &&
        p.Free(a - 1) && p.toks[a].space_before && p.toks[a - 1].sentence == p.toks[a].sentence &&
        EnglishOrdinal(p.Text(a - 1))) {
      p.owner[a - 1] = ci;
      cands[ci].tb = a - 1;
      cands[ci].start = p.toks[a - 1].start;
    }
    t = next;
  }
}

// "M.K. Stalin", "T.R.B. Rajaa", "V. Narayanan", "K. Srinivas Reddy": capital initials, each
// with its dot, then a space and one or two name-like capitalized words are a person's name (a
// name-like word before the initials too: "Múte B. Egede").
// (Not "U.S. Steel": an organization lead word; names the dictionary knows are claimed before.)
// "Caleb "Moth" Duarte", "Dwayne “The Rock” Johnson": one or two capitalized name words, a nickname of one
// to three capitalized words in quotes written tight, and one or two capitalized name words are one
// person; a title before the first name ("Frontman", "founder") is no part of it.
void EntityRecognizer::Impl::NicknamePersonPass(int pi, Para& p, std::vector<Cand>& cands) const {
  const int n = p.Size();
  auto quote = [&](int t, bool open) {
    return t >= 0 && t < n && (p.IsPunct(t, "\"") || p.IsPunct(t, open ? "“" : "”"));
  };
  auto name_word = [&](int t) {
    if (!LatinCapWord(p, t) || en_stop.count(p.Text(t))) return false;
    std::string low(p.Text(t));
    for (char& ch : low) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return !en_titles.count(low);
  };
  for (int q = 1; q + 3 < n; ++q) {
    if (!quote(q, true) || !p.toks[q].space_before || p.toks[q + 1].space_before) continue;
    int r = q + 1;
    while (r < n && r - q <= 3 && p.IsWord(r) && p.toks[r].latin && p.toks[r].cap && p.Free(r) &&
           (r == q + 1 || p.toks[r].space_before))
      ++r;
    if (r == q + 1 || !quote(r, false) || p.toks[r].space_before || r + 1 >= n || !p.toks[r + 1].space_before)
      continue;
    int e = r + 1;
    while (e < n && e - r <= 2 && name_word(e) && p.toks[e].space_before &&
           p.toks[e].sentence == p.toks[q].sentence)
      ++e;
    int k = q;
    while (k - 1 >= 0 && q - k < 2 && name_word(k - 1) && p.toks[k].space_before &&
           p.toks[k - 1].sentence == p.toks[q].sentence)
      --k;
    if (e == r + 1 || k == q) continue;
    const std::string_view last = StripPossessive(p.Text(e - 1));
    ClaimSpan(pi, p, cands, k, e, p.toks[e - 1].start + static_cast<int>(last.size()), EntityType::kPerson,
              0.8);
    q = e;
  }
}

void EntityRecognizer::Impl::InitialsPersonPass(int pi, Para& p, std::vector<Cand>& cands) const {
  const int n = p.Size();
  for (int t = 0; t < n; ++t) {
    if (!p.IsWord(t) || !p.Free(t) || !IsAsciiUpper(p.text[p.toks[t].start]) ||
        (t > 0 && !p.toks[t].space_before))
      continue;
    size_t i = static_cast<size_t>(p.toks[t].start);
    int initials = 0;
    while (i + 1 < p.text.size() && IsAsciiUpper(p.text[i]) && p.text[i + 1] == '.') {
      i += 2;
      ++initials;
    }
    if (initials == 0 || i >= p.text.size() || p.text[i] != ' ') continue;
    int k = t;
    while (k < n && p.toks[k].start < static_cast<int>(i)) ++k;
    if (k >= n || p.toks[k].start != static_cast<int>(i) + 1) continue;
    if (In(WordList::kOrgLeadWord, p.Text(t)) ||
        In(WordList::kOrgLeadWord, p.text.substr(p.toks[t].start, i - p.toks[t].start)))
      continue;
    bool free = true;
    for (int q = t; q < k; ++q) free = free && p.Free(q);
    auto name_word = [&](int q) {
      if (q >= n || !p.IsWord(q) || !p.Free(q) || !p.toks[q].latin || !p.toks[q].cap || p.toks[q].all_caps)
        return false;
      const std::string_view w = StripPossessive(p.Text(q));
      return CountCodePoints(w) >= 2 && !en_stop.count(w) && !en_titles.count(w) &&
             !en_org_suffixes.count(w) && !en_company_suffixes.count(w) && !IsLatinTitle(w);
    };
    if (!free || !name_word(k)) continue;
    int e = k + 1;
    if (e < n && p.toks[e].space_before && name_word(e)) ++e;
    const std::string_view last = StripPossessive(p.Text(e - 1));
    const int end_byte = p.toks[e - 1].start + static_cast<int>(last.size());
    // (A listed name the dictionary did not read whole: "J.P. Morgan".)
    const std::string_view surface = p.text.substr(p.toks[t].start, end_byte - p.toks[t].start);
    if (auto it = alias_to_entry.find(surface);
        it != alias_to_entry.end() && entries[it->second].type != EntityType::kPerson) {
      t = e - 1;
      continue;
    }
    // "Múte B. Egede": a given name before a middle initial opens the name.
    const int b = t >= 1 && p.toks[t].space_before && name_word(t - 1) ? t - 1 : t;
    // ("dem 56-jährigen Herbert K. Untreue vorwerfen": a German press name ends at the dot;
    // InitialCutPersons.)
    if (b == t - 1 && initials == 1 && GermanPressNameLead(p, b)) continue;
    ClaimSpan(pi, p, cands, b, e, end_byte, EntityType::kPerson, 0.8);
    t = e - 1;
  }
}

// "hired Priya Natarajan, Tomas Lindqvist and Hye-jin Park from OpenAI", "Chen Wei-lun, Lin Mei-hua,
// Wang Xiao-ming and Huang Tzu-chi": in a list of three members or more whose first member is a
// person ("A, B and C", "A, B, C, and D"; or, und, sowie, oder), every member that is a free run of
// two or three capitalized name words (a hyphenated given name joined: Hye-jin) is a person too. The
// list closes with the conjunction and a last member no capitalized word continues; a member that
// is another candidate or no name run ends it with no claim.
void EntityRecognizer::Impl::ListMemberPersonPass(int pi, Para& p, std::vector<Cand>& cands) const {
  const int n = p.Size();
  auto person_starting_at = [&](int k) {
    return k >= 0 && k < n && p.owner[k] >= 0 && cands[p.owner[k]].type == EntityType::kPerson &&
           cands[p.owner[k]].tb == k;
  };
  auto name_word = [&](int q) {
    if (q >= n || !p.IsWord(q) || !p.Free(q) || !p.toks[q].latin || !p.toks[q].cap || p.toks[q].all_caps)
      return false;
    const std::string_view w = p.Text(q);
    return CountCodePoints(w) >= 2 && !en_stop.count(w) && !en_titles.count(w) && !en_org_suffixes.count(w) &&
           !en_company_suffixes.count(w) && !IsLatinTitle(w) && !In(WordList::kOrgLeadWord, w);
  };
  // The end of a free run of two or three name words from `from` (a hyphenated given name joined:
  // "Hye-jin", "Jean-Pierre" as word, hyphen, word without spaces; its second part in either case);
  // -1 when there is none.
  auto free_run_end = [&](int from) {
    int e = from, words = 0;
    while (e < n && words < 3 && name_word(e) && p.toks[e].space_before) {
      ++e;
      ++words;
      if (e + 1 < n && p.IsPunct(e, "-") && !p.toks[e].space_before && p.IsWord(e + 1) &&
          !p.toks[e + 1].space_before && p.Free(e) && p.Free(e + 1) && p.toks[e + 1].latin)
        e += 2;
    }
    return words >= 2 ? e : -1;
  };
  auto conjunction = [&](int k) {
    if (!p.IsWord(k) || !p.Free(k)) return false;
    const std::string_view w = p.Text(k);
    return w == "and" || w == "or" || w == "und" || w == "sowie" || w == "oder";
  };
  for (int t = 0; t < n; ++t) {
    if (!person_starting_at(t) || p.IsPunct(t - 1, ",") || conjunction(t - 1)) continue;
    std::vector<std::pair<int, int>> free_members;
    int members = 1, e = cands[p.owner[t]].te;
    bool closed = false;
    while (!closed && e < n) {
      int s = p.IsPunct(e, ",") ? e + 1 : e;
      closed = conjunction(s);
      if (closed) ++s;
      if (s == e || s >= n) break;
      int me = person_starting_at(s) ? cands[p.owner[s]].te : -1;
      if (me < 0 && (me = free_run_end(s)) >= 0) free_members.emplace_back(s, me);
      if (me < 0) {
        closed = false;
        break;
      }
      ++members;
      e = me;
    }
    const bool continued = e < n && p.IsWord(e) && p.toks[e].cap && p.toks[e].space_before;
    if (!closed || members < 3 || continued) continue;
    for (const auto& [s, me] : free_members)
      ClaimSpan(pi, p, cands, s, me, p.toks[me - 1].end, EntityType::kPerson, 0.7);
    t = e - 1;
  }
}

// The word ending at token k with the words joined to it by hyphens before it ("start-up",
// "e-commerce"), as written; the word alone when none.
std::string_view HyphenWordEndingAt(const Para& p, int k) {
  int a = k;
  while (a >= 2 && p.IsPunct(a - 1, "-") && !p.toks[a - 1].space_before && !p.toks[a].space_before &&
         p.IsWord(a - 2))
    a -= 2;
  return p.text.substr(p.toks[a].start, p.toks[k].end - p.toks[a].start);
}

// "Jung Da-eun", "Huang Tzu-chi", "Da-eun Jung": token q opens a hyphenated given name of two
// romanized syllables ("Da-eun", second part in either case) written tight, next to a capitalized
// one-syllable family name inside run [a, b) (before it, or after it in Western order).
bool RomanizedGivenName(const Para& p, int q, int a, int b) {
  if (q + 2 >= b || !p.IsWord(q) || !p.toks[q].latin || !p.toks[q].cap || !p.IsPunct(q + 1, "-") ||
      p.toks[q + 1].space_before || !p.IsWord(q + 2) || p.toks[q + 2].space_before || !p.toks[q + 2].latin ||
      !RomanizedSyllable(p.Text(q)) || !RomanizedSyllable(StripPossessive(p.Text(q + 2))))
    return false;
  auto family = [&](int f) {
    return f >= a && f < b && p.IsWord(f) && p.toks[f].latin && p.toks[f].cap && !p.toks[f].all_caps &&
           (In(WordList::kRomanizedKoSurname, StripPossessive(p.Text(f))) ||
            RomanizedSyllable(StripPossessive(p.Text(f))));
  };
  return (family(q - 1) && p.toks[q].space_before) || (family(q + 3) && p.toks[q + 3].space_before);
}

// A free capitalized Latin word that is no title or honorific.
bool EntityRecognizer::Impl::LatinCapWord(const Para& p, int t) const {
  if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].latin || !p.toks[t].cap) return false;
  std::string_view w = StripPossessive(p.Text(t));
  return !en_titles.count(w) && !en_honorifics.count(w);
}

// A word of the English title list (possessive stripped).
bool EntityRecognizer::Impl::EnTitleWord(const Para& p, int t) const {
  return p.IsWord(t) && en_titles.count(StripPossessive(p.Text(t))) > 0;
}

// Word t is a title or a staff noun (workplace_noun), singular or plural ("partner", "analysts",
// "auditors"), whose object after "at" or "from" is a place of work.
bool EntityRecognizer::Impl::WorkplaceNounAt(const Para& p, int t) const {
  if (!p.IsWord(t)) return false;
  const std::string w = FoldWord(p.Text(t));
  const std::string one = EndsWith(w, "s") ? w.substr(0, w.size() - 1) : w;
  return EnTitleWord(p, t) || en_titles.count(one) || In(WordList::kWorkplaceNoun, w) ||
         In(WordList::kWorkplaceNoun, one);
}

// Word t is a company officer's title (en_officer_of) written in lower case or, an acronym, in capitals
// ("chief executive", "CEO"; not "Director of Public Prosecutions", where the title opens a name).
bool EntityRecognizer::Impl::OfficerTitleAt(const Para& p, int t) const {
  if (!p.IsWord(t) || !p.toks[t].latin || (p.toks[t].cap && !p.toks[t].all_caps)) return false;
  return In(WordList::kEnOfficerOf, p.Text(t)) > 0;
}

// The capitalized words opening at token a stand in the slot of an employer (thirty-third session):
// - after "at" and a title or staff noun ("a partner at Davis Polk", "athletic director at Eastern Montana");
// - after "of" and a company officer's title ("chief executive of Arbor Foods", "CEO of Halden");
// - after "at" and an officer's field ("head of research at Quill Lane", "vice president of sales at X");
// - after "at", "from" or "of" and a word of employment (en_employer_lead: "worked at", "poached from",
//   "formerly of").
bool EntityRecognizer::Impl::EmployerSlotAt(const Para& p, int a) const {
  if (a < 2 || !p.IsWord(a - 1) || p.toks[a - 1].sentence != p.toks[a].sentence) return false;
  const std::string_view prep = p.Text(a - 1);
  // ("worked at X", "poached from X", "formerly of X": a verb or an adverb of employment before the
  // preposition.)
  if ((prep == "at" || prep == "from" || prep == "of") && p.IsWord(a - 2) &&
      In(WordList::kEnEmployerLead, FoldWord(p.Text(a - 2))))
    return true;
  if (prep == "of") return OfficerTitleAt(p, a - 2);
  if (prep != "at") return false;
  if (WorkplaceNounAt(p, a - 2)) return true;
  // (The field: one lower-case word between "of" and "at".)
  return a >= 4 && p.IsWord(a - 2) && !p.toks[a - 2].cap && p.IsWord(a - 3) && p.Text(a - 3) == "of" &&
         (OfficerTitleAt(p, a - 4) || WorkplaceNounAt(p, a - 4));
}

// Run [a, b) names a national body or branch: one to three capitalized name words and a country
// written last (national_branch_word: "Age UK", "Cricket Australia", "Virgin Australia",
// "Krebsliga Schweiz", "Caritas Österreich"). The words before the country are no stop word, title,
// listed given name, demonym, country, place or person's name (tagger word list), so "In Deutschland",
// "Prime Minister", "Prezydent USA", "Darren England" or "Germany Austria" stay out.
bool EntityRecognizer::Impl::NationalBranchRun(const Para& p, int a, int b) const {
  if (b - a < 2 || b - a > 4 || !p.IsWord(b - 1) || !p.toks[b - 1].space_before ||
      !In(WordList::kNationalBranchWord, StripPossessive(p.Text(b - 1))))
    return false;
  for (int q = a; q < b - 1; ++q) {
    if (!p.IsWord(q) || !p.toks[q].latin || !p.toks[q].cap) return false;
    const std::string_view w = p.Text(q);
    if (w != StripPossessive(w) || en_stop.count(w) || en_titles.count(w) || en_titles.count(FoldWord(w)) ||
        en_honorifics.count(w) || given_names.count(w) || In(WordList::kDemonym, w) ||
        In(WordList::kNationalBranchWord, w) || In(WordList::kOrgLeadWord, w) || IsLatinTitle(w))
      return false;
  }
  // ("referee Darren England": a word the tagger knows as a person's name makes a person.)
  return !PlaceRun(p, a, b - 1) && !PersonWordIn(p, a, b - 1);
}

// Run [a, b) is a place by the tagger's English gazetteer (a place and no organization) or, one
// word, by its embedding guess ("Pasadena", "Ohio").
bool EntityRecognizer::Impl::PlaceRun(const Para& p, int a, int b) const {
  if (!tagger || a >= b) return false;
  std::string form;
  for (int q = a; q < b; ++q) {
    if (!p.IsWord(q)) continue;
    if (!form.empty()) form += ' ';
    form += StripPossessive(p.Text(q));
  }
  const uint32_t gaz = tagger->EnglishGazetteerClasses(form);
  if ((gaz & ner::kGazLoc) && !(gaz & ner::kGazOrg)) return true;
  const NerTagger::EnglishWord info = tagger->EnglishWordInfo(form);
  return b - a == 1 && info.known && info.kind == 3;
}

// Run [a, b) of two Latin words or more, in English, names an organization rather than a person
// by its words (the tagger's English word list, gazetteer and embedding guess): its last word, the
// head, is one the embedding calls an organization's with some confidence ("Kestrel Telecom",
// "Dravik Equities"), one the word list holds in lower case only ("Fenwick Homes", "Portland
// Mariners") or one the embedding calls a place ("Healthwatch Birmingham"), and no gazetteer lists
// it as a person's name nor a hyphen joins it to the word before ("Crabtree-Ireland"); or an
// acronym opens it before no word the embedding calls a person's ("XL Axiata"; not "KL Rahul"). For runs with
// no listed given name and no title before them or in them.
bool EntityRecognizer::Impl::OrgWordIn(const Para& p, int a, int b) const {
  if (!tagger || (!p.lang.empty() && p.lang != "en")) return false;
  int first = -1, last = -1;
  bool person_word = false;
  for (int q = a; q < b; ++q) {
    if (!p.IsWord(q) || !p.toks[q].latin) continue;
    const std::string_view w = StripPossessive(p.Text(q));
    // ("Inspector General Robert Delacroix-Finch": a run with a title or a listed given name in it is
    // left to the person rules and the title trim.)
    if (EnTitleWord(p, q) || IsLatinTitle(w) || given_names.count(w)) return false;
    if (first < 0) first = q;
    last = q;
    const NerTagger::EnglishWord info = tagger->EnglishWordInfo(w);
    person_word |= info.known && info.kind == 1 && info.confidence >= 2;
  }
  if (first < 0 || first == last) return false;
  const std::string_view fw = StripPossessive(p.Text(first));
  if (p.toks[first].all_caps && fw.size() >= 2 && !person_word) return true;
  // The last word is the head of an English name ("Health Secretary Wes Streeting" has none).
  const std::string_view lw = StripPossessive(p.Text(last));
  const NerTagger::EnglishWord info = tagger->EnglishWordInfo(lw);
  const bool hyphenated = p.IsPunct(last - 1, "-") && !p.toks[last].space_before;  // "Crabtree-Ireland"
  if (hyphenated || (tagger->EnglishGazetteerClasses(lw) & ner::kGazPer)) return false;
  const int org_confidence = info.known && info.kind == 2 ? info.confidence : 0;
  const bool common = info.lower && !info.cap;
  // After a first word that the embedding or the gazetteer calls a person's, only a sure
  // organization word or a plural common noun ("Marlowe Homes"; not "Kit Alder", "Zooey Zephyr").
  const NerTagger::EnglishWord head = tagger->EnglishWordInfo(fw);
  if ((head.known && head.kind == 1 && head.confidence >= 2) ||
      (tagger->EnglishGazetteerClasses(fw) & ner::kGazPer))
    return org_confidence >= 3 || (common && EndsWith(lw, "s"));
  return org_confidence >= 2 || common || (info.known && info.kind == 3 && info.confidence >= 2);
}

// The end of the run of capitalized words that starts at word a, joined by single spaces (or
// hyphens), with lowercase connectors inside ("Bank of America", "Ludwig van Beethoven").
// The lower-case word at b between the run [a, b) and a capitalized word: a name connector ("of",
// "von") or, when a head of an organization name is in reach, a connector of organization names
// ("for", "and", "für") joins the capitalized words after it. The new end of the run, or -1 when
// the word joins nothing; *possessive tells whether the run now ends in a possessive.
int EntityRecognizer::Impl::ConnectorJoin(const Para& p, int a, int b, int sent, std::string_view lang,
                                          bool* possessive) const {
  const int n = p.Size();
  std::string_view c = p.Text(b);
  // In German "der" is the article between two nouns ("Aufsichtsrat der Deutschen Bank").
  if (In(WordList::kEnNameConnector, c) && !(c == "der" && lang == "de")) {
    // "University of Pretoria’s Centre for Human Rights": a possessive ends the name.
    *possessive = StripPossessive(p.Text(b + 1)).size() < p.Text(b + 1).size();
    return b + 2;
  }
  // "Institute of Strategic and International Studies", "Organisation für Sicherheit und
  // Zusammenarbeit in Europa", "Wolnego Uniwersytetu w Berlinie": other lower-case words join
  // capitalized words when the name so far or the capitalized words after it hold the head of
  // an organization name.
  // A preposition follows the head ("Zentrum für", "Uniwersytetu w"); a conjunction joins a
  // name not yet complete to words that end in one ("Social and Economic Research
  // Initiative"), not two complete names ("Migration Policy Institute and ...").
  // (German "das" is an article, the Portuguese "das" a connector: "Landesregierung das Gesetz".)
  if (org_connectors.count(c) && !(c == "das" && lang == "de")) {
    int e = b + 1;
    while (e < n && LatinCapWord(p, e) && p.toks[e].space_before && p.toks[e].sentence == sent) ++e;
    // (A compound ending in an organization head counts: "Sozialversicherungsgericht des Kantons Zürich".)
    // (After "des"/"der" only a name of two words or more: not "Gesundheitsdirektion des Landes".)
    const bool compound_ok = (c != "des" && c != "der") || e - (b + 1) >= 2;
    auto head_in = [&](int from, int to) {
      for (int q = from; q < to; ++q)
        if (p.IsWord(q) &&
            (en_org_suffixes.count(p.Text(q)) || (lang == "de" && compound_ok && OrgHeadWordIn(p, q, q + 1))))
          return true;
      return false;
    };
    const bool conj = c == "and" || c == "und" || c == "et" || c == "y" || c == "e" || c == "i" || c == "en";
    // "Bendigo and Adelaide Bank": one or two name words, "and", then one or two and a company
    // head ending the run are one company (a name complete before "and" is claimed or has a head).
    // (The name words before "and": the capitalized words since the run's last connector.)
    int seg = b;
    while (seg > a && LatinCapWord(p, seg - 1)) --seg;
    if (conj && c == "and" && b - seg == 1 && e - (b + 1) == 2 && !head_in(seg, e) &&
        en_company_suffixes.count(p.Text(e - 1)) && !p.toks[b - 1].all_caps && !p.toks[b + 1].all_caps) {
      bool company_before = false;
      for (int q = a; q < b; ++q) company_before = company_before || en_company_suffixes.count(p.Text(q)) > 0;
      if (!company_before) {
        return e;
      }
    }
    // (An acronym before the conjunction is a complete name: "the EFF and MK Party".)
    // A name complete before the conjunction (a head, then its complement: "Yale School of
    // Medicine") is joined by none of the words after it that hold a head of their own or run
    // to three words or more ("and Mass General Brigham"): a field after "of" is one or two
    // words ("Department of Health and Human Services").
    // (So is an acronym after it: "Writers Guild of America and SAG-AFTRA"; not "Science and IT".)
    // (A head opening the run before more capitalized words modifies a later head and completes
    // nothing: "House Transportation and Infrastructure Committee", "Commons Work and Pensions Committee".)
    const int first = a + (p.Text(a) == "The" && b - a >= 2);
    const bool complete_before =
        head_in(a, b) && !(b - first >= 2 && head_in(first, first + 1) && !head_in(first + 1, b));
    const bool second_name =
        complete_before && (head_in(b + 1, e) || e - (b + 1) >= 3 ||
                            (p.toks[b + 1].all_caps && !In(WordList::kNonOrgAcronym, p.Text(b + 1))));
    // "Norfolk Southern and Union Pacific": a head opening the words after the conjunction before
    // more capitalized words ("Union Pacific") closes no name when the words before it hold none.
    const bool opening_head_only =
        conj && e - (b + 1) >= 2 && head_in(b + 1, b + 2) && !head_in(b + 2, e) && !head_in(a, b);
    const bool head = conj ? head_in(a, e) && !head_in(b - 1, b) && !p.toks[b - 1].all_caps && !second_name &&
                                 !opening_head_only
                           : head_in(a, b);
    if (head) {
      return e;
    }
  }
  return -1;
}

// An organization head (or, with `company_heads`, a company head) among the up to four capitalized
// words written right after token q ("Residents' Association", "Commuters' Welfare Forum").
bool EntityRecognizer::Impl::HeadAhead(const Para& p, int q, bool company_heads) const {
  const int n = p.Size();
  for (int r = q + 1; r < n && r < q + 5 && LatinCapWord(p, r) && p.toks[r].space_before; ++r) {
    const std::string_view w = StripPossessive(p.Text(r));
    if (en_org_suffixes.count(w) || (company_heads && en_company_suffixes.count(w))) return true;
  }
  return false;
}

// "St. Luke's Children's Hospital", "Universität St. Gallen": "St." (saint) opens a name with the word after
// it; that word's possessive stays inside when an organization head follows. British style writes it with no
// dot ("St Vincent's Hospital"): the saint's possessive word right after it. The saint's word after "St" at
// q, or -1.
int EntityRecognizer::Impl::SaintWord(const Para& p, int q) const {
  const int n = p.Size();
  if (!(q + 1 < n && p.IsWord(q) && p.Text(q) == "St")) return -1;
  if (q + 2 < n && p.IsPunct(q + 1, ".") && !p.toks[q + 1].space_before && p.toks[q + 2].space_before &&
      LatinCapWord(p, q + 2))
    return q + 2;
  if (LatinCapWord(p, q + 1) && p.toks[q + 1].space_before && p.toks[q + 1].sentence == p.toks[q].sentence &&
      StripPossessive(p.Text(q + 1)).size() < p.Text(q + 1).size() && HeadAhead(p, q + 1, true))
    return q + 1;
  return -1;
}

int EntityRecognizer::Impl::LatinRunEnd(const Para& p, int a, std::string_view lang) const {
  const int n = p.Size();
  int b = a + 1;
  auto head_ahead = [&](int q) { return HeadAhead(p, q, true); };
  // "Commuters' Welfare Forum": a plural noun's possessive (no company's: "Tencent Holdings' TiMi
  // Studio Group") before capitalized words ending in an organization head.
  auto plural_before_head = [&](int q, std::string_view noun) {
    return !en_company_suffixes.count(noun) && !en_org_suffixes.count(noun) &&
           (HeadAhead(p, q, false) || ForumHeadAfter(p, q));
  };
  // "Children's Hospital", "People's Party": the possessive of a plural noun (en_possessive_name_word)
  // stays inside a name when an organization head follows it; a plural in s' also with capitalized
  // words between ("Commuters' Welfare Forum").
  auto possessive_at = [&](int q) {
    const std::string_view w = p.Text(q), s = StripPossessive(w);
    if (s.size() == w.size()) return false;
    if ((EndsWith(w, "s'") || EndsWith(w, "s’")) && plural_before_head(q, s)) return false;
    if (q + 1 < n && LatinCapWord(p, q + 1) && p.toks[q + 1].space_before &&
        p.toks[q + 1].sentence == p.toks[q].sentence &&
        en_org_suffixes.count(StripPossessive(p.Text(q + 1)))) {
      std::string lower(s);
      for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      if (In(WordList::kEnPossessiveNameWord, lower)) return false;
    }
    return true;
  };
  bool possessive = possessive_at(a);
  // The run's sentence: ICU may open a new one after an abbreviation inside it ("U.S. District Court").
  int sent = p.toks[a].sentence;
  auto saint_word = [&](int q) { return SaintWord(p, q); };
  if (const int w = saint_word(b - 1); w >= 0) {
    sent = p.toks[w].sentence;
    possessive = possessive_at(w) && !head_ahead(w);
    b = w + 1;
  }
  while (!possessive && b < n) {
    if (const int w = saint_word(b); w >= 0 && p.toks[b].space_before && p.toks[b].sentence == sent) {
      sent = p.toks[w].sentence;
      possessive = possessive_at(w) && !head_ahead(w);
      b = w + 1;
      continue;
    }
    // "Heaton Mersey Residents' Association", "Workers' Party": a plural possessive (the
    // apostrophe a token of its own) before an organization head stays inside the name, also
    // with capitalized words between ("Commuters' Welfare Forum", "Tenants' Action Group").
    if ((p.IsPunct(b, "'") || p.IsPunct(b, "’")) && !p.toks[b].space_before && EndsWith(p.Text(b - 1), "s") &&
        b + 1 < n && LatinCapWord(p, b + 1) && p.toks[b + 1].space_before && p.toks[b + 1].sentence == sent &&
        (en_org_suffixes.count(StripPossessive(p.Text(b + 1))) || plural_before_head(b, p.Text(b - 1)))) {
      possessive = StripPossessive(p.Text(b + 1)).size() < p.Text(b + 1).size();
      b += 2;
      continue;
    }
    // "U.S. Census Bureau": the dot of an abbreviation that may open an organization name
    // (org_lead_word "U.S", "U.K") stays inside the run, even where ICU ends a sentence at it.
    if (p.IsPunct(b, ".") && !p.toks[b].space_before && b + 1 < n && p.toks[b + 1].space_before &&
        LatinCapWord(p, b + 1) && p.Text(b - 1).find('.') != std::string_view::npos &&
        In(WordList::kOrgLeadWord, p.Text(b - 1))) {
      sent = p.toks[b + 1].sentence;
      b += 2;
      continue;
    }
    if (p.toks[b].sentence != sent) break;
    if (LatinCapWord(p, b) && p.toks[b].space_before) {
      possessive = possessive_at(b);
      ++b;
      continue;
    }
    // "Fei-Fei", and romanized Korean given names: "Lee Jae-yong", "Park Sung-hyun".
    if (p.IsPunct(b, "-") && !p.toks[b].space_before && b + 1 < n && !p.toks[b + 1].space_before &&
        (LatinCapWord(p, b + 1) || (p.IsWord(b + 1) && p.Free(b + 1) && p.toks[b + 1].latin &&
                                    IsAsciiLower(p.text[p.toks[b + 1].start])))) {
      possessive = StripPossessive(p.Text(b + 1)).size() < p.Text(b + 1).size();
      b += 2;
      continue;
    }
    if (const int e = ForTheJoinEnd(p, a, b, sent); e > b) {
      b = e;
      continue;
    }
    if (const int e = CampusJoinEnd(p, a, b, sent); e > b) {
      b = e;
      continue;
    }
    if (p.IsWord(b) && p.toks[b].space_before && b + 1 < n && LatinCapWord(p, b + 1)) {
      if (const int e = ConnectorJoin(p, a, b, sent, lang, &possessive); e >= 0) {
        b = e;
        continue;
      }
    }
    if (p.IsPunct(b, "&") && b + 1 < n && LatinCapWord(p, b + 1)) {
      b += 2;
      continue;
    }
    if (const int e = CommaListEnd(p, a, b); e > b) {
      b = e;
      continue;
    }
    break;
  }
  return b;
}

// "U.S. District Court for the Southern District of New York", "Institute for the Study of War": "for the" at
// `b` after a run [a, b) that holds an organization head joins the capitalized word after it, also after an
// ordinal
// ("Court of Appeals for the 5th Circuit"). The run's new end; b when none.
int EntityRecognizer::Impl::ForTheJoinEnd(const Para& p, int a, int b, int sent) const {
  const int n = p.Size();
  if (!(p.IsWord(b) && p.Text(b) == "for" && p.toks[b].space_before && b + 2 < n && p.IsWord(b + 1) &&
        p.Text(b + 1) == "the" && p.toks[b + 2].sentence == sent))
    return b;
  const bool ordinal = b + 3 < n && EnglishOrdinal(p.Text(b + 2)) && LatinCapWord(p, b + 3) &&
                       p.toks[b + 3].space_before && p.toks[b + 3].sentence == sent;
  bool head = false;
  for (int q = a; q < b && !head; ++q)
    head = p.IsWord(q) && en_org_suffixes.count(StripPossessive(p.Text(q))) > 0;
  if (head && (LatinCapWord(p, b + 2) || ordinal)) return b + (ordinal ? 4 : 3);
  return b;
}

// "University of Texas at Austin", "University of North Carolina at Chapel Hill": "at" at `b` and the
// campus's place after a run [a, b) that opens with "University of" are part of the name. The run's new end;
// b when none.
int EntityRecognizer::Impl::CampusJoinEnd(const Para& p, int a, int b, int sent) const {
  const int n = p.Size();
  if (p.IsWord(b) && p.Text(b) == "at" && p.toks[b].space_before && b - a >= 3 && p.Text(a) == "University" &&
      p.IsWord(a + 1) && p.Text(a + 1) == "of" && b + 1 < n && LatinCapWord(p, b + 1) &&
      p.toks[b + 1].space_before && p.toks[b + 1].sentence == sent && !en_stop.count(p.Text(b + 1)) &&
      !IsLatinTitle(p.Text(b + 1)))
    return b + 2;
  return b;
}

// "Department for Culture, Media and Sport", "Ministry of Environment, Forestry and Tourism",
// "Culture, Media and Sport Committee": single capitalized words joined by commas and a last
// "and" inside an organization's name, the run [a, b) ending before the first comma. The list
// follows "of"/"for" after a head (its last item one or two words), or opens the run and ends in
// a head. The end of the list's last item; b when none.
int EntityRecognizer::Impl::CommaListEnd(const Para& p, int a, int b) const {
  const int n = p.Size(), s = p.toks[a].sentence;
  if (!p.IsPunct(b, ",") || p.toks[b].space_before) return b;
  auto cap = [&](int q) {
    return q < n && LatinCapWord(p, q) && p.toks[q].space_before && p.toks[q].sentence == s;
  };
  // An item: one or two capitalized words, "the" allowed before them ("the Environment").
  auto item_end = [&](int r, int most) {
    if (p.IsWord(r) && p.Text(r) == "the" && p.toks[r].space_before && p.toks[r].sentence == s) ++r;
    if (!cap(r)) return -1;
    int e = r;
    while (cap(e) && e - r < most) ++e;
    return e;
  };
  int q = b;
  for (int e2 = 0; p.IsPunct(q, ",") && !p.toks[q].space_before && (e2 = item_end(q + 1, 2)) > 0;) q = e2;
  if (q == b || !p.IsWord(q) || p.Text(q) != "and") return b;
  const int last = q + 1 + (p.IsWord(q + 1) && p.Text(q + 1) == "the");
  const int e = item_end(q + 1, 3);
  if (e < 0) return b;
  auto head_in = [&](int from, int to) {
    for (int k = from; k < to; ++k)
      if (p.IsWord(k) && en_org_suffixes.count(StripPossessive(p.Text(k)))) return true;
    return false;
  };
  // ("Ministry of Housing, Communities and Local Government", "Department of Climate Change, Energy, the
  // Environment and Water": a field of one or two words; a head in a last item of two words.)
  int field = -1;
  for (int f = b - 2; f >= b - 3 && f > a; --f)
    if (p.IsWord(f) && (p.Text(f) == "of" || p.Text(f) == "for")) field = f;
  const bool after_field =
      field > a && head_in(a, field) && e - last <= 2 && (!head_in(last, e) || e - last == 2);
  // (A head opening the run modifies the last item's head: "Senate Health, Education, Labor and Pensions
  // Committee". A company head ends such a list only when its items are common words, fields of the
  // company's business: "Maharashtra Film, Stage and Cultural Development Corporation", not "Microsoft,
  // Apple and Google Corporation".)
  if (p.Text(a) == "The" && b - a >= 2) ++a;
  const bool opening_head = b - a == 2 && head_in(a, a + 1) && !head_in(a + 1, b);
  auto company_head_of_fields = [&] {
    if (!en_company_suffixes.count(p.Text(e - 1)) || !CommonWordRun(p, a + 1, b)) return false;
    for (int k = b; k < e - 1; ++k)
      if (p.IsWord(k) && p.Text(k) != "and" && p.Text(k) != "the" && !CommonWordRun(p, k, k + 1))
        return false;
    return true;
  };
  const bool list_head =
      b - a <= 2 && (!head_in(a, b) || opening_head) && (head_in(last, e) || company_head_of_fields());
  return after_field || list_head ? e : b;
}

// "I", "II", "IV": a Roman numeral of up to four letters.
bool RomanNumeral(std::string_view w) {
  if (w.empty() || w.size() > 4) return false;
  for (char ch : w)
    if (ch != 'I' && ch != 'V' && ch != 'X') return false;
  return true;
}

// A word of [a, b) heads an organization's name: an en_org_suffix row or a compound ending in an
// org_word_ending row ("Landgericht", "Staatsanwaltschaft").
bool EntityRecognizer::Impl::OrgHeadWordIn(const Para& p, int a, int b) const {
  for (int q = a; q < b; ++q) {
    if (!p.IsWord(q) || !p.toks[q].cap) continue;
    const std::string_view w = StripPossessive(p.Text(q));
    if (en_org_suffixes.count(w)) return true;
    // (A German genitive too: "des Landgerichts München I".)
    const std::string_view stem = EndsWith(w, "s") ? w.substr(0, w.size() - 1) : w;
    for (const std::string& e : EntityWords::Default().List(WordList::kOrgWordEnding))
      if ((w.size() >= e.size() + 3 && EndsWith(w, e)) || (stem.size() >= e.size() + 3 && EndsWith(stem, e)))
        return true;
  }
  return false;
}

// The start of run [a, b) with stop words, titles and company-kind nouns trimmed from its front; a
// place or nationality word stays when an organization or company head follows it in the run
// ("Washington Institute for Near East Policy", "American Israel Public Affairs Committee",
// "General Civil Aviation Authority").
int EntityRecognizer::Impl::TrimLatinRunStart(const Para& p, int a, int b, std::string_view lang) const {
  // "South African-based Vaal Environmental Justice Alliance": a hyphenated participle ("-based",
  // "-owned", "-led") describes the name that follows it.
  for (int q = a + 2; q + 1 < b; ++q)
    if (p.IsPunct(q - 1, "-") && p.IsWord(q) && !p.toks[q].cap && p.toks[q].latin &&
        EndsWith(p.Text(q), "ed") && p.toks[q + 1].space_before)
      a = q + 1;
  auto head_after = [&](int from) {
    for (int q = from + 1; q < b; ++q) {
      if (!p.IsWord(q)) continue;
      std::string_view w = StripPossessive(p.Text(q));
      if (en_org_suffixes.count(w) || en_company_suffixes.count(w)) return true;
    }
    return false;
  };
  // "Usyk-Promoter Krassyuk": a hyphenated title goes with the word before its hyphen.
  auto hyphen_title = [&](int q) {
    return q + 3 < b && p.IsPunct(q + 1, "-") && !p.toks[q + 1].space_before && IsLatinTitle(p.Text(q + 2));
  };
  // "US-Finanzministerium", "EU-Kommission": a stop word written as the first part of a compound
  // stays (a title after the hyphen still goes: "US-Präsident").
  auto compound_start = [&](int q) {
    return q + 2 < b && p.IsPunct(q + 1, "-") && !p.toks[q + 1].space_before && !p.toks[q + 2].space_before &&
           p.toks[q].all_caps && lang == "de";
  };
  // "Partner Femi Oduya said": a title written in lower case in the lists opens the sentence.
  auto opening_title = [&](int q) {
    if (b - q < 3 || !p.IsWord(q) || !p.toks[q].cap || p.toks[q].all_caps) return false;
    int r = q - 1;
    while (r >= 0 && p.toks[r].kind == kPunct && p.toks[r].sentence == p.toks[q].sentence) --r;
    if (r >= 0 && p.toks[r].sentence == p.toks[q].sentence) return false;
    std::string lower(p.Text(q));
    lower[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lower[0])));
    return en_titles.count(lower) > 0;
  };
  // "Han Seung-min": a romanized Korean family name before a hyphenated given name whose second part
  // is lower case opens a person's name, even when the family name is a stop word elsewhere (Danish
  // "Han").
  auto korean_name_start = [&](int q) {
    return q + 3 < b && In(WordList::kRomanizedKoSurname, p.Text(q)) && p.IsWord(q + 1) &&
           p.toks[q + 1].cap && p.IsPunct(q + 2, "-") && !p.toks[q + 2].space_before &&
           !p.toks[q + 3].space_before && p.IsWord(q + 3) && !p.toks[q + 3].cap;
  };
  while (a < b &&
         ((en_stop.count(StripPossessive(p.Text(a))) && !compound_start(a) && !korean_name_start(a) &&
           !RomanizedGivenName(p, a, a, b)) ||
          !p.IsWord(a) || !p.toks[a].cap || hyphen_title(a) || (b - a > 1 && GermanCompanyCue(p, a)) ||
          (b - a > 1 && IsLatinTitle(p.Text(a)) && !en_org_suffixes.count(p.Text(a))) || opening_title(a) ||
          OpeningKindNoun(p, a, b))) {
    if (p.IsWord(a) && p.toks[a].cap && In(WordList::kOrgLeadWord, p.Text(a)) && head_after(a)) break;
    ++a;
  }
  // "Kreuzberger Start-up Fahrwerk Labs", "Klagenfurter Familienunternehmen Tunnelbau Wurzer &
  // Söhne": in German a noun naming a kind of company (a place adjective before it) is no part of
  // the name after it.
  while (lang == "de" && a < b) {
    const int k = GermanPlaceAdjective(p, a) ? a + 1 : a;
    const int e = CompanyCueWordEnd(p, k);
    if (e == k || e >= b || !p.IsWord(e) || !p.toks[e].cap) break;
    a = e;
  }
  auto org_head_in_run = [&](int from, int to) {
    for (int q = from; q < to; ++q)
      if (p.IsWord(q) &&
          (en_org_suffixes.count(StripPossessive(p.Text(q))) || en_company_suffixes.count(p.Text(q))))
        return true;
    return false;
  };
  // "Tore von Julian Alvarez": outside English a noun, a connector and a listed given name are a
  // noun and a person; the name starts at the given name.
  if (a < b && !lang.empty() && lang != "en" && !given_names.count(p.Text(a))) {
    for (int k = a + 1; k + 2 < b; ++k)
      if (p.IsWord(k) && !p.toks[k].cap && In(WordList::kEnNameConnector, p.Text(k)) &&
          given_names.count(p.Text(k + 1))) {
        a = k + 1;
        break;
      }
  }
  // "Bachmanns Anwalt Daniel Egli", "von Trainer Julian Schuster", "Midfielder Chad Warner": a
  // title inside the run (or opening it) before a listed given name and a family name opens the
  // person's name after it.
  for (int q = a; q + 2 < b; ++q)
    if (p.IsWord(q) && p.toks[q].cap && IsLatinTitle(p.Text(q)) && p.IsWord(q + 1) &&
        given_names.count(p.Text(q + 1)) && p.toks[q + 1].space_before && !org_head_in_run(q + 1, b)) {
      a = q + 1;
      break;
    }
  // "Haushälter Tobias Winter", "Teamkollege Fabian Winter": outside English a capitalized noun
  // before a listed given name and a family name is no part of the name (German capitalizes nouns).
  // (English: two such words, "Detective Inspector Raj Khanna"; one may open the name: "Abu
  // Hassan Amer", "Wong Kim Ark".)
  if (a < b && !given_names.count(p.Text(a)) && p.toks[a].cap && !p.toks[a].all_caps &&
      !(lang == "de" && a >= 1 && CompanyCueWordEnd(p, a - 1) == a)) {
    const bool en = lang.empty() || lang == "en";
    const int k = en ? a + 2 : a + 1;
    if (k + 1 < b && p.IsWord(k) &&
        (!en || (p.IsWord(a + 1) && p.toks[a + 1].cap && !given_names.count(p.Text(a + 1)))) && p.IsWord(k) &&
        given_names.count(p.Text(k)) && p.IsWord(k + 1) && p.toks[k + 1].cap && !p.toks[k + 1].all_caps &&
        (k + 2 == b || (k + 3 == b && p.IsWord(k + 2) && p.toks[k + 2].cap)) &&
        !en_org_suffixes.count(StripPossessive(p.Text(b - 1))) &&
        !en_company_suffixes.count(StripPossessive(p.Text(b - 1))))
      a = k;
  }
  return a;
}

// "Reinsurer Meridian Re said", "(Reuters) - Chipmaker Arvex Semiconductor": a kind of company
// (en_opening_kind_noun) opening the sentence, or after a dateline dash, before a capitalized word of run [q,
// b) describes the name after it and is no part of it.
bool EntityRecognizer::Impl::OpeningKindNoun(const Para& p, int q, int b) const {
  if (b - q < 2 || !p.IsWord(q) || !p.toks[q].cap || p.toks[q].all_caps || !p.IsWord(q + 1) ||
      !p.toks[q + 1].cap || !In(WordList::kEnOpeningKindNoun, FoldWord(p.Text(q))))
    return false;
  const int r = q - 1;
  return r < 0 || p.toks[r].sentence != p.toks[q].sentence || p.IsPunct(r, "-") || p.IsPunct(r, "\u2014") ||
         p.IsPunct(r, "\u2013");
}

// The end of run [a, b) with stop words, lower-case words and punctuation trimmed from its end;
// places, regions, numerals and firms' partners that close a name stay.
int EntityRecognizer::Impl::TrimLatinRunEnd(const Para& p, int a, int b, std::string_view lang) const {
  auto org_head_in = [&](int from, int to) {
    for (int q = from; q < to; ++q)
      if (p.IsWord(q) && en_org_suffixes.count(StripPossessive(p.Text(q)))) return true;
    return false;
  };
  auto company_head_in = [&](int from, int to) {
    for (int q = from; q < to; ++q)
      if (p.IsWord(q) && en_company_suffixes.count(p.Text(q)) &&
          !In(WordList::kEnCompanySuffixWeak, p.Text(q)))
        return true;
    return false;
  };
  // "Min-ji Han": a romanized Korean family name after a hyphenated given name whose second part is
  // lower case closes a person's name, even when it is a stop word elsewhere.
  auto korean_name_end = [&](int q) {
    return q - 3 >= a && In(WordList::kRomanizedKoSurname, StripPossessive(p.Text(q))) && p.IsWord(q - 1) &&
           !p.toks[q - 1].cap && !p.toks[q - 1].space_before && p.IsPunct(q - 2, "-") &&
           !p.toks[q - 2].space_before && p.IsWord(q - 3) && p.toks[q - 3].cap;
  };
  while (b > a && (!p.IsWord(b - 1) ||
                   (en_stop.count(StripPossessive(p.Text(b - 1))) && !korean_name_end(b - 1) &&
                    !StopWordFamilyName(p, a, b - 1)) ||
                   (!p.toks[b - 1].cap && !p.IsPunct(b - 2, "-")))) {
    // "Age UK", "Krebsliga Schweiz": a country after a name ends a national body's name.
    if (NationalBranchRun(p, a, b)) break;
    // A capitalized word after an ampersand ends a firm's name: "Kiefer & Sohn".
    if (b - 3 >= a && p.IsWord(b - 1) && p.toks[b - 1].cap && p.IsPunct(b - 2, "&") && p.IsWord(b - 3)) break;
    // A place of one to three capitalized words after "of" and an organization head ends its name:
    // "University of New York", "District Court for the Southern District of New York".
    if (p.IsWord(b - 1) && p.toks[b - 1].cap) {
      int k = b - 1;
      while (k > a && b - k <= 3 && p.IsWord(k) && p.toks[k].cap) --k;
      if (k > a && p.IsWord(k) && p.Text(k) == "of" && (org_head_in(a, k) || company_head_in(a, k))) break;
    }
    // A region after a kind of company stays: "supplier Medisys UK".
    if (b - 2 >= a && p.IsWord(b - 1) && In(WordList::kRegionWord, StripPossessive(p.Text(b - 1))) &&
        a >= 1 && p.IsWord(a - 1) && en_company_cues.count(p.Text(a - 1)))
      break;
    // A Roman numeral after the place of a court or an office ends its name: "Landgericht München I",
    // "Staatsanwaltschaft Berlin II" (not the English pronoun "I").
    if (b - 2 > a && RomanNumeral(p.Text(b - 1)) && (lang != "en" || p.Text(b - 1) != "I") && !lang.empty() &&
        p.toks[b - 1].space_before && p.IsWord(b - 2) && p.toks[b - 2].cap && OrgHeadWordIn(p, a, b - 1))
      break;
    // A region after a company suffix stays: "Samsung Research America".
    if (b - 2 > a && p.IsWord(b - 1) && In(WordList::kRegionWord, StripPossessive(p.Text(b - 1))) &&
        en_company_suffixes.count(p.Text(b - 2)))
      break;
    // So does a country after a connector and an organization or company head: "Constitutional
    // Democratic Party of Japan", "Bank of Canada".
    if (b - 2 > a && p.IsWord(b - 1) && p.toks[b - 1].cap && p.IsWord(b - 2) && !p.toks[b - 2].cap &&
        In(WordList::kEnNameConnector, p.Text(b - 2)) && (org_head_in(a, b - 2) || company_head_in(a, b - 2)))
      break;
    --b;
  }
  return b;
}

// The run [*a_io, *b_io) trimmed at both ends (TrimLatinRunStart, TrimLatinRunEnd).
void EntityRecognizer::Impl::TrimLatinRun(const Para& p, int* a_io, int* b_io, std::string_view lang) const {
  *a_io = TrimLatinRunStart(p, *a_io, *b_io, lang);
  *b_io = TrimLatinRunEnd(p, *a_io, *b_io, lang);
}

// Where an organization run [a, b) turns into a title or a person: a title or a listed given
// name after the run's organization head ("Philippine Marine Corps Commandant Major General
// Arturo Rojas", "Tribunal Supremo Ángel Hurtado", "Refugee Council Enver Solomon"); b if none.
int EntityRecognizer::Impl::OrgRunCut(const Para& p, int a, int b) const {
  int head = -1;
  for (int q = a; q < b && head < 0; ++q)
    if (p.IsWord(q) && en_org_suffixes.count(StripPossessive(p.Text(q)))) head = q;
  if (head < 0) return b;
  for (int q = head + 1; q < b; ++q) {
    if (!p.IsWord(q) || !p.toks[q].cap || en_org_suffixes.count(StripPossessive(p.Text(q)))) continue;
    const std::string_view w = StripPossessive(p.Text(q));
    if (en_titles.count(w) || en_honorifics.count(w) || IsLatinTitle(w) || given_names.count(w)) return q;
  }
  return b;
}

// "Dr Mei-Lin Okafor of UNSW", "Teri Allery of North Dakota State University": where a run
// turns from a person's name to the place of work after "of" — two or three name-like words
// before it that open with a listed given name or follow a title or honorific; b if none.
int EntityRecognizer::Impl::PersonOfCut(const Para& p, int a, int b) const {
  int o = a + 1;
  while (o < b && !(p.IsWord(o) && p.Text(o) == "of")) ++o;
  if (o >= b) return b;
  // "Detective Sergeant Owen Pryce of West Midlands Police": titles opening the run are the name's.
  int s = a;
  while (s + 2 < o && p.IsWord(s) && (EnTitleWord(p, s) || IsLatinTitle(p.Text(s)))) ++s;
  int words = 0;
  for (int q = s; q < o; ++q) {
    if (p.IsPunct(q, "-")) {
      ++q;  // "Mei-Lin" is one given name
      continue;
    }
    if (!p.IsWord(q) || !p.toks[q].cap || p.toks[q].all_caps || en_stop.count(p.Text(q))) return b;
    ++words;
  }
  if (words < 2 || words > 3) return b;
  const int before = a - 1;
  const bool titled =
      s > a ||
      (before >= 0 && p.IsWord(before) &&
       (EnTitleWord(p, before) || en_honorifics.count(p.Text(before)) || IsLatinTitle(p.Text(before))));
  // (Or the words after "of" hold an organization or company head the words before it lack: "Harriet
  // Kaye of Brackenbury & Vale Solicitors", "Jane Roe of Zentrix University".)
  auto head_in = [&](int from, int to) {
    for (int q = from; q < to; ++q)
      if (p.IsWord(q) && (en_org_suffixes.count(StripPossessive(p.Text(q))) ||
                          en_company_suffixes.count(StripPossessive(p.Text(q)))))
        return true;
    return false;
  };
  // (Two name words, no place or rank word: not "North Carolina Conference of Clerks of Superior Court".)
  const bool head_after = words == 2 && o == a + 2 && !head_in(a, o) && head_in(o + 1, b) &&
                          !In(WordList::kOrgLeadWord, p.Text(a)) &&
                          !In(WordList::kOrgLeadWord, p.Text(a + 1)) && NoCommonWordIn(p, a, o);
  // (Or the first word is a given name the gazetteer lists as a person's only and no head comes before "of":
  // "Sol Agbaje of Red Thread Artist Management", not "Royal Bank of Canada"; thirty-eighth session.)
  const bool listed_given = tagger &&
                            tagger->EnglishGazetteerClasses(StripPossessive(p.Text(s))) == ner::kGazPer &&
                            !head_in(s, o) && o > s + 1;
  return given_names.count(p.Text(s)) || titled || head_after || listed_given ? o : b;
}

// The words of run [a, b) (a hyphenated given name and name particles count once) and whether
// all are name-like: capitalized, not all capitals, no stop word.
void EntityRecognizer::Impl::LatinRunShape(const Para& p, int a, int b, int* words_out,
                                           bool* name_like) const {
  int words = 0;
  bool all_name_like = true;
  for (int q = a; q < b; ++q) {
    if (!p.IsWord(q)) continue;
    ++words;
    std::string_view w = StripPossessive(p.Text(q));
    bool after_hyphen = q > a && p.IsPunct(q - 1, "-");
    if (after_hyphen) {
      --words;  // "Sung-hyun" is one given name
      continue;
    }
    // Name particles inside a person's name: "Rainer de Meijer", "Ursula von der Leyen".
    if (q > a && q + 1 < b && !p.toks[q].cap && w != "of" && w != "for" &&
        In(WordList::kEnNameConnector, w)) {
      --words;
      continue;
    }
    // Korean executives in English text go by initials and family name ("TM Roh", "DJ Koh").
    bool initials = q == a && b - a == 2 && p.toks[q].all_caps && w.size() == 2 &&
                    In(WordList::kRomanizedKoSurname, StripPossessive(p.Text(q + 1))) > 0;
    // "Han Seung-min": a romanized Korean family name before a hyphenated given name (second part in
    // lower case) is a name, also when it is a stop word elsewhere (Danish "Han").
    // Likewise after such a given name: "Min-ji Han".
    bool korean_family =
        (q == a && q + 3 < b && In(WordList::kRomanizedKoSurname, w) && p.IsPunct(q + 2, "-") &&
         p.IsWord(q + 3) && !p.toks[q + 3].cap) ||
        (q == b - 1 && q - 3 >= a && In(WordList::kRomanizedKoSurname, w) && p.IsPunct(q - 2, "-") &&
         p.IsWord(q - 1) && !p.toks[q - 1].cap && p.IsWord(q - 3) && p.toks[q - 3].cap);
    // ("Jung Da-eun": a romanized syllable that is a stop word elsewhere, German "Da".)
    korean_family =
        korean_family || RomanizedGivenName(p, q, a, b) || (q == b - 1 && StopWordFamilyName(p, a, q));
    if (!initials && (!p.toks[q].cap || p.toks[q].all_caps || (en_stop.count(w) && !korean_family) ||
                      CountCodePoints(w) < 2))
      all_name_like = false;
  }
  *words_out = words;
  *name_like = all_name_like;
}

// Person evidence around run [a, b): a title before ("Präsident Rainer de Meijer"), an
// apposition after ("Name, who ...", "Name, a former Arm executive"), a reporting verb, an age in
// brackets, coordination with a person found just before.
LatinContext EntityRecognizer::Impl::LatinRunContext(const Para& p, const std::vector<Cand>& cands, int a,
                                                     int b) const {
  const int n = p.Size();
  LatinContext x;
  const int before = a - 1, after = b;
  x.prev_w = before >= 0 && p.IsWord(before) ? HyphenWordEndingAt(p, before) : std::string_view();
  x.next_w = after < n && p.IsWord(after) ? p.Text(after) : std::string_view();
  // Titles of other languages count too ("Präsident Rainer de Meijer", "Trainer Murat Yakin").
  x.prev_title =
      before >= 0 && (EnTitleWord(p, before) || en_honorifics.count(x.prev_w) ||
                      (!x.prev_w.empty() && IsLatinTitle(x.prev_w)) ||
                      (p.IsPunct(before, ".") && before > 0 && en_honorifics.count(p.Text(before - 1))));
  if (p.IsPunct(after, ",")) {
    // "Name, who ...", "Name, the chief executive of X", "Name, a former Arm executive",
    // "Name, previously a partner at X", "Name, Meta's chief executive".
    int q = after + 1;
    if (p.IsWord(q) && p.Text(q) == "who") x.next_comma_title = true;
    // ("Fen Hollow, whose drummer is …": the title is another person's.)
    const bool whose = p.IsWord(q) && p.Text(q) == "whose";
    for (int r = q; r < n && r < q + 5 && !x.next_comma_title && !whose; ++r) {
      if (p.toks[r].kind == kPunct) break;
      if (p.IsWord(r) && p.Free(r) && en_titles.count(StripPossessive(p.Text(r)))) x.next_comma_title = true;
    }
    x.next_comma_title = x.next_comma_title || GermanTitleApposition(p, after);
  }
  x.verb_near = en_person_verbs.count(x.next_w) > 0 || x.prev_w == "said" || x.prev_w == "says" ||
                SpeechCueNextTo(p, p.toks[a].start, p.toks[b - 1].end);
  // An age in brackets after the name: "Tone Damli (36)", "David Eriksen (57)".
  if (p.IsPunct(after, "(") && after + 2 < n && p.toks[after + 1].kind == kNumber &&
      p.IsPunct(after + 2, ")") && p.toks[after + 1].end - p.toks[after + 1].start <= 3)
    x.verb_near = true;
  // "Miguel Santos and Kelsey Park": a name coordinated with a person found just before.
  // (German "und", "sowie", "oder": "Alexander Mischkin und Anatolij Tschepiga".)
  const bool conj = x.prev_w == "and" || x.prev_w == "or" ||
                    (p.lang == "de" && (x.prev_w == "und" || x.prev_w == "sowie" || x.prev_w == "oder"));
  if (conj && before >= 1 && p.owner[before - 1] >= 0 &&
      cands[p.owner[before - 1]].type == EntityType::kPerson)
    x.verb_near = true;
  // "Harriet Kaye of Brackenbury & Vale Solicitors said": two or three words before "of" and an
  // organization or company another pass found are a person and the place of work.
  if (x.next_w == "of" && b - a >= 2 && b - a <= 3 && after + 1 < n) {
    const int o = p.owner[after + 1];
    bool org_after = o >= 0 && cands[o].tb == after + 1 && cands[o].type != EntityType::kPerson;
    for (int r = after + 1;
         o < 0 && !org_after && r < n && r < after + 7 && p.toks[r].sentence == p.toks[a].sentence &&
         (LatinCapWord(p, r) || p.IsPunct(r, "&"));
         ++r)
      org_after = p.IsWord(r) && (en_org_suffixes.count(StripPossessive(p.Text(r))) ||
                                  en_company_suffixes.count(StripPossessive(p.Text(r))));
    x.verb_near = x.verb_near || (org_after && NoCommonWordIn(p, a, b));
  }
  x.given = given_names.count(p.Text(a)) > 0;
  // "vice president at Lockheed Martin", "auditors from Grant Thornton": the place of work of a
  // title or a staff noun is not a person.
  // ("a retired teacher from Pasadena": after "from" only a plural, and no place, nor a run a capitalized
  // word goes on from, "traders from De Villiers Street": a hometown or a street is no workplace.)
  // (Not a lone common word, "head of Research", a place, "president of Brazil", a region's market, "vice
  // chairman of Asia Pacific investment banking", nor a possessive before the employer, "head of marine at
  // Lloyd's insurer X".)
  const bool of_slot = (x.prev_w == "of" || x.prev_w == "from" || x.prev_w == "at") && EmployerSlotAt(p, a) &&
                       !(b - a == 1 && CommonWordRun(p, a, b)) && !PlaceRun(p, a, b) &&
                       !In(WordList::kRegionWord, p.Text(a)) && !In(WordList::kDemonym, p.Text(a)) &&
                       StripPossessive(p.Text(b - 1)).size() == p.Text(b - 1).size();
  x.at_after_title = of_slot || (before >= 1 && ((x.prev_w == "at" && WorkplaceNounAt(p, before - 1)) ||
                                                 (x.prev_w == "from" && EndsWith(p.Text(before - 1), "s") &&
                                                  WorkplaceNounAt(p, before - 1) && !PlaceRun(p, a, b) &&
                                                  !(after < n && p.IsWord(after) && p.toks[after].cap))));
  return x;
}

// "Lumen+", "Canal+": a plus sign written right after a name's last word (ending at end_byte), closing
// the word, is part of the name: the end after it.
static int PlusSignEnd(const Para& p, int end_byte) {
  const size_t e = static_cast<size_t>(end_byte);
  if (e + 1 <= p.text.size() && p.text[e] == '+' &&
      (e + 1 == p.text.size() || !std::isalnum(static_cast<unsigned char>(p.text[e + 1]))))
    return end_byte + 1;
  return end_byte;
}

// Word a opens its sentence (an opening quote aside) capitalized only for that: a kind of company
// (en_company_cue: "Rival", "Chipmaker", "Developer") or a title the lists write in lower case alone
// (en_title: "Frontwoman", "Bassist"; not "Chief", a title also written capitalized before names), with a
// capitalized word after it that is no title ("Group Captain"). The kind is no part of the name after it
// ("Rival Virgin Australia said"). Sets *kind for a kind of company.
bool entities_detail::OpeningKindWord(const Para& p, int a, bool* kind) {
  if (!p.IsWord(a) || !p.toks[a].latin || !p.toks[a].cap || p.toks[a].all_caps || !p.IsWord(a + 1) ||
      !p.toks[a + 1].cap || !p.toks[a + 1].space_before || p.toks[a + 1].sentence != p.toks[a].sentence)
    return false;
  if (!OpensSentence(p, a)) return false;
  const std::string w = FoldWord(p.Text(a));
  if (In(WordList::kEnTitle, FoldWord(p.Text(a + 1))) || In(WordList::kEnTitle, p.Text(a + 1))) return false;
  *kind = In(WordList::kEnCompanyCue, w);
  return *kind || (In(WordList::kEnTitle, w) && !In(WordList::kEnTitle, p.Text(a)));
}

// Run [a, b) as a person, company or organization: by a company or organization head, by name
// shape and person evidence, or by company context ("startup X", "X CEO", "joined X").
void EntityRecognizer::Impl::ClassifyLatinRun(int pi, Para& p, std::vector<Cand>& cands, int a, int b) const {
  // "dem Sender Sky", "Fahrgastverein Fahrgastforum Steiermark": a German kind of organization
  // opening the run is no part of the name after it; so is an English one opening the sentence.
  if (b - a >= 2 && DeOrgKindCue(p, a) && DeKindNameStart(p, a + 1)) ++a;
  bool opening_kind = false;
  if (b - a >= 2 && p.lang != "de" && OpeningKindWord(p, a, &opening_kind)) ++a;
  int words = 0;
  bool all_name_like = true;
  LatinRunShape(p, a, b, &words, &all_name_like);
  std::string_view last = StripPossessive(p.Text(b - 1));
  int end_byte = p.toks[b - 1].start + static_cast<int>(last.size());
  const bool poss_end = last.size() < p.Text(b - 1).size();
  const int after = b;  // token after the fragment
  LatinContext x = LatinRunContext(p, cands, a, b);
  // "Park Sang-hoon", "Cho Hyun-woo": a Korean family name and a hyphenated given name.
  if (!x.given && words == 2 && b - a == 4 && In(WordList::kRomanizedKoSurname, p.Text(a)) &&
      p.IsPunct(a + 2, "-"))
    x.given = true;
  // "Jung Da-eun", "Lin Mei-hua": a family name and a given name of two romanized syllables; or the given
  // name first, "Mei-Lin Zhou", "Su-Jin Park" (thirty-first session; not in brackets, where a Latin name
  // glosses the name before it: "이준호(Joon-ho Lee·41)").
  if (!x.given && words == 2 && b - a == 4 &&
      (RomanizedGivenName(p, a + 1, a, b) ||
       (!(a > 0 && p.IsPunct(a - 1, "(")) && RomanizedGivenName(p, a, a, b))))
    x.given = true;
  EntityType type = EntityType::kNone;
  double conf = 0.0;
  // "Harlow & Finch", "Marks & Spencer": two names joined by an ampersand are a firm; so are
  // names ending in "& Name" ("Falkenrath Oberkamp & Lindqvist", "Velokurier Kranich & Söhne").
  if (!x.given && b - a >= 3 && b - a <= 5 && p.IsPunct(b - 2, "&") && all_name_like) {
    type = EntityType::kCompany;
    conf = 0.6;
  }
  // "Hanwha Defense USA": a region word after a company suffix.
  bool region_after_suffix = words >= 3 && In(WordList::kRegionWord, last) && b - 2 >= a &&
                             en_company_suffixes.count(StripPossessive(p.Text(b - 2)));
  if (type != EntityType::kNone) {
  } else if ((words >= 2 && (en_company_suffixes.count(last) || EnCompanyWordEnding(last)) && !x.given) ||
             region_after_suffix) {
    type = EntityType::kCompany;
    conf = 0.75;
    // "Glean Technologies Inc.": the period of a legal suffix belongs to the name.
    if (In(WordList::kLegalSuffix, last) && !poss_end && p.IsPunct(after, ".") && !p.toks[after].space_before)
      end_byte += 1;
  } else {
    type = LatinOrgHeadType(p, a, b, words, &conf);
  }
  // "Ohio Consumers' Counsel", "the Maryland Patients' Advocate": a forum head after a plural possessive.
  if (type == EntityType::kNone && b - a >= 3 && ForumHeadAfter(p, b - 2)) {
    type = EntityType::kOrganization;
    conf = 0.7;
  }
  if (type == EntityType::kNone && !x.given && NationalBranchRun(p, a, b)) {
    type = EntityType::kOrganization;
    conf = 0.6;
  }
  // "Royal Bank of Canada", "Bank of Commerce": a company head before "of" and a name.
  for (int q = a; type == EntityType::kNone && !x.given && q + 2 < b; ++q)
    if (p.IsWord(q) && p.toks[q].cap && en_company_suffixes.count(p.Text(q)) &&
        !In(WordList::kEnCompanySuffixWeak, p.Text(q)) && p.IsWord(q + 1) && p.Text(q + 1) == "of") {
      type = EntityType::kCompany;
      conf = 0.7;
    }
  if (type == EntityType::kNone && !poss_end && words <= 3 && all_name_like &&
      SportsTeamRun(p, a, b, words)) {
    type = EntityType::kOrganization;
    conf = 0.6;
  }
  // "Maidstone crown court", "West Midlands police": a place's body whose head is written in lower case.
  if (const int head_end = type == EntityType::kNone && !poss_end && !x.given && all_name_like
                               ? LowerBodyHeadEnd(p, a, b)
                               : -1;
      head_end > b) {
    type = EntityType::kOrganization;
    conf = 0.65;
    b = head_end;
    end_byte = p.toks[b - 1].end;
  }
  // A run with no head named an organization by its place in the clause ("told the Guardian").
  if (type == EntityType::kNone && !poss_end && !x.given && words <= 5)
    type = ContextOrgType(p, &a, b, words, &conf);
  // "Zentrix said it had hired", "Zentrix shareholders": a lone unknown name the clause makes a company.
  if (type == EntityType::kNone && !x.given && words == 1 && OrgByClauseRole(p, a, b, poss_end)) {
    type = EntityType::kOrganization;
    conf = 0.6;
  }
  bool hired = In(WordList::kHireVerb, x.prev_w) > 0;
  // "Kanzlei Koch Rainer Partner": in German a noun naming a kind of company before the run makes
  // it a company, whatever verb follows.
  const bool de_cue = p.lang == "de" && a >= 1 && CompanyCueWordEnd(p, a - 1) == a;
  // ("The environmental group Beyond Plastics said": a kind of company before a run with no listed
  // given name names the company.)
  const bool kind_cue = (en_company_cues.count(x.prev_w) > 0 || opening_kind) && !x.given;
  // "Kestrel Telecom said", "Fenwick Homes said": words that name organizations make a run with no
  // listed given name and no title before it no person, and a speaker or an actor an organization.
  const bool org_words = !x.given && !x.prev_title && words >= 2 && OrgWordIn(p, a, b);
  if (type == EntityType::kNone && !de_cue && !kind_cue && all_name_like && words >= 2 && words <= 3 &&
      !poss_end && !x.at_after_title && !org_words &&
      (x.given || x.prev_title || x.next_comma_title || x.verb_near || hired)) {
    type = EntityType::kPerson;
    conf = x.given && (x.prev_title || x.next_comma_title || x.verb_near || hired) ? 0.85 : 0.75;
  }
  if (type == EntityType::kNone && org_words && words <= 4 && !poss_end && (x.verb_near || hired)) {
    type = EntityType::kOrganization;
    conf = 0.6;
  }
  // "top AI engineer": a lone word that modifies titles is part of the title, not a company.
  if (type == EntityType::kNone && words <= 3 && !(words == 1 && en_title_mods.count(p.Text(a))) &&
      LatinCompanyContext(p, a, b, words, poss_end, x, &conf))
    type = EntityType::kCompany;
  // "The House passed", "the Treasury had": "the" and a lone organization head that acts name the body.
  if (type == EntityType::kNone && b - a == 1 && a >= 1 && p.IsWord(a - 1) &&
      (p.Text(a - 1) == "the" || p.Text(a - 1) == "The") && en_org_suffixes.count(p.Text(a)) &&
      ActsAsBody(p, b)) {
    type = EntityType::kOrganization;
    conf = 0.6;
  }
  if (type == EntityType::kNone || !SettleTypedLatinRun(p, type, last, &a, b)) return;
  if (type != EntityType::kPerson && !poss_end) end_byte = PlusSignEnd(p, end_byte);
  ClaimSpan(pi, p, cands, a, b, end_byte, type, conf);
}

// The last step of ClassifyLatinRun on a run [*a, b) typed `type` (its last word `last`): false when the run
// names nothing after all; else its start, moved past a sentence-opening common word or an elided compound's
// front.
bool EntityRecognizer::Impl::SettleTypedLatinRun(const Para& p, EntityType type, std::string_view last,
                                                 int* a, int b) const {
  // "House Minority Leader", "Senate Majority Leader": a title, no body.
  if (type == EntityType::kOrganization && b - *a >= 2) {
    std::string low(last);
    low[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(low[0])));
    if (en_titles.count(low) && !en_org_suffixes.count(last)) return false;
  }
  // "La Junta de Andalucía", "El Ayuntamiento": a sentence-opening word that the paragraph also
  // writes in lower case is an article or another common word, no part of an organization named
  // by its head; the head alone names none.
  if (type == EntityType::kOrganization && OpensSentenceAsCommonWord(p, *a)) {
    int rest = 0;
    for (int q = *a + 1; q < b; ++q) rest += p.IsWord(q) && p.toks[q].cap;
    if (rest < 2) return false;
    do ++*a;
    while (*a < b && !(p.IsWord(*a) && p.toks[*a].cap));
  }
  if (type != EntityType::kPerson) *a = ElidedCompoundStart(p, *a);
  return true;
}

// Run [a, b) of `words` name words is a sports team with no head word: "the" and two or three
// words ending in a plural common noun, the first no common word, in a paragraph of a sports report
// ("the Sydney Swans", "with the Melbourne Vixens", "The Logan Leopards"); no competition ("the
// Commonwealth Games": non_entity_head). English (or untagged) text only.
bool EntityRecognizer::Impl::SportsTeamRun(const Para& p, int a, int b, int words) const {
  if (!tagger || (!p.lang.empty() && p.lang != "en")) return false;
  const std::string_view last = p.Text(b - 1);
  const bool plural = last.size() >= 4 && last.back() == 's' && last[last.size() - 2] != 's' &&
                      tagger->EnglishWordInfo(last).lower;
  if (words < 2 || !plural || a < 1 || !p.IsWord(a - 1) ||
      (p.Text(a - 1) != "the" && p.Text(a - 1) != "The") || CommonWordRun(p, a, a + 1) ||
      en_org_suffixes.count(last) || en_company_suffixes.count(last) || In(WordList::kNonEntityHead, last))
    return false;
  for (int t = 0; t < p.Size(); ++t)
    if (p.IsWord(t) && !p.toks[t].cap && In(WordList::kEnSportWord, p.Text(t))) return true;
  return false;
}

// ---- Pass 3b: Cyrillic names (the English model, tried on Cyrillic text, finds none)

// A listed Cyrillic given name in any case: "Сергей", "Сергея", "Ольгой", "Юлии" (the name, or
// its stem without a final й, ь, а or я, followed by a case ending of name_inflection).
bool EntityRecognizer::Impl::IsCyrillicGivenName(std::string_view w) const {
  if (!IsCyrillicLead(w)) return false;
  if (In(WordList::kCyrillicGivenName, w)) return true;
  for (size_t k = 4; k + 1 < w.size(); k += 2) {  // Cyrillic letters are two bytes
    const std::string_view stem = w.substr(0, k), ending = w.substr(k);
    if (!In(WordList::kNameInflection, ending)) continue;
    if (In(WordList::kCyrillicGivenName, stem)) return true;
    for (const char* last : {"й", "ь", "а", "я"})
      if (In(WordList::kCyrillicGivenName, std::string(stem) + last)) return true;
  }
  return false;
}

// A listed given name and one or two capitalized Cyrillic words after it (a patronymic, a family
// name) are a person: "Сергей Лавров", "Андрея Ермака", "Владимир Владимирович Путин".
void EntityRecognizer::Impl::CyrillicPersonPass(int pi, Para& p, std::vector<Cand>& cands) const {
  const int n = p.Size();
  auto name_word = [&](int q, int s) {
    return q < n && p.IsWord(q) && p.Free(q) && p.toks[q].cap && p.toks[q].space_before &&
           p.toks[q].sentence == s && IsCyrillicLead(p.Text(q)) && CountCodePoints(p.Text(q)) >= 2;
  };
  for (int t = 0; t + 1 < n; ++t) {
    if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].cap || !IsCyrillicGivenName(p.Text(t))) continue;
    const int s = p.toks[t].sentence;
    if (!name_word(t + 1, s) || IsCyrillicGivenName(p.Text(t + 1))) continue;
    int te = t + 2;
    // A patronymic (-ович, -евич, -овна, -евна, in any case) is followed by the family name.
    const std::string_view second = p.Text(t + 1);
    const bool patronymic =
        second.find("ович") != std::string_view::npos || second.find("евич") != std::string_view::npos ||
        second.find("овн") != std::string_view::npos || second.find("евн") != std::string_view::npos;
    if (patronymic && name_word(te, s)) ++te;
    ClaimSpan(pi, p, cands, t, te, p.toks[te - 1].end, EntityType::kPerson, 0.75);
    t = te - 1;
  }
}

}  // namespace hirewire::extract
