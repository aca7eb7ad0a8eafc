// Edges of Korean organization names (twenty-ninth session, branch entbound29): a title glued after a unit
// ("DS부문장인" → DS부문), a kind word before a name that some pages write as part of it ("갤러리 온담").
#include <algorithm>

#include "extract/entities/internal.h"

namespace hirewire::extract {

// A Hangul organization candidate (no listed name) ending in a unit (ko_unit_head: 부문, 사업부, 본부), the
// title syllable 장 and at most a particle or the copula ("DS부문장인", "우주사업부장은") is the unit: the head
// of the unit is a person's title, no part of the name ("삼성전자 DS부문장인 전영현 부회장" → DS부문).
void EntityRecognizer::Impl::TrimKoreanUnitTitles(const Para& p, std::vector<Cand>& cands, int first) const {
  static constexpr std::string_view kHead = "장";
  for (int ci = first; ci < static_cast<int>(cands.size()); ++ci) {
    Cand& c = cands[ci];
    if (c.dropped || c.type == "person" || c.dict >= 0 || c.te <= c.tb) continue;
    if (!p.toks[c.te - 1].has_hangul) continue;
    const std::string_view last = p.text.substr(p.toks[c.te - 1].start, c.end - p.toks[c.te - 1].start);
    for (const std::string& unit : EntityWords::Default().List(WordList::kKoUnitHead)) {
      const size_t at = last.rfind(unit + std::string(kHead));
      if (at == std::string_view::npos || at == 0) continue;
      const std::string_view tail = last.substr(at + unit.size() + kHead.size());
      if (CountCodePoints(tail) > 1 || (!tail.empty() && !IsAllHangul(tail))) continue;
      c.end = p.toks[c.te - 1].start + static_cast<int>(at + unit.size());
      c.type = "organization";
      break;
    }
  }
}

// A free Hangul word written as a unit (ko_unit_head), the title syllable 장 and at most a particle or the
// copula, after an organization with a space, or before a person's name with a code name in capitals
// ("SK하이닉스 HBM사업부장인 김영훈 부사장" → HBM사업부, "MX사업부장인 노태문 사장"): the unit is an
// organization; its head is the person's title. One code point at least before the unit's head.
void EntityRecognizer::Impl::KoreanUnitTitleNames(int pi, Para& p, std::vector<Cand>& cands) const {
  static constexpr std::string_view kHead = "장";
  for (int t = 0; t < p.Size(); ++t) {
    if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].has_hangul || !p.toks[t].space_before) continue;
    const std::string_view w = p.Text(t);
    const bool after_org = t > 0 && p.owner[t - 1] >= 0 && cands[p.owner[t - 1]].type != "person" &&
                           cands[p.owner[t - 1]].te == t && cands[p.owner[t - 1]].end == p.toks[t - 1].end;
    const bool before_name = t + 1 < p.Size() && p.toks[t + 1].space_before && p.toks[t + 1].hangul &&
                             (IsKoreanNameShape(p.Text(t + 1)) ||
                              (p.owner[t + 1] >= 0 && cands[p.owner[t + 1]].type == "person"));
    if (!after_org && !before_name) continue;
    for (const std::string& unit : EntityWords::Default().List(WordList::kKoUnitHead)) {
      const size_t at = w.rfind(unit + std::string(kHead));
      if (at == std::string_view::npos || at == 0) continue;
      const std::string_view tail = w.substr(at + unit.size() + kHead.size());
      if (CountCodePoints(tail) > 1 || (!tail.empty() && !IsAllHangul(tail))) continue;
      // (With no parent before it the unit needs a code name in Latin letters, "DS부문장인": "연구개발본부장
      // 윤석진씨" names a post.)
      if (!after_org && std::none_of(w.begin(), w.begin() + at, [](char ch) { return IsAsciiUpper(ch); })) break;
      ClaimSpan(pi, p, cands, t, t + 1, p.toks[t].start + static_cast<int>(at + unit.size()), "organization", 0.6);
      break;
    }
  }
}

// The Korean kind word written before an organization's name (ko_kind_name_front: 갤러리), which pages and
// annotators write with the name or leave out ("갤러리 온담" / "온담"): the name with it, as a second
// surface of the entity; empty when none.
std::string EntityRecognizer::Impl::KoKindFrontAlias(const Para& p, const Cand& c) const {
  if (c.type == "person" || c.tb < 1 || !p.toks[c.tb].hangul || !p.toks[c.tb].space_before || c.start != p.toks[c.tb].start ||
      !p.IsWord(c.tb - 1) || !In(WordList::kKoKindNameFront, p.Text(c.tb - 1)))
    return {};
  return std::string(p.text.substr(p.toks[c.tb - 1].start, c.end - p.toks[c.tb - 1].start));
}

}  // namespace hirewire::extract
