// Pass 4d of the entity recognizer: an organization joined with its parent or unit (Korean,
// English and German), government bodies in English.
#include "extract/entities/internal.h"

namespace hirewire::extract {

// ---- Pass 4d: Korean parent + unit, "부산시의회 문화복지위원회", "경찰청 국가수사본부",
// "삼성 메모리사업부": an organization or company followed, after a space, by a Hangul word of
// three syllables or more that ends in a unit head (`ko_unit_head`: 위원회, 수사본부, 사업부) is
// one organization with it. The unit word may already be a candidate of its own (then it stays
// a name of the joined organization).

void EntityRecognizer::Impl::JoinKoreanUnits(Para& p, std::vector<Cand>& cands, int first) const {
  for (int ci = first; ci < static_cast<int>(cands.size()); ++ci) {
    Cand& c = cands[ci];
    const int q = c.te;
    if (c.dropped || c.type == EntityType::kPerson || !c.key.empty() ||
        (c.dict >= 0 && entries[c.dict].type == EntityType::kOther) || c.te <= c.tb ||
        c.end != p.toks[c.te - 1].end || !p.IsWord(q) || !p.toks[q].space_before || !p.toks[q].has_hangul ||
        p.toks[q].sentence != p.toks[c.tb].sentence)
      continue;
    // The unit's words, written together ("형사합의" "25" "부").
    int r = q + 1;
    while (r < p.Size() && !p.toks[r].space_before &&
           (p.IsWord(r) || p.toks[r].kind == kNumber ||
            (p.IsPunct(r, "·") && p.IsWord(r + 1) && !p.toks[r + 1].space_before)))
      ++r;
    // (A candidate may hold the unit's last part after a middle dot: "금융·증권범죄합동수사단".)
    int other = p.owner[q];
    if (other < 0 && p.owner[r - 1] >= 0 && cands[p.owner[r - 1]].te == r && cands[p.owner[r - 1]].tb > q &&
        p.IsPunct(cands[p.owner[r - 1]].tb - 1, "·"))
      other = p.owner[r - 1];
    if (other >= 0 && ((cands[other].tb != q && !p.IsPunct(cands[other].tb - 1, "·")) ||
                       cands[other].te != r || cands[other].type == EntityType::kPerson))
      continue;
    bool free = true;
    for (int t = q; t < r; ++t) free &= p.owner[t] < 0 || p.owner[t] == other;
    // The unit's word with its particle cut, or whole when it ends in a head ("도시공학과", not
    // "도시공학" + 과); the stem that ends in a head when several particles fit ("위원회에도": 에도,
    // not 도).
    bool had_particle = false;
    const std::string_view w = p.Text(r - 1);
    int end = p.toks[r - 1].end;
    auto unit_head = [&](std::string_view u) {
      return EndsWithAnyOf(WordList::kKoUnitHead, u) || EndsWithAnyOf(WordList::kKoBranchSuffix, u) ||
             EndsWithAnyOf(WordList::kKoUnitHeadWeak, u);
    };
    if (!unit_head(w)) {
      end = p.toks[r - 1].start + NameStemLength(w, &had_particle);
      for (const int len : KoreanStemLengths(w))
        if (unit_head(w.substr(0, len))) end = p.toks[r - 1].start + len;
    }
    const std::string_view unit = p.text.substr(p.toks[q].start, end - p.toks[q].start);
    // A region after a company names its local arm ("하이브 재팬", "유니버설 뮤직 재팬").
    const bool region = In(WordList::kKoRegionWord, unit);
    // A union named by the word alone ("기아 노조").
    const bool whole_unit = In(WordList::kKoUnitWord, unit);
    if (!free || (CountCodePoints(unit) < 3 && !region && !whole_unit)) continue;
    // A numbered panel or division: "형사합의25부", "반부패수사3부".
    const bool numbered = EndsWith(unit, "부") && unit.size() > 4 && IsAsciiDigit(unit[unit.size() - 4]);
    // A branch ("대한적십자사 서울지사") is a unit too, as the batches from entities-b6 on annotate it.
    bool head = numbered || region || whole_unit || EndsWithAnyOf(WordList::kKoUnitHead, unit) ||
                EndsWithAnyOf(WordList::kKoBranchSuffix, unit) ||
                WeakKoreanUnit(p, unit, r, had_particle, cands);
    if (!head || EndsWithAnyOf(WordList::kKoGenericOrgFinal, unit)) continue;
    for (int t = q; t < r; ++t) p.owner[t] = ci;
    c.te = r;
    c.end = end;
    if (!region) c.type = EntityType::kOrganization;
    c.dict = -1;
    // A unit found on its own stays a name of the joined organization ("예산결산특별위원회"); a
    // part of it after a middle dot names nothing.
    if (other >= 0 && cands[other].tb == q) cands[other].key = "#" + std::to_string(ci);
    if (other >= 0 && cands[other].tb != q) {
      cands[other].dropped = true;
      cands[other].drop_rule = -1;
    }
    // A unit of a unit joins too ("삼성전자 DS부문 메모리사업부"): the same candidate again.
    --ci;
  }
}

// "지방소멸대응기금 평가위원회", "북항 재개발 특혜 의혹 조사 특별위원회", "서울남부지검 전세사기 합동수사단":
// a Hangul word ending in a panel head (`ko_panel_head`: 위원회, 수사단, 협의회) names a body by its task,
// and the bare words written before it with spaces (no particle, no verb form, no stop word, title or number;
// KoreanPanelFrontWord) name what the task is about: one organization with it, the bare word alone is only
// its kind. An organization the words start with ("서울남부지검") is the panel's parent, part of the name.
// The words stop at a clause edge: a particle ("사건은"), an adnominal verb ("맡는"), a quote mark.
// Forty-second session.
void EntityRecognizer::Impl::JoinKoreanPanelFronts(Para& p, std::vector<Cand>& cands, int first) const {
  constexpr int kMaxFrontWords = 6;
  for (int ci = first; ci < static_cast<int>(cands.size()); ++ci) {
    Cand& c = cands[ci];
    if (c.dropped || c.type == EntityType::kPerson || c.dict >= 0 || !c.key.empty() || c.te != c.tb + 1 ||
        c.start != p.toks[c.tb].start || !p.toks[c.tb].has_hangul)
      continue;
    const std::string_view word = p.text.substr(c.start, c.end - c.start);
    if (CountCodePoints(word) < 3 || !EndsWithAnyOf(WordList::kKoPanelHead, word)) continue;
    int a = c.tb, parent = -1;
    while (a > 0 && c.tb - (a - 1) <= kMaxFrontWords) {
      const int t = a - 1;
      if (!p.IsWord(t) || !p.toks[a].space_before || p.toks[t].sentence != p.toks[c.tb].sentence) break;
      if (const int o = p.owner[t]; o >= 0) {
        const Cand& u = cands[o];
        if (!u.dropped && u.type != EntityType::kPerson && u.te == t + 1 && u.end == p.toks[t].end &&
            u.start == p.toks[u.tb].start && u.key.empty())
          parent = o;
        break;
      }
      // (Two places joined by a middle dot: "강서·양천 전세사기 피해자 대책위원회".)
      int b = t;
      while (b >= 2 && p.IsPunct(b - 1, "·") && !p.toks[b - 1].space_before && !p.toks[b].space_before &&
             p.IsWord(b - 2) && p.Free(b - 2) && KoreanPanelFrontWord(p, b - 2))
        b -= 2;
      if (!KoreanPanelFrontWord(p, t)) break;
      a = b;
    }
    if (parent >= 0) a = cands[parent].tb;
    if (a == c.tb) continue;
    for (int t = a; t < c.tb; ++t) p.owner[t] = ci;
    c.tb = a;
    c.start = p.toks[a].start;
    c.type = EntityType::kOrganization;
    if (parent >= 0) {
      cands[parent].dropped = true;
      cands[parent].drop_rule = -1;
    }
  }
}

// Word t can be part of a panel's name before its head (JoinKoreanPanelFronts): a free Hangul word with no
// digit and no particle, no verb form (adnominal "맡는", copula "모임인", connective "하고"), stop word,
// title, family name alone or person cue, or a word in ASCII capitals ("AI").
bool EntityRecognizer::Impl::KoreanPanelFrontWord(const Para& p, int t) const {
  const std::string_view w = p.Text(t);
  if (p.toks[t].latin) return p.toks[t].all_caps && w.size() >= 2;
  if (!IsAllHangul(w) || CountCodePoints(w) < 2) return false;
  bool had_particle = false;
  if (NameStemLength(w, &had_particle) != static_cast<int>(w.size()) || had_particle) return false;
  if (ko_stop.count(w) || IsKoTitle(w) || In(WordList::kKoPersonCue, w) || IsKoAdnominalForm(w) ||
      EndsWithAnyOf(WordList::kKoNeverNameFinal, w))
    return false;
  // (A verb form of a dictionary stem: "모임인", "제안한", "지정된", "협력하고".)
  const std::string_view stem = w.substr(0, LastCodePointStart(w, w.size()));
  if ((EndsWith(w, "인") || EndsWithAnyOf(WordList::kKoVerbConnective, w) ||
       EndsWithAnyOf(WordList::kKoAdnominalEnding, w)) &&
      !IsKoWord(w) && (IsKoWord(stem) || IsKoWord(std::string(stem) + "다")))
    return false;
  // (A noun + 하다 / 되다 verb: "제안한" of 제안하다, "지정된" of 지정되다, also where the dictionary lists
  // the form.)
  if ((EndsWith(w, "한") && IsKoWord(std::string(stem) + "하다")) ||
      (EndsWith(w, "된") && IsKoWord(std::string(stem) + "되다")))
    return false;
  return true;
}

// Word `unit` has the shape of a unit ending in a one-syllable head that is also a particle or a
// common ending (`ko_unit_head_weak`: 국, 과, 실): three syllables or more, neither the word nor its
// last two syllables a dictionary word ("회원국", "경영성과": 성과), and no title before the head
// ("카르텔조사국장과" is a bureau chief "and").
bool EntityRecognizer::Impl::WeakUnitShape(std::string_view unit) const {
  if (!EndsWithAnyOf(WordList::kKoUnitHeadWeak, unit) || CountCodePoints(unit) < 3 || IsKoWord(unit))
    return false;
  size_t cut = unit.size();
  for (int k = 0; k < 2 && cut > 0; ++k) cut = LastCodePointStart(unit, cut);
  const std::string_view tail = unit.substr(cut);
  const std::string_view stem = unit.substr(0, LastCodePointStart(unit, unit.size()));
  if (IsKoWord(tail) || IsKoTitle(stem)) return false;
  for (const std::string& t : ko_titles)
    if (CountCodePoints(t) >= 2 && EndsWith(stem, t)) return false;
  return true;
}

// A unit ending in a one-syllable head that is also a particle or a common ending
// (`ko_unit_head_weak`: 국, 과, 실; "감염병정책국", "소아청소년과", "재난안전관리실") is a unit only with
// evidence that the word is a name: three syllables or more, neither the word nor its last two
// syllables a dictionary word ("회원국", "경영성과": 성과), and a particle after the head
// ("건축과는") or a person named right after it ("소아청소년과 백승우 교수"); "장관과" (a title + 과
// "and") has none of it.
bool EntityRecognizer::Impl::WeakKoreanUnit(const Para& p, std::string_view unit, int r, bool had_particle,
                                            const std::vector<Cand>& cands) const {
  if (!WeakUnitShape(unit)) return false;
  if (had_particle) return true;
  return p.IsWord(r) && p.owner[r] >= 0 && cands[p.owner[r]].tb == r &&
         cands[p.owner[r]].type == EntityType::kPerson;
}

// "the Tamil Nadu government", "Maharashtra govt", "the NSW Government": one to three free capitalized
// words (a state, a region, a union) before a word of `en_government_word` are that place's government,
// one organization. Lower-case "government" after a nationality ("the Swedish government"), a given
// name or a kind of government (`en_government_kind`: Conservative, Federal, Interim) names none; a
// listed country or person before it is claimed already ("the UK government", "the Starmer government").
void EntityRecognizer::Impl::EnglishGovernmentPass(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int g = 1; g < p.Size(); ++g) {
    if (!p.IsWord(g) || !p.Free(g) || !In(WordList::kEnGovernmentWord, p.Text(g))) continue;
    int a = g;
    while (a - 1 >= 0 && g - a < 3 && p.IsWord(a - 1) && p.Free(a - 1) && p.toks[a - 1].latin &&
           (p.toks[a - 1].cap || p.toks[a - 1].all_caps) && p.toks[a].space_before &&
           p.toks[a - 1].sentence == p.toks[g].sentence &&
           StripPossessive(p.Text(a - 1)).size() == p.Text(a - 1).size())
      --a;
    while (a < g && (en_stop.count(p.Text(a)) || In(WordList::kDeDefiniteArticle, p.Text(a)))) ++a;
    if (a == g) continue;
    const bool proper = std::isupper(static_cast<unsigned char>(p.Text(g)[0])) != 0;
    bool ok = !given_names.count(p.Text(a));
    for (int t = a; t < g && ok; ++t) {
      const std::string_view w = p.Text(t);
      ok = !IsLatinTitle(w) && !en_titles.count(w) && !In(WordList::kEnGovernmentKind, w) &&
           (proper || !In(WordList::kDemonym, w));
    }
    if (!ok) continue;
    ClaimSpan(pi, p, cands, a, g + 1, p.toks[g].end, EntityType::kOrganization, 0.7);
  }
}

// A known organization and the unit after it are one organization:
// - "NASA's Office of Inspector General": an organization's possessive right before an organization
//   that opens with a unit word (`en_possessive_unit`: Office, Department, Bureau);
// - "BBC Scotland", "BBC Radio 1": a listed organization or publication right before a unit word
//   (`en_unit_word`: Scotland, Wales, Radio, Sport), and for Radio a number or name after it;
// - "DFB-Sportgericht": an acronym joined by a hyphen to an organization written right after it.
void EntityRecognizer::Impl::JoinLatinUnits(Para& p, std::vector<Cand>& cands, int first) const {
  for (int ci = first; ci < static_cast<int>(cands.size()); ++ci) {
    if (cands[ci].dropped || cands[ci].type == EntityType::kPerson || cands[ci].te <= cands[ci].tb) continue;
    if (cands[ci].dict >= 0 && entries[cands[ci].dict].type == EntityType::kOther) continue;
    const int last = cands[ci].te - 1, k = cands[ci].te;
    if (k >= p.Size() || p.toks[k].sentence != p.toks[last].sentence) continue;
    const bool possessive =
        cands[ci].end < p.toks[last].end && StripPossessive(p.Text(last)).size() < p.Text(last).size();
    const bool whole = cands[ci].end == p.toks[last].end;
    int join_end = -1;  // the last token of the joined name
    if (possessive && p.toks[k].space_before && p.owner[k] >= 0 && p.owner[k] != ci) {
      const Cand& u = cands[p.owner[k]];
      if (u.tb == k && !u.dropped && u.type != EntityType::kPerson && u.dict < 0 &&
          In(WordList::kEnPossessiveUnit, p.Text(k)))
        join_end = u.te - 1;
    } else if (whole && cands[ci].dict >= 0 && p.toks[k].space_before && p.Free(k) && p.toks[k].cap &&
               In(WordList::kEnUnitWord, p.Text(k))) {
      join_end = k;
      // ("BBC Radio 1", "BBC Radio Cornwall")
      if (p.Text(k) == "Radio" && k + 1 < p.Size() && p.toks[k + 1].space_before && p.Free(k + 1) &&
          p.toks[k + 1].sentence == p.toks[k].sentence &&
          (p.toks[k + 1].kind == kNumber ||
           (p.IsWord(k + 1) && p.toks[k + 1].cap && !en_stop.count(p.Text(k + 1)))))
        join_end = k + 1;
      // ("BBC Radio 6 Music", "BBC Radio 4 Extra": a station's name after its number)
      if (join_end == k + 1 && p.toks[k + 1].kind == kNumber && k + 2 < p.Size() && p.IsWord(k + 2) &&
          p.toks[k + 2].space_before && p.Free(k + 2) && p.toks[k + 2].cap && !p.toks[k + 2].all_caps &&
          p.toks[k + 2].sentence == p.toks[k].sentence && !en_stop.count(p.Text(k + 2)) &&
          !IsLatinTitle(p.Text(k + 2)))
        join_end = k + 2;
    } else if (whole && RegionBranchAfter(p, cands, ci)) {
      join_end = k;  // "ÖVP Niederösterreich", "Greenpeace Schweiz"
    } else if (whole && p.toks[last].all_caps && k + 1 < p.Size() && p.IsPunct(k, "-") &&
               !p.toks[k].space_before && !p.toks[k + 1].space_before && p.owner[k + 1] >= 0 &&
               p.owner[k + 1] != ci) {
      const Cand& u = cands[p.owner[k + 1]];
      if (u.tb == k + 1 && !u.dropped && u.type == EntityType::kOrganization && u.dict < 0)
        join_end = u.te - 1;
    }
    if (join_end < 0) continue;
    const int jo = p.owner[join_end];
    int end = p.toks[join_end].end;
    if (jo >= 0 && jo != ci) {
      end = cands[jo].end;
      cands[jo].dropped = true;
      cands[jo].drop_rule = -1;
    }
    Cand& c = cands[ci];
    for (int t = c.te; t <= join_end; ++t) p.owner[t] = ci;
    c.te = join_end + 1;
    c.end = end;
    c.type = EntityType::kOrganization;
    c.dict = -1;
  }
}

// A listed organization (dictionary type organization: a party, a body, an NGO; not a company, whose
// "KPMG UK" the event golds name by the company) is followed by a region (region_branch_word)
// or a country (national_branch_word) that ends the sentence's run of capitalized words: its regional
// or national branch ("ÖVP Niederösterreich", "Greenpeace Schweiz"). The region may be free or a
// dictionary place ("Amnesty International UK").
bool EntityRecognizer::Impl::RegionBranchAfter(const Para& p, const std::vector<Cand>& cands, int ci) const {
  const Cand& c = cands[ci];
  const int k = c.te;
  if (c.dict < 0 || entries[c.dict].type != EntityType::kOrganization || k >= p.Size() || !p.IsWord(k) ||
      !p.toks[k].space_before || !p.toks[k].cap || p.toks[k].sentence != p.toks[c.tb].sentence)
    return false;
  if (const int o = p.owner[k]; o >= 0 && !(cands[o].tb == k && cands[o].te == k + 1 && cands[o].dict >= 0 &&
                                            entries[cands[o].dict].type == EntityType::kOther))
    return false;
  if (!In(WordList::kRegionBranchWord, p.Text(k)) && !In(WordList::kNationalBranchWord, p.Text(k)))
    return false;
  return !(k + 1 < p.Size() && p.IsWord(k + 1) && p.toks[k + 1].cap &&
           p.toks[k + 1].sentence == p.toks[k].sentence);
}

// German parent + unit: "Institut für Physik der Universität Greifswald": an organization named
// with a tail (für, of, for inside; three words or more) right before der/des and another
// organization or company of the same sentence is one organization with it (the written
// batches' convention: a parent and unit written as one phrase are one name).
void EntityRecognizer::Impl::JoinGermanUnits(Para& p, std::vector<Cand>& cands, int first) const {
  for (int ci = first; ci < static_cast<int>(cands.size()); ++ci) {
    Cand& c = cands[ci];
    if (c.dropped || c.type == EntityType::kPerson || !c.key.empty() || c.dict >= 0 || c.te - c.tb < 3 ||
        c.end != p.toks[c.te - 1].end)
      continue;
    // (A numbered chamber is a unit too: "6. Strafkammer des Landgerichts München I".)
    bool tail = p.toks[c.tb].kind == kNumber;
    for (int t = c.tb; t < c.te; ++t)
      tail = tail || (p.IsWord(t) && (p.Text(t) == "für" || p.Text(t) == "of" || p.Text(t) == "for"));
    const int k = c.te;
    if (!tail || !p.IsWord(k) || (p.Text(k) != "der" && p.Text(k) != "des") || k + 1 >= p.Size() ||
        p.toks[k + 1].sentence != p.toks[c.te - 1].sentence)
      continue;
    const int o = p.owner[k + 1];
    if (o < 0 || o == ci || p.owner[k] >= 0) continue;
    Cand& u = cands[o];
    if (u.tb != k + 1 || u.type == EntityType::kPerson || u.dropped || !u.key.empty() ||
        (u.dict >= 0 && entries[u.dict].type == EntityType::kOther))
      continue;
    for (int t = k; t < u.te; ++t) p.owner[t] = ci;
    c.te = u.te;
    c.end = u.end;
    c.type = EntityType::kOrganization;
    u.dropped = true;
    u.drop_rule = -1;
  }
}

}  // namespace hirewire::extract
