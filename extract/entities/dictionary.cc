// Pass 1 of the entity recognizer: the alias dictionary (longest match; Korean particles
// stripped from the last token).
#include "extract/entities/internal.h"

namespace hirewire::extract {

// ---- Pass 1: dictionary

void EntityRecognizer::Impl::DictPass(int pi, Para& p, std::vector<Cand>& cands,
                                      std::string_view lang) const {
  std::string key;
  const int n = p.Size();
  const bool hangul_para =
      std::any_of(p.toks.begin(), p.toks.end(), [](const Token& t) { return t.has_hangul; });
  for (int i = 0; i < n; ++i) {
    if (p.toks[i].kind != kWord || p.owner[i] >= 0) continue;
    std::string_view first = p.Text(i);
    int max_len = 1;
    if (HasBit(first_bits, first))
      if (auto it = first_token_max.find(first); it != first_token_max.end()) max_len = it->second;
    // Only lengths whose first words begin some alias are worth a lookup.
    if (max_len > 1) {
      key.assign(first);
      int len = 1;
      while (len < max_len && i + len < n && alias_prefixes.count(key)) {
        if (p.toks[i + len].space_before) key.push_back(' ');
        key.append(p.Text(i + len));
        ++len;
      }
      max_len = len;
    }
    const DictSite site{pi, i, lang, hangul_para};
    for (int len = std::min(max_len, n - i); len >= 1; --len) {
      int last = i + len - 1;
      if (p.toks[last].kind == kPunct && len > 1) continue;
      bool crosses = false;
      for (int t = i + 1; t <= last; ++t)
        if (p.toks[t].sentence != p.toks[i].sentence || p.owner[t] >= 0) crosses = true;
      if (crosses) continue;
      key.clear();
      for (int t = i; t <= last; ++t) {
        if (t > i && p.toks[t].space_before) key.push_back(' ');
        key.append(p.Text(t));
      }
      if (DictMatchEndingAt(site, last, key, p, cands)) break;
    }
  }
}

// Words i..last (`key`, their text) as a listed name: as written, without Korean particles or an
// English possessive on the last word, or a listed person's name with a case ending.
bool EntityRecognizer::Impl::DictMatchEndingAt(const DictSite& s, int last, std::string_view key, Para& p,
                                               std::vector<Cand>& cands) const {
  if (TryDictKey(s, last, key, p.toks[last].end, 0.95, p, cands)) return true;
  const size_t last_start = key.size() - p.Text(last).size();
  std::string_view lt = p.Text(last);
  bool matched = false;
  if (p.toks[last].has_hangul) {
    std::vector<int> stems = KoreanStemLengths(lt);
    // A known name may end in a syllable the particle splitter protects ("하이닉스로": 로
    // after ㅡ is usually part of a name, as in 페드로).
    if (EndsWith(lt, "로") && lt.size() > 3 &&
        (stems.empty() || stems.back() != static_cast<int>(lt.size()) - 3))
      stems.push_back(static_cast<int>(lt.size()) - 3);
    for (auto st = stems.rbegin(); st != stems.rend(); ++st)
      if (TryDictKey(s, last, key.substr(0, last_start + *st), p.toks[last].start + *st, 0.93, p, cands))
        return true;
    // "엔비디아향", "테슬라향으로": a listed company with a glued destination suffix (ko_destination_suffix:
    // goods bound for it), the suffix and its particle cut; thirty-second session.
    for (const std::string& suf : EntityWords::Default().List(WordList::kKoDestinationSuffix)) {
      const size_t at = lt.rfind(suf);
      if (at == std::string_view::npos || at < 6) continue;
      const size_t after = at + suf.size();
      const bool closed =
          after == lt.size() || std::find(stems.begin(), stems.end(), static_cast<int>(after)) != stems.end();
      const std::string_view k = key.substr(0, last_start + at);
      if (auto it = alias_to_entry.find(k);
          closed && it != alias_to_entry.end() && entries[it->second].type == EntityType::kCompany &&
          TryDictKey(s, last, k, p.toks[last].start + static_cast<int>(at), 0.9, p, cands))
        return true;
    }
  } else if (!p.toks[last].latin && lt.size() > kZhNameJoin.size() &&
             (EndsWith(lt, kZhNameJoin) || EndsWith(lt, kZhNameJoinFormal))) {
    // "中国足协和中钢协": the word breaker glues 和 / 与 to a listed Chinese name's last character ("协和");
    // the name without it (thirty-third session).
    const size_t cut = lt.size() - kZhNameJoin.size();
    if (TryDictKey(s, last, key.substr(0, last_start + cut), p.toks[last].start + static_cast<int>(cut), 0.9,
                   p, cands))
      return true;
  } else if (p.toks[last].latin) {
    std::string_view stripped = StripPossessive(lt);
    if (stripped.size() < lt.size() &&
        TryDictKey(s, last, key.substr(0, last_start + stripped.size()),
                   p.toks[last].start + static_cast<int>(stripped.size()), 0.95, p, cands))
      matched = true;
  }
  // "Donald Trumps", "Merza", "Путина": a listed person's name with a case ending.
  if (!matched && p.toks[last].cap && lt.size() >= 5 && HasBit(person_word_bits, lt.substr(0, 4)) &&
      (p.toks[last].latin || IsCyrillicLead(lt))) {
    for (size_t k = lt.size() > 8 ? lt.size() - 8 : 1; k < lt.size() && !matched; ++k) {
      if ((static_cast<unsigned char>(lt[k]) & 0xC0) == 0x80 || CountCodePoints(lt.substr(0, k)) < 4)
        continue;
      std::string_view stem = key.substr(0, last_start + k);
      if (!HasBit(alias_bits, stem) || !In(WordList::kNameInflection, lt.substr(k))) continue;
      auto it = alias_to_entry.find(stem);
      // A genitive s is cut like a possessive ("Putins" -> "Putin") except on German pages, where
      // the mention keeps the word as written ("Putins", like "Merza"); the entity's name stays
      // the base form when the page has it (FinishEntity).
      const int end =
          lt.substr(k) == "s" && s.lang != "de" ? p.toks[last].start + static_cast<int>(k) : p.toks[last].end;
      if (it != alias_to_entry.end() && entries[it->second].type == EntityType::kPerson &&
          TryDictKey(s, last, stem, end, 0.9, p, cands))
        matched = true;
    }
  }
  return matched;
}

// Claims words s.i..last as the listed name `k` (ending at byte end_byte) unless it is part of a
// longer name; true when claimed.
// Word t is a German place adjective written before a noun of its sentence: capitalized, ending
// in -er (Hamburger, Walliser, Münchner), no stop word, nationality (demonym rows: "Deutscher
// Bundestag" is the Bundestag), title or given name.
bool EntityRecognizer::Impl::GermanPlaceAdjective(const Para& p, int t) const {
  if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].latin || !p.toks[t].cap || p.toks[t].all_caps ||
      !p.toks[t + 1].space_before || p.toks[t + 1].sentence != p.toks[t].sentence)
    return false;
  const std::string_view w = p.Text(t);
  return w.size() >= 6 && EndsWith(w, "er") && !en_stop.count(w) && !In(WordList::kDemonym, w) &&
         !IsLatinTitle(w) && !given_names.count(w);
}

// The first word of a place (CjkPlaceStart: "杭州市", "广东省广州市") written right before the Han word i,
// all its words free; -1 when there is none.
int EntityRecognizer::Impl::ChinesePlaceBeforeListedBody(const Para& p, int i) const {
  if (i <= 0 || p.toks[i].space_before || !p.IsWord(i - 1) || !p.Free(i - 1) || !IsHanWord(p.Text(i - 1)) ||
      !IsHanWord(p.Text(i)) || p.toks[i - 1].sentence != p.toks[i].sentence)
    return -1;
  const std::string_view prev = p.Text(i - 1);
  const size_t last = LastCodePointStart(prev, prev.size());
  if (!In(WordList::kCjkPlaceSuffix, prev.substr(last))) return -1;
  const int at = CjkPlaceStart(p, p.toks[i - 1].start + last);
  if (at < 0) return -1;
  int tb = i;
  while (tb > 0 && p.toks[tb - 1].start >= at && p.Free(tb - 1)) --tb;
  return p.toks[tb].start == at && tb < i ? tb : -1;
}

bool EntityRecognizer::Impl::TryDictKey(const DictSite& s, int last, std::string_view k, int end_byte,
                                        double conf, Para& p, std::vector<Cand>& cands) const {
  const int i = s.i;
  if (!HasBit(alias_bits, k)) return false;
  // In Korean text a Latin title is a title ("김민준 SVP는"), not a party of that name, and a
  // Latin common noun is that noun ("AP" is an application processor, not the agency).
  if (s.hangul_para && p.toks[i].latin && (ko_titles.count(k) || ko_stop.count(k))) return false;
  auto it = alias_to_entry.find(k);
  if (it == alias_to_entry.end()) return false;
  if (last == i && p.toks[i].hangul && In(WordList::kKoCurrencyWord, k) && AmountFollows(p, i)) return false;
  Cand c = SpanCand(s.pi, i, last + 1, p.toks[i].start, end_byte, entries[it->second].type, conf);
  c.dict = it->second;
  if (c.type == EntityType::kPerson) TakeInflectedGivenName(p, last, &c);
  // "Peter Vance" is not JD Vance: a listed person's one-word alias (a family name) right after
  // a given name that none of the entry's names begins with names someone else (a given_name row, or a word
  // the English gazetteer lists as a person's name only: "Eleanor Vance").
  if (c.type == EntityType::kPerson && c.tb == i && last == i && p.toks[i].latin && i > 0 &&
      p.IsWord(i - 1) && p.Free(i - 1) && p.toks[i - 1].cap && p.toks[i].space_before &&
      p.toks[i - 1].sentence == p.toks[i].sentence &&
      (given_names.count(p.Text(i - 1)) ||
       (tagger && tagger->EnglishGazetteerClasses(p.Text(i - 1)) == ner::kGazPer))) {
    const std::string_view given = p.Text(i - 1);
    bool own = false;
    for (const std::string& a : entries[c.dict].aliases)
      own = own ||
            (a.size() > given.size() && a.compare(0, given.size(), given) == 0 && a[given.size()] == ' ');
    if (!own) return false;
  }
  // "Sandra Okafor-Vance" is no JD Vance: a listed person's one-word alias glued by a hyphen, with no space,
  // to a capitalized Latin word before or after it is one part of a double surname, unless that word is a
  // listed name too or starts like a listed person's last word ("Trump-Putin summit") with no given name
  // before the pair ("Marta Lindqvist-Vance").
  auto given_at = [&](int g) {
    return p.IsWord(g) && p.toks[g].cap &&
           (given_names.count(p.Text(g)) ||
            (tagger && tagger->EnglishGazetteerClasses(p.Text(g)) == ner::kGazPer));
  };
  auto glued_surname = [&](int hy, int w) {
    return p.IsPunct(hy, "-") && p.IsWord(w) && p.toks[w].latin && p.toks[w].cap &&
           !p.toks[std::max(i, w)].space_before && !p.toks[std::min(i, w) + 1].space_before &&
           !HasBit(alias_bits, p.Text(w)) &&
           (!(p.Text(w).size() >= 4 && HasBit(person_word_bits, p.Text(w).substr(0, 4))) ||
            (w < i && given_at(w - 1) && p.toks[w].space_before));
  };
  if (c.type == EntityType::kPerson && last == i && p.toks[i].latin &&
      (glued_surname(i - 1, i - 2) || glued_surname(i + 1, i + 2)))
    return false;
  if (DictNameContinues(s, last, end_byte, c.type, p)) return false;
  if (last == i && ContextNameInLongerName(p, i)) return false;  // ("National Treasury")
  // "ロサンゼルス・ドジャース": a katakana word and a middle dot written before a listed katakana
  // organization are part of its name (a place before a club), the same body.
  if (c.type != EntityType::kPerson && i >= 2 && p.IsPunct(i - 1, "\xE3\x83\xBB") && p.IsWord(i - 2) &&
      p.Free(i - 2) && p.toks[i - 1].start == p.toks[i - 2].end && p.toks[i].start == p.toks[i - 1].end &&
      KatakanaRunBytes(p.Text(i - 2)) == p.Text(i - 2).size() && KatakanaRunBytes(p.Text(i)) > 0) {
    c.tb = i - 2;
    c.start = p.toks[i - 2].start;
  }
  // "U.S. Environmental Protection Agency", "U.S. Food and Drug Administration": an abbreviated
  // country (an org_lead_word written with dots) before a listed body is part of the written name, the
  // same body.
  if (c.type == EntityType::kOrganization && i >= 2 && p.IsPunct(i - 1, ".") && !p.toks[i - 1].space_before &&
      p.toks[i].space_before && p.IsWord(i - 2) && p.Free(i - 2) && p.Free(i - 1) && p.toks[i - 2].latin &&
      p.Text(i - 2).find('.') != std::string_view::npos && In(WordList::kOrgLeadWord, p.Text(i - 2))) {
    c.tb = i - 2;
    c.start = p.toks[i - 2].start;
  }
  // "Hamburger Verfassungsschutz", "Walliser Staatsrat": in German a place adjective before a
  // listed organization of one plain word names the regional body, another organization than the
  // listed one. A listed name of several words or a hyphenated one ("Young Boys", "Ifo-Institut")
  // is the named body itself: the adjective only says where it sits ("Berner Young Boys").
  if (c.type == EntityType::kOrganization && s.lang == "de" && i > 0 && last == i &&
      GermanPlaceAdjective(p, i - 1)) {
    c.tb = i - 1;
    c.start = p.toks[i - 1].start;
    c.dict = -1;
    c.conf = 0.7;
  }
  // "杭州市卫健委", "广东省发改委": in Chinese a city or province written right before a listed body
  // names that place's own body, another organization than the listed (national) one.
  if (c.type == EntityType::kOrganization && s.lang == "zh" && c.tb == i)
    if (const int tb = ChinesePlaceBeforeListedBody(p, i); tb >= 0) {
      c.tb = tb;
      c.start = p.toks[tb].start;
      c.dict = -1;
      c.conf = 0.7;
    }
  // "Alphabet Inc.": a legal suffix belongs to a listed company's name.
  const int nx = last + 1;
  if (c.type == EntityType::kCompany && end_byte == p.toks[last].end && p.toks[last].latin && p.IsWord(nx) &&
      p.Free(nx) && p.toks[nx].space_before && p.toks[nx].sentence == p.toks[i].sentence &&
      In(WordList::kLegalSuffix, StripPossessive(p.Text(nx)))) {
    c.te = nx + 1;
    c.end = p.toks[nx].start + static_cast<int>(StripPossessive(p.Text(nx)).size());
    if (c.end == p.toks[nx].end && p.IsPunct(nx + 1, ".") && !p.toks[nx + 1].space_before) c.end += 1;
  }
  return Claim(p, cands, std::move(c)) >= 0;
}

// "KBS 2TV", "KBS 1라디오": a numbered channel (broadcast_channel rows) written after a listed broadcaster's
// Latin name (candidate `c`) and a space: the name with the channel, an alias of the broadcaster (the golds
// write the channel whole, b42, and the broadcaster for it, b2 / b3); "" when none. Thirty-second session.
std::string EntityRecognizer::Impl::BroadcastChannelAlias(const Para& p, const Cand& c) const {
  const int last = c.te - 1;
  if (c.dict < 0 || c.type == EntityType::kPerson || c.end != p.toks[last].end || !p.toks[last].latin ||
      !p.toks[last].all_caps)
    return "";
  const std::string_view rest = std::string_view(p.text).substr(c.end);
  for (const std::string& ch : EntityWords::Default().List(WordList::kBroadcastChannel)) {
    if (rest.size() <= ch.size() || rest[0] != ' ' || rest.compare(1, ch.size(), ch) != 0) continue;
    const size_t end = c.end + 1 + ch.size();
    if (end < p.text.size() && (std::isalnum(static_cast<unsigned char>(p.text[end])) || p.text[end] == '-'))
      continue;
    return std::string(p.text.substr(c.start, end - c.start));
  }
  return "";
}

// An amount right after word t: a number, or 약 ("about") and a number ("한화 약 40억원", "한화 7억원").
bool EntityRecognizer::Impl::AmountFollows(const Para& p, int t) const {
  int k = t + 1;
  if (p.IsWord(k) && p.Text(k) == "약") ++k;
  if (k >= p.Size() || p.toks[k].sentence != p.toks[t].sentence) return false;
  const std::string_view w = p.Text(k);
  return !w.empty() && w[0] >= '0' && w[0] <= '9';
}

// "Angeli Merkel", "Olafa Scholza": a listed family name (candidate `c`, one word) after an
// inflected form of the person's listed given name takes that word in (Polish, Czech, Russian
// genitives).
void EntityRecognizer::Impl::TakeInflectedGivenName(const Para& p, int last, Cand* c) const {
  const int i = c->tb;
  if (last != i || i <= 0 || !p.IsWord(i - 1) || !p.Free(i - 1) || !p.toks[i - 1].cap ||
      !p.toks[i].space_before || p.toks[i - 1].sentence != p.toks[i].sentence || p.toks[i].hangul)
    return;
  const std::string_view prev = p.Text(i - 1);
  for (const std::string& a : entries[c->dict].aliases) {
    const size_t sp = a.find(' ');
    if (sp == std::string::npos || sp < 3 || prev.size() < 4 || a.compare(0, sp, prev) == 0) continue;
    // Same stem: all of the given name but its last letter (Angela/Angeli, Olaf/Olafa).
    size_t stem = sp - 1;
    while (stem > 0 && (static_cast<unsigned char>(a[stem]) & 0xC0) == 0x80) --stem;
    if (stem >= 3 && prev.size() > stem && prev.compare(0, stem, std::string_view(a).substr(0, stem)) == 0) {
      c->tb = i - 1;
      c->start = p.toks[i - 1].start;
      return;
    }
  }
}

// A listed name of type `type` at words s.i..last that is only the start (or the inside) of a
// longer name, which the other rules read whole.
bool EntityRecognizer::Impl::DictNameContinues(const DictSite& s, int last, int end_byte, EntityType type,
                                               const Para& p) const {
  const int i = s.i, n = p.Size(), nx = last + 1;
  const bool latin_end = end_byte == p.toks[last].end && p.toks[last].latin;
  // "The Namibian Broadcasting Corporation": a listed name followed by capitalized words
  // that end in the head of an organization name is part of that longer name.
  if (type != EntityType::kPerson && latin_end) {
    for (int q = nx; q < n && q <= last + 3; ++q) {
      if (!p.IsWord(q) || !p.Free(q) || !p.toks[q].space_before || !p.toks[q].cap ||
          p.toks[q].sentence != p.toks[i].sentence || en_stop.count(p.Text(q)))
        break;
      if (en_org_suffixes.count(p.Text(q)) ||
          (type != EntityType::kCompany && en_company_suffixes.count(p.Text(q)) &&
           !In(WordList::kEnCompanySuffixWeak, p.Text(q))))
        return true;
    }
  }
  // A listed place inside a longer capitalized name is part of it ("Malaysia Airlines",
  // "Bank of Israel", "Camera del Commercio Italia-Usa"): left to the other rules.
  if (type == EntityType::kOther && latin_end) {
    // (In German every noun is capitalized: "Irans Justiz" is no name. A place or rank word that opens
    // an organization name goes on: "Ohio Valley Rail Safety Coalition".)
    const bool cap_next = (s.lang.empty() || s.lang == "en") && p.IsWord(nx) && p.toks[nx].space_before &&
                          p.toks[nx].cap && p.toks[nx].latin && p.toks[nx].sentence == p.toks[i].sentence &&
                          (!en_stop.count(StripPossessive(p.Text(nx))) ||
                           (In(WordList::kOrgLeadWord, p.Text(nx)) && HeadAhead(p, nx, false))) &&
                          !IsLatinTitle(p.Text(nx));
    const bool hyphen_next =
        p.IsPunct(nx, "-") && !p.toks[nx].space_before && p.IsWord(nx + 1) && p.toks[nx + 1].cap;
    const bool connector_before = i >= 2 && p.IsWord(i - 1) &&
                                  In(WordList::kEnNameConnector, p.Text(i - 1)) && p.IsWord(i - 2) &&
                                  p.toks[i - 2].cap && p.toks[i - 2].sentence == p.toks[i].sentence;
    if (cap_next || hyphen_next || connector_before) return true;
    // "athletic director at Eastern Montana", "a professor at Western Michigan": a listed place after one or
    // two free capitalized words in an employer's slot ends the employer's name (a university or club named
    // by its region), read by the English pass (thirty-third session).
    int k = i;
    while (k > 0 && i - k < 2 && p.IsWord(k - 1) && p.Free(k - 1) && p.toks[k - 1].cap &&
           p.toks[k - 1].latin && p.toks[k].space_before && p.toks[k - 1].sentence == p.toks[i].sentence &&
           !en_stop.count(p.Text(k - 1)) && !IsLatinTitle(p.Text(k - 1)))
      --k;
    if (k < i && EmployerSlotAt(p, k)) return true;
    // "Cricket Australia", "Caritas Österreich": a country after one to three free name words ends a
    // national body's name (NationalBranchRun), read by the English pass.
    if (s.i == last && In(WordList::kNationalBranchWord, p.Text(last))) {
      int a = i;
      while (a > 0 && i - a < 3 && p.IsWord(a - 1) && p.Free(a - 1) && p.toks[a - 1].cap &&
             p.toks[a - 1].latin && p.toks[a].space_before && p.toks[a - 1].sentence == p.toks[i].sentence &&
             !en_stop.count(p.Text(a - 1)) && !IsLatinTitle(p.Text(a - 1)))
        --a;
      if (a < i && NationalBranchRun(p, a, nx)) return true;
    }
  }
  // "ソニー・ミュージックエンタテインメント": a listed katakana name continued after a
  // middle dot is part of a longer name (left to the tagger); so is a listed person's name
  // ("マルコス・ベラスケス" is no Marcos: a given name, a middle dot, another family name).
  if (KatakanaContinuation(p.text, static_cast<size_t>(end_byte)) > 0) return true;
  // "読売新聞社", "人民日报社": a listed publication with the company word written on it is the company
  // that publishes it, read whole by the CJK passes.
  if (type == EntityType::kPublication && !p.toks[last].latin)
    for (const std::string& tail : EntityWords::Default().List(WordList::kPublicationCompanyTail))
      if (p.text.substr(end_byte).starts_with(tail)) return true;
  if (type == EntityType::kCompany && latin_end && CuedCompanyContinues(p, i, nx)) return true;
  if (type == EntityType::kCompany && latin_end) {
    // "Hanwha Aerospace", "Samsung Biologics USA": a known name followed by a capitalized
    // industry word is another company (a subsidiary); the English pass reads it whole.
    for (int q = nx; q < n && q <= nx + 1; ++q) {
      if (!p.IsWord(q) || !p.Free(q) || !p.toks[q].space_before || !p.toks[q].cap ||
          p.toks[q].sentence != p.toks[i].sentence)
        break;
      std::string_view w = StripPossessive(p.Text(q));
      // "Samsung Research America", "Google Research Europe".
      if (q == nx + 1 && In(WordList::kRegionWord, w) && en_company_suffixes.count(p.Text(nx))) return true;
      // "Hyundai Motor India": a region right after a listed name ending in a company suffix.
      if (q == nx && In(WordList::kRegionWord, w) && last > i && en_company_suffixes.count(p.Text(last)))
        return true;
      if (en_stop.count(w) || en_titles.count(w)) break;
      if (en_company_suffixes.count(w) && !In(WordList::kLegalSuffix, w) &&
          !In(WordList::kEnCompanySuffixWeak, w))
        return true;
    }
  }
  return false;
}

// "der Diagnostikkonzern Roche Diagnostics habe", "drugmaker Merck Serono said": after a kind of company (a
// company cue word right before word i, German compounds ending in one too) a listed company's name followed
// by one to three more capitalized name words that close the run (a lower-case word, punctuation or the end
// after them) is only the start of the name written: the longer name is the company (read by the Latin
// passes). No stop word, title, given name or "&" among the words after it.
bool EntityRecognizer::Impl::CuedCompanyContinues(const Para& p, int i, int nx) const {
  if (i < 1 || !p.IsWord(i - 1) || CompanyCueWordEnd(p, i - 1) != i ||
      p.toks[i - 1].sentence != p.toks[i].sentence)
    return false;
  const int n = p.Size();
  int q = nx;
  while (q < n && q < nx + 3 && p.IsWord(q) && p.Free(q) && p.toks[q].space_before && p.toks[q].latin &&
         p.toks[q].cap && p.toks[q].sentence == p.toks[i].sentence) {
    const std::string_view w = p.Text(q);
    if (StripPossessive(w) != w || en_stop.count(w) || IsLatinTitle(w) || given_names.count(w)) return false;
    // (German capitalizes its nouns: a word with a German noun ending, de_common_noun_ending, is the
    // clause's, "Roche Interesse signalisiert", unless it is a region: "Nestlé Deutschland".)
    if (p.lang == "de" && !In(WordList::kRegionWord, w) && !In(WordList::kNationalBranchWord, w) &&
        EndsWithAnyOf(WordList::kDeCommonNounEnding, FoldWord(w)))
      return false;
    ++q;
  }
  if (q == nx) return false;
  return q >= n || p.toks[q].sentence != p.toks[i].sentence || !p.IsWord(q) || !p.toks[q].cap ||
         !p.toks[q].space_before;
}

}  // namespace hirewire::extract
