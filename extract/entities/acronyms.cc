// Passes 6, 2b and 2c of the entity recognizer in any Latin-script language: acronyms, names
// spelled out before their acronym, legal forms after a company name.
#include "extract/entities/internal.h"

namespace hirewire::extract {

namespace {

// Two or more letters, all capitals (any script): "NATO", "СБУ", "ÖVP".
bool AllCaps(std::string_view w) {
  int letters = 0;
  for (size_t i = 0; i < w.size();) {
    const auto cp = static_cast<UChar32>(DecodeUtf8(w, &i));
    if (!u_isalpha(cp)) continue;
    if (!u_isupper(cp)) return false;
    ++letters;
  }
  return letters >= 2;
}

}  // namespace

// ---- Pass 6: acronyms in Latin-script text

// A word of 2-5 capital letters (no digits; a possessive aside) that is no listed non-body
// abbreviation (US, CEO, GDP, EUR, II) nor a capitalized common word.
bool EntityRecognizer::Impl::IsAcronym(const Para& p, int t) const {
  if (!p.IsWord(t) || !(p.toks[t].latin || IsCyrillicLead(p.Text(t)))) return false;
  const std::string_view w = StripPossessive(p.Text(t));
  if (w.size() < 2) return false;
  int letters = 0;
  for (size_t i = 0; i < w.size();) {
    const char32_t cp = DecodeUtf8(w, &i);
    if (!u_isupper(static_cast<UChar32>(cp))) return false;
    ++letters;
  }
  if (letters < 2 || letters > 5 || In(WordList::kNonOrgAcronym, w)) return false;
  std::string title(w.substr(0, 1));
  for (char ch : w.substr(1))
    title.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(ch))));
  return !en_stop.count(title) && !In(WordList::kEnFunctionWord, title) && !In(WordList::kDemonym, title);
}

// An acronym no other pass claimed is an organization in news (parties, agencies, unions,
// broadcasters: "SPD", "CGT", "APA", "UNHCR") when it stands alone: not in capitals text (a
// headline, a byline: the nearest word on either side in capitals too), not a label ("WATCH:"),
// not part of a longer name (a capitalized word right before or after it: "Keystone XL", "MK
// Party"), not the modifier of a compound ("WM-Titel", "NS-Vergangenheit"), not a model before a
// number ("ATR 72") and not a bracketed abbreviation (of a phrase, "(MTEF)", or a person's
// canton or party, "Thomas Matter (ZH)"; an organization's is a gloss, GlossPass). Korean,
// Japanese and Chinese paragraphs are left to their rules.
void EntityRecognizer::Impl::AcronymPass(int pi, Para& p, std::vector<Cand>& cands) const {
  const int n = p.Size();
  for (int t = 0; t < n; ++t) {
    if (!p.Free(t) || !IsAcronym(p, t)) continue;
    const int s = p.toks[t].sentence;
    auto in_sentence = [&](int q) { return q >= 0 && q < n && p.toks[q].sentence == s; };
    auto nearest_word = [&](int q, int step) {
      while (in_sentence(q) && p.toks[q].kind == kNumber) q += step;
      return in_sentence(q) && p.IsWord(q) ? q : -1;
    };
    const int prev = nearest_word(t - 1, -1), next = nearest_word(t + 1, 1);
    if ((prev >= 0 && AllCaps(p.Text(prev))) || (next >= 0 && AllCaps(p.Text(next)))) continue;
    auto cap_word = [&](int q) {
      return in_sentence(q) && p.IsWord(q) && (p.toks[q].latin || IsCyrillicLead(p.Text(q))) && p.toks[q].cap;
    };
    if (cap_word(t + 1) && p.toks[t + 1].space_before) continue;
    // In German every noun is capitalized: a noun after a lower-case word is a common noun in
    // apposition ("der Verbände IBF", "des Militärnachrichtendienstes GRU"), not a name's start
    // (two letters after a place are its canton or state: "in Küssnacht SZ").
    const bool de_apposition = p.lang == "de" && t >= 2 && p.IsWord(t - 2) && p.toks[t - 2].latin &&
                               CountCodePoints(p.Text(t)) >= 3 && !p.toks[t - 2].cap &&
                               p.toks[t - 1].space_before;
    if (cap_word(t - 1) && p.toks[t].space_before && t - 1 > 0 && in_sentence(t - 2) && !de_apposition)
      continue;
    // After a title it is a person's initials ("Präsident DJT"), also at a sentence's start.
    if (cap_word(t - 1) && p.toks[t].space_before && IsLatinTitle(p.Text(t - 1))) continue;
    // Among words of a script without case (Devanagari, Arabic, Thai) nothing shows whether it
    // opens a longer name or is a title before one ("ASP संजय पांडे"): left to the other rules.
    auto caseless = [&](int q) { return q >= 0 && !p.toks[q].latin && !IsCyrillicLead(p.Text(q)); };
    if ((prev >= 0 || next >= 0) && (prev < 0 || caseless(prev)) && (next < 0 || caseless(next))) continue;
    if (p.IsPunct(t + 1, ":") || p.IsPunct(t + 1, "|") ||
        (p.IsPunct(t + 1, "-") && !p.toks[t + 1].space_before))
      continue;
    // A product named by its maker: "the PUBG developer's engine", "the ZX maker".
    if (in_sentence(t + 1) && p.IsWord(t + 1) &&
        In(WordList::kProductMakerNoun, StripPossessive(p.Text(t + 1))))
      continue;
    // Joined to a word before it: "Air France-KLM", "AP-NORC", "CDU/CSU".
    if ((p.IsPunct(t - 1, "-") || p.IsPunct(t - 1, "/")) && !p.toks[t].space_before) continue;
    if (in_sentence(t + 1) && p.toks[t + 1].kind == kNumber) continue;
    if (p.IsPunct(t - 1, "(") && p.IsPunct(t + 1, ")")) continue;
    const int end = p.toks[t].start + static_cast<int>(StripPossessive(p.Text(t)).size());
    ClaimSpan(pi, p, cands, t, t + 1, end, EntityType::kOrganization, 0.6);
    if (p.owner[t] >= 0) cands[p.owner[t]].acronym = true;
  }
}

// ---- Pass 2b: names spelled out before their acronym, in any Latin-script language

// The first letter of word `w`, case-folded (ICU simple folding).
UChar32 FoldedInitial(std::string_view w) {
  size_t i = 0;
  return u_foldCase(static_cast<UChar32>(DecodeUtf8(w, &i)), U_FOLD_CASE_DEFAULT);
}

// "Deutschen Gesellschaft für Auswärtige Politik (DGAP)", "Unidad Militar de Emergencias (UME)",
// "Tasarruf Mevduatı Sigorta Fonu (TMSF)", "České bankovní asociace (ČBA)": the words before a
// bracketed acronym (token `open` is the bracket) whose initials spell it, read backwards; short
// lower-case words between them (für, de, y, of) are skipped, and the later parts of a hyphenated
// word ("Co-operation") give no letter. The first word of the name, or -1 when the words before
// the bracket do not spell the acronym.
int EntityRecognizer::Impl::SpelledOutStart(const Para& p, int open, bool single) const {
  const std::string_view acr = StripPossessive(p.Text(open + 1));
  std::vector<UChar32> letters;
  for (size_t i = 0; i < acr.size();)
    letters.push_back(u_foldCase(static_cast<UChar32>(DecodeUtf8(acr, &i)), U_FOLD_CASE_DEFAULT));
  const int sentence = p.toks[open].sentence;
  // Letters k..need spelled by compound `w` from its initial on, in order.
  auto spells = [&](std::string_view w, int k, int need) {
    if (FoldedInitial(w) != letters[static_cast<size_t>(k)]) return false;
    const std::string folded = FoldWord(w);
    size_t at = 1;
    for (int m = k + 1; m <= need; ++m) {
      std::string letter;
      icu::UnicodeString(letters[static_cast<size_t>(m)]).toUTF8String(letter);
      const size_t f = folded.find(letter, at);
      if (f == std::string::npos) return false;
      at = f + letter.size();
    }
    return true;
  };
  // Letters 0..need spelled by the words from j backwards; `compound`: a compound gave more than one.
  auto spell = [&](auto&& self, int j, int need, bool compound) -> int {
    for (; j >= 0 && p.toks[j].sentence == sentence && p.Free(j); --j) {
      if (p.IsPunct(j, ",") || (p.IsPunct(j, "-") && !p.toks[j].space_before)) continue;
      if (!p.IsWord(j) || !p.toks[j].latin) return -1;
      if (p.IsPunct(j - 1, "-") && !p.toks[j].space_before) continue;  // "Co-operation": one letter
      const std::string_view w = p.Text(j);
      if (FoldedInitial(w) == letters[static_cast<size_t>(need)]) {
        if (need == 0)
          return p.toks[j].cap && (j < open - 2 || compound) && !en_stop.count(w) &&
                         !In(WordList::kDeDeterminer, FoldWord(w))
                     ? j
                     : -1;
        if (const int first = self(self, j - 1, need - 1, compound); first >= 0) return first;
      }
      // "Deutschen Forschungsgemeinschaft (DFG)", "Österreichischen Bundesbahnen (ÖBB)": a
      // capitalized compound of eight letters or more gives the initials of its parts, its own
      // initial and later letters of it in order (the name then may be two words); tried when
      // its initial alone does not spell the name.
      if (p.toks[j].cap && CountCodePoints(w) >= 8)
        for (int k = need - 1; k >= 0; --k) {
          if (!spells(w, k, need)) continue;
          if (k == 0) {
            if ((j < open - 1 || single) && !en_stop.count(w)) return j;
            continue;
          }
          if (const int first = self(self, j - 1, k - 1, true); first >= 0) return first;
        }
      if (FoldedInitial(w) == letters[static_cast<size_t>(need)]) return -1;
      // "Institut der deutschen Wirtschaft (IW)": a German inflected adjective in lower case gives
      // no letter.
      if (!p.toks[j].cap && p.lang == "de" && GermanInflectedAdjective(p, j)) continue;
      if (p.toks[j].cap || CountCodePoints(w) > 4) return -1;
    }
    return -1;
  };
  return spell(spell, open - 1, static_cast<int>(letters.size()) - 1, false);
}

// German word t in lower case is an inflected adjective: five letters or more ending in e, em, en,
// er or es, no determiner ("deutschen", "freien"; not "der", "eines").
bool EntityRecognizer::Impl::GermanInflectedAdjective(const Para& p, int t) const {
  if (!p.IsWord(t) || !p.toks[t].latin || p.toks[t].cap) return false;
  const std::string_view w = p.Text(t);
  if (CountCodePoints(w) < 5 || In(WordList::kDeDeterminer, w) || In(WordList::kDeIndefinite, w))
    return false;
  for (std::string_view e : {"e", "em", "en", "er", "es"})
    if (EndsWith(w, e)) return true;
  return false;
}

// A short form of three to five letters in mixed case, a capital first and a capital or small
// letter after it, no listed non-body abbreviation nor a common word ("Weko", "SdK"; not "Foto").
bool EntityRecognizer::Impl::MixedCaseShortForm(const Para& p, int t) const {
  if (!p.IsWord(t) || !p.toks[t].latin || !p.toks[t].cap || p.toks[t].all_caps) return false;
  const std::string_view w = p.Text(t);
  const int letters = CountCodePoints(w);
  if (letters < 3 || letters > 5 || In(WordList::kNonOrgAcronym, w)) return false;
  for (size_t i = 0; i < w.size();)
    if (!u_isalpha(static_cast<UChar32>(DecodeUtf8(w, &i)))) return false;
  return !en_stop.count(w) && !In(WordList::kEnFunctionWord, w) && !In(WordList::kDemonym, w) &&
         !(tagger && tagger->EnglishWordInfo(w).lower);
}

// A name spelled out before its acronym of three letters or more is an organization (a company
// when it ends in a company suffix); GlossPass then links the acronym to it. An acronym that names no body
// (GDP, CEO: see IsAcronym) or a name ending in an event or treaty word (Act, Cup, Agreement) is left alone.
void EntityRecognizer::Impl::SpelledOutAcronymPass(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int t = 1; t + 2 < p.Size(); ++t) {
    // (Two letters are spelled out by chance too often: "Soporte de Video (SV)"; not by a German
    // compound ending in an institution's head: "Arbeiterkammer (AK)".)
    if (!p.IsPunct(t, "(") || !p.toks[t].space_before || !p.IsPunct(t + 2, ")")) continue;
    // ("Wettbewerbskommission (Weko)": a short form in mixed case only after an institution's head.)
    bool compound = false;
    const bool mixed = !IsAcronym(p, t + 1) && MixedCaseShortForm(p, t + 1);
    if (!IsAcronym(p, t + 1) && !(mixed && GermanInstitutionHead(p, t - 1, &compound))) continue;
    const bool single =
        p.lang == "de" && GermanInstitutionHead(p, t - 1, &compound) && compound &&
        !(p.IsWord(t - 2) && p.toks[t - 2].cap && p.toks[t - 1].space_before &&
          !en_stop.count(p.Text(t - 2)) && !In(WordList::kDeDeterminer, FoldWord(p.Text(t - 2))));
    const int letters = CountCodePoints(p.Text(t + 1));
    if (letters < 2) continue;
    if (!p.IsWord(t - 1) || In(WordList::kNonEntityHead, p.Text(t - 1))) continue;
    const int first = SpelledOutStart(p, t, single);
    if (first < 0) continue;
    // Two letters only after a compound head or for a name opened by an institution's head
    // ("Institut der deutschen Wirtschaft (IW)"; not "Soporte de Video (SV)").
    if (bool c = false; letters < 3 && !single &&
                        !(GermanInstitutionHead(p, first, &c) || en_org_suffixes.count(p.Text(first))))
      continue;
    // "Eidgenössische Institut für Schnee- und Lawinenforschung (SLF)", "Versuchsanstalt für Wasserbau,
    // Hydrologie und Glaziologie (VAW)": the letters spell the tail of a German institution; the
    // institution pass reads the name from its head.
    if (bool c = false;
        p.lang == "de" && first >= 2 && p.Text(first - 1) == "für" && GermanInstitutionHead(p, first - 2, &c))
      continue;
    const bool company =
        en_company_suffixes.count(p.Text(t - 1)) || In(WordList::kLegalSuffix, p.Text(t - 1));
    ClaimSpan(pi, p, cands, first, t, p.toks[t - 1].end,
              company ? EntityType::kCompany : EntityType::kOrganization, 0.75);
  }
}

// ---- Pass 2c: legal forms after a company name, in any Latin-script language

// The token after a legal form (legal_suffix, not an English company suffix, which
// ClassifyLatinRun reads) written as listed from token t on ("S.A.", "A/S", "AŞ", "a.s."); its
// end byte in `end_byte`. 0 when none starts at t.
int EntityRecognizer::Impl::LegalFormEnd(const Para& p, int t, int* end_byte) const {
  if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].space_before) return 0;
  const std::string_view rest = p.text.substr(static_cast<size_t>(p.toks[t].start));
  const auto first = static_cast<unsigned char>(rest[0]);  // (a word token is never empty)
  if (!(legal_form_first_bytes[first >> 6] >> (first & 63) & 1)) return 0;
  size_t best = 0;
  for (const std::string& f : legal_forms) {
    if (f.size() <= best || !rest.starts_with(f)) continue;
    // The form ends the word: "AS" is no legal form in "ASML", "S.A." none in "S.A.Z".
    const unsigned char next = f.size() < rest.size() ? static_cast<unsigned char>(rest[f.size()]) : ' ';
    if (std::isalnum(next) || next >= 0x80 || (f.back() != '.' && next == '/')) continue;
    best = f.size();
  }
  if (best == 0) return 0;
  *end_byte = p.toks[t].start + static_cast<int>(best);
  int e = t;
  while (e < p.Size() && p.toks[e].start < *end_byte) ++e;
  return e;
}

// "Ozan Elektronik Para AŞ", "Telefónica S.A.", "Maersk A/S", "Zentrix GmbH": capitalized words
// (up to four, no title; a stop word only inside) right before a legal form are a company with it.
void EntityRecognizer::Impl::LegalFormPass(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int t = 1; t < p.Size(); ++t) {
    // "Hansekontor Bankhaus & Co. KG": "Co." before the form belongs to the name.
    const int last =
        t >= 3 && p.IsPunct(t - 1, ".") && p.Text(t - 2) == "Co" && !p.toks[t - 1].space_before ? t - 2 : t;
    if (!LatinCapWord(p, last - 1) && !(last < t && p.IsPunct(last - 1, "&"))) continue;
    if (last == t && p.toks[t - 1].all_caps) continue;
    int end_byte = 0;
    int e = LegalFormEnd(p, t, &end_byte);
    if (e == 0) continue;
    const int a = LegalFormNameStart(p, last);
    if (a == last) continue;
    // "Hagedorn Fördertechnik GmbH & Co. KG": a limited partnership's second form ends the name.
    if (int end2 = 0; e + 3 < p.Size() && p.IsPunct(e, "&") && p.Text(e + 1) == "Co" &&
                      p.IsPunct(e + 2, ".") && !p.toks[e + 2].space_before) {
      if (const int e2 = LegalFormEnd(p, e + 3, &end2); e2 > 0) {
        e = e2;
        end_byte = end2;
      }
    }
    ClaimSpan(pi, p, cands, a, e, end_byte, EntityType::kCompany, 0.75);
    t = e - 1;
  }
}

// "law firm Pemberton Vance & Osei", "the Houston law firm Pike, Morrow & Quill": three partners' names or
// more (capitalized words, commas written tight) joined by a last ampersand are one firm without a legal form
// too (LegalFormNameStart reads the words; thirty-eighth session). Claimed before the dictionary, which reads
// a partner as a known person ("Vance"). Not a name the last partner goes on to ("Arts & Culture Minister"),
// one with a legal form (LegalFormPass), one after a connector ("Department for Digital, Culture, Media &
// Sport"), nor places
// ("UK, France & Germany").
void EntityRecognizer::Impl::PartnersNamePass(int pi, Para& p, std::vector<Cand>& cands) const {
  const int n = p.Size();
  for (int t = 1; t + 1 < n; ++t) {
    if (!p.IsPunct(t, "&") || !p.toks[t].space_before || !LatinCapWord(p, t - 1) || !LatinCapWord(p, t + 1) ||
        p.toks[t + 1].all_caps)
      continue;
    const int e = t + 2;
    int end_byte = 0;
    if (e < n && p.toks[e].sentence == p.toks[t].sentence &&
        (LatinCapWord(p, e) || p.IsPunct(e, "&") || p.IsPunct(e, "-") || LegalFormEnd(p, e, &end_byte) > 0))
      continue;
    if (e < n && p.IsPunct(e, ".") && !p.toks[e].space_before) continue;  // "GmbH & Co. KG"
    const int a = LegalFormNameStart(p, e);
    // Each partner is one word; two before a lone ampersand ("Pemberton Vance & Osei", not "Wiener
    // Fahrradlieferdienst Velokurier Kranich & Söhne").
    int words = 0, seg = 0, commas = 0, longest = 0;
    bool place = false;
    for (int q = a; q < e; ++q) {
      if (p.IsPunct(q, ",") || p.IsPunct(q, "&")) {
        commas += p.IsPunct(q, ",");
        longest = std::max(longest, seg);
        seg = 0;
      }
      if (!p.IsWord(q)) continue;
      ++words;
      ++seg;
      const std::string_view w = StripPossessive(p.Text(q));
      const uint32_t gaz = tagger ? tagger->EnglishGazetteerClasses(w) : 0;
      place = place || ((gaz & ner::kGazLoc) && !(gaz & ner::kGazPer)) || In(WordList::kDemonym, w);
    }
    const bool connector = a > 0 && (p.IsPunct(a - 1, ",") || p.IsPunct(a - 1, "&") ||
                                     (p.IsWord(a - 1) && In(WordList::kEnNameConnector, p.Text(a - 1))));
    if (words < 3 || place || connector || longest > (commas > 0 ? 1 : 2) || seg > 1) continue;
    const std::string_view last = StripPossessive(p.Text(e - 1));
    ClaimSpan(pi, p, cands, a, e, p.toks[e - 1].start + static_cast<int>(last.size()), EntityType::kCompany,
              0.7);
    t = e - 1;
  }
}

// The first token of the company name that ends right before token `last` (a legal form or the
// "Co." before one): capitalized words (up to four, no title; a stop word only inside); partners
// joined by an ampersand and commas take up to ten tokens ("Kessler, Brandt & Oyelaran LLP",
// "Brunner Stocker & Partner AG", "Skadden, Arps, Slate, Meagher & Flom LLP"; a stop word right before a
// partner comma is a partner's name there, "Weil, Gotshal & Manges LLP", unless it opens the sentence), a
// hyphen joins the parts of a compound ("S-Bahn Berlin GmbH"). A noun naming the kind of company before the
// name is no part of it, nor in German a place adjective before one or before a name of two words or more
// ("Baukonzern Strabag SE", "Grazer Steirer Gleistechnik AG", "Hamburger Privatbank Hansekontor Bankhaus &
// Co. KG"; not before partners: "Brunner Stocker & Partner AG").
int EntityRecognizer::Impl::LegalFormNameStart(const Para& p, int last) const {
  int a = last;
  bool amp = a > 0 && p.IsPunct(a - 1, "&");
  if (amp) --a;
  while (a - 1 >= 0 && last - a < (amp ? 10 : 4) && p.toks[a - 1].sentence == p.toks[last].sentence) {
    const int q = a - 1;
    if (p.IsPunct(q, "&") && amp) break;
    if (p.IsPunct(q, "&") || (p.IsPunct(q, ",") && amp && !p.toks[q].space_before)) {
      if (!LatinCapWord(p, q - 1) || p.toks[q - 1].all_caps || !p.toks[a].space_before) break;
      amp = amp || p.IsPunct(q, "&");
      a = q;
      continue;
    }
    if (p.IsPunct(q, "-") && !p.toks[q].space_before && !p.toks[a].space_before && q >= 1 &&
        p.IsWord(q - 1) && p.toks[q - 1].cap && p.Free(q - 1)) {
      a = q - 1;
      continue;
    }
    if (!LatinCapWord(p, q) || p.toks[q].all_caps || (IsLatinTitle(p.Text(q)) && !p.IsPunct(q - 1, "&")) ||
        (a != last && p.IsWord(a) && !p.toks[a].space_before))
      break;
    a = q;
  }
  while (a < last && (!p.IsWord(a) || (en_stop.count(p.Text(a)) && !PartnerBeforeComma(p, a, amp)))) ++a;
  auto words_from = [&](int k) {
    int w = 0;
    for (int q = k; q < last; ++q) w += p.IsWord(q) && p.toks[q].space_before;
    return w;
  };
  for (bool cut = true; cut && a < last;) {
    cut = false;
    if (const int k = CompanyCueWordEnd(p, a); k > a && k < last) {
      a = k;
      cut = true;
    } else if (p.lang == "de" && GermanPlaceAdjective(p, a) &&
               (CompanyCueWordEnd(p, a + 1) > a + 1 || (words_from(a + 1) >= 2 && !amp))) {
      ++a;
      cut = true;
    }
  }
  return a;
}

// Word a opens a partners' name before its comma ("Weil" of "from Weil, Gotshal & Manges LLP"), a stop word
// elsewhere: only right after "from", "at" or a move verb ("joined"), not after a date's preposition ("On
// Tuesday, Smith & Jones LLP").
bool EntityRecognizer::Impl::PartnerBeforeComma(const Para& p, int a, bool amp) const {
  if (!amp || a == 0 || !p.IsPunct(a + 1, ",") || p.toks[a + 1].space_before || !p.IsWord(a - 1))
    return false;
  const std::string_view w = p.Text(a - 1);
  return p.toks[a - 1].sentence == p.toks[a].sentence &&
         (w == "from" || w == "at" || In(WordList::kEnMoveVerb, w));
}

// The token after the noun naming a kind of company that starts at token a, parts joined by
// hyphens included ("Baukonzern", "Biotech-Unternehmen", "Start-up"); a when none starts there.
int EntityRecognizer::Impl::CompanyCueWordEnd(const Para& p, int a) const {
  if (!p.IsWord(a)) return a;
  int k = a;
  while (k + 2 < p.Size() && p.IsPunct(k + 1, "-") && !p.toks[k + 1].space_before &&
         !p.toks[k + 2].space_before && p.IsWord(k + 2))
    k += 2;
  if (GermanCompanyCue(p, k)) return k + 1;
  std::string lower(HyphenWordEndingAt(p, k));
  for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return en_company_cues.count(lower) ? k + 1 : a;
}

}  // namespace hirewire::extract
