// Employer names as organizations (thirtieth session, branch entorg30): shapes of company names that
// carry no legal form and no listed head, which the recognizer read as a person or not at all:
// - an English closed compound ending in a business word ("Altair Microdevices", en_company_word_ending);
// - a listed ASCII group name glued to an affiliate's Hangul name ("LG유플러스가", ko_glued_group_prefix);
// - a Hangul name ending in an industry word in the slot of an employer or a subject ("한빛유통 황인국
//   사장은", ko_industry_head).
#include "extract/entities/internal.h"
#include "extract/korean.h"

namespace hirewire::extract {

// Word `w` is capitalized and ends, after three letters or more, in an en_company_word_ending row
// (compared in lower case: "Microdevices", "MicroDevices", "Optoelectronics").
bool EntityRecognizer::Impl::EnCompanyWordEnding(std::string_view w) const {
  if (w.size() < 6 || !IsAsciiUpper(w[0])) return false;
  for (const std::string& e : EntityWords::Default().List(WordList::kEnCompanyWordEnding))
    if (w.size() >= e.size() + 3 && EndsWithFolded(w, e)) return true;
  return false;
}

namespace {
// The part of Korean word `w` before its whole particle, and the particle.
std::pair<std::string_view, std::string_view> KoStemAndParticle(std::string_view w) {
  const size_t stem = static_cast<size_t>(KoreanWholeParticleStem(w));
  return {w.substr(0, stem), w.substr(stem)};
}
}  // namespace

// Word t as a company named by a listed group name in ASCII capitals (ko_glued_group_prefix) glued to
// a Hangul name of two syllables or more ("LG유플러스가", "SK바이오팜은", "KT스카이라이프의"), in any slot
// and with any particle: the whole word before the particle is the affiliate. Not when the Hangul part
// is a title, a unit, a kind of company, a person cue or a word about the group (ko_glued_group_tail:
// "LG출신", "SK계열"). *stem becomes the name without its particle.
bool EntityRecognizer::Impl::KoGluedGroupCompany(const Para& p, int t, std::string_view* stem) const {
  const std::string_view w = p.Text(t);
  size_t caps = 0;
  while (caps < w.size() && IsAsciiUpper(w[caps])) ++caps;
  if (caps < 2 || caps > 4 || !In(WordList::kKoGluedGroupPrefix, w.substr(0, caps))) return false;
  const auto [s, particle] = KoStemAndParticle(w);
  if (s.size() <= caps) return false;
  const std::string_view rest = s.substr(caps);
  if (!IsAllHangul(rest) || CountCodePoints(rest) < 2) return false;
  if (!particle.empty() && !IsKoreanCaseParticle(particle) && !In(WordList::kKoGluedGroupParticle, particle))
    return false;
  if (IsKoTitle(rest) || KoCompanyCue(rest) || ko_person_cues.count(rest) || ko_stop.count(rest) ||
      IsKoDepartment(rest) || EndsWithAnyOf(WordList::kKoUnitHead, rest) || EndsWith(rest, "장") ||
      In(WordList::kKoGluedGroupTail, rest))
    return false;
  *stem = s;
  return true;
}

// Word t as a company whose Hangul name ends in an industry word (ko_industry_head: 유통, 물류) after
// two syllables or more that are no stop word or title, the word itself no dictionary word:
// - in the slot of an employer, before a post or a name and a post ("한빛유통 황인국 사장은", "서해물류
//   신임 대표에"), with no particle or the genitive 의;
// - as a subject (은 / 는 / 이 / 가) when the part before the industry word is two syllables and no
//   dictionary word either ("다온물류는"; not "냉동식품은", "이동통신이", "스마트물류는").
bool EntityRecognizer::Impl::KoIndustryHeadCompany(const Para& p, int t, std::string_view* stem) const {
  const std::string_view w = p.Text(t);
  if (!p.toks[t].hangul) return false;
  const auto [s, particle] = KoStemAndParticle(w);
  if (!IsAllHangul(s) || IsKoWord(s) || ko_stop.count(s)) return false;
  // (A department whose field ends in a dictionary word is no company: "지역경제과" is 지역경제 + 과,
  // not 지역경 + 제과.)
  if (IsKoDepartment(s) && s.size() >= 9) {
    const std::string_view field = s.substr(0, s.size() - 3);
    if (IsKoWord(field.substr(field.size() - 6))) return false;
  }
  for (const std::string& h : EntityWords::Default().List(WordList::kKoIndustryHead)) {
    if (s.size() < h.size() + 6 || !EndsWith(s, h)) continue;
    const std::string_view front = s.substr(0, s.size() - h.size());
    if (ko_stop.count(front) || IsKoTitle(front) || ko_person_cues.count(front)) return false;
    const bool employer = (particle.empty() || particle == "의") && KoTitleSlotAfter(p, t);
    // (As a subject the front is two syllables: longer fronts are mostly a loanword of a field,
    // "스마트물류는", "온라인유통이".)
    const bool subject = (particle == "은" || particle == "는" || particle == "이" || particle == "가") &&
                         CountCodePoints(front) == 2 && !IsKoWord(front);
    if (!employer && !subject) return false;
    *stem = s;
    return true;
  }
  return false;
}

}  // namespace hirewire::extract
