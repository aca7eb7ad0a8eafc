// Korean persons read from common words (thirty-fifth session, branch ent35; docs/entities.md): a dictionary
// word or its inflected form taken for a name ("여성이 사장으로", "조직인 AI사업부문장", "경력직 엔지니어",
// "이끌던"), and a family name split from a following dictionary word ("심우주" = 심 + 우주, "전고체 배터리"
// = 전 + 고체, "2차전지") where nothing on the page names a person there.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "extract/entities/internal.h"

namespace hirewire::extract {

// A verb's adnominal form (ko_verb_adnominal: 던, 는, after a stem whose dictionary form, stem + 다, is a
// word): "이끌던", "나가는". (The other adnominal endings, 은 린 진 한, end given names: 하은, 아린.)
bool EntityRecognizer::Impl::IsKoAdnominalForm(std::string_view w) const {
  if (!IsAllHangul(w) || CountCodePoints(w) < 3) return false;
  for (const std::string& end : EntityWords::Default().List(WordList::kKoVerbAdnominal)) {
    if (w.size() <= end.size() || !EndsWith(w, end)) continue;
    const std::string_view stem = w.substr(0, w.size() - end.size());
    if (IsKoWord(std::string(stem) + "다")) return true;
    // A stem ending in ㄹ drops it before ㄴ ("이끄는" of 이끌다, "만드는" of 만들다).
    if (const std::string rieul = KoStemWithRieul(stem);
        end == "는" && !rieul.empty() && IsKoWord(rieul + "다"))
      return true;
  }
  return false;
}

// The stem with ㄹ as the final consonant of its last syllable, where that syllable has none ("이끄" →
// "이끌"); empty otherwise.
std::string EntityRecognizer::Impl::KoStemWithRieul(std::string_view stem) {
  const size_t last = LastCodePointStart(stem, stem.size());
  size_t at = last;
  const char32_t cp = DecodeUtf8(stem, &at);
  if (!IsHangulSyllable(cp) || (cp - 0xAC00) % 28 != 0) return "";
  std::string out(stem.substr(0, last));
  AppendUtf8(&out, cp + 8);  // 8: the index of ㄹ among the final consonants
  return out;
}

// Hangul text that is a common word's form, no name: a verb form, or a dictionary word of two syllables with
// one ko_word_tail syllable glued (a particle or the copula: "여성이", "조직의", "조직인"; a noun suffix:
// "경력직", "선임급", "고령층"). (A dictionary word alone may be a name: 정다운, 조국, and given names 서린,
// 나래.)
bool EntityRecognizer::Impl::KoCommonWordForm(std::string_view s) const {
  if (!IsAllHangul(s)) return false;
  if (IsKoVerbForm(s) || IsKoAdnominalForm(s)) return true;
  // The base is a noun: a dictionary word ending in 다 is a verb's or adjective's lemma, which takes no
  // particle, and a name may hide one (배다인, 서다인: 배 / 서 + given name 다인).
  return CountCodePoints(s) == 3 && !s.substr(0, 6).ends_with("다") && IsKoWord(s.substr(0, 6)) &&
         In(WordList::kKoWordTail, s.substr(6));
}

// A family name (one syllable, or two of a four-syllable word) followed by a dictionary word of two syllables
// or more: "심우주", "고위험", "전고체". Many real names are written so too (유상민, 한재석): the caller asks
// for more.
bool EntityRecognizer::Impl::KoSurnameWordSplit(std::string_view s) const {
  if (!IsAllHangul(s)) return false;
  const int n = CountCodePoints(s);
  if (n == 3) return ko_surnames.count(s.substr(0, 3)) > 0 && IsKoWord(s.substr(3));
  return n == 4 && ko_surnames.count(s.substr(0, 6)) > 0 && IsKoWord(s.substr(6));
}

// A unit word any company has (ko_generic_unit: 팀, 실, 본부 …) after a dictionary word ("개발팀",
// "영업본부", "기획실"; not a ministry's 부, "국방부").
bool EntityRecognizer::Impl::KoGenericUnitWord(std::string_view w) const {
  if (!IsAllHangul(w)) return false;
  for (const std::string& unit : EntityWords::Default().List(WordList::kKoGenericUnit))
    if (w.size() > unit.size() && EndsWith(w, unit) && IsKoWord(w.substr(0, w.size() - unit.size())))
      return true;
  return false;
}

// Word t of paragraph p is a title, 씨 or a person's word (ko_person_cue), its particle cut or not.
bool EntityRecognizer::Impl::KoTitleWord(const Para& p, int t) const {
  if (!p.IsWord(t)) return false;
  const std::string_view w = p.Text(t);
  if (IsKoTitle(w) || w.starts_with("씨") || ko_person_cues.count(w)) return true;
  for (const int st : p.Stems(t))
    if (IsKoTitle(w.substr(0, st)) || ko_person_cues.count(w.substr(0, st))) return true;
  return false;
}

// The words after a mention ending at byte `end` of token t name a person there: a title or 씨 glued or next,
// a title after up to three bare words, its affiliation ("물리학과 교수", "KB증권 연구원", "서울대 AI대학원
// 교수에게"; a word with a particle ends the search: "전고체 배터리 시제품을"), or an age in brackets
// ("문태식(47)씨").
bool EntityRecognizer::Impl::KoPersonCueAfter(const Para& p, int t, int end) const {
  if (end < p.toks[t].end) {
    const std::string_view rest = p.text.substr(end, p.toks[t].end - end);
    return IsKoTitle(rest) || rest.starts_with("씨") || ko_person_cues.count(rest) > 0;
  }
  const int n = t + 1;
  if (n >= p.Size() || p.toks[n].sentence != p.toks[t].sentence) return false;
  if (p.IsPunct(n, "(")) return true;
  for (int k = n; k < n + 4 && k < p.Size() && p.toks[k].sentence == p.toks[t].sentence && p.IsWord(k); ++k) {
    if (KoTitleWord(p, k)) return true;
    const std::string_view w = p.Text(k);
    if (p.toks[k].hangul && KoreanWholeParticleStem(w) < static_cast<int>(w.size())) return false;
  }
  return false;
}

// The page's mentions of `name` (a whole word or its start) voted: `cued` counts those with a person's cue (a
// title, 씨 or an age after it, KoPersonCueAfter, a person's particle glued to it, or a title or person's
// word right before it: 포수, 감독), `nouns` those a noun follows instead (KoNounAfterAt: "전고체 배터리",
// "전고체 상용화").
void EntityRecognizer::Impl::KoNameMentionVotes(const Doc& d, std::string_view name, int* cued,
                                                int* nouns) const {
  const Impl& m = *this;
  for (const Para& p : d.paras) {
    for (size_t at = p.text.find(name); at != std::string_view::npos; at = p.text.find(name, at + 1)) {
      // The first token ending after the mention's start (tokens are in text order).
      const int t = static_cast<int>(
          std::partition_point(p.toks.begin(), p.toks.end(),
                               [at](const Token& k) { return k.end <= static_cast<int>(at); }) -
          p.toks.begin());
      if (t >= p.Size() || p.toks[t].start > static_cast<int>(at)) continue;
      const int end = static_cast<int>(at + name.size());
      if (end > p.toks[t].end) continue;
      const bool before = p.toks[t].start == static_cast<int>(at) && t >= 1 && p.IsWord(t - 1) &&
                          p.toks[t - 1].sentence == p.toks[t].sentence &&
                          (m.IsKoTitle(p.Text(t - 1)) || m.ko_person_cues.count(p.Text(t - 1)));
      const bool particle =
          end < p.toks[t].end && In(WordList::kKoPersonParticle, p.text.substr(end, p.toks[t].end - end));
      if (before || particle)  // a person's particle glued: "이재원에게" (ko_person_particle)
        ++*cued;
      else if (KoNounAfterAt(p, t, end))  // also before a title after more nouns: "전고체 배터리 연구원"
        ++*nouns;
      else if (KoPersonCueAfter(p, t, end))
        ++*cued;
    }
  }
}

namespace {

// The candidate starts glued to a Hangul syllable inside its first token ("이차전지"), or to a digit, which
// the tokenizer may write as a token of its own ("2차전지").
bool StartsGlued(const Para& p, const Cand& c) {
  if (c.start <= 0) return false;
  const size_t b = LastCodePointStart(p.text, static_cast<size_t>(c.start));
  size_t at = b;
  const char32_t cp = DecodeUtf8(p.text, &at);
  return (cp >= U'0' && cp <= U'9') || (c.start > p.toks[c.tb].start && IsHangulSyllable(cp));
}

// Token t follows a person candidate's last token in its sentence ("문정우 | 전 연구위원").
bool AfterPersonName(const Doc& d, const Para& p, int t) {
  if (t < 1 || p.toks[t - 1].sentence != p.toks[t].sentence || p.owner[t - 1] < 0) return false;
  const Cand& c = d.cands[static_cast<size_t>(p.owner[t - 1])];
  return !c.dropped && c.type == EntityType::kPerson;
}

}  // namespace

// The word after a mention ending at byte `end` of token t makes it a noun's modifier: glued to it, a rest
// that is no particle, title or 씨 ("고위험군"); after a space, a dictionary word (its particle cut) that is
// no title or person's word ("전고체 배터리", "심우주 환경에서").
bool EntityRecognizer::Impl::KoNounAfterAt(const Para& p, int t, int end) const {
  if (end < p.toks[t].end) {
    const std::string_view rest = p.text.substr(end, p.toks[t].end - end);
    return !IsKoreanParticle(rest) && !IsKoTitle(rest) && !rest.starts_with("씨") &&
           !ko_person_cues.count(rest);
  }
  const int n = t + 1;
  if (!p.IsWord(n) || !p.toks[n].hangul || p.toks[n].sentence != p.toks[t].sentence) return false;
  const std::string_view w = p.Text(n);
  const std::string_view stem = w.substr(0, KoreanWholeParticleStem(w));
  // (Not a stop word that modifies the title after it: "한동석 신임 메모리사업부장은".)
  return IsKoWord(stem) && !IsKoTitle(stem) && !ko_person_cues.count(stem) && !ko_titles.count(w) &&
         !ko_stop.count(stem);
}

// Whether Hangul person candidate c is a common word's form, or a family name split from a dictionary word
// where the page never cues a person: glued after a syllable or digit ("2차전지"), or a modifier on the page
// (KoModifierOnPage). `page_words`, when given, keeps the page's verdict per word for the candidates read
// in one go (the page and its candidates unchanged between them).
bool EntityRecognizer::Impl::KoCommonWordPerson(const Doc& d, const Cand& c,
                                                std::map<std::string_view, bool>* page_words) const {
  const Para& p = d.paras[c.para];
  const std::string_view s = p.text.substr(c.start, c.end - c.start);
  if (!IsAllHangul(s)) return false;
  if (KoCommonWordForm(s)) return true;
  if (!KoSurnameWordSplit(s)) return false;
  if (StartsGlued(p, c)) return true;
  if (page_words == nullptr) return KoModifierOnPage(d, s);
  auto [it, fresh] = page_words->emplace(s, false);
  if (fresh) it->second = KoModifierOnPage(d, s);
  return it->second;
}

// A family name + dictionary word s that the page writes before a noun (KoNounAfterAt) as often as with a
// person's cue (KoNameMentionVotes), and never calls the family name alone by a title.
bool EntityRecognizer::Impl::KoModifierOnPage(const Doc& d, std::string_view s) const {
  const std::string_view surname = s.substr(0, CountCodePoints(s) == 3 ? 3 : 6);
  if (KoSurnameTitledOnPage(d, surname)) return false;
  // A word the page writes before nouns as often as with a title is a modifier there: "전고체 배터리",
  // "전고체 상용화" beside "전고체 전문가", "전고체 연구소장에" (an all-solid-state battery's expert, no
  // person 전고체).
  int cued = 0, nouns = 0;
  KoNameMentionVotes(d, s, &cued, &nouns);
  return nouns > 0 && nouns >= cued;
}

// The page calls someone by the family name alone and a title or 씨 ("한 교수는", "배 상무"), as it does a
// person it named in full before: the evidence that a family name + dictionary word is that person's name
// (한지우). Not after a person's name: there the syllable is "former" (전 前: "문정우 전 연구위원").
bool EntityRecognizer::Impl::KoSurnameTitledOnPage(const Doc& d, std::string_view surname) const {
  for (const Para& p : d.paras)
    for (int t = 0; t + 1 < p.Size(); ++t)
      if (p.IsWord(t) && p.Text(t) == surname && p.toks[t + 1].sentence == p.toks[t].sentence &&
          KoTitleWord(p, t + 1) && !AfterPersonName(d, p, t))
        return true;
  return false;
}

// The first word of a Korean person of several words that is a common word, not part of a transliterated
// foreign name: a dictionary word or a common word's form ("가운데 안", "번역가 앤드루 클라크"), or one
// syllable (a prefix, a family name) before a dictionary word ("초거대 언어모델").
bool EntityRecognizer::Impl::KoCommonFirstWord(const Doc& d, const Cand& c) const {
  const Para& p = d.paras[c.para];
  if (c.te - c.tb < 2 || !p.IsWord(c.tb) || c.start != p.toks[c.tb].start || !p.toks[c.tb].hangul)
    return false;
  const std::string_view first = p.Text(c.tb);
  if (!IsAllHangul(first) || HasForeignSyllable(first)) return false;
  return IsKoWord(first) || KoCommonWordForm(first) ||
         (CountCodePoints(first) == 3 && IsKoWord(first.substr(3)));
}

// Korean persons that are common words (KoCommonWordPerson, decided once for every mention of the same word)
// are dropped for good (drop_rule -1: the keep step does not revive them); one whose first word is a common
// word (KoCommonFirstWord) keeps the rest where it is a family name alone or a foreign name of two words
// ("안", "앤드루 클라크") and is dropped otherwise.
void EntityRecognizer::Impl::DropKoreanCommonWordPersons(Doc& d) const {
  std::set<std::string_view> common;
  std::map<std::string_view, bool> page_words;  // (nothing changes on the page in this loop)
  for (const Cand& c : d.cands) {
    const Para& p = d.paras[c.para];
    if (!c.dropped && c.dict < 0 && c.type == EntityType::kPerson && c.te - c.tb == 1 &&
        p.toks[c.tb].has_hangul && KoCommonWordPerson(d, c, &page_words))
      common.insert(p.text.substr(c.start, c.end - c.start));
  }
  for (Cand& c : d.cands) {
    Para& p = d.paras[c.para];
    if (c.dropped || c.dict >= 0 || c.type != EntityType::kPerson || c.te <= c.tb || !p.toks[c.tb].has_hangul)
      continue;
    const int me = static_cast<int>(&c - d.cands.data());
    const bool first = KoCommonFirstWord(d, c);
    if (first) {
      const std::string_view rest = p.text.substr(p.toks[c.tb + 1].start, c.end - p.toks[c.tb + 1].start);
      if (ko_surnames.count(rest) || (c.te - c.tb >= 3 && HasForeignSyllable(rest))) {
        if (p.owner[c.tb] == me) p.owner[c.tb] = -1;
        ++c.tb;
        c.start = p.toks[c.tb].start;
        continue;
      }
    }
    if (!first && (c.te - c.tb != 1 || !common.count(p.text.substr(c.start, c.end - c.start)))) continue;
    c.dropped = true;
    c.drop_rule = -1;
    for (int t = c.tb; t < c.te; ++t)
      if (p.owner[t] == me) p.owner[t] = -1;
  }
}

}  // namespace hirewire::extract
