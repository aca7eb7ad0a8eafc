// Pass 5 of the entity recognizer: parenthetical glosses.
#include "extract/entities/internal.h"

namespace hirewire::extract {

// ---- Pass 5: parenthetical glosses, "씽킹머신즈랩(TML)", "앤드루 털록(Andrew Tulloch)"

namespace {
// Folded `w` is made of non-empty starts of `words` in order, the first word's start first, any
// later word skipped ("sebi" of securities|exchange|board|india, "ofcom" of office|communications).
bool StartsOfWords(std::string_view w, const std::vector<std::string>& words, size_t i, bool first) {
  if (w.empty()) return !first;
  for (size_t j = i; j < words.size(); ++j) {
    for (size_t n = std::min(w.size(), words[j].size()); n >= 1; --n)
      if (w.substr(0, n) == std::string_view(words[j]).substr(0, n) &&
          StartsOfWords(w.substr(n), words, j + 1, false))
        return true;
    if (first) return false;
  }
  return false;
}
}  // namespace

// Word t, a capitalized ASCII word of three to eight letters (not all capitals), is a clipped short
// form of the name at tokens [tb, te): the starts of its capitalized words, in order, the first word's
// first ("Sebi" of "Securities and Exchange Board of India").
bool EntityRecognizer::Impl::ClippedShortForm(const Para& p, int tb, int te, int t) const {
  if (!p.IsWord(t) || !p.toks[t].latin || !p.toks[t].cap || p.toks[t].all_caps) return false;
  const std::string_view w = p.Text(t);
  if (w.size() < 3 || w.size() > 8) return false;
  for (char ch : w)
    if (!std::isalpha(static_cast<unsigned char>(ch))) return false;
  std::vector<std::string> words;
  for (int q = tb; q < te; ++q)
    if (p.IsWord(q) && p.toks[q].cap) words.push_back(FoldWord(p.Text(q)));
  // "Wettbewerbskommission (Weko)": one compound clipped to its first syllable's two letters and
  // later letters of it in order.
  if (words.size() == 1 && te - tb == 1 && CountCodePoints(words[0]) >= 8) {
    const std::string folded = FoldWord(w);
    size_t at = 0, i = 0;
    for (; i < folded.size() && at < words[0].size(); ++i) {
      const size_t f = words[0].find(folded[i], at);
      if (f == std::string::npos || (i < 2 && f != i)) return false;
      at = f + 1;
    }
    return i == folded.size();
  }
  if (words.size() < 2) return false;
  return StartsOfWords(FoldWord(w), words, 0, true);
}

// "아크투루스실리콘(Arcturus Silicon)이": one free Hangul word of four syllables or more that may name an
// unknown organization (KoUnknownOrgWord), glued to a bracket of two to five capitalized Latin words, is a
// foreign company spelled in both scripts: a name written as one Hangul word over several Latin ones is no
// person's (a person keeps the spaces: "앤드루 털록(Andrew Tulloch)"). GlossPass then links the Latin
// spelling.
void EntityRecognizer::Impl::KoGlossedForeignCompanies(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int t = 0; t + 3 < p.Size(); ++t) {
    if (!p.IsWord(t) || !p.Free(t) || !p.toks[t].hangul || !p.IsPunct(t + 1, "(") ||
        p.toks[t + 1].space_before)
      continue;
    const std::string_view w = p.Text(t);
    if (CountCodePoints(w) < 4 || !KoUnknownOrgWord(w) || IsKoreanNameShape(w)) continue;
    int close = t + 2, words = 0;
    bool latin = true;
    for (; close < p.Size() && close < t + 8 && !p.IsPunct(close, ")"); ++close) {
      latin = latin && p.IsWord(close) && p.Free(close) && p.toks[close].latin && p.toks[close].cap &&
              !p.toks[close].has_hangul;
      ++words;
    }
    if (!latin || words < 2 || words > 5 || !p.IsPunct(close, ")")) continue;
    Claim(p, cands, TokenCand(p, pi, t, t + 1, EntityType::kCompany, 0.6));
  }
}

void EntityRecognizer::Impl::GlossPass(int pi, Para& p, std::vector<Cand>& cands) const {
  const size_t before = cands.size();
  // The paragraph's candidates are the last ones (passes run paragraph by paragraph).
  size_t first = before;
  while (first > 0 && cands[first - 1].para == pi) --first;
  for (size_t ci = first; ci < before; ++ci) {
    int k = cands[ci].te;
    // The candidate must end at its token's end (no particle between name and bracket), and a
    // bracket must follow it.
    if (k >= p.Size() || cands[ci].end != p.toks[k - 1].end) continue;
    // In Latin text a space comes before the bracket: "Wiener Zentrum für Migrationspolitik
    // (ICMPD)", an acronym of an organization (after a person it is the party: "Olaf Scholz (SPD)").
    // So is a capitalized word made of the starts of the name's capitalized words, in order ("Securities
    // and Exchange Board of India (Sebi)", "Office of Communications (Ofcom)").
    const bool spaced = p.toks[k].space_before && cands[ci].type != EntityType::kPerson &&
                        p.toks[k - 1].latin && p.IsPunct(k + 2, ")");
    const bool clipped =
        spaced && !IsAcronym(p, k + 1) && ClippedShortForm(p, cands[ci].tb, cands[ci].te, k + 1);
    const bool spaced_acronym = spaced && (IsAcronym(p, k + 1) || clipped);
    if (!p.IsPunct(k, "(") || (p.toks[k].space_before && !spaced_acronym)) continue;
    int close = k + 1;
    while (close < p.Size() && close < k + 7 && !p.IsPunct(close, ")")) ++close;
    if (!p.IsPunct(close, ")") || close == k + 1) continue;
    // "마이클 첸(Michael Chen·55)", "(Michael Chen, 55)": the age after the gloss is not part of it.
    int gloss_end = close;
    if (close - k >= 4 && (p.IsPunct(close - 2, "·") || p.IsPunct(close - 2, ",")) &&
        p.toks[close - 1].kind == kNumber)
      gloss_end = close - 2;
    // A gloss is Latin words only: not an age ("배두나(35)") nor a Hangul word after a Latin
    // prefix ("네이마르(FC바르셀로나)").
    bool free = true, latin = true, any_word = false;
    for (int t = k + 1; t < gloss_end; ++t) {
      free &= p.owner[t] < 0;
      if (p.toks[t].kind == kWord) latin &= p.toks[t].latin && !p.toks[t].has_hangul;
      any_word |= p.toks[t].kind == kWord;
    }
    if (!free && ListedGlossNames(p, cands, static_cast<int>(ci), k + 1, gloss_end)) continue;
    if (!free || !latin || !any_word) continue;
    std::string_view g = p.text.substr(p.toks[k + 1].start, p.toks[gloss_end - 1].end - p.toks[k + 1].start);
    if (en_titles.count(g) || ko_titles.count(g)) continue;
    Cand c = TokenCand(p, pi, k + 1, gloss_end, cands[ci].type, cands[ci].conf);
    c.dict = cands[ci].dict;
    // Link by the gloss key of the parent: grouping uses `hint` = parent index marker.
    c.key = "#" + std::to_string(ci);
    if (cands[ci].dict < 0 && p.toks[k + 1].cap && cands[ci].type == EntityType::kPerson &&
        gloss_end - k - 1 >= 3)
      cands[ci].hint = std::string(g);
    if (cands[ci].dict < 0 && cands[ci].type != EntityType::kPerson && !p.toks[k + 1].all_caps && !clipped)
      cands[ci].hint = std::string(g);
    Claim(p, cands, std::move(c));
  }
}

}  // namespace hirewire::extract
