// Japanese public institutions named by who runs them: 国立, or a place and 県立, 府立, 都立, 市立,
// 区立, 町立, 村立, then the institution's words and a head (ja_public_head: 病院, センター,
// 博物館): "堺市立総合医療センター", "国立科学博物館", "神奈川県立こども医療センター" (kanji and katakana
// only). The character model misses most of them: no name word is in them.
#include "extract/entities/internal.h"

namespace hirewire::extract {

namespace {

constexpr std::string_view kRunBy[] = {"国立", "県立", "府立", "都立", "市立", "区立", "町立", "村立"};

// Word w is written in kanji (and 々) or katakana only.
bool KanjiOrKatakana(std::string_view w) {
  if (w.empty()) return false;
  for (size_t b = 0; b < w.size();) {
    const char32_t c = DecodeUtf8(w, &b);
    if (!((c >= 0x4E00 && c <= 0x9FFF) || c == 0x3005 || (c >= 0x30A1 && c <= 0x30FF))) return false;
  }
  return true;
}

bool AllKanji(std::string_view w) { return KanjiOrKatakana(w) && KatakanaRunBytes(w) == 0; }

}  // namespace

// A free word ending in one of kRunBy; for all but 国立 one to three free kanji words of four code
// points at most written right before it are the place ("堺" + "市立", "大阪" + "市立"; the word may hold
// the place: "大阪市立"). The free kanji and katakana words after it, twelve code points at most, up
// to the last one ending in a ja_public_head row, close the name; a particle or any other word ends
// it first.
void EntityRecognizer::Impl::JapanesePublicBodies(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int t = 0; t < p.Size(); ++t) {
    if (!p.IsWord(t) || !p.Free(t)) continue;
    const std::string_view w = p.Text(t);
    std::string_view run_by;
    for (std::string_view r : kRunBy)
      if (EndsWith(w, r)) run_by = r;
    if (run_by.empty() || !AllKanji(w)) continue;
    const int sentence = p.toks[t].sentence;
    int a = t;
    if (run_by != "国立" && w.size() == run_by.size()) {
      int cps = 0;
      while (a > 0 && t - a < 3 && p.IsWord(a - 1) && p.Free(a - 1) && p.toks[a - 1].end == p.toks[a].start &&
             p.toks[a - 1].sentence == sentence && AllKanji(p.Text(a - 1)) &&
             (cps += CountCodePoints(p.Text(a - 1))) <= 4)
        --a;
      if (a == t) continue;
    }
    int e = -1, cps = 0;
    for (int k = t + 1; k < p.Size(); ++k) {
      if (!p.IsWord(k) || !p.Free(k) || p.toks[k].start != p.toks[k - 1].end ||
          p.toks[k].sentence != sentence || !KanjiOrKatakana(p.Text(k)) ||
          (cps += CountCodePoints(p.Text(k))) > 12)
        break;
      if (EndsWithAnyOf(WordList::kJaPublicHead, p.Text(k))) e = k + 1;
    }
    if (e < 0) continue;
    ClaimSpan(pi, p, cands, a, e, p.toks[e - 1].end, EntityType::kOrganization, 0.6);
    t = e - 1;
  }
}

// "熊本県は災害対策本部を設置した", "東京都が指定を取り消した": a Japanese prefecture or municipality acting
// as a clause's subject is its government, an organization (as the batches annotate acting places). Free
// kanji words written together, three to six code points, the last ending in a ja_municipality_final row,
// right before は or が, opening the sentence or written after punctuation; not "同県" (the same one) or
// another determiner.
void EntityRecognizer::Impl::JapaneseActingPlaces(int pi, Para& p, std::vector<Cand>& cands) const {
  constexpr std::string_view kDeterminers[] = {"同", "本", "当", "全", "各", "他", "両", "隣", "近", "首"};
  for (int t = 0; t + 1 < p.Size(); ++t) {
    if (!p.IsWord(t) || !p.Free(t) || !AllKanji(p.Text(t)) ||
        !EndsWithAnyOf(WordList::kJaMunicipalityFinal, p.Text(t)))
      continue;
    if (p.toks[t + 1].start != p.toks[t].end || (p.Text(t + 1) != "は" && p.Text(t + 1) != "が")) continue;
    int a = t;
    while (a > 0 && p.IsWord(a - 1) && p.Free(a - 1) && AllKanji(p.Text(a - 1)) &&
           p.toks[a - 1].end == p.toks[a].start && p.toks[a - 1].sentence == p.toks[t].sentence &&
           CountCodePoints(p.text.substr(p.toks[a - 1].start, p.toks[t].end - p.toks[a - 1].start)) <= 6)
      --a;
    if (a > 0 && p.toks[a - 1].sentence == p.toks[t].sentence && p.toks[a - 1].kind != kPunct) continue;
    const std::string_view name = p.text.substr(p.toks[a].start, p.toks[t].end - p.toks[a].start);
    const int cps = CountCodePoints(name);
    bool determiner = false;
    for (std::string_view d : kDeterminers) determiner = determiner || name.starts_with(d);
    if (cps < 3 || cps > 6 || determiner) continue;
    ClaimSpan(pi, p, cands, a, t + 1, p.toks[t].end, EntityType::kOrganization, 0.6);
  }
}

}  // namespace hirewire::extract
