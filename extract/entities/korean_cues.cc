// Pass 2 of the entity recognizer: Korean cue rules (titles before and after names, 씨, company
// suffixes and cues, clause organizations).
#include "extract/entities/internal.h"

namespace hirewire::extract {

// ---- Pass 2: Korean cue rules

void EntityRecognizer::Impl::KoreanCuePass(int pi, Para& p, std::vector<Cand>& cands) const {
  KoreanPersonCues(pi, p, cands);
  KoGroupMemberNames(pi, p, cands);
  KoreanOrgCues(pi, p, cands);
}

// Claims words tb..te-1 (ending at byte end_byte) as a candidate of `type`.
void EntityRecognizer::Impl::ClaimSpan(int pi, Para& p, std::vector<Cand>& cands, int tb, int te,
                                       int end_byte, EntityType type, double conf) const {
  Claim(p, cands, SpanCand(pi, tb, te, p.toks[tb].start, end_byte, type, conf));
}

// A free Hangul word that is no stop word or title.
bool EntityRecognizer::Impl::KoNameWordOk(const Para& p, int t) const {
  if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].hangul) return false;
  std::string_view w = p.Text(t);
  return !ko_stop.count(w) && !IsKoTitle(w);
}

// A name of 1..3 Hangul words starting at token k, ending at the first word that carries a
// particle (stripped). Returns the last token, or -1; sets the end byte and the particle.
int EntityRecognizer::Impl::KoNameAfter(const Para& p, int k, int sentence, int* end_byte,
                                        std::string_view* particle, bool origin) const {
  const int n = p.Size();
  int end_tok = -1;
  bool had = false;
  *particle = {};
  for (int j = k; j < n && j < k + 3; ++j) {
    if (!p.IsWord(j) || !p.Free(j) || !p.toks[j].hangul || !p.toks[j].space_before ||
        p.toks[j].sentence != sentence)
      break;
    std::string_view w = p.Text(j);
    if (ko_stop.count(w) || IsKoTitle(w)) break;
    int len = NameStemLength(w, &had);
    if (had) {
      std::string_view stem = w.substr(0, len);
      if (ko_stop.count(stem) || IsKoTitle(stem)) break;
      end_tok = j;
      *end_byte = p.toks[j].start + len;
      *particle = w.substr(len);
      break;
    }
    end_tok = j;
    *end_byte = p.toks[j].end;
  }
  if (end_tok < k) return -1;
  int count = end_tok - k + 1;
  if (count == 1) {
    return IsKoreanNameShape(p.text.substr(p.toks[k].start, *end_byte - p.toks[k].start)) ? end_tok : -1;
  }
  // Without a particle a long run is more likely a phrase than a name.
  bool followed_ok = had || end_tok + 1 >= n || p.toks[end_tok + 1].kind != kWord ||
                     ko_stop.count(p.Text(end_tok + 1)) || IsKoTitle(p.Text(end_tok + 1));
  int syl = 0;
  bool foreign = false;
  for (int q = k; q <= end_tok; ++q) {
    std::string_view w =
        q == end_tok ? p.text.substr(p.toks[q].start, *end_byte - p.toks[q].start) : p.Text(q);
    int c = CountCodePoints(w);
    if (c > 6) return -1;
    syl += c;
    foreign |= HasForeignSyllable(w);
  }
  // Several Hangul words after a title are a transliterated foreign name, not a noun phrase
  // ("대표 중징계 요구를"). After an origin ("브라질 출신 헤나투 소자가") two words closed by a
  // particle are one too when the first is no dictionary word.
  if (origin && count == 2 && had && !IsKoWord(p.Text(k)) && CountCodePoints(p.Text(k)) >= 2) foreign = true;
  return syl >= 3 && foreign && followed_ok && (count == 2 || had) ? end_tok : -1;
}

// A word that ends the phrase before a name: punctuation, another entity, a particle, an
// adnominal verb form ("이끈", "연구한", "맡은"), or "출신" ("JP모건 출신 앤드류 황 전무").
bool EntityRecognizer::Impl::KoNameBoundary(const Para& p, int c, int sentence) const {
  if (c < 0 || p.toks[c].kind != kWord || p.owner[c] >= 0 || p.toks[c].sentence != sentence ||
      !p.Stems(c).empty())
    return true;
  // A counter glued to a number ("3일", "24일 로버트 첸 교수를"): a date or count closes the phrase before.
  if (c >= 1 && p.toks[c - 1].kind == TokenKind::kNumber && !p.toks[c].space_before) return true;
  std::string_view w = p.Text(c);
  if (p.toks[c].hangul && CountCodePoints(w) >= 2 && EndsWithAnyOf(WordList::kKoAdnominalEnding, w))
    return true;
  return w == "출신";
}

// A Korean verb form closing a clause before the next word: a connective ending (ko_verb_connective)
// after a stem whose dictionary form (stem + 다) is a word ("열고", "거치며"). "이사회를 열고 벨리니
// 내정자를" names 벨리니, not a person "열고 벨리니".
bool EntityRecognizer::Impl::IsKoVerbForm(std::string_view w) const {
  if (!IsAllHangul(w)) return false;
  for (const std::string& end : EntityWords::Default().List(WordList::kKoVerbConnective)) {
    if (w.size() <= end.size() || !EndsWith(w, end)) continue;
    std::string lemma(w.substr(0, w.size() - end.size()));
    lemma += "다";
    if (IsKoWord(lemma)) return true;
  }
  return false;
}

// Two Hangul words that sound foreign, the last one possibly a one-syllable Korean or foreign surname
// ("앤드루 황", "로버트 첸"), or a one-syllable foreign surname (ko_foreign_surname) before a foreign given
// name ("탄 웨이밍").
bool EntityRecognizer::Impl::KoForeignPair(std::string_view first, std::string_view last) const {
  int cf = CountCodePoints(first), cl = CountCodePoints(last);
  // (A Chinese given name need not hold a syllable of ko_foreign_syllable: "탄 웨이밍"; no dictionary word or
  // Korean name follows the surname.)
  if (cf == 1 && cl >= 2 && cl <= 4 && In(WordList::kKoForeignSurname, first))
    return !IsKoWord(last) && (HasForeignSyllable(last) || (cl <= 3 && !IsKoreanNameShape(last)));
  if (cf < 2 || cf > 5 || cl > 5) return false;
  // A converb closing the clause before ("승진시켜 대성케미칼", "승진해 대성케미칼") opens no name.
  if (cf >= 3 && EndsWithAnyOf(WordList::kKoConverbEnding, first)) return false;
  if (IsKoVerbForm(first)) return false;
  if (cl == 1)
    return (ko_surnames.count(last) > 0 || In(WordList::kKoForeignSurname, last)) &&
           HasForeignSyllable(first);
  return HasForeignSyllable(first) || HasForeignSyllable(last);
}

// Persons by Korean cues: name + 씨, a title before or after a name.
void EntityRecognizer::Impl::KoreanPersonCues(int pi, Para& p, std::vector<Cand>& cands) const {
  const int n = p.Size();
  for (int t = 0; t < n; ++t) {
    if (!p.IsWord(t) || !(p.toks[t].has_hangul || p.toks[t].all_caps)) continue;
    std::string_view w = p.Text(t);
    // "책임자인", "총괄인": a title with the copula's adnominal ending also precedes a name.
    bool title_exact =
        IsKoTitle(w) || (EndsWith(w, "인") && w.size() > 3 && IsKoTitle(w.substr(0, w.size() - 3)));
    std::string_view title_stem = w;
    if (!title_exact && p.toks[t].has_hangul) {
      for (int s : KoreanStemLengths(w))
        if (IsKoTitle(w.substr(0, s))) title_stem = w.substr(0, s);
    }
    bool title_any = title_exact || title_stem.size() < w.size();
    if (!title_any && w != "출신") {
      // Name + 씨 written together: "김철수씨는".
      if (p.toks[t].hangul && p.Free(t)) {
        std::string_view base = w;
        for (int s : KoreanStemLengths(w))
          if (EndsWith(w.substr(0, s), "씨")) base = w.substr(0, s);
        if (EndsWith(base, "씨") && base.size() > 3 &&
            (IsKoreanNameShape(base.substr(0, base.size() - 3)) ||
             IsKoreanAnonymizedName(base.substr(0, base.size() - 3))))
          ClaimSpan(pi, p, cands, t, t + 1, p.toks[t].start + static_cast<int>(base.size()) - 3,
                    EntityType::kPerson, 0.8);
      }
      continue;
    }
    // (a) Title then name; also "구글 출신 마르코 페레이라를" (origin, then the name).
    if ((title_exact || (w == "출신" && t >= 1 && p.owner[t - 1] >= 0 &&
                         cands[p.owner[t - 1]].type != EntityType::kPerson)) &&
        KoTitleThenName(pi, p, cands, t))
      continue;
    if (w == "출신" && KoOriginThenName(pi, p, cands, t)) continue;
    if (title_any) KoNameThenTitle(pi, p, cands, t, title_stem);  // "출신" only precedes a name
  }
}

// A place or nationality, "출신" at word t, a person cue at most, then a foreign name in Hangul:
// "브라질 출신 헤나투 소자가", "브라질 출신 공격수 티아고 멘지스가". True when a name was taken.
bool EntityRecognizer::Impl::KoOriginThenName(int pi, Para& p, std::vector<Cand>& cands, int t) const {
  if (t < 1 || !p.IsWord(t - 1) || !p.toks[t - 1].hangul || p.toks[t - 1].sentence != p.toks[t].sentence ||
      !p.Stems(t - 1).empty())
    return false;
  int k = t + 1;
  if (p.IsWord(k) && ko_person_cues.count(p.Text(k))) ++k;
  int end_byte = 0;
  std::string_view particle;
  const int end_tok = KoNameAfter(p, k, p.toks[t].sentence, &end_byte, &particle, /*origin=*/true);
  if (end_tok <= k) return false;  // two words or more: one word after an origin is any noun
  // A role noun, then a Korean name ("출신 기획자 노승민이"): the name alone.
  if (end_tok == k + 1 &&
      IsKoreanNameShape(p.text.substr(p.toks[end_tok].start, end_byte - p.toks[end_tok].start)))
    k = end_tok;
  ClaimSpan(pi, p, cands, k, end_tok + 1, end_byte, EntityType::kPerson, 0.6);
  return true;
}

// The first word of a two-word name [k, end_tok] read after a title: end_tok when word k is a role noun
// (ko_person_cue, ko_group_role) and the word after it a Hangul name of two syllables or more ("국가대표
// 미드필더 고재혁이", "리더 A와 메인보컬 지유가": the role is no given name; thirty-first session), else k.
int EntityRecognizer::Impl::KoRoleBeforeName(const Para& p, int k, int end_tok, int end_byte) const {
  if (end_tok != k + 1 || !p.IsWord(k)) return k;
  const std::string_view role = p.Text(k);
  if (!ko_person_cues.count(role) && !In(WordList::kKoGroupRole, role)) return k;
  const std::string_view name =
      std::string_view(p.text).substr(p.toks[end_tok].start, end_byte - p.toks[end_tok].start);
  return IsAllHangul(name) && CountCodePoints(name) >= 2 && !IsKoTitle(name) && !ko_stop.count(name) ? end_tok
                                                                                                     : k;
}

// Words [k, end_tok] read after a title as one name: two words, the first of a Korean name's shape, the
// second no particle and a title right after ("문가은 딥브릭스 대표는"): a person, then the person's company.
bool EntityRecognizer::Impl::KoNameThenCompanyTitle(const Para& p, int k, int end_tok,
                                                    std::string_view particle) const {
  if (end_tok != k + 1 || !particle.empty() || !IsKoreanNameShape(p.Text(k)) || !p.IsWord(end_tok + 1) ||
      p.toks[end_tok + 1].sentence != p.toks[k].sentence)
    return false;
  const std::string_view next = p.Text(end_tok + 1);
  if (IsKoTitle(next)) return true;
  for (int s : KoreanStemLengths(next))
    if (IsKoTitle(next.substr(0, s))) return true;
  return false;
}

// Title at word t then a name: "창업자 매트 다이크를", "CTO 미라 무라티가", "연구원 A와 B가".
// True when a name was taken.
bool EntityRecognizer::Impl::KoTitleThenName(int pi, Para& p, std::vector<Cand>& cands, int t) const {
  const int n = p.Size();
  int k = t + 1;
  if (p.IsPunct(k, "(") && !p.toks[k].space_before) {
    while (k < n && !p.IsPunct(k, ")") && k - t < 6) ++k;
    ++k;
  }
  if (k + 1 < n && p.Text(k) == "겸" && IsKoTitle(p.Text(k + 1))) k += 2;
  int end_byte = 0;
  std::string_view particle;
  int end_tok = KoNameAfter(p, k, p.toks[t].sentence, &end_byte, &particle);
  if (end_tok < 0) return false;
  // "공동창업자인 문가은 딥브릭스 대표는": a Korean name, then a word and a title, is the name and its
  // company; the later title reads both (KoNameThenTitle), not one foreign name here.
  if (KoNameThenCompanyTitle(p, k, end_tok, particle)) return true;
  ClaimSpan(pi, p, cands, KoRoleBeforeName(p, k, end_tok, end_byte), end_tok + 1, end_byte,
            EntityType::kPerson, 0.75);
  // Coordinated names share the title: "연구원 케이틀린 모리스와 제이슨 파크가".
  while (particle == "와" || particle == "과" || particle == "및") {
    k = end_tok + 1;
    end_tok = KoNameAfter(p, k, p.toks[t].sentence, &end_byte, &particle);
    if (end_tok < 0) break;
    ClaimSpan(pi, p, cands, KoRoleBeforeName(p, k, end_tok, end_byte), end_tok + 1, end_byte,
              EntityType::kPerson, 0.7);
  }
  return true;
}

// "노은재 전 컬리 최고운영책임자(COO)를", "김재연 현 무신사 부사장": word a, right before a title, follows 전
// (former) or 현 (current) after a Korean person's name (its shape, or a person read already) in the same
// sentence: the name's token (the word a names the person's organization), else -1. The word a is a free
// Hangul word of two syllables or more with no particle, no title, stop word or name shape of its own
// ("김민수 전 대표": 전 right before the title is no apposition).
int EntityRecognizer::Impl::KoFormerApposition(const Para& p, const std::vector<Cand>& cands, int a,
                                               int sentence) const {
  if (a < 2 || !p.IsWord(a) || !p.Free(a) || !p.toks[a].space_before || !p.toks[a].hangul ||
      !p.Stems(a).empty() || CountCodePoints(p.Text(a)) < 2 || ko_stop.count(p.Text(a)) ||
      IsKoTitle(p.Text(a)) || IsKoreanNameShape(p.Text(a)) || p.toks[a].sentence != sentence)
    return -1;
  const int f = a - 1, nm = a - 2;
  if (!p.IsWord(f) || (p.Text(f) != "전" && p.Text(f) != "현") || !p.IsWord(nm) ||
      p.toks[nm].sentence != sentence || !p.Stems(nm).empty())
    return -1;
  const bool person =
      p.owner[nm] >= 0 && cands[p.owner[nm]].type == EntityType::kPerson && cands[p.owner[nm]].te == nm + 1;
  if (!person && !(p.Free(nm) && IsKoreanNameShape(p.Text(nm)))) return -1;
  return nm;
}

// "정태윤 이커머스 대표를": a Korean name, then one common word of a line of business (a ko_stop row of two
// syllables or more, not 출신 nor a title suffix) right before the title: the name is the person, the word no
// organization. True when taken.
bool EntityRecognizer::Impl::KoNameBeforeStopWord(int pi, Para& p, std::vector<Cand>& cands, int a,
                                                  int sentence) const {
  if (a < 1 || !p.IsWord(a) || !p.Free(a) || !p.toks[a].hangul || !p.toks[a].space_before ||
      !p.Stems(a).empty() || !ko_stop.count(p.Text(a)) || p.Text(a) == "출신" ||
      CountCodePoints(p.Text(a)) < 2 || p.toks[a].sentence != sentence)
    return false;
  // "AI 경량화 담당 리더로": a stop word that itself ends a title (ko_title_suffix: 담당) follows a field of
  // work, no name.
  if (ko_title_suffixes.count(p.Text(a))) return false;
  const int nm = a - 1;
  if (!p.IsWord(nm) || !p.Free(nm) || !p.Stems(nm).empty() || p.toks[nm].sentence != sentence ||
      !IsKoreanNameShape(p.Text(nm)))
    return false;
  ClaimSpan(pi, p, cands, nm, nm + 1, p.toks[nm].end, EntityType::kPerson, 0.7);
  return true;
}

// "강씨가", "정씨는": a family name with 씨 glued and a particle or nothing after it calls a person the page
// named in full by the family name (the shape of a three-syllable name: not a name of its own).
bool EntityRecognizer::Impl::KoSurnameSsiWord(std::string_view w) const {
  return w.size() >= 6 && w.substr(3, 3) == "씨" && ko_surnames.count(w.substr(0, 3)) > 0 &&
         (w.size() == 6 || IsKoreanParticle(w.substr(6)));
}

// Name then the title at word t: "김철수 대표는", "유대길 기자", "존 스미스 CTO는", and with the
// organization between: "정민혁 노바브레인 대표는", "마이클 브래넌 전 인텔 부사장을".
void EntityRecognizer::Impl::KoNameThenTitle(int pi, Para& p, std::vector<Cand>& cands, int t,
                                             std::string_view title_stem) const {
  const int n = p.Size();
  int a = t - 1;
  // "정모(52)씨에게": an age in brackets between the name and the title.
  if (a >= 3 && p.IsPunct(a, ")") && p.toks[a - 1].kind == kNumber && p.IsPunct(a - 2, "(") &&
      !p.toks[a - 2].space_before)
    a -= 3;
  else if (a >= 2 && !p.toks[t].space_before && p.toks[a].kind == kNumber && !p.toks[a].space_before &&
           p.IsWord(a - 1) && p.toks[a - 1].space_before && In(WordList::kKoOrdinalPrefix, p.Text(a - 1)))
    a -= 2;  // "최정란 제1차관이", "박도현 제2부시장은": an ordinal glued to the title (forty-third session)
  else if (!p.toks[t].space_before)
    return;
  // "정민수 부산 마린스 제5대 감독으로": an ordinal between the organization and the title.
  if (const int o = KoOrdinalStart(p, a); o >= 0) a = o - 1;
  // "박영란 현 대표를", "정모 전 대표": 현 (current) or 전 (former) between the name and the title.
  if (p.IsWord(a) && p.Free(a) && (p.Text(a) == "현" || p.Text(a) == "전") && a >= 1 && p.IsWord(a - 1) &&
      p.toks[a - 1].hangul && (IsKoreanNameShape(p.Text(a - 1)) || IsKoreanAnonymizedName(p.Text(a - 1))))
    --a;
  auto org_at = [&](int i) {
    return i >= 0 && i < n && p.owner[i] >= 0 && cands[p.owner[i]].type != EntityType::kPerson;
  };
  // "오세라 KAIST 전기및전자공학부 교수를": one department word between the organization and the title.
  if (a >= 1 && p.IsWord(a) && p.Free(a) && p.toks[a].hangul && p.toks[a].space_before &&
      p.Stems(a).empty() && !ko_stop.count(p.Text(a)) && !IsKoTitle(p.Text(a)) &&
      !IsKoreanNameShape(p.Text(a)) && org_at(a - 1) && p.toks[a - 1].sentence == p.toks[t].sentence &&
      IsKoDepartment(p.Text(a)))
    --a;
  KoRegionOpenedOrgBefore(pi, p, cands, a, p.toks[t].sentence);
  if (KoNameBeforeStopWord(pi, p, cands, a, p.toks[t].sentence)) return;
  const int ob = org_at(a) ? cands[p.owner[a]].tb : -1;
  if (ob >= 0) {  // an organization mention ends right before the title
    a = ob - 1;
    // The department read as an organization of its own, after the institution ("KAIST 전기및전자공학부").
    if (org_at(a) && p.toks[a].sentence == p.toks[t].sentence) a = cands[p.owner[a]].tb - 1;
    if (p.IsWord(a) && (p.Text(a) == "전" || p.Text(a) == "현")) --a;
  } else if (const int nm = KoFormerApposition(p, cands, a, p.toks[t].sentence);
             nm >= 0 || (a >= 1 && p.IsWord(a) && p.Free(a) && p.toks[a].space_before && p.toks[a].hangul &&
                         p.Stems(a).empty() && !ko_stop.count(p.Text(a)) && !IsKoTitle(p.Text(a)) &&
                         CountCodePoints(p.Text(a)) >= 2 && !IsKoreanNameShape(p.Text(a)) &&
                         p.IsWord(a - 1) && p.Free(a - 1) && IsKoreanNameShape(p.Text(a - 1)) &&
                         p.Stems(a - 1).empty() && p.toks[a - 1].sentence == p.toks[t].sentence)) {
    // Korean name + unknown organization + title. Political titles (의원, 장관) follow a party
    // or office, not a company. "노은재 전 컬리 최고운영책임자": with 전 or 현 between the name and the
    // organization, the word before the title is the organization whatever its shape.
    if (nm >= 0 && p.Free(nm)) ClaimSpan(pi, p, cands, nm, nm + 1, p.toks[nm].end, EntityType::kPerson, 0.7);
    if (nm < 0) ClaimSpan(pi, p, cands, a - 1, a, p.toks[a - 1].end, EntityType::kPerson, 0.7);
    // (A line of business is no organization: "김도윤 조선해양사업 대표"; nor is a unit any company has,
    // KoGenericUnitWord: "개발팀 연구원".)
    if (In(WordList::kKoPublicTitle, title_stem) || BusinessLineWord(p.Text(a)) ||
        KoGenericUnitWord(p.Text(a)))
      return;
    ClaimWord(pi, p, cands, a, EntityType::kCompany, 0.55);
    return;
  }
  if (a < 0 || a >= n || p.toks[a].sentence != p.toks[t].sentence) return;
  const int sentence = p.toks[t].sentence;
  // "한결에 고문으로 합류한다": a word closed by the locative particle 에 names where the person goes, not
  // the person.
  if (KoLocativeWord(p, a)) return;
  if (KoNameWordOk(p, a) && (IsKoreanNameShape(p.Text(a)) || IsKoreanAnonymizedName(p.Text(a))) &&
      !KoSurnameSsiWord(p.Text(a)) && !KoVerbAfterObject(p, a)) {
    ClaimSpan(pi, p, cands, a, a + 1, p.toks[a].end, EntityType::kPerson, p.Stems(a).empty() ? 0.8 : 0.7);
    KoCoordinatedBefore(pi, p, cands, a, sentence);
    return;
  }
  int b = a - 1;
  if (b >= 0 && KoNameWordOk(p, a) && KoNameWordOk(p, b) && p.toks[a].space_before &&
      p.toks[b].sentence == sentence && p.Stems(a).empty() && p.Stems(b).empty() &&
      KoForeignPair(p.Text(b), p.Text(a))) {
    if (KoNameBoundary(p, b - 1, sentence)) {
      ClaimSpan(pi, p, cands, b, a + 1, p.toks[a].end, EntityType::kPerson, 0.6);
      KoCoordinatedBefore(pi, p, cands, b, sentence);
    }
  }
}

// A Hangul word that may name an unknown organization: two to eight syllables, no dictionary word, stop word,
// title, person cue, company cue, department, unit or public body ("마린스", "프레시원리테일"; not
// "해운대구", "개발팀", "회사").
bool EntityRecognizer::Impl::KoUnknownOrgWord(std::string_view w) const {
  const int syl = CountCodePoints(w);
  return syl >= 2 && syl <= 8 && IsAllHangul(w) && !IsKoWord(w) && !ko_stop.count(w) && !IsKoTitle(w) &&
         !ko_person_cues.count(w) && !KoCompanyCue(w) && !IsKoDepartment(w) && !EndsWith(w, "장") &&
         !EndsWithAnyOf(WordList::kKoUnitHead, w) && !EndsWithAnyOf(WordList::kKoBodySuffix, w) &&
         !EndsWithAnyOf(WordList::kKoPlaceSuffix, w) && !In(WordList::kKoPlaceName, w);
}

// Word q is a Korean place that may open an organization's name: a region (ko_place_name) or a Hangul word
// without a particle that the KoNNE gazetteer knows as a place and never as a person or organization (a
// river, a mountain, a district: "한강 블루윙스", "설악 이글스").
bool EntityRecognizer::Impl::KoPlaceWordAt(const Para& p, int q) const {
  if (q < 0 || !p.IsWord(q) || !p.Free(q) || !p.toks[q].hangul) return false;
  const std::string_view w = p.Text(q);
  if (In(WordList::kKoPlaceName, w)) return true;
  if (!tagger || !p.Stems(q).empty() || CountCodePoints(w) < 2 || !IsAllHangul(w)) return false;
  const uint32_t g = tagger->KoreanGazetteerClasses(w);
  return (g & ner::kGazLoc) && !(g & (ner::kGazPer | ner::kGazOrg));
}

// The word `a` right before a title, written after a Korean region (ko_place_name) with a space, is the last
// word of an organization the region opens (a club or company named by its seat), not a person: "장석현 전
// 부산 마린스 수석코치를", "인천 스타즈 코치 출신". A word of a person's name shape ("부산 김민수 감독") is
// read so only in the apposition of a person, after 전 or 현 ("배종민 전 인천 스타즈 수석코치").
void EntityRecognizer::Impl::KoRegionOpenedOrgBefore(int pi, Para& p, std::vector<Cand>& cands, int a,
                                                     int sentence) const {
  if (a < 1 || !p.IsWord(a) || !p.Free(a) || !p.toks[a].hangul || !p.toks[a].space_before ||
      !p.Stems(a).empty() || p.toks[a - 1].sentence != sentence || !KoPlaceWordAt(p, a - 1))
    return;
  const std::string_view w = p.Text(a);
  if (!KoUnknownOrgWord(w)) return;
  const bool apposition = a >= 3 && p.IsWord(a - 2) && (p.Text(a - 2) == "전" || p.Text(a - 2) == "현") &&
                          p.toks[a - 2].sentence == sentence;
  if (IsKoreanNameShape(w) && !apposition) return;
  ClaimSpan(pi, p, cands, a - 1, a + 1, p.toks[a].end, EntityType::kCompany, 0.55);
}

// A word with the genitive 의 before a person's name that has a title (the title right after the name, or
// the title between: "X의 대표이사 조현석") names the person's organization when the word is no dictionary
// word or name (KoUnknownOrgWord): "대형마트 체인 프레시원리테일의 조현석 대표이사가", "누비랩스의 김하늘
// 대표는", "한울로지스의 최고경영자 박진우 씨" (not "그의", "회사의", "김철수의"). Runs after the person
// passes and the tagger.
void EntityRecognizer::Impl::KoGenitiveOrgPass(int pi, Para& p, std::vector<Cand>& cands) const {
  auto person_at = [&](int i) {
    return i < p.Size() && p.owner[i] >= 0 && cands[p.owner[i]].type == EntityType::kPerson &&
           cands[p.owner[i]].tb == i;
  };
  for (int q = 0; q + 1 < p.Size(); ++q) {
    if (!p.IsWord(q) || !p.Free(q) || !p.toks[q].hangul || !p.toks[q + 1].space_before) continue;
    const std::string_view w = p.Text(q);
    if (!EndsWith(w, "의") || w.size() <= 3) continue;
    const std::string_view stem = w.substr(0, w.size() - 3);
    // (A word ending in 회의 is a council's name, not 회 with the genitive: "입주자대표회의 고명숙 회장은".)
    if (!KoUnknownOrgWord(stem) || IsKoreanNameShape(stem) || IsKoreanAnonymizedName(stem) ||
        EndsWith(stem, "회"))
      continue;
    const int sentence = p.toks[q].sentence;
    bool slot = false;
    if (person_at(q + 1)) {
      const int last = cands[p.owner[q + 1]].te - 1;
      slot = p.toks[last].sentence == sentence && KoTitleSlotAfter(p, last);
    } else if (p.IsWord(q + 1) && IsKoTitle(p.Text(q + 1)) && person_at(q + 2)) {
      slot = p.toks[q + 2].sentence == sentence;
    }
    if (slot)
      ClaimSpan(pi, p, cands, q, q + 1, p.toks[q].start + static_cast<int>(stem.size()), EntityType::kCompany,
                0.55);
  }
}

// Names coordinated before a name that has a title (first word `first`): "세바스티안 뮐러와
// 이하늘 연구원이다".
void EntityRecognizer::Impl::KoCoordinatedBefore(int pi, Para& p, std::vector<Cand>& cands, int first,
                                                 int sentence) const {
  int q = first - 1;
  if (!p.IsWord(q) || !p.Free(q) || !p.toks[q].hangul || p.toks[q].sentence != sentence) return;
  std::string_view w = p.Text(q);
  if (!(EndsWith(w, "와") || EndsWith(w, "과")) || w.size() <= 3) return;
  std::string_view stem = w.substr(0, w.size() - 3);
  if (ko_stop.count(stem) || IsKoTitle(stem)) return;
  if (IsKoreanNameShape(stem)) {
    if (KoNameBoundary(p, q - 1, sentence))
      ClaimSpan(pi, p, cands, q, q + 1, p.toks[q].start + static_cast<int>(stem.size()), EntityType::kPerson,
                0.6);
    return;
  }
  int r = q - 1;
  if (KoNameWordOk(p, r) && p.toks[q].space_before && p.Stems(r).empty() && KoForeignPair(p.Text(r), stem) &&
      KoNameBoundary(p, r - 1, sentence))
    ClaimSpan(pi, p, cands, r, q + 1, p.toks[q].start + static_cast<int>(stem.size()), EntityType::kPerson,
              0.6);
}

// Members of a band or team named by the given name alone, after a role noun of the group
// (`ko_group_role`: "막내 유나는", "일본인 멤버 미오는", "멤버 하린, 유나, 미오, 쁘라다 등을"), or in the
// list that "비롯해" opens after a person ("리더 한소율을 비롯해 채이, 유나, 세린, 다온으로 구성된").
void EntityRecognizer::Impl::KoGroupMemberNames(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int t = 0; t + 1 < p.Size(); ++t) {
    if (!p.IsWord(t) || !p.toks[t].hangul) continue;
    const std::string_view w = p.Text(t);
    // (The person before 비롯해 may be a dictionary word the tagger reads later: a role before it names it,
    // "리더 한결을 비롯해 서진우, 리오, 도하".)
    const bool along = (w == "비롯해" || w == "비롯해서" || w == "비롯한") && t >= 1 &&
                       ((p.owner[t - 1] >= 0 && cands[p.owner[t - 1]].type == EntityType::kPerson) ||
                        (t >= 2 && p.IsWord(t - 2) && In(WordList::kKoGroupRole, p.Text(t - 2))));
    if (along || In(WordList::kKoGroupRole, w)) KoMemberList(pi, p, cands, t + 1, along);
  }
}

// The member names from word k on: one word of one to four syllables per item, the items
// separated by commas (or 와/과), the last one closed by a particle or by the list's end. One
// item alone (`list_only` false) needs a particle and two syllables or more and is no
// dictionary word; a list needs two items that are no dictionary word, half of them at least.
void EntityRecognizer::Impl::KoMemberList(int pi, Para& p, std::vector<Cand>& cands, int k,
                                          bool list_only) const {
  struct Item {
    int tok, end_byte;
    bool dict;
  };
  std::vector<Item> items;
  const int sentence = p.toks[k - 1].sentence;
  bool closed = false;
  for (int j = k; j < p.Size();) {
    if (!p.IsWord(j) || !p.toks[j].hangul || !p.toks[j].space_before || p.toks[j].sentence != sentence) break;
    const std::string_view w = p.Text(j);
    bool had = false;
    int len = NameStemLength(w, &had);
    // A word before a comma or 등 "and others" carries no particle, nor does one ending in 나 "or"
    // ("유나, 세린", "쁘라다 등을", "사나 세 명").
    if (p.IsPunct(j + 1, ",") || (p.IsWord(j + 1) && p.Text(j + 1).starts_with("등")) ||
        w.substr(len) == "나") {
      len = static_cast<int>(w.size());
      had = false;
    }
    const std::string_view stem = w.substr(0, len);
    // A role inside the list names the next item ("채린, 유나, 막내 아린까지"): the item follows it, also
    // after a word describing the member ("일본인 멤버 유키", "태국 출신 아이샤").
    const bool next_word = p.IsWord(j + 1) && p.toks[j + 1].hangul && p.toks[j + 1].space_before;
    if (!items.empty() && !had && stem == w && next_word) {
      const std::string_view next = p.Text(j + 1);
      if (In(WordList::kKoGroupRole, w)) {
        ++j;
        continue;
      }
      if ((In(WordList::kKoGroupRole, next) || next == "출신") && p.IsWord(j + 2) && p.toks[j + 2].hangul) {
        j += 2;
        continue;
      }
    }
    const int syl = CountCodePoints(stem);
    if (syl < 1 || syl > 4 || ko_stop.count(stem) || IsKoTitle(stem) || ko_person_cues.count(stem) ||
        In(WordList::kKoGroupRole, stem) || KoSuffixType(stem) != EntityType::kNone)
      break;
    items.push_back({j, p.toks[j].start + len, IsKoWord(stem)});
    const std::string_view particle = w.substr(len);
    if (!had && p.IsPunct(j + 1, ",")) {
      j += 2;
      continue;
    }
    if (particle == "와" || particle == "과") {
      ++j;
      continue;
    }
    closed = had || items.size() >= 3;
    break;
  }
  if (!closed || items.empty()) return;
  int plain = 0;
  for (const Item& it : items) plain += !it.dict;
  if (items.size() == 1) {
    const Item& it = items[0];
    if (list_only || it.dict || it.end_byte == p.toks[it.tok].end ||
        CountCodePoints(p.text.substr(p.toks[it.tok].start, it.end_byte - p.toks[it.tok].start)) < 2)
      return;
  } else if (plain < 2 || plain * 2 < static_cast<int>(items.size())) {
    return;
  }
  for (const Item& it : items)
    if (p.Free(it.tok)) ClaimSpan(pi, p, cands, it.tok, it.tok + 1, it.end_byte, EntityType::kPerson, 0.7);
}

namespace {
// Hangul syllables with ASCII digits or capitals inside, opening and ending in Hangul: a numbered body
// ("법안심사제2소위원회", "형사제3부") or one with Latin letters in its name ("국가AI평가원",
// "서울IT진흥원"); plain Hangul too.
bool HangulNumberedWord(std::string_view s) {
  if (s.empty() || !(static_cast<unsigned char>(s.front()) & 0x80) ||
      !(static_cast<unsigned char>(s.back()) & 0x80))
    return false;
  for (size_t i = 0; i < s.size();) {
    if (IsAsciiDigit(s[i]) || IsAsciiUpper(s[i])) {
      ++i;
      continue;
    }
    if (!IsHangulSyllable(DecodeUtf8(s, &i))) return false;
  }
  return true;
}
}  // namespace

// "company" or "organization" when Hangul word `s` ends in a company or organization suffix.
EntityType EntityRecognizer::Impl::KoSuffixType(std::string_view s) const {
  if (ko_stop.count(s)) return EntityType::kNone;
  if (EndsWithRowOf(ko_company_suffixes, ko_company_suffix_lengths, s, [&](size_t len) {
        return s.size() >= len + 6 && !ko_stop.count(s.substr(0, s.size() - len));
      }))
    return EntityType::kCompany;
  // A name glued to its legal form ("한결회계법인", "세진특허법인"): two syllables or more before the form.
  for (const std::string& f : EntityWords::Default().List(WordList::kKoCompanyForm))
    if (s.size() >= f.size() + 6 && s.ends_with(f) && !ko_stop.count(s.substr(0, s.size() - f.size())))
      return EntityType::kCompany;
  // Acts end like court names: 아동복지법, 부패방지법, 청탁금지법 are laws, 수원지법 a court.
  if (EndsWithAnyOf(WordList::kKoLawSuffix, s)) return EntityType::kNone;
  // A suffix that also ends a title ("한국에너지기술연구원", not "책임연구원" or "박사후연구원") needs a
  // word of six syllables or more.
  // (A place the stop list holds names a public body with a suffix of three syllables or more:
  // "부산소방재난본부", "서울소방재난본부"; not "서울시청", a building, nor "서울고법", a short form.)
  if (EndsWithRowOf(ko_org_suffixes, ko_org_suffix_lengths, s, [&](size_t len) {
        const std::string_view front = s.substr(0, s.size() - len);
        return s.size() >= len + 6 && HangulNumberedWord(s) &&
               (!ko_stop.count(front) || (len >= 9 && In(WordList::kKoPlaceName, front))) &&
               (!IsKoTitle(s) || (CountCodePoints(s) >= 6 && !ko_titles.count(s)));
      }))
    return EntityType::kOrganization;
  return EntityType::kNone;
}

// A company cue word (`ko_company_cue`), alone, ending a Hangul compound after at least one syllable
// or ASCII capitals ("유령법인", "대기업", "IT기업"), or with the copula 인 ("싱크탱크인").
bool EntityRecognizer::Impl::KoCompanyCue(std::string_view w) const {
  if (ko_company_cues.count(w)) return true;
  if (w.ends_with("인") && ko_company_cues.count(w.substr(0, w.size() - std::string_view("인").size())))
    return true;
  // (ASCII capitals may open the compound: "IT기업", "AI스타트업".)
  size_t caps = 0;
  while (caps < w.size() && IsAsciiUpper(w[caps])) ++caps;
  if (caps == w.size() || !IsAllHangul(w.substr(caps))) return false;
  // (A name glued to its legal form names a company, no kind of one: "한결회계법인 재무자문본부" is the
  // firm's unit, not a company named 재무자문본부 after a cue.)
  for (const std::string& f : EntityWords::Default().List(WordList::kKoCompanyForm))
    if (w.size() > f.size() && w.ends_with(f)) return false;
  for (const std::string& c : ko_company_cues)
    if (w.size() > c.size() && w.ends_with(c) && CountCodePoints(c) >= 2) return true;
  return false;
}

// The token of a Korean legal form written right before word t ("법무법인 태평양"), or before a
// short bracketed Hangul gloss of it ("법무법인(유한) 태평양"): its index, or -1. With `free`, the
// tokens must not be claimed yet.
int KoreanFormBefore(const Para& p, int t, bool free) {
  int f = t - 1;
  if (t >= 4 && p.IsPunct(t - 1, ")") && p.IsWord(t - 2) && p.toks[t - 2].hangul &&
      CountCodePoints(p.Text(t - 2)) <= 2 && p.IsPunct(t - 3, "(") && !p.toks[t - 3].space_before &&
      !p.toks[t - 2].space_before)
    f = t - 4;
  if (f < 0 || !p.IsWord(f) || (free && !p.Free(f)) || p.toks[f].sentence != p.toks[t].sentence) return -1;
  for (int q = f + 1; q < t; ++q)
    if (free && !p.Free(q)) return -1;
  return f;
}

// Word t (its particle stripped: `stems`) is a ko_group_head row after a free Hangul name word
// written before it with a space (two syllables or more, no particle, stop word, title or
// person's name): the bytes of word t without the particle, else 0.
int EntityRecognizer::Impl::KoGroupAfterName(const Para& p, int t, const std::vector<int>& stems) const {
  if (t < 1 || !p.toks[t].space_before || !p.IsWord(t - 1) || !p.Free(t - 1) || !p.toks[t - 1].hangul ||
      p.toks[t - 1].sentence != p.toks[t].sentence)
    return 0;
  const std::string_view w = p.Text(t);
  int g = 0;
  if (In(WordList::kKoGroupHead, w)) g = static_cast<int>(w.size());
  for (const int k : stems)
    if (!g && In(WordList::kKoGroupHead, w.substr(0, static_cast<size_t>(k)))) g = k;
  if (!g) return 0;
  const std::string_view name = p.Text(t - 1);
  if (CountCodePoints(name) < 2 || ko_stop.count(name) || IsKoTitle(name) || IsKoreanNameShape(name) ||
      ko_person_cues.count(name))
    return 0;
  // (A word ending in a particle that never ends a name is no name: "시장의 상인회".)
  for (const int k : KoreanStemLengths(name))
    if (In(WordList::kKoNeverNameFinal, name.substr(static_cast<size_t>(k)))) return 0;
  return g;
}

namespace {
// The ko_head_title rows, longest first ("이사장" before "장").
const std::vector<std::string>& KoHeadTitlesLongestFirst() {
  static const std::vector<std::string> rows = [] {
    std::vector<std::string> r = EntityWords::Default().List(WordList::kKoHeadTitle);
    std::stable_sort(r.begin(), r.end(),
                     [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    return r;
  }();
  return rows;
}
}  // namespace

// Whether the words after word t (same sentence) make t the organization of a post: a title next
// ("X 대표이사에", "X 상무는"), after a premodifier of the post (ko_title_premod: "X 신임 대표이사에",
// "X 현 행장은") or after a person's name ("X 정해린 상무는").
bool EntityRecognizer::Impl::KoTitleSlotAfter(const Para& p, int t) const {
  auto same = [&](int q) { return q < p.Size() && p.IsWord(q) && p.toks[q].sentence == p.toks[t].sentence; };
  auto title = [&](int q) {
    if (!same(q)) return false;
    const std::string_view x = p.Text(q);
    if (IsKoTitle(x)) return true;
    for (const int k : p.Stems(q))
      if (IsKoTitle(x.substr(0, static_cast<size_t>(k)))) return true;
    return false;
  };
  int q = t + 1;
  if (same(q) && In(WordList::kKoTitlePremod, p.Text(q))) ++q;
  // An ordinal before the post ("SK브로드밴드 제5대 대표이사에", "… 신임 제5대 원장에").
  if (const int e = KoOrdinalEnd(p, q); e > 0) q = e;
  if (title(q)) return true;
  return same(q) && IsKoreanNameShape(p.Text(q)) && title(q + 1);
}

// Word t (`s`: without its particle) as a company named by two to four ASCII capitals glued to a
// Hangul name with no suffix row (SK브로드밴드, LG유플러스, KT스카이라이프): the capitals no abbreviation
// that names no organization (non_org_acronym: "AI반도체", "MZ세대"), the Hangul two syllables or
// more (a common noun too: "KT클라우드") and no title, unit or company cue, alone ("IT기업", "AI스타트업") or
// after a dictionary word ("AI반도체기업"; not "브로드밴드", which ends in the cue 밴드), and the word in the
// slot of an organization (KoTitleSlotAfter), with no particle or the genitive 의 ("SK브로드밴드의 신임
// 대표").
bool EntityRecognizer::Impl::KoLatinHangulCompany(const Para& p, int t, std::string_view s) const {
  size_t caps = 0;
  while (caps < s.size() && IsAsciiUpper(s[caps])) ++caps;
  if (caps < 2 || caps > 4 || In(WordList::kNonOrgAcronym, s.substr(0, caps))) return false;
  const std::string_view rest = s.substr(caps), particle = p.Text(t).substr(s.size());
  if (!IsAllHangul(rest) || CountCodePoints(rest) < 2 || (!particle.empty() && particle != "의"))
    return false;
  // (A compound of a dictionary word and a cue is a kind of company: "AI반도체기업".)
  auto cue_compound = [&](std::string_view x) {
    for (const std::string& c : ko_company_cues)
      if (x.size() > c.size() && x.ends_with(c) && IsKoWord(x.substr(0, x.size() - c.size()))) return true;
    return false;
  };
  if (IsKoTitle(rest) || ko_company_cues.count(rest) || cue_compound(rest) || ko_person_cues.count(rest) ||
      IsKoDepartment(rest) || EndsWithAnyOf(WordList::kKoUnitHead, rest) || EndsWith(rest, "장") ||
      In(WordList::kKoGluedGroupTail, rest))
    return false;
  return KoTitleSlotAfter(p, t);
}

// The kind of organization a Korean word names by its form (KoreanOrgCues): a suffix row on the word
// or its longest stem, an organization with its head's title glued, a club or company form in ASCII
// capitals before Hangul. `stem` becomes the part that is the name; nullptr when none.
EntityType EntityRecognizer::Impl::KoOrgTypeOf(const Para& p, int t, const std::vector<int>& stems,
                                               std::string_view& stem) const {
  const std::string_view w = p.Text(t);
  // Prefer the whole token; else the longest stem that is one ("수성구의회에서도": 수성구의회, not
  // 수성구의회에서 + 도).
  EntityType type = KoSuffixType(w);
  for (auto k = stems.rbegin(); type == EntityType::kNone && k != stems.rend(); ++k) {
    stem = w.substr(0, *k);
    type = KoSuffixType(stem);
  }
  // "한국산업데이터진흥원장에", "한국교육개발원장으로": an organization with the title of its head glued
  // after it (ko_head_title, longest row first): the organization without the title.
  // (The whole word too, for a company: "차기 KB국민은행장 후보로"; a whole word ending in an
  // organization's head title is mostly a person's title: "차세대배터리연구소장 최민석".)
  if (type == EntityType::kNone) {
    std::vector<size_t> lens = {w.size()};
    for (auto k = stems.rbegin(); k != stems.rend(); ++k) lens.push_back(static_cast<size_t>(*k));
    for (auto k = lens.begin(); type == EntityType::kNone && k != lens.end(); ++k) {
      const std::string_view s = w.substr(0, *k);
      const bool whole = *k == w.size();
      for (const std::string& h : KoHeadTitlesLongestFirst()) {
        if (s.size() <= h.size() || !EndsWith(s, h)) continue;
        // Organizations only: a company suffix (그룹, 랩) also heads a unit ("공정거래그룹장으로": the
        // unit's head at the firm, evko16's compound title).
        // Nor a public body's office ("마포구청장", ko_body_suffix): the head of a district or city is
        // a public title, not an appointment at the office.
        // A company whose head's title is written glued (ko_head_company_suffix: "KB국민은행장") is one.
        const std::string_view rest = s.substr(0, s.size() - h.size());
        EntityType kind =
            EndsWithAnyOf(WordList::kKoBodySuffix, rest) ? EntityType::kNone : KoSuffixType(rest);
        const bool company = EndsWithAnyOf(WordList::kKoHeadCompanySuffix, rest);
        if (kind != EntityType::kNone && ((!whole && kind == EntityType::kOrganization) || company)) {
          type = kind;
          stem = rest;
          break;
        }
      }
    }
  }
  // A club form in capital letters written before the Hangul name ("FC한강이" as "한강FC가"): a
  // ko_org_suffix row of ASCII capitals, then two Hangul syllables or more, a particle cut.
  if (type == EntityType::kNone) {
    const std::string_view s = stems.empty() ? w : w.substr(0, stems.back());
    size_t caps = 0;
    while (caps < s.size() && IsAsciiUpper(s[caps])) ++caps;
    if (caps >= 2 && s.size() >= caps + 6 && ko_org_suffixes.count(s.substr(0, caps)) &&
        static_cast<unsigned char>(s[caps]) >= 0xEA && static_cast<unsigned char>(s[caps]) <= 0xED &&
        !ko_stop.count(s.substr(caps))) {
      stem = s;
      type = EntityType::kOrganization;
    }
    // "KN텔레콤이", "HJ중공업": two to four ASCII capitals (no abbreviation that names no organization:
    // "AI반도체", "EV배터리") written before a ko_company_suffix row are a company.
    const std::string_view caps_word = s.substr(0, caps);
    if (type == EntityType::kNone && caps >= 2 && caps <= 4 && ko_company_suffixes.count(s.substr(caps)) &&
        !In(WordList::kNonOrgAcronym, caps_word)) {
      stem = s;
      type = EntityType::kCompany;
    }
    // "DS부문이", "MX사업부는": two to four ASCII capitals written before a ko_unit_head row are a
    // unit named by its letters, an organization (after its parent's name it joins the parent:
    // JoinKoreanUnits, "미래에셋증권 IB부문").
    const bool after_name = t > 0 && p.toks[t].space_before && p.owner[t - 1] >= 0;
    if (type == EntityType::kNone && !after_name && caps >= 2 && caps <= 4 &&
        In(WordList::kKoUnitHead, s.substr(caps)) && !In(WordList::kNonOrgAcronym, caps_word)) {
      stem = s;
      type = EntityType::kOrganization;
    }
    // "SK그룹이 SK브로드밴드 신임 대표이사에", "LG유플러스 정해린 상무는": ASCII capitals glued to a
    // Hangul name with no suffix row, in the slot of an organization (KoLatinHangulCompany).
    if (type == EntityType::kNone && KoLatinHangulCompany(p, t, s)) {
      stem = s;
      type = EntityType::kCompany;
    }
    // "LG유플러스가", "한빛유통 황인국 사장은": a listed group name glued to an affiliate's name; an
    // industry word ending a name in the slot of an employer or a subject (employer_heads.cc).
    if (type == EntityType::kNone && (KoGluedGroupCompany(p, t, &stem) || KoIndustryHeadCompany(p, t, &stem)))
      type = EntityType::kCompany;
  }
  return type;
}

// Companies and organizations by Korean cues: a suffix, a listing with "등", a legal form
// before the name, "스타트업 X".
void EntityRecognizer::Impl::KoreanOrgCues(int pi, Para& p, std::vector<Cand>& cands) const {
  const int n = p.Size();
  for (int t = 0; t < n; ++t) {
    if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].has_hangul) continue;
    std::string_view w = p.Text(t);
    std::vector<int> stems = KoreanStemLengths(w);
    std::string_view stem = w;
    // "망원시장 상인회는", "비트레인 피해자연대가": a group head (ko_group_head) after the name of a
    // place, market or product with a space is one organization with it.
    if (const int g = KoGroupAfterName(p, t, stems); g > 0) {
      ClaimSpan(pi, p, cands, t - 1, t + 1, p.toks[t].start + g, EntityType::kOrganization, 0.6);
      continue;
    }
    EntityType type = KoOrgTypeOf(p, t, stems, stem);
    if (type != EntityType::kNone) {
      ClaimSpan(pi, p, cands, t, t + 1, p.toks[t].start + static_cast<int>(stem.size()), type, 0.6);
      continue;
    }
    // "법안심사제2소위원회에서": a numbered body, whose number splits it into three words written
    // together (Hangul, digits, Hangul ending in an organization suffix).
    if (t >= 2 && p.toks[t - 1].kind == kNumber && !p.toks[t - 1].space_before && !p.toks[t].space_before &&
        p.IsWord(t - 2) && p.Free(t - 2) && p.Free(t - 1) && p.toks[t - 2].hangul) {
      std::vector<size_t> lens = {w.size()};  // the whole word first, then its stems, longest first
      for (auto k = stems.rbegin(); k != stems.rend(); ++k) lens.push_back(static_cast<size_t>(*k));
      for (const size_t len : lens) {
        const int end = p.toks[t].start + static_cast<int>(len);
        if (const EntityType numbered =
                KoSuffixType(p.text.substr(p.toks[t - 2].start, end - p.toks[t - 2].start));
            numbered != EntityType::kNone) {
          ClaimSpan(pi, p, cands, t - 2, t + 1, end, numbered, 0.6);
          break;
        }
      }
      if (p.owner[t] >= 0) continue;
    }
    // "리벨리온, 딥엑스 등": an unknown word listed with a company before "등" (and so on).
    if (stems.empty() && p.IsWord(t + 1) && p.Text(t + 1) == "등" && p.toks[t].hangul &&
        CountCodePoints(w) >= 2 && !ko_stop.count(w) && !IsKoTitle(w) && !IsKoreanNameShape(w) &&
        p.IsPunct(t - 1, ",") && t >= 2 && p.owner[t - 2] >= 0 &&
        cands[p.owner[t - 2]].type == EntityType::kCompany) {
      ClaimWord(pi, p, cands, t, EntityType::kCompany, 0.5);
      continue;
    }
    // (No particle before a gloss glued to the word: "루미엘(LUMIEL)가" — its particle follows the bracket.)
    const bool gloss_next = p.IsPunct(t + 1, "(") && !p.toks[t + 1].space_before;
    const std::string_view s = gloss_next ? w : w.substr(0, static_cast<size_t>(KoreanWholeParticleStem(w)));
    // "법무법인 태평양", "재단법인 아름다운재단": a legal form and the name after it are one name; so
    // with a short Hangul gloss of the form in brackets ("법무법인(유한) 태평양").
    const int form = KoreanFormBefore(p, t);
    if (form >= 0 && p.toks[t].space_before) {
      const bool company_form = In(WordList::kKoCompanyForm, p.Text(form)),
                 org_form = In(WordList::kKoOrgForm, p.Text(form));
      if ((company_form || org_form) && CountCodePoints(s) >= 2 && !ko_stop.count(s) && !IsKoTitle(s)) {
        Claim(p, cands,
              SpanCand(pi, form, t + 1, p.toks[form].start, p.toks[t].start + static_cast<int>(s.size()),
                       company_form ? EntityType::kCompany : EntityType::kOrganization, 0.7));
        continue;
      }
    }
    // "스타트업 X는": X right after a company cue word, also one that ends a compound ("유령법인
    // 'X'와", "대기업") or takes the copula ("당 싱크탱크인 X").
    int prev = t - 1;
    if (prev >= 0 && (p.IsPunct(prev, "'") || p.IsPunct(prev, "‘") || p.IsPunct(prev, "\""))) --prev;
    if (prev < 0 || !p.IsWord(prev) || !KoCompanyCue(p.Text(prev)) ||
        p.toks[prev].sentence != p.toks[t].sentence)
      continue;
    if (KoNameAfterCompanyCue(pi, p, cands, t, s, !stems.empty() && !gloss_next))
      KoDescriptorBefore(p, cands, prev);
  }
}

// "음성AI 스타트업 딥리프": a word read by its company suffix right before a company cue of kind
// (스타트업, 업체 — not a relation to another company, ko_relation_cue: "누리테크 자회사 X") whose name
// was just read describes that name, no company of its own; it is dropped, and the page's other
// mentions of it with it (SamePageKoreanNames).
void EntityRecognizer::Impl::KoDescriptorBefore(const Para& p, std::vector<Cand>& cands, int cue) const {
  const int d = cue - 1;
  if (d < 0 || !ko_company_cues.count(p.Text(cue)) || In(WordList::kKoRelationCue, p.Text(cue)) ||
      !p.toks[cue].space_before || p.owner[d] < 0 || p.toks[d].sentence != p.toks[cue].sentence)
    return;
  Cand& c = cands[p.owner[d]];
  if (c.dict >= 0 || c.type == EntityType::kPerson || c.tb != d || c.te != cue || c.end != p.toks[d].end ||
      KoSuffixType(p.Text(d)) == EntityType::kNone)
    return;
  c.dropped = true;
  c.descriptor = true;
}

// Word t (its particle stripped: `s`; `particle` whether it has one) right after a company cue word
// ("이커머스 업체 마켓온이", "스타트업 딥리프 인수를") is a company when it ends its phrase — a particle,
// punctuation, a title, the sentence end or a noun that takes an organization before it (ko_org_of_noun:
// 인수, 측) — not a bare noun inside a longer phrase ("핀테크 규제 샌드박스"). A word shaped like a Korean
// person's name (마켓온: 마 is a family name) is one too unless a title or 씨 follows it (person evidence).
bool EntityRecognizer::Impl::KoNameAfterCompanyCue(int pi, Para& p, std::vector<Cand>& cands, int t,
                                                   std::string_view s, bool particle) const {
  const bool next_in_sentence = p.IsWord(t + 1) && p.toks[t + 1].sentence == p.toks[t].sentence;
  const std::string_view next = next_in_sentence ? p.Text(t + 1) : std::string_view();
  // (A following title means X is the org of a person, "스타트업 X 대표 ...", or a title; so with
  // a particle on the title: "계열사 X 대표이사에는".)
  bool title_after = next_in_sentence && (IsKoTitle(next) || next == "씨");
  bool org_noun_after = next_in_sentence && In(WordList::kKoOrgOfNoun, next);
  for (const int k : next_in_sentence ? p.Stems(t + 1) : std::span<const int>()) {
    title_after = title_after || IsKoTitle(next.substr(0, static_cast<size_t>(k)));
    org_noun_after = org_noun_after || In(WordList::kKoOrgOfNoun, next.substr(0, static_cast<size_t>(k)));
  }
  const bool closed = particle || !next_in_sentence || title_after || org_noun_after || next == "등";
  // (A dictionary word is a common noun: "수사기관 요청에"; so is its plural with 들:
  // "관리업체 관계자들을".)
  std::string_view single = s;
  if (EndsWith(single, "들") && CountCodePoints(single) >= 3)
    single.remove_suffix(std::string_view("들").size());
  if (closed && !ko_stop.count(single) && !IsKoTitle(single) && !ko_company_cues.count(single) &&
      !ko_person_cues.count(single) && CountCodePoints(s) >= 2 && (!IsKoreanNameShape(s) || !title_after) &&
      !IsKoWord(single)) {
    ClaimSpan(pi, p, cands, t, t + 1, p.toks[t].start + static_cast<int>(s.size()), EntityType::kCompany,
              0.55);
    return true;
  }
  return false;
}

// Word t as an unknown company's name, the subject of its clause: Hangul with 은/는/이/가, the name
// before the particle two to six syllables, no dictionary, stop, title (nor ending in 장: 랩장), cue,
// person-cue or unit word and not shaped like a Korean person's name. The name's end byte, else 0.
int EntityRecognizer::Impl::KoClauseNameEnd(const Para& p, int t) const {
  if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].hangul) return 0;
  const std::string_view w = p.Text(t);
  const size_t k = static_cast<size_t>(KoreanWholeParticleStem(w));
  const std::string_view name = w.substr(0, k), particle = w.substr(k);
  if (particle != "은" && particle != "는" && particle != "이" && particle != "가") return 0;
  const int syl = CountCodePoints(name);
  // (A unit or a role is no company: "개발팀에 합류", "DS부문장에", "전문위원으로"; nor a plural noun:
  // "시민들이".)
  if (syl < 2 || syl > 6 || !IsAllHangul(name) || EndsWith(name, "장") || EndsWith(name, "들") ||
      ko_stop.count(name) || IsKoTitle(name) || KoCompanyCue(name) || ko_person_cues.count(name) ||
      IsKoWord(name) || IsKoreanNameShape(name) || IsKoDepartment(name) ||
      EndsWithAnyOf(WordList::kKoUnitHead, name) || EndsWith(name, "위원"))
    return 0;
  return p.toks[t].start + static_cast<int>(k);
}

// Unknown Korean companies read from the clause (structure, with a closed verb class as data): the
// subject (은/는/이/가) of an employer verb later in its sentence (ko_employer_verb: 영입, 선임, 제시
// …), where the subject opens its clause (KoClauseOpensAt: "15일 업계에 따르면 컬리는 이 부사장에게 연봉
// 10억원을 제시했다", "프로축구 K리그2 한빛 유나이티드가"). A Korean place (KoPlaceWordAt: a ko_place_name
// row or a gazetteer place) written with a space right before the subject opens its name ("부산 아이파크가 …
// 선임했다": a club or company named by its seat). A person would carry a title or 씨 (and be read by the
// person cues or the tagger first); a name-shaped word (a family name and one or two syllables) is left to
// them. (The goal of a move, "X에 합류", was tried and left out: it lowered a held-out batch.)
void EntityRecognizer::Impl::KoreanClauseOrgPass(int pi, Para& p, std::vector<Cand>& cands) const {
  const int n = p.Size();
  for (int t = 0; t < n; ++t) {
    if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].has_hangul) continue;
    const int sent = p.toks[t].sentence;
    const bool place =
        t >= 1 && p.toks[t - 1].sentence == sent && p.toks[t].space_before && KoPlaceWordAt(p, t - 1);
    const int first = place ? t - 1 : t;
    if (!KoClauseOpensAt(p, first, place)) continue;
    const int end = KoClauseNameEnd(p, t);
    if (!end) continue;
    bool verb = false;
    for (int v = t + 1; v < n && p.toks[v].sentence == sent && !verb; ++v)
      verb = p.IsWord(v) && StartsWithAnyOf(WordList::kKoEmployerVerb, p.Text(v));
    if (verb) ClaimSpan(pi, p, cands, first, t + 1, end, EntityType::kCompany, 0.5);
  }
}

// Word t opens its clause: the sentence's first word, a word after a comma or after "따르면". A name a
// region opens (region_name) also opens it after a dateline's "=" or after up to six tokens (words and
// numbers) that carry no particle and no adnominal ending from such a start (a descriptor: "프로축구 K리그2
// 부산 아이파크가", "(부산=연합뉴스) 기자 = 여자프로농구 청주 X가"); before a one-word name any word may open
// the same name ("누리 바이오가"), so none is read as a descriptor there.
bool EntityRecognizer::Impl::KoClauseOpensAt(const Para& p, int t, bool region_name) const {
  const int sent = p.toks[t].sentence;
  auto start_before = [&](int q) {
    return q < 0 || p.toks[q].sentence != sent || p.IsPunct(q, ",") || (region_name && p.IsPunct(q, "=")) ||
           (p.IsWord(q) && EndsWith(p.Text(q), "따르면"));
  };
  int q = t - 1;
  if (!region_name || start_before(q)) return start_before(q);
  for (int k = 0; k < 6 && !start_before(q); ++k, --q) {
    if (p.toks[q].kind == kPunct) return false;
    const std::string_view w = p.Text(q);
    if (!p.IsWord(q)) continue;  // (the digits of "K리그2")
    if (static_cast<size_t>(KoreanWholeParticleStem(w)) != w.size() ||
        (p.toks[q].hangul && CountCodePoints(w) >= 2 && EndsWithAnyOf(WordList::kKoAdnominalEnding, w)))
      return false;
  }
  return start_before(q);
}

}  // namespace hirewire::extract
