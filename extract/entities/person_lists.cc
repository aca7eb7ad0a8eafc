// Persons named with no cue word but by their slot (twenty-eighth session): katakana members of a
// Japanese group named in a list beside other members, and transliterated foreign names in Korean
// written before a bracket, a title or the genitive of a player's act.
#include "extract/entities/internal.h"

namespace hirewire::extract {

namespace {

// Every code point is katakana (the long vowel mark included), two to six of them ("ジュン", "ユウト").
bool KatakanaNameWord(std::string_view w) {
  int n = 0;
  for (size_t i = 0; i < w.size();) {
    const char32_t c = DecodeUtf8(w, &i);
    if (!((c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC)) return false;
    ++n;
  }
  return n >= 2 && n <= 6;
}

// The sentence of token t holds a member's role word of a group (ja_group_role: メンバー, リーダー).
bool SentenceNamesGroupRole(const Para& p, int t) {
  const int s = p.toks[t].sentence;
  for (int k = t; k >= 0 && p.toks[k].sentence == s; --k)
    if (p.IsWord(k) && In(WordList::kJaGroupRole, p.Text(k))) return true;
  for (int k = t + 1; k < p.Size() && p.toks[k].sentence == s; ++k)
    if (p.IsWord(k) && In(WordList::kJaGroupRole, p.Text(k))) return true;
  return false;
}

bool IsListMark(const Para& p, int t) { return p.IsPunct(t, "、") || p.IsPunct(t, "，"); }

// Word t ends in a case particle a transliterated name does not end in ("뮤직에서", "파리로는"): a stem of it
// followed by one of them.
bool EndsInCaseParticle(const Para& p, int t) {
  static constexpr std::string_view kParticles[] = {"에서", "에게", "에", "을", "를",   "은",   "는", "으로",
                                                    "과",   "와",   "도", "의", "까지", "부터", "만", "로는"};
  const std::string_view w = p.Text(t);
  for (int s : p.Stems(t))
    for (std::string_view x : kParticles)
      if (w.substr(s) == x) return true;
  return false;
}

}  // namespace

// A katakana word in a sentence naming a group's members (a ja_group_role word: メンバー, リーダー,
// 最年少) is a member's name when it is an item of a list beside a person ("メンバーの高橋陸、ユウト、
// 中島颯太") or written after a role or an origin and の ("最年少のケイ", "韓国出身のジュンや
// タイ出身のナットも"), and a particle, 、 or 。 closes it. Runs after the tagger, whose persons are the
// list's other items.
void EntityRecognizer::Impl::JapaneseMemberNames(int pi, Para& p, std::vector<Cand>& cands) const {
  auto person_tok = [&](int k) {
    return k >= 0 && k < p.Size() && p.owner[k] >= 0 && cands[p.owner[k]].type == EntityType::kPerson;
  };
  int checked_sentence = -1;
  bool role_sentence = false;
  for (int t = 1; t + 1 < p.Size(); ++t) {
    if (!p.IsWord(t) || !p.Free(t) || p.toks[t].space_before || !KatakanaNameWord(p.Text(t))) continue;
    // Closed: a particle, a list mark or the sentence's end; not inside a longer katakana or Han word.
    const int n = t + 1;
    const bool closed = IsListMark(p, n) || p.IsPunct(n, "。") ||
                        (p.IsWord(n) && In(WordList::kJaParticle, p.Text(n)) && p.Text(n) != "の");
    if (!closed) continue;
    bool slot = false;
    if (p.IsWord(t - 1) && p.Text(t - 1) == "の" && t >= 2 && p.IsWord(t - 2)) {
      const std::string_view before = p.Text(t - 2);
      // (After a role, only a list item: "メンバーのキャリアを" is the members' career.)
      const bool listed = IsListMark(p, n) || (p.IsWord(n) && (p.Text(n) == "や" || p.Text(n) == "と"));
      slot = (In(WordList::kJaGroupRole, before) && listed) || EndsWith(before, "出身");
    } else if (IsListMark(p, t - 1)) {
      slot = person_tok(t - 2);
    }
    if (!slot && (IsListMark(p, n) || (p.IsWord(n) && (p.Text(n) == "や" || p.Text(n) == "と"))))
      slot = person_tok(t + 2);
    if (!slot) continue;
    if (p.toks[t].sentence != checked_sentence) {
      checked_sentence = p.toks[t].sentence;
      role_sentence = SentenceNamesGroupRole(p, t);
    }
    if (role_sentence) ClaimWord(pi, p, cands, t, EntityType::kPerson, 0.65);
  }
}

// A verb form of 하다 / 되다 closing a noun phrase ("추진하던", "담당하는", "선임된"): the adnominal
// ending (ko_adnominal_ending) after 하, 되 or 했, which no transliterated name holds.
static bool IsKoVerbAdnominal(std::string_view w) {
  if (CountCodePoints(w) < 3) return false;
  for (const std::string& end : EntityWords::Default().List(WordList::kKoAdnominalEnding)) {
    if (w.size() <= end.size() + 3 || !EndsWith(w, end)) continue;
    const std::string_view stem = w.substr(0, w.size() - end.size());
    if (EndsWith(stem, "하") || EndsWith(stem, "되") || EndsWith(stem, "했")) return true;
  }
  return false;
}

// A transliterated foreign name of two free Hangul words (KoForeignPair, no dictionary word) in a
// person's slot: before a bracket that holds no Latin gloss ("레안드로 코스타(인천 유나이티드)를",
// "(32)"), before a title ("로버트 한 부사장을"), or in the genitive before a player's act
// (ko_player_act: "파블로 헤이스의 만회골로").
void EntityRecognizer::Impl::KoreanForeignNameSlots(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int a = 0; a + 2 < p.Size(); ++a) {
    const int b = a + 1;
    // (The family name may be a stop word too: "로버트 한 부사장".)
    const bool surname = ko_surnames.count(p.Text(b)) > 0 && p.IsWord(b) && p.Free(b);
    if (!KoNameWordOk(p, a) || !(surname || KoNameWordOk(p, b)) || !p.toks[b].space_before ||
        p.toks[a].sentence != p.toks[b].sentence)
      continue;
    // A first word read as a stem and a particle ("파블|로") is no dictionary word with one.
    bool particle_word = false;
    for (int s : p.Stems(a)) {
      const std::string_view stem = p.Text(a).substr(0, s);
      particle_word = particle_word || IsKoWord(stem) || ko_stop.count(stem) > 0;
    }
    if (particle_word || EndsInCaseParticle(p, a)) continue;
    if (a > 0 && p.IsWord(a - 1) && !p.toks[a].space_before) continue;
    const std::string_view first = p.Text(a), w = p.Text(b);
    std::string_view last = w;
    int end_byte = p.toks[b].end;
    bool slot = false;
    if (In(WordList::kKoTitlePremod, w)) continue;
    if (p.IsPunct(b + 1, "(") && !p.toks[b + 1].space_before && !EndsInCaseParticle(p, b)) {
      slot = p.IsWord(b + 2) || p.toks[b + 2].kind == kNumber;
      // (Hangul or a number in the bracket: a Han gloss glosses a place, "광둥성 푸저우(福州)시".)
      slot = slot && !p.toks[b + 2].latin && (p.toks[b + 2].hangul || p.toks[b + 2].kind == kNumber);
    } else if (EndsWith(w, "의") && w.size() > 3) {
      last = w.substr(0, w.size() - 3);
      end_byte -= 3;
      if (p.IsWord(b + 1) && p.toks[b + 1].hangul) {
        const std::string_view act = p.Text(b + 1);
        slot = In(WordList::kKoPlayerAct, act);
        for (int s : p.Stems(b + 1)) slot = slot || In(WordList::kKoPlayerAct, act.substr(0, s));
      }
    } else if (p.IsWord(b + 1) && p.toks[b + 1].hangul && p.toks[b + 1].space_before &&
               !EndsInCaseParticle(p, b)) {
      // (A title with its particle closes the name before it; a bare one opens the name after it: "X 대표
      // NAME".)
      for (int s : p.Stems(b + 1)) slot = slot || IsKoTitle(p.Text(b + 1).substr(0, s));
    }
    const bool one = CountCodePoints(last) == 1;
    // (Not a title or a role before a Korean name: "미드필더 강도현의 만회골".)
    if (!slot || (!one && (IsKoWord(last) || ko_stop.count(last) || IsKoreanNameShape(last))) ||
        IsKoWord(first) || IsKoTitle(last) || IsKoTitle(first) || ko_person_cues.count(first) ||
        !KoForeignPair(first, last) || KoSuffixType(last) != EntityType::kNone ||
        KoSuffixType(first) != EntityType::kNone ||
        KoCompanyCue(last) ||      // (no organization word: "콜린스 북미법인 대표로")
        IsKoVerbAdnominal(first))  // (nor a verb: "추진하던 팹리스(반도체 설계)")
      continue;
    // A person right before the pair names it as an organization with the title after it
    // ("탁준호 김앤장 법률사무소 변호사다").
    if (a > 0 && p.owner[a - 1] >= 0 && cands[p.owner[a - 1]].type == EntityType::kPerson) continue;
    if (a > 0 && p.IsWord(a - 1) && p.toks[a - 1].hangul && p.toks[a].space_before &&
        p.toks[a - 1].sentence == p.toks[a].sentence && IsKoreanNameShape(p.Text(a - 1)) &&
        !IsKoWord(p.Text(a - 1)) && !ko_stop.count(p.Text(a - 1)))
      continue;
    ClaimSpan(pi, p, cands, a, b + 1, end_byte, EntityType::kPerson, 0.6);
    a = b;
  }
}

}  // namespace hirewire::extract
