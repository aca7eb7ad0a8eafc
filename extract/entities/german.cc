// Pass 3, German: institutions, councils, placed bodies, clubs and shops named with their
// kind word.
#include "extract/entities/internal.h"

namespace hirewire::extract {

// German: word t heads an institution's name (de_institution_head rows, alone or as the end of a
// compound, genitive s/es allowed: "Instituts", "Landesanstalt", "Beobachtungsstelle"). Returns
// the row's index + 1 (0: no head); *compound tells whether other letters come before the row.
int EntityRecognizer::Impl::GermanInstitutionHead(const Para& p, int t, bool* compound) const {
  if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].latin || !p.toks[t].cap || p.toks[t].all_caps) return 0;
  std::string lower(p.Text(t));
  for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  const std::vector<std::string>& heads = EntityWords::Default().List(WordList::kDeInstitutionHead);
  for (size_t i = 0; i < heads.size(); ++i) {
    for (std::string_view gen : {"", "s", "es"}) {
      const std::string_view h = heads[i], l = lower;
      if (l.size() < h.size() + gen.size() || !EndsWith(l, gen) ||
          !EndsWith(l.substr(0, l.size() - gen.size()), h))
        continue;
      const size_t before = lower.size() - h.size() - gen.size();
      if (before > 0 && before < 3) continue;
      *compound = before > 0;
      return static_cast<int>(i) + 1;
    }
  }
  return 0;
}

// German: the end of an institution name's tail after its head at token `head` ("für Polar- und
// Meeresforschung", "für das Verbot chemischer Waffen", "der Polizei", "des Innern"); head + 1 when none.
// A tail with "der"/"des" follows only de_genitive_head rows.
int EntityRecognizer::Impl::GermanInstitutionTail(const Para& p, int head) const {
  const int s = p.toks[head].sentence;
  int q = head + 1;
  if (!p.IsWord(q) || p.toks[q].sentence != s) return head + 1;
  const std::string_view link = p.Text(q);
  bool genitive = false;
  if (link == "der" || link == "des") {
    std::string lower(p.Text(head));
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    for (const std::string& h : EntityWords::Default().List(WordList::kDeGenitiveHead))
      genitive = genitive || lower == h || lower == h + "s" || lower == h + "es";
    if (!genitive) return head + 1;
  } else if (link != "für") {
    return head + 1;
  }
  ++q;
  auto lower_word = [&](int k) {
    return p.IsWord(k) && p.toks[k].latin && !p.toks[k].cap && p.toks[k].sentence == s;
  };
  auto noun = [&](int k) {
    return p.IsWord(k) && p.Free(k) && p.toks[k].latin && p.toks[k].cap && p.toks[k].sentence == s &&
           !en_stop.count(p.Text(k));
  };
  // A definite article after "für" ("für das Verbot"; not "für ein Land", "für ihren Tod").
  if (!genitive && lower_word(q) && In(WordList::kDeDeterminer, p.Text(q)) &&
      !In(WordList::kDeIndefinite, p.Text(q)) && noun(q + 1))
    ++q;
  int end = head + 1, committed = head + 1;
  for (int item = 0; item < 6; ++item) {
    // An adjective before the noun ("öffentliches Auftragswesen", "Russischen Föderation").
    if (!genitive && lower_word(q) && !In(WordList::kDeDeterminer, p.Text(q)) &&
        !In(WordList::kDeIndefinite, p.Text(q)) && p.Text(q) != "und" && noun(q + 1))
      ++q;
    else if (noun(q) && noun(q + 1) && p.toks[q + 1].space_before &&
             (genitive || EndsWith(p.Text(q), "e") || EndsWith(p.Text(q), "en") || EndsWith(p.Text(q), "es")))
      ++q;  // "der Russischen Föderation", "für Innere Medizin"
    if (!noun(q)) break;
    // "Polar- und Meeresforschung": a compound part whose head the next noun gives.
    if (p.IsPunct(q + 1, "-") && !p.toks[q + 1].space_before && p.IsWord(q + 2) &&
        (p.Text(q + 2) == "und" || p.Text(q + 2) == "oder") && noun(q + 3)) {
      q += 3;
      continue;
    }
    end = ++q;
    // "für das Verbot chemischer Waffen": a genitive adjective and noun after the noun (not a
    // preposition: "für Strafsachen wegen Untreue").
    if (lower_word(q) && (EndsWith(p.Text(q), "er") || EndsWith(p.Text(q), "en")) && noun(q + 1) &&
        !In(WordList::kDeDeterminer, p.Text(q)) && !In(WordList::kDePreposition, p.Text(q)))
      end = q += 2;
    if (genitive) {
      // "Verband der Feuerwehren NRW": an acronym of the region after the genitive.
      if (p.IsWord(q) && p.Free(q) && p.toks[q].all_caps && p.toks[q].sentence == s && p.Text(q).size() >= 2)
        end = ++q;
      committed = end;
      // "Bundesministerium des Innern und für Heimat": a field with "und für" after the genitive.
      if (p.IsWord(q) && p.Text(q) == "und" && p.IsWord(q + 1) && p.Text(q + 1) == "für" && noun(q + 2)) {
        genitive = false;
        q += 2;
        continue;
      }
      break;
    }
    if (p.IsWord(q) && (p.Text(q) == "und" || p.Text(q) == "sowie")) {
      committed = end;
      ++q;
      continue;
    }
    if (p.IsPunct(q, ",") && noun(q + 1)) {
      ++q;
      continue;
    }
    committed = end;
    break;
  }
  return committed;
}

// German: "Wirtschafts- und Korruptionsstaatsanwaltschaft": a compound part ending in a hyphen and
// "und"/"oder" before the name at word `a` shares its head and opens the name; `a` if none.
int EntityRecognizer::Impl::ElidedCompoundStart(const Para& p, int a) const {
  if (p.lang != "de" || a < 3 || !p.IsWord(a - 1) || (p.Text(a - 1) != "und" && p.Text(a - 1) != "oder") ||
      !p.IsPunct(a - 2, "-") || p.toks[a - 2].space_before || !p.IsWord(a - 3) || !p.Free(a - 3) ||
      !p.Free(a - 2) || !p.Free(a - 1) || !p.toks[a - 3].latin || !p.toks[a - 3].cap ||
      p.toks[a - 3].sentence != p.toks[a].sentence)
    return a;
  return a - 3;
}

// German institutions named by their kind: inflected capitalized adjectives, a head and a tail
// ("Syrischen Beobachtungsstelle für Menschenrechte", "Gewerkschaft der Polizei",
// "Alfred-Wegener-Instituts für Polar- und Meeresforschung", "Bayrischen Landesanstalt für
// Weinbau und Gartenbau"). A name needs a tail, or an adjective before a compound head; an
// indefinite article before it makes it a kind ("eine Plattform für Händler").
void EntityRecognizer::Impl::GermanInstitutionPass(int pi, Para& p, std::vector<Cand>& cands) const {
  const int n = p.Size();
  for (int t = 0; t < n; ++t) {
    bool compound = false;
    if (!GermanInstitutionHead(p, t, &compound)) continue;
    const int s = p.toks[t].sentence;
    int a = t;
    // "Alfred-Wegener-Instituts": capitalized words joined to the head by hyphens.
    while (a >= 2 && p.IsPunct(a - 1, "-") && !p.toks[a - 1].space_before && !p.toks[a].space_before &&
           p.IsWord(a - 2) && p.Free(a - 2) && p.toks[a - 2].cap && p.toks[a - 2].latin) {
      a -= 2;
      compound = true;
    }
    bool adjective = false;
    a = ElidedCompoundStart(p, a);
    for (int k = 0; k < 2 && a >= 1; ++k) {
      const int q = a - 1;
      if (!p.IsWord(q) || !p.Free(q) || !p.toks[q].latin || !p.toks[q].cap || p.toks[q].all_caps ||
          p.toks[q].sentence != s || !p.toks[a].space_before)
        break;
      const std::string_view w = p.Text(q);
      if (en_stop.count(w) || given_names.count(w) || IsLatinTitle(w) || w.size() < 5 ||
          In(WordList::kDemonym, w) ||
          !(EndsWith(w, "e") || EndsWith(w, "en") || EndsWith(w, "er") || EndsWith(w, "es")))
        break;
      a = q;
      adjective = true;
    }
    // "Senckenberg Gesellschaft für Naturforschung": one name word right before a head with a
    // tail (no adjective, no title or stop word, a word the paragraph never writes after an
    // article, the word before it none of a name) opens the name.
    const bool name_before =
        !adjective && a == t && a >= 1 && p.IsWord(a - 1) && p.Free(a - 1) && p.toks[a - 1].latin &&
        p.toks[a - 1].cap && !p.toks[a - 1].all_caps && p.toks[a].space_before &&
        p.toks[a - 1].sentence == s && !en_stop.count(p.Text(a - 1)) && !IsLatinTitle(p.Text(a - 1)) &&
        !In(WordList::kDemonym, p.Text(a - 1)) && !GermanCompanyCue(p, a - 1) &&
        !(a >= 2 && p.IsWord(a - 2) && p.toks[a - 2].cap && p.toks[a - 2].sentence == s &&
          p.toks[a - 1].space_before && !en_stop.count(p.Text(a - 2)) &&
          !In(WordList::kDeDeterminer, FoldWord(p.Text(a - 2))));
    int b = GermanInstitutionTail(p, t);
    // "Landesgericht für Strafsachen Wien", "Institut für Demoskopie Allensbach": a place after the
    // tail, closed by punctuation or a lower-case word, a word the paragraph never writes after
    // an article.
    if (b > t + 1 && p.IsWord(b) && p.Free(b) && p.toks[b].latin && p.toks[b].cap && !p.toks[b].all_caps &&
        p.toks[b].space_before && p.toks[b].sentence == s && !en_stop.count(p.Text(b)) &&
        !IsLatinTitle(p.Text(b)) && (!p.IsWord(b + 1) || !p.toks[b + 1].cap || p.toks[b + 1].sentence != s)) {
      bool common = false;
      for (int k = 1; k < p.Size() && !common; ++k)
        common = k != b && p.IsWord(k) && p.Text(k) == p.Text(b) && p.IsWord(k - 1) &&
                 In(WordList::kDeDeterminer, p.Text(k - 1));
      if (!common) ++b;
    }
    // "6. Strafkammer", "2. Senat": a numbered chamber or panel is a name.
    const bool ordinal = a == t && !adjective && a >= 2 && p.IsPunct(a - 1, ".") &&
                         !p.toks[a - 1].space_before && p.toks[a].space_before &&
                         p.toks[a - 2].kind == kNumber && p.Free(a - 2) &&
                         p.Text(a - 2).size() <= 2;  // (ICU may end a sentence after "6.")
    if (ordinal) a -= 2;
    if (b == t + 1 && !(adjective && compound) && !ordinal) continue;
    // "der Zürcher Privatbank Huber & Calonder": a kind of body before its name, no name.
    if (b == t + 1 && adjective && p.IsWord(b) && p.toks[b].cap && !p.toks[b].all_caps && p.toks[b].latin &&
        p.toks[b].sentence == s)
      continue;
    // A compound head with a tail alone is a kind of place or office ("Verkaufsstelle für
    // Betäubungsmittel") unless a public prefix opens it ("Bundesanstalt für Arbeit").
    if (compound && !adjective && a == t && !StartsWithAnyOf(WordList::kDePublicPrefix, p.Text(t))) continue;
    if (a >= 1 && p.IsWord(a - 1) && In(WordList::kDeIndefinite, p.Text(a - 1))) continue;
    if (name_before && b > t + 1) {
      bool common = false;
      for (int k = 1; k < p.Size() && !common; ++k)
        common = p.IsWord(k) && p.Text(k) == p.Text(a - 1) && p.IsWord(k - 1) &&
                 In(WordList::kDeDeterminer, p.Text(k - 1)) &&
                 !(p.IsWord(k + 1) && p.Text(k + 1) == p.Text(t));
      if (!common) --a;
    }
    // "Berliner Fahrgastverband IGEB": the body's acronym written right after its name (no
    // capitalized word after it) is another name of it, and the whole its canonical.
    const bool acronym = p.IsWord(b) && p.Free(b) && p.toks[b].space_before && p.toks[b].sentence == s &&
                         p.toks[b].all_caps && IsAcronym(p, b) &&
                         !(p.IsWord(b + 1) && p.toks[b + 1].cap && p.toks[b + 1].sentence == s);
    ClaimSpan(pi, p, cands, a, b, p.toks[b - 1].end, EntityType::kOrganization, 0.7);
    if (const int ci = p.owner[a]; acronym && ci >= 0 && cands[ci].tb == a) {
      cands[ci].hint = std::string(p.text.substr(p.toks[a].start, p.toks[b].end - p.toks[a].start));
      if (const int k = ClaimWord(pi, p, cands, b, EntityType::kOrganization, cands[ci].conf); k >= 0)
        cands[k].key = "#" + std::to_string(ci);
      ++b;
    }
    t = b - 1;
  }
}

// German: the end of a place name written at word k right after a body's name ("Wien", "Baden-Württemberg",
// "Winterthur/Unterland", "Frankfurt am Main", "St. Gallen"); k when none. A place is a capitalized word the
// paragraph never writes in lower case or after an article (German nouns take one), no stop word, title,
// given name, nationality or de_no_place row, and no capitalized word follows it in its sentence.
int EntityRecognizer::Impl::GermanPlaceEnd(const Para& p, int k) const {
  const int n = p.Size();
  if (k >= n || !p.IsWord(k) || k == 0) return k;
  const int s = p.toks[k - 1].sentence;
  auto place_word = [&](int q) {
    if (q >= n || !p.IsWord(q) || !p.Free(q) || !p.toks[q].latin || !p.toks[q].cap || p.toks[q].all_caps)
      return false;
    const std::string_view w = p.Text(q);
    if (CountCodePoints(w) < 3 || en_stop.count(w) || IsLatinTitle(w) || given_names.count(w) ||
        In(WordList::kDemonym, w) || In(WordList::kDeNoPlace, w) || EndsWith(w, "s"))
      return false;
    // (Common nouns and adjectives by their endings: "Aufklärung", "Öffentlichkeit".)
    const std::string folded = FoldWord(w);
    for (WordList l : {WordList::kNonNameEnding, WordList::kDeNonNameEnding})
      for (const std::string& e : EntityWords::Default().List(l))
        if (folded.size() >= e.size() + 3 && EndsWith(folded, e)) return false;
    for (int j = 0; j < n; ++j) {
      if (j == q || !p.IsWord(j) || FoldWord(p.Text(j)) != folded) continue;
      if (!p.toks[j].cap) return false;
      if (j >= 1 && p.IsWord(j - 1) && In(WordList::kDeDeterminer, FoldWord(p.Text(j - 1)))) return false;
    }
    return true;
  };
  // "St. Gallen": an abbreviated saint's name opens the place.
  int q = k;
  if (p.Text(q) == "St" && p.IsPunct(q + 1, ".") && !p.toks[q + 1].space_before && q + 2 < n &&
      p.toks[q + 2].space_before)
    q += 2;
  if (!p.toks[k].space_before || p.toks[q].sentence != s || !place_word(q)) return k;
  int e = q + 1;
  for (;;) {
    // "Baden-Württemberg", "Winterthur/Unterland": another place word joined without spaces.
    if ((p.IsPunct(e, "-") || p.IsPunct(e, "/")) && !p.toks[e].space_before && e + 1 < n &&
        !p.toks[e + 1].space_before && place_word(e + 1)) {
      e += 2;
      continue;
    }
    // "Frankfurt am Main": a river after "am".
    if (p.IsWord(e) && p.Text(e) == "am" && place_word(e + 1) && p.toks[e + 1].sentence == s) {
      e += 2;
      continue;
    }
    break;
  }
  if (p.IsWord(e) && p.toks[e].cap && p.toks[e].sentence == s) return k;
  return e;
}

// German: word t heads a body named with its seat (de_place_head rows as the end of a compound, genitive s/es
// allowed: "Arbeiterkammer", "Wirtschaftsministeriums"; or after a capitalized part and a hyphen: "S-Bahn";
// or a bare de_house_head row: "Theater", "Schauspielhauses").
bool EntityRecognizer::Impl::GermanPlaceHead(const Para& p, int t) const {
  if (!p.IsWord(t) || !p.toks[t].latin || !p.toks[t].cap || p.toks[t].all_caps) return false;
  const std::string lower = FoldWord(p.Text(t));
  const bool hyphened = t >= 2 && p.IsPunct(t - 1, "-") && !p.toks[t - 1].space_before &&
                        !p.toks[t].space_before && p.IsWord(t - 2) && p.toks[t - 2].cap;
  for (const std::string& h : EntityWords::Default().List(WordList::kDePlaceHead))
    for (std::string_view gen : {"", "s", "es"}) {
      const std::string_view l = lower;
      if (l.size() < h.size() + gen.size() || !EndsWith(l, gen) ||
          !EndsWith(l.substr(0, l.size() - gen.size()), h))
        continue;
      const size_t before = l.size() - h.size() - gen.size();
      if (before >= 3 || (before == 0 && (hyphened || In(WordList::kDeHouseHead, h)))) return true;
    }
  return false;
}

// German bodies named with their place: an institution head, alone or ending a compound ("Arbeiterkammer
// Wien", "Bezirksamt Mitte", "Wirtschaftsministerium Baden-Württemberg", "S-Bahn Berlin"), and a territorial
// body after an article (de_territory: "das Land Salzburg", "von der Stadt Wien") before a place are one
// organization; a listed organization before a place takes it in ("IG Metall Esslingen").
void EntityRecognizer::Impl::GermanPlacedBodyPass(int pi, Para& p, std::vector<Cand>& cands) const {
  const int n = p.Size();
  auto after_article = [&](int t) {
    return t >= 1 && p.IsWord(t - 1) && In(WordList::kDeDeterminer, FoldWord(p.Text(t - 1))) &&
           !In(WordList::kDeIndefinite, FoldWord(p.Text(t - 1)));
  };
  for (int t = 0; t + 1 < n; ++t) {
    if (!p.IsWord(t) || !p.toks[t].latin || !(p.toks[t].cap || p.toks[t].all_caps)) continue;
    // A listed organization (one of the dictionary's) ending at t.
    if (const int ci = p.owner[t]; ci >= 0) {
      Cand& c = cands[ci];
      if (c.te != t + 1 || c.dict < 0 || c.type != EntityType::kOrganization || c.end != p.toks[t].end ||
          p.toks[t].all_caps)
        continue;
      const int e = GermanPlaceEnd(p, t + 1);
      if (e == t + 1) continue;
      for (int q = t + 1; q < e; ++q) p.owner[q] = ci;
      c.te = e;
      c.end = p.toks[e - 1].end;
      t = e - 1;
      continue;
    }
    const bool territory = In(WordList::kDeTerritory, p.Text(t));
    if (territory) {
      // After an article, not a locative ("im Kanton Zürich", "in der Stadt Wien" name a place).
      if (!after_article(t) || p.Text(t - 1) == "im" || p.Text(t - 1) == "ins" || p.Text(t - 1) == "am" ||
          (t >= 2 && p.IsWord(t - 2) &&
           (p.Text(t - 2) == "in" || p.Text(t - 2) == "aus" || p.Text(t - 2) == "nach")))
        continue;
    } else if (p.toks[t].all_caps) {
      // "die SVA Zürich": an acronym after an article before a place.
      if (!after_article(t) || !In(WordList::kDeDefiniteArticle, FoldWord(p.Text(t - 1))) ||
          !IsAcronym(p, t) || In(WordList::kNonOrgAcronym, p.Text(t)))
        continue;
    } else if (!GermanPlaceHead(p, t)) {
      continue;
    }
    if (!p.Free(t)) continue;
    if (t >= 1 && p.IsWord(t - 1) && In(WordList::kDeIndefinite, p.Text(t - 1))) continue;
    int e = GermanPlaceEnd(p, t + 1);
    if (e == t + 1 && !territory) e = GermanHouseNameEnd(p, t);
    // "Wirtschaftskammer Österreich": a country or region the dictionary lists as a place (type
    // other, one word) after a head, no capitalized word after it, is the body's seat too.
    if (const int oi = t + 1 < n ? p.owner[t + 1] : -1;
        e == t + 1 && !territory && oi >= 0 && cands[oi].dict >= 0 &&
        entries[cands[oi].dict].type == EntityType::kOther && cands[oi].tb == t + 1 &&
        cands[oi].te == t + 2 && p.toks[t + 1].space_before && p.toks[t + 1].sentence == p.toks[t].sentence &&
        !(p.IsWord(t + 2) && p.toks[t + 2].cap && p.toks[t + 2].sentence == p.toks[t].sentence)) {
      cands[oi].dropped = true;
      p.owner[t + 1] = -1;
      e = t + 2;
    }
    if (e == t + 1) continue;
    int a = t;
    // "S-Bahn", "Bundestheater-Holding": capitalized parts joined to the head by hyphens.
    while (!territory && a >= 2 && p.IsPunct(a - 1, "-") && !p.toks[a - 1].space_before &&
           !p.toks[a].space_before && p.IsWord(a - 2) && p.Free(a - 2) && p.toks[a - 2].cap &&
           p.toks[a - 2].latin)
      a -= 2;
    ClaimSpan(pi, p, cands, a, e, p.toks[e - 1].end, EntityType::kOrganization, 0.7);
    t = e - 1;
  }
}

// German clubs: a de_club_prefix row and the capitalized words after it ("SV Wacker Burghausen", "VfL
// Bochum", "FC St. Gallen"); a listed club right after the letters takes them in ("SV Werder Bremen").
void EntityRecognizer::Impl::GermanClubPass(int pi, Para& p, std::vector<Cand>& cands) const {
  const int n = p.Size();
  // "SC Paderborn 07", "FC St. Gallen 1879": a founding year or its last digits after the name end it.
  auto year_after = [&](int e, int t) {
    return e < n && p.toks[e].kind == kNumber && p.Free(e) && p.Text(e).size() <= 4 &&
           p.toks[e].space_before && p.toks[e].sentence == p.toks[t].sentence &&
           !(e + 1 < n && p.toks[e + 1].kind == kPunct && !p.toks[e + 1].space_before &&
             !p.IsPunct(e + 1, ",") && !p.IsPunct(e + 1, "."));
  };
  for (int t = 0; t + 1 < n; ++t) {
    // A listed club written with its letters and its year ("SC Paderborn 07").
    if (const int ci = p.owner[t]; ci >= 0 && cands[ci].tb == t && cands[ci].type != EntityType::kPerson &&
                                   In(WordList::kDeClubPrefix, p.Text(t)) &&
                                   cands[ci].end == p.toks[cands[ci].te - 1].end &&
                                   year_after(cands[ci].te, t)) {
      Cand& c = cands[ci];
      p.owner[c.te] = ci;
      c.end = p.toks[c.te].end;
      ++c.te;
      continue;
    }
    // "SK Austria Klagenfurt": a club's letters that are also a listed company alone (SK) before a free
    // capitalized word are the club's.
    if (const int ci = p.owner[t];
        ci >= 0 && cands[ci].tb == t && cands[ci].te == t + 1 && cands[ci].dict >= 0 &&
        In(WordList::kDeClubPrefix, p.Text(t)) && t + 1 < n && p.IsWord(t + 1) && p.Free(t + 1) &&
        p.toks[t + 1].cap && p.toks[t + 1].space_before && p.toks[t + 1].sentence == p.toks[t].sentence &&
        !en_stop.count(p.Text(t + 1)) && !IsLatinTitle(p.Text(t + 1)) && !given_names.count(p.Text(t + 1)) &&
        !EndsWith(FoldWord(p.Text(t + 1)), "gruppe") && !GermanCompanyCue(p, t + 1)) {
      cands[ci].dropped = true;
      cands[ci].drop_rule = -1;
      p.owner[t] = -1;
    }
    if (!p.IsWord(t) || !p.Free(t) || !In(WordList::kDeClubPrefix, p.Text(t)) || !p.IsWord(t + 1) ||
        !p.toks[t + 1].space_before || !p.toks[t + 1].cap || p.toks[t + 1].sentence != p.toks[t].sentence)
      continue;
    if (const int ci = p.owner[t + 1]; ci >= 0) {
      Cand& c = cands[ci];
      if (c.tb != t + 1 || c.type == EntityType::kPerson || c.start != p.toks[t + 1].start) continue;
      p.owner[t] = ci;
      c.tb = t;
      c.start = p.toks[t].start;
      continue;
    }
    int e = t + 1;
    for (int k = 0; k < 3 && e < n; ++k) {
      int q = e;
      if (p.Text(q) == "St" && p.IsPunct(q + 1, ".") && !p.toks[q + 1].space_before && q + 2 < n) q += 2;
      if (!p.IsWord(q) || !p.Free(q) || !p.toks[q].latin || !p.toks[q].cap || p.toks[q].all_caps ||
          !p.toks[q].space_before || p.toks[q].sentence != p.toks[t].sentence)
        break;
      const std::string_view w = p.Text(q);
      if (en_stop.count(w) || IsLatinTitle(w) || given_names.count(w) || In(WordList::kDeNoPlace, w)) break;
      e = q + 1;
    }
    if (e == t + 1) continue;
    if (year_after(e, t)) ++e;
    ClaimSpan(pi, p, cands, t, e, p.toks[e - 1].end, EntityType::kOrganization, 0.7);
    t = e - 1;
  }
}

// German shops named by their trade (de_shop_head rows, alone or ending a compound) and a name: one or
// two capitalized name words after the trade ("Bäckerei Sonnenkorn", "Landbäckerei Wiedemann"), or a
// capitalized word joined by a hyphen before it ("Marien-Apotheke"). The trade alone names no shop.
void EntityRecognizer::Impl::GermanShopPass(int pi, Para& p, std::vector<Cand>& cands) const {
  const int n = p.Size();
  auto shop_head = [&](int t) {
    if (!p.IsWord(t) || !p.toks[t].latin || !p.toks[t].cap || p.toks[t].all_caps) return false;
    const std::string lower = FoldWord(p.Text(t));
    for (const std::string& h : EntityWords::Default().List(WordList::kDeShopHead))
      if (lower == h || (lower.size() >= h.size() + 3 && EndsWith(lower, h))) return true;
    return false;
  };
  auto name_word = [&](int q, int s) {
    if (q >= n || !p.IsWord(q) || !p.Free(q) || !p.toks[q].latin || !p.toks[q].cap || p.toks[q].all_caps ||
        !p.toks[q].space_before || p.toks[q].sentence != s)
      return false;
    const std::string_view w = p.Text(q);
    return !en_stop.count(w) && !IsLatinTitle(w) && !In(WordList::kDeNoPlace, w) &&
           !In(WordList::kDemonym, w) && !In(WordList::kDeShopHead, FoldWord(w));
  };
  for (int t = 0; t < n; ++t) {
    if (!p.Free(t) || !shop_head(t)) continue;
    const int s = p.toks[t].sentence;
    // "Marien-Apotheke": a capitalized part joined by a hyphen.
    if (t >= 2 && p.IsPunct(t - 1, "-") && !p.toks[t - 1].space_before && !p.toks[t].space_before &&
        p.IsWord(t - 2) && p.Free(t - 2) && p.Free(t - 1) && p.toks[t - 2].latin && p.toks[t - 2].cap &&
        !p.toks[t - 2].all_caps && !en_stop.count(p.Text(t - 2))) {
      ClaimSpan(pi, p, cands, t - 2, t + 1, p.toks[t].end, EntityType::kCompany, 0.6);
      continue;
    }
    // An indefinite article or a plural makes the trade a kind ("eine Bäckerei Müllers").
    if (t >= 1 && p.IsWord(t - 1) && In(WordList::kDeIndefinite, FoldWord(p.Text(t - 1)))) continue;
    // "die Traditionsbäckerei Krause & Söhne": a partners' name stands alone (extract/entity_bounds.h).
    if (GermanFirmKindBeforeAmpersandName(p.text, p.toks, t)) {
      if (p.Free(t + 1) && p.Free(t + 2) && p.Free(t + 3))
        ClaimSpan(pi, p, cands, t + 1, t + 4, p.toks[t + 3].end, EntityType::kCompany, 0.6);
      continue;
    }
    int e = t + 1;
    while (e < t + 3 && name_word(e, s)) ++e;
    if (e == t + 1) continue;
    // The name ends the capitalized run: a third capitalized word is another phrase.
    if (e < n && p.IsWord(e) && p.toks[e].cap && p.toks[e].space_before && p.toks[e].sentence == s) continue;
    // A name word the paragraph writes after an article is a common noun ("die Bäckerei Filiale").
    bool common = false;
    for (int q = t + 1; q < e && !common; ++q)
      for (int k = 1; k < n && !common; ++k)
        common = k != q && p.IsWord(k) && p.Text(k) == p.Text(q) && p.IsWord(k - 1) &&
                 In(WordList::kDeDeterminer, FoldWord(p.Text(k - 1)));
    if (common) continue;
    ClaimSpan(pi, p, cands, t, e, p.toks[e - 1].end, EntityType::kCompany, 0.6);
    t = e - 1;
  }
}

// German: a council named like its members (de_council: "Nationalrat", "Kantonsrat") is the
// body after a lower-case word (an article or preposition: "im Nationalrat", "der Kantonsrat")
// when no capitalized word follows it ("Nationalrat Thomas Matter" is a member's title); a
// place adjective before it names the body too ("der Zürcher Kantonsrat").
void EntityRecognizer::Impl::GermanCouncilPass(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int t = 1; t < p.Size(); ++t) {
    if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].cap || !In(WordList::kDeCouncil, p.Text(t))) continue;
    const int s = p.toks[t].sentence;
    if (p.IsWord(t + 1) && p.toks[t + 1].cap && p.toks[t + 1].sentence == s) continue;
    int a = t;
    if (GermanPlaceAdjective(p, t - 1)) --a;
    if (a < 1 || !p.IsWord(a - 1) || !p.toks[a - 1].latin || p.toks[a - 1].sentence != s ||
        (p.toks[a - 1].cap && !en_stop.count(p.Text(a - 1)) &&
         !In(WordList::kDeDeterminer, FoldWord(p.Text(a - 1)))))
      continue;
    // ("…», sagte der Tessiner Ständerat": the speaker is a member.)
    if (SpeechCueNextTo(p, p.toks[a - 1].start, p.toks[t].end)) continue;
    // ("ein Stadtrat der Grünen": a member.)
    if (In(WordList::kDeIndefinite, FoldWord(p.Text(a - 1)))) continue;
    ClaimSpan(pi, p, cands, a, t + 1, p.toks[t].end, EntityType::kOrganization, 0.65);
  }
}

// German: "Özgür Özvatan, politischer Soziologe an der ...", "Abdullah bin Zayed, Außenminister
// der ...": the comma at token `comma` opens an apposition, a capitalized title after at most one
// lower-case word (an adjective).
bool EntityRecognizer::Impl::GermanTitleApposition(const Para& p, int comma) const {
  if (p.lang != "de" || !p.IsPunct(comma, ",")) return false;
  for (int r = comma + 1; r <= comma + 2 && p.IsWord(r); ++r)
    if (p.toks[r].cap) return p.Free(r) && IsLatinTitle(StripPossessive(p.Text(r)));
  return false;
}

// German: word t is a noun naming a kind of company, alone or as the end of a compound, before
// the company's name (en_company_cue rows: "Unternehmensberatung Capco", "Zahlungsdienstleister
// VR Payment", "Großbank HSBC").
bool EntityRecognizer::Impl::GermanCompanyCue(const Para& p, int t) const {
  if (p.lang != "de" || !p.IsWord(t) || !p.toks[t].latin) return false;
  std::string lower(p.Text(t));
  if (lower.size() < 4) return false;
  for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  for (const std::string& e : EntityWords::Default().List(WordList::kEnCompanyCue)) {
    if (e.size() >= 4 && EndsWith(lower, e)) return true;
    // A genitive: "des Solarunternehmens Sonnwerk", "des Autokonzerns".
    if (e.size() >= 6 &&
        ((EndsWith(lower, "s") && EndsWith(std::string_view(lower).substr(0, lower.size() - 1), e)) ||
         (EndsWith(lower, "es") && EndsWith(std::string_view(lower).substr(0, lower.size() - 2), e))))
      return true;
  }
  return false;
}

}  // namespace hirewire::extract
