// Edges of Korean organization names (twenty-ninth session, branch entbound29): a title glued after a unit
// ("DS부문장인" → DS부문), a kind word before a name that some pages write as part of it ("갤러리 온담").
#include "extract/entities/internal.h"

namespace hirewire::extract {

// A Hangul organization candidate (no listed name) ending in a unit (ko_unit_head: 부문, 사업부, 본부), the
// title syllable 장 and at most a particle or the copula ("DS부문장인", "우주사업부장은") is the unit: the
// head of the unit is a person's title, no part of the name ("삼성전자 DS부문장인 전영현 부회장" → DS부문).
void EntityRecognizer::Impl::TrimKoreanUnitTitles(const Para& p, std::vector<Cand>& cands, int first) const {
  static constexpr std::string_view kHead = "장";
  for (int ci = first; ci < static_cast<int>(cands.size()); ++ci) {
    Cand& c = cands[ci];
    if (c.dropped || c.type == EntityType::kPerson || c.dict >= 0 || c.te <= c.tb) continue;
    if (!p.toks[c.te - 1].has_hangul) continue;
    const std::string_view last = p.text.substr(p.toks[c.te - 1].start, c.end - p.toks[c.te - 1].start);
    for (const std::string& unit : EntityWords::Default().List(WordList::kKoUnitHead)) {
      const size_t at = last.rfind(unit + std::string(kHead));
      if (at == std::string_view::npos || at == 0) continue;
      // Only the copula after the title ("DS부문장인 이상진"), two code points at least before the unit:
      // "본부장을 맡는다" and "부센터장" are posts, which the event rules read as titles.
      if (last.substr(at + unit.size() + kHead.size()) != "인" || CountCodePoints(last.substr(0, at)) < 2)
        continue;
      c.end = p.toks[c.te - 1].start + static_cast<int>(at + unit.size());
      c.type = EntityType::kOrganization;
      break;
    }
  }
}

// The Korean kind word written before an organization's name (ko_kind_name_front: 갤러리), which pages and
// annotators write with the name or leave out ("갤러리 온담" / "온담"): the name with it, as a second
// surface of the entity; empty when none.
std::string EntityRecognizer::Impl::KoKindFrontAlias(const Para& p, const Cand& c) const {
  if (c.type == EntityType::kPerson || c.tb < 1 || !p.toks[c.tb].hangul || !p.toks[c.tb].space_before ||
      c.start != p.toks[c.tb].start || !p.IsWord(c.tb - 1) ||
      !In(WordList::kKoKindNameFront, p.Text(c.tb - 1)))
    return {};
  return std::string(p.text.substr(p.toks[c.tb - 1].start, c.end - p.toks[c.tb - 1].start));
}

}  // namespace hirewire::extract
