// Pass 4 of the entity recognizer: the statistical tagger's PER/ORG spans (extract/ner_tagger.h),
// and Latin person spans that carry more than the name.
#include "extract/entities/internal.h"

namespace hirewire::extract {

namespace {

// Latin capitals glued to a generic noun ("IB업계", "LNG선": ko_acronym_generic_tail).
bool AcronymGenericNoun(std::string_view w) {
  size_t caps = 0;
  while (caps < w.size() &&
         (IsAsciiUpper(w[caps]) || (caps > 0 && ((w[caps] >= '0' && w[caps] <= '9') || w[caps] == '&'))))
    ++caps;
  return caps >= 2 && In(WordList::kKoAcronymGenericTail, w.substr(caps));
}

}  // namespace

// ---- Pass 4: tagger spans

namespace {

// Where a tagger span that stops before a particle in word t should end (`bs`, `be`: the span's
// bytes): when the part of the word it kept opens a longer listed particle ("인천레이크로|부터": 로 +
// 부터 is 로부터), before the longest listed particle that ends the word (KoreanStemLengths proposes
// only listed particles that fit the sound before them), if the span keeps two syllables.
int WholeParticleEnd(const Para& p, int t, int bs, int be) {
  const int ws = p.toks[t].start;
  for (int k : KoreanStemLengths(p.text.substr(ws, p.toks[t].end - ws))) {  // the longest particle first
    if (ws + k >= be) break;
    if (CountCodePoints(p.text.substr(bs, ws + k - bs)) >= 2) return ws + k;
  }
  return be;
}

// The last word of a Hangul organization span of several words [tb, *te) (ending at byte *be) when
// it is a board, meeting or programme of the name before it ("한빛방송 이사회", ko_organ_word) or a
// line of business ("한빛조선 조선해양사업"): the span ends with the word before it instead.
void TrimOrganWord(const Para& p, int tb, int* te, int* be) {
  const int last = *te - 1;
  if (last <= tb || !p.toks[last].has_hangul || !p.toks[last].space_before || !p.IsWord(last - 1)) return;
  std::string_view part =
      p.text.substr(p.toks[last].start, std::min(*be, p.toks[last].end) - p.toks[last].start);
  part = part.substr(0, static_cast<size_t>(KoreanWholeParticleStem(part)));
  if (!In(WordList::kKoOrganWord, part) && !BusinessLineWord(part)) return;
  *te = last;
  *be = p.toks[last - 1].end;
}

}  // namespace

void EntityRecognizer::Impl::TaggerPass(int pi, Para& p, std::vector<Cand>& cands, std::string_view lang,
                                        std::vector<std::pair<TaggedSpan, int>>* low) const {
  if (!tagger) return;
  std::vector<Cand> coordinated;  // lone person words waiting for a coordinated person
  // The tagger reads a wire dateline with the lede it opens, as the wire writes it (the analysis
  // makes the dateline a sentence of its own for the rules: extract::WireDatelineEnd).
  const int dateline = WireDatelineEnd(p.text);
  for (size_t si = 0; si < p.sentences.size(); ++si) {
    const int sa = p.sentences[si].start;
    int sb = p.sentences[si].end;
    if (dateline > 0 && sb == dateline && si + 1 < p.sentences.size()) sb = p.sentences[++si].end;
    std::string_view sent = p.text.substr(sa, sb - sa);
    // Hangul syllables (lead bytes EA-ED) or an ASCII capital letter.
    const bool any_hangul = NextByteIn(sent, 0, sent.size(), 0xEA, 3) < sent.size();
    const bool any_upper = NextByteIn(sent, 0, sent.size(), 'A', 25) < sent.size();
    if (!any_hangul && !any_upper) continue;
    std::string_view l = any_hangul ? "ko" : lang;
    if (l != "ko" && l != "en") continue;  // the model knows Korean and English only
    for (const TaggedSpan& s : TagSentence(sent, l)) {
      // The score squashes the span's mean emission margin; the format-6 English model often wins
      // a multi-word name through the transitions with a negative margin ("Mei-Lin Zhou"), so
      // English person spans with a space inside keep no threshold (the shape filters below apply).
      const bool latin_name = l == "en" && s.type == "PER" &&
                              sent.substr(s.start, s.end - s.start).find(' ') != std::string_view::npos;
      if (s.score < 0.5 && !latin_name) {
        if (low) low->emplace_back(s, sa);
        continue;
      }
      TaggerSpanClaim(pi, p, cands, &coordinated, s, sa);
    }
  }
  JoinCoordinatedPersons(p, cands, coordinated);
}

// The tagger's spans over one sentence; a list the tagger read as one person ("이정미·김이수·
// 이진성 재판관") is one name per item.
std::vector<TaggedSpan> EntityRecognizer::Impl::TagSentence(std::string_view sent, std::string_view l) const {
  std::vector<TaggedSpan> spans;
  for (TaggedSpan& t : tagger->Tag(sent, l)) {
    size_t from = t.start;
    for (size_t k = t.start; t.type == "PER" && k < static_cast<size_t>(t.end);) {
      bool dot = sent.compare(k, 2, "\xC2\xB7") == 0, comma = sent[k] == ',';
      if (!dot && !comma) {
        ++k;
        continue;
      }
      size_t a = from, b = k;
      while (a < b && sent[a] == ' ') ++a;
      while (b > a && sent[b - 1] == ' ') --b;
      if (b > a) spans.push_back({static_cast<int>(a), static_cast<int>(b), t.type, t.score});
      k += dot ? 2 : 1;
      from = k;
    }
    if (from != static_cast<size_t>(t.start)) {
      while (from < static_cast<size_t>(t.end) && sent[from] == ' ') ++from;
      if (from >= static_cast<size_t>(t.end)) continue;
      t.start = static_cast<int>(from);
    }
    spans.push_back(std::move(t));
  }
  return spans;
}

// A foreign name the tagger cut after its first word ("프리야 나라야난,", "토마스 벨랑제다."):
// the next word joins when it could be a foreign family name: two or more Hangul syllables,
// no Korean dictionary word (시리즈, 멤버), title, stop word or organization/company word.
void EntityRecognizer::Impl::ExtendForeignName(const Para& p, int tb, int* te, int* be) const {
  const int t2 = *te;
  if (t2 - tb != 1 || *be != p.toks[tb].end || !p.toks[tb].hangul || !HasForeignSyllable(p.Text(tb)) ||
      t2 >= p.Size() || !p.IsWord(t2) || !p.Free(t2) || !p.toks[t2].hangul || !p.toks[t2].space_before ||
      p.toks[t2].sentence != p.toks[tb].sentence)
    return;
  std::string_view w2 = p.Text(t2);
  std::vector<int> st = KoreanStemLengths(w2);
  std::string_view stem2 = st.empty() ? w2 : w2.substr(0, st.back());
  const int syl = CountCodePoints(stem2);
  bool org_word = false;
  for (const std::string& suf : ko_org_suffixes) org_word = org_word || EndsWith(stem2, suf);
  for (const std::string& suf : ko_company_suffixes) org_word = org_word || EndsWith(stem2, suf);
  // Any reading of the word as a dictionary word (클래식에서도 -> 클래식, 멤버들과 -> 멤버)
  // rules it out; so does a word that ends neither in a particle nor before punctuation
  // (a verb form: 생각하고).
  bool dict_word = IsKoWord(w2);
  for (int k : st) {
    std::string_view x = w2.substr(0, k);
    dict_word = dict_word || IsKoWord(x) || (EndsWith(x, "들") && IsKoWord(x.substr(0, x.size() - 3)));
  }
  const bool ends_np = !st.empty() || t2 + 1 >= p.Size() || !p.IsWord(t2 + 1) ||
                       p.toks[t2 + 1].sentence != p.toks[t2].sentence;
  // It must sound foreign itself, or close a list item ("프리야 나라야난, ...").
  const bool listed = t2 + 1 < p.Size() && (p.IsPunct(t2 + 1, ",") || p.IsPunct(t2 + 1, "·"));
  if (syl >= 2 && syl <= 5 && ends_np && (HasForeignSyllable(stem2) || listed) && !dict_word && !org_word &&
      !ko_stop.count(stem2) && !IsKoTitle(stem2) && !IsKoWord(stem2) && !ko_company_cues.count(stem2) &&
      !ko_person_cues.count(stem2)) {
    *be = p.toks[t2].start + static_cast<int>(stem2.size());
    ++*te;
  }
}

// The words of tagger span `s` (sentence at byte sa) as a name: whole words, or stopping right
// before a particle or 씨; particles that never end a name and function words opening a Latin
// span cut. False when the span is no name by its shape.
bool EntityRecognizer::Impl::TaggerSpanWords(const Para& p, const TaggedSpan& s, int sa,
                                             TaggerWords* w) const {
  int bs = sa + s.start, be = sa + s.end;
  // Token range covering the span.
  int tb = -1, te = -1;
  if (!p.TokensOver(bs, be, &tb, &te)) return false;
  for (int t = tb; t < te; ++t)
    if (p.owner[t] >= 0) return false;
  if (s.type == "PER") ExtendForeignName(p, tb, &te, &be);
  // Spans must cover whole words, or stop right before a particle or 씨 ("솔지씨는").
  if (bs != p.toks[tb].start) return false;
  if (p.toks[te - 1].hangul &&
      be < p.toks[te - 1].end)  // ("루미나페" + "이": no particle, extract/entity_bounds.h)
    be = p.toks[te - 1].start + KoreanOpenSyllableNameEnd(p.Text(te - 1), be - p.toks[te - 1].start);
  bool ssi = false;
  if (be < p.toks[te - 1].end) {
    std::string_view rest = p.text.substr(be, p.toks[te - 1].end - be);
    // 씨 (Mr/Ms), 군 and 양 (a boy, a girl) written on a person's name.
    ssi =
        (rest.starts_with("씨") || (s.type == "PER" && (rest.starts_with("군") || rest.starts_with("양")))) &&
        (rest.size() == 3 || IsKoreanParticle(rest.substr(3)));
    // ("Rohit Sharma's tenure", "Statistics Canada's survey": the English model ends a name before its
    // possessive; a one-word organization keeps it, "Christie's" being the name.)
    const bool possessive =
        (s.type == "PER" || te - tb >= 2) && p.toks[te - 1].latin && !rest.empty() &&
        StripPossessive(p.Text(te - 1)).size() == static_cast<size_t>(be - p.toks[te - 1].start);
    if (!ssi && !possessive && !IsKoreanParticle(rest)) return false;
    if (!ssi && p.toks[te - 1].has_hangul) be = WholeParticleEnd(p, te - 1, bs, be);
  }
  if (s.type == "ORG") {
    const int te0 = te;
    TrimOrganWord(p, tb, &te, &be);
    if (te != te0) ssi = false;
  }
  std::string_view last = p.Text(te - 1);
  int cut = std::min(be, p.toks[te - 1].end);
  if (p.toks[te - 1].has_hangul) {
    std::string_view part = p.text.substr(p.toks[te - 1].start, cut - p.toks[te - 1].start);
    std::vector<int> stems = KoreanStemLengths(part);
    // The tagger ends its spans before particles; a span that runs to the end of the word
    // keeps a last syllable that may be a particle or part of a name ("마크 러팔로",
    // "스튜어트 고든"), and loses only particles that never end a name.
    for (auto st = stems.rbegin(); cut == p.toks[te - 1].end && st != stems.rend(); ++st) {
      if (In(WordList::kKoNeverNameFinal, part.substr(*st))) cut = p.toks[te - 1].start + *st;
    }
  } else if (p.toks[te - 1].latin) {
    cut = p.toks[te - 1].start + static_cast<int>(StripPossessive(last).size());
  }
  // "이모씨(40)": 씨 the tagger took into the name is the cue, not the name.
  if (s.type == "PER" && cut == p.toks[te - 1].end && p.toks[te - 1].hangul && cut - bs > 6 &&
      p.text.substr(cut - 3, 3) == "씨") {
    cut -= 3;
    ssi = true;
  }
  // A Latin span that starts with a capitalized function word ("Según Hurtado", "Zdaniem
  // Jochena Stadta", "Doch Baerbock") keeps what follows it; a single name left after an
  // "according to" word is a person's family name.
  bool after_cue = false;
  while (te - tb > 1 && p.toks[tb].latin && p.IsWord(tb) && en_stop.count(p.Text(tb)) &&
         p.toks[tb + 1].space_before) {
    after_cue = latin_person_cues.count(p.Text(tb)) > 0;
    ++tb;
    bs = p.toks[tb].start;
  }
  // "Chipmaker Veridian to cut jobs": a kind of company opening the sentence (OpeningKindWord, as the Latin
  // run rule reads it) describes the name after it, no listed given name ("Developer Ana Ruiz"), and is no
  // part of it.
  bool kind_cut = false;
  if (bool kind = false; te - tb > 1 && p.toks[tb].latin && p.lang != "de" && OpeningKindWord(p, tb, &kind) &&
                         kind && !given_names.count(p.Text(tb + 1))) {
    ++tb;
    bs = p.toks[tb].start;
    kind_cut = true;
  }
  std::string_view surface = p.text.substr(bs, cut - bs);
  if (surface.empty() || ko_stop.count(surface) || en_stop.count(surface) || IsKoTitle(surface)) return false;
  int words = 0;
  for (int t = tb; t < te; ++t) {
    if (p.toks[t].kind == kNumber) return false;
    if (p.toks[t].kind != kWord) continue;
    ++words;
    std::string_view x = p.Text(t);
    if (ko_stop.count(x) || (en_stop.count(x) && !(t == te - 1 && StopWordFamilyName(p, tb, t))) ||
        ((p.toks[t].latin || IsCyrillicLead(x)) && !p.toks[t].cap))
      return false;
  }
  if (words == 0) return false;
  *w = TaggerWords{tb, te, bs, cut, words, ssi, after_cue, kind_cut, surface};
  return true;
}

// A title or person cue at word t in the sentence of word `tb` ("배우", "장관은"); `plural`: also
// "의원들" (members of an organization, never one person's title).
bool EntityRecognizer::Impl::KoTitleWordAt(const Para& p, int t, int tb, bool plural) const {
  if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].has_hangul || p.toks[t].sentence != p.toks[tb].sentence)
    return false;
  std::string_view w = p.Text(t);
  auto title = [&](std::string_view x) {
    if (plural && EndsWith(x, "들") && x.size() > 3) x.remove_suffix(3);
    return IsKoTitle(x) || ko_person_cues.count(x) > 0;
  };
  if (title(w)) return true;
  for (int st : KoreanStemLengths(w))
    if (title(w.substr(0, st))) return true;
  return false;
}

// The KoNNE gazetteer classes of a Hangul or acronym span (0 for other spans).
uint32_t EntityRecognizer::Impl::KoGazetteerOf(const Para& p, const TaggerWords& w) const {
  return p.toks[w.tb].has_hangul || p.toks[w.tb].all_caps ? tagger->KoreanGazetteerClasses(w.surface) : 0;
}

// Claims tagger span `s` (sentence at byte sa) when its shape, or other evidence, makes it a
// person or an organization. Evidence besides the tagger's own for spans the shape filters would
// drop: a title or person cue right before or after the bare name ("배우 배두나", "케리 장관은",
// "솔지씨"), and the KoNNE gazetteer built into the model (forms frequent and nearly always a
// person or an organization in KLUE's train split).
void EntityRecognizer::Impl::TaggerSpanClaim(int pi, Para& p, std::vector<Cand>& cands,
                                             std::vector<Cand>* coordinated, const TaggedSpan& s,
                                             int sa) const {
  TaggerWords w;
  if (!TaggerSpanWords(p, s, sa, &w)) return;
  const int tb = w.tb, te = w.te;
  const bool bare = w.cut == p.toks[te - 1].end;  // no particle between the name and what follows
  const bool per = s.type == "PER";
  // An age right after a name is a person cue: "채림(35)과", "김성동(54) 소장".
  const bool age_after = bare && p.IsPunct(te, "(") && !p.toks[te].space_before && te + 2 < p.Size() &&
                         p.toks[te + 1].kind == kNumber && p.IsPunct(te + 2, ")");
  const bool title_after =
      w.ssi || (per && age_after) ||
      (bare && te < p.Size() && p.toks[te].space_before && KoTitleWordAt(p, te, tb, !per));
  const bool title_before = tb > 0 && p.toks[tb].space_before && KoTitleWordAt(p, tb - 1, tb, false) &&
                            p.Text(tb - 1) != "씨" && p.Stems(tb - 1).empty();
  if (CountCodePoints(w.surface) < 2) return;
  Cand c;
  c.para = pi;
  c.tb = tb;
  c.te = te;
  c.start = w.bs;
  c.end = w.cut;
  if (w.kind_cut) {
    // (The name after a kind of company is that company, the sentence's first name word or not.)
    c.type = EntityType::kCompany;
    c.conf = 0.4 + 0.4 * s.score;
    Claim(p, cands, std::move(c));
    return;
  }
  if (per) {
    const TaggerPerson v = TaggerPersonVerdict(p, w, title_after || title_before);
    if (v == TaggerPerson::kNo) return;
    if (v == TaggerPerson::kIfCoordinated) {
      // Kept aside: a name coordinated with a person is one too ("강인과 박세영의 연기").
      c.type = EntityType::kPerson;
      c.conf = 0.4 + 0.4 * s.score;
      coordinated->push_back(std::move(c));
      return;
    }
    c.type = EntityType::kPerson;
    // "Kleinen Zeitung", "Federación Internacional": a Latin span with the head of an
    // organization name is that organization.
    for (int t = tb; t < te; ++t)
      if (p.toks[t].latin && en_org_suffixes.count(p.Text(t))) c.type = EntityType::kOrganization;
    // So is one whose words name an organization ("XL Axiata", "Portland Mariners"), with no listed
    // given name and no title before it.
    const bool titled = tb > 0 && (EnTitleWord(p, tb - 1) || IsLatinTitle(p.Text(tb - 1)));
    if (p.toks[tb].latin && !given_names.count(p.Text(tb)) && !titled && OrgWordIn(p, tb, te))
      c.type = EntityType::kOrganization;
  } else {
    EntityType type = TaggerOrgType(p, w, title_after);
    if (type == EntityType::kNone) return;
    c.type = type;
  }
  c.conf = 0.4 + 0.4 * s.score;
  // A dictionary name the dictionary pass missed ("SK하이닉스로"): link it.
  if (auto it = alias_to_entry.find(w.surface); it != alias_to_entry.end() &&
                                                entries[it->second].type != EntityType::kPerson &&
                                                c.type != EntityType::kPerson) {
    c.dict = it->second;
    c.type = entries[it->second].type;
  }
  if (w.words == 1 && p.toks[tb].latin) {
    // Sentence-initial capitals say nothing ("Black voters ...", "Global demand ...").
    // Opening quotes or dashes before it change nothing ("“Sometimes President Trump ...").
    int q = tb - 1;
    while (q >= 0 && p.toks[q].kind == kPunct && p.toks[q].sentence == p.toks[tb].sentence) --q;
    if (q < 0 || p.toks[q].sentence != p.toks[tb].sentence) return;
    c.lone_tagged_word = true;
  }
  Claim(p, cands, std::move(c));
}

// Whether a PER span of the tagger is taken as a person (`cue`: a title or person cue next to it).
EntityRecognizer::Impl::TaggerPerson EntityRecognizer::Impl::TaggerPersonVerdict(const Para& p,
                                                                                 const TaggerWords& w,
                                                                                 bool cue) const {
  const int tb = w.tb;
  // The tagger's scores are not calibrated enough to trust a lone word: a single Hangul
  // word must look like a Korean name or have a cue or a gazetteer entry; a single Latin
  // word is left to coreference.
  if (w.words == 1 && !p.toks[tb].has_hangul && !(w.after_cue && p.toks[tb].latin)) return TaggerPerson::kNo;
  // Two-syllable gazetteer names are often also common nouns (제시, 승리: a singer's stage
  // name and "offer", "victory"); they need a cue.
  if (w.words == 1 && !IsKoreanNameShape(w.surface) && !cue &&
      !(CountCodePoints(w.surface) >= 3 && (KoGazetteerOf(p, w) & (ner::kGazStrongPer << 0))))
    return TaggerPerson::kIfCoordinated;
  // Several Hangul words: common-noun phrases ("제명 문제", "선고 때") are the tagger's usual
  // mistake; a transliterated foreign name has foreign sounds and a word of 2+ syllables
  // ("톰 크루즈", "앤 해서웨이"), and no title inside ("황 시장").
  if (w.words > 1 && p.toks[tb].has_hangul) {
    bool foreign = false, long_word = false, title = false;
    for (int t = tb; t < w.te; ++t) {
      std::string_view x = p.text.substr(p.toks[t].start, std::min(w.cut, p.toks[t].end) - p.toks[t].start);
      if (CountCodePoints(x) >= 2) long_word = true;
      if (HasForeignSyllable(x)) foreign = true;
      if (IsKoTitle(x) || ko_person_cues.count(x) || ko_stop.count(x)) title = true;
      // ("우주과학본부 연구팀": a unit's word names a body, no person; thirty-first session.)
      if (CountCodePoints(x) >= 3 && EndsWithAnyOf(WordList::kKoUnitHead, x)) title = true;
    }
    if (title || !long_word || !(foreign || cue)) return TaggerPerson::kNo;
  }
  return TaggerPerson::kYes;
}

// The type of an ORG span of the tagger ("company" or "organization"), nullptr when it is none.
// Lone acronyms (AI, GPU, FOMO) are mostly not organizations, a short lone Hangul word is more
// often a common noun (지도부, 무소속) than a company, and facilities (센터, 공항) are places,
// unless a title follows ("외교부 장관", "MBC 사장") or the gazetteer knows the form as an
// organization (MBC, 국정원, 첼시). Such bodies are mostly broadcasters, public bodies and clubs:
// organizations, not companies.
EntityType EntityRecognizer::Impl::TaggerOrgType(const Para& p, const TaggerWords& w,
                                                 bool title_after) const {
  const int tb = w.tb, te = w.te;
  const std::string_view surface = w.surface;
  // A kind of business or thing ("IB업계", "LNG선") or a line of business ("조선해양사업") is no name.
  if (w.words == 1 && (AcronymGenericNoun(surface) || (p.toks[tb].has_hangul && BusinessLineWord(surface))))
    return EntityType::kNone;
  bool rescued = false;
  const int cps = CountCodePoints(surface);
  // Three-syllable short forms of public bodies: 공관위, 서울시, 경희대, 특허청, 산업부, 민주당.
  const bool body =
      w.words == 1 && p.toks[tb].hangul && cps == 3 && EndsWithAnyOf(WordList::kKoBodySuffix, surface);
  if (body) rescued = true;  // an organization, not a company
  // A lone acronym (not "AFP통신", "LG유플러스": Hangul after the letters makes a name; a
  // particle does not: "CATL의").
  const bool acronym = p.toks[tb].all_caps && IsAsciiUpper(surface[0]) &&
                       std::all_of(surface.begin(), surface.end(), [](char ch) {
                         return IsAsciiUpper(ch) || ch == '&' || (ch >= '0' && ch <= '9');
                       });
  if ((w.words == 1 && (acronym || (p.toks[tb].has_hangul && cps < 4 && !body))) ||
      EndsWithAnyOf(WordList::kKoPlaceSuffix, surface)) {
    // (A two-syllable dictionary word the gazetteer knows as a body is more often the common
    // noun: "지방 소방 인력", "현대가 더비"; it needs a title after it.)
    const bool common = cps == 2 && p.toks[tb].hangul && IsKoWord(surface);
    if (!title_after && (common || !(KoGazetteerOf(p, w) & (ner::kGazStrongPer << 1))))
      return EntityType::kNone;
    rescued = true;
  }
  // Ministries, agencies, parties and committees of any length are organizations
  // (보건복지부, 국세청, 새누리당).
  const auto& bodies = EntityWords::Default().List(WordList::kKoBodySuffix);
  const bool body_suffix = p.toks[te - 1].has_hangul && cps >= 3 &&
                           std::any_of(bodies.begin(), bodies.end(), [&](std::string_view x) {
                             return x != "대" && x != "시" && EndsWith(surface, x);
                           });
  // A unit written after its parent ends a span of several words: the parent's unit is an
  // organization as the unit pass reads it ("질병청 감염병정책국", "국토교통부 도로정책과",
  // "한빛전자 디자인센터"), whatever the parent.
  const std::string_view last = p.text.substr(p.toks[te - 1].start, w.cut - p.toks[te - 1].start);
  const bool unit_tail = w.words >= 2 && p.toks[te - 1].has_hangul && CountCodePoints(last) >= 3 &&
                         (EndsWithAnyOf(WordList::kKoUnitHead, last) || WeakUnitShape(last));
  EntityType type = rescued || body_suffix || unit_tail ? EntityType::kOrganization : EntityType::kCompany;
  for (const std::string& suf : ko_company_suffixes)
    if (rescued && EndsWith(surface, suf)) type = EntityType::kCompany;
  for (const std::string& suf : ko_org_suffixes)
    if (EndsWith(surface, suf)) type = EntityType::kOrganization;
  for (int t = tb; t < te; ++t)
    if (en_org_suffixes.count(p.Text(t))) type = EntityType::kOrganization;
  return type;
}

// "A와 B", "A, B", "A·B": a word the tagger took for a person (kept aside in `coordinated`) joins
// a person next to it.
void EntityRecognizer::Impl::JoinCoordinatedPersons(Para& p, std::vector<Cand>& cands,
                                                    std::vector<Cand>& coordinated) const {
  auto person_at = [&](int t) {
    return t >= 0 && t < p.Size() && p.owner[t] >= 0 && cands[p.owner[t]].type == EntityType::kPerson;
  };
  auto joins = [&](std::string_view particle) {
    return particle == "와" || particle == "과" || particle == "랑" || particle == "이랑" ||
           particle == "하고";
  };
  for (bool changed = true; changed;) {
    changed = false;
    for (Cand& c : coordinated) {
      if (c.dropped) continue;
      const int tb = c.tb, te = c.te;
      bool next = false, prev = false;
      if (c.end < p.toks[te - 1].end) {
        next = joins(p.text.substr(c.end, p.toks[te - 1].end - c.end)) && person_at(te) &&
               cands[p.owner[te]].tb == te && p.toks[te].sentence == p.toks[tb].sentence;
      } else if ((p.IsPunct(te, ",") || p.IsPunct(te, "·")) && person_at(te + 1)) {
        next = cands[p.owner[te + 1]].tb == te + 1 && p.toks[te + 1].sentence == p.toks[tb].sentence;
      }
      if (person_at(tb - 1)) {
        const Cand& o = cands[p.owner[tb - 1]];
        prev = o.te == tb && o.end < p.toks[tb - 1].end &&
               joins(p.text.substr(o.end, p.toks[tb - 1].end - o.end));
      } else if ((p.IsPunct(tb - 1, ",") || p.IsPunct(tb - 1, "·")) && person_at(tb - 2)) {
        prev = cands[p.owner[tb - 2]].end == p.toks[tb - 2].end;
      }
      if (!next && !prev) continue;
      c.dropped = true;  // handled
      Cand keep = c;
      keep.dropped = false;
      if (Claim(p, cands, std::move(keep)) >= 0) changed = true;
    }
  }
}

// ---- Person spans in Latin script that carry more than the name

// Outside English, lower-case words inside a person span mark where the name is not: the span
// keeps its last run of two or more capitalized words ("Berater von Ex-Kanzlerin Angela Merkel",
// "Guido Westerwelle starb jung"; "Ursula von der Leyen" has no such run and stays whole). In
// every language, words before the first listed given name of a span of three words or more go
// when none of them is a listed name ("Kanzler Friedrich Merz", "Justice Clarence Thomas").
void EntityRecognizer::Impl::TrimLatinPersonSpan(Para& p, Cand* c, std::string_view lang) const {
  std::vector<int> words;
  for (int t = c->tb; t < c->te; ++t)
    if (p.IsWord(t) && (t == c->tb || p.toks[t].space_before)) words.push_back(t);
  if (words.size() < 2) return;
  int first = 0, last = static_cast<int>(words.size());  // kept words [first, last)
  // Titles and honorifics at either end are not the name ("Mme Binet", "Prof Datuk Mohd Faiz
  // Abdullah", "Außenministerin Beate Meinl-Reisinger", "Schmid Generalsekretärin"); what is left
  // may be one word, the family name, which then links to the full name.
  auto word_text = [&](int k) {  // the whole word, hyphenated parts included ("Ex-Kanzlerin")
    const int to = k + 1 < static_cast<int>(words.size()) ? words[k + 1] : c->te;
    return StripPossessive(
        p.text.substr(p.toks[words[k]].start, p.toks[to - 1].end - p.toks[words[k]].start));
  };
  // (Also a title the lists write in lower case alone, capitalized as its sentence's first word:
  // "Frontwoman".)
  while (last - first > 1 &&
         (IsLatinTitle(word_text(first)) ||
          (first == 0 && OpensSentence(p, words[0]) && !In(WordList::kEnTitle, word_text(0)) &&
           In(WordList::kEnTitle, FoldWord(word_text(0))))))
    ++first;
  while (last - first > 1 &&
         (IsLatinTitle(word_text(last - 1)) || In(WordList::kEnPostNominal, word_text(last - 1))))
    --last;
  if (lang != "en" && !lang.empty()) {
    int best_a = -1, best_b = -1;
    for (int a = first; a < last;) {
      if (!p.toks[words[a]].cap) {
        ++a;
        continue;
      }
      int b = a;
      while (b < last && p.toks[words[b]].cap) ++b;
      if (b - a >= 2) best_a = a, best_b = b;
      a = b;
    }
    bool any_lower = false;
    for (int k = first; k < last; ++k) any_lower |= !p.toks[words[k]].cap;
    if (any_lower && best_a >= 0) first = best_a, last = best_b;
  }
  if (tagger && last - first >= 3) {
    for (int k = first + 1; k < last - 1; ++k) {
      const std::string_view w = p.Text(words[k]);
      if (!p.toks[words[k]].cap) continue;  // a name particle ("von") starts no name
      if (!(tagger->EnglishGazetteerClasses(w) & ner::kGazPer) && !given_names.count(w)) continue;
      bool listed_before = false;
      for (int j = first; j < k; ++j) {
        const std::string_view x = p.Text(words[j]);
        // (Or a word the embedding reads as a person's name and the word list never writes in lower case:
        // "Ashish Kumar Chauhan" keeps its given name before the listed middle name; "Prosecutor" is none.)
        const NerTagger::EnglishWord info = tagger->EnglishWordInfo(x);
        listed_before |= (tagger->EnglishGazetteerClasses(x) & ner::kGazPer) || given_names.count(x) > 0 ||
                         (info.known && info.kind == 1 && info.confidence >= 2 && !info.lower);
      }
      if (!listed_before) first = k;
      break;
    }
  }
  if (first == 0 && last == static_cast<int>(words.size())) return;
  const int tb = words[first];
  int te = last < static_cast<int>(words.size()) ? words[last] : c->te;
  while (te > tb + 1 && !p.IsWord(te - 1)) --te;
  for (int t = c->tb; t < tb; ++t) p.owner[t] = -1;
  for (int t = te; t < c->te; ++t) p.owner[t] = -1;
  c->start = p.toks[tb].start;
  if (te != c->te) c->end = p.toks[te - 1].end;
  c->tb = tb;
  c->te = te;
}

}  // namespace hirewire::extract
