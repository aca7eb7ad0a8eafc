// Korean and Japanese organizations opened or closed by a kind word, and the Japanese seat of
// government that acts: "극단 산울림", "스튜디오 하늘" (a kind word before the name, ko_kind_form),
// "현대고 3학년" (a school's short form in -고 before a school word, ko_school_context),
// "なかじまこどもクリニック" (a hiragana name before a katakana head, ja_kana_org_head), "官邸は" (the
// seat before a body's particle, ja_seat_body_follow). The twenty-seventh session's rules (branch
// entname27; docs/entities.md).
#include "extract/entities/internal.h"
#include "extract/entity_bounds.h"
#include "extract/korean.h"

namespace hirewire::extract {

// "극단 산울림은", "스튜디오 하늘이": a kind word (ko_kind_form) and the Hangul word after it, which
// ends its phrase with a particle and is no dictionary, stop, title or cue word ("극단 선택을",
// "스튜디오 촬영은" are common nouns), are one organization's name. A dictionary word ("스튜디오 파랑",
// "극단 바다") is the name only with evidence of a name's slot (KoKindFormNameSlot).
void EntityRecognizer::Impl::KoreanKindFormNames(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int t = 0; t + 1 < p.Size(); ++t) {
    if (!p.IsWord(t) || !p.Free(t) || !In(WordList::kKoKindForm, p.Text(t))) continue;
    const int q = t + 1;
    if (!p.IsWord(q) || !p.Free(q) || !p.toks[q].hangul || !p.toks[q].space_before ||
        p.toks[q].sentence != p.toks[t].sentence)
      continue;
    const std::string_view w = p.Text(q);
    std::string_view s = w.substr(0, static_cast<size_t>(KoreanWholeParticleStem(w)));
    auto name_ok = [&](std::string_view x) {
      return CountCodePoints(x) >= 2 && !ko_stop.count(x) && !IsKoTitle(x) && !KoCompanyCue(x) &&
             !ko_person_cues.count(x);
    };
    // (A whole word whose end only reads as an ending is the name before a title: "스튜디오 파랑 대표" (랑),
    // "스튜디오 바다 대표" (다); a case particle is never kept: "스튜디오 담을" is 담.)
    if (s.size() < w.size() && !IsKoreanCaseParticle(w.substr(s.size())) && !name_ok(s) && name_ok(w) &&
        KoKindFormNameSlot(p, t, q, ""))
      s = w;
    if (!name_ok(s)) continue;
    const bool plain = s.size() < w.size() && !IsKoWord(s);
    if (!plain && s.size() < w.size() && !KoKindFormNameSlot(p, t, q, w.substr(s.size()))) continue;
    if (!plain && s.size() == w.size() && !KoKindFormNameSlot(p, t, q, "")) continue;
    ClaimSpan(pi, p, cands, t, q + 1, p.toks[q].start + static_cast<int>(s.size()), EntityType::kOrganization,
              0.6);
    ++t;
  }
}

// The kind word t and the word q after it (`particle`: what follows its stem) stand in a name's slot,
// evidence that a dictionary word there is the name ("스튜디오 파랑", "극단 바다"): a company cue word
// or an opening quote right before the kind word ("인디 개발사 스튜디오 파랑을", "'스튜디오 파랑'"), or,
// with no particle or the genitive 의 on q, a title (also after a person's name: KoTitleSlotAfter), 출신 or
// a noun that takes an organization (ko_org_of_noun: 인수, 측, 관계자) right after it ("스튜디오 파랑 대표",
// "스튜디오 파랑의 김하나 대표는", "스튜디오 파랑의 인수").
bool EntityRecognizer::Impl::KoKindFormNameSlot(const Para& p, int t, int q,
                                                std::string_view particle) const {
  const int sent = p.toks[t].sentence;
  int b = t - 1;
  if (b >= 0 && (p.IsPunct(b, "'") || p.IsPunct(b, "‘") || p.IsPunct(b, "\"") || p.IsPunct(b, "“")))
    return true;
  if (b >= 0 && p.IsWord(b) && p.toks[b].sentence == sent && KoCompanyCue(p.Text(b))) return true;
  if (!particle.empty() && particle != "의") return false;
  const int n = q + 1;
  if (!p.IsWord(n) || p.toks[n].sentence != sent || !p.toks[n].space_before) return false;
  if (KoTitleSlotAfter(p, q)) return true;  // (also "스튜디오 파랑의 김하나 대표는")
  const std::string_view next = p.Text(n);
  std::vector<std::string_view> forms = {next};
  for (const int k : p.Stems(n)) forms.push_back(next.substr(0, static_cast<size_t>(k)));
  for (const std::string_view f : forms)
    if (f == "출신" || In(WordList::kKoOrgOfNoun, f)) return true;
  return false;
}

// "현대고 3학년", "한빛고를 졸업한", "서림고 출신": a Hangul word ending in 고 (three to five syllables,
// its particle stripped, no dictionary or stop word: "광고", "최고") before a school word
// (ko_school_context, a number glued before it allowed: "3학년") is a school's short form.
void EntityRecognizer::Impl::KoreanSchoolShortNames(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int t = 0; t + 1 < p.Size(); ++t) {
    if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].hangul) continue;
    const std::string_view w = p.Text(t);
    const std::string_view s = w.substr(0, static_cast<size_t>(KoreanWholeParticleStem(w)));
    const int syl = CountCodePoints(s);
    if (!EndsWith(s, "고") || syl < 3 || syl > 5 || !IsAllHangul(s) || ko_stop.count(s) || IsKoWord(s) ||
        IsKoTitle(s))
      continue;
    int q = t + 1;
    if (q < p.Size() && p.toks[q].kind == kNumber && p.toks[q].space_before) ++q;
    std::string_view next = p.IsWord(q) ? p.Text(q) : std::string_view();
    while (!next.empty() && IsAsciiDigit(next.front())) next.remove_prefix(1);  // ("3학년")
    if (next.empty() || p.toks[q].sentence != p.toks[t].sentence ||
        !(In(WordList::kKoSchoolContext, next) || StartsWithAnyOf(WordList::kKoSchoolContext, next)))
      continue;
    ClaimSpan(pi, p, cands, t, t + 1, p.toks[t].start + static_cast<int>(s.size()), EntityType::kOrganization,
              0.6);
  }
}

// "ひだまりケア", "なかじまこどもクリニック": a katakana head (ja_kana_org_head) written right after a
// hiragana name (JapaneseHiraganaFrontStart: free all-hiragana words back to a particle, a verb form
// or a function word) is one organization with it.
void EntityRecognizer::Impl::JapaneseKanaOrgHeads(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int t = 1; t < p.Size(); ++t) {
    if (!p.IsWord(t) || !p.Free(t) || !In(WordList::kJaKanaOrgHead, p.Text(t))) continue;
    const int front = JapaneseHiraganaFrontStart(p.text, p.toks, t, p.owner);
    if (front >= p.toks[t].start) continue;
    int a = t;
    while (a > 0 && p.toks[a].start > front) --a;
    // A hiragana run that opens its sentence or follows punctuation is the name whole, also where
    // ICU cuts a word that looks like a verb form inside it ("ひだ|まり").
    int open = a;
    while (open > 0 && p.IsWord(open - 1) && p.Free(open - 1) && p.toks[open - 1].end == p.toks[open].start &&
           p.toks[open - 1].sentence == p.toks[t].sentence && AllHiragana(p.Text(open - 1)) &&
           CountCodePoints(p.text.substr(p.toks[open - 1].start, p.toks[t].start - p.toks[open - 1].start)) <=
               8)
      --open;
    if (open < a &&
        (open == 0 || p.toks[open - 1].kind == kPunct || p.toks[open - 1].sentence != p.toks[t].sentence))
      a = open;
    // ("ケア" + "ネット": katakana words glued after the head are part of it.)
    int e = t + 1;
    while (p.IsWord(e) && p.Free(e) && p.toks[e].start == p.toks[e - 1].end &&
           KatakanaRunBytes(p.Text(e)) == p.Text(e).size())
      ++e;
    ClaimSpan(pi, p, cands, a, e, p.toks[e - 1].end, EntityType::kOrganization, 0.6);
  }
}

// A Japanese seat of government (a listed place whose canonical is an en_seat row: 官邸, 首相官邸)
// names the body seated there when a body's particle or noun follows it (ja_seat_body_follow:
// "官邸は", "官邸の", "官邸幹部"); with で or に it stays the building, no name.
void EntityRecognizer::Impl::JapaneseSeatBodies(Doc& d) const {
  for (Cand& c : d.cands) {
    if (c.dict < 0 || entries[c.dict].type != EntityType::kOther ||
        !In(WordList::kEnSeat, entries[c.dict].canonical))
      continue;
    const Para& p = d.paras[c.para];
    if (p.toks[c.tb].latin || p.toks[c.tb].hangul) continue;
    const std::string_view after = p.text.substr(static_cast<size_t>(c.end));
    bool body = false;
    for (const std::string& f : EntityWords::Default().List(WordList::kJaSeatBodyFollow))
      body = body || after.starts_with(f);
    if (!body) continue;
    c.dict = -1;
    c.type = EntityType::kOrganization;
  }
}

}  // namespace hirewire::extract
