// Pass 3: the context that types a capitalized Latin run as an organization (articles, kind
// cues, hire verbs, company appositions, head words, common words).
#include "extract/entities/internal.h"

namespace hirewire::extract {

// Word t is a definite article ("the", "der", "Die") in the sentence of word a, right before it.
bool EntityRecognizer::Impl::ArticleAt(const Para& p, int t, int a) const {
  if (t < 0 || !p.IsWord(t) || p.toks[t].sentence != p.toks[a].sentence) return false;
  const std::string w = FoldWord(p.Text(t));
  return w == "the" || (p.lang == "de" && In(WordList::kDeDefiniteArticle, w));
}

// German word t names a kind of organization (org_kind_cue: "Gewerkschaft", "Sender"), alone or, a
// cue of five letters or more and no de_place_head, as the end of a compound with three letters or
// more before it ("Fahrgastverein").
bool EntityRecognizer::Impl::DeOrgKindCue(const Para& p, int t) const {
  if (p.lang != "de" || !p.IsWord(t) || !p.toks[t].latin || !p.toks[t].cap || p.toks[t].all_caps)
    return false;
  const std::string w = FoldWord(p.Text(t));
  if (IsGermanHouseWord(w)) return false;  // "das Theater Kornblume": the house's word is part of its name
  if (In(WordList::kOrgKindCue, w)) return true;
  for (const std::string& cue : EntityWords::Default().List(WordList::kOrgKindCue))
    if (cue.size() >= 5 && w.size() >= cue.size() + 3 && EndsWith(w, cue) && !In(WordList::kDePlaceHead, cue))
      return true;  // (not "Ver|band"; not "Zentrixtheater Bergheim", a body with its seat)
  return false;
}

// German word t, right after a kind of organization, opens the name of one: capitalized, after a
// space in the same sentence, no article, stop word, nationality, inflected adjective ("Verein
// Deutscher Ingenieure") or common noun by its ending ("Gewerkschaft Erziehung und Wissenschaft").
bool EntityRecognizer::Impl::DeKindNameStart(const Para& p, int t) const {
  if (t < 1 || !p.IsWord(t) || !p.toks[t].latin || !p.toks[t].cap || !p.toks[t].space_before ||
      p.toks[t].sentence != p.toks[t - 1].sentence)
    return false;
  const std::string_view w = p.Text(t);
  const std::string folded = FoldWord(w);
  if (en_stop.count(w) || In(WordList::kDemonym, w) || In(WordList::kDeDeterminer, folded) ||
      In(WordList::kDeDefiniteArticle, folded) || IsLatinTitle(w) || given_names.count(w) ||
      EndsWith(folded, "scher") || EndsWith(folded, "cher"))
    return false;
  for (WordList l : {WordList::kNonNameEnding, WordList::kDeNonNameEnding})
    for (const std::string& e : EntityWords::Default().List(l))
      if (folded.size() >= e.size() + 3 && EndsWith(folded, e)) return false;
  return true;
}

// "Maidstone crown court", "Greater Manchester police", "the Karnataka high court": British and
// Commonwealth news write the head of a court or a police force in lower case after its place. Run
// [a, b) of one to three capitalized words (no demonym, title or person's word: "Israeli police") before
// an `en_lower_body_head` row written in lower case, free, in the same sentence, is one organization
// with it: the token after the head, else -1.
int EntityRecognizer::Impl::LowerBodyHeadEnd(const Para& p, int a, int b) const {
  const int n = p.Size();
  if (b >= n || b - a > 3 || !p.IsWord(b) || p.toks[b].cap || !p.toks[b].space_before ||
      p.toks[b].sentence != p.toks[a].sentence)
    return -1;
  for (int q = a; q < b; ++q)
    if (!p.IsWord(q) || In(WordList::kDemonym, p.Text(q)) || IsLatinTitle(p.Text(q))) return -1;
  int end = -1;
  for (int q = b; q < n && q < b + 4 && p.owner[q] < 0 && p.toks[q].sentence == p.toks[b].sentence; ++q) {
    if (q > b && p.toks[q].space_before && !p.IsWord(q)) break;
    const std::string_view head = p.text.substr(p.toks[b].start, p.toks[q].end - p.toks[b].start);
    const bool closed = q + 1 >= n || !p.IsWord(q + 1) || p.toks[q + 1].space_before;
    if (closed && In(WordList::kEnLowerBodyHead, head)) end = q + 1;
  }
  return end > b && !PersonWordIn(p, a, b) ? end : -1;
}

// Run [a, b) of `words` name words, with no head word and no listed given name, named an
// organization by its place in the clause (structure, with whole classes of words as data):
// - a publication after a definite article in a reporting frame: before a verb of writing or
//   reporting ("the Guardian reported", "Der Falter schrieb", "wie der Standard berichtet"), after
//   one ("schrieb der Blick"), or after a publication_lead ("according to the Guardian", "writing
//   in the Indian Express"); an organization after an audience_lead ("told the Guardian", "told the
//   Commons": an outlet or a body);
// - an organization after a kind of organization ("band The Marrow Saints", "charity Scope", "die
//   Band Wanda") or, after "the", before one in lower case ("the Lantern theatre");
// - an organization as the subject of a hiring verb with a name after it ("The Harbor City Hawks
//   hired Ray Delgado"), when "the" opens it or it holds a common word and no word the word list
//   knows as a person's ("Cricket Australia"; not "Darnell Whitaker"), or it is one unknown word
//   (LoneUnknownName: "Zentrix hired Tom Hale"; not "Hale hired" after "Tom Hale").
// nullptr otherwise.
EntityType EntityRecognizer::Impl::ContextOrgType(const Para& p, int* a_io, int b, int words,
                                                  double* conf) const {
  const int n = p.Size();
  int a = *a_io;
  // A nationality or place word the run left out opens the name ("the Indian Express"); so does a
  // capitalized "The" after a kind of organization ("band The Marrow Saints").
  int lead_word = a;
  if (a >= 2 && p.IsWord(a - 1) && p.toks[a - 1].cap && p.toks[a - 1].sentence == p.toks[a].sentence &&
      (In(WordList::kDemonym, p.Text(a - 1)) || In(WordList::kOrgLeadWord, p.Text(a - 1))) &&
      ArticleAt(p, a - 2, a))
    lead_word = a - 1;
  if (a >= 2 && p.IsWord(a - 1) && p.Text(a - 1) == "The" && p.IsWord(a - 2) &&
      p.toks[a - 2].sentence == p.toks[a].sentence && In(WordList::kOrgKindCue, FoldWord(p.Text(a - 2))))
    lead_word = a - 1;
  if (lead_word < a) {
    a = lead_word;
    ++words;
  }
  auto found = [&](EntityType type, double c) {
    *a_io = a;
    *conf = c;
    return type;
  };
  const bool article = ArticleAt(p, a - 1, a);
  const bool next_same = b < n && p.IsWord(b) && p.toks[b].sentence == p.toks[a].sentence;
  const std::string next = next_same ? FoldWord(p.Text(b)) : std::string();
  if (article && words <= 4) {
    bool lead = next_same && In(WordList::kPublicationVerb, next), audience = false;
    if (!lead && a >= 2 && p.IsWord(a - 2) && p.toks[a - 2].sentence == p.toks[a].sentence) {
      const std::string w1 = FoldWord(p.Text(a - 2));
      lead = In(WordList::kPublicationLead, w1) || In(WordList::kPublicationVerb, w1);
      audience = In(WordList::kAudienceLead, w1);
      if (!lead && !audience && a >= 3 && p.IsWord(a - 3) && p.toks[a - 3].sentence == p.toks[a].sentence) {
        const std::string w2 = FoldWord(p.Text(a - 3)) + " " + w1;
        lead = In(WordList::kPublicationLead, w2);
        audience = In(WordList::kAudienceLead, w2);
      }
    }
    if ((lead || audience) && !PersonWordIn(p, a, b))
      return found(lead ? EntityType::kPublication : EntityType::kOrganization, 0.65);
  }
  const bool kind_before = a >= 1 && p.IsWord(a - 1) && p.toks[a - 1].sentence == p.toks[a].sentence &&
                           (In(WordList::kOrgKindCue, FoldWord(p.Text(a - 1))) || DeOrgKindCue(p, a - 1));
  const bool kind_after = article && next_same && !p.toks[b].cap && In(WordList::kOrgKindCue, next);
  if ((kind_before || kind_after) && words <= 4 && !PersonWordIn(p, a, b))
    return found(EntityType::kOrganization, 0.65);
  if (words <= 4 && CompanyAppositionAfter(p, b) && !PersonWordIn(p, a, b))
    return found(EntityType::kCompany, 0.6);
  // The subject of a hiring verb: the verb after the run, a capitalized word right after it. A kind of
  // company before or opening the run is left to the company cue rule, which reads the name without it
  // ("Streamer Lumen Play has hired", "battery startup Ampera Cells has named").
  const bool cue_first = (words >= 2 && (en_company_cues.count(FoldWord(p.Text(a))) > 0 ||
                                         In(WordList::kOrgKindCue, FoldWord(p.Text(a))))) ||
                         (a >= 1 && p.IsWord(a - 1) && en_company_cues.count(p.Text(a - 1)) > 0);
  if (const int v = HireVerbAfter(p, a, b);
      v >= 0 && NameObjectAfter(p, v) && !cue_first &&
      (article || (words >= 2 && !NoCommonWordIn(p, a, b)) ||
       (words == 1 && (PlusGluedAfter(p, b) || LoneUnknownName(p, a)))) &&
      !PersonWordIn(p, a, b))
    return found(EntityType::kOrganization, 0.6);
  return EntityType::kNone;
}

// A plus sign written right after the word before b, closing the word ("Northstar+ has", "Canal+,").
bool EntityRecognizer::Impl::PlusGluedAfter(const Para& p, int b) const {
  const size_t end = static_cast<size_t>(p.toks[b - 1].end);
  return end < p.text.size() && p.text[end] == '+' &&
         (end + 1 == p.text.size() || !std::isalnum(static_cast<unsigned char>(p.text[end + 1])));
}

// The hiring verb (hire_verb) whose subject is run [a, b): the next word of the sentence, or the word
// after up to three hire_verb_gap words, auxiliaries, adverbs and a day ("has hired", "also hired", "has
// also offered", "on Tuesday named"); a plus sign glued to the run's last word and the company's
// description in commas are skipped ("Northstar+ has hired", "Ardent Micro, the U.S. designer of power
// chips, on Tuesday named"). Its token, else -1.
int EntityRecognizer::Impl::HireVerbAfter(const Para& p, int a, int b) const {
  const int n = p.Size();
  int q = b;
  if (q < n && p.IsPunct(q, "+") && !p.toks[q].space_before) ++q;
  q = CompanyDescriptionEnd(p, q);
  for (int gap = 0; gap <= 3 && q < n && p.IsWord(q) && p.toks[q].sentence == p.toks[a].sentence;
       ++gap, ++q) {
    const std::string w = FoldWord(p.Text(q));
    if (In(WordList::kHireVerb, w)) return q;
    if (!In(WordList::kHireVerbGap, w)) return -1;
  }
  return -1;
}

// The token after a description in commas that opens at token q (", the U.S. designer of power chips
// for data centers,"): "a", "an", "the" or a capitalized possessive, then up to twenty tokens of the
// sentence with no title word (a person's apposition: ", the chief executive,") up to the closing
// comma. q when none opens there.
int EntityRecognizer::Impl::CompanyDescriptionEnd(const Para& p, int q) const {
  const int n = p.Size();
  if (q + 2 >= n || !p.IsPunct(q, ",") || !p.IsWord(q + 1) || p.toks[q + 1].sentence != p.toks[q].sentence)
    return q;
  const std::string_view first = p.Text(q + 1);
  if (first != "a" && first != "an" && first != "the" &&
      !(p.toks[q + 1].cap && (EndsWith(first, "'s") || EndsWith(first, "\xE2\x80\x99s"))))
    return q;
  for (int r = q + 2; r < n && r <= q + 21 && p.toks[r].sentence == p.toks[q].sentence; ++r) {
    if (p.IsPunct(r, ",")) return r + 1;
    if (p.IsWord(r) && (EnTitleWord(p, r) || IsLatinTitle(p.Text(r)))) return q;
  }
  return q;
}

// The object of the hiring verb at token v opens with a name: a capitalized word right after the verb or
// after up to three lower-case words and hyphens ("named Priya Natarajan", "named former Qualcomm
// executive Priya Natarajan", "tapped ex-Google engineer …").
bool EntityRecognizer::Impl::NameObjectAfter(const Para& p, int v) const {
  const int n = p.Size();
  for (int q = v + 1, lower = 0; q < n && p.toks[q].sentence == p.toks[v].sentence; ++q) {
    // (After lower-case words a title is no name: "names co-CEOs".)
    if (p.IsWord(q) && p.toks[q].cap) {
      const std::string_view w = StripPossessive(p.Text(q));
      const bool title = EnTitleWord(p, q) || IsLatinTitle(w) ||
                         (EndsWith(w, "s") && en_titles.count(w.substr(0, w.size() - 1)));
      return lower == 0 || !title;
    }
    if (p.IsPunct(q, "-") && !p.toks[q].space_before) continue;
    if (!p.IsWord(q) || ++lower > 3) return false;
  }
  return false;
}

// The words that close the head of an apposition (apposition_stop rows: a preposition, a
// conjunction or a relative: "a maker of", "an analyst at the brokerage", "a lender that").
namespace {
bool AppositionStop(std::string_view w) { return In(WordList::kAppositionStop, w); }
}  // namespace

// A company description in apposition right after the run ending at b: a comma, an article or a
// possessive ("a", "the", "Indonesia's"), up to four modifiers and an org_apposition_noun before
// an AppositionStop word, a comma or the sentence end ("Nova Silicon, a U.S.
// maker of power chips,"). A person's apposition ends in a role noun and does not match.
bool EntityRecognizer::Impl::CompanyAppositionAfter(const Para& p, int b) const {
  const int n = p.Size();
  if (!p.IsPunct(b, ",") || b + 1 >= n || !p.IsWord(b + 1) || p.toks[b + 1].sentence != p.toks[b].sentence)
    return false;
  int q = b + 1;
  const std::string_view first = p.Text(q);
  if (first == "a" || first == "an" || first == "the") {
    ++q;
  } else if (p.toks[q].cap && (EndsWith(first, "'s") || EndsWith(first, "\xE2\x80\x99s"))) {
    ++q;
  } else if (p.toks[q].cap && q + 1 < n && (p.Text(q + 1) == "'s" || p.Text(q + 1) == "\xE2\x80\x99s")) {
    q += 2;
  } else {
    return false;
  }
  int last = -1;
  for (int k = 0; k < 5 && q < n && p.toks[q].sentence == p.toks[b].sentence; ++k, ++q) {
    // The periods of an abbreviation ("U.S.") and the hyphen of a compound ("fourth-largest") are
    // no stop.
    while (q + 1 < n && (p.IsPunct(q, ".") || p.IsPunct(q, "-")) && !p.toks[q].space_before &&
           p.IsWord(q + 1) && p.toks[q + 1].sentence == p.toks[b].sentence &&
           (p.IsPunct(q, ".") || !p.toks[q + 1].space_before))
      ++q;
    if (p.IsPunct(q, ".") && !p.toks[q].space_before && q + 1 < n && p.toks[q + 1].space_before &&
        p.IsWord(q + 1) && !p.toks[q + 1].cap)
      ++q;
    if (!p.IsWord(q)) break;
    const std::string_view w = p.Text(q);
    // ("the Atlanta-based studio": a stop word glued by a hyphen ends a compound modifier.)
    if (AppositionStop(w) && !(q >= 1 && p.IsPunct(q - 1, "-") && !p.toks[q].space_before)) break;
    last = q;
  }
  const bool closed =
      q >= n || p.toks[q].sentence != p.toks[b].sentence || !p.IsWord(q) || AppositionStop(p.Text(q));
  return last >= 0 && closed && In(WordList::kOrgAppositionNoun, FoldWord(p.Text(last)));
}

bool entities_detail::OpensSentence(const Para& p, int t) {
  int q = t - 1;
  while (q >= 0 && p.toks[q].kind == kPunct && p.toks[q].sentence == p.toks[t].sentence) --q;
  return q < 0 || p.toks[q].sentence != p.toks[t].sentence;
}

// Word `a` opens its sentence (an opening quote aside) and the paragraph writes it in lower case
// elsewhere ("La" of "La Junta de Andalucía" next to "la").
bool EntityRecognizer::Impl::OpensSentenceAsCommonWord(const Para& p, int a) const {
  if (!OpensSentence(p, a)) return false;
  const std::string folded = FoldWord(p.Text(a));
  for (int t = 0; t < p.Size(); ++t)
    if (t != a && p.IsWord(t) && p.toks[t].latin && !p.toks[t].cap && p.Text(t).size() == p.Text(a).size() &&
        FoldWord(p.Text(t)) == folded)
      return true;
  return false;
}

// Word t, right after a name in its sentence, makes the name a body that acts: "said", "passed",
// "spokesperson", "has" (en_actor_verb).
bool EntityRecognizer::Impl::ActsAsBody(const Para& p, int t) const {
  if (t >= p.Size() || t == 0 || !p.IsWord(t) || !p.toks[t].space_before ||
      p.toks[t].sentence != p.toks[t - 1].sentence)
    return false;
  return In(WordList::kEnActorVerb, p.Text(t));
}

// Word t follows a place preposition (en_place_preposition), "the" between allowed, in its sentence:
// "at the White House", "in Geelong".
bool EntityRecognizer::Impl::AfterPlacePreposition(const Para& p, int t) const {
  int q = t - 1;
  if (q >= 0 && p.IsWord(q) && (p.Text(q) == "the" || p.Text(q) == "The")) --q;
  return q >= 0 && p.IsWord(q) && p.toks[q].sentence == p.toks[t].sentence &&
         In(WordList::kEnPlacePreposition, FoldWord(p.Text(q)));
}

// A word of run [a, b) that the embedding type guess calls a person's name with some confidence
// ("Malhotra", "Okonjo"); false without the tagger's word list.
// No word of run [a, b) is written in lower case in the English word list ("State Opening" is
// common words, "Harriet Kaye" none); true without the tagger's word list.
bool EntityRecognizer::Impl::NoCommonWordIn(const Para& p, int a, int b) const {
  if (!tagger) return true;
  for (int q = a; q < b; ++q)
    if (p.IsWord(q) && p.toks[q].latin && tagger->EnglishWordInfo(StripPossessive(p.Text(q))).lower)
      return false;
  return true;
}

bool EntityRecognizer::Impl::PersonWordIn(const Para& p, int a, int b) const {
  if (!tagger) return false;
  for (int q = a; q < b; ++q) {
    if (!p.IsWord(q) || !p.toks[q].latin) continue;
    const NerTagger::EnglishWord w = tagger->EnglishWordInfo(StripPossessive(p.Text(q)));
    if (w.known && w.kind == 1 && w.confidence >= 2) return true;
  }
  return false;
}

// Every word of run [a, b) is a common word: the English word list holds it in lower case only
// ("Proxy", "Match Review", "Co-author"); false without the tagger's word list.
bool EntityRecognizer::Impl::CommonWordRun(const Para& p, int a, int b) const {
  if (!tagger) return false;
  int seen = 0;
  for (int q = a; q < b; ++q) {
    if (p.IsPunct(q, "-")) continue;
    if (!p.IsWord(q) || !p.toks[q].latin || p.toks[q].all_caps) return false;
    const NerTagger::EnglishWord w = tagger->EnglishWordInfo(StripPossessive(p.Text(q)));
    if (!w.lower || w.cap) return false;
    ++seen;
  }
  return seen > 0;
}

// "organization" when run [a, b) holds the head of an organization name, or ends in a compound
// whose end is one ("Justizministerium", "Trabzonspor", "Adana Demirspor"); nullptr otherwise.
EntityType EntityRecognizer::Impl::LatinOrgHeadType(const Para& p, int a, int b, int words,
                                                    double* conf) const {
  // (So does a compound of three parts or more named after a person that ends in the head:
  // "Heinrich-Böll-Stiftung", "Robert-Koch-Institut"; two parts are mostly a common noun:
  // "Nachhaltigkeits-Initiative".)
  // An acronym before the head names the body too: "NRW-Landesregierung", "US-Senat".
  auto person_compound = [&](int q) {
    if (q < a + 2 || !p.IsPunct(q - 1, "-") || p.toks[q].space_before || p.toks[q - 1].space_before)
      return false;
    if (q == a + 2 && p.toks[a].all_caps && p.Text(a).size() >= 2) return true;
    return q >= a + 4 && p.IsPunct(q - 3, "-") && !p.toks[q - 2].space_before && p.toks[q - 2].cap &&
           p.toks[q - 4].cap;
  };
  // (A governing board opening the run is a body of another organization: "Board of Directors".)
  const int opening = a + (p.Text(a) == "The" && a + 1 < b);
  // (A genitive head ending a compound counts: "des Robert Koch-Instituts".)
  auto genitive_compound_head = [&](int q) {
    const std::string_view w = p.Text(q);
    return q >= a + 2 && p.IsPunct(q - 1, "-") && !p.toks[q].space_before && !p.toks[q - 1].space_before &&
           w.size() > 4 && w.back() == 's' && en_org_suffixes.count(w.substr(0, w.size() - 1)) > 0;
  };
  for (int q = a; q < b; ++q)
    if (p.IsWord(q) && (en_org_suffixes.count(StripPossessive(p.Text(q))) || genitive_compound_head(q)) &&
        (words >= 2 || person_compound(q)) &&
        !(q <= opening && In(WordList::kEnOrgSuffixNamed, StripPossessive(p.Text(q))))) {
      *conf = 0.7;
      return EntityType::kOrganization;
    }
  // A German compound head before a genitive or "für" tail: "Sozialversicherungsgericht des Kantons Zürich".
  // (Two words after the connector: "des Landes", "des US-Militärs" name no body of their own.)
  for (int q = a; p.lang == "de" && q + 3 < b; ++q)
    if (p.IsWord(q + 1) && (p.Text(q + 1) == "des" || p.Text(q + 1) == "der" || p.Text(q + 1) == "für") &&
        OrgHeadWordIn(p, q, q + 1)) {
      *conf = 0.65;
      return EntityType::kOrganization;
    }
  // The compound may also open a two-word name: "Kantonsspital Sitten", "Landgericht Berlin" (a
  // Roman numeral after it: "Landgericht München I").
  if (b - a >= 3 && RomanNumeral(p.Text(b - 1))) --b;
  for (int q = std::max(a, b - 2); q < b; ++q) {
    if (!p.IsWord(q) || !p.toks[q].cap || p.toks[q].all_caps || (q < b - 1 && b - a != 2)) continue;
    std::string_view w = StripPossessive(p.Text(q));
    // German genitives: "des Statistischen Landesamtes", "des US-Europakommandos".
    const bool genitive = p.lang == "de" && (EndsWith(w, "es") || EndsWith(w, "s"));
    for (int cut = 0; cut <= (genitive ? 2 : 0); ++cut) {
      const std::string_view stem = w.substr(0, w.size() - cut);
      if (cut > 0 && !EndsWith(w.substr(stem.size()), cut == 1 ? "s" : "es")) continue;
      for (const std::string& e : EntityWords::Default().List(WordList::kOrgWordEnding))
        if (stem.size() >= e.size() + 3 && EndsWith(stem, e)) {
          *conf = 0.65;
          return EntityType::kOrganization;
        }
    }
  }
  return EntityType::kNone;
}

// Company context around run [a, b): a cue word before ("startup X"), a title after ("X CEO"), a
// possessive and a title ("X's chief executive"), a move verb ("joined X"), an apposition
// ("Bridge, a stablecoin startup,"), the place of work of a title ("vice president at X").
bool EntityRecognizer::Impl::LatinCompanyContext(const Para& p, int a, int b, int words, bool poss_end,
                                                 const LatinContext& x, double* conf) const {
  const int n = p.Size(), after = b;
  bool cue_before = en_company_cues.count(x.prev_w) > 0 || GermanCompanyCue(p, a - 1);
  // "a fake consultancy, Avonmere Advisory, and": a cue, a comma and the name closed by punctuation.
  if (!cue_before && a >= 2 && p.IsPunct(a - 1, ",") && p.IsWord(a - 2) &&
      en_company_cues.count(p.Text(a - 2)) && (after >= n || p.toks[after].kind == kPunct) && !x.given)
    cue_before = true;
  // "Ms Patel told Mint.", "told BBC Radio 4": the outlet a person speaks to, closed by punctuation
  // (no listed given name, no word the word list knows only as a person's).
  if (!cue_before && x.prev_w == "told" && !x.given && words <= 3 &&
      (after >= n || p.toks[after].kind == kPunct) && !PersonWordIn(p, a, b) &&
      (words == 1 || CommonWordRun(p, a, b)))
    cue_before = true;
  bool title_after = !x.next_w.empty() && EnTitleWord(p, after) && !x.given;
  // "Political analyst ...", "Sometimes President ...": a lone adjective or adverb opening the
  // sentence (opening quotes aside) is no company before a title.
  if (title_after && words == 1 && EndsWithAnyOf(WordList::kEnModifierEnding, p.Text(a))) {
    int q = a - 1;
    while (q >= 0 && p.toks[q].kind == kPunct && p.toks[q].sentence == p.toks[a].sentence) --q;
    if (q < 0 || p.toks[q].sentence != p.toks[a].sentence) title_after = false;
  }
  bool poss_title = poss_end && after < n && (EnTitleWord(p, after) || en_title_mods.count(x.next_w));
  // "Proxy adviser X", "Deputy Chief Minister X", "the AFL's Match Review Officer", "the Prime
  // Minister's official spokesman": common words or a title before a title are part of the title.
  // (Not before a company officer's title: "Vellum CEO", "Lantern founder"; nor a plural, a club
  // by its nickname: "Pies midfielder", "Swans coach".)
  const bool officer = after < n && p.IsWord(after) &&
                       (p.toks[after].all_caps || x.next_w == "founder" || x.next_w == "co-founder" ||
                        x.next_w == "cofounder");
  // (Two common words are a title only before a capitalized title word or when the second is a
  // title itself — "Match Review Officer", "Prime Minister's" — not "Channel Meridian chairman".)
  const bool two_word_title = words < 2 || (after < n && p.IsWord(after) && p.toks[after].cap) ||
                              IsLatinTitle(StripPossessive(p.Text(b - 1))) || EnTitleWord(p, b - 1);
  if ((title_after || poss_title) && words <= 2 &&
      ((CommonWordRun(p, a, b) && !officer && two_word_title &&
        !EndsWith(StripPossessive(p.Text(b - 1)), "s")) ||
       (words == 1 && (IsLatinTitle(StripPossessive(p.Text(a))) ||
                       en_title_mods.count(FoldWord(StripPossessive(p.Text(a))))))))
    title_after = poss_title = false;
  bool joined = In(WordList::kEnMoveVerb, x.prev_w);
  // "Bridge, a stablecoin startup," / "Quorra, an AI lab".
  bool apposed = false;
  if (p.IsPunct(after, ",") && p.IsWord(after + 1) &&
      (p.Text(after + 1) == "a" || p.Text(after + 1) == "an")) {  // not "X, the company said"
    // ("Medrina, a 40-person Columbus start-up": hyphens inside the apposition.)
    for (int r = after + 2; r < n && r < after + 9 && (p.toks[r].kind != kPunct || p.IsPunct(r, "-")); ++r)
      if (p.IsWord(r) && en_company_cues.count(HyphenWordEndingAt(p, r))) apposed = true;
  }
  if (cue_before || title_after || poss_title || (joined && !x.given) || (apposed && !x.given) ||
      x.at_after_title) {
    *conf = cue_before || poss_title ? 0.7 : 0.6;
    return true;
  }
  return false;
}

}  // namespace hirewire::extract
