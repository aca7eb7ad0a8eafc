// Korean word forms around names that are no part of a name: an ordinal written between an
// organization and the title of its post ("SK브로드밴드 제5대 대표이사에", "부산 마린스 제5대 감독으로"), and
// a verb form right after an object ("임기를 마치고 고문으로": 마치고 is no person 마 + 치고).
#include "extract/entities/internal.h"

namespace hirewire::extract::entities_detail {

namespace {
// Word t is a counter row (ko_ordinal_counter: 대, 기) glued after the number at t - 1.
bool CounterAfterNumber(const Para& p, int t) {
  return t >= 1 && p.IsWord(t) && !p.toks[t].space_before && In(WordList::kKoOrdinalCounter, p.Text(t)) &&
         p.toks[t - 1].kind == kNumber && p.toks[t - 1].sentence == p.toks[t].sentence;
}
}  // namespace

// The first token of an ordinal ending at token `a` ("제5대", "28대", "제3기": a ko_ordinal_prefix row
// glued before the number, or none, then the number and a glued ko_ordinal_counter row), written
// after a space; -1 when none ends there.
int KoOrdinalStart(const Para& p, int a) {
  if (!CounterAfterNumber(p, a)) return -1;
  const int number = a - 1;
  if (number >= 1 && !p.toks[number].space_before && p.IsWord(number - 1) &&
      p.toks[number - 1].sentence == p.toks[a].sentence && In(WordList::kKoOrdinalPrefix, p.Text(number - 1)))
    return p.toks[number - 1].space_before ? number - 1 : -1;
  return p.toks[number].space_before ? number : -1;
}

// The token after an ordinal starting at token `q` (see KoOrdinalStart), or -1 when none starts there.
int KoOrdinalEnd(const Para& p, int q) {
  if (q < 0 || q >= p.Size()) return -1;
  int number = q;
  if (p.IsWord(q) && In(WordList::kKoOrdinalPrefix, p.Text(q))) number = q + 1;
  if (number >= p.Size() || p.toks[number].kind != kNumber || (number > q && p.toks[number].space_before))
    return -1;
  return CounterAfterNumber(p, number + 1) && KoOrdinalStart(p, number + 1) == q ? number + 2 : -1;
}

// Word t is a verb form right after an object, no name: the word before it (same sentence, a space
// between) ends in an object particle (ko_object_particle: 을, 를), and word t is Hangul of two syllables
// or more ending in a connective (ko_verb_connective: "임기를 마치고", "협상을 이끌며") or in an adnominal
// ending that is no particle (ko_adnominal_ending: "임기를 마친 고문"; not 은, 는, 을).
bool KoVerbAfterObject(const Para& p, int t) {
  if (t < 1 || !p.IsWord(t) || !p.IsWord(t - 1) || !p.toks[t].space_before ||
      p.toks[t - 1].sentence != p.toks[t].sentence)
    return false;
  const std::string_view w = p.Text(t), before = p.Text(t - 1);
  if (!IsAllHangul(w) || CountCodePoints(w) < 2) return false;
  const size_t stem = static_cast<size_t>(KoreanWholeParticleStem(before));
  if (stem == 0 || stem >= before.size() || !In(WordList::kKoObjectParticle, before.substr(stem)))
    return false;
  if (EndsWithAnyOf(WordList::kKoVerbConnective, w)) return true;
  for (const std::string& end : EntityWords::Default().List(WordList::kKoAdnominalEnding))
    if (EndsWith(w, end) && !IsKoreanParticle(end)) return true;
  return false;
}

}  // namespace hirewire::extract::entities_detail
