// Korean organizations named where a person comes from (thirty-fifth session, branch evorigin35): a name the
// tagger and the cue rules missed, read from two slots that only an organization fills:
// - a firm's kind written after its Hangul name with a space (ko_firm_head: "김앤장 법률사무소에서", "한결
//   회계법인 출신"): the two words are one company;
// - the word right before a spaced 출신 ("암젠 출신 로버트 김 박사", "메리츠화재 출신 염지수"): where the
// person
//   comes from, a company when it is no dictionary word, title, place or person's name.
#include <algorithm>

#include "extract/entities/internal.h"
#include "extract/korean.h"

namespace hirewire::extract {

// Hangul word `w` holds a ko_firm_infix row ("&" in Hangul) after one syllable or more and before one or more
// ("김앤장", "맥킨지앤드컴퍼니"), and is no dictionary or stop word ("로스앤젤레스" is a place:
// KoPlaceWordAt).
bool EntityRecognizer::Impl::KoFirmInfixName(std::string_view w) const {
  if (!IsAllHangul(w) || CountCodePoints(w) < 3 || IsKoWord(w) || ko_stop.count(w)) return false;
  for (const std::string& infix : EntityWords::Default().List(WordList::kKoFirmInfix)) {
    const size_t f = w.find(infix, 3);
    if (f != std::string_view::npos && f + infix.size() < w.size()) return true;
  }
  return false;
}

// Word `w` may name an organization a person comes from: an unknown Hangul word (KoUnknownOrgWord) that is no
// person's name shape (a family name and a Korean given name: "김민수"; "김앤장" holds a foreign syllable)
// nor an anonymized name ("김모"), or a firm's name with an "&" infix. A dictionary word + 사 is a kind of
// company, no name
// ("글로벌 컨설팅사 출신": 컨설팅 + 사).
bool EntityRecognizer::Impl::KoOriginOrgWord(std::string_view w) const {
  if (EndsWith(w, "사") && w.size() > 3 && IsKoWord(w.substr(0, w.size() - 3))) return false;
  return (KoUnknownOrgWord(w) && !IsKoreanNameShape(w) && !IsKoreanAnonymizedName(w)) || KoFirmInfixName(w);
}

void EntityRecognizer::Impl::KoreanOriginOrgNames(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int q = 0; q + 1 < p.Size(); ++q) {
    const int n = q + 1;
    if (!p.IsWord(q) || !p.Free(q) || !p.toks[q].hangul || !p.IsWord(n) || !p.toks[n].space_before ||
        p.toks[n].sentence != p.toks[q].sentence)
      continue;
    const std::string_view w = p.Text(q);
    // (A bare word: "대표는 회계법인" is a topic and a kind. A word glued to the one before is part of it:
    // the number of "11번가" opens the name; another word, or a unit or brand spaced after an organization,
    // "네이버 클로바 출신", names no organization of its own.)
    if (static_cast<size_t>(KoreanWholeParticleStem(w)) != w.size() || !KoOriginOrgWord(w) ||
        KoPlaceWordAt(p, q))
      continue;
    int tb = q;
    if (q > 0 && !p.toks[q].space_before && p.toks[q - 1].kind != kPunct) {
      const std::string_view before = p.Text(q - 1);
      if (!p.Free(q - 1) || before.empty() ||
          !std::all_of(before.begin(), before.end(), [](char c) { return IsAsciiDigit(c); }))
        continue;
      tb = q - 1;
    }
    if (tb > 0 && p.toks[tb].space_before && p.owner[tb - 1] >= 0 &&
        cands[p.owner[tb - 1]].type != EntityType::kPerson && p.toks[tb - 1].sentence == p.toks[q].sentence &&
        static_cast<size_t>(KoreanWholeParticleStem(p.Text(tb - 1))) == p.Text(tb - 1).size())
      continue;
    const std::string_view next = p.Text(n);
    const std::string_view head = next.substr(0, static_cast<size_t>(KoreanWholeParticleStem(next)));
    if (p.Free(n) && In(WordList::kKoFirmHead, head)) {
      ClaimSpan(pi, p, cands, tb, n + 1, p.toks[n].start + static_cast<int>(head.size()),
                EntityType::kCompany, 0.6);
      ++q;
      continue;
    }
    if (next == "출신") ClaimSpan(pi, p, cands, tb, n, p.toks[q].end, EntityType::kCompany, 0.55);
  }
  KoreanFirmInfixNames(pi, p, cands);
}

// A firm's name with an "&" infix in any slot, its particle stripped ("맥킨지앤드컴퍼니에서", "김앤장에"):
// the infix is the name's own sign. Not a place the KoNNE gazetteer knows ("로스앤젤레스에서").
void EntityRecognizer::Impl::KoreanFirmInfixNames(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int q = 0; q < p.Size(); ++q) {
    if (!p.IsWord(q) || !p.Free(q) || !p.toks[q].hangul) continue;
    const std::string_view w = p.Text(q);
    const std::string_view stem = w.substr(0, static_cast<size_t>(KoreanWholeParticleStem(w)));
    if (!KoFirmInfixName(stem) || (tagger && (tagger->KoreanGazetteerClasses(stem) & ner::kGazLoc))) continue;
    ClaimSpan(pi, p, cands, q, q + 1, p.toks[q].start + static_cast<int>(stem.size()), EntityType::kCompany,
              0.55);
  }
}

}  // namespace hirewire::extract
